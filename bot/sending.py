"""Talking to the Bot API through faults: throttling, bounded retries, and loud give-ups.

python-telegram-bot's :class:`~telegram.ext.AIORateLimiter` throttles calls and, given
``max_retries``, retries a call that got 429 Too Many Requests after sleeping ``retry_after``
(+0.1 s), pausing every other call meanwhile. It does not retry 5xx answers, dropped
connections or timeouts, does not cap ``retry_after``, and does not say which chat lost a
message. :class:`PatientRateLimiter` adds exactly that:

* 5xx and network errors (dropped connections, timeouts) are retried a bounded number of times
  with exponential backoff and jitter; a 400 or 403 is never retried (it would fail again);
* a 429 asking to wait longer than ``max_flood_wait`` gives up at once instead of stalling every
  chat for minutes;
* every retry is logged as a WARNING and a final give-up as an ERROR naming the method and chat.

A timed-out ``sendMessage`` may have reached Telegram; retrying it favours a rare duplicate over a
lost answer (at least once, never silently lost).
"""

from __future__ import annotations

import asyncio
import logging
import random
import warnings
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.ext import AIORateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

NOT_RETRIED = frozenset({"sendChatAction"})
"""Best-effort calls: a lost "typing…" hint is not worth a retry."""
MAX_BACKOFF_SECONDS = 30.0

ApiResult = bool | dict[str, Any] | list[dict[str, Any]]
Request = Callable[..., Coroutine[Any, Any, ApiResult]]


class FloodWaitTooLong(TelegramError):
    """Telegram asked to wait longer than the bot is willing to hold a reply."""

    def __init__(self, seconds: float) -> None:
        """Record how long Telegram asked to wait."""
        super().__init__(f"Flood control asks to wait {seconds:.0f} s, longer than allowed")
        self.seconds = seconds


def retry_after_seconds(exc: RetryAfter) -> float:
    """The wait a 429 asks for, in seconds (PTB returns an int or a timedelta, with a warning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def backoff(attempt: int, base: float) -> float:
    """The wait before retry number ``attempt`` (from 0): ``base·2^attempt``, with jitter.

    The jitter (50-100 %) keeps many chats that failed together from retrying in lockstep.
    """
    return min(MAX_BACKOFF_SECONDS, base * 2.0**attempt) * random.uniform(0.5, 1.0)


class PatientRateLimiter(AIORateLimiter):
    """:class:`AIORateLimiter` plus bounded retries of 5xx and network errors and a flood cap."""

    def __init__(
        self,
        *,
        requests_per_second: float,
        retries: int,
        backoff_seconds: float,
        max_flood_wait: float,
    ) -> None:
        """Throttle, retry and give up within limits.

        Args:
            requests_per_second: calls per second across all chats; 0 disables throttling.
            retries: retries after the first attempt, for 429s and for 5xx/network errors.
            backoff_seconds: the first wait before retrying a 5xx or network error.
            max_flood_wait: the longest 429 ``retry_after`` honoured, in seconds.
        """
        super().__init__(
            overall_max_rate=requests_per_second,
            overall_time_period=1 if requests_per_second else 0,
            max_retries=retries,
        )
        self.retries = retries
        self.backoff_seconds = backoff_seconds
        self.max_flood_wait = max_flood_wait

    async def process_request(
        self,
        callback: Request,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> ApiResult:
        """Make one Bot API call through the throttle, retrying transient failures.

        Args:
            callback: makes the HTTP request.
            args: its positional arguments.
            kwargs: its keyword arguments.
            endpoint: the Bot API method, e.g. ``sendMessage``.
            data: the call's parameters (``chat_id`` names the chat in the logs).
            rate_limit_args: per-call 429 retries, overriding ``retries``.

        Returns:
            The Bot API's result.

        Raises:
            TelegramError: the call failed for good; it was logged as an ERROR first.
        """
        chat = data.get("chat_id", "-")
        attempt = 0
        while True:
            try:
                return await super().process_request(
                    self._capped(callback), args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:
                raise  # our request is wrong, and would be again: the caller reports it
            except NetworkError as exc:  # 5xx, dropped connection, timeout
                if endpoint in NOT_RETRIED or attempt >= self.retries:
                    self._give_up(endpoint, chat, f"after {attempt + 1} attempt(s): {exc}")
                    raise
                wait = backoff(attempt, self.backoff_seconds)
                attempt += 1
                log.warning(
                    "%s to chat %s failed (%s); retry %d of %d in %.1f s",
                    endpoint,
                    chat,
                    exc,
                    attempt,
                    self.retries,
                    wait,
                )
                await asyncio.sleep(wait)
            except TelegramError as exc:  # 429 beyond the retries or the cap, 403, ...
                self._give_up(endpoint, chat, str(exc))
                raise

    def _capped(self, callback: Request) -> Request:
        """Wrap ``callback`` so a 429 asking for too long a wait is not slept on."""

        async def call(*args: Any, **kwargs: Any) -> ApiResult:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                seconds = retry_after_seconds(exc)
                if seconds > self.max_flood_wait:
                    raise FloodWaitTooLong(seconds) from exc
                raise

        return call

    def _give_up(self, endpoint: str, chat: object, why: str) -> None:
        if endpoint in NOT_RETRIED:
            log.debug("%s to chat %s failed: %s", endpoint, chat, why)
            return
        log.error("gave up on %s to chat %s: %s", endpoint, chat, why)
