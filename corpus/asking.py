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
_QUESTION_WORDS = cc.words("whether why how")
_THE_PUBLIC = cc.words("people public anyone everyone anybody everybody")
_WHO_ELSE = cc.words("who with in near")
# Asking a court or the parties is a step in a case, on the record: "asked the court to order".
_PROCEDURE = cc.words("court courts judge judges tribunal sides parties jury jurors")
