"""Quotation marks: blank out quoted words so that the outlet's own words can be read."""

from __future__ import annotations

import re
from collections.abc import Sequence

_QUOTE_MARK_RE = re.compile('[“«„”»"]')
# In a single-quote house style ('They still care,' a source said): an opening mark follows a
# non-letter and precedes text; a closing mark follows text and no letter follows it, so the
# apostrophes of "Kayla's" and "didn't" are never quotation marks.
_SINGLE_MARK_RE = re.compile(r"[“«„”»\"]|(?<!\w)['‘](?=\S)|(?<=\S)['’](?!\w)")
_SINGLE_CLOSE_RE = re.compile(r"[.,!?]['’](?=\s|$)")
_OPEN_QUOTES, _CLOSE_QUOTES = "“«„", "”»"
OPENING_MARKS = '“«„"'
SINGLE_OPENING_MARKS = "'‘"


def single_quote_style(texts: Sequence[str]) -> bool:
    """Whether a document quotes people in single quotation marks, as some British outlets do.

    Args:
        texts: the document's sentences.

    Returns:
        True when it has no double quotation marks but single ones close quoted sentences.
    """
    if any(_QUOTE_MARK_RE.search(t) for t in texts):
        return False
    return sum(len(_SINGLE_CLOSE_RE.findall(t)) for t in texts) >= 2


def mask_quotes(
    text: str, open_at_start: bool, single: bool = False
) -> tuple[str, int, bool, bool]:
    """Blank out quoted material (keeping the marks), so offsets into ``text`` stay valid.

    Curly quotes pair up (a stray closing mark is ignored); straight quotes toggle.

    Args:
        text: one sentence.
        open_at_start: whether a quotation is already open when the sentence begins.
        single: the document quotes in single quotation marks (see :func:`single_quote_style`).

    Returns:
        ``(masked text, quoted characters, quote open at the end, a quote opened here)``.
    """
    marks = _SINGLE_MARK_RE if single else _QUOTE_MARK_RE
    if not open_at_start and marks.search(text) is None:
        return text, 0, False, False
    pieces: list[str] = []
    pos, quoted, opened = 0, 0, False
    open_from = 0 if open_at_start else -1
    for m in marks.finditer(text):
        ch, i = m.group(0), m.start()
        opening = ch in _OPEN_QUOTES or ch == '"' or (ch in "'‘" and not _closes(text, i))
        closing = ch in _CLOSE_QUOTES or ch == '"' or (ch in "'’" and _closes(text, i))
        if open_from < 0 and opening:
            open_from, opened = i + 1, True
        elif open_from >= 0 and closing:
            pieces += [text[pos:open_from], "_" * (i - open_from)]
            quoted += i - open_from
            pos, open_from = i, -1
    if open_from >= 0:
        pieces += [text[pos:open_from], "_" * (len(text) - open_from)]
        quoted += len(text) - open_from
        pos = len(text)
    pieces.append(text[pos:])
    return "".join(pieces), quoted, open_from >= 0, opened


def _closes(text: str, i: int) -> bool:
    """Whether the single mark at ``text[i]`` can close a quotation (text before, none after)."""
    after = text[i + 1 : i + 2]
    return i > 0 and not text[i - 1].isspace() and not (after.isalnum() or after == "_")
