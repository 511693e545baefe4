"""Inline buttons under answers, and the short callback data they carry.

Callback data stays well under Telegram's 64-byte limit:

* ``m:<answer id>:<first hit>`` — "More passages"; the answer waits in an in-memory LRU
  (:class:`AnswerCache`), so after a restart the button is stale;
* ``p:<index version prefix>:<chunk id>`` — "Full paragraph"; needs no state, and the version
  prefix tells a button from before a reload.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from retrieval.records import Answer, Hit

VERSION_CHARS = 12
MORE_PREFIX = "m"
PARAGRAPH_PREFIX = "p"
CALLBACK_LIMIT = 64


@dataclass(frozen=True, slots=True)
class MoreButton:
    """Show the next passages of a remembered answer."""

    answer_id: str
    start: int


@dataclass(frozen=True, slots=True)
class ParagraphButton:
    """Show the full paragraph around a passage of a given index version."""

    version: str
    chunk_id: int


class AnswerCache:
    """A bounded LRU of answers keyed by a short random id, for "More passages"."""

    def __init__(self, capacity: int = 2048) -> None:
        """Keep at most ``capacity`` answers; the least recently used go first."""
        self._capacity = capacity
        self._answers: OrderedDict[str, Answer] = OrderedDict()

    def remember(self, answer: Answer) -> str:
        """Store an answer and return its id."""
        answer_id = secrets.token_urlsafe(6)
        self._answers[answer_id] = answer
        while len(self._answers) > self._capacity:
            self._answers.popitem(last=False)
        return answer_id

    def get(self, answer_id: str) -> Answer | None:
        """Return a remembered answer, or None when it expired or never existed."""
        answer = self._answers.get(answer_id)
        if answer is not None:
            self._answers.move_to_end(answer_id)
        return answer

    def __len__(self) -> int:
        return len(self._answers)


def same_version(version_prefix: str, index_version: str) -> bool:
    """Tell whether a button's version prefix names the index serving now."""
    return bool(version_prefix) and index_version.startswith(version_prefix)


def more_data(answer_id: str, start: int) -> str:
    """Callback data for "More passages"."""
    return f"{MORE_PREFIX}:{answer_id}:{start}"


def paragraph_data(index_version: str, chunk_id: int) -> str:
    """Callback data for "Full paragraph"."""
    return f"{PARAGRAPH_PREFIX}:{index_version[:VERSION_CHARS]}:{chunk_id}"


def parse_callback(data: str | None) -> MoreButton | ParagraphButton | None:
    """Parse callback data; None for anything this bot version did not make."""
    kind, _, rest = (data or "").partition(":")
    key, _, number = rest.partition(":")
    if not key or not number.isdecimal() or len(number) > 9:
        return None
    if kind == MORE_PREFIX:
        return MoreButton(key, int(number))
    if kind == PARAGRAPH_PREFIX:
        return ParagraphButton(key, int(number))
    return None


def answer_keyboard(
    shown: Sequence[Hit], *, index_version: str, answer_id: str | None, next_start: int
) -> InlineKeyboardMarkup | None:
    """Build the buttons under an answer.

    Args:
        shown: the passages in the message, for their "Full paragraph" buttons.
        index_version: the version of the index that found them.
        answer_id: the remembered answer's id, or None when there is nothing more to show.
        next_start: the index of the first passage "More passages" shows.

    Returns:
        The keyboard, or None when there are no buttons.
    """
    rows: list[list[InlineKeyboardButton]] = []
    if shown:
        single = len(shown) == 1
        rows.append(
            [
                InlineKeyboardButton(
                    "📄 Full paragraph" if single else f"📄 Paragraph {hit.rank}",
                    callback_data=paragraph_data(index_version, hit.chunk.chunk_id),
                )
                for hit in shown
            ]
        )
    if answer_id is not None:
        rows.append(
            [
                InlineKeyboardButton(
                    "➕ More passages", callback_data=more_data(answer_id, next_start)
                )
            ]
        )
    return InlineKeyboardMarkup(rows) if rows else None


def without_more_button(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """Return ``markup`` without its "More passages" button (it was used)."""
    if markup is None:
        return None
    rows = [
        [
            button
            for button in row
            if not str(button.callback_data or "").startswith(f"{MORE_PREFIX}:")
        ]
        for row in markup.inline_keyboard
    ]
    kept = [row for row in rows if row]
    return InlineKeyboardMarkup(kept) if kept else None
