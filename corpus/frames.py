"""Words that frame a story's sentences rather than claim anything.

A live blog stamps each entry with its time ("11:10 — "); an outlet corrects itself
("Correction: An earlier version of this article said …"); a court report closes with the plea
("…, a charge he denies"); an explainer heads its sections with the reader's questions ("Why was
the bridge closed?"). None of them is a source's claim, and the annotator reads past them.
"""

from __future__ import annotations

import re

# A trailing plea, as court reports tell it: "went on trial accused of murder, a charge he
# denies" states the trial and the plea, and nobody vouches for the charge by denying it.
PLEA_RE = re.compile(
    r",\s+(?:(?:a|the)\s+)?(?:charges?|allegations?|accusations?|offences?|offenses?|counts?)\s+"
    r"(?:that\s+|which\s+)?(?:he|she|they)\s+(?:has\s+|have\s+)?(?:denies|deny|denied)\b"
)

# A live blog's entry time ("11:10 — ", "09:40 - ", "10.31am:") before the entry's first sentence.
ENTRY_TIME_RE = re.compile(
    r"^\s*\d{1,2}(?:[:.]\d\d\s*(?:am|pm)?|\s*(?:am|pm))\s*(?:[—–-]|:)\s+", re.IGNORECASE
)

# A note the outlet adds about its own story: what it once said is no source's claim.
CORRECTION_RE = re.compile(r"\s*(?:Correction|Clarification|Editor[’']s\s+note)\s*:", re.I)


def is_question_heading(text: str) -> bool:
    """Whether a sentence alone in its paragraph reads as a heading asking the reader's question.

    "Why was the bridge closed?" heads an explainer's section; it doubts nothing, as a question
    inside the author's own paragraph may.
    """
    return text.endswith("?") and len(text.split()) <= 12 and text[:1].isupper()
