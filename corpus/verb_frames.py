"""What follows a reporting verb: a clause, an estimate, a quotation, or a ruling's object.

"said the plan was dead" reports speech, "reported the allegations" an event; "put the toll at
12" gives an estimate; "was quoted as saying" is the subject's speech; "denied bail" is a ruling.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.tokens import PUNCT, Tok, is_quote
from corpus.verbs import AS_SAYING, BE_FORMS, VERBS, progressive, verbish

_CLAUSE_SUBJECTS = cc.words("he she they it we i there you")
_RULED_ON = cc.words(
    "motion motions bail appeal appeals request requests application applications petition "
    "petitions bid bids permission injunction"
    # "Marsh denies 14 counts of fraud": a plea, on the court's record like a ruling.
    " count counts charge charges offence offences offense offenses"
)
# "Quillon had admitted 14 counts of fraud": a plea, as "denied" is; "admitted that" reports.
_RULING_VERBS = cc.words("denied denies deny rejected rejects admitted admits admit")
_ACCUSING = cc.words("accused accuses accuse")
_HEARSAY = cc.words("allegedly reportedly purportedly supposedly reputedly")
_JUDGED = cc.words("wrongly rightly correctly incorrectly falsely accurately mistakenly")
_MODALS = cc.words("can could may might will would should must shall")


_TALLIES = cc.words("toll figure estimate count total number")
_COUNTED_AT = re.compile(r"[\d£$€]|more$|about$|around$|nearly$|over$|least$|some$|fewer$|less$")


def puts_figure(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` is the "put" of "X put the death toll at 12" (an estimate given).

    So is a poll's "put Thorold on 41%", and "the agency gave the toll as 27".
    """
    low = toks[v].low
    counted = v + 1 < len(toks) and (
        toks[v + 1].low in cc.DETERMINERS or toks[v + 1].low in {"its", "their"}
    )
    if low in {"gave", "gives"}:
        tally = range(v + 2, min(len(toks) - 1, v + 4))
        return counted and any(toks[k].low in _TALLIES and toks[k + 1].low == "as" for k in tally)
    if low not in {"put", "puts"}:
        return False
    for k in range(v + 2, min(len(toks) - 1, v + 5)):
        # "put the death toll at 12", "put the number of bags left behind at more than 2,000"
        if toks[k].low in cc.ESTIMATE_NOUNS:
            at = next(
                (j for j in range(k + 1, min(len(toks) - 1, k + 9)) if toks[j].low == "at"), 0
            )
            if at == k + 1 or (at and _COUNTED_AT.match(toks[at + 1].low)):
                return counted
        # A poll's share: "put Thorold on 41%", "put Labour at 40 per cent".
        if toks[k].low in {"on", "at"} and toks[k + 1].text[:1].isdigit():
            return True
    return False


