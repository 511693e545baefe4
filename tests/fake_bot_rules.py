"""Telegram's rules as the fake Bot API applies them: form decoding, HTML, limits, errors."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

# Parameters that are plain strings; every other value arrives JSON-encoded.
STRING_PARAMS = frozenset(
    {"text", "caption", "parse_mode", "action", "callback_query_id", "url", "secret_token",
     "inline_message_id", "language_code", "description", "short_description", "name",
     "ip_address", "emoji", "business_connection_id", "message_effect_id"}
)  # fmt: skip
TELEGRAM_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
     "tg-emoji", "code", "pre", "blockquote", "tg-time"}
)  # fmt: skip
MESSAGE_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64


class ApiError(Exception):
    """A Bot API error reply."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def decode_params(arguments: dict[str, list[bytes]]) -> dict[str, Any]:
    """Decode form fields as python-telegram-bot encodes them (non-strings as JSON)."""
    params: dict[str, Any] = {}
    for name, values in arguments.items():
        raw = values[-1].decode("utf-8")
        if name in STRING_PARAMS:
            params[name] = raw
            continue
        try:
            params[name] = json.loads(raw)
        except ValueError:
            params[name] = raw
    return params


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            raise ApiError(400, f"Bad Request: can't parse entities: unsupported tag {tag}")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise ApiError(400, f"Bad Request: can't parse entities: Unexpected end tag {tag}")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


_BARE_AMP = re.compile(r"&(?!#\d+;|#x[0-9a-fA-F]+;|(?:lt|gt|amp|quot);)")
_BARE_LT = re.compile(r"<(?!/?[a-zA-Z])")


def check_html(text: str) -> str:
    """Parse Telegram HTML as Telegram does; return the visible text or raise a 400."""
    if _BARE_AMP.search(text) or _BARE_LT.search(text):
        raise ApiError(400, "Bad Request: can't parse entities: unescaped '&' or '<'")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    if checker.stack:
        raise ApiError(400, f"Bad Request: can't parse entities: unclosed tag {checker.stack[-1]}")
    return "".join(checker.text)


def check_markup(markup: Any) -> None:
    """Reject callback data over Telegram's 64-byte limit."""
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
