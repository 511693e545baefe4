"""Turning what a user typed into a question the search can use."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class CleanQuestion:
    """A question ready for search, and a remark for the user if it had to be changed."""

    text: str
    notice: str | None


def clean_question(raw: str, max_chars: int) -> CleanQuestion:
    """Strip markup and control characters, collapse whitespace, and cap the length.

    Args:
        raw: what the user typed.
        max_chars: the longest question searched; longer ones are cut at a word boundary.

    Returns:
        The cleaned question (empty when nothing askable is left) and an optional notice.
    """
    # Bound the work on huge pastes before any character-level pass.
    text = _TAG.sub(" ", raw[: max_chars * 8])
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = _SPACE.sub(" ", text).strip()
    if not any(ch.isalnum() for ch in text):
        return CleanQuestion("", "Please ask a question in words, e.g. “Who vets the recruits?”")
    if len(text) <= max_chars:
        return CleanQuestion(text, None)
    cut = text[:max_chars]
    if " " in cut[max_chars // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return CleanQuestion(
        cut, f"Your question was long, so I searched its first {len(cut):,} characters."
    )
