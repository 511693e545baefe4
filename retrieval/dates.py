"""Dates and times as a news story gives them: "On May 11", "Early this March", "at 5.40 a.m."."""

from __future__ import annotations

import re

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_SEASONS = "spring|summer|autumn|winter"
# "May" and "March" count only beside a number or a word that makes them months ("this March",
# "early May"): "they may blast", "a march on the capital" are no dates.
CALENDAR_DATE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b"
    rf"|\b(?:this|last|next|early|late|mid-?|in|since|until|by)\s+(?:{_MONTHS})\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:1[5-9]|20)\d\d\b|\b(?:yesterday|today|tomorrow)\b"
    rf"|\b(?:this|last|next)\s+(?:week|month|year|weekend|season|{_SEASONS})\b"
    rf"|\bin\s+the\s+(?:{_SEASONS})\b"
    r"|\b\w+\s+(?:days|weeks|months|years)\s+(?:ago|later|earlier)\b",
    re.IGNORECASE,
)
"""A day on the calendar: a month with a number, a weekday, a year, "last week", "three days
later"; what "What year / date / day?" asks for."""
TIME_OF_DAY = (
    r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d\d\b|\b[ap]\.m\."
    r"|\bnoon\b|\bmidnight\b"
)
"""A time of day: "at 5.40 a.m.", "from 7am to 7pm", "10:30", "noon"."""
DATE_OR_TIME = re.compile(rf"{CALENDAR_DATE.pattern}|{TIME_OF_DAY}|\btonight\b", re.IGNORECASE)
"""A calendar date or a time of day ("at 5.40 a.m."): what "When ...?" may ask for."""


def gives_time(text: str) -> bool:
    """Whether ``text`` gives a date or a time ("On May 11", "Early this March", "on Tuesday")."""
    return DATE_OR_TIME.search(text) is not None


_SPAN_COUNT = (
    r"\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|several|a\s+few|a\s+couple\s+of"
)
DURATION = re.compile(
    rf"\b(?:{_SPAN_COUNT})[\s-]+(?:more\s+|full\s+|extra\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\b"
    r"|\bsince\s+(?:1[5-9]|20)\d\d\b|\buntil\b",
    re.IGNORECASE,
)
"""A span of time ("eight years", "for 48 hours", "since 1923", "until Monday")."""


def gives_duration(text: str) -> bool:
    """Whether ``text`` gives a span of time: what "How long ...?" asks for."""
    return DURATION.search(text) is not None


_HOW_LONG = re.compile(r"\bhow\s+long\b(?!\s+(?:ago|is|are)\b)", re.IGNORECASE)


def asks_how_long(question: str) -> bool:
    """Whether the question asks for a span of time ("How long was he jailed for?").

    Not "How long is the detour?", a length as often as a time.
    """
    return _HOW_LONG.search(question) is not None
