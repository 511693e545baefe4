"""The one error handler, and the redaction that keeps the bot token out of every log line.

The token sits in every Bot API URL, so anything that logs a URL or an exception about a request
could leak it. Redaction happens twice: when a log record is made (so handlers added later, such
as pytest's, are covered) and again in a filter on the root handlers; uncaught exceptions printed
by Python itself go through a redacting ``sys.excepthook``.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from telegram import Chat, Update
from telegram.error import NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.render import render_error

log = logging.getLogger(__name__)

REDACTED = "<redacted-token>"


def redact(text: str, tokens: set[str] | frozenset[str]) -> str:
    """Return ``text`` with every token in ``tokens`` replaced by :data:`REDACTED`."""
    for token in tokens:
        if token and token in text:
            text = text.replace(token, REDACTED)
    return text


def _scrub(record: logging.LogRecord, tokens: set[str] | frozenset[str]) -> None:
    """Redact a record's message, traceback and stack in place."""
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: logging reports it itself
        return
    if any(t and t in message for t in tokens):
        record.msg, record.args = redact(message, tokens), None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text, tokens)
    if record.stack_info:
        record.stack_info = redact(record.stack_info, tokens)


class TokenFilter(logging.Filter):
    """Replace the bot token in a record's message and traceback (httpx logs request URLs)."""

    def __init__(self, token: str) -> None:
        """Redact ``token`` from every record this filter sees."""
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        if self._token:
            _scrub(record, {self._token})
        return True


class _RedactingRecordFactory:
    """Wraps the log record factory so every record is redacted as it is made."""

    def __init__(self, inner: Callable[..., logging.LogRecord]) -> None:
        self.inner = inner
        self.tokens: set[str] = set()

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.inner(*args, **kwargs)
        if self.tokens:
            _scrub(record, self.tokens)
        return record


class _RedactingExceptHook:
    """Prints uncaught exceptions like Python does, with the tokens redacted."""

    def __init__(self, tokens: set[str]) -> None:
        self.tokens = tokens

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(redact(text, self.tokens))

    def in_thread(self, args: threading.ExceptHookArgs) -> None:
        """The same for an exception that ends a thread (``threading.excepthook``)."""
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread else "?"
        sys.stderr.write(f"Exception in thread {name}:\n")
        self(args.exc_type, args.exc_value, args.exc_traceback)


def _redacting_factory() -> _RedactingRecordFactory:
    factory = logging.getLogRecordFactory()
    if not isinstance(factory, _RedactingRecordFactory):
        factory = _RedactingRecordFactory(factory)
        logging.setLogRecordFactory(factory)
    if not isinstance(sys.excepthook, _RedactingExceptHook):
        hook = _RedactingExceptHook(factory.tokens)
        sys.excepthook, threading.excepthook = hook, hook.in_thread
    return factory


def install_token_redaction(token: str) -> TokenFilter:
    """Redact ``token`` from every log record and uncaught exception from now on.

    Every record is redacted when it is made (a record factory), whichever handler writes it
    later; each root handler also gets a :class:`TokenFilter`, which covers records made some
    other way. A root logger without handlers gets the default stderr handler first.

    Args:
        token: the bot token.

    Returns:
        The filter (tests remove it again).
    """
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    _redacting_factory().tokens.add(token)
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
    """Log any error with its chat; tell a private-chat user briefly that something went wrong."""
    error = context.error
    if update is None and isinstance(error, NetworkError):
        # Polling hiccups: PTB retries by itself, so one line is enough.
        log.warning("network problem while talking to Telegram: %s", error)
        return
    if not isinstance(update, Update):
        log.error("error outside any update", exc_info=error)
        return
    chat, user = update.effective_chat, update.effective_user
    log.error(
        "error while handling update %s (chat %s, user %s)",
        update.update_id,
        chat.id if chat else None,
        user.id if user else None,
        exc_info=error,
    )
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(render_error()[0])
        elif chat and chat.type == Chat.PRIVATE and update.effective_message is not None:
            await update.effective_message.reply_text(render_error()[0])
    except TelegramError as exc:
        log.warning("could not tell chat %s about the error: %s", chat.id if chat else None, exc)
