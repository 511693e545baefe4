"""The inline buttons' handler: "More passages" and "Full paragraph"."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Message, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.keyboards import (
    MoreButton,
    ParagraphButton,
    parse_callback,
    same_version,
    without_more_button,
)
from bot.render import render_paragraph, render_reloaded_button, render_stale_button
from bot.replies import reply, send_answer
from bot.services import BotServices, services

log = logging.getLogger(__name__)

NO_MORE = "There are no more passages for this question."


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a button press; stale or unknown buttons get a short note instead of an error."""
    query = update.callback_query
    if query is None:
        return
    parsed = parse_callback(query.data)
    message = query.message if isinstance(query.message, Message) else None
    if parsed is None or message is None:
        await query.answer(render_stale_button())
        return
    svc = services(context)
    if isinstance(parsed, ParagraphButton):
        await _paragraph(query, message, svc, parsed)
    else:
        await _more(query, message, svc, parsed)


async def _paragraph(
    query: CallbackQuery, message: Message, svc: BotServices, pressed: ParagraphButton
) -> None:
    if not same_version(pressed.version, svc.answerer.info().corpus_hash):
        await query.answer(render_reloaded_button())
        return
    chunk = svc.answerer.chunk(pressed.chunk_id)
    paragraph = svc.answerer.paragraph(chunk.doc_id, chunk.paragraph) if chunk else None
    if chunk is None or paragraph is None:
        await query.answer(render_stale_button())
        return
    await query.answer()
    await reply(message, render_paragraph(chunk, paragraph))


async def _more(
    query: CallbackQuery, message: Message, svc: BotServices, pressed: MoreButton
) -> None:
    answer = svc.answers.get(pressed.answer_id)
    if answer is None:
        await query.answer(render_stale_button())
        return
    if answer.index_version != svc.answerer.info().corpus_hash:
        await query.answer(render_reloaded_button())
        return
    if pressed.start >= len(answer.hits):
        await query.answer(NO_MORE)
        return
    await query.answer()
    await send_answer(message, svc, answer, start=pressed.start, answer_id=pressed.answer_id)
    try:
        # The old message loses its "More" button so the same passages are not sent twice.
        await query.edit_message_reply_markup(without_more_button(message.reply_markup))
    except BadRequest as exc:
        log.debug("could not drop the used 'More passages' button: %s", exc)
