"""Finite verbs without a tagger: which words report speech, and which are probably verbs.

A finite verb is an auxiliary, a reporting verb, an irregular past form or an "-ed" word that is
not a participle ("polled by LSEG").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.tokens import PUNCT, Tok, is_quote

VERBS = cc.SPEECH_VERBS | cc.CLAUSE_VERBS | cc.MENTAL_VERBS | cc.CHARACTERISING_VERBS
"""Every verb that may report speech or thought."""
_CORE_AUX = cc.words(
    "is are was were has have had will would can could may might do does did must shall should"
)
# After an "-ed" word these mark a participle ("polled by LSEG", "based in Texas"); "to" marks a
# finite verb ("declined to discuss").
_PARTICIPLE_NEXT = cc.words("by in on at from with into")
_COUNTS = cc.INDEFINITE - cc.words("a an one other another")
_BEFORE_PLURALS = _COUNTS | cc.words("has have had having")


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
    if counted(toks, k):
        return False
    if low in VERBS or low in cc.IRREGULAR_PAST:
        return True
    if low.endswith("ed") and len(low) > 3:
        if k > 0 and toks[k - 1].low in {"who", "which"}:
            return True  # "an employee who worked on the bridge": a relative clause's verb
        if _opens_with_name(toks, k):
            return True  # "Ottoline Vasquez-Reid apologised on Monday": a name's own verb
        return not (k + 1 < len(toks) and toks[k + 1].low in _PARTICIPLE_NEXT)
    return False


def counted(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a plural noun, not a verb.

    After a count ("the two shows", "several reports") or a form of "have" ("a club it had
    doubts about": no verb follows "had" in -s), or naming a column before its colon ("Angling
    notes: cormorants on Saltry Pool").
    """
    if not toks[k].low.endswith("s") or k == 0:
        return False
    heading = k <= 2 and k + 1 < len(toks) and toks[k + 1].text == ":"
    return heading or toks[k - 1].low in _BEFORE_PLURALS


# A count right after the verb: "has recalled more than 90,000 granola bars", "has recalled
# all of its soft cheeses".
_COUNT_NEXT = re.compile(
    r"\s*(?:(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+"
    r"|up\s+to\s+|at\s+least\s+)?\d|all\s+(?:of\s+)?(?:its|their|the)\b)"
)


def counts_next(text: str, end: int) -> bool:
    """Whether a count follows the verb that ends at ``end``: things, not a thought, follow."""
    return _COUNT_NEXT.match(text, end) is not None


_CALLS = cc.words("rang phoned called wrote emailed texted messaged rings phones calls writes")
_CALLED_TO = cc.words("say tell report complain warn ask")
_NOT_ADDRESSEES = cc.words("and but or not that who which when because after before")


