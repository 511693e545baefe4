"""The per-user question rate limit: a sliding one-minute window per user.

Only questions count (they cost a model call); /help, /status and buttons do not. Admins are
limited like everyone else. Memory stays bounded: a user is forgotten once their window is empty.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_SECONDS = 60.0
SWEEP_EVERY = 1024
"""Forget idle users after this many new users, so a flood of one-off askers stays bounded."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a question may be asked now.

    Attributes:
        allowed: True when the question is within the limit.
        retry_in: whole seconds until the next question would be allowed (0 when allowed).
        notify: False when the user was already told too often this minute; stay silent then.
    """

    allowed: bool
    retry_in: int = 0
    notify: bool = True


class QuestionLimiter:
    """Allow each user ``per_minute`` questions in any sliding minute; 0 allows everything."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        """Limit every user to ``per_minute`` questions a minute.

        Args:
            per_minute: questions allowed in any 60 seconds; 0 disables the limit.
            clock: a monotonic clock in seconds (tests pass a fake one).
        """
        self.per_minute = per_minute
        self._clock = clock
        self._asked: dict[int, deque[float]] = {}
        self._told: dict[int, deque[float]] = {}
        self._new_users = 0

    def check(self, user_id: int) -> Verdict:
        """Count a question by ``user_id`` if it is allowed, and say whether it is.

        Args:
            user_id: the asker's Telegram user id (or the chat id when there is no user).

        Returns:
            The verdict; refused questions are not counted against the user.
        """
        if self.per_minute <= 0:
            return Verdict(True)
        now = self._clock()
        asked = self._recent(self._asked, user_id, now)
        if len(asked) < self.per_minute:
            asked.append(now)
            return Verdict(True)
        retry_in = max(1, math.ceil(asked[0] + WINDOW_SECONDS - now))
        # The notes are limited too: a flood of questions never becomes a flood of replies.
        told = self._recent(self._told, user_id, now)
        if len(told) >= self.per_minute:
            return Verdict(False, retry_in, notify=False)
        told.append(now)
        return Verdict(False, retry_in)

    def __len__(self) -> int:
        """The number of users remembered now."""
        return len(self._asked.keys() | self._told.keys())

    def _recent(self, book: dict[int, deque[float]], user_id: int, now: float) -> deque[float]:
        stamps = book.get(user_id)
        if stamps is None:
            self._new_users += 1
            if self._new_users >= SWEEP_EVERY:
                self._sweep(now)  # before adding this user, whose book is still empty
            stamps = book[user_id] = deque()
        while stamps and stamps[0] <= now - WINDOW_SECONDS:
            stamps.popleft()
        return stamps

    def _sweep(self, now: float) -> None:
        self._new_users = 0
        for book in (self._asked, self._told):
            for user_id in [u for u, s in book.items() if not s or s[-1] <= now - WINDOW_SECONDS]:
                del book[user_id]
