"""Tokens of a masked sentence, and which capitalised words of a document are proper names.

No tagger: a capitalised word is a name when the document also capitalises it away from a
sentence start (so "Analysts" and "Critics" are not names, "Ofwat" and "Hittner" are).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from corpus import claim_cues as cc

# A word starts with a letter or digit, so an opening single quote stays its own token. A plural
# possessive before a lowercase word, or a capitalised one before a capitalised word, keeps its
# apostrophe ("Dock workers’ union official", "Halden Workers' Union"): it is part of the
# phrase, not a closing quote that would end it. "2,400" is one number, not two pieces of a list.
_TOKEN_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:[A-Za-z]\.){2,}|[\w@&][\w’'&@/.-]*s[’'](?=\s+[a-z])"
    r"|[A-Z][\w’'&@/.-]*s[’'](?=\s+[A-Z])"
    r"|[\w@&][\w’'&@/.-]*\w|\w|[^\w\s]"
)
# Any letter: names may start with one outside A-Z ("Ås", "Øberg", "Łukasz"); the loop below
# keeps the capitalised ones.
_CAP_RE = re.compile(r"[^\W\d_][\w’'&.-]*")
_OPENERS = " “\"‘'([*"
POSSESSIVES = ("’s", "'s")
PUNCT = frozenset(",;:()[]—–-\"“”«»‘’'!?.…")


_ACRONYM_CLASH = frozenset({"WHO", "US", "IT"})
"""Acronyms whose lower case is a function word ("who", "us", "it")."""
_ACRONYM_CLASH_RE = re.compile(rf"\b(?:{'|'.join(sorted(_ACRONYM_CLASH))})\b")


class Tok(NamedTuple):
    """One token of a (masked) sentence, with its offsets."""

    start: int
    end: int
    text: str
    low: str


def tokenize(masked: str) -> list[Tok]:
    """Split a masked sentence into word and punctuation tokens (quoted words become ``_``s)."""
    new = tuple.__new__  # the tuple constructor itself: this runs for every word of a corpus
    toks = [
        new(Tok, (m.start(), m.end(), w, w.lower()))
        for m in _TOKEN_RE.finditer(masked)
        for w in (m.group(),)
    ]
    if _ACRONYM_CLASH_RE.search(masked):
        # "the WHO said", "the US said": a name, not the pronoun its lower case would be.
        toks = [t._replace(low=t.text) if t.text in _ACRONYM_CLASH else t for t in toks]
    return toks


SENTENCE_ENDINGS = tuple('.!?…”"’')
"""What a line of prose ends with; a heading, a signature or a list label ends otherwise."""


def reads_as_label(text: str, most_words: int = 10) -> bool:
    """Whether a line reads as a heading or a list's line: short, and not ended as prose is."""
    text = text.rstrip()
    return len(text.split()) <= most_words and not text.endswith(SENTENCE_ENDINGS)


def token_from(toks: Sequence[Tok], offset: int) -> int:
    """The index of the first token starting at or after ``offset`` (``len(toks)`` if none)."""
    return next((i for i, t in enumerate(toks) if t.start >= offset), len(toks))


def opening_bracket(toks: Sequence[Tok], close: int) -> int | None:
    """The "(" at most ten tokens before the ")" at ``toks[close]``, if there is one."""
    return next((m for m in range(close - 1, max(0, close - 9), -1) if toks[m].text == "("), None)


def bare(word: str) -> str:
    """A word without its possessive ending: "Paxton's" -> "Paxton", "workers’" -> "workers"."""
    if word[-2:] in POSSESSIVES:
        return word[:-2]
    return word[:-1] if word[-1:] in "’'" and word[-2:-1] == "s" else word


def is_quote(tok: Tok) -> bool:
    """Whether the token is blanked-out quotation or a quotation mark."""
    return tok.text[0] == "_" or tok.text in '"“”«»„'


class NameBook:
    """Which capitalised words of one document are names, from where it capitalises them."""

    def __init__(self, texts: Sequence[str]) -> None:
        """Collect the words capitalised away from a sentence start.

        Args:
            texts: the document's sentences.
        """
        self.mid: set[str] = set()
        for text in texts:
            first = len(text) - len(text.lstrip(_OPENERS))
            for m in _CAP_RE.finditer(text):
                at = m.start()
                if at == first or not text[at].isupper():
                    continue
                before = text[max(0, at - 3) : at].rstrip(_OPENERS)
                if before[-1:] in {":", "—", "–"}:
                    continue
                self.mid.add(bare(m.group(0).rstrip(".")))

    def is_name(self, toks: Sequence[Tok], k: int) -> bool:
        """Whether ``toks[k]`` is (part of) a proper name."""
        word = bare(toks[k].text).rstrip(".")
        if word[:1] == "@" and len(word) > 2:
            return True  # a social-media handle names its account: "@quayside_kev"
        if not word[:1].isupper() or word in cc.CAP_STOP or word in cc.CALENDAR:
            return False
        if "-" in word and word.rsplit("-", 1)[1].islower() and word not in cc.ORG_WORDS:
            return False  # "Stockholm-based", "Kremlin-backed": adjectives; not "Co-operative"
        initial = k == 0 or toks[k - 1].text in '“"‘(:—–'
        if not initial or word in self.mid or word in cc.PERSON_TITLES or word in cc.ORG_WORDS:
            return True
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        return nxt[:1].isupper() and bare(nxt) in self.mid
