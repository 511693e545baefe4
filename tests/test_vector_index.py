"""The FAISS index type follows the collection's size; IVF keeps exact search's answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from retrieval.vector_index import IVF_THRESHOLD, VectorIndex


def clustered(count: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((200, 384)).astype(np.float32)
    x = centres[rng.integers(0, 200, count)] + 0.5 * rng.standard_normal((count, 384)).astype(
        np.float32
    )
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_small_collections_are_searched_exactly() -> None:
    index = VectorIndex.build(clustered(500))
    assert index.kind == "flat" and index.size == 500


def test_large_collections_get_an_ivf_index_that_finds_what_exact_search_finds(
    tmp_path: Path,
) -> None:
    vectors = clustered(IVF_THRESHOLD + 1000)
    index = VectorIndex.build(vectors)
    assert index.kind == "ivf" and index.size == len(vectors)
    queries = clustered(50, seed=1)
    _, truth = VectorIndex.build(vectors, kind="flat").search(queries, 10)
    _, ids = index.search(queries, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(ids, truth, strict=True)])
    assert recall >= 0.95
    assert np.array_equal(index.reconstruct_range(5, 3), vectors[5:8])
    index.save(tmp_path / "index.faiss")
    loaded = VectorIndex.load(tmp_path / "index.faiss")
    assert loaded.kind == "ivf" and np.array_equal(loaded.search(queries, 10)[1], ids)
    assert np.array_equal(loaded.reconstruct_range(5, 3), vectors[5:8])
