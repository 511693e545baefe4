"""Building the index: corpus → analysed chunks → vectors → a build on disk.

A chunk is embedded twice over: as a whole passage and sentence by sentence, so that a question
answered by one sentence of a long paragraph still finds it. The passage's content word pieces
keep their own vectors too, for late-interaction scoring (:mod:`retrieval.late_interaction`).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from corpus.analysis import analyse_documents, analysis_fingerprint
from corpus.loader import Corpus, load_corpus
from corpus.records import Chunk
from retrieval.embedder import Embedder, vocabulary_words
from retrieval.errors import IndexMissingError, IndexStoreError
from retrieval.lexical import BUSINESS_KINDS, gloss_compounds
from retrieval.manifest import FORMAT_VERSION, DocumentEntry, Manifest
from retrieval.store import StoredIndex, load_index, read_manifest, save_index
from retrieval.vector_index import VectorIndex

log = logging.getLogger(__name__)

_GLOSSED = hashlib.sha256(" ".join(sorted(BUSINESS_KINDS)).encode()).hexdigest()[:8]
RECIPE = f"passage+tokens/sentences/v3/gloss-{_GLOSSED}/analysis-{analysis_fingerprint()}"
"""What an index was made with; the analysis code is part of it, since it decides the chunks
and their claim statuses, and so are the glossed kinds of compound name, which change the text
embedded."""
CHUNK_MAX_TOKENS = 200


@dataclass(frozen=True, slots=True)
class BuildOutcome:
    """What :func:`ensure_index` did.

    Attributes:
        built: True when a new build was made, False when the one on disk was reused.
        reason: why, in words (e.g. "the corpus changed").
        seconds: time spent building (0 when reused).
        index: the index now current.
    """

    built: bool
    reason: str
    seconds: float
    index: StoredIndex


def passage_text(chunk: Chunk) -> str:
    """The text embedded for a whole passage.

    Prefixing the document title was measured and dropped: on the seed's questions it lowered
    recall@3 (see docs/retrieval.md).
    """
    return chunk.text


def vector_layout(chunks: Sequence[Chunk]) -> tuple[list[str], NDArray[np.int64]]:
    """The texts to embed for ``chunks`` and, per vector, the chunk it stands for.

    Vectors ``0..len(chunks)-1`` are the passages in order; then every sentence of every
    passage, in order. Both build and load derive the layout from the chunks alone.

    Args:
        chunks: the passages, in ``chunk_id`` order.

    Returns:
        The texts and an array mapping vector row → ``chunk_id``.
    """
    texts = [passage_text(c) for c in chunks]
    owners = [c.chunk_id for c in chunks]
    for chunk in chunks:
        if len(chunk.sentences) > 1:
            texts.extend(s.text for s in chunk.sentences)
            owners.extend(chunk.chunk_id for _ in chunk.sentences)
    return texts, np.asarray(owners, dtype=np.int64)


def build_index(corpus: Corpus, embedder: Embedder, index_dir: Path) -> StoredIndex:
    """Analyse and embed ``corpus`` and write it as the current build of ``index_dir``.

    Args:
        corpus: the loaded corpus.
        embedder: the embedding model.
        index_dir: where builds live.

    Returns:
        The new index.

    Raises:
        IndexStoreError: it could not be written; the previous build stays current.
    """
    started = time.perf_counter()
    analysed = analyse_documents(
        corpus.documents,
        count_tokens=embedder.count_tokens,
        max_tokens=CHUNK_MAX_TOKENS,
        verdicts=corpus.verdicts,
    )
    texts, _ = vector_layout(analysed.chunks)
    seen: dict[str, str | None] = {}
    is_word = vocabulary_words(embedder)
    texts = [gloss_compounds(t, is_word, seen) for t in texts]
    n_chunks = len(analysed.chunks)
    log.info("embedding %d texts for %d passages", len(texts), n_chunks)
    # One pass over the passages yields both their vectors and their tokens' vectors.
    passage_vectors, tokens = embedder.encode_with_tokens(texts[:n_chunks])
    sentence_vectors = embedder.encode(texts[n_chunks:])
    vectors = VectorIndex.build(np.vstack([passage_vectors, sentence_vectors]))
    sentence_counts: dict[str, int] = {}
    for sentence in analysed.sentences:
        sentence_counts[sentence.doc_id] = sentence_counts.get(sentence.doc_id, 0) + 1
    manifest = Manifest(
        format=FORMAT_VERSION,
        recipe=RECIPE,
        model=embedder.name,
        dims=embedder.dims,
        corpus_hash=corpus.corpus_hash,
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        index_type=vectors.kind,
        documents=tuple(
            DocumentEntry(
                d.doc_id, d.title, corpus.doc_hashes[d.doc_id], sentence_counts.get(d.doc_id, 0)
            )
            for d in corpus.documents
        ),
        chunks=n_chunks,
        vectors=vectors.size,
        tokens=len(tokens.ids),
        build_seconds=round(time.perf_counter() - started, 3),
    )
    path = save_index(index_dir, manifest, analysed.chunks, vectors, tokens)
    return StoredIndex(path, manifest, analysed.chunks, vectors, tokens)


def ensure_index(
    corpus_dir: Path, index_dir: Path, embedder: Embedder, *, force: bool = False
) -> BuildOutcome:
    """Reuse the index on disk when it matches the corpus, else build it.

    Args:
        corpus_dir: the corpus folder.
        index_dir: the index folder.
        embedder: the embedding model.
        force: build even when the index on disk is current.

    Returns:
        What was done, and the index.

    Raises:
        CorpusError: the corpus cannot be read (nothing is built; the old index stays).
        IndexStoreError: a new build could not be written.
    """
    corpus = load_corpus(corpus_dir)
    reason = "a rebuild was asked for"
    if not force:
        try:
            manifest = read_manifest(index_dir)
            if manifest.corpus_hash == corpus.corpus_hash:
                index = load_index(index_dir, model=embedder.name, recipe=RECIPE)
                return BuildOutcome(False, "the corpus is unchanged", 0.0, index)
            reason = "the corpus changed"
        except IndexMissingError:
            # Its message tells a reader to build one, which is what is happening now.
            reason = "there was no index yet"
        except IndexStoreError as exc:
            reason = str(exc)
    started = time.perf_counter()
    index = build_index(corpus, embedder, index_dir)
    return BuildOutcome(True, reason, time.perf_counter() - started, index)