def quoted_as_saying(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` is the "quoted" of "X was quoted as saying" (X said it)."""
    return (
        toks[v].low == "quoted"
        and v + 2 < len(toks)
        and toks[v + 1].low == "as"
        and toks[v + 2].low in AS_SAYING
    )


# Words that open a phrase between a verb and its clause ("announced on Monday that", "writes
# from Sallowmere Drove that").
_LEAD_INS = cc.words("in on at during last this earlier later to via from")
_LIKELY = cc.words("likely unlikely possible probable certain doubtful inevitable")


_PLACES = cc.words("in on at inside near under beneath behind")


def found_in_place(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` is the participle of "a pair of skates found in the loft".

    Things found somewhere were found by someone; "The study found in 2019 that …" still
    reports a finding.
    """
    if toks[v].low != "found" or v + 1 >= len(toks) or toks[v + 1].low not in _PLACES:
        return False
    return not any(t.low == "that" for t in toks[v + 2 : v + 12])


def rules_on(toks: Sequence[Tok], v: int) -> bool:
    """Whether the object of "denied" at ``v`` is a ruling's or a plea's (bail, 14 counts)."""
    for t in toks[v + 1 : v + 6]:
        if t.low in _RULED_ON:
            return True
        if t.text in PUNCT or t.low == "that":
            return False
    return False


COMMITMENTS = cc.words("promised promises pledged pledges vowed vows")
"""Verbs of a pledge, which is the speaker's word with a clause or an object."""
# "Anglers have reported seeing a plume": what they say they saw.
_PERCEIVING = cc.words("seeing hearing smelling noticing feeling spotting")
# A verb after these belongs to a clause of time or reason, not to what was said: "showed no
# reaction as the sentence was read" (but "said as many as 40 had died").
_ADVERBIAL = cc.words("as when while because after before until although though whereas")
_AS_MUCH = cc.words("many much few little well soon long far")


def calls_for(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` is the "called" of "called for the contract to be suspended".

    Said of a person, a demand; "The plan calls for 1,200 homes" is what a plan provides.
    """
    return (
        toks[v].low in {"called", "calls", "call"}
        and v + 1 < len(toks)
        and toks[v + 1].low == "for"
    )


# Verbs that deny a claim named as their object: "dismissed suggestions that the club must sell".
_REBUTTING = cc.words("rejected rejects dismissed dismisses rebutted rebuts refuted refutes")
_CLAIM_NOUNS = cc.words(
    "suggestion suggestions claim claims allegation allegations accusation accusations "
    "criticism criticisms idea notion report reports charge charges rumour rumours speculation"
)


def rebuts(toks: Sequence[Tok], v: int) -> bool:
    """Whether the verb at ``v`` denies a claim ("rejected the suggestion that …"), not a plan."""
    for k in range(v + 1, min(len(toks), v + 5)):
        if toks[k].low in _CLAIM_NOUNS:
            return True
        if toks[k].text in PUNCT or verbish(toks, k):
            return False
    return False


def has_complement(toks: Sequence[Tok], v: int, tag: bool) -> bool:
    """Whether a clause follows the verb at ``v``, or the verb is a tag ("..., it said.")."""
    n = len(toks)
    k = v + 1
    if toks[v].low in _REBUTTING:
        return rebuts(toks, v)
    if k >= n or toks[k].text in {",", ".", "!", "?", ";"}:
        return True
    first = toks[k]
    if first.low == "that" or first.text == ":" or is_quote(first):
        return True
    if (
        first.low == "it"
        and k + 2 < n
        and toks[k + 1].low in _LIKELY
        and toks[k + 2].low == "that"
    ):
        return True  # "He thinks it likely that courts will …"
    if first.low in _CLAUSE_SUBJECTS:
        return k + 1 < n and verbish(toks, k + 1)
    if first.low == "to" and toks[v].low in COMMITMENTS:
        return True  # "has promised to review the closure": a commitment the speaker made
    if first.low in _PERCEIVING or calls_for(toks, v):
        return True  # "reported seeing a plume"; "called for a review": a demand made
    if first.low in _LEAD_INS:
        for m in range(k + 1, min(n, k + 10)):
            t = toks[m]
            if t.low == "that":
                return True
            if (t.text in {".", "!", "?"} and m == n - 1) or t.text == ",":
                return tag  # "..., the company announced on Wednesday."
            if verbish(toks, m) or (t.text in PUNCT and t.text not in {"'", "’", "-"}):
                return False
            if t.low.endswith("ing") and m + 1 < n and toks[m + 1].low == "that":
                return False  # "wrote to the council demanding that ...": not a report
        return False
    if first.low in {"and", "or", "but", "then"} or first.text[:1].isdigit():
        return False  # "added 1.1 million paid subscribers": an object, not a clause
    for m in range(k, min(n, k + 6)):
        t = toks[m]
        if t.text in PUNCT or t.low in cc.PREPOSITIONS_NP:
            return False
        if m > k and t.low in _ADVERBIAL and not (m + 1 < n and toks[m + 1].low in _AS_MUCH):
            return False
        if m > k and verbish(toks, m):
            return True
    return False


# Nouns ending like an adverb: "The assembly says" has a subject, not an adverb.
_LY_NOUNS = cc.words(
    "assembly ally rally supply monopoly anomaly family belly jelly bully reply fly lily"
)


def is_adverb(low: str) -> bool:
    """Whether a lower-case word reads as an adverb ("widely"), not a noun ("assembly")."""
    return low.endswith("ly") and low not in _LY_NOUNS


def skip_adverbs(toks: Sequence[Tok], k: int) -> int:
    """The index of the first token at or before ``k`` that is no adverb ("also", "widely")."""
    while k > 0 and toks[k].text.islower() and (is_adverb(toks[k].low) or toks[k].low == "also"):
        k -= 1
    return k


def verb_group_start(toks: Sequence[Tok], v: int) -> int | None:
    """Where the verb group of the reporting verb ``toks[v]`` starts, if it reports at all.

    "was quoted as saying" reports; "a reported fee", "residents were told to leave", "it
    wrongly predicted", "Treasurer accused of fraud", "The judge denied bail", "can tell you",
    "did not say" and "allegedly told" do not.

    Args:
        toks: the sentence's tokens.
        v: the index of the reporting verb.

    Returns:
        The index of the group's first auxiliary or adverb (``v`` when there is none), or
        ``None`` when the verb reports nothing here.
    """
    low = toks[v].low
    particle = cc.VERB_PARTICLES.get(low)
    # Within three words: "She accepted in cross-examination that …".
    if particle and all(t.low != particle for t in toks[v + 1 : v + 5]):
        return None
    right_after = cc.NEXT_PARTICLES.get(low)
    if right_after and (
        v + 2 >= len(toks)
        or toks[v + 1].low != right_after
        or toks[v + 2].low not in cc.RETORT_OPENERS
    ):
        return None
    keen = v > 2 and toks[v - 1].low == "to" and toks[v - 2].low in _KEEN
    if keen and toks[v - 3].low in BE_FORMS:
        return v - 3  # "She was careful to add that …": she adds it
    # "Solvang was quoted as saying that ...", "entrants were claiming that ...".
    passive_speech = quoted_as_saying(toks, v) or progressive(toks, v)
    k = skip_adverbs(toks, v - 1)  # "is also said to", "was widely reported to"
    if v and (
        toks[v - 1].low in cc.DETERMINERS or (toks[k].low in BE_FORMS and not passive_speech)
    ):
        return None  # "a reported fee", "residents were told to leave"
    if v and toks[v - 1].low in cc.PREPOSITIONS_NP:
        return None  # "beat City with disputed penalty": an adjective, nobody disputes here
    after = toks[v + 1].low if v + 1 < len(toks) else ""
    if low.endswith("s") and after in cc.CLAUSE_VERBS and not after.endswith("s"):
        return None  # "Leaked emails show", "Reports suggest": a plural noun, then its verb
    if v and toks[v - 1].low in _JUDGED:
        return None  # "it wrongly predicted a price cut": the outlet judging a past claim
    if low in _ACCUSING and v + 1 < len(toks) and toks[v + 1].low == "of":
        return None  # "Treasurer accused of fraud": a headline's passive, the accuser unsaid
    if low in _RULING_VERBS and rules_on(toks, v):
        return None  # "The judge denied bail": a ruling is an act on the record, not a claim
    if low == "ruled" and v + 1 < len(toks) and toks[v + 1].low in {"out", "in"}:
        return None  # "ruled out a rate cut", "ruled in favour": no finding is reported
    j = v
    while j > 0 and (
        toks[j - 1].low in cc.AUXILIARIES
        or (is_adverb(toks[j - 1].low) and toks[j - 1].text.islower())
    ):
        # "a machine can tell you": ability or prospect, not a report; but "The force would
        # say only that …" reports what it did say.
        if toks[j - 1].low in _MODALS and not (
            toks[j - 1].low == "would" and any(t.low == "only" for t in toks[j : v + 2])
        ):
            return None
        if toks[j - 1].low in {"not", "n't", "never"}:
            return None  # "Peskov did not say whether ...": nothing was said
        if toks[j - 1].low in _HEARSAY:
            return None  # "Holloway allegedly told investigators": that he said it is a report
        if low == "expected" and toks[j - 1].low == "had":
            return None  # "analysts had expected $5.7 billion": a forecast overtaken by events
        j -= 1
    return j


# "She was careful to add", "He was quick to point out": the speaker's own words.
_KEEN = cc.words("careful quick keen eager anxious")


def closing_tag(toks: Sequence[Tok]) -> int | None:
    """The "said" of a tag closing a sentence after a comma (", his lawyer, X, said."), if any.

    Only when an earlier reporting verb would otherwise take the sentence: the tag's speaker
    is set off by commas, and nothing but the full stop follows the verb.

    Args:
        toks: the sentence's tokens.

    Returns:
        The index of the closing "said", or ``None``.
    """
    end = len(toks) - 1 if toks and toks[-1].text in {".", "!", "?"} else len(toks)
    v = end - 1
    if v < 3 or toks[v].low not in {"said", "says"}:
        return None
    opening = next((k for k in range(v - 1, 0, -1) if toks[k].text == ","), None)
    if opening is None or opening < v - 8 or toks[v - 1].text != ",":
        return None
    earlier = any(t.low in VERBS for t in toks[:opening])
    return v if earlier else None
