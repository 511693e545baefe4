"""Processing updates concurrently across chats but one after another within a chat.

python-telegram-bot's ``concurrent_updates(n)`` runs any ``n`` updates at once, so two questions
from one chat could be answered out of order. :class:`ChatOrderedProcessor` keeps a FIFO lock per
chat: a chat's updates run in the order Telegram delivered them, while up to ``workers`` chats are
served at the same time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

PENDING_LIMIT = 100_000
"""Updates that may wait at once. PTB's own semaphore is taken *before* ours; were it small,
the queued updates of one busy chat could fill it and stall every other chat."""


@dataclass(slots=True)
class _ChatTurn:
    """The lock of one chat and how many of its updates hold or wait for it."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Run updates of different chats concurrently and those of one chat in order."""

    def __init__(self, workers: int) -> None:
        """Serve up to ``workers`` updates (of different chats) at the same time.

        Args:
            workers: updates handled at once; a chat never has more than one of them.
        """
        super().__init__(PENDING_LIMIT)
        self.workers = workers
        self._slots = asyncio.Semaphore(workers)
        self._chats: dict[int, _ChatTurn] = {}

    @property
    def waiting_chats(self) -> int:
        """Chats with an update being handled or waiting (for tests and /status)."""
        return len(self._chats)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's turn, then for a free slot, then handle the update.

        Nothing here awaits before the chat lock is requested, so updates of a chat queue up in
        the order the application hands them over (asyncio locks wake waiters first in, first
        out).

        Args:
            update: the update.
            coroutine: the application's handling of it.
        """
        chat_id = _chat_id(update)
        if chat_id is None:
            async with self._slots:
                await coroutine
            return
        turn = self._chats.get(chat_id)
        if turn is None:
            turn = self._chats[chat_id] = _ChatTurn()
        turn.users += 1
        try:
            async with turn.lock, self._slots:
                await coroutine
        finally:
            turn.users -= 1
            if turn.users == 0:
                del self._chats[chat_id]  # bounded memory: idle chats are forgotten

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free; the application waits for pending updates before this."""


def _chat_id(update: object) -> int | None:
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None
