"""Command and message handlers: parse, await the service, render, reply. Nothing more."""

from __future__ import annotations

import asyncio
import logging

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.addressing import (
    addressed_question,
    command_addressed_to,
    command_argument,
    is_private,
)
from bot.factcheck import claims_view, who_view
from bot.notices import (
    render_rate_limited,
    render_reload_crashed,
    render_reload_queued,
    render_text_only,
)
from bot.render import (
    render_ask_usage,
    render_help,
    render_sources,
    render_start,
    render_unknown_command,
)
from bot.render_admin import (
    render_refusal,
    render_reload_failed,
    render_reload_report,
    render_reload_started,
    render_status,
)
from bot.replies import reply, send_answer, typing
from bot.services import BotServices, services
from corpus.errors import ClaimQAError
from retrieval.follow_up import in_context

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
LAST_QUESTION = "last_question"
"""The ``chat_data`` key of the chat's last question, which a follow-up is read after."""


async def answer_question(message: Message, context: Context, question: str) -> None:
    """Answer one question in the chat it came from.

    Args:
        message: the asking message (replies quote it in groups).
        context: the handler context.
        question: the question text; empty gets a usage hint.
    """
    if not question.strip():
        await reply(message, render_ask_usage())
        return
    svc = services(context)
    asker = message.from_user.id if message.from_user else message.chat_id
    verdict = svc.limiter.check(asker)
    if not verdict.allowed:
        log.info("rate limit: question from user %s in chat %s", asker, message.chat_id)
        if verdict.notify:
            await reply(message, render_rate_limited(verdict.retry_in))
        return
    # "when was that?" is read after the chat's question before it.
    chat = context.chat_data if context.chat_data is not None else {}
    searched = in_context(question, chat.get(LAST_QUESTION))
    try:
        async with typing(message, delay=svc.settings.typing_delay_seconds):
            answer = await svc.answerer.aask(searched)
    except ClaimQAError as exc:
        await reply(message, [str(exc)])
        return
    chat[LAST_QUESTION] = searched
    await send_answer(message, svc, answer, asked=question)


async def start(update: Update, context: Context) -> None:
    """/start: greet and explain."""
    if update.effective_message:
        await reply(update.effective_message, render_start())


async def help_command(update: Update, context: Context) -> None:
    """/help: what the bot does, the badge legend, an example question."""
    if update.effective_message:
        await reply(update.effective_message, render_help())


async def ask(update: Update, context: Context) -> None:
    """/ask QUESTION, also as /ask@botname in groups."""
    if update.effective_message:
        message = update.effective_message
        await answer_question(message, context, command_argument(message))


async def private_text(update: Update, context: Context) -> None:
    """Any text in a private chat is a question."""
    if update.effective_message:
        message = update.effective_message
        await answer_question(message, context, message.text or "")


async def group_text(update: Update, context: Context) -> None:
    """In groups answer mentions of the bot and replies to it; ignore all other chatter."""
    message = update.effective_message
    if message is None:
        return
    question = addressed_question(message, context.bot.bot)
    if question is not None:
        await answer_question(message, context, question)


async def sources(update: Update, context: Context) -> None:
    """/sources: the documents with their sentence counts by claim status."""
    if update.effective_message:
        documents = services(context).answerer.documents()
        await reply(update.effective_message, render_sources(documents))


async def who(update: Update, context: Context) -> None:
    """/who [NAME]: the named sources with claim counts, or every claim of one source."""
    if update.effective_message:
        message = update.effective_message
        answerer = services(context).answerer
        await reply(message, who_view(answerer, command_argument(message)))


async def claims(update: Update, context: Context) -> None:
    """/claims STATUS: the corpus's claims of one status, e.g. /claims unconfirmed."""
    if update.effective_message:
        message = update.effective_message
        answerer = services(context).answerer
        await reply(message, claims_view(answerer, command_argument(message)))


async def status(update: Update, context: Context) -> None:
    """/status: corpus version and hash, index size, model, uptime."""
    if update.effective_message:
        svc = services(context)
        await reply(
            update.effective_message, render_status(svc.answerer.info(), uptime=svc.uptime())
        )


async def reload_command(update: Update, context: Context) -> None:
    """/reload (admins only): rebuild the index in the background and report what changed.

    Only the numeric user id counts (``CLAIMQA_ADMIN_IDS``), never a name or a chat title.
    """
    message, user = update.effective_message, update.effective_user
    if message is None:
        return
    svc = services(context)
    user_id = user.id if user else None
    if not svc.is_admin(user_id):
        log.warning("refused /reload from user id %s in chat %s", user_id, message.chat_id)
        await reply(message, render_refusal())
        return
    busy = svc.reloads > 0 or svc.reload_lock.locked()
    svc.reloads += 1  # before any await: a second admin's /reload sees this one at once
    log.info("reload requested by admin user id %s%s", user_id, " (queued)" if busy else "")
    # The task starts queuing for the lock now, so reloads run in the order they were announced;
    # its report waits until the announcement is out, so the admin reads them in that order.
    announced = asyncio.Event()
    context.application.create_task(
        reload_and_report(message, svc, announced), update=update, name="claimqa-reload"
    )
    try:
        await reply(message, render_reload_queued() if busy else render_reload_started())
    finally:
        announced.set()


async def reload_and_report(message: Message, svc: BotServices, announced: asyncio.Event) -> None:
    """Run a reload after any running one and tell the admin how it went.

    Whatever happens, the admin gets a reply (after ``announced`` is set) and the old index
    keeps serving on failure.
    """
    try:
        async with svc.reload_lock:
            report = await svc.answerer.areload()
    except ClaimQAError as exc:
        log.warning("reload failed, the previous index keeps serving: %s", exc)
        await announced.wait()
        await reply(message, render_reload_failed(str(exc)))
        return
    except Exception:
        log.exception("reload failed unexpectedly, the previous index keeps serving")
        await announced.wait()
        await reply(message, render_reload_crashed())
        return
    finally:
        svc.reloads -= 1
    if report.repaired:
        log.warning("reload: the index on disk was unusable and was rebuilt: %s", report.repaired)
    log.info(
        "reload done: changed=%s added=%d removed=%d modified=%d chunks=%d in %.1f s",
        report.changed,
        len(report.added),
        len(report.removed),
        len(report.modified),
        report.chunks,
        report.seconds,
    )
    await announced.wait()
    await reply(message, render_reload_report(report))


async def unknown_command(update: Update, context: Context) -> None:
    """Hint at /help for unknown commands: always in private, in groups only if addressed."""
    message = update.effective_message
    if message is None:
        return
    if is_private(message) or command_addressed_to(message, context.bot.username):
        await reply(message, render_unknown_command())


async def text_only(update: Update, context: Context) -> None:
    """A private message without text (sticker, photo, voice): say what the bot can read."""
    if update.effective_message:
        await reply(update.effective_message, render_text_only())
