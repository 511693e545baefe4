"""Where a story introduces what a question asks to have defined ("Who are the Kadyrovites?").

A story introduces a person, a group or a term where it first names them, usually with what
they are ("these former Russian soldiers decided to switch sides and create the “Freedom of
Russia” Legion"); later passages take the introduction for granted and only say what they did.
A question that asks only what or who a named thing is wants that first passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from corpus.records import Chunk
from retrieval.answerability import names_as_written
from retrieval.lexical import LETTER_WORD_RE

_DEFINITION = re.compile(
    r"^\W*(?:what|who)\s+(?:is|are|was|were)\s+(?:the\s+)?(?P<subject>[^?,;:!]+?)\W*$",
    re.IGNORECASE,
)
_LINKS = frozenset(
    ["of", "the", "for", "and", "de", "del", "la", "le", "van", "von", "der", "al", "bin"]
)
"""Lower-case words inside a name ("Freedom of Russia Legion")."""
_LONGEST = 6
"""The most words a name asked about may have; more is a description, not a name."""


def defined_name(question: str) -> tuple[str, ...] | None:
    """The name a question asks to have defined, as lower-case words, or ``None``.

    "What is the Freedom of Russia Legion?" → ``("freedom", "russia", "legion")``; "What is
    the legion's other name?" and "Who is the chief executive of Skerrin Ferries?" ask about
    something else than what the name is, and give ``None``.
    """
    match = _DEFINITION.match(question)
    if not match:
        return None
    words = LETTER_WORD_RE.findall(match.group("subject"))
    named = [w for w in words if w.lower() not in _LINKS]
    if not named or len(words) > _LONGEST or any("’" in w or "'" in w for w in words):
        return None
    names = names_as_written([question])
    if any(w not in names for w in named):
        return None
    return tuple(w.lower() for w in named)


def _defining(name: tuple[str, ...]) -> re.Pattern[str]:
    """A sentence saying what ``name`` is: "The term “Kadyrovites” refer to …", "X is a …"."""
    links = rf"(?:\W+(?:{'|'.join(_LINKS)}))*\W+"
    said = links.join(re.escape(word) for word in name)
    return re.compile(
        rf"\b{said}\W*\s+(?:refers?\s+to|is\s+an?|are\s+(?:the|an?)|was\s+an?"
        rf"|were\s+(?:the|an?)|means|stands?\s+for)\b",
        re.IGNORECASE,
    )


class Introductions:
    """Per passage, its words, to find where each document first names something."""

    def __init__(self, chunks: Sequence[Chunk], skip: NDArray[np.bool_]) -> None:
        """Note each passage's words and where its document begins.

        Args:
            chunks: the passages, in ``chunk_id`` order.
            skip: passages that introduce nothing (headlines: a title names, it does not
                introduce).
        """
        self._texts = [c.text for c in chunks]
        self._words = [
            frozenset(w.lower() for w in LETTER_WORD_RE.findall(c.text)) for c in chunks
        ]
        self._skip = skip
        self._doc_start = np.zeros(len(chunks), dtype=np.int64)
        self._doc_end = np.full(len(chunks), len(chunks), dtype=np.int64)
        for i, chunk in enumerate(chunks):
            same = i > 0 and chunks[i - 1].doc_id == chunk.doc_id
            self._doc_start[i] = self._doc_start[i - 1] if same else i
            if not same and i > 0:
                self._doc_end[self._doc_start[i - 1] : i] = i

    def introduces(
        self, name: tuple[str, ...], candidates: NDArray[np.int64]
    ) -> NDArray[np.bool_]:
        """Per candidate, whether it is where its document introduces ``name``.

        That is a passage saying what the name is ("The term “Kadyrovites” refer to …"), or,
        in a document with none, the first passage using every word of the name (headlines
        aside).

        Args:
            name: lower-case words, from :func:`defined_name`.
            candidates: passage ids.

        Returns:
            A boolean per candidate.
        """
        out = np.zeros(len(candidates), dtype=bool)
        defining = _defining(name)
        first: dict[int, int | None] = {}  # per document, its introduction without a definition
        for i, c in enumerate(candidates):
            c = int(c)
            if self._skip[c] or not self._names(c, name):
                continue
            if defining.search(self._texts[c]):
                out[i] = True
                continue
            start = int(self._doc_start[c])
            if start not in first:
                first[start] = self._first_mention(name, defining, start)
            out[i] = first[start] == c
        return out

    def _first_mention(
        self, name: tuple[str, ...], defining: re.Pattern[str], start: int
    ) -> int | None:
        # Without a definition, the first passage to name it introduces it; but where the story
        # defines it further on ("The term “Kadyrovites” refer to …"), that one does.
        document = range(start, int(self._doc_end[start]))
        named = [k for k in document if not self._skip[k] and self._names(k, name)]
        if any(defining.search(self._texts[k]) for k in named):
            return None
        return named[0] if named else None

    def _names(self, chunk_id: int, name: tuple[str, ...]) -> bool:
        return all(word in self._words[chunk_id] for word in name)
