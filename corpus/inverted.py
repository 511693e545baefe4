"""The speaker after an inverted reporting verb.

"..., said Jane Roe", "said a spokeswoman for the county", "said Borja del Pozo Cruz, the lead
author": a name, a role, or a representative with the body they speak for.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.tokens import PUNCT, NameBook, Tok, is_quote

_NAME_PARTICLES = cc.words("de del della da das dos du van von der den bin ibn al el le la")
PREPOSITIONS = cc.words("in on at during after before by via from to over with as last this")
_NOT_ROLES = (
    PREPOSITIONS
    | cc.DETERMINERS
    | cc.CONNECTORS
    | cc.words("after under over other whether however either never ever rather later earlier")
)
# What opens a speaker's description: "said the administrator", "said its general secretary".
_DETERMINING = cc.words("the a an its his her their")
_ONE_OF = cc.words("one another")
# Words that end the body named after "for"/"of" ("a spokeswoman for the county who ...").
_PHRASE_ENDS = cc.words("who which that when where while after before as and but in on during")
_AUXILIARIES = cc.words("is are was were has have had will would could should must")


def _in_inverted_phrase(toks: Sequence[Tok], k: int, j: int, book: NameBook) -> bool:
    """Whether ``toks[j]`` continues a speaker phrase that began at ``toks[k]``."""
    t = toks[j]
    if book.is_name(toks, j) or t.low in cc.ROLE_WORDS or t.low in cc.PERSON_ROLES:
        return True
    if _role_before_name(toks, j, book):
        return True  # "said union organiser Petra Okafor"
    if _modifies_role(toks, j):
        return True  # "said Corvin's network director, Helena Strathairn"
    if j == k:
        # "said one club official", "said two party officials": a count before the role.
        return t.low in _DETERMINING or (
            t.low in cc.INDEFINITE and j + 1 < len(toks) and toks[j + 1].text.islower()
        )
    if t.text == ".":
        return len(toks[j - 1].text) <= 4  # "Dr. Elaine Park", "James T. Whitcomb"
    more = j + 1 < len(toks)
    if t.low in {"of", "for", "at"}:
        return more
    if t.low in _NAME_PARTICLES:
        return more and book.is_name(toks, j + 1)  # "Borja del Pozo Cruz"
    return t.text.endswith(("’s", "'s"))


def _modifies_role(toks: Sequence[Tok], j: int) -> bool:
    """Whether ``toks[j]`` is a lowercase noun before a role ("network" of "network director")."""
    if j + 1 >= len(toks) or not toks[j].text.islower() or toks[j].low in _NOT_ROLES:
        return False
    role = toks[j + 1].low
    return role in cc.PERSON_ROLES or (role in cc.ROLE_WORDS and role not in cc.ORG_GENERIC)


def _role_before_name(toks: Sequence[Tok], j: int, book: NameBook) -> bool:
    """Whether ``toks[j]`` opens a lowercase role right before a name ("union organiser X")."""
    for m in (j, j + 1):
        if m + 1 >= len(toks) or not toks[m].text.islower() or toks[m].low in _NOT_ROLES:
            return False
        role = toks[m].low in cc.PERSON_ROLES or toks[m].low.endswith(cc.ROLE_ENDINGS)
        if role and len(toks[m].low) > 4 and book.is_name(toks, m + 1):
            return True
    return False


def _described(toks: Sequence[Tok], k: int) -> int:
    """End of "a consultant orthopaedic surgeon at the hospital" in a tag right after a quotation.

    Whoever the tag describes spoke, whatever their trade: no list of roles is needed there.
    """
    j = k + 1
    while j < len(toks) and j - k < 6 and toks[j].text.isalpha() and toks[j].text.islower():
        if toks[j].low in _NOT_ROLES or toks[j].low in _PHRASE_ENDS:
            break
        j += 1
    if j == k + 1:
        return k
    if j < len(toks) and toks[j].low in {"at", "of", "for", "from"}:
        j += 1
        while j < len(toks) and j - k < 16 and not (toks[j].text in PUNCT or is_quote(toks[j])):
            if toks[j].low in _PHRASE_ENDS:
                break
            j += 1
    nxt = toks[j] if j < len(toks) else None
    return j if nxt is None or nxt.text in PUNCT or nxt.low in {"who", "when"} else k


def np_after(toks: Sequence[Tok], k: int, book: NameBook) -> int:
    """End (exclusive) of the speaker phrase after an inverted verb ("..., said Jane Roe.").

    Args:
        toks: the sentence's tokens.
        k: index of the first token after the verb.
        book: the document's proper names.

    Returns:
        One past the phrase's last token, or ``k`` when no inverted speaker follows.
    """
    j = k
    while j < len(toks) and j - k < 10 and _in_inverted_phrase(toks, k, j, book):
        j += 1
    if j > k + 1 and toks[j - 1].low in {"of", "for", "at"}:
        # "said a spokeswoman for the county": the body after it runs to the punctuation.
        while j < len(toks) and j - k < 14 and not (toks[j].text in PUNCT or is_quote(toks[j])):
            # "said two of his staff had been cut": a clause said, no body to speak for.
            if toks[j].low in _PHRASE_ENDS or toks[j].low in _AUXILIARIES:
                break
            j += 1
    while j > k and (toks[j - 1].low in cc.CONNECTORS or toks[j - 1].low in {"the", "a", "an"}):
        j -= 1
    if not any(book.is_name(toks, n) or toks[n].low in cc.ROLE_WORDS for n in range(k, j)):
        # "..., said the administrator, Philippa Strangeways", "said the union's convenor at the
        # plant, Isolde Pennycuick": any description, with a name apposed after its comma.
        # "wrote one user, @quayside_kev": one of many, named after the comma.
        if k >= len(toks) or (toks[k].low not in _DETERMINING and toks[k].low not in _ONE_OF):
            return k
        if not any(is_quote(t) for t in toks[:k]):
            return k  # a tag closes a quotation; "The report, published …, says the claims by"
        stops = (m for m in range(k + 2, min(len(toks) - 1, k + 9)) if toks[m].text in PUNCT)
        m = next(stops, None)
        if m is not None and toks[m].text == "," and book.is_name(toks, m + 1):
            return m
        return _described(toks, k) if k > 1 and is_quote(toks[k - 2]) else k
    nxt = toks[j] if j < len(toks) else None
    if nxt is None or nxt.text in PUNCT or nxt.low in PREPOSITIONS or nxt.low in {"who", "when"}:
        return j
    return k
