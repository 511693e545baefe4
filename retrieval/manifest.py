"""What an index was built from and how: ``manifest.json``."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

FORMAT_VERSION = 1
"""The on-disk format version; a change means every index must be rebuilt."""


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """A document as the manifest records it."""

    doc_id: str
    title: str
    sha256: str
    sentences: int


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an index was built from and how.

    Attributes:
        format: the on-disk format version.
        recipe: the version of the chunking/embedding recipe; a change means a rebuild.
        model: the embedding model's name.
        dims: the embedding dimension.
        corpus_hash: the corpus content hash (the index version).
        built_at: ISO-8601 UTC build time.
        index_type: ``"flat"`` or ``"hnsw"``.
        documents: the documents indexed.
        chunks: passages in ``chunks.jsonl``.
        vectors: vectors in ``index.faiss``.
        tokens: passage word-piece vectors in ``tokens.npy``.
        build_seconds: how long the build took.
    """

    format: int
    recipe: str
    model: str
    dims: int
    corpus_hash: str
    built_at: str
    index_type: str
    documents: tuple[DocumentEntry, ...]
    chunks: int
    vectors: int
    tokens: int
    build_seconds: float

    def to_json(self) -> str:
        """Serialise as indented JSON."""
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse :meth:`to_json`'s output.

        Raises:
            ValueError, KeyError, TypeError: the text is not a manifest.
        """
        data: dict[str, Any] = json.loads(text)
        data["documents"] = tuple(DocumentEntry(**d) for d in data["documents"])
        return cls(**data)
