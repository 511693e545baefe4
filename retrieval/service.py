"""The answer service every front end uses: question in, quoted passages with claim status out.

The :class:`Answerer` is thread-safe. Its search engine is immutable; a reload builds a new one
off to the side and swaps the reference, so questions asked during a rebuild are answered from
the old index and a failed rebuild leaves it serving.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from config import Settings
from corpus.errors import CorpusError
from corpus.records import Chunk, ClaimStatus, Sentence
from retrieval.builder import RECIPE, ensure_index
from retrieval.embedder import Embedder, load_embedder
from retrieval.question import clean_question
from retrieval.records import Answer, DocumentStats, Hit, IndexInfo, ReloadReport
from retrieval.search import SearchEngine, SearchParams
from retrieval.store import StoredIndex, load_index

log = logging.getLogger(__name__)

MAX_HITS = 10


@dataclass(frozen=True, slots=True)
class _Serving:
    """What answers questions right now; replaced as a whole on reload."""

    engine: SearchEngine
    started: float


class Answerer:
    """Answers questions from the current index; reloads the corpus without downtime."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        index: StoredIndex,
        params: SearchParams | None = None,
    ) -> None:
        """Serve ``index`` with ``embedder``; prefer :meth:`open`.

        Args:
            settings: the settings (corpus and index folders, limits).
            embedder: the embedding model, shared by every index this answerer serves.
            index: the index to serve first.
            params: search knobs (defaults when None).
        """
        self.settings = settings
        self.embedder = embedder
        self._params = params
        self._serving = _Serving(SearchEngine(index, params), time.time())
        self._reload_lock = threading.Lock()
        self.started_at = time.time()

    @classmethod
    def open(
        cls, settings: Settings, *, build: bool = True, embedder: Embedder | None = None
    ) -> Answerer:
        """Load the model and the index, building the index if it is missing or stale.

        When the corpus cannot be read but a good index is on disk, that index serves and the
        problem is logged, so one bad file never takes the bot down.

        Args:
            settings: the settings.
            build: build a missing or stale index (else the index must be current on disk).
            embedder: a loaded embedding model to share (loaded here when None).

        Returns:
            The answerer.

        Raises:
            ClaimQAError: no index could be loaded or built; the message says why.
        """
        embedder = embedder or load_embedder()
        if not build:
            return cls(
                settings,
                embedder,
                load_index(settings.index_dir, model=embedder.name, recipe=RECIPE),
            )
        try:
            outcome = ensure_index(settings.corpus_dir, settings.index_dir, embedder)
        except CorpusError as exc:
            index = load_index(settings.index_dir, model=embedder.name, recipe=RECIPE)
            log.warning("corpus unreadable (%s); serving the last good index", exc)
            return cls(settings, embedder, index)
        if outcome.built:
            log.info("built the index in %.1f s (%s)", outcome.seconds, outcome.reason)
        return cls(settings, embedder, outcome.index)

    @property
    def engine(self) -> SearchEngine:
        """The search engine serving now."""
        return self._serving.engine

    def ask(self, question: str, *, k: int | None = None) -> Answer:
        """Answer one question.

        Args:
            question: the question, as the user typed it.
            k: the most passages to return (up to ``MAX_HITS`` when None).

        Returns:
            The answer; ``found`` is False and ``hits`` empty when nothing is relevant.
        """
        return self.ask_many([question], k=k)[0]

    def ask_many(self, questions: Sequence[str], *, k: int | None = None) -> list[Answer]:
        """Answer several questions with one call to the model.

        Args:
            questions: the questions.
            k: the most passages per answer (up to ``MAX_HITS`` when None).

        Returns:
            One answer per question, in order.
        """
        engine = self.engine
        version = engine.index.manifest.corpus_hash
        limit = min(k or MAX_HITS, MAX_HITS)
        cleaned = [clean_question(q, self.settings.max_question_chars) for q in questions]
        askable = [i for i, c in enumerate(cleaned) if c.text]
        ranked: dict[int, list[Hit]] = {}
        if askable:
            vectors = self.embedder.encode([cleaned[i].text for i in askable])
            results = engine.search(vectors, [cleaned[i].text for i in askable], limit=limit)
            for i, scored in zip(askable, results, strict=True):
                ranked[i] = [
                    Hit(rank, round(s.relevance, 4), engine.chunks[s.chunk_id])
                    for rank, s in enumerate(scored, start=1)
                ]
        answers = []
        for i, c in enumerate(cleaned):
            hits = tuple(ranked.get(i, ()))
            answers.append(Answer(c.text, bool(hits), hits, version, c.notice))
        return answers

    async def aask(self, question: str) -> Answer:
        """Answer a question without blocking the event loop."""
        return await asyncio.to_thread(self.ask, question)

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

    def reload(self) -> ReloadReport:
        """Re-read the corpus folder, rebuild the index if it changed, and swap it in.

        Reloads are serialised. Questions keep being answered from the old index meanwhile.

        Returns:
            What changed.

        Raises:
            ClaimQAError: the corpus could not be read or the index not built; the old index
                keeps serving.
        """
        with self._reload_lock:
            started = time.perf_counter()
            old = self.engine.index.manifest
            outcome = ensure_index(
                self.settings.corpus_dir, self.settings.index_dir, self.embedder
            )
            new = outcome.index.manifest
            if new.corpus_hash != old.corpus_hash or outcome.index.path != self.engine.index.path:
                self._serving = _Serving(SearchEngine(outcome.index, self._params), time.time())
            before = {d.doc_id: d.sha256 for d in old.documents}
            after = {d.doc_id: d.sha256 for d in new.documents}
            return ReloadReport(
                changed=new.corpus_hash != old.corpus_hash,
                added=tuple(sorted(after.keys() - before.keys())),
                removed=tuple(sorted(before.keys() - after.keys())),
                modified=tuple(
                    sorted(d for d in after.keys() & before.keys() if after[d] != before[d])
                ),
                chunks=new.chunks,
                seconds=round(time.perf_counter() - started, 2),
                corpus_hash=new.corpus_hash,
            )

    async def areload(self) -> ReloadReport:
        """:meth:`reload` off the event loop."""
        return await asyncio.to_thread(self.reload)
