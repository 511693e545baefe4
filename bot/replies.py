"""Sending rendered messages: replies in the asker's thread, the "typing" action, answers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError

from bot.addressing import is_private
from bot.keyboards import answer_keyboard
from bot.render import render_answer
from bot.services import BotServices
from retrieval.records import Answer

log = logging.getLogger(__name__)

TYPING_DELAY_SECONDS = 0.15
"""Work shorter than this is answered without "typing" (the setting ``typing_delay_seconds``)."""
TYPING_REFRESH_SECONDS = 4.5
"""Telegram shows "typing" for about five seconds per action."""
TYPING_GRACE_SECONDS = 2.0
"""How long an answer waits for a "typing" request still in flight, so they arrive in order."""

_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Keeps typing tasks referenced until they finish (the loop only holds weak references).
_background: set[asyncio.Task[None]] = set()


async def reply(
    message: Message, texts: Sequence[str], markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Send HTML messages in answer to ``message``; buttons go under the last one.

    In groups every part quotes ``message`` (so the answer lands in its thread, and in its forum
    topic); in private chats nothing is quoted. A deleted ``message`` does not stop the reply.

    Args:
        message: the message answered.
        texts: the rendered parts, each under Telegram's limit.
        markup: inline buttons for the last part.

    Returns:
        The last message sent, or None when ``texts`` is empty.
    """
    quote = (
        False
        if is_private(message)
        else message.build_reply_arguments(allow_sending_without_reply=True)
    )
    sent: Message | None = None
    for i, text in enumerate(texts):
        sent = await message.reply_text(
            text,
            parse_mode=ParseMode.HTML,
            do_quote=quote,
            reply_markup=markup if i == len(texts) - 1 else None,
            link_preview_options=_NO_PREVIEW,
        )
    return sent


async def _keep_typing(message: Message, done: asyncio.Event) -> None:
    thread = message.message_thread_id if message.is_topic_message else None
    while not done.is_set():
        try:
            await message.chat.send_action(ChatAction.TYPING, message_thread_id=thread)
        except TelegramError as exc:
            # The answer matters, the typing hint does not: never fail or retry because of it.
            log.debug("could not send the typing action: %s", exc)
            return
        try:
            await asyncio.wait_for(done.wait(), TYPING_REFRESH_SECONDS)
        except TimeoutError:
            continue


@asynccontextmanager
async def typing(message: Message, *, delay: float = TYPING_DELAY_SECONDS) -> AsyncIterator[None]:
    """Show "typing" in the message's chat while the body runs, once it has run ``delay`` s.

    An answer ready sooner goes out alone: "typing" would only flash before it, and would cost
    a second Bot API call for every answer. A slower one shows "typing" from ``delay`` on, sent
    alongside the work and refreshed while it lasts; on exit a request still in flight gets a
    short grace period so that "typing" never lands after the answer.

    Args:
        message: the message being answered (its chat and forum topic get the action).
        delay: seconds of work before "typing" is shown; 0 shows it at once.
    """
    done = asyncio.Event()
    started: list[asyncio.Task[None]] = []

    def start() -> None:
        task = asyncio.create_task(_keep_typing(message, done), name="claimqa-typing")
        _background.add(task)
        task.add_done_callback(_background.discard)
        started.append(task)

    # A timer rather than a task that sleeps: an instant answer then costs no task at all.
    timer = asyncio.get_running_loop().call_later(delay, start)
    try:
        yield
    finally:
        timer.cancel()
        done.set()
        for task in started:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(task), TYPING_GRACE_SECONDS)


async def send_answer(
    message: Message,
    svc: BotServices,
    answer: Answer,
    *,
    start: int = 0,
    answer_id: str | None = None,
    asked: str | None = None,
) -> Message | None:
    """Reply with passages ``start .. start+top_k`` of an answer, with their buttons.

    Args:
        message: the message to answer.
        svc: the bot's services (settings, answer cache).
        answer: the service's answer.
        start: index of the first passage to show.
        answer_id: the answer's id in the cache, when it is already remembered.
        asked: the question as the user typed it, for the echo.

    Returns:
        The last message sent.
    """
    count = svc.settings.top_k
    shown = answer.hits[start : start + count]
    next_start = start + count
    if next_start < len(answer.hits):
        answer_id = answer_id or svc.answers.remember(answer)
    else:
        answer_id = None
    markup = answer_keyboard(
        shown, index_version=answer.index_version, answer_id=answer_id, next_start=next_start
    )
    texts = render_answer(answer, start=start, count=count, asked=asked)
    return await reply(message, texts, markup)
