"""The answer service every front end uses: question in, quoted passages with claim status out.

The :class:`Answerer` is thread-safe. Its search engine is immutable; a reload builds a new one
off to the side and swaps the reference, so questions asked during a rebuild are answered from
the old index and a failed rebuild leaves it serving.

Concurrent :meth:`Answerer.aask` calls are micro-batched: one worker thread answers everything
that queued up while it was busy with one call to the model, so the event loop never waits on
the model and a burst costs a few batched forward passes instead of one pass per question.
Answers are cached (bounded, least recently used) under the version of the index that made them.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from config import Settings
from corpus.errors import CorpusError
from retrieval.answer_cache import AnswerCache
from retrieval.batching import MicroBatcher
from retrieval.builder import RECIPE, ensure_index
from retrieval.corpus_queries import CorpusQueries
from retrieval.embedder import Embedder, load_embedder, vocabulary_words
from retrieval.errors import IndexStoreError
from retrieval.passage_kinds import HEADING_WORDS, PICTURE_WORDS
from retrieval.question import CleanQuestion, clean_question
from retrieval.question_kinds import NAME_WORDS
from retrieval.records import Answer, Hit, ReloadReport
from retrieval.runtime import limit_blas_threads
from retrieval.search import SearchEngine
from retrieval.search_params import SearchParams
from retrieval.spelling import read_typos
from retrieval.store import StoredIndex, load_index

log = logging.getLogger(__name__)

MAX_HITS = 10
CACHE_SIZE = 1024
"""Answers kept for repeated questions (a few MB at most)."""


@dataclass(frozen=True, slots=True)
class _Serving:
    """What answers questions right now; replaced as a whole on reload."""

    engine: SearchEngine
    started: float


class Answerer(CorpusQueries):
    """Answers questions from the current index; reloads the corpus without downtime."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        index: StoredIndex,
        params: SearchParams | None = None,
        *,
        cache_size: int = CACHE_SIZE,
    ) -> None:
        """Serve ``index`` with ``embedder``; prefer :meth:`open`.

        Args:
            settings: the settings (corpus and index folders, limits).
            embedder: the embedding model, shared by every index this answerer serves.
            index: the index to serve first.
            params: search knobs (defaults when None).
            cache_size: answers kept for repeated questions (0 turns the cache off).
        """
        limit_blas_threads()
        self.settings = settings
        self.embedder = embedder
        self._params = params
        self._serving = _Serving(self._engine(index), time.time())
        self._reload_lock = threading.Lock()
        self.started_at = time.time()
        self.cache = AnswerCache(cache_size)
        self.batcher: MicroBatcher[tuple[str, int | None], Answer] = MicroBatcher(
            self._answer_batch, name="claimqa-answerer"
        )

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        build: bool = True,
        embedder: Embedder | None = None,
        cache_size: int = CACHE_SIZE,
        params: SearchParams | None = None,
    ) -> Answerer:
        """Load the model and the index, building the index if it is missing or stale.

        When the corpus cannot be read but a good index is on disk, that index serves and the
        problem is logged, so one bad file never takes the bot down.

        Args:
            settings: the settings.
            build: build a missing or stale index (else the index must be current on disk).
            embedder: a loaded embedding model to share (loaded here when None).
            cache_size: answers kept for repeated questions (0 turns the cache off).
            params: search knobs (defaults when None).

        Returns:
            The answerer.

        Raises:
            ClaimQAError: no index could be loaded or built; the message says why.
        """
        embedder = embedder or load_embedder()
        if not build:
            index = load_index(settings.index_dir, model=embedder.name, recipe=RECIPE)
            return cls(settings, embedder, index, cache_size=cache_size, params=params)
        try:
            outcome = ensure_index(settings.corpus_dir, settings.index_dir, embedder)
        except CorpusError as exc:
            try:
                index = load_index(settings.index_dir, model=embedder.name, recipe=RECIPE)
            except IndexStoreError:
                raise exc from None  # with no index to fall back on, the corpus is the news
            log.warning("corpus unreadable (%s); serving the last good index", exc)
            return cls(settings, embedder, index, cache_size=cache_size, params=params)
        if outcome.built:
            log.info("built the index in %.1f s (%s)", outcome.seconds, outcome.reason)
        return cls(settings, embedder, outcome.index, cache_size=cache_size, params=params)

    def _engine(self, index: StoredIndex) -> SearchEngine:
        return SearchEngine(
            index,
            self._params,
            picture_pieces=self.embedder.piece_ids(PICTURE_WORDS),
            name_pieces=self.embedder.piece_ids(NAME_WORDS),
            heading_pieces=self.embedder.piece_ids(HEADING_WORDS),
            is_word=vocabulary_words(self.embedder),
            encode=self.embedder.encode,
        )

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
        cache_version = _cache_version(engine)
        limit = min(k or MAX_HITS, MAX_HITS)
        cleaned = [clean_question(q, self.settings.max_question_chars) for q in questions]
        answers: list[Answer | None] = [None] * len(cleaned)
        todo: dict[str, list[int]] = {}  # a question asked twice in one batch is searched once
        for i, c in enumerate(cleaned):
            if not c.text:
                answers[i] = Answer(c.text, False, (), version, c.notice)
            elif (cached := self.cache.get((cache_version, c.text, limit))) is not None:
                answers[i] = _with_notice(cached, c)
            else:
                todo.setdefault(c.text, []).append(i)
        if todo:
            texts = list(todo)
            encode = self.embedder.encode_questions
            read = read_typos(engine.speller, encode, engine.nearest, texts, *encode(texts))
            results = engine.search(read.vectors, read.tokens, read.texts, limit=limit)
            for text, ranking, read_as in zip(texts, results, read.corrections, strict=True):
                hits = tuple(
                    Hit(rank, round(s.relevance, 4), engine.chunks[s.chunk_id])
                    for rank, s in enumerate(ranking.hits, start=1)
                )
                answer = Answer(
                    text,
                    bool(hits),
                    hits,
                    version,
                    missing=ranking.unknown_names,
                    not_given=ranking.not_given,
                    read_as=read_as,
                )
                self.cache.put((cache_version, text, limit), answer)
                for i in todo[text]:
                    answers[i] = _with_notice(answer, cleaned[i])
        return [a for a in answers if a is not None]

    async def aask(self, question: str, *, k: int | None = None) -> Answer:
        """Answer a question without blocking the event loop.

        A repeated question is answered from the cache at once; others join the next batch.

        Args:
            question: the question, as the user typed it.
            k: the most passages to return (up to ``MAX_HITS`` when None).

        Returns:
            The answer.
        """
        engine = self.engine
        c = clean_question(question, self.settings.max_question_chars)
        limit = min(k or MAX_HITS, MAX_HITS)
        cached = self.cache.get((_cache_version(engine), c.text, limit)) if c.text else None
        if cached is not None:
            return _with_notice(cached, c)
        return await self.batcher.submit((question, k))

    def _answer_batch(self, requests: Sequence[tuple[str, int | None]]) -> list[Answer]:
        """Answer a batch of ``(question, k)`` on the batcher's thread, one model call per k."""
        answers: list[Answer | None] = [None] * len(requests)
        by_k: dict[int | None, list[int]] = {}
        for i, (_, k) in enumerate(requests):
            by_k.setdefault(k, []).append(i)
        for k, positions in by_k.items():
            for i, answer in zip(
                positions, self.ask_many([requests[i][0] for i in positions], k=k), strict=True
            ):
                answers[i] = answer
        return [a for a in answers if a is not None]

    def close(self) -> None:
        """Stop the batching thread (questions asked later start it again)."""
        self.batcher.close()

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
                self._serving = _Serving(self._engine(outcome.index), time.time())
                self.cache.clear()  # its answers are keyed to the old index: free them
            before = {d.doc_id: d.sha256 for d in old.documents}
            after = {d.doc_id: d.sha256 for d in new.documents}
            changed = new.corpus_hash != old.corpus_hash
            return ReloadReport(
                changed=changed,
                added=tuple(sorted(after.keys() - before.keys())),
                removed=tuple(sorted(before.keys() - after.keys())),
                modified=tuple(
                    sorted(d for d in after.keys() & before.keys() if after[d] != before[d])
                ),
                chunks=new.chunks,
                seconds=round(time.perf_counter() - started, 2),
                corpus_hash=new.corpus_hash,
                # A rebuild of an unchanged corpus means the index on disk was unusable.
                repaired=outcome.reason if outcome.built and not changed else None,
            )

    async def areload(self) -> ReloadReport:
        """:meth:`reload` off the event loop."""
        return await asyncio.to_thread(self.reload)


def _cache_version(engine: SearchEngine) -> str:
    """The version answers are cached under: the corpus and the build that indexed it."""
    return f"{engine.index.manifest.corpus_hash}/{engine.index.path.name}"


def _with_notice(answer: Answer, question: CleanQuestion) -> Answer:
    """``answer`` as given to this asker (whose question may have been shortened)."""
    return answer if answer.notice == question.notice else replace(answer, notice=question.notice)
