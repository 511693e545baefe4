"""The people, bodies and groups a story mentions, and what their names say about them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from corpus import claim_cues as cc
from corpus.tokens import bare

_ACRONYM_SKIP = frozenset({"the", "of", "and", "for", "on", "in"})
BRACKETED_ACRONYM_RE = re.compile(r"\(([A-Z]{2,})\)$")
"""A name that ends with its acronym in brackets: "Democratic Renewal Alliance (DRA)"."""
BODY_MARK = "which"
"""The descriptor a subject described by "which ..." carries: only things are, so it is a body
("Skarline, which operates the route, said")."""
PERSON_MARK = "who"
"""The descriptor a subject with an age or a "who" clause beside it carries: only people have
them ("Aldana, 29, said", "Aske, who had led the council, said"), so it is a person."""


@dataclass(slots=True, eq=False)  # one entity is one referent: compared by identity
class Entity:
    """One person, body or group the story mentions.

    Attributes:
        name: the fullest form of the name seen, as the text gives it.
        kind: ``person``, ``org``, ``group`` (several people), ``document`` or ``unknown``.
        named: whether the text names it (an unnamed group is not a source on the record).
        heads: lowercase nouns that describe it ("company", "judge", "manager").
        gender: ``f``, ``m`` or ``None``.
        order: when it was last mentioned (larger is more recent).
        mentions: how often it was mentioned.
        display: how the text introduced it, name and description ("Ann Marsh, a lawyer"),
            if it said more than the name.
    """

    name: str
    kind: str
    named: bool
    heads: set[str] = field(default_factory=set)
    gender: str | None = None
    order: int = 0
    mentions: int = 0
    words: list[str] = field(default_factory=list)  # its capitalised words, possessives dropped
    low: list[str] = field(default_factory=list)  # all its words, lowercase
    display: str | None = None

    def __post_init__(self) -> None:
        self.rename(self.name)

    @property
    def label(self) -> str:
        """The source as a reader should see it: as introduced, else its fullest name."""
        return self.display or self.name

    def rename(self, name: str) -> None:
        """Take a fuller form of the name ("Lindqvist", then "Petra Lindqvist")."""
        self.name = name
        self.words = name_words(name)
        self.low = name.lower().split()


def name_words(text: str) -> list[str]:
    """The capitalised words of a name, punctuation dropped.

    An owner's name is not the bearer's: "former head of Brenmark's customs service" has none,
    "BBC Weather's Ben Rich" is Ben Rich (and a lone "Varga's" is Varga).
    """
    split = text.split()
    # A possessive before more words names the owner of what follows.
    owners = {w for w in split[:-1] if bare(w.strip(",.()")) != w.strip(",.()")}
    return [
        bare(w.strip(",.()")) for w in split if w.lstrip("(")[:1].isupper() and w not in owners
    ]


def gender_of(words: Iterable[str]) -> str | None:
    """``f`` or ``m`` when a word of the mention says so ("Mrs", "spokesman", "his wife")."""
    low = {w.lower().strip(",") for w in words}
    if low & cc.FEMALE_WORDS:
        return "f"
    if low & cc.MALE_WORDS:
        return "m"
    return None


def acronym_of(text: str) -> str | None:
    """The acronym a mention is ("UN", "the WHO"), if it is one."""
    words = text.split()
    last = words[-1] if words else ""
    plain = len(words) == 1 or (len(words) == 2 and words[0].lower() == "the")
    return last if plain and 2 <= len(last) <= 6 and last.isalpha() and last.isupper() else None


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("The United Nations" -> "UN")."""
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def names_one_body(text: str) -> bool:
    """Whether a name with "and" in it names one firm or body.

    "Pennock and Vale Catering" and "Northmarch Fire and Rescue Service" do; "Britain and
    France" and "Kelvane Council and Westerly Grid", whose first part names a body of its own,
    do not.
    """
    words = text.split()
    capitalised = all(w[:1].isupper() or w in {"and", "&"} for w in words)
    if not capitalised or words[-1] not in cc.ORG_WORDS:
        return False
    joins = [i for i, w in enumerate(words) if w in {"and", "&"}]
    return words[-1] in cc.COMPANY_ENDINGS or all(
        i > 0 and words[i - 1] not in cc.ORG_WORDS for i in joins
    )
