"""Builds and runs the Telegram application: handlers, rate limiting, polling or webhook.

Updates are handled concurrently across chats and in order within a chat
(:mod:`bot.updates`); Bot API calls are throttled and retried within limits (:mod:`bot.sending`).
While serving, the bot writes its pid to ``<index_dir>/bot.pid`` and reloads the corpus on
SIGHUP, so ``claimqa reload`` in a shell can ask a running bot to rebuild. SIGTERM and SIGINT
stop it gracefully: no new updates are taken, and those already taken are answered first.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import secrets
import signal
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import buttons, handlers
from bot.errors import install_token_redaction, on_error
from bot.sending import PatientRateLimiter
from bot.services import BotServices, install_services, services_of
from bot.transport import AiohttpRequest
from bot.updates import ChatOrderedProcessor
from config import Settings
from corpus.errors import ClaimQAError
from retrieval.service import Answerer

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
CONCURRENT_UPDATES = 32
"""Chats served at once: a slow question must not hold up the next chat, and questions asked
together are answered in one batch by the model (up to this many)."""

COMMANDS = [
    BotCommand("ask", "Ask a question about the corpus"),
    BotCommand("help", "What I do and how to read the badges"),
    BotCommand("sources", "The articles I know"),
    BotCommand("who", "Named sources, or every claim of one: /who NAME"),
    BotCommand("claims", "Claims of one status: /claims unconfirmed"),
    BotCommand("status", "Corpus version, index size, model, uptime"),
    BotCommand("start", "Say hello"),
]
"""The command menu; /reload stays out of it because only admins may use it."""

TelegramApp = Application[Any, Any, Any, Any, Any, Any]


async def _register_commands(application: TelegramApp) -> None:
    try:
        await application.bot.set_my_commands(COMMANDS)
    except TelegramError as exc:  # the menu is a nicety; never refuse to serve for it
        log.warning("could not register the command menu: %s", exc)


def rate_limiter(settings: Settings) -> PatientRateLimiter:
    """The throttle and retry policy for Bot API calls, from the settings."""
    return PatientRateLimiter(
        requests_per_second=settings.telegram_requests_per_second,
        retries=settings.send_retries,
        backoff_seconds=settings.send_backoff_seconds,
        max_flood_wait=settings.max_flood_wait_seconds,
    )


def build_application(settings: Settings, answerer: Answerer) -> TelegramApp:
    """Build the bot: handlers, one error handler, throttling and retries, the command menu.

    The Bot API base comes from ``settings.telegram_api_base_url`` (tests point it at a local
    fake). The token is redacted from every log line from here on.

    Args:
        settings: the settings; ``TELEGRAM_BOT_TOKEN`` must be set.
        answerer: the answer service.

    Returns:
        The application, not yet initialised.

    Raises:
        ValueError: when the token is not configured.
    """
    token = settings.token()
    install_token_redaction(token)
    base = settings.telegram_api_base_url
    timeout = settings.telegram_timeout_seconds
    application: TelegramApp = (
        ApplicationBuilder()
        .token(token)
        .base_url(base)
        .base_file_url(base.replace("/bot", "/file/bot", 1) if base.endswith("/bot") else base)
        .rate_limiter(rate_limiter(settings))
        .concurrent_updates(ChatOrderedProcessor(CONCURRENT_UPDATES))
        .request(
            AiohttpRequest(connect_timeout=timeout, read_timeout=timeout, write_timeout=timeout)
        )
        # Long polls keep python-telegram-bot's own short defaults (the poll adds its timeout).
        .get_updates_request(AiohttpRequest(pool_size=1))
        .post_init(_register_commands)
        .build()
    )
    install_services(application, BotServices(settings=settings, answerer=answerer))
    only_new = filters.UpdateType.MESSAGE  # edited messages are not new questions
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    for name, callback in [
        ("start", handlers.start),
        ("help", handlers.help_command),
        ("ask", handlers.ask),
        ("sources", handlers.sources),
        ("who", handlers.who),
        ("claims", handlers.claims),
        ("status", handlers.status),
        ("reload", handlers.reload_command),
    ]:
        application.add_handler(CommandHandler(name, callback, filters=only_new))
    text = only_new & filters.TEXT & ~filters.COMMAND
    application.add_handler(MessageHandler(text & private, handlers.private_text))
    application.add_handler(MessageHandler(text & groups, handlers.group_text))
    application.add_handler(MessageHandler(only_new & filters.COMMAND, handlers.unknown_command))
    # Stickers, photos, voice notes: a hint in private chats; silence elsewhere.
    no_text = only_new & private & ~filters.TEXT & ~filters.StatusUpdate.ALL
    application.add_handler(MessageHandler(no_text, handlers.text_only))
    application.add_handler(CallbackQueryHandler(buttons.button))
    application.add_error_handler(on_error)
    return application


def freeze_heap() -> None:
    """Leave everything loaded so far (model, index, application) out of garbage collection.

    Those objects live as long as the process, yet every full collection walked them all while
    the event loop and the answering thread waited: under load, with a few hundred thousand
    objects, pauses of up to 90 ms and half of all collection time (docs/performance.md).
    Frozen, a collection looks only at what serving allocates; they are still freed as usual
    when nothing refers to them (e.g. an index replaced by a reload).
    """
    gc.collect()
    gc.freeze()


def _write_pid(settings: Settings) -> None:
    path = settings.bot_pid_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{os.getpid()}\n", encoding="utf-8")


def _remove_pid(settings: Settings) -> None:
    path = settings.bot_pid_file
    try:
        if path.read_text(encoding="utf-8").strip() == str(os.getpid()):
            path.unlink()
    except OSError:
        pass  # already gone, or another bot's file: leave it


async def _reload_on_signal(application: TelegramApp) -> None:
    svc = services_of(application)
    async with svc.reload_lock:  # after any /reload still running, never alongside it
        try:
            report = await svc.answerer.areload()
        except ClaimQAError as exc:
            log.error("SIGHUP reload failed, the previous index keeps serving: %s", exc)
            return
    log.info(
        "SIGHUP reload done: changed=%s added=%s removed=%s modified=%s chunks=%d in %.1f s",
        report.changed,
        list(report.added),
        list(report.removed),
        list(report.modified),
        report.chunks,
        report.seconds,
    )


def _serve_hooks(application: TelegramApp, settings: Settings) -> None:
    """Add the pid file and the SIGHUP reload around the application's own start-up hooks."""
    post_init, post_shutdown = application.post_init, application.post_shutdown

    async def started(app: TelegramApp) -> None:
        if post_init is not None:
            await post_init(app)
        _write_pid(settings)

        def on_hup() -> None:
            log.info("SIGHUP received: reloading the corpus")
            app.create_task(_reload_on_signal(app), name="claimqa-sighup-reload")

        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, on_hup)
        except (NotImplementedError, AttributeError):  # no SIGHUP (Windows)
            log.warning("reload on SIGHUP is not available on this platform")
        log.info("serving as @%s (pid %d)", app.bot.username, os.getpid())

    async def stopped(app: TelegramApp) -> None:
        _remove_pid(settings)
        if post_shutdown is not None:
            await post_shutdown(app)

    application.post_init = started
    application.post_shutdown = stopped


