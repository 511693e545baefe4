"""Where a clause's subject is: finite verbs, subject phrases, appositives, the sentence subject.

Without a tagger, a finite verb is an auxiliary, a reporting verb, an irregular past form or an
"-ed" word that is not a participle ("polled by LSEG"); a subject phrase runs back from its verb
to the nearest clause boundary; among appositives ("His lawyer, Ann Marsh, said") the proper name
is the subject and the rest describe it.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.organisations import remember_organisations
from corpus.phrases import Phrase, classify
from corpus.speakers import Discourse, Entity
from corpus.tokens import PUNCT, NameBook, Tok, bare, is_quote

VERBS = cc.SPEECH_VERBS | cc.CLAUSE_VERBS | cc.MENTAL_VERBS | cc.CHARACTERISING_VERBS
"""Every verb that may report speech or thought."""
_CORE_AUX = cc.words(
    "is are was were has have had will would can could may might do does did must shall should"
)
# After an "-ed" word these mark a participle ("polled by LSEG", "based in Texas"); "to" marks a
# finite verb ("declined to discuss").
_PARTICIPLE_NEXT = cc.words("by in on at from with into")
SEGMENT_SKIP = cc.words(
    "who which whose where when whom asked speaking writing in on at after before during since "
    "while although though if as with despite according until unless because once whether"
)
_AFTER_VERB = (
    cc.DETERMINERS
    | cc.PREPOSITIONS_NP
    | cc.words("up down out back off over that more less no all some every")
)
_GENDERED = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}
_SUBORDINATORS = cc.BOUNDARY_WORDS - cc.words("but yet so or nor")
_AFFILIATION = cc.words("of at for from")
INTRODUCTION_MAX_CHARS = 120
"""A longer stretch before "said" is more than a name and its description."""
_NOT_IN_SUBJECT = cc.words(
    "above below over under about into against during since until amid despite after before than"
)


def verbish(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is probably a finite verb (so a noun phrase cannot run through it)."""
    t = toks[k]
    if not t.text[:1].islower():
        return False
    low = t.low
    if low in _CORE_AUX:
        return True
    if k > 0 and toks[k - 1].low in cc.DETERMINERS:
        return False  # "a reported fee", "the recalled fryers"
    if low in VERBS or low in cc.IRREGULAR_PAST:
        return True
    if low.endswith("ed") and len(low) > 3:
        return not (k + 1 < len(toks) and toks[k + 1].low in _PARTICIPLE_NEXT)
    return False


def _stops_phrase(t: Tok) -> bool:
    return t.text in PUNCT or is_quote(t) or t.low in cc.BOUNDARY_WORDS


def subject_span(toks: Sequence[Tok], j: int) -> tuple[int, int] | None:
    """The subject before ``toks[j]`` (the verb, after auxiliaries): back to a clause boundary."""
    end = j
    if j > 2 and toks[j - 1].text == ")":
        # "Mwila's Democratic Renewal Alliance (DRA) said": the acronym belongs to the subject.
        j = next((m for m in range(j - 2, max(0, j - 5), -1) if toks[m].text == "("), j)
    if j == 0 or _stops_phrase(toks[j - 1]):
        return None
    i = j - 1
    while i > 0 and j - i < 16 and not _stops_phrase(toks[i - 1]):
        i -= 1
    if i > 0 and toks[i - 1].low in _SUBORDINATORS:
        return None  # a subordinate clause ("a deal that leaders had promised") reports nothing
    if any(t.low in _NOT_IN_SUBJECT for t in toks[i:j]):
        return None  # "revenue well above Wall Street estimates": not a speaker phrase
    for k in range(j - 1, i - 1, -1):
        if verbish(toks, k):
            if any(toks[m].low in {"and", "but"} for m in range(k + 1, j)):
                return -1, -1  # "X declared an emergency and said ...": the sentence's subject
            i = k + 1
            break
    return (i, end) if i < j else None


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
        toks[e - 1].low
        for s, e in segs
        if not (chosen.start >= toks[s].start and chosen.end <= toks[e - 1].end)
        and toks[s].low not in SEGMENT_SKIP
    ]
    return chosen, others


