"""A source's stance in the outlet's words: "Tom Ellery of Vantage was more sceptical".

Such a sentence tells the reader what a named source thinks, in the outlet's words: the view is
the source's, so the sentence is attributed to them, like "Ellery said he was sceptical". A
group's or a thing's mood ("Analysts were more cautious", "The market was ...") stays stated.
So does a figure the outlet gives on someone's word: "She has lent 22,000 books, by her own
count" is hers, like "according to her".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.appositives import introduced_as, pick_name, segments
from corpus.attribution_record import Attribution
from corpus.frames import WRITER_DOUBT_RE
from corpus.phrases import Phrase, classify
from corpus.resolve import resolve
from corpus.speakers import Discourse
from corpus.subjects import leading_subject, subject_span
from corpus.tokens import NameBook, Tok

_STANCE_RE = re.compile(
    r"\b(?:is|are|was|were|remained|remains|seemed|seems|appeared|appears)\s+"
    r"(?:(?:far|much|even|rather|somewhat|a little|slightly)\s+)?(?:more\s+|less\s+)?"
    r"(?:sceptical|skeptical|optimistic|pessimistic|cautious|bullish|bearish|upbeat|downbeat|"
    r"doubtful|confident|guarded|circumspect|enthusiastic|hopeful|dismissive|adamant|insistent|"
    r"emphatic|convinced|unrepentant|unapologetic)\b"
    # "He gave it a year at most before …", "She gave it at least 20 years": a forecast.
    r"|\bgave\s+it\s+(?:at\s+(?:most|least)\s+|about\s+|no\s+more\s+than\s+)?(?:a|an|one|two|"
    r"three|four|five|six|ten|twenty|\d+)\s+(?:more\s+)?(?:years?|months?|weeks?|days?|decades?)\b"
)

_OWN_COUNT_RE = re.compile(
    r",\s*(?:by|on)\s+(?P<who>his|her|their)\s+own\s+"
    r"(?:count|account|estimates?|reckoning|tally|admission|calculations?)\b"
    # "By his count of the surviving photographs, there were never more than 1,200".
    r"|^\s*(?:by|on)\s+(?P<first>his|her|their)\s+(?:own\s+)?"
    r"(?:count|estimates?|reckoning|tally|calculations?)\b[^,]{0,60},"
    # "They were not, in his judgement, a reason to refuse": the inspector's view.
    # "In her view, both aircraft are likely to stay grounded": hers, hedge and all.
    r"|(?:^\s*|,\s*)in\s+(?P<whose>his|her|their)\s+(?:own\s+)?"
    r"(?:judge?ment|view|opinion|estimation)\s*,"
    # "In her opinion Juniper has a good chance"; "Her guess is that fewer than one in ten
    # will succeed": a view the text gives as hers, with or without the comma.
    r"|^\s*in\s+(?P<lead>his|her|their)\s+(?:own\s+)?(?:judge?ment|view|opinion|estimation)\b"
    r"|^\s*(?P<poss>his|her|their)\s+(?:own\s+)?(?:guess|view|opinion|hope|fear|belief|"
    r"feeling|hunch|verdict|bet|prediction|expectation|worry|suspicion|advice)\s+(?:is|was)\s+"
    r"that\b",
    re.IGNORECASE,
)


def stance_attribution(
    text: str, masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse
) -> Attribution | None:
    """The source whose stance the sentence reports, if its subject is a person or a group.

    Args:
        text: the sentence as written (the cue is cut from it).
        masked: the sentence with quotations blanked out.
        toks: the tokens of ``masked``.
        book: the document's proper names.
        disc: the story so far (updated with the source).

    Returns:
        The attribution, or ``None``.
    """
    own = _OWN_COUNT_RE.search(masked)
    if own is not None:
        group = next(g for g in ("who", "first", "whose", "lead", "poss") if own[g])
        who = {"his": "he", "their": "they"}.get(own[group].lower(), own[group].lower())
        owner = Phrase("pronoun", own[group], who, None, who == "their", *own.span(group))
        kind, source, e = resolve(owner, disc, ())
        cue = text[own.start() : own.end()].strip(" ,")
        return Attribution(kind, source, (cue,), entity=e) if kind == "named" else None
    m = _STANCE_RE.search(masked)
    if m is None or WRITER_DOUBT_RE.search(masked):
        return None
    v = next((k for k, t in enumerate(toks) if t.start == m.start()), None)
    span = subject_span(toks, v) if v else None
    if span is None and v and toks[v - 1].text == ",":
        span = leading_subject(toks)  # "Mary Smith, an economist at Barclays, was ..."
        p, _ = pick_name(masked, toks, segments(toks, *span), book)
    elif span is None or span == (-1, -1):
        return None
    else:
        p = classify(masked, toks, span[0], span[1], book)
    if p is None:
        return None
    # Only a source the story names: "Other researchers were more sceptical" stays the outlet's
    # summary (our own labels and the editors' agree on both).
    person = p.kind == "pronoun" and p.head in cc.PERSON_PRONOUNS
    if not (person or (p.kind == "named" and p.person)):
        return None
    display = introduced_as(masked, toks, segments(toks, *span), p, book)
    kind, source, e = resolve(p, disc, (), display if p.kind == "named" else None)
    if kind != "named":
        return None
    return Attribution(kind, source, (text[p.start : m.end()],), entity=e)
