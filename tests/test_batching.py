"""Micro-batching of concurrent questions, and the answer cache keyed by the index version."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from retrieval.batching import MicroBatcher
from retrieval.service import Answerer

QUESTIONS = [
    "Who vets the people who want to join?",
    "What is the legion's slogan?",
    "Can prisoners of war join?",
    "What is the population of Canada?",
]


async def test_concurrent_submissions_share_batches_and_keep_their_own_results() -> None:
    calls: list[list[int]] = []

    def double(items: Sequence[int]) -> list[int]:
        calls.append(list(items))
        time.sleep(0.02)  # while this runs, the others queue up
        return [2 * i for i in items]

    batcher: MicroBatcher[int, int] = MicroBatcher(double)
    try:
        results = await asyncio.gather(*(batcher.submit(i) for i in range(40)))
    finally:
        batcher.close()
    assert results == [2 * i for i in range(40)]
    assert len(calls) < 40 and max(len(c) for c in calls) > 1
    assert batcher.items == 40 and batcher.batches == len(calls)


async def test_a_failing_batch_fails_its_callers_and_the_next_batch_still_runs() -> None:
    def run(items: Sequence[str]) -> list[str]:
        if "boom" in items:
            raise ValueError("boom")
        return [s.upper() for s in items]

    batcher: MicroBatcher[str, str] = MicroBatcher(run)
    try:
        with pytest.raises(ValueError, match="boom"):
            await batcher.submit("boom")
        assert await batcher.submit("ok") == "OK"
    finally:
        batcher.close()


async def test_a_cancelled_asker_does_not_disturb_the_others() -> None:
    gate = threading.Event()

    def run(items: Sequence[int]) -> list[int]:
        gate.wait(5)
        return list(items)

    batcher: MicroBatcher[int, int] = MicroBatcher(run)
    try:
        first = asyncio.ensure_future(batcher.submit(1))
        second = asyncio.ensure_future(batcher.submit(2))
        await asyncio.sleep(0.05)
        first.cancel()
        gate.set()
        assert await second == 2
        with pytest.raises(asyncio.CancelledError):
            await first
    finally:
        batcher.close()


def test_the_batcher_serves_several_event_loops(answerer: Answerer) -> None:
    one = asyncio.run(answerer.aask(QUESTIONS[0]))
    two = asyncio.run(answerer.aask(QUESTIONS[1]))
    assert one.found and two.found


async def test_concurrent_aask_answers_like_ask_in_fewer_model_calls(answerer: Answerer) -> None:
    answerer.cache.clear()
    before_batches, before_items = answerer.batcher.batches, answerer.batcher.items
    asked = QUESTIONS * 8
    answers = await asyncio.gather(*(answerer.aask(q) for q in asked))
    expected = {q: answerer.ask(q) for q in QUESTIONS}
    for question, answer in zip(asked, answers, strict=True):
        assert [h.chunk.chunk_id for h in answer.hits] == [
            h.chunk.chunk_id for h in expected[question].hits
        ]
    batches = answerer.batcher.batches - before_batches
    served = answerer.batcher.items - before_items
    assert batches < served  # some questions shared a model call (the rest were cached)


async def test_repeated_questions_come_from_the_cache(answerer: Answerer) -> None:
    answerer.cache.clear()
    first = await answerer.aask("  Who vets the people   who want to join? ")
    hits = answerer.cache.hits
    again = await answerer.aask("Who vets the people who want to join?")
    assert again is first  # the very same answer object: nothing was recomputed
    assert answerer.cache.hits == hits + 1
    assert answerer.ask("Who vets the people who want to join?", k=3).hits == first.hits[:3]


def test_the_cache_is_bounded(answerer: Answerer) -> None:
    small = Answerer(answerer.settings, answerer.embedder, answerer.engine.index, cache_size=2)
    for q in QUESTIONS:
        small.ask(q)
    assert len(small.cache) == 2
    assert Answerer(answerer.settings, answerer.embedder, answerer.engine.index, cache_size=0)\
        .ask(QUESTIONS[0]).found  # fmt: skip


def test_a_reload_that_changes_the_index_never_serves_old_answers(
    reloadable_answerer: Answerer, corpus_copy: Path
) -> None:
    question = "Who paid for the lighthouse keeper's new boat?"
    before = reloadable_answerer.ask(question)
    assert len(reloadable_answerer.cache) >= 1
    (corpus_copy / "lighthouse.txt").write_text(
        "Lighthouse keeper gets a boat\n\n"
        "The harbour trust paid for the lighthouse keeper's new boat, the trust said on Monday.\n",
        encoding="utf-8",
    )
    report = reloadable_answerer.reload()
    assert report.changed and len(reloadable_answerer.cache) == 0
    after = reloadable_answerer.ask(question)
    assert after.index_version == report.corpus_hash != before.index_version
    assert after.found and "harbour trust" in after.hits[0].chunk.text
