"""What handlers need, kept in ``application.bot_data`` and reached through :func:`services`."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application, CallbackContext

from bot.keyboards import AnswerCache
from bot.throttle import QuestionLimiter
from config import Settings
from retrieval.service import Answerer

SERVICES_KEY = "claimqa.services"


@dataclass(slots=True)
class BotServices:
    """The services and state shared by every handler.

    Attributes:
        settings: the frozen settings.
        answerer: the answer service.
        answers: recent answers, for their "More passages" buttons.
        started: when the bot started (``time.monotonic()``), for /status.
        limiter: the per-user question rate limit (``settings.rate_limit_per_minute``).
        reload_lock: held by the reload running now; /reload and SIGHUP queue behind it, so
            two admins at once never interleave builds (and wait without holding a thread).
        reloads: /reloads asked for and not finished yet (tells a second admin to wait).
    """

    settings: Settings
    answerer: Answerer
    answers: AnswerCache = field(default_factory=AnswerCache)
    started: float = field(default_factory=time.monotonic)
    limiter: QuestionLimiter = field(init=False)
    reload_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    reloads: int = 0

    def __post_init__(self) -> None:
        self.limiter = QuestionLimiter(self.settings.rate_limit_per_minute)

    def is_admin(self, user_id: int | None) -> bool:
        """Tell whether a Telegram user id may administer the bot."""
        return user_id is not None and user_id in self.settings.admin_ids

    def uptime(self) -> float:
        """Seconds since the bot started."""
        return time.monotonic() - self.started


def install_services(
    application: Application[Any, Any, Any, Any, Any, Any], svc: BotServices
) -> None:
    """Put the services where :func:`services` finds them."""
    application.bot_data[SERVICES_KEY] = svc


def services(context: CallbackContext[Any, Any, Any, Any]) -> BotServices:
    """Return the bot's services from a handler's context.

    Raises:
        RuntimeError: when the application was not built by ``build_application``.
    """
    return _from(context.bot_data)


def services_of(application: Application[Any, Any, Any, Any, Any, Any]) -> BotServices:
    """Return the bot's services from the application (outside handlers)."""
    return _from(application.bot_data)


def _from(bot_data: Any) -> BotServices:
    svc = bot_data.get(SERVICES_KEY)
    if not isinstance(svc, BotServices):
        raise RuntimeError("the application has no ClaimQA services; use build_application()")
    return svc
