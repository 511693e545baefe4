"""Which messages are meant for the bot, and what their question is.

In private chats every text is a question. In groups the bot answers only ``/ask``, messages that
mention it, and replies to its own messages, so ordinary chatter never gets a reply.
"""

from __future__ import annotations

from telegram import Chat, Message, MessageEntity, User

_TRIM = " \t\n,:;-–—"


def is_private(message: Message) -> bool:
    """Tell whether a message comes from a one-to-one chat with the bot."""
    return message.chat.type == Chat.PRIVATE


def command_argument(message: Message) -> str:
    """Return the text after a message's leading ``/command`` (or ``/command@bot``)."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def command_addressed_to(message: Message, username: str) -> bool:
    """Tell whether a message's leading command names this bot, as in ``/foo@botname``."""
    first = (message.text or "").split(maxsplit=1)
    if not first or not first[0].startswith("/"):
        return False
    _, at, target = first[0].partition("@")
    return bool(at) and target.lower() == username.lower()


def _cut_utf16(text: str, spans: list[tuple[int, int]]) -> str:
    """Remove ``(offset, length)`` spans counted in UTF-16 units, as Telegram counts them."""
    data = text.encode("utf-16-le")
    for offset, length in sorted(spans, reverse=True):
        data = data[: offset * 2] + data[(offset + length) * 2 :]
    return data.decode("utf-16-le", errors="ignore")


def _mention_spans(message: Message, bot: User) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    username = (bot.username or "").lower()
    for entity, text in message.parse_entities(
        [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    ).items():
        by_name = entity.type == MessageEntity.MENTION and text.lower() == f"@{username}"
        by_id = entity.type == MessageEntity.TEXT_MENTION and entity.user is not None
        if (by_name and username) or (by_id and entity.user and entity.user.id == bot.id):
            spans.append((entity.offset, entity.length))
    return spans


def is_reply_to(message: Message, bot: User) -> bool:
    """Tell whether a message replies to one of the bot's own messages."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None:
        return False
    # Inside forum topics every message "replies" to the topic's first message; that is no reply.
    return replied.from_user.id == bot.id and replied.forum_topic_created is None


def addressed_question(message: Message, bot: User) -> str | None:
    """Return the question a group message puts to the bot, or None when it is not for the bot.

    Args:
        message: a text message from a group chat.
        bot: the bot's own user (for its username and id).

    Returns:
        The text without the mention (possibly empty) when the message mentions the bot or replies
        to one of its messages; None otherwise.
    """
    text = message.text or ""
    spans = _mention_spans(message, bot)
    if spans:
        return _cut_utf16(text, spans).strip(_TRIM)
    if is_reply_to(message, bot):
        return text.strip()
    return None
