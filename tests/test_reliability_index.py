"""The index is never lost or half-written, and reloads are serialised and lose no question.

Builds go to a hidden temporary folder and only then become ``CURRENT``. These tests kill a real
``claimqa index`` mid-build, fill the disk (writes really go to ``/dev/full``), damage the files
of the current build, and reload while questions pour in, over HTTP to the fake Bot API.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import retrieval.service
from retrieval.builder import RECIPE
from retrieval.embedder import Embedder
from retrieval.errors import IndexStoreError
from retrieval.service import Answerer
from retrieval.store import current_build, load_index
from retrieval.vector_index import VectorIndex
from tests.bot_harness import Bot, reply_containing, send
from tests.fake_bot_api import FakeBotApi
from tests.fake_telegram_data import ADMIN_ID, private_chat, user
from tests.reliability_support import (
    CLAIMQA,
    VETTING,
    bot_with,
    disk_full,
    harbour_article,
    replies_to,
    start_child,
    stop_child,
    wait_until,
)

SECOND_ADMIN = user(99, "Second admin")  # bot_settings makes ids 4242 and 99 admins
ADMIN = user(ADMIN_ID, "Admin", "the_admin")


def damage(index_dir: Path, how: str) -> None:
    """Damage the current build the way a bad disk, a crash or a wrong tool would."""
    build = current_build(index_dir)
    if how == "corrupt index.faiss":
        (build / "index.faiss").write_bytes(os.urandom(4096))
    elif how == "truncated chunks.jsonl":
        data = (build / "chunks.jsonl").read_bytes()
        (build / "chunks.jsonl").write_bytes(data[: len(data) // 2])
    elif how == "manifest from another model":
        manifest = json.loads((build / "manifest.json").read_text())
        manifest["model"] = "someone/else-mpnet-base"
        (build / "manifest.json").write_text(json.dumps(manifest))
    else:
        raise ValueError(how)


DAMAGE = {
    "corrupt index.faiss": "index.faiss is corrupt",
    "truncated chunks.jsonl": "chunks.jsonl",
    "manifest from another model": "built with someone/else-mpnet-base",
}


# --- a killed build -------------------------------------------------------------------------

HANG_AFTER_WRITING_VECTORS = (
    "import sys, time\n"
    "from retrieval.vector_index import VectorIndex\n"
    "real_save = VectorIndex.save\n"
    "def save_then_hang(self, path):\n"
    "    real_save(self, path)\n"
    "    print('CHILD: index.faiss written', file=sys.stderr, flush=True)\n"
    "    time.sleep(600)\n"
    "VectorIndex.save = save_then_hang\n"
    "from claimqa.cli import main\n"
    "main()\n"
)
KILL_POINTS = {
    # `claimqa index` itself, killed once it logs that it embeds a long new document.
    "while embedding": ([str(CLAIMQA)], "embedding", 600),
    # The same command, paused inside the save: chunks and vectors written, no manifest yet.
    "while writing the build": (
        [sys.executable, "-c", HANG_AFTER_WRITING_VECTORS],
        "CHILD: index.faiss written",
        20,
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("when", sorted(KILL_POINTS))
async def test_a_build_killed_midway_leaves_the_previous_index_serving(
    when: str, reloadable_answerer: Answerer, corpus_copy: Path, embedder: Embedder
) -> None:
    answerer = reloadable_answerer
    index_dir = answerer.settings.index_dir
    before = current_build(index_dir)
    command, marker, paragraphs = KILL_POINTS[when]
    (corpus_copy / "harbour.txt").write_text(harbour_article(paragraphs), encoding="utf-8")
    args = [*command, "index", "--corpus", str(corpus_copy), "--index", str(index_dir)]
    proc, log = await start_child(*args, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    try:
        await log.wait_for(marker, 120)
        proc.send_signal(signal.SIGKILL)
        assert await asyncio.wait_for(proc.wait(), 30) == -signal.SIGKILL
    finally:
        await stop_child(proc)
    # The pointer still names the previous build, which loads and answers.
    assert current_build(index_dir) == before
    assert load_index(index_dir, model=embedder.name, recipe=RECIPE).path == before
    assert "Security Services" in answerer.ask(VETTING).hits[0].chunk.text  # still serving
    fresh = Answerer.open(answerer.settings, build=False, embedder=embedder)
    assert fresh.info().corpus_hash == answerer.info().corpus_hash
    if when == "while writing the build":
        leftovers = [p for p in (index_dir / "builds").iterdir() if p.name.startswith(".tmp")]
        assert len(leftovers) == 1 and not (leftovers[0] / "manifest.json").exists()
        # The next build succeeds beside the half-written one, which is never served.
        report = answerer.reload()
        assert report.added == ("harbour.txt",)
        assert current_build(index_dir) not in (before, leftovers[0])


# --- a full disk and damaged files, in a running bot -----------------------------------------


def test_faiss_vectors_on_a_full_disk_raise_instead_of_writing_half_a_file() -> None:
    vectors = VectorIndex.build(np.eye(8, dtype=np.float32))
    with pytest.raises(OSError, match="No space left"):
        vectors.save(Path("/dev/full"))


async def test_a_full_disk_fails_the_reload_clearly_and_the_old_index_keeps_serving(
    reload_bot: Bot, corpus_copy: Path
) -> None:
    bot = reload_bot
    index_dir = bot.settings.index_dir
    before, version = current_build(index_dir), bot.answerer.info().corpus_hash
    (corpus_copy / "harbour.txt").write_text(harbour_article(20), encoding="utf-8")
    with disk_full(index_dir):
        mark = await send(bot, ADMIN, "/reload")
        failed = await reply_containing(bot, ADMIN_ID, "Reload failed", mark)
        asker = user(5101, "Asker")
        (answer,) = await bot.ask_private(VETTING, sender=asker)  # still answering
    assert "No space left on device" in failed.params["text"]
    assert "The previous index is still answering questions" in failed.params["text"]
    assert "Security Services" in answer.params["text"]
    assert current_build(index_dir) == before and bot.answerer.info().corpus_hash == version
    assert not [p for p in (index_dir / "builds").iterdir() if p.name.startswith(".tmp")]
    # Space is back: the next reload succeeds.
    mark = await send(bot, ADMIN, "/reload")
    done = await reply_containing(bot, ADMIN_ID, "Reloaded in", mark)
    assert "Documents added: 1 (harbour.txt)" in done.params["text"]


@pytest.mark.parametrize("how", sorted(DAMAGE))
async def test_a_damaged_index_keeps_serving_from_memory_and_reload_repairs_it(
    reload_bot: Bot, how: str
) -> None:
    bot = reload_bot
    index_dir = bot.settings.index_dir
    damage(index_dir, how)
    with pytest.raises(IndexStoreError, match=DAMAGE[how]):  # what a restart would hit
        load_index(index_dir, model=bot.answerer.embedder.name, recipe=RECIPE)
    (answer,) = await bot.ask_private(VETTING, sender=user(5201, "Asker"))
    assert "Security Services" in answer.params["text"]
    mark = await send(bot, ADMIN, "/reload")
    report = await reply_containing(bot, ADMIN_ID, "Nothing changed in the corpus", mark)
    text = report.params["text"]
    assert "The index on disk was unusable, so I rebuilt it" in text and DAMAGE[how] in text
    assert load_index(index_dir, model=bot.answerer.embedder.name, recipe=RECIPE).vectors.size


async def test_a_damaged_index_on_a_full_disk_fails_clearly_everywhere(
    reload_bot: Bot, embedder: Embedder
) -> None:
    bot = reload_bot
    settings = bot.answerer.settings
    damage(settings.index_dir, "corrupt index.faiss")
    with disk_full(settings.index_dir):
        mark = await send(bot, ADMIN, "/reload")
        failed = await reply_containing(bot, ADMIN_ID, "Reload failed", mark)
        with pytest.raises(IndexStoreError, match="No space left on device"):
            Answerer.open(settings, embedder=embedder)  # a restart: rebuilding fails too
    assert "No space left on device" in failed.params["text"]
    with pytest.raises(IndexStoreError, match=r"index\.faiss is corrupt"):
        Answerer.open(settings, build=False, embedder=embedder)
    (answer,) = await bot.ask_private(VETTING, sender=user(5301, "Asker"))
    assert "Security Services" in answer.params["text"]  # the running bot never stopped


# --- concurrent reloads and questions during a reload ---------------------------------------


async def test_two_admins_reloading_at_once_are_serialised_and_both_answered(
    reload_bot: Bot, corpus_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = reload_bot
    spans: list[tuple[float, float]] = []
    running = threading.Lock()
    real_ensure = retrieval.service.ensure_index

    def watched_ensure(*args: Any, **kwargs: Any) -> Any:
        assert running.acquire(blocking=False), "two builds ran at the same time"
        started = time.monotonic()
        try:
            time.sleep(0.3)  # widen the window in which a second build could sneak in
            return real_ensure(*args, **kwargs)
        finally:
            spans.append((started, time.monotonic()))
            running.release()

    monkeypatch.setattr(retrieval.service, "ensure_index", watched_ensure)
    (corpus_copy / "harbour.txt").write_text(harbour_article(20), encoding="utf-8")
    mark = bot.api.mark()
    for admin in (ADMIN, SECOND_ADMIN):
        bot.api.send_text(private_chat(admin), admin, "/reload")
    # Both updates are taken at once, so either admin's reload may be the one that runs first.
    done = await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and c.status == 200 and "✅" in c.params["text"],
        since=mark,
        count=2,
        timeout=90,
    )
    built, unchanged = sorted(done, key=lambda c: "Nothing changed" in c.params["text"])
    assert "Documents added: 1 (harbour.txt)" in built.params["text"]
    assert "Nothing changed" in unchanged.params["text"]
    assert built.params["chat_id"] != unchanged.params["chat_id"]
    # Whoever was told "reloading" ran first; whoever was told "queued" ran after.
    started = replies_to(bot.api, built.params["chat_id"], since=mark)[0]
    assert "Reloading the corpus" in started.params["text"]
    queued = replies_to(bot.api, unchanged.params["chat_id"], since=mark)[0]
    assert "already running" in queued.params["text"]
    assert len(spans) == 2 and spans[0][1] <= spans[1][0]  # one after the other


@pytest.mark.slow
async def test_a_reload_during_200_questions_loses_none(
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
    reloadable_answerer: Answerer,
    corpus_copy: Path,
) -> None:
    (corpus_copy / "harbour.txt").write_text(harbour_article(60), encoding="utf-8")
    askers = [user(6000 + i, f"Asker{i}") for i in range(200)]
    async with bot_with(
        monkeypatch, fake_api, reloadable_answerer, telegram_requests_per_second="200"
    ) as bot:
        mark = bot.api.mark()
        bot.api.send_text(private_chat(ADMIN), ADMIN, "/reload")
        for i, asker in enumerate(askers):
            bot.api.send_text(private_chat(asker), asker, f"{VETTING} #{i}")
        report = await reply_containing(bot, ADMIN_ID, "Reloaded in", mark)

        def all_answered() -> bool:
            return all(replies_to(bot.api, a["id"], since=mark) for a in askers)

        await wait_until(all_answered, 120, "an answer to each of the 200 questions")
    answers = [replies_to(fake_api, a["id"], since=mark) for a in askers]
    assert all(len(a) == 1 for a in answers)  # one answer each: none lost, none doubled
    for i, (answer,) in enumerate(answers):
        text = answer.params["text"]
        assert f"#{i}</i>" in text and "Security Services" in text
    assert any(a.at < report.at for (a,) in answers)  # some were answered during the rebuild
    assert "harbour.txt" in report.params["text"]
