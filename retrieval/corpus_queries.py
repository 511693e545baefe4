"""What the serving corpus holds: index facts, documents, sentences, sources, paragraphs.

Mixed into :class:`retrieval.service.Answerer`; every query reads the engine serving at the
moment of the call, so it sees a reload as soon as the new index is swapped in.
"""

from __future__ import annotations

from corpus.records import Chunk, ClaimStatus, Sentence
from corpus.sources import SourceClaims, group_by_source
from retrieval.records import DocumentStats, IndexInfo
from retrieval.search import SearchEngine


class CorpusQueries:
    """Read-only questions about the serving corpus (not about its content's meaning)."""

    @property
    def engine(self) -> SearchEngine:
        """The search engine serving now (provided by the class this is mixed into)."""
        raise NotImplementedError

    def info(self) -> IndexInfo:
        """Facts about the serving index."""
        engine = self.engine
        manifest = engine.index.manifest
        return IndexInfo(
            corpus_hash=manifest.corpus_hash,
            model=manifest.model,
            dims=manifest.dims,
            documents=len(manifest.documents),
            chunks=manifest.chunks,
            sentences=sum(d.sentences for d in manifest.documents),
            built_at=manifest.built_at,
            index_type=manifest.index_type,
        )

    def documents(self) -> tuple[DocumentStats, ...]:
        """The serving corpus's documents with their sentence counts by claim status."""
        counts: dict[str, dict[str, int]] = {}
        for sentence in self.sentences():
            by_status = counts.setdefault(sentence.doc_id, {})
            by_status[sentence.status] = by_status.get(sentence.status, 0) + 1
        return tuple(
            DocumentStats(
                doc_id=d.doc_id,
                title=d.title,
                sentences=d.sentences,
                by_status=tuple(
                    (str(s), counts.get(d.doc_id, {}).get(s, 0))
                    for s in ClaimStatus
                    if counts.get(d.doc_id, {}).get(s, 0)
                ),
            )
            for d in self.engine.index.manifest.documents
        )

    def sentences(self) -> list[Sentence]:
        """Every sentence of the serving corpus, in document order."""
        return [s for c in self.engine.chunks for s in c.sentences]

    def titles(self) -> dict[str, str]:
        """The serving corpus's document titles by ``doc_id``."""
        return {d.doc_id: d.title for d in self.engine.index.manifest.documents}

    def sources(self) -> list[SourceClaims]:
        """The named sources of the serving corpus with their claims, most claims first."""
        return group_by_source(self.sentences())

    def claims(self, status: ClaimStatus) -> list[Sentence]:
        """The serving corpus's sentences of one claim status, in document order."""
        return [s for s in self.sentences() if s.status is status]

    def chunk(self, chunk_id: int) -> Chunk | None:
        """The passage with this id in the serving index, if any."""
        chunks = self.engine.chunks
        return chunks[chunk_id] if 0 <= chunk_id < len(chunks) else None

    def paragraph(self, doc_id: str, paragraph: int) -> str | None:
        """The whole paragraph a passage lies in (passages split long paragraphs)."""
        parts = [
            c.text for c in self.engine.chunks if c.doc_id == doc_id and c.paragraph == paragraph
        ]
        return " ".join(parts) if parts else None
