"""Hybrid search: dense passage and sentence vectors blended with BM25, arrays in, scores out.

A passage's dense score blends the whole passage's similarity with its best sentence's, so a
question answered by one sentence of a long paragraph still finds it. BM25, normalised by the
most the question's terms could score, adds the exact-word evidence (names, rare terms) that
embeddings blur. The blend is a calibrated relevance in [0, 1] that is comparable across
questions, so one threshold decides "not in the corpus".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from corpus.records import Chunk
from retrieval.builder import vector_layout
from retrieval.lexical import BM25
from retrieval.store import StoredIndex


@dataclass(frozen=True, slots=True)
class SearchParams:
    """Knobs of the hybrid search, measured with ``claimqa eval``.

    Attributes:
        dense_candidates: vectors fetched from FAISS per question.
        sentence_weight: share of the best sentence's similarity in a passage's dense score.
        lexical_weight: weight of the normalised BM25 score.
        min_relevance: a passage below this is not shown.
        abstain_below: the best passage must reach this, or the answer is "not in the corpus".
    """

    dense_candidates: int = 256
    sentence_weight: float = 0.3
    lexical_weight: float = 0.3
    min_relevance: float = 0.2
    abstain_below: float = 0.235


@dataclass(frozen=True, slots=True)
class Scored:
    """A passage and how well it matches the question."""

    chunk_id: int
    relevance: float
    dense: float
    lexical: float


class SearchEngine:
    """Searches one stored index; immutable, so a reload builds a new engine and swaps it in."""

    def __init__(self, index: StoredIndex, params: SearchParams | None = None) -> None:
        """Prepare the lexical index, the passage vectors and the vector → passage map.

        Args:
            index: the stored index.
            params: search knobs (defaults when None).
        """
        self.index = index
        self.params = params or SearchParams()
        _, self._owner = vector_layout(index.chunks)
        n_chunks = len(index.chunks)
        self._passages = index.vectors.reconstruct_range(0, n_chunks)
        self._bm25 = BM25([c.text for c in index.chunks])

    @property
    def chunks(self) -> tuple[Chunk, ...]:
        """The passages, addressed by ``chunk_id``."""
        return self.index.chunks

    def search(
        self, query_vectors: NDArray[np.float32], questions: Sequence[str], *, limit: int
    ) -> list[list[Scored]]:
        """Rank passages for a batch of questions.

        Args:
            query_vectors: unit vectors, one row per question.
            questions: the questions' text, for the lexical side.
            limit: the most passages to return per question.

        Returns:
            Per question, the relevant passages best first; an empty list means "not in the
            corpus".
        """
        if not self.index.chunks:
            return [[] for _ in questions]
        scores, ids = self.index.vectors.search(query_vectors, self.params.dense_candidates)
        return [
            self._rank(query_vectors[row], scores[row], ids[row], question, limit)
            for row, question in enumerate(questions)
        ]

    def _rank(
        self,
        query: NDArray[np.float32],
        scores: NDArray[np.float32],
        ids: NDArray[np.int64],
        question: str,
        limit: int,
    ) -> list[Scored]:
        params = self.params
        lexical_all = self._bm25.normalised_scores(question)
        valid = ids >= 0
        owners = self._owner[ids[valid]]
        lexical_top = np.argsort(-lexical_all)[: params.dense_candidates // 4]
        candidates = np.union1d(owners, lexical_top[lexical_all[lexical_top] > 0])
        passage = self._passages[candidates] @ query
        # Best vector per passage among those FAISS returned; a passage it missed keeps its own.
        best = np.full(len(self.index.chunks), -1.0, dtype=np.float32)
        np.maximum.at(best, owners, scores[valid])
        sentence = np.maximum(best[candidates], passage)
        dense = (1 - params.sentence_weight) * passage + params.sentence_weight * sentence
        lexical = lexical_all[candidates]
        relevance = np.clip(dense + params.lexical_weight * lexical, 0.0, 1.0)
        order = np.argsort(-relevance, kind="stable")
        if not len(order) or relevance[order[0]] < params.abstain_below:
            return []
        out: list[Scored] = []
        for position in order[:limit]:
            if relevance[position] < params.min_relevance:
                break
            out.append(
                Scored(
                    int(candidates[position]),
                    float(relevance[position]),
                    float(dense[position]),
                    float(lexical[position]),
                )
            )
        return out
