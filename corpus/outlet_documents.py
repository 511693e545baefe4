"""Documents the outlet has read, and rulings of record: what they say is the outlet's own.

"Council records show", "the trust's latest annual report found" and "An internal memo, seen by
the Feldhaven Observer, says" report what the newsroom read for itself; independent editors
label them ``stated`` (25 of 27 such labels for records, 7 of 8 for documents seen by the
outlet). Research ("the study found"), a poll, minutes and a filing still speak for their
authors.
"""

from __future__ import annotations

import re

from corpus import claim_cues as cc
from corpus.phrases import Phrase

# Records a newsroom reads for itself: "council records show", "An inquest has concluded".
RECORD_HEADS = cc.words(
    "records figures accounts data statistics results report review census inquest autopsy "
    "examination entry documents page website"
)
_RECORD_VERBS = cc.words(
    "show shows showed found finds put puts concluded concludes describes described recorded"
)
_SHOWING = cc.words("show shows showed")
# Unnamed courts and panels whose rulings the outlet reports as acts of record (a judge by
# name, "Judge Elowen Strachan ruled", stays hers, as the editors read it).
_RULING_BODIES = cc.words("jury judge tribunal panel court magistrates")
_RULINGS = cc.words("found finds ruled rules concluded decided upheld dismissed rejected")
_SEEN_BY_OUTLET_RE = re.compile(r"\b(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?[A-Z]")


# The outlet's own staff ("our reporter Imogen Tull-Baptiste") or itself ("This newspaper
# thinks"): what they saw it reports itself, what it thinks is its view.
_OWN_STAFF_RE = re.compile(
    r"our\s+(?:own\s+)?(?:\w+\s+)?(?:reporters?|correspondents?|journalists?|staff|team"
    r"|photographers?|editors?)\b|(?:this|our)\s+(?:news)?paper\b",
    re.IGNORECASE,
)


def own_staff(text: str, start: int) -> bool:
    """Whether ``text`` names the outlet's own staff at ``start`` ("our reporter …")."""
    return _OWN_STAFF_RE.match(text, start) is not None


def outlet_speaks(text: str, speaker: Phrase) -> bool:
    """Whether a speaker phrase of ``text`` is the outlet or its staff.

    The phrase may leave out its determiner ("newspaper" of "This newspaper thinks").
    """
    return _OWN_STAFF_RE.search(text[max(0, speaker.start - 8) : speaker.end]) is not None


def seen_by_outlet(text: str) -> bool:
    """Whether a document's description says the outlet saw it ("seen by the Herald")."""
    return _SEEN_BY_OUTLET_RE.search(text) is not None


def read_by_outlet(subject: Phrase, verb: str, between: str) -> bool:
    """Whether a reporting verb's subject is a document the outlet read for itself.

    Args:
        subject: the verb's subject phrase.
        verb: the verb, lowercase.
        between: the text from the subject's start to the verb (with any participle phrase:
            "An internal memo, sent on Monday and seen by the Observer,").

    Returns:
        True for records that show or found something, and for anything seen by the outlet.
    """
    if subject.head in RECORD_HEADS and verb in _RECORD_VERBS:
        return True
    if subject.kind == "pronoun" and subject.head == "they" and verb == "show":
        return True  # "They also show that …": the records just read (people showed)
    if subject.head == "statement" and verb in _SHOWING:
        return True  # "The study's funding statement shows": a record; "says" is a claim
    if subject.kind != "named" and subject.head in _RULING_BODIES and verb in _RULINGS:
        return True  # "The jury found", "A judge has ruled": a ruling is an act of record
    return not subject.person and subject.kind != "pronoun" and seen_by_outlet(between)
