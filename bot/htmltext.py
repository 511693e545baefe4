"""Telegram-HTML helpers that know nothing of Telegram's client library.

:func:`split_html` cuts a message into parts under Telegram's limit without ever breaking a tag
or an entity; :func:`to_plain` turns the same HTML into text for the console.
"""

from __future__ import annotations

import html
import re
from collections import deque
from html.parser import HTMLParser

MESSAGE_LIMIT = 4096
"""Telegram's limit on a message's text, in UTF-16 code units."""

# Tags, entities, newlines, other whitespace, words, and stray "<"/"&" - together they cover every
# character, so joining the tokens gives back the input.
_TOKEN = re.compile(r"<[^<>]*>|&#?\w+;|\n|[^\S\n]+|[^<&\s]+|[<&]")
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)")
_WHOLE_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&#?\w+;")
_HALF = 2  # a cut is only taken at a paragraph break if that part is at least limit/_HALF long


def utf16_len(text: str) -> int:
    """Return the length of ``text`` as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Escape text for Telegram HTML (``<``, ``>``, ``&`` and quotes)."""
    return html.escape(text, quote=True)


def shorten(text: str, limit: int) -> str:
    """Return ``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"


def _closers(stack: list[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(stack))


def _openers(stack: list[tuple[str, str]]) -> list[str]:
    return [tag for _, tag in stack]


def _after(stack: list[tuple[str, str]], token: str) -> list[tuple[str, str]]:
    """Return the open-tag stack after ``token``."""
    match = _TAG.match(token) if token.startswith("<") and token.endswith(">") else None
    if match is None:
        return stack
    closing, name = match.group(1) == "/", match.group(2).lower()
    if not closing:
        return [*stack, (name, token)]
    for i in range(len(stack) - 1, -1, -1):
        if stack[i][0] == name:
            return stack[:i] + stack[i + 1 :]
    return stack


def _visible(part: str) -> bool:
    # Any character outside tags and entities that is not white space is visible, and answers
    # always have one: only a part made of tags, entities and spaces needs the HTML parser
    # (about 0.15 ms of the event loop per answer).
    if _ENTITY.sub("", _WHOLE_TAG.sub("", part)).strip():
        return True
    return bool(to_plain(part).strip())


def split_html(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split Telegram HTML into messages of at most ``limit`` UTF-16 units each.

    Cuts prefer a blank line, then a line break, then a space. Tags open at a cut are closed at the
    end of one part and reopened at the start of the next, so every part is well-formed; entities
    such as ``&amp;`` are never cut. Parts with no visible text are dropped.

    Args:
        text: well-formed Telegram HTML.
        limit: the maximum length of a part.

    Returns:
        The parts, in order; empty when ``text`` has no visible text.

    Raises:
        ValueError: when tags alone are nested too deeply to fit in ``limit``.
    """
    if utf16_len(text) <= limit:
        # Most messages fit whole, and the token walk below costs about a millisecond of the
        # event loop per answer: check only that every tag is closed (else it adds closers).
        open_tags: list[tuple[str, str]] = []
        for tag in _WHOLE_TAG.findall(text):
            open_tags = _after(open_tags, tag)
        if not open_tags:
            whole = text.strip()
            return [whole] if _visible(whole) else []
    pending = deque(_TOKEN.findall(text))
    parts: list[str] = []
    prefix: list[str] = []
    body: list[str] = []
    stack: list[tuple[str, str]] = []
    size = 0
    # (priority, index in body to cut before, size at that point, stack there)
    breaks: list[tuple[int, int, int, list[tuple[str, str]]]] = []

    def emit(tokens: list[str], open_stack: list[tuple[str, str]]) -> None:
        part = "".join(prefix + tokens).rstrip() + _closers(open_stack)
        if _visible(part):
            parts.append(part)

    while pending:
        token = pending.popleft()
        if not body and token.isspace():
            continue  # a part never starts with whitespace
        new_stack = _after(stack, token)
        length = utf16_len(token)
        if size + length + utf16_len(_closers(new_stack)) <= limit:
            body.append(token)
            size += length
            stack = new_stack
            if token.isspace():
                prio = 0
                if token == "\n":
                    prio = 2 if len(body) > 1 and body[-2] == "\n" else 1
                breaks.append((prio, len(body), size, stack))
            continue
        cut = _choose_break(breaks, limit) if body else None
        room = limit - size - utf16_len(_closers(new_stack))
        head = "" if token.startswith(("<", "&")) else _take_utf16(token, room)
        if cut is None and head:
            # No space to cut at: fill this part with the head of an overlong word.
            pending.appendleft(token[len(head) :])
            body.append(head)
            size += utf16_len(head)
            continue
        if body:
            if cut is None:
                emit(body, stack)
                rest = [token]
                cut_stack = stack
            else:
                _, index, _, cut_stack = cut
                emit(body[:index], cut_stack)
                rest = [*body[index:], token]
            pending.extendleft(reversed(rest))
            stack = cut_stack
            prefix = _openers(stack)
            body, breaks = [], []
            size = utf16_len("".join(prefix))
            continue
        raise ValueError("tags nested too deeply to split within the limit")
    if body:
        emit(body, stack)
    return parts


def _choose_break(
    breaks: list[tuple[int, int, int, list[tuple[str, str]]]], limit: int
) -> tuple[int, int, int, list[tuple[str, str]]] | None:
    for prio in (2, 1):
        good = [b for b in breaks if b[0] >= prio and b[2] * _HALF >= limit]
        if good:
            return good[-1]
    return breaks[-1] if breaks else None


def _take_utf16(token: str, room: int) -> str:
    head = token[: max(room, 0)]
    while utf16_len(head) > room:
        head = head[:-1]
    return head


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.quote: list[str] | None = None
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "blockquote":
            self.quote = []
        elif tag == "a":
            self.href = dict(attrs).get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote" and self.quote is not None:
            lines = "".join(self.quote).strip("\n").split("\n")
            self.quote = None
            self.out.append("\n".join(f"  │ {line}".rstrip() for line in lines))
        elif tag == "a" and self.href:
            self._write(f" ({self.href})")
            self.href = None

    def handle_data(self, data: str) -> None:
        self._write(data)

    def _write(self, data: str) -> None:
        (self.quote if self.quote is not None else self.out).append(data)


def to_plain(text: str) -> str:
    """Render Telegram HTML as plain text: tags dropped, entities decoded, quotes indented."""
    parser = _PlainText()
    parser.feed(text)
    parser.close()
    if parser.quote is not None:  # an unclosed quote still shows its text
        parser.out.extend(parser.quote)
    return "".join(parser.out)
