"""Runs the real bot Application against the fake Bot API, the way ``run_polling`` does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.application import ALLOWED_UPDATES, build_application
from config import Settings, load_settings
from retrieval.embedder import Embedder
from retrieval.records import Answer
from retrieval.service import Answerer
from tests.fake_bot_api import ApiCall, FakeBotApi
from tests.fake_telegram_data import ADMIN_ID, private_chat, user

# Shaped like a real token, so a leak would be recognisable; it only opens the fake.
TOKEN = "123456789:AAH-fake-token-for-tests-0123456789abc"
POLL_TIMEOUT = 2  # seconds a getUpdates long poll waits; stopping does not wait for it


def bot_settings(
    monkeypatch: pytest.MonkeyPatch, api: FakeBotApi, corpus_dir: Path, index_dir: Path
) -> Settings:
    """Settings for a bot talking to ``api``, through the documented environment variables."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", api.base_url)
    monkeypatch.setenv("CLAIMQA_ADMIN_IDS", f"{ADMIN_ID}, 99")
    monkeypatch.setenv("CLAIMQA_CORPUS_DIR", str(corpus_dir))
    monkeypatch.setenv("CLAIMQA_INDEX_DIR", str(index_dir))
    # Retries keep their production count, with short waits so fault tests stay quick.
    monkeypatch.setenv("CLAIMQA_SEND_BACKOFF_SECONDS", "0.05")
    return load_settings()


@asynccontextmanager
async def running_bot(
    settings: Settings, answerer: Answerer
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """Start the Application with long polling (start-up hook included); stop it after."""
    app = build_application(settings, answerer)
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0.0, timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES
        )
        await app.start()
        yield app
    finally:
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()


@dataclass
class Bot:
    """A running bot, its fake Bot API and a default private user."""

    api: FakeBotApi
    app: Application[Any, Any, Any, Any, Any, Any]
    settings: Settings
    answerer: Answerer

    async def ask_private(
        self, text: str, *, sender: dict[str, Any] | None = None, count: int = 1
    ) -> list[ApiCall]:
        """Send ``text`` in a private chat and return the bot's first ``count`` replies."""
        sender = sender or user(1001, "Alice", "alice")
        mark = self.api.mark()
        self.api.send_text(private_chat(sender), sender, text)
        return await self.api.wait_for_messages(sender["id"], count=count, since=mark)


def open_answerer(corpus_dir: Path, index_dir: Path, embedder: Embedder) -> Answerer:
    """A fresh answerer over its own index of ``corpus_dir`` (sharing the loaded model)."""
    return Answerer.open(
        load_settings(corpus_dir=corpus_dir, index_dir=index_dir), embedder=embedder
    )


def answers_wait_for_typing(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> list[ApiCall]:
    """Make every answer slow: it is ready only once the bot has shown "typing" in some chat.

    The bot shows "typing" only while it works on an answer that is not instant; this makes
    each answer wait for that action (failing after a while if it never comes), so a test sees
    what a reader of a slow answer sees. Returns the "typing" calls the answers waited for.
    """
    real = bot.answerer.aask
    seen: list[ApiCall] = []

    async def slow(question: str, **kwargs: Any) -> Answer:
        mark = bot.api.mark()
        (typing,) = await bot.api.wait_for(
            lambda c: c.method == "sendChatAction", since=mark, timeout=10
        )
        seen.append(typing)
        return await real(question, **kwargs)

    monkeypatch.setattr(bot.answerer, "aask", slow)
    return seen


async def send(bot: Bot, sender: dict[str, Any], text: str) -> int:
    """Send ``text`` privately from ``sender`` without waiting; return the mark to wait from."""
    mark = bot.api.mark()
    bot.api.send_text(private_chat(sender), sender, text)
    return mark


async def reply_containing(
    bot: Bot, chat_id: int, needle: str, since: int, timeout: float = 90
) -> ApiCall:
    """Wait for the bot's message to ``chat_id`` that contains ``needle``."""
    (call,) = await bot.api.wait_for(
        lambda c: (
            c.method == "sendMessage"
            and c.status == 200
            and c.params["chat_id"] == chat_id
            and needle in c.params["text"]
        ),
        since=since,
        timeout=timeout,
    )
    return call
