"""Answers whose form depends on the question's own words, not on a fixed kind.

"What is the name of the head teacher?" expects the head teacher named: "head teacher Ruth
Okoro", "Ruth Okoro, the head teacher", "a group calling itself Quillfang". A story that mentions
"the landowner, a farmer who has asked not to be named" cannot answer it, however well its words
match. "What is the tallest mountain in the world?" expects a superlative, or at least a
comparison ("the strongest gust", "no earlier than Dec. 9"), which a story about climbing a
mountain does not make. The fixed kinds are in :mod:`retrieval.answer_types`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from retrieval.answer_forms import AnswerType

_ASKED = re.compile(
    r"\bwhat(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+the\s+names?\s+of\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?"
    # Whose it is: "Estmark's", "the North Carrow Health Trust's".
    r"(?:(?:[\w-]+\s+){0,4}[\w-]+[’']s\s+)?"
    r"(?P<thing>(?:[\w-]+\s+){0,3}?[\w-]+?)"
    r"(?=\s+(?:who|whom|that|which|whose|of|in|at|on|for|from|behind|to|with|taking|by)\b"
    r"|\s*[?,.!]|\s*$)",
    re.IGNORECASE,
)
_CAPITALISED = r"[A-Z][\w’'-]*"
_NAMING = r"(?:called|named|calling\s+(?:itself|themselves)|known\s+as)"
# Capitalised words that are no name before a noun: "the New family", "the Same group".
_NOT_NAMES = "New|Same|Other|First|Last|Whole|Entire|Local|Former|Current"


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
        # "the union's convenor at the plant, Isolde Pennycuick"
        rf"|\b{noun}\b(?:\s+(?i:at|of|for|in|on)\s+(?:(?i:the)\s+)?[\w’'-]+){{1,2}},\s+{_CAPITALISED}"
        # "Ruth Okoro, the head teacher", "Quillfang, a criminal group"; not "a former governor"
        rf"|{_CAPITALISED},\s+(?i:the|a|an|its|their|his|her)\s+(?:(?!(?i:former|ex-))[\w-]+\s+){{0,3}}"
        rf"{noun}\b"
        # "a criminal group calling itself Quillfang", "a song called “Rise”"
        rf"|\b{noun}\b[^.?!]{{0,40}}?\b(?i:{_NAMING})\s+[“\"']?{_CAPITALISED}"
        # "owned by the Aldcorn family", "the Kestrel Mutual insurer": the name before the noun
        rf"|\b(?i:the)\s+(?!(?:{_NOT_NAMES})\b){_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}\s+{noun}\b"
    )
    return AnswerType(f"the name of the {thing}", _ASKED, given)


# "Who is the chief executive of Brightwell?": an office a story names its holder with. Not a
# country's or a city's leaders: "Ukrainian President Volodymyr Zelensky" is Ukraine's
# president in a sentence that does not write "Ukraine".
_OFFICES = (
    "executive commander manager teacher headteacher principal director chair chairman "
    "chairwoman chairperson captain coach constable officer secretary-general editor convener "
    "convenor agent treasurer secretary governor"
)
_ASKED_HOLDER = re.compile(
    r"^\W*who\s+(?:is|was)\s+(?:the\s+)?(?:current\s+|new\s+)?"
    rf"(?P<thing>(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(_OFFICES.split())}))\s+(?:of|at|for)\b",
    re.IGNORECASE,
)


def asked_holder(question: str) -> AnswerType | None:
    """The holder of an office a "Who is the chief executive of X?" question expects, if any.

    A story that answers it names the holder beside the office ("chief executive Nerys
    Ashdown", "Nerys Ashdown, the chief executive"); one that names the company for something
    else does not. Leaders in general ("Who leads X?", "the head of") are
    :mod:`retrieval.answer_types`' looser "its leader".

    Args:
        question: the question.

    Returns:
        An answer type told beside the question's names, or ``None`` when it asks for no
        office's holder.
    """
    m = _ASKED_HOLDER.search(question)
    if m is None:
        return None
    office = m["thing"].split()[-1].lower()
    spellings = ("convener", "convenor") if office in {"convener", "convenor"} else (office,)
    return replace(_named(m["thing"].lower(), spellings), beside_name=True)


# Superlatives a question may ask about, with the words a story may compare by instead.
_COMPARED = {
    "tall": ("tall", "high"), "high": ("high", "tall"), "big": ("big", "large"),
    "large": ("large", "big"), "long": ("long",), "small": ("small",), "old": ("old", "eld"),
    "young": ("young",), "new": ("new",), "busy": ("busy",), "deep": ("deep",),
    "wide": ("wide",), "heavy": ("heavy",), "rich": ("rich", "wealth"), "poor": ("poor",),
    "strong": ("strong",), "fast": ("fast", "quick"), "slow": ("slow",), "early": ("early",),
    "deadly": ("deadly",), "cold": ("cold",), "hot": ("hot", "warm"), "warm": ("warm", "hot"),
    "wet": ("wet",), "dry": ("dry",), "short": ("short",), "great": ("great",),
    "low": ("low",), "close": ("close", "near"), "near": ("near", "close"), "safe": ("safe",),
}  # fmt: skip
_SUPERLATIVE = {
    (word[:-1] + "iest" if word.endswith("y") else
     word + word[-1] + "est" if word in {"big", "hot", "wet"} else
     word + "st" if word.endswith("e") else word + "est"): word
    for word in _COMPARED
}  # fmt: skip
_ASKED_SUPERLATIVE = re.compile(
    r"\b(?:what|which|who)\b[^?]{0,30}?\b(?:is|was|are|were)\s+the\s+"
    rf"(?P<superlative>{'|'.join(_SUPERLATIVE)})\b"
    rf"|\b(?:what|which|who)(?:'s|’s)\s+the\s+(?P<contracted>{'|'.join(_SUPERLATIVE)})\b",
    re.IGNORECASE,
)


def asked_superlative(question: str) -> AnswerType | None:
    """The comparison a "What is the tallest …?" question expects, if it asks one.

    Args:
        question: the question.

    Returns:
        An answer type whose form is the adjective compared ("tallest", "taller", "highest"),
        or ``None`` when the question asks for no superlative.
    """
    m = _ASKED_SUPERLATIVE.search(question)
    if m is None:
        return None
    word = (m["superlative"] or m["contracted"]).lower()
    scope = _WORLD_SCOPE.search(question)
    return _compared(word, scope["scope"].split()[-1].lower() if scope else "")


# "the tallest mountain in the world", "the largest bone in the human body": a record of the
# whole world, which a passage gives only in the same words ("the world's tallest").
_WORLD_SCOPE = re.compile(
    r"\b(?:in|on|of)\s+(?:the\s+)?(?P<scope>world|earth|planet|human\s+body|solar\s+system"
    r"|universe)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _compared(superlative: str, scope: str = "") -> AnswerType:
    stems = "|".join(
        stem[:-1] + "i" if stem.endswith("y") else stem.rstrip("e")
        for stem in _COMPARED[_SUPERLATIVE[superlative]]
    )
    # Or as a limit or a record: "carries a maximum sentence of seven years", "up to 40m".
    given = rf"\b(?:{stems})\w*(?:er|est)\b|\b(?:maximum|minimum|record|up\s+to)\b"
    if scope:
        given = rf"(?=.*\b{scope}\b).*?(?:{given})"
    return AnswerType(
        f"the {superlative} one", _ASKED_SUPERLATIVE, re.compile(given, re.IGNORECASE)
    )


# A request typed as a fragment: "age of sgt shishkarey", "name of the volunteer group".
_FRAGMENT = re.compile(
    r"^\W*(?:the\s+)?(?P<what>age|name|founder|owner|designer|architect|population|salary"
    r"|price|cost|height|length|depth|weight)\s+of\s+(?P<rest>.+?)\W*$",
    re.IGNORECASE,
)
_PEOPLE = frozenset({"founder", "owner", "designer", "architect"})


def as_question(request: str) -> str:
    """A fragment asked as the question it stands for ("age of X" → "How old is X?").

    Args:
        request: the question or request as typed.

    Returns:
        The question its answer-type checks should read; ``request`` itself when it is no
        such fragment.
    """
    m = _FRAGMENT.match(request)
    if m is None:
        return request
    what, rest = m["what"].lower(), m["rest"]
    if what == "age":
        return f"How old is {rest}?"
    return f"{'Who' if what in _PEOPLE else 'What'} is the {what} of {rest}?"
