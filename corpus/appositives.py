"""Appositives: which of "His lawyer, Ann Marsh," names the subject, and how the text puts it.

Among appositives the proper name is the subject and the rest describe it; a source is shown as
the text introduces it, name and description together ("Priya Raman, banks analyst at Holcombe
Securities").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.entities import BODY_MARK, PERSON_MARK
from corpus.phrases import Phrase, classify
from corpus.tokens import PUNCT, NameBook, Tok
from corpus.verbs import verbish

SEGMENT_SKIP = cc.words(
    "who which whose where when whom asked speaking writing in on at after before during since "
    "while although though if as with without amid despite according until unless because once "
    "whether for "
    # "Gerald Tomkins, 71, from Kellbrook": where someone comes from does not name them.
    "from"
)
_AFFILIATION = cc.words("of at for from")
# "Prosecuting, Constance Hebblethwaite said": a court report's barrister, by the side taken,
# named for any reader ("Constance Hebblethwaite, prosecutor").
_SIDE = re.compile(r"\W*(prosecuting|defending|mitigating),\s*$", re.IGNORECASE)
_SIDE_ROLES = {"prosecuting": "prosecutor", "defending": "defence lawyer"}
INTRODUCTION_MAX_CHARS = 120
"""A longer stretch before "said" is more than a name and its description."""


def segments(toks: Sequence[Tok], i: int, j: int) -> list[tuple[int, int]]:
    """Split ``toks[i:j]`` at commas into ``(start, end)`` pieces."""
    out: list[tuple[int, int]] = []
    s = i
    for k in range(i, j):
        if toks[k].text == "," and not (k + 1 < j and toks[k + 1].low.endswith("-based")):
            # "The San Jose, California-based company" is one phrase, not two appositives.
            if k > s:
                out.append((s, k))
            s = k + 1
    if j > s:
        out.append((s, j))
    return out


def pick_name(
    masked: str, toks: Sequence[Tok], segs: Sequence[tuple[int, int]], book: NameBook
) -> tuple[Phrase | None, list[str]]:
    """Among appositives ("His lawyer, Ann Marsh, said"), the phrase naming the subject.

    Returns:
        The chosen phrase and the head nouns of the other (descriptive) pieces.
    """
    cands = [p for s, e in segs if (p := _appositive(masked, toks, s, e, book)) is not None]
    if not cands:
        return None, []
    named = [p for p in cands if p.kind == "named"]
    described = [p for p in cands if masked[max(0, p.start - 4) : p.start].strip() in {"a", "an"}]
    # A proper name beats a description of the same person ("Nordhaven's spokeswoman").
    proper = [p for p in named if p not in described and p.text[-1:].isalnum() and _ends_name(p)]
    # "Halvorsen's parent company, Brightwater Industrial Group (BIG)": a body's full name.
    bodies = [p for p in named if p not in described and _all_name(p.text)]
    chosen = (proper or bodies or [p for p in named if p not in described] or named or cands)[0]
    others = [
        _head_noun(toks, s, e)
        for s, e in segs
        if not (chosen.start >= toks[s].start and chosen.end <= toks[e - 1].end)
        and toks[s].low not in SEGMENT_SKIP
    ]
    ends = [k for k, (_, e) in enumerate(segs) if toks[e - 1].end == chosen.end]
    if ends and ends[0] + 1 < len(segs) and toks[segs[ends[0] + 1][0]].low == "which":
        # "Skarline, which operates the route,": a body; not "its headteacher, Bronwen
        # Castellane-Hart," after "The school, which opened in 1964,", nor "Sven Arntzen of
        # Lindvik Upper School, which made the change".
        others.append(BODY_MARK)
    aged = any(e - s == 1 and toks[s].text.isdigit() and len(toks[s].text) <= 3 for s, e in segs)
    if aged or any(toks[s].low == "who" for s, _ in segs):
        others.append(PERSON_MARK)  # "Aldana, 29,", "Aske, who had led the council,": people
    return chosen, others


def _head_noun(toks: Sequence[Tok], s: int, e: int) -> str:
    """The head of a description: "tiger" of "a 17-year-old tiger at Ashcombe Wildlife Park"."""
    k = next((k for k in range(s + 1, e) if toks[k].low in _AFTER_HEAD), e)
    return toks[k - 1].low


_AFTER_HEAD = frozenset({"at", "in", "of", "for", "from", "with", "near", "on"})


def _appositive(masked: str, toks: Sequence[Tok], s: int, e: int, book: NameBook) -> Phrase | None:
    """The phrase ``toks[s:e]`` if it can name or describe a subject ("a CEO", "Ann Marsh")."""
    first = toks[s]
    # "speaking on condition of anonymity" is no appositive; "Greyling Freight" is a name.
    participle = first.text.islower() and first.low.endswith("ing")
    if first.low in SEGMENT_SKIP or participle or first.text[:1].isdigit():
        return None
    # "An officer who was on duty at the ministry, speaking on condition of anonymity, said":
    # the subject is the noun before its relative clause.
    e = next((k for k in range(s + 1, e) if toks[k].low in {"who", "whose"}), e)
    if any(verbish(toks, k) for k in range(s, e)):
        return None
    return classify(masked, toks, s, e, book)


def introduced_as(
    masked: str,
    toks: Sequence[Tok],
    segs: Sequence[tuple[int, int]],
    chosen: Phrase,
    book: NameBook,
) -> str | None:
    """The source as the text introduces it: the name with the appositives beside it.

    "Priya Raman, banks analyst at Holcombe Securities, said" introduces "Priya Raman, banks
    analyst at Holcombe Securities"; "Susan Park of Meridian Securities said" introduces "Susan
    Park of Meridian Securities". Editors name a source that way, and the reader learns who it is.

    Returns:
        The longer form, or ``None`` when the text says no more than the name.
    """
    side = _SIDE.match(masked[: chosen.start])
    if side is not None:
        return f"{chosen.text}, {_SIDE_ROLES.get(side[1].lower(), 'defence lawyer')}"
    at = next(
        (n for n, (s, e) in enumerate(segs) if toks[s].start <= chosen.start < toks[e - 1].end),
        None,
    )
    if at is None:
        return None
    start, end = chosen.start, chosen.end
    s, e = segs[at]
    k = next((k for k in range(s, e) if toks[k].start >= end), e)
    if (
        k < e
        and toks[k].low in _AFFILIATION
        and all(_in_name(toks, m, book) for m in range(k + 1, e))
    ):
        end = toks[e - 1].end  # "Susan Park of Meridian Securities"
    first = last = at
    # Descriptions on either side, joined by commas and never a clause or a list.
    while first > 0 and _describes(masked, toks, segs[first - 1], book):
        first -= 1
    while last + 1 < len(segs) and _describes(masked, toks, segs[last + 1], book):
        last += 1
    if first < at:
        start = toks[segs[first][0]].start
    if last > at:
        end = toks[segs[last][1] - 1].end
    text = masked[start:end].strip()
    if text == chosen.text or len(text) > INTRODUCTION_MAX_CHARS or not text.strip("_ "):
        return None
    return text


def _describes(masked: str, toks: Sequence[Tok], seg: tuple[int, int], book: NameBook) -> bool:
    s, e = seg
    if any(toks[k].low in {"and", "or"} for k in range(s, e)):
        return False
    return _appositive(masked, toks, s, e, book) is not None


def _in_name(toks: Sequence[Tok], k: int, book: NameBook) -> bool:
    return book.is_name(toks, k) or toks[k].low in cc.CONNECTORS or toks[k].low == "the"


def _all_name(text: str) -> bool:
    """Whether every word of ``text`` but the connectors is capitalised ("Bank of England")."""
    words = [w for w in text.split() if w not in cc.CONNECTORS]
    return bool(words) and all(w.lstrip("(")[:1].isupper() for w in words)


def _ends_name(p: Phrase) -> bool:
    last = p.text.split()[-1] if p.text.split() else ""
    return last[:1].isupper() and p.person is not False and p.head not in cc.ROLE_WORDS


_RELATIVES = cc.words("who which whose whom")
_TAG_TAIL = cc.CALENDAR | cc.words("on in at this last late early earlier today yesterday")


def closes_sentence(toks: Sequence[Tok], v: int) -> bool:
    """Whether the verb at ``v`` closes its sentence, with nothing after it but when."""
    tail = [t for t in toks[v + 1 :] if t.text not in PUNCT]
    return len(tail) <= 3 and all(
        t.low in _TAG_TAIL or t.text in _TAG_TAIL or t.text[:1].isdigit() for t in tail
    )


def tag_segments(
    toks: Sequence[Tok], segs: list[tuple[int, int]], v: int
) -> list[tuple[int, int]]:
    """Of the segments before a verb, those that can name its speaker.

    When the verb at ``v`` closes the sentence as a tag ("..., the organisers, Fieldhouse Live,
    announced on Monday."), only the appositives after the reported clause can.

    A segment with a verb of its own is the reported clause, and what comes before it belongs
    to that clause ("The Brackenfold Festival, one of the biggest events, has been cancelled");
    a relative clause ("who ran the agency") still describes the speaker.
    """
    if not closes_sentence(toks, v):
        return segs
    for n in range(len(segs) - 1, -1, -1):
        a, b = segs[n]
        # Only the words before a relative pronoun: "a geriatrician who was not involved".
        b = next((m for m in range(a, b) if toks[m].low in _RELATIVES), b)
        if any(verbish(toks, m) for m in range(a, b)):
            return segs[n + 1 :]
    return segs
