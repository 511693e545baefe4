"""Documents → sentences with claim statuses → chunks: the whole text side of the pipeline."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from corpus.chunking import chunk_document
from corpus.claims import annotate
from corpus.records import Chunk, Document, Sentence, Verdict
from corpus.sentences import split_sentences
from corpus.verdicts import apply_verdicts


@cache
def analysis_fingerprint() -> str:
    """A short hash of the code that splits, chunks and annotates documents (this package).

    An index stores the sentences, chunks and claim statuses this code produced; when the code
    changes, the same corpus reads differently, so the index must be rebuilt, not reused.
    """
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class AnalysedCorpus:
    """The annotated sentences and the chunks of a set of documents.

    Attributes:
        documents: the documents, in corpus order.
        sentences: every sentence of every document, in order, with its claim status.
        chunks: the passages, ``chunk_id`` equal to their position.
    """

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    chunks: tuple[Chunk, ...]


def annotate_documents(
    documents: Sequence[Document], verdicts: Sequence[Verdict] = ()
) -> list[list[Sentence]]:
    """Split documents into sentences with claim statuses, and attach curated verdicts.

    Args:
        documents: the documents.
        verdicts: editors' verdicts, each on the one sentence its claim quotes.

    Returns:
        Per document, its annotated sentences.

    Raises:
        CorpusError: a verdict matches no sentence, or several.
    """
    per_document = [annotate(split_sentences(doc)) for doc in documents]
    if not verdicts:
        return per_document
    flat = apply_verdicts([s for group in per_document for s in group], verdicts)
    groups, start = [], 0
    for group in per_document:
        groups.append(flat[start : start + len(group)])
        start += len(group)
    return groups


def analyse_documents(
    documents: Sequence[Document],
    *,
    count_tokens: Callable[[str], int],
    max_tokens: int,
    verdicts: Sequence[Verdict] = (),
) -> AnalysedCorpus:
    """Split, annotate and chunk documents, and attach curated verdicts.

    Args:
        documents: the documents to analyse.
        count_tokens: counts the embedding model's word pieces in a text.
        max_tokens: the most word pieces a chunk may hold (a longer sentence stays whole).
        verdicts: editors' verdicts, each on the one sentence its claim quotes.

    Returns:
        The analysed corpus.

    Raises:
        CorpusError: a verdict matches no sentence, or several.
    """
    per_document = annotate_documents(documents, verdicts)
    sentences: list[Sentence] = []
    chunks: list[Chunk] = []
    for doc, annotated in zip(documents, per_document, strict=True):
        sentences.extend(annotated)
        chunks.extend(
            chunk_document(
                doc,
                annotated,
                first_id=len(chunks),
                count_tokens=count_tokens,
                max_tokens=max_tokens,
            )
        )
    return AnalysedCorpus(tuple(documents), tuple(sentences), tuple(chunks))
