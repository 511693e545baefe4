"""Acronyms a question asks to spell out, and those a text spells out.

"What does SOFREP stand for?" is answered only by a text that gives the words ("Special
Operations Forces Report (SOFREP)", "NATO stands for …"); a credit in brackets ("donations of
food from volunteers (NEXTA)") gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ACRONYM = r"[A-Z][A-Z0-9&]{1,9}"
_ASKS_EXPANSION = re.compile(
    # "What does the abbreviation JFO actually stand for?", "What does the name NEXTA stand for?"
    rf"\bwhat\s+(?:does|do|did)\s+(?:the\s+(?:abbreviation|acronym|initials|name)\s+)?(?:the\s+)?"
    rf"({_ACRONYM})\s+(?:actually\s+|really\s+|exactly\s+)?stands?\s+for\b"
    rf"|\bwhat\s+is\s+(?:the\s+)?({_ACRONYM})\s+(?:short|an?\s+abbreviation)\s+for\b"
    rf"|\bfull\s+(?:name|form)\s+of\s+(?:the\s+)?({_ACRONYM})\b",
    re.IGNORECASE,
)
# A text that spells out an acronym puts it in brackets beside the words, or says so: "Special
# Operations Forces Report (SOFREP)", "SOFREP (Special …)", "NATO stands for".
_EXPANDED = re.compile(
    rf"\(({_ACRONYM})\)|\b({_ACRONYM})(?=\s*\(|\s+(?:stands|is\s+short)\s+for\b)"
)


def asked_expansion(question: str) -> str | None:
    """The acronym a question asks to spell out ("What does SOFREP stand for?"), if any.

    Args:
        question: the question as typed.

    Returns:
        The acronym as asked (upper case), or ``None``.
    """
    m = _ASKS_EXPANSION.search(question)
    acronym = next((g for g in m.groups() if g), None) if m else None
    return acronym if acronym is not None and acronym.isupper() else None


def expansions(text: str) -> Iterator[str]:
    """The acronyms ``text`` spells out, in brackets after its words or before "stands for".

    Args:
        text: a passage.

    Yields:
        Each acronym as written.
    """
    for m in _EXPANDED.finditer(text):
        if m[2] or _spelled_before(text, m):
            yield m[1] or m[2]


def _spelled_before(text: str, m: re.Match[str]) -> bool:
    """Whether the words before "(ACRONYM)" spell it out: "Joint Forces Operation (JFO)".

    The acronym's first letter opens one of the last few words, and its other letters follow
    in order ("Special Operations Forces Report (SOFREP)"); a credit does not.
    """
    letters = m[1].lower()
    words = text[: m.start()].split()[-(len(letters) + 2) :]
    for k, word in enumerate(words):
        if word[:1].lower() != letters[0]:
            continue
        rest = iter(" ".join(words[k:]).lower()[1:])
        if all(letter in rest for letter in letters[1:]):
            return True
    return False
