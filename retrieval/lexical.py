"""BM25 lexical search: catches names and rare words that embeddings blur.

Built in memory from the passages' text when an index loads (fast, and nothing extra on disk).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

import numpy as np
from numpy.typing import NDArray

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
LETTER_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
"""A word that starts with a letter, with apostrophes and hyphens inside ("O'Brien")."""
_APOSTROPHE_S = re.compile(r"[’'`]s\b", re.IGNORECASE)

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me might more most must my myself no nor not now of off on once only or other
    our ours ourselves out over own same shall she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves s t don also yet us may""".split()  # noqa: SIM905
)  # fmt: skip

_SUFFIXES = (
    "ational",
    "ization",
    "fulness",
    "ousness",
    "iveness",
    "ations",
    "ation",
    "ments",
    "ment",
    "ness",
    "ings",
    "ing",
    "edly",
    "ers",
    "ies",
    "ied",
    "ed",
    "es",
    "er",
    "ly",
    "s",
)


def stem(word: str) -> str:
    """Strip one common English suffix, keeping a stem of at least three letters.

    Args:
        word: a lower-case word.

    Returns:
        Its stem; "vetted", "vets" and "vetting" do not all meet, but plurals and most
        inflections do, which is what question/passage overlap needs.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem_ = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return stem_ + "y"
            # "stopped" → "stop": undo a doubled final consonant left by the suffix.
            doubled = len(stem_) > 3 and stem_[-1] == stem_[-2] and stem_[-1] not in "lsz"
            if suffix in ("ed", "ing", "er", "ers", "ings") and doubled:
                return stem_[:-1]
            return stem_
    return word


def tokenize(text: str) -> list[str]:
    """Lower-case, drop possessives and stop words, and stem.

    Args:
        text: any text.

    Returns:
        The index terms of ``text``, in order.
    """
    text = _APOSTROPHE_S.sub("", text.lower())
    return [stem(w) for w in _WORD.findall(text) if w not in STOPWORDS]


_COMPOUND = re.compile(r"\b[A-Z][a-z]{6,}\b")


def compound_tails(
    text: str, is_word: Callable[[str], bool], seen: dict[str, str | None] | None = None
) -> list[str]:
    """The last words of the compound names in ``text``, stemmed: "Gazprombank" -> "bank".

    A reader asking about "the banker" or "the ferry" means "Gazprombank" or "Kingsferry";
    the name is one word to BM25 and to the embedding's word pieces, so neither sees it.

    Args:
        text: a passage.
        is_word: whether a lower-case word is a word of the model's vocabulary.
        seen: each name's tail (``None``: none) as found before, shared across a corpus's
            passages so that a name said a thousand times is split once.

    Returns:
        One stemmed tail per compound name (no word itself) whose tail (four letters or
        more, after a head of three or more) is a word.
    """
    return [stem(tail) for _, tail in _compounds(text, is_word, {} if seen is None else seen)]


BUSINESS_KINDS = frozenset(
    """bank banks air airways airlines rail railways ferry ferries bus buses coach energy power
    gas oil petroleum water pharma medical health care tech soft net media telecom mart market
    foods insurance fund capital finance invest motors steel chem mining shipping""".split()  # noqa: SIM905
)
"""Last words that say what kind of business a compound name is ("Gazprombank", "Kingsferry"):
glossed for the embedding, unlike a place's "-field" or a surname's "-wright", which only add
noise to the vector."""


def gloss_compounds(
    text: str, is_word: Callable[[str], bool], seen: dict[str, str | None] | None = None
) -> str:
    """``text`` with each compound name followed by its last word: "Gazprombank (bank)".

    The text embedded for a passage, so that "the banker who joined" finds "the former Vice
    President of Gazprombank": the name stays whole (a question may use it) and the gloss
    adds the word the model knows. Arguments as for :func:`compound_tails`.
    """
    pieces: list[str] = []
    start = 0
    for end, tail in _compounds(text, is_word, {} if seen is None else seen):
        if tail not in BUSINESS_KINDS:
            continue
        pieces.append(f"{text[start:end]} ({tail})")
        start = end
    return "".join(pieces) + text[start:]


def _compounds(
    text: str, is_word: Callable[[str], bool], seen: dict[str, str | None]
) -> Iterator[tuple[int, str]]:
    for m in _COMPOUND.finditer(text):
        word = m.group()
        if word not in seen:
            seen[word] = _tail(word, is_word)
        if (tail := seen[word]) is not None:
            yield m.end(), tail


def _tail(word: str, is_word: Callable[[str], bool]) -> str | None:
    lower = word.lower()
    if is_word(lower) or is_word(stem(lower)):
        return None  # "President" is a word of its own, no "dent" inside it
    for k in range(3, len(word) - 3):
        tail = lower[k:]
        if tail not in STOPWORDS and is_word(tail):
            return tail
    return None


class BM25:
    """Okapi BM25 over a fixed list of texts, with precomputed per-term postings."""

    def __init__(
        self,
        texts: Sequence[str],
        *,
        k1: float = 1.2,
        b: float = 0.75,
        is_word: Callable[[str], bool] | None = None,
    ) -> None:
        """Index ``texts``.

        Args:
            texts: the documents, addressed by position.
            k1: term-frequency saturation.
            b: length normalisation.
            is_word: whether a lower-case word is a word of the model's vocabulary; when
                given, a compound name is indexed under its last word too (see
                :func:`compound_tails`).
        """
        self._size = len(texts)
        counts = [Counter(tokenize(t)) for t in texts]
        if is_word is not None:
            seen: dict[str, str | None] = {}
            for counter, text in zip(counts, texts, strict=True):
                counter.update(compound_tails(text, is_word, seen))
        lengths = np.array([sum(c.values()) for c in counts], dtype=np.float32)
        avg = float(lengths.mean()) if self._size and lengths.mean() > 0 else 1.0
        docs_by_term: dict[str, list[int]] = {}
        tfs_by_term: dict[str, list[int]] = {}
        for doc, counter in enumerate(counts):
            for term, tf in counter.items():
                docs_by_term.setdefault(term, []).append(doc)
                tfs_by_term.setdefault(term, []).append(tf)
        self._k1 = k1
        self._idf: dict[str, float] = {}
        self._postings: dict[str, tuple[NDArray[np.int64], NDArray[np.float32]]] = {}
        for term, docs in docs_by_term.items():
            ids = np.array(docs, dtype=np.int64)
            freqs = np.array(tfs_by_term[term], dtype=np.float32)
            idf = math.log(1.0 + (self._size - len(docs) + 0.5) / (len(docs) + 0.5))
            self._idf[term] = idf
            norm = k1 * (1.0 - b + b * lengths[ids] / avg)
            weights = idf * freqs * (k1 + 1.0) / (freqs + norm)
            self._postings[term] = (ids, weights.astype(np.float32))

    def scores(self, query: str) -> NDArray[np.float32]:
        """Score every text against ``query``.

        Args:
            query: the question.

        Returns:
            One BM25 score per indexed text (0 where no term matches).
        """
        return self._scores(set(tokenize(query)))

    def _scores(self, terms: set[str]) -> NDArray[np.float32]:
        out = np.zeros(self._size, dtype=np.float32)
        for term in terms:
            posting = self._postings.get(term)
            if posting is not None:
                out[posting[0]] += posting[1]
        return out

    def normalised_scores(self, query: str) -> NDArray[np.float32]:
        """BM25 scores divided by the most the query's terms could score, in [0, 1].

        A term the corpus never uses counts at the highest possible idf in the denominator:
        a question about something absent (a "population", a "recipe") should not look
        well covered just because its other words are common.

        Args:
            query: the question.

        Returns:
            One score in [0, 1] per indexed text.
        """
        terms = set(tokenize(query))
        if not terms:
            return np.zeros(self._size, dtype=np.float32)
        unseen_idf = math.log(1.0 + (self._size + 0.5) / 0.5)
        ceiling = sum(self._idf.get(t, unseen_idf) for t in terms) * (self._k1 + 1.0)
        out = self._scores(terms)
        out /= np.float32(ceiling)
        return out