def _appositive(masked: str, toks: Sequence[Tok], s: int, e: int, book: NameBook) -> Phrase | None:
    """The phrase ``toks[s:e]`` if it can name or describe a subject ("a CEO", "Ann Marsh")."""
    first = toks[s]
    if first.low in SEGMENT_SKIP or first.low.endswith("ing") or first.text[:1].isdigit():
        return None
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


def leading_subject(toks: Sequence[Tok]) -> tuple[int, int]:
    """The token span of the sentence's own subject, with its appositives."""
    n = len(toks)
    i = 0
    for k in range(min(n, 12)):  # a dateline: "HOUSTON —", "ROLLING FORK, Miss. (AP) —"
        if toks[k].text in {"—", "–"} and toks[0].text.isupper():
            i = k + 1
            break
    while i < n and (toks[i].low in {"but", "and", "yet", "so", "however", "meanwhile"}):
        i += 1
        if i < n and toks[i].text == ",":
            i += 1
    if i < n and (toks[i].low in SEGMENT_SKIP or toks[i].low.endswith(("ing", "ed"))):
        comma = next((k for k in range(i, min(n, i + 25)) if toks[k].text == ","), -1)
        i = comma + 1 if comma >= 0 else n
    j = i
    while j < n and j - i < 40:
        t = toks[j]
        if t.text == ",":
            if j + 1 < n and toks[j + 1].low in {"who", "which", "whose"}:
                j = next((k for k in range(j + 1, n) if toks[k].text == ","), n)
                continue
        elif _ends_subject(toks, i, j):
            break
        j += 1
    return i, j


def _ends_subject(toks: Sequence[Tok], i: int, j: int) -> bool:
    """Whether ``toks[j]`` ends the subject phrase that began at ``toks[i]``."""
    t = toks[j]
    if is_quote(t) or t.text in {";", ":", "(", "—", "–"} or verbish(toks, j):
        return True
    if t.low in cc.BOUNDARY_WORDS or t.low in cc.AUXILIARIES:
        return True
    return j > i and _present_verb(toks, j)


def _present_verb(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a present-tense verb after its subject ("MacLeod climbs")."""
    t, prev = toks[k], toks[k - 1]
    low = t.low
    if not t.text.islower() or len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us")):
        return False
    if prev.low in cc.DETERMINERS or prev.text in PUNCT or is_quote(prev):
        return False
    if not (prev.text[:1].isupper() or prev.text.islower()):
        return False
    if k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    # A verb is followed by its object or an adverb ("climbs the steps", "publishes its
    # results", "stands by"); a plural noun by more of its phrase ("news site", "shares jump").
    return not verbish(toks, k + 1) and (
        not nxt.text.islower()
        or nxt.low in _AFTER_VERB
        or nxt.low.endswith("ly")
        or nxt.text[:1].isdigit()
    )


def remember_subject(
    masked: str, toks: Sequence[Tok], book: NameBook, disc: Discourse
) -> Entity | None:
    """Bring the sentence's subject and the organisations it names into the foreground.

    Returns:
        The entity the sentence's subject refers to, if any.
    """
    i, j = leading_subject(toks)
    e: Entity | None = None
    if i < j:
        segs = segments(toks, i, j)
        p, descriptors = pick_name(masked, toks, segs, book)
        if p is not None and p.kind == "pronoun":
            e = disc.pronoun(p.head)
        elif p is not None and p.kind == "definite":
            e = disc.definite(p.head)
        elif p is not None:
            display = introduced_as(masked, toks, segs, p, book) if p.kind == "named" else None
            e = disc.note(p, descriptors, display=display)
        if e is not None:
            disc.bring_forward(e)
            # "Lindqvist ..., but she insisted": the first pronoun after a person is hers,
            # unless it opens reported speech ("Her lawyer said she would fight").
            for k in range(j, len(toks)):
                if toks[k].low in _GENDERED:
                    if toks[k - 1].low not in VERBS and toks[k - 1].low != "that":
                        disc.set_gender(e, _GENDERED[toks[k].low])
                    break
                if book.is_name(toks, k):
                    break
    hits = [k for k, t in enumerate(toks) if t.text[:1].isupper() and bare(t.text) in cc.ORG_WORDS]
    if hits:
        remember_organisations(masked, toks, hits, book, disc)
    return e
