"""What a "how many X" question counts, and which passages put a number right before X.

A story's lead often names X without counting it ("thousands of households", "dozens missing")
and a later paragraph counts it ("About 11,000 homes");
:class:`retrieval.question_kinds.KindLifts` lifts the passage that puts a number right before X
(``SearchParams.count_lift``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from numpy.typing import NDArray

from retrieval.lexical import LETTER_WORD_RE, STOPWORDS, stem

_HOW_MANY = re.compile(rf"\bhow\s+many\s+((?:{LETTER_WORD_RE.pattern}\W*){{1,2}})", re.IGNORECASE)
_NUMBER_TEXT = (
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions dozen dozens several"
)
_NUMBER_WORDS = _NUMBER_TEXT.split()
NUMBER = re.compile(rf"\d[\d,.]*%?|\b(?:{'|'.join(_NUMBER_WORDS)})\b", re.IGNORECASE)
"""A number in figures or words ("61", "several", "hundreds")."""
# Words that sit between a number and what it counts ("more than 300 of the homes").
_FILLERS = "least nearly almost around roughly approximately some new extra additional"
_BETWEEN = frozenset(_NUMBER_WORDS) | STOPWORDS | frozenset(_FILLERS.split())
COUNTED_WORDS = 2
"""How many words after a number (past :data:`_BETWEEN`) count as what it counts."""
_LOOKAHEAD = 80
_NUMBER_OF = re.compile(r"\b(?:number|count|total)\s+of\s+(?:the\s+)?([A-Za-z]+)", re.I)
# A count of what the story is talking about, the thing left unsaid.
_ELLIPTICAL = re.compile(
    r"\bthere\s+(?:are|were)\s+(?:about\s+|some\s+|only\s+|several\s+)?"
    r"(?:dozens?|hundreds|thousands|several|\d[\d,]*)\s*[,.;]",
    re.IGNORECASE,
)
ANY_THING = "*"
"""The counted word of a count that leaves its thing unsaid: it counts what is asked."""
_CLAUSE_END = re.compile(r"[.;:!?,()\[\]\"“”]")


def counted_things(question: str) -> frozenset[str]:
    """The stems of what a "how many" question counts ("how many dock workers" → dock, worker).

    Only the two words after "how many" count: a verb further on ("walked out", "lost") would
    lift every passage that counts anything near it.

    Args:
        question: the question.

    Returns:
        Up to two stems; empty when the question asks no count.
    """
    match = _HOW_MANY.search(question)
    if match is None:
        return frozenset()
    words = [w.lower() for w in LETTER_WORD_RE.findall(match.group(1))]
    return frozenset(stem(w) for w in words if w not in STOPWORDS)


def counted_in(text: str) -> set[str]:
    """The stems of the words a number in ``text`` counts ("About 4,000 workers" → worker)."""
    out: set[str] = set()
    for number in NUMBER.finditer(text):
        taken = 0
        # What a number counts follows it in the same phrase: "2022, was 61%. With almost a
        # fifth of voters" does not count voters.
        phrase = _CLAUSE_END.split(text[number.end() : number.end() + _LOOKAHEAD], 1)[0]
        for word in LETTER_WORD_RE.findall(phrase):
            low = word.lower()
            if low in _BETWEEN:
                continue
            out.add(stem(low))
            taken += 1
            if taken == COUNTED_WORDS:
                break
    # "The number of applications … is off the scale": a count, in words of its own.
    out.update(stem(m.group(1).lower()) for m in _NUMBER_OF.finditer(text))
    if _ELLIPTICAL.search(text):
        out.add(ANY_THING)  # "There are several dozen, it is like a separate unit"
    return out


class CountIndex:
    """Which passages count what: stem → the passages with a number right before it."""

    def __init__(self, texts: Iterable[str]) -> None:
        """Index the passages' counted words.

        Args:
            texts: the passages' texts, in ``chunk_id`` order.
        """
        postings: dict[str, list[int]] = {}
        for chunk_id, text in enumerate(texts):
            for counted in counted_in(text):
                postings.setdefault(counted, []).append(chunk_id)
        self._postings = {k: np.array(v, dtype=np.int64) for k, v in postings.items()}

    def counts(self, candidates: NDArray[np.int64], things: frozenset[str]) -> NDArray[np.bool_]:
        """Per candidate passage, whether it puts a number before one of ``things``.

        Args:
            candidates: passage ids.
            things: stems, from :func:`counted_things`.

        Returns:
            A boolean per candidate.
        """
        found = [self._postings[t] for t in things if t in self._postings]
        counting = np.isin(candidates, np.concatenate(found)) if found else None
        if (counting is None or not counting.any()) and ANY_THING in self._postings:
            # No candidate counts the thing by name: one that counts without naming it may.
            counting = np.isin(candidates, self._postings[ANY_THING])
        return counting if counting is not None else np.zeros(len(candidates), dtype=bool)
