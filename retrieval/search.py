"""Hybrid search: dense passage and sentence vectors fused with BM25, arrays in, scores out.

Ranking fuses the two retrievers by reciprocal rank, which needs no score calibration between
them. Whether anything is relevant at all is decided on the dense cosine similarity, which is
comparable across questions, unlike BM25 scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from corpus.records import Chunk
from retrieval.builder import passage_text, vector_layout
from retrieval.lexical import BM25
from retrieval.store import StoredIndex


@dataclass(frozen=True, slots=True)
class SearchParams:
    """Knobs of the hybrid search, measured with ``claimqa eval``.

    Attributes:
        dense_candidates: vectors fetched from FAISS per question.
        rrf_k: the reciprocal-rank-fusion constant.
        lexical_weight: weight of the BM25 ranking against the dense one in the fusion.
        min_relevance: a passage with a lower dense similarity is not an answer.
        abstain_below: the best passage must reach this similarity, or nothing is answered.
    """

    dense_candidates: int = 200
    rrf_k: int = 60
    lexical_weight: float = 1.0
    min_relevance: float = 0.25
    abstain_below: float = 0.30


@dataclass(frozen=True, slots=True)
class Scored:
    """A passage and how well it matches: ``relevance`` is a cosine in [0, 1]."""

    chunk_id: int
    relevance: float
    fused: float


class SearchEngine:
    """Searches one stored index; immutable, so a reload builds a new engine and swaps it in."""

    def __init__(self, index: StoredIndex, params: SearchParams | None = None) -> None:
        """Prepare the lexical index and the vector → passage map.

        Args:
            index: the stored index.
            params: search knobs (defaults when None).
        """
        self.index = index
        self.params = params or SearchParams()
        _, self._owner = vector_layout(index.chunks)
        self._bm25 = BM25([passage_text(c) for c in index.chunks])

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
        n_chunks = len(self.index.chunks)
        if n_chunks == 0:
            return [[] for _ in questions]
        scores, ids = self.index.vectors.search(query_vectors, self.params.dense_candidates)
        return [
            self._rank(scores[row], ids[row], question, limit)
            for row, question in enumerate(questions)
        ]

    def _rank(
        self, scores: NDArray[np.float32], ids: NDArray[np.int64], question: str, limit: int
    ) -> list[Scored]:
        params = self.params
        valid = ids >= 0
        owners = self._owner[ids[valid]]
        dense = np.full(len(self.index.chunks), -1.0, dtype=np.float32)
        # Per passage, its best vector: the whole passage or its best sentence.
        np.maximum.at(dense, owners, scores[valid])
        if not len(owners) or float(dense.max()) < params.abstain_below:
            return []
        candidates = np.unique(owners)
        lexical = self._bm25.scores(question)
        dense_rank = _ranks(-dense[candidates])
        lexical_rank = _ranks(-lexical[candidates])
        fused = 1.0 / (params.rrf_k + dense_rank) + params.lexical_weight * np.where(
            lexical[candidates] > 0, 1.0 / (params.rrf_k + lexical_rank), 0.0
        )
        order = np.argsort(-fused, kind="stable")
        out: list[Scored] = []
        for position in order:
            chunk_id = int(candidates[position])
            relevance = float(dense[chunk_id])
            if relevance < params.min_relevance:
                continue
            out.append(Scored(chunk_id, min(max(relevance, 0.0), 1.0), float(fused[position])))
            if len(out) == limit:
                break
        return out


def _ranks(values: NDArray[np.float32]) -> NDArray[np.float64]:
    """1-based ranks of ``values`` in ascending order (ties share the better rank)."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values), dtype=np.float64)
    ranks[order] = np.arange(1, len(values) + 1)
    return ranks
