"""Typos in questions, read as the corpus's words.

A typo ruins the embedding of a short question: "what letter do ppl draw for the legoin" is 0.18
similar to its paragraph, below the abstention floor, and 0.47 once "legoin" reads "legion".
The corpus is the dictionary: a question word that the corpus does not use and the model's
vocabulary does not know as a word, one edit (or one swap of neighbouring letters) away from
exactly one corpus word, is read as that word. Guards keep real words: a correction that only
adds or drops an ending ("burglar" → "burglary") is not made, words under five letters are left
("cant", "wifi"), and a correction is kept only if it brings the question nearer the corpus
(:func:`read_typos`): "reposted" stays, though "reported" is one letter away.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from retrieval.answerability import Vocabulary
from retrieval.heard_names import HeardNames
from retrieval.late_interaction import TokenVectors, stack_tokens
from retrieval.lexical import STOPWORDS

_WORD = re.compile(r"[A-Za-z][a-z]+")
MIN_LENGTH = 5
CLOSER_BY = 0.01
"""How much nearer the corpus (best dense similarity) a corrected question must come."""


class Speller:
    """Corrects question words to the corpus's own words."""

    def __init__(self, vocabulary: Vocabulary, is_word: Callable[[str], bool]) -> None:
        """Read typos against a corpus's words.

        Args:
            vocabulary: the corpus's words, counted (built once per index, for the abstention
                check too).
            is_word: whether a lower-case word is a word of the model's vocabulary (a real word,
                not a typo, even if the corpus never uses it).
        """
        self._vocabulary = vocabulary
        self._is_word = is_word
        self._heard = HeardNames(vocabulary.names(), vocabulary.uses)

    def correct(self, question: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The question with its typos read as corpus words.

        Args:
            question: the question.

        Returns:
            The corrected question and the ``(typed, read as)`` pairs; the question unchanged
            and no pairs when nothing needs reading otherwise.
        """
        heard = self._heard.read(question)
        for run, name in heard:
            question = question.replace(run, name, 1)
        pairs: list[tuple[str, str]] = []
        for m in _WORD.finditer(question):
            fix = self._fix(m.group(0).lower())
            if fix is not None:
                pairs.append((m.group(0), fix))
        fixes = {typed: _same_case(typed, fix) for typed, fix in pairs}
        corrected = _WORD.sub(lambda m: fixes.get(m.group(0), m.group(0)), question)
        return corrected, tuple(heard + [(typed, fixes[typed]) for typed, _ in pairs])

    def _fix(self, word: str) -> str | None:
        vocabulary = self._vocabulary
        if (
            len(word) < MIN_LENGTH
            or word in STOPWORDS
            or vocabulary.uses(word)
            or self._is_word(word)
        ):
            return None
        near = [
            w
            for w in vocabulary.spellings(word[0])
            if abs(len(w) - len(word)) <= 1 and _one_edit(word, w)
        ]
        # An added or dropped ending is another form of a real word ("burglar", "burglary").
        near = [w for w in near if not (w.startswith(word) or word.startswith(w))]
        if not near:
            return None
        near.sort(key=lambda w: -vocabulary.frequency(w))
        if len(near) > 1 and vocabulary.frequency(near[0]) == vocabulary.frequency(near[1]):
            return None  # two words equally likely: no reading
        return near[0]


@dataclass(frozen=True, slots=True)
class Reading:
    """Questions as searched: typos read as corpus words where that brings them nearer it.

    Attributes:
        texts: the questions to search.
        vectors: their unit vectors.
        tokens: their content word pieces.
        corrections: per question, the ``(typed, read as)`` pairs applied.
    """

    texts: list[str]
    vectors: NDArray[np.float32]
    tokens: TokenVectors
    corrections: list[tuple[tuple[str, str], ...]]


def read_typos(
    speller: Speller,
    encode: Callable[[Sequence[str]], tuple[NDArray[np.float32], TokenVectors]],
    nearest: Callable[[NDArray[np.float32]], NDArray[np.float32]],
    texts: Sequence[str],
    vectors: NDArray[np.float32],
    tokens: TokenVectors,
) -> Reading:
    """Correct the questions' typos, keeping a correction only if it brings a question nearer.

    Args:
        speller: the corpus's speller.
        encode: embeds questions (vectors and content tokens).
        nearest: each vector's best similarity to the corpus.
        texts: the questions as asked.
        vectors: their vectors, already computed.
        tokens: their content tokens.

    Returns:
        What to search; the questions unchanged when nothing was corrected (no extra encoding).
    """
    fixed = [speller.correct(text) for text in texts]
    rows = [i for i, (_, pairs) in enumerate(fixed) if pairs]
    corrections: list[tuple[tuple[str, str], ...]] = [() for _ in texts]
    if not rows:
        return Reading(list(texts), vectors, tokens, corrections)
    new_vectors, new_tokens = encode([fixed[i][0] for i in rows])
    before, after = nearest(vectors[rows]), nearest(new_vectors)
    searched, out = list(texts), vectors.copy()
    parts = [tokens.of(i) for i in range(len(texts))]
    for k, i in enumerate(rows):
        if after[k] >= before[k] + CLOSER_BY:
            searched[i], corrections[i] = fixed[i]
            out[i] = new_vectors[k]
            parts[i] = new_tokens.of(k)
    dims = int(vectors.shape[1])
    merged = stack_tokens([(ids, v.astype(np.float32)) for ids, v in parts], dims)
    return Reading(searched, out, merged, corrections)


def _same_case(typed: str, fix: str) -> str:
    return fix.capitalize() if typed[:1].isupper() else fix


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]
