"""Names a voice assistant wrote as several words: "gas prom bank" for Gazprombank.

Speech-to-text splits a name it does not know into words it does ("arrest ovich", "volo boo
ev", "shish car ray"), which no typo reading mends: each word is a word, or too short. Run
together and read by sound (c and k alike, v and f, "oo" and "u", doubled letters as one),
such a run is one of the corpus's names. A run is read only if one of its words is one the
corpus never uses, and only as a name the corpus never writes in lower case, so that a
question's ordinary words stay as they are; the speller keeps the reading only if it brings
the question nearer the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from retrieval.edits import within_edits
from retrieval.lexical import STOPWORDS

# Letters and pairs that sound alike, written one way; doubled letters are collapsed after.
_SOUNDS = (
    ("ph", "f"),
    ("ck", "k"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("z", "s"),
    ("v", "f"),
    ("oo", "u"),
    ("ee", "i"),
    ("y", "i"),
)
_DOUBLED = re.compile(r"(.)\1+")
_WORD = re.compile(r"[A-Za-z]+")
MIN_SOUND = 6
"""The shortest name read this way: a short run ("n law") matches too much."""
MAX_WORDS = 4


def sound(word: str) -> str:
    """How ``word`` sounds, spelt one way ("Volobuev" and "volo boo ev" are both "folobuef")."""
    key = word.lower()
    for written, heard in _SOUNDS:
        key = key.replace(written, heard)
    return _DOUBLED.sub(r"\1", key)


class HeardNames:
    """The corpus's names by sound, for reading runs of words as one name."""

    def __init__(self, names: Iterable[str], uses: Callable[[str], bool]) -> None:
        """Index names by their sound's first letter.

        Args:
            names: the corpus's names, as it writes them.
            uses: whether the corpus uses a lower-case word.
        """
        self._uses = uses
        self._by_initial: dict[str, list[tuple[str, str]]] = {}
        for name in names:
            key = sound(name)
            if len(key) >= MIN_SOUND:
                self._by_initial.setdefault(key[0], []).append((key, name))

    def read(self, question: str) -> list[tuple[str, str]]:
        """The runs of words in ``question`` that sound like one of the corpus's names.

        Args:
            question: the question as asked.

        Returns:
            ``(run as written, name)`` pairs, the longest run first where runs overlap.
        """
        words = list(_WORD.finditer(question))
        pairs: list[tuple[str, str]] = []
        start = 0
        while start < len(words) - 1:
            for size in range(min(MAX_WORDS, len(words) - start), 1, -1):
                run = words[start : start + size]
                name = self._name_of([m.group(0).lower() for m in run])
                if name is not None:
                    pairs.append((question[run[0].start() : run[-1].end()], name))
                    start += size
                    break
            else:
                start += 1
        return pairs

    def _name_of(self, run: list[str]) -> str | None:
        if run[0] in STOPWORDS or run[-1] in STOPWORDS or all(map(self._uses, run)):
            return None
        key = sound("".join(run))
        limit = 1 if len(key) < 12 else 2
        near = [
            name
            for other, name in self._by_initial.get(key[:1], ())
            if abs(len(other) - len(key)) <= limit and within_edits(key, other, limit)
        ]
        return near[0] if len(near) == 1 else None
