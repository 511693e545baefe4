"""The one error handler, and the log filter that keeps the bot token out of every log line."""

from __future__ import annotations

import logging

from telegram import Chat, Update
from telegram.error import NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.render import render_error

log = logging.getLogger(__name__)

REDACTED = "<redacted-token>"


class TokenFilter(logging.Filter):
    """Replace the bot token in a record's message and traceback (httpx logs request URLs)."""

    def __init__(self, token: str) -> None:
        """Redact ``token`` from every record this filter sees."""
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        if not self._token:
            return True
        message = record.getMessage()
        if self._token in message:
            record.msg, record.args = message.replace(self._token, REDACTED), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self._token in record.exc_text:
            record.exc_text = record.exc_text.replace(self._token, REDACTED)
        if record.stack_info and self._token in record.stack_info:
            record.stack_info = record.stack_info.replace(self._token, REDACTED)
        return True


def install_token_redaction(token: str) -> TokenFilter:
    """Add a :class:`TokenFilter` to every handler of the root logger.

    Handlers' filters see the records of every logger that propagates to them, so one filter per
    root handler covers httpx, python-telegram-bot and our own code. A root logger without
    handlers gets the default stderr handler first, so nothing is logged around the filter.

    Args:
        token: the bot token.

    Returns:
        The filter (tests remove it again).
    """
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    token_filter = TokenFilter(token)
    for handler in root.handlers:
        if not any(isinstance(f, TokenFilter) and f._token == token for f in handler.filters):
            handler.addFilter(token_filter)
    # httpx logs every request URL, which carries the token, at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return token_filter


def remove_token_redaction(token_filter: TokenFilter) -> None:
    """Take a filter added by :func:`install_token_redaction` off the root handlers."""
    for handler in logging.getLogger().handlers:
        handler.removeFilter(token_filter)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log any error; tell a private-chat user briefly that something went wrong."""
    error = context.error
    if update is None and isinstance(error, NetworkError):
        # Polling hiccups: PTB retries by itself, so one line is enough.
        log.warning("network problem while talking to Telegram: %s", error)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(render_error()[0])
        elif (
            update.effective_chat
            and update.effective_chat.type == Chat.PRIVATE
            and update.effective_message is not None
        ):
            await update.effective_message.reply_text(render_error()[0])
    except TelegramError as exc:
        log.warning("could not tell the user about the error: %s", exc)