def run_polling(settings: Settings, answerer: Answerer) -> None:
    """Serve with long polling until SIGINT or SIGTERM (blocking).

    Args:
        settings: the settings; ``TELEGRAM_BOT_TOKEN`` must be set.
        answerer: the answer service.
    """
    application = build_application(settings, answerer)
    _serve_hooks(application, settings)
    freeze_heap()
    try:
        application.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False)
    finally:
        _remove_pid(settings)


def webhook_options(url: str, listen: str, port: int) -> dict[str, Any]:
    """Return the keyword arguments for ``run_webhook``/``start_webhook`` for a public URL.

    The local path is the URL's path, and a fresh random secret token makes the bot ignore posts
    that do not come from Telegram (the token itself never appears in the URL).

    Args:
        url: the public HTTPS URL Telegram posts updates to.
        listen: the local address to listen on.
        port: the local port.

    Returns:
        ``listen``, ``port``, ``url_path``, ``webhook_url``, ``secret_token`` and
        ``allowed_updates``.
    """
    return {
        "listen": listen,
        "port": port,
        "url_path": urlsplit(url).path.strip("/"),
        "webhook_url": url,
        "secret_token": secrets.token_urlsafe(32),
        "allowed_updates": ALLOWED_UPDATES,
    }


def run_webhook(
    settings: Settings, answerer: Answerer, *, url: str, listen: str, port: int
) -> None:
    """Serve through a webhook until SIGINT or SIGTERM (blocking).

    Args:
        settings: the settings; ``TELEGRAM_BOT_TOKEN`` must be set.
        answerer: the answer service.
        url: the public HTTPS URL Telegram posts updates to (e.g. behind a reverse proxy).
        listen: the local address to listen on, e.g. ``127.0.0.1``.
        port: the local port.
    """
    application = build_application(settings, answerer)
    _serve_hooks(application, settings)
    freeze_heap()
    try:
        application.run_webhook(**webhook_options(url, listen, port))
    finally:
        _remove_pid(settings)
