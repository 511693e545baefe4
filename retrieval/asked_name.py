"""Questions asking for someone's or something's name: "What is the name of the head teacher?".

The answer is the role or thing named: "head teacher Ruth Okoro", "Ruth Okoro, the head
teacher", "a group calling itself Quillfang". A story that mentions "the landowner, a farmer who
has asked not to be named" or "a man in a team jacket" without naming him cannot answer it,
however well its words match. Unlike the fixed kinds of :mod:`retrieval.answer_types`, the form
depends on the question: the named thing's own noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.answer_forms import AnswerType

_ASKED = re.compile(
    r"\bwhat(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+the\s+names?\s+of\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+|[\w-]+(?:\s+[\w-]+)?[’']s\s+)?"
    r"(?P<thing>(?:[\w-]+\s+){0,3}?[\w-]+?)"
    r"(?=\s+(?:who|whom|that|which|whose|of|in|at|on|for|from|behind|to|with|taking|by)\b"
    r"|\s*[?,.!]|\s*$)",
    re.IGNORECASE,
)
_CAPITALISED = r"[A-Z][\w’'-]*"
_NAMING = r"(?:called|named|calling\s+(?:itself|themselves)|known\s+as)"


def asked_name(question: str) -> AnswerType | None:
    """The named-thing answer a "What is the name of the X …?" question expects, if it asks one.

    Args:
        question: the question.

    Returns:
        An answer type whose form is the thing's noun beside a capitalised name, or ``None``
        when the question asks no name or names the thing itself ("the name of Fennick Group").
    """
    m = _ASKED.search(question)
    if m is None or any(word[:1].isupper() for word in m["thing"].split()):
        return None
    thing = m["thing"].lower()
    return _named(thing, tuple(part.split()[-1] for part in thing.split(" or ")))


@lru_cache(maxsize=256)
def _named(thing: str, nouns: tuple[str, ...]) -> AnswerType:
    noun = rf"(?i:{'|'.join(map(re.escape, nouns))})(?:s|es)?"
    given = re.compile(
        # "head teacher Ruth Okoro", "the farmer, Tom Reed,"
        rf"\b{noun}\b,?\s+{_CAPITALISED}"
        # "Ruth Okoro, the head teacher", "Quillfang, a criminal group"
        rf"|{_CAPITALISED},\s+(?i:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}{noun}\b"
        # "a criminal group calling itself Quillfang", "a song called “Rise”"
        rf"|\b{noun}\b[^.?!]{{0,40}}?\b(?i:{_NAMING})\s+[“\"']?{_CAPITALISED}"
    )
    return AnswerType(f"the name of the {thing}", _ASKED, given)
