"""Dense vector search over unit vectors with FAISS: the only module that imports ``faiss``.

The index type follows the collection's size. Exact (flat) search reads every vector, which on
one core costs about 1 ms per 20,000 vectors for one question (measured: 1.1 ms at 20k, 3.1 ms
at 50k, 6.5 ms at 100k), so from :data:`IVF_THRESHOLD` vectors on an inverted file (IVF) is used:
k-means cells over the vectors, of which a question scans the :data:`IVF_NPROBE` nearest. Its
recall against exact search is measured by ``claimqa bench`` on a million vectors. HNSW indexes
written by earlier versions still load.

Searches run on one OpenMP thread: a question's search is small, and FAISS's helper threads,
waiting for a core that the event loop or the model holds, measured 15x slower (16 ms instead
of 1.1 ms for one query over 20,000 vectors on a busy machine).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import cast

import faiss
import numpy as np
from faiss.swigfaiss import PyCallbackIOWriter  # not in faiss's type stubs
from numpy.typing import NDArray

IVF_THRESHOLD = 20_000
IVF_NPROBE = 32
IVF_TRAIN_PER_CELL = 40
"""Training vectors per k-means cell (FAISS wants at least 39)."""
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
            kind: ``"flat"`` (exact), ``"ivf"``, ``"hnsw"``, or ``"auto"`` (IVF from
                :data:`IVF_THRESHOLD` vectors on, where exact search gets slow).

        Returns:
            The index.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dims = vectors.shape[1]
        if kind == "auto":
            kind = "ivf" if len(vectors) >= IVF_THRESHOLD else "flat"
        if kind == "flat":
            index: faiss.Index = faiss.IndexFlatIP(dims)
        elif kind == "ivf":
            index = _trained_ivf(vectors)
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
        """``"flat"``, ``"ivf"`` or ``"hnsw"``."""
        if isinstance(self._index, faiss.IndexHNSWFlat):
            return "hnsw"
        return "ivf" if isinstance(self._index, faiss.IndexIVFFlat) else "flat"

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
        # The thread count is per calling thread in OpenMP, so this leaves builds their cores.
        faiss.omp_set_num_threads(1)
        scores, ids = self._index.search(queries, min(k, max(self.size, 1)))
        return scores, ids

    def reconstruct_range(self, start: int, count: int) -> NDArray[np.float32]:
        """Return ``count`` stored vectors from position ``start``, shape ``(count, dims)``."""
        if count <= 0:
            return np.zeros((0, self.dims), dtype=np.float32)
        return np.asarray(self._index.reconstruct_n(start, count), dtype=np.float32)

    def save(self, path: Path) -> None:
        """Write the index to ``path`` in FAISS's own format (no pickle).

        Raises:
            OSError: the file could not be written in full (e.g. the disk is full).
        """
        # Streamed through a Python file: faiss.write_index(path) ignores a failed close, so a
        # full disk would leave half a file behind without an error.
        with path.open("wb") as out:
            writer = PyCallbackIOWriter(out.write)  # type: ignore[no-untyped-call]
            faiss.write_index(self._index, cast(faiss.IOWriter, writer))

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
        elif isinstance(index, faiss.IndexIVFFlat):
            index.nprobe = IVF_NPROBE
            index.make_direct_map()  # for reconstruct_range
        return cls(index)


def _trained_ivf(vectors: NDArray[np.float32]) -> faiss.Index:
    """An empty IVF-Flat index with about 4·√n cells, trained on a sample of ``vectors``."""
    count, dims = vectors.shape
    cells = max(1, min(65_536, round(4 * math.sqrt(count)), count // IVF_TRAIN_PER_CELL))
    sample = min(count, cells * IVF_TRAIN_PER_CELL)
    training = vectors
    if sample < count:
        training = vectors[np.sort(np.random.default_rng(0).choice(count, sample, replace=False))]
    # FAISS's Python wrapper keeps the quantizer alive as long as the index.
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dims), dims, cells, faiss.METRIC_INNER_PRODUCT)
    index.cp.seed = 0
    index.train(np.ascontiguousarray(training))
    index.nprobe = IVF_NPROBE
    index.make_direct_map()
    return index
