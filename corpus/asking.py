"""Asking as reporting: a request or a question put is its maker's word.

"It has asked walkers not to leave the path" and "Councillor Oyelaran asked why the company had
not warned drivers" report what the subject asked, as "urged" does; "was asked to", "asked
about" and "who asked not to be named" ask nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpus import claim_cues as cc
from corpus.tokens import Tok
from corpus.verbs import BE_FORMS

_ASKING = cc.words("asked asks")


def asks_to(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` asks someone to do something, or asks a question of its own.

    A request is its maker's word, as "urged" is ("It has asked walkers not to leave"); so is
    a question put ("Councillor Oyelaran asked why the company had not warned drivers"). "was
    asked to", "asked about" and "who asked not to be named" ask nothing.
    """
    if toks[v].low not in _ASKING or (v and toks[v - 1].low in _NOT_ASKERS):
        return False
    if v + 2 < len(toks) and toks[v + 1].low == "for" and toks[v + 2].low in _NOTICE_REQUESTS:
        return False  # "the family has asked for donations instead of flowers": a notice
    if v + 1 < len(toks) and toks[v + 1].low in _QUESTION_WORDS:
        return True
    for k in range(v + 2, min(len(toks) - 1, v + 12)):
        if toks[k].low == "to" or (toks[k].low == "not" and toks[k + 1].low == "to"):
            asked = toks[v + 1 : k]
            if asked[0].low in _THE_PUBLIC and asked[1:2] and asked[1].low in _WHO_ELSE:
                return True  # "asked anyone who spots Juniper to ring the park"
            return k < v + 6 and (
                all(t.text.isalpha() and t.text.islower() for t in asked)
                and (asked[-1].low.endswith("s") or asked[-1].low in _THE_PUBLIC)
                and not any(t.low in _PROCEDURE for t in asked)
            )
    return False


# "who asked not to be named" asks nothing of anyone; "were asked to leave" is asked.
_NOT_ASKERS = BE_FORMS | cc.words("who which")
_NOTICE_REQUESTS = cc.words("donations privacy flowers")
_QUESTION_WORDS = cc.words("whether why how")
_THE_PUBLIC = cc.words("people public anyone everyone anybody everybody")
_WHO_ELSE = cc.words("who with in near")
# Asking a court or the parties is a step in a case, on the record: "asked the court to order".
_PROCEDURE = cc.words("court courts judge judges tribunal sides parties jury jurors")


_TELLING = cc.words("told tells")
_HAS = cc.words("has have")
# Words that end the listener of "told" and start what was said: "told the Bugle that he …".
_SAID_STARTS = cc.words("that he she it they we i you his her their its this these there")


def orders(toks: Sequence[Tok], v: int) -> bool:
    """Whether ``toks[v]`` gives an order rather than reports speech: "has told X (not) to do".

    "Bramblecot has told parents to stop using the seat" and "Fennick tells 180 drivers to go
    self-employed" are the firm's acts, news the outlet states, where "told the Bugle that …"
    reports what was said.
    """
    # Past "told jurors not to" is mostly read as the teller's word: only a firm's present act.
    if toks[v].low not in _TELLING or (toks[v].low == "told" and toks[v - 1].low not in _HAS):
        return False
    for k in range(v + 2, min(len(toks) - 1, v + 10)):
        tok = toks[k]
        if tok.low == "to" or (tok.low == "not" and toks[k + 1].low == "to"):
            nxt = toks[k + 2] if tok.low == "not" else toks[k + 1]
            return nxt.text.isalpha() and nxt.text.islower()
        if tok.low in _SAID_STARTS or tok.low in BE_FORMS or not tok.text[:1].isalnum():
            return False
    return False
