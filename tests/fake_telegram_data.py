"""Users, chats and entities for the fake Bot API, shaped like Telegram's JSON objects."""

from __future__ import annotations

import re
from typing import Any

BOT_ID = 7_000_000_001
BOT_USERNAME = "claimqa_test_bot"
ADMIN_ID = 4242
Entities = list[dict[str, Any]]

_COMMAND = re.compile(r"^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,32}")


def user(user_id: int, first_name: str = "Alice", username: str | None = None) -> dict[str, Any]:
    """A human user."""
    found: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        found["username"] = username
    return found


def private_chat(of: dict[str, Any]) -> dict[str, Any]:
    """The one-to-one chat of a user with the bot (its id is the user's id)."""
    return {"id": of["id"], "type": "private", "first_name": of["first_name"]}


def group_chat(chat_id: int, title: str = "Newsroom", *, forum: bool = False) -> dict[str, Any]:
    """A supergroup (ids of groups are negative)."""
    chat: dict[str, Any] = {"id": chat_id, "type": "supergroup", "title": title}
    if forum:
        chat["is_forum"] = True
    return chat


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def message_entities(text: str) -> Entities:
    """The ``bot_command`` and ``mention`` entities Telegram would attach (UTF-16 offsets)."""
    found: Entities = []
    command = _COMMAND.match(text)
    if command:
        found.append({"type": "bot_command", "offset": 0, "length": _utf16(command.group())})
    for mention in _MENTION.finditer(text):
        if command and mention.start() < command.end():
            continue
        offset = _utf16(text[: mention.start()])
        found.append({"type": "mention", "offset": offset, "length": _utf16(mention.group())})
    return found
