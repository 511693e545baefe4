"""Documents → sentences with claim statuses → chunks: the whole text side of the pipeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus.chunking import chunk_document
from corpus.claims import annotate
from corpus.records import Chunk, Document, Sentence
from corpus.sentences import split_sentences


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


def analyse_documents(
    documents: Sequence[Document],
    *,
    count_tokens: Callable[[str], int],
    max_tokens: int,
) -> AnalysedCorpus:
    """Split, annotate and chunk documents.

    Args:
        documents: the documents to analyse.
        count_tokens: counts the embedding model's word pieces in a text.
        max_tokens: the most word pieces a chunk may hold (a longer sentence stays whole).

    Returns:
        The analysed corpus.
    """
    sentences: list[Sentence] = []
    chunks: list[Chunk] = []
    for doc in documents:
        annotated = annotate(split_sentences(doc))
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
