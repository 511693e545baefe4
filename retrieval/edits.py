"""How far apart two spellings of a word are: typing slips and transliterations."""

from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = re.compile(r"(?<=.)[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
TRANSLITERATED_LENGTH = 7
"""The shortest name compared by its consonants: short words share too many skeletons."""


def within_edits(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most ``limit`` (banded, early exit)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


@lru_cache(maxsize=4096)  # a question's word is compared with every corpus name of its letter
def consonants(word: str) -> str:
    """A word's consonants after its first letter, doubled ones once ("shishkaryov": "shshkrv")."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", word.lower()))


def transliterated(a: str, b: str) -> bool:
    """Whether two long names are one name transliterated two ways.

    Russian and Ukrainian names reach English with their vowels spelt many ways ("Arestovych"
    and "Arestovich", "Volobuyev" and "Volobuev") and an ending's "v" kept or dropped
    ("Shishkaryov" and "Shishkarey"): their first letters and consonants agree otherwise.
    "Germany" and "Germans" do not. Shorter names agree when only their spelling of "ks" and
    of a final "y" differs ("Alexei" and "Aleksey").
    """
    if a[:1] != b[:1]:
        return False
    if min(len(a), len(b)) >= 5 and _romanised(a) == _romanised(b):
        return True  # "Alexei" and "Aleksey", "Dmitri" and "Dmitry"
    if min(len(a), len(b)) < TRANSLITERATED_LENGTH:
        return False
    ka, kb = sorted((consonants(a), consonants(b)), key=len)
    return len(ka) >= 4 and kb in {ka, ka + "v"}


_FINAL_Y = re.compile(r"(?:ei|ey|ii|iy|yi|i)$")


def _romanised(word: str) -> str:
    """A name with "x" as "ks" and a final "-ei", "-ii", "-i" as "-y"."""
    return _FINAL_Y.sub("y", word.lower().replace("x", "ks"))
