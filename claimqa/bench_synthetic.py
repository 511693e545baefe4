"""Synthetic workloads for ``claimqa bench``: a 10,000-document corpus and a million vectors.

Each runs in its own process (``python -m claimqa.bench_synthetic build|search N``) and prints
one JSON line, so its memory never counts towards the serving process's peak RSS.

Documents are news briefs remixed from the shipped corpus's sentences (a title and a paragraph
of two sentences, words shuffled between sentences so that no two texts are alike). Vectors are
sampled around real chunk embeddings: a real vector plus Gaussian noise with the real
embeddings' own covariance, normalised, so the set keeps their anisotropic shape.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from config import PROJECT_ROOT

SEED = 20240601
NOISE_SCALE = 1.0
"""Noise relative to the real embeddings' spread; a sample keeps ~0.7 cosine to its centre."""
QUERIES = 200
PARAGRAPHS = 1
MAX_SENTENCE_WORDS = 24
"""Brief-length sentences: a synthetic document is about 120 word pieces."""
"""Paragraphs of two sentences per brief: with the title, four texts to embed per document."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _sentences(corpus_dir: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(corpus_dir.rglob("*")):
        if path.suffix in {".txt", ".md"}:
            for paragraph in path.read_text(encoding="utf-8").split("\n\n")[1:]:
                found += [
                    s
                    for s in _SENTENCE_END.split(paragraph.strip())
                    if len(s) > 40 and len(s.split()) <= MAX_SENTENCE_WORDS
                ]
    return found


def write_documents(folder: Path, count: int, corpus_dir: Path) -> None:
    """Write ``count`` synthetic briefs into ``folder``.

    Args:
        folder: an empty folder.
        count: how many documents.
        corpus_dir: the corpus whose sentences are remixed.
    """
    rng = np.random.default_rng(SEED)
    pool = _sentences(corpus_dir)
    words = sorted({w for s in pool for w in s.split()})
    for n in range(count):
        lines = [f"Brief {n}: {' '.join(rng.choice(words, 4))}"]
        for _ in range(PARAGRAPHS):
            picked = [pool[i].split() for i in rng.integers(0, len(pool), 2)]
            for sentence in picked:  # swap a few words so every text is new
                for slot in rng.integers(0, len(sentence), 3):
                    sentence[slot] = str(rng.choice(words))
            lines.append(" ".join(" ".join(s).rstrip(".") + "." for s in picked))
        (folder / f"brief-{n:05d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


def build_synthetic(count: int) -> dict[str, float | str]:
    """Time building the index of ``count`` synthetic documents (model load excluded)."""
    from corpus.loader import load_corpus
    from retrieval.builder import build_index
    from retrieval.embedder import load_embedder

    embedder = load_embedder()
    with tempfile.TemporaryDirectory(prefix="claimqa-bench-") as tmp:
        docs = Path(tmp) / "corpus"
        docs.mkdir()
        write_documents(docs, count, PROJECT_ROOT / "corpus" / "documents")
        started = time.perf_counter()
        index = build_index(load_corpus(docs), embedder, Path(tmp) / "index")
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "documents": count, "vectors": index.vectors.size}


def sample_vectors(
    real: NDArray[np.float32], count: int, rng: np.random.Generator
) -> NDArray[np.float32]:
    """``count`` unit vectors sampled around ``real`` ones with the real set's covariance."""
    centred = real - real.mean(axis=0)
    cov = centred.T @ centred / max(len(real) - 1, 1) + 1e-4 * np.eye(real.shape[1])
    shape = np.linalg.cholesky(cov).astype(np.float32).T
    out = np.empty((count, real.shape[1]), dtype=np.float32)
    step = 100_000
    for start in range(0, count, step):  # in slices: the noise would double peak memory
        n = min(step, count - start)
        x = real[rng.integers(0, len(real), n)] + NOISE_SCALE * (
            rng.standard_normal((n, real.shape[1]), dtype=np.float32) @ shape
        )
        out[start : start + n] = x / np.linalg.norm(x, axis=1, keepdims=True)
    return out


def real_embeddings() -> NDArray[np.float32]:
    """Embeddings of the shipped corpus's passages and sentences."""
    from retrieval.embedder import load_embedder

    texts: list[str] = []
    for path in sorted((PROJECT_ROOT / "corpus" / "documents").rglob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            if paragraph.strip():
                texts += [paragraph.strip(), *_SENTENCE_END.split(paragraph.strip())]
    return load_embedder().encode(texts)


def exact_top10(stored: NDArray[np.float32], queries: NDArray[np.float32]) -> NDArray[np.int64]:
    """The ids of each query's 10 nearest stored vectors by inner product, exactly.

    Computed in slices with numpy rather than with a second (flat) FAISS index, which would
    hold another copy of all the vectors.
    """
    best_scores = np.full((len(queries), 10), -np.inf, dtype=np.float32)
    best_ids = np.zeros((len(queries), 10), dtype=np.int64)
    step = 50_000
    for start in range(0, len(stored), step):
        scores = queries @ stored[start : start + step].T
        scores = np.concatenate([best_scores, scores], axis=1)
        ids = np.concatenate(
            [
                best_ids,
                np.broadcast_to(
                    np.arange(start, start + scores.shape[1] - 10),
                    (len(queries), scores.shape[1] - 10),
                ),
            ],
            axis=1,
        )
        top = np.argpartition(-scores, 10, axis=1)[:, :10]
        best_scores = np.take_along_axis(scores, top, axis=1)
        best_ids = np.take_along_axis(ids, top, axis=1)
    return best_ids


def search_synthetic(count: int) -> dict[str, float | str]:
    """Search ``count`` synthetic vectors with the index type chosen for that size.

    Returns:
        Build time, the index kind, single-query p50 latency (k=10) and recall@10 against
        exact search.
    """
    from retrieval.vector_index import VectorIndex

    rng = np.random.default_rng(SEED)
    real = real_embeddings()
    stored = sample_vectors(real, count, rng)
    queries = sample_vectors(real, QUERIES, rng)
    truth = exact_top10(stored, queries)
    started = time.perf_counter()
    index = VectorIndex.build(stored)
    build = time.perf_counter() - started
    latencies, found = [], 0
    for row in range(QUERIES):
        t = time.perf_counter()
        _, ids = index.search(queries[row : row + 1], 10)
        latencies.append(time.perf_counter() - t)
        found += len(set(ids[0].tolist()) & set(truth[row].tolist()))
    return {
        "build_s": build,
        "p50_ms": float(np.median(latencies) * 1000),
        "recall_at_10": found / (QUERIES * 10),
        "vectors": count,
        "kind": index.kind,
    }


def main(argv: list[str]) -> int:
    """``build N`` or ``search N``: run one workload and print its figures as JSON."""
    if len(argv) != 2 or argv[0] not in {"build", "search"}:
        print("usage: python -m claimqa.bench_synthetic build|search N", file=sys.stderr)
        return 2
    count = int(argv[1])
    result = build_synthetic(count) if argv[0] == "build" else search_synthetic(count)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
