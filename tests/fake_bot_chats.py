"""The users' side of the fake Bot API: messages and button presses, and waiting for replies.

Mixed into :class:`tests.fake_bot_api.FakeBotApi`, whose state it reads and writes.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tests.fake_telegram_data import Entities, message_entities

if TYPE_CHECKING:
    from tests.fake_bot_api import Fault


@dataclass
class ApiCall:
    """One recorded call."""

    method: str
    params: dict[str, Any]
    at: float
    fault: Fault | None = None
    status: int | None = None
    """The HTTP status answered (0 for a dropped connection); None while in progress."""
    result: Any = None


class ChatSide:
    """Pushing what users do, and waiting (with timeouts) for what the bot sends."""

    calls: list[ApiCall]
    _updates: list[dict[str, Any]]
    _messages: dict[tuple[int, int], dict[str, Any]]
    _update_ids: itertools.count[int]
    _message_ids: dict[int, itertools.count[int]]
    _query_ids: itertools.count[int]
    _changed: asyncio.Event
    _chats: dict[int, dict[str, Any]]

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (``update_id`` is assigned) for ``getUpdates``."""
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._notify()
        return update

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def send_text(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
        thread_id: int | None = None,
        entities: Entities | None = None,
    ) -> dict[str, Any]:
        """Push a text message from ``user`` in ``chat``; return the message.

        Args:
            chat: the chat (see ``tests.fake_telegram_data``).
            user: the sender.
            text: the text; ``/commands`` and ``@mentions`` get entities unless ``entities``.
            reply_to: the message it replies to (e.g. one the bot sent).
            thread_id: a forum topic id.
            entities: explicit entities.
        """
        message = self.new_message(
            chat, user, text, reply_to=reply_to, thread_id=thread_id, entities=entities
        )
        self.push({"message": message})
        return message

    def new_message(
        self,
        chat: dict[str, Any],
        user: dict[str, Any],
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
        thread_id: int | None = None,
        entities: Entities | None = None,
    ) -> dict[str, Any]:
        """Make a message like :meth:`send_text` does, without queueing it (e.g. for webhooks)."""
        self._chats[chat["id"]] = chat
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
        }
        found = message_entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        return message

    def press_button(
        self, user: dict[str, Any], message: dict[str, Any], data: str
    ) -> dict[str, Any]:
        """Push a callback query for a button under one of the bot's messages."""
        query = {
            "id": str(next(self._query_ids)),
            "from": user,
            "chat_instance": f"ci{message['chat']['id']}",
            "message": self.message(message["chat"]["id"], message["message_id"]) or message,
            "data": data,
        }
        self.push({"callback_query": query})
        return query

    def chat_of(self, chat_id: int) -> dict[str, Any]:
        """The chat with this id, as the tests introduced it."""
        if chat_id in self._chats:
            return self._chats[chat_id]
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "User"}
        return {"id": chat_id, "type": "supergroup", "title": "Group"}

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """A message the bot sent, as it is now (after edits)."""
        return self._messages.get((chat_id, message_id))

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def mark(self) -> int:
        """A position in :attr:`calls`; pass it as ``since`` to wait only for later calls."""
        return len(self.calls)

    async def wait_for(
        self,
        predicate: Callable[[ApiCall], bool],
        *,
        count: int = 1,
        timeout: float = 15.0,
        since: int = 0,
    ) -> list[ApiCall]:
        """Wait until ``count`` finished calls from ``since`` on match ``predicate``.

        Raises:
            TimeoutError: naming the last calls seen, when they do not come in time.
        """
        deadline = time.monotonic() + timeout
        while True:
            matching = [c for c in self.calls[since:] if c.status is not None and predicate(c)]
            if len(matching) >= count:
                return matching[:count]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                seen = [(c.method, c.params.get("text", "")[:80]) for c in self.calls[-20:]]
                raise TimeoutError(f"expected {count} matching call(s); last calls: {seen}")
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), remaining)
            except TimeoutError:
                continue

    async def wait_for_messages(
        self, chat_id: int, *, count: int = 1, timeout: float = 15.0, since: int = 0
    ) -> list[ApiCall]:
        """Wait for ``count`` successful ``sendMessage`` calls to ``chat_id`` from ``since`` on."""
        return await self.wait_for(
            lambda c: c.method == "sendMessage" and c.status == 200
            and c.params.get("chat_id") == chat_id,
            count=count,
            timeout=timeout,
            since=since,
        )  # fmt: skip

    def sent(
        self, method: str = "sendMessage", chat_id: int | None = None, since: int = 0
    ) -> list[ApiCall]:
        """Successful calls of ``method`` (to ``chat_id`` when given) from ``since`` on."""
        return [c for c in self.calls[since:] if c.method == method and c.status == 200
                and (chat_id is None or c.params.get("chat_id") == chat_id)]  # fmt: skip
