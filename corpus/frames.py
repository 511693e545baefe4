"""Words that frame a story's sentences rather than claim anything.

A live blog stamps each entry with its time ("11:10 — "); an outlet corrects itself
("Correction: An earlier version of this article said …"); a court report closes with the plea
("…, a charge he denies"); an explainer heads its sections with the reader's questions ("Why was
the bridge closed?"). None of them is a source's claim, and the annotator reads past them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.cue_patterns import TURN_RE

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


# "..., whatever Varga says in public": a concession, not a report.
CONCEDING_RE = re.compile(r"\b(?:whatever|no matter what)\s+(?:[\w’'.-]+\s+){1,4}$", re.I)
# What frames reported speech after the verb: "said that ...", "said:", or a clause of its own
# with a shifted tense ("Varn said she had declared the loan"), which the next sentences may go on.
SPEECH_FRAME_RE = re.compile(
    r"\s+(?:\S+\s+){0,5}?that\b|\s*:|"
    r"\s+(?:he|she|they|it|we|i)\s+(?:had|would|could|was|were|might)\b"
)
# A speaker kept anonymous: "on condition of anonymity", "asked not to be named".
ANONYMOUS_RE = re.compile(
    r"\bon condition (?:of anonymity|that (?:he|she|they) (?:was|were) not (?:named|identified))\b"
    r"|\basked not to be (?:named|identified)\b|"
    r"\b(?:declined|refused|would not|did not want) to (?:give|be) (?:(?:his|her|their) )?"
    r"(?:full )?(?:name|named|identified)\b|"
    r"\bnot authori[sz]ed to (?:speak|talk|comment)\b"
)
# A lead-in to answers a body published: "The council published answers to residents' questions".
ANSWERS_PUBLISHED_RE = re.compile(
    r"\banswer(?:s|ed)?\b[^.]*\bquestions\b|\bquestions\s+to\b", re.IGNORECASE
)  # or "The Mercury put three questions to Professor Banerjee"


def interview_turns(openings: Sequence[str]) -> dict[int, str]:
    """An interview's question and answer paragraphs ("Q: ...", "A: ..."), if it is one.

    Args:
        openings: each paragraph's first sentence.

    Returns:
        Paragraph number → "Q" or "A"; empty unless there are two questions and an answer.
    """
    marks: dict[int, str] = {}
    for k, opening in enumerate(openings):
        m = TURN_RE.match(opening)
        if m:
            marks[k] = m.group(1)[0]
    questions = sum(1 for v in marks.values() if v == "Q")
    return marks if questions >= 2 and "A" in marks.values() else {}
