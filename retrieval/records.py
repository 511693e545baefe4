"""Records the search and answer service return: rankings, hits, answers and index facts."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.records import Chunk


@dataclass(frozen=True, slots=True)
class Hit:
    """One retrieved passage.

    Attributes:
        rank: 1 for the best passage.
        score: relevance in [0, 1]; higher is better (comparable across questions).
        chunk: the passage, with its sentences and rolled-up claim status.
    """

    rank: int
    score: float
    chunk: Chunk


@dataclass(frozen=True, slots=True)
class Answer:
    """What the corpus says about a question.

    Attributes:
        question: the question as asked (after whitespace clean-up and truncation).
        found: False when nothing in the corpus is relevant enough; then ``hits`` is empty.
        hits: the relevant passages, best first (may hold more than a front end shows at once).
        index_version: the corpus hash of the index that answered; caches and buttons key on it.
        notice: a remark for the reader, e.g. that an over-long question was shortened.
        missing: names in the question that the corpus never mentions (why nothing was found).
        not_given: the kind of answer the question expects ("an age") that no passage gives
            (why nothing was found).
        read_as: typos read as the corpus's words, ``(typed, read as)`` ("legoin", "legion").
    """

    question: str
    found: bool
    hits: tuple[Hit, ...]
    index_version: str
    notice: str | None = None
    missing: tuple[str, ...] = ()
    not_given: str | None = None
    read_as: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """Facts about the index that is serving.

    Attributes:
        corpus_hash: content hash of the corpus it was built from (the index version).
        model: the embedding model's name.
        dims: embedding dimension.
        documents: number of documents.
        chunks: number of passages.
        sentences: number of sentences.
        built_at: ISO-8601 UTC build time.
        index_type: the FAISS index kind, e.g. ``"flat"`` or ``"hnsw"``.
    """

    corpus_hash: str
    model: str
    dims: int
    documents: int
    chunks: int
    sentences: int
    built_at: str
    index_type: str


@dataclass(frozen=True, slots=True)
class DocumentStats:
    """One document of the serving corpus, with its sentence counts by claim status."""

    doc_id: str
    title: str
    sentences: int
    by_status: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class ReloadReport:
    """What a reload changed.

    Attributes:
        changed: False when the corpus hash was unchanged and nothing was rebuilt.
        added: doc_ids new in the corpus.
        removed: doc_ids no longer in the corpus.
        modified: doc_ids whose text changed.
        chunks: passages in the new index.
        seconds: wall time of the rebuild.
        corpus_hash: the new index version.
        repaired: why the index on disk was rebuilt although the corpus had not changed (it was
            damaged, truncated or built by another model); None when it was fine.
    """

    changed: bool
    added: tuple[str, ...]
    removed: tuple[str, ...]
    modified: tuple[str, ...]
    chunks: int
    seconds: float
    corpus_hash: str
    repaired: str | None = None


@dataclass(frozen=True, slots=True)
class Scored:
    """A passage and how well it matches the question."""

    chunk_id: int
    relevance: float


@dataclass(frozen=True, slots=True)
class Ranking:
    """The passages that answer a question, best first, or why none does.

    Attributes:
        hits: the passages; empty means "not in the corpus".
        unknown_names: names in the question the corpus never mentions.
        not_given: the kind of answer the question expects that no passage gives ("an age").
    """

    hits: tuple[Scored, ...]
    unknown_names: tuple[str, ...] = ()
    not_given: str | None = None
