"""Roll the claim statuses of a passage's sentences up into one :class:`PassageClaim`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from corpus.records import ClaimStatus, PassageClaim, Sentence

# On a tie, the status the text vouches for least wins: a reader should hear the caution.
_WEAKEST_FIRST = (
    ClaimStatus.UNCONFIRMED,
    ClaimStatus.SPECULATIVE,
    ClaimStatus.REPORTED,
    ClaimStatus.ATTRIBUTED,
    ClaimStatus.CAPTION,
    ClaimStatus.STATED,
)
_HEAD = {
    ClaimStatus.STATED: "stated by the article",
    ClaimStatus.REPORTED: "reported (unnamed sources)",
    ClaimStatus.UNCONFIRMED: "unconfirmed",
    ClaimStatus.SPECULATIVE: "the author's speculation",
    ClaimStatus.CAPTION: "photo caption",
}
_PART = {
    ClaimStatus.STATED: "partly stated by the article",
    ClaimStatus.ATTRIBUTED: "partly attributed",
    ClaimStatus.REPORTED: "partly reported",
    ClaimStatus.UNCONFIRMED: "partly unconfirmed",
    ClaimStatus.SPECULATIVE: "partly speculative",
    ClaimStatus.CAPTION: "with a photo caption",
}


def roll_up(sentences: Sequence[Sentence]) -> PassageClaim:
    """Summarise who vouches for a passage.

    Args:
        sentences: the passage's sentences, in order.

    Returns:
        The status covering most characters (ties go to the least vouched-for status), the
        main named source, the deciding cues, the other statuses present (plus ``unconfirmed``
        when a sentence carries a caveat) and a short human label, e.g.
        "attributed to Aleksey Arestovich, partly unconfirmed".
    """
    if not sentences:
        return PassageClaim(ClaimStatus.STATED, None, (), (), _HEAD[ClaimStatus.STATED])
    weight: Counter[ClaimStatus] = Counter()
    for s in sentences:
        weight[s.status] += max(1, len(s.text))
    status = max(_WEAKEST_FIRST, key=lambda st: (weight[st], -_WEAKEST_FIRST.index(st)))
    present = {s.status for s in sentences} - {status}
    if any(s.caveat for s in sentences) and status is not ClaimStatus.UNCONFIRMED:
        present.add(ClaimStatus.UNCONFIRMED)
    qualifiers = tuple(st for st in _WEAKEST_FIRST if st in present)

    sources = Counter(
        s.source for s in sentences if s.status is ClaimStatus.ATTRIBUTED and s.source
    )
    source = sources.most_common(1)[0][0] if sources else None
    cues = tuple(dict.fromkeys(c for s in sentences if s.status is status for c in s.cues))

    if status is ClaimStatus.ATTRIBUTED:
        head = f"attributed to {source}" if source else "attributed"
    else:
        head = _HEAD[status]
    parts = [_PART[q] for q in qualifiers]
    if ClaimStatus.ATTRIBUTED in qualifiers and source:
        parts[qualifiers.index(ClaimStatus.ATTRIBUTED)] = f"partly attributed to {source}"
    return PassageClaim(status, source, cues, qualifiers, ", ".join([head, *parts]))
