"""Dense vector search over unit vectors with FAISS: the only module that imports ``faiss``.

Small collections use exact inner-product search; large ones an HNSW graph, whose recall the
benchmark measures against exact search.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
from numpy.typing import NDArray

HNSW_THRESHOLD = 200_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 64


class VectorIndex:
    """A FAISS inner-product index: arrays in, ``(scores, ids)`` arrays out."""

    def __init__(self, index: faiss.Index) -> None:
        """Wrap a FAISS index.

        Args:
            index: an inner-product FAISS index.
        """
        self._index = index

    @classmethod
    def build(cls, vectors: NDArray[np.float32], *, kind: str = "auto") -> VectorIndex:
        """Index unit-length vectors.

        Args:
            vectors: shape ``(n, dims)``, rows of unit length.
            kind: ``"flat"`` (exact), ``"hnsw"``, or ``"auto"`` (HNSW from
                ``HNSW_THRESHOLD`` vectors on, where exact search gets slow).

        Returns:
            The index.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dims = vectors.shape[1]
        if kind == "auto":
            kind = "hnsw" if len(vectors) >= HNSW_THRESHOLD else "flat"
        if kind == "flat":
            index: faiss.Index = faiss.IndexFlatIP(dims)
        elif kind == "hnsw":
            index = faiss.IndexHNSWFlat(dims, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            raise ValueError(f"unknown index kind {kind!r}")
        index.add(vectors)
        return cls(index)

    @property
    def kind(self) -> str:
        """``"flat"`` or ``"hnsw"``."""
        return "hnsw" if isinstance(self._index, faiss.IndexHNSWFlat) else "flat"

    @property
    def size(self) -> int:
        """The number of stored vectors."""
        return int(self._index.ntotal)

    @property
    def dims(self) -> int:
        """The vector dimension."""
        return int(self._index.d)

    def search(
        self, queries: NDArray[np.float32], k: int
    ) -> tuple[NDArray[np.float32], NDArray[np.int64]]:
        """Find the ``k`` stored vectors with the highest inner product for each query.

        Args:
            queries: shape ``(q, dims)``.
            k: neighbours per query (fewer come back, padded with id -1, if the index is small).

        Returns:
            ``scores`` and ``ids``, both of shape ``(q, k)``, best first.
        """
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        scores, ids = self._index.search(queries, min(k, max(self.size, 1)))
        return scores, ids

    def reconstruct_range(self, start: int, count: int) -> NDArray[np.float32]:
        """Return ``count`` stored vectors from position ``start``, shape ``(count, dims)``."""
        if count <= 0:
            return np.zeros((0, self.dims), dtype=np.float32)
        return np.asarray(self._index.reconstruct_n(start, count), dtype=np.float32)

    def save(self, path: Path) -> None:
        """Write the index to ``path`` in FAISS's own format (no pickle)."""
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        """Read an index written by :meth:`save`.

        Raises:
            ValueError: the file is not a readable FAISS index.
        """
        try:
            index = faiss.read_index(str(path))
        except RuntimeError as exc:
            raise ValueError(f"{path.name} is not a readable FAISS index") from exc
        if isinstance(index, faiss.IndexHNSWFlat):
            index.hnsw.efSearch = HNSW_EF_SEARCH
        return cls(index)