def called_to_say(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` is a call or a letter made to say something.

    "A fisherman rang to say he had seen more pups", "A reader wrote in to complain that …",
    "A reader rang the Packet to say": the caller says it, as "said" would have it.
    """
    if toks[v].low not in _CALLS:
        return False
    # Whom the call went to comes between: "rang the Packet", "wrote to the council".
    for k in range(v + 1, min(v + 7, len(toks) - 1)):
        if toks[k].low == "to" and toks[k + 1].low in _CALLED_TO:
            return True
        if not toks[k].text.isalpha() or toks[k].low in _NOT_ADDRESSEES:
            return False
    return False


BE_FORMS = cc.words("be been being is are was were")
"""The forms of "be": a passive's or a progressive's auxiliary."""
_ASKING_WHAT = cc.words("what how why whether")


def progressive(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` reports speech in progress ("entrants were claiming that …").

    Not a thing shown ("is showing signs of stress") nor the content of a question ("what
    governments are saying").
    """
    low = toks[v].low
    stem = low[:-3]
    if not (
        low.endswith("ing")
        and (stem in cc.SPEECH_VERBS or stem + "e" in cc.SPEECH_VERBS)
        and v > 0
        and toks[v - 1].low in BE_FORMS
    ):
        return False
    return not any(t.low in _ASKING_WHAT for t in toks[max(0, v - 6) : v - 1])


AS_SAYING = cc.words("saying telling warning stating")
"""What "quoted … as" goes on with when it reports speech."""


def quotes_as_saying(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` quotes someone named after it ("The Bugle quoted X as saying …")."""
    if toks[v].low not in {"quoted", "quotes"} or not toks[v].text.islower():
        return False
    ahead = toks[v + 2 : v + 16]
    return any(
        t.low == "as" and k + 1 < len(ahead) and ahead[k + 1].low in AS_SAYING
        for k, t in enumerate(ahead)
    )


_CAUSE_STARTS = cc.DETERMINERS | cc.words("bad poor sheer")


def explains_by(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` gives someone's explanation: "puts that down to", "attributes it to".

    "Her handler puts that down to a late breakfast": the handler's account of why.
    """
    low = toks[v].low
    ahead = [t.low for t in toks[v + 1 : v + 6]]
    if low in {"puts", "put"}:
        # "down to a late breakfast", not "put the bag down to open the gate"
        return any(
            a == "down" and b == "to" and (c in _CAUSE_STARTS or c.endswith("ing"))
            for a, b, c in zip(ahead, ahead[1:], [*ahead[2:], ""], strict=False)
        )
    # Not a passive: "The quote was attributed to a farmer" is no one's account.
    passive = v > 0 and toks[v - 1].low in BE_FORMS
    return low in {"attributes", "attributed"} and "to" in ahead and not passive


# Documents whose words a story quotes as what they "read".
_WORDED = cc.words(
    "statement statements notice notices letter letters message email memo sign post"
)


def reports_in_frame(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` reports speech through a frame: a call, speech in progress, a quote."""
    return (
        called_to_say(toks, v)
        or progressive(toks, v)
        or quotes_as_saying(toks, v)
        or explains_by(toks, v)
        or document_reads(toks, v)
    )


def document_reads(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` gives a document's words: "A statement from the trust read that …".

    Only a statement, notice, letter or the like "reads" so, and only with a clause or a
    quotation after it ("the meter read 40" reports a reading, not words).
    """
    if toks[v].low not in {"read", "reads"} or v + 1 >= len(toks):
        return False
    after = toks[v + 1]
    if after.low != "that" and after.text != ":" and not is_quote(after):
        return False
    # Only a document whose sender the sentence names: "A notice beside the case reads:" is
    # no one's words until the story says whose.
    before = [t.low for t in toks[max(0, v - 8) : v]]
    return any(w in _WORDED for w in before) and ("from" in before or "by" in before)


_VERDICT_OBJECTS = [[o, d] for o in ("it", "them", "this", "that") for d in ("the", "a", "an")]


def calls_it(toks: Sequence[Tok], v: int) -> bool:
    """Whether the verb at ``toks[v]`` names its object as something ("calls it the finest")."""
    return [t.low for t in toks[v + 1 : v + 3]] in _VERDICT_OBJECTS


def gerund_object(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` is the object of a gerund after a preposition, a noun.

    "an optimistic timetable for filling posts", "by sending texts": nobody posts or texts.
    """
    return (
        v >= 2
        and toks[v].low.endswith("s")
        and toks[v - 1].low.endswith("ing")
        and toks[v - 2].low in cc.PREPOSITIONS_NP
    )


def _opens_with_name(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[:k]`` is a person's name of two words or more, or a role and that name.

    "Ottoline Vasquez-Reid apologised on Monday" and "The chief executive, Ottoline
    Vasquez-Reid, apologised on Monday": a name that opens the sentence is its subject. "A survey
    by the Orlin Institute published on Wednesday" and "Two Marines stationed at the base" are
    participles after a name.
    """
    if k > 4 and toks[k - 1].text == ",":
        comma = next((c for c in range(k - 2, 0, -1) if toks[c].text == ","), 0)
        role = toks[:comma]
        if not 0 < comma <= 5 or any(t.text in PUNCT or t.low.endswith("ed") for t in role):
            return False
        return _opens_with_name(toks[comma + 1 : k - 1], k - comma - 2)
    if k < 2 or not all(t.text[:1].isupper() for t in toks[:k]):
        return False
    return toks[0].low not in cc.DETERMINERS | cc.INDEFINITE | cc.QUANTIFIERS
