"""Shared fixtures: the real model, loaded once, and a real index of the seed corpus."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from config import Settings, load_settings
from retrieval.embedder import Embedder, load_embedder
from retrieval.service import Answerer
from tests.bot_harness import (
    TOKEN,
    Bot,
    bot_settings,
    open_answerer,
    running_bot,
)
from tests.fake_bot_api import FakeBotApi

# `make test` (and so CI) replays the same examples every run, so a red build is a change's
# fault, never the fuzzer's luck; `make fuzz` draws fresh ones to find new failures.
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

PROJECT = Path(__file__).resolve().parent.parent
SEED_CORPUS = PROJECT / "corpus" / "documents"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The packaged all-MiniLM-L6-v2, loaded once per test session."""
    return load_embedder()


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings over a private copy of the seed corpus and a private index folder."""
    root = tmp_path_factory.mktemp("seed")
    shutil.copytree(SEED_CORPUS, root / "corpus")
    return load_settings(corpus_dir=root / "corpus", index_dir=root / "index")


@pytest.fixture(scope="session")
def answerer(seed_settings: Settings, embedder: Embedder) -> Answerer:
    """An answerer over a real FAISS index of the seed corpus (never reloaded by tests)."""
    return Answerer.open(seed_settings, embedder=embedder)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Iterator[Path]:
    """A writable copy of the seed corpus, for tests that change it."""
    target = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, target)
    yield target


# --- the Telegram bot over a fake Bot API (tests/fake_bot_api.py, tests/bot_harness.py) -----


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """A fake Telegram Bot API on 127.0.0.1, on an ephemeral port."""
    api = FakeBotApi(token=TOKEN)
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


@pytest.fixture
async def bot(
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
    seed_settings: Settings,
    answerer: Answerer,
) -> AsyncIterator[Bot]:
    """The real bot Application, polling the fake API, answering from the shared answerer."""
    settings = bot_settings(
        monkeypatch, fake_api, seed_settings.corpus_dir, seed_settings.index_dir
    )
    async with running_bot(settings, answerer) as app:
        yield Bot(fake_api, app, settings, answerer)


@pytest.fixture
def reloadable_answerer(corpus_copy: Path, tmp_path: Path, embedder: Embedder) -> Answerer:
    """An answerer over its own copy of the corpus and its own index, for reload tests."""
    return open_answerer(corpus_copy, tmp_path / "index", embedder)


@pytest.fixture
async def reload_bot(
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
    corpus_copy: Path,
    tmp_path: Path,
    reloadable_answerer: Answerer,
) -> AsyncIterator[Bot]:
    """The real bot over ``reloadable_answerer``; tests may change ``corpus_copy`` and reload."""
    settings = bot_settings(monkeypatch, fake_api, corpus_copy, tmp_path / "index")
    async with running_bot(settings, reloadable_answerer) as app:
        yield Bot(fake_api, app, settings, reloadable_answerer)
