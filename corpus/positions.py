"""A side's case put as "X's case was that …": the claim of whoever put it.

"The prosecution's case, put by Yusuf Brannagh, was that the scaffold had been built on soft
ground" is the prosecutor's claim, as "Brannagh told the jury that …" would be; "The company's
position is that the bridge is safe" is the company's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.attribution_record import Attribution
from corpus.phrases import Phrase, classify
from corpus.resolve import resolve
from corpus.source_phrases import OWNER_PRONOUNS
from corpus.speakers import Discourse
from corpus.tokens import NameBook, Tok, token_from

_POSITION_RE = re.compile(
    r"^(?:The\s+|(?P<det>Their|His|Her|Its)\s+)?(?:(?P<owner>[\w’' -]{2,60}?)[’']s\s+)?"
    r"(?:case|argument|position|contention|defence|defense)"
    r"(?:,\s+(?:as\s+)?(?:put|made|set\s+out|presented|outlined|argued)\s+(?:to\s+the\s+\w+\s+)?"
    r"by\s+(?P<by>[^,]{3,80}),(?:\s+(?:prosecuting|defending),)?)?"
    r"\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+that\b"
)


def position_attribution(
    masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse
) -> Attribution | None:
    """The source of a sentence that puts a side's case ("X's case was that …"), if any.

    Args:
        masked: the sentence with quotations blanked out.
        toks: the tokens of ``masked``.
        book: the document's proper names.
        disc: the story so far (updated with the source).

    Returns:
        The attribution, or ``None``.
    """
    m = _POSITION_RE.match(masked)
    if m is None or not (m["by"] or m["owner"] or m["det"]):
        return None
    if m["by"] or m["owner"]:
        start, end = m.span("by" if m["by"] else "owner")
        p = classify(masked, toks, token_from(toks, start), token_from(toks, end), book)
    else:  # "His case was that …": whoever "he" is
        det = m["det"]
        p = Phrase("pronoun", det, OWNER_PRONOUNS[det.lower()], None, det == "Their", 0, len(det))
    if p is None:
        return None
    kind, source, e = resolve(p, disc, ())
    if not kind or kind == "author":
        return None
    return Attribution(kind, source, (m.group(0),), lead=True, entity=e)
