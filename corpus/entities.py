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
# A place's own bodies: "Brackenfold District Council" is not the Brackenfold of a festival.
_PLACE_BODIES = cc.words("council district county borough parish municipality court police")
# What a story calls a place ("Wicklestone, a town of about 86,000 people"): a place is only
# ever itself, not "the mayor of Wicklestone" nor the "Wicklestone Ratepayers' Association".
_PLACE_RE = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:town|city|village|hamlet|suburb|port|island|region"
    r"|country)\s+of\b"
)
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
        voice: for a body, the gender of the spokesperson who last spoke for it ("A
            spokeswoman for the trust said … She said": the trust's words still).
        spoke: whether a sentence has attributed words to it.
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
    voice: str | None = None
    spoke: bool = False

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


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as a sentence uses it, ready to compare with the entities met so far.

    Attributes:
        kind: the kind the sentence suggests (``person``, ``org`` ...).
        words: its capitalised words, possessives dropped.
        low: all its words, lowercase.
        acronym: the acronym it is, if it is one ("UN").
        given: its words without titles: "Ms Quarrie-Doyle" is the surname's bearer, titled.
        gender: the gender its title or first name tells, if any.
        described: whether it ends with the name, not a common noun after it ("the Solvang
            family" and "Brook's lawyers" are someone else).
    """

    kind: str
    words: tuple[str, ...]
    low: tuple[str, ...]
    acronym: str | None
    given: tuple[str, ...]
    gender: str | None
    described: bool

    @classmethod
    def of(cls, text: str, kind: str) -> Mention | None:
        """Read a name; ``None`` when it has no capitalised word."""
        words = name_words(text)
        if not words:
            return None
        low = text.lower().split()
        given = [w for w in words if w.rstrip(".") not in cc.PERSON_TITLES] or words
        described = low[-1] == text.split()[-1] and low[-1].isalpha()
        return cls(
            kind, tuple(words), tuple(low), acronym_of(text), tuple(given), gender_of(words),
            described,
        )  # fmt: skip

    def names(self, e: Entity) -> bool:
        """Whether this mention refers to ``e``: same name, same surname, or the same body."""
        if not e.named or e.kind == "document":
            return False
        low, theirs = list(self.low), e.words
        if e.low == low:
            return True
        if e.display and _PLACE_RE.search(e.display):
            return False
        if self.acronym and e.kind != "person" and initials(e.name) == self.acronym:
            return True  # "the UN" after "the United Nations"
        if not theirs:
            return False
        short, long = sorted((low, e.low), key=len)
        # "the mayor of Wicklestone" is neither Wicklestone nor a person surnamed so.
        owned = len(long) > len(short) and long[-len(short) - 1] == "of"
        # A "Mrs" is not the husband of the same name.
        same_person = (
            self.words[-1] == theirs[-1]
            and not owned
            and (len(self.given) == 1 or len(theirs) == 1 or self.given[0] in theirs)
            and (self.gender is None or e.gender in (None, self.gender))
        )
        if e.kind != "org" and self.kind != "org" and same_person and not self.described:
            return True
        if e.kind == "person" or self.kind == "person":
            return False
        # "Veltrix" and "Veltrix Semiconductor", not "Ukraine's military" and "Ukraine's
        # General Staff": compare every word, not just the capitalised ones.
        # "Brackenfold District Council" is not the Brackenfold of "Brackenfold festival
        # cancelled": a place's own body shares only the place's name.
        local = long[: len(short)] == short and not _PLACE_BODIES.isdisjoint(long[len(short) :])
        if (long[: len(short)] == short and not local) or (
            long[-len(short) :] == short and not owned
        ):
            return True  # "Veltrix Semiconductor"; "Bellmont police", then "Police"
        # Inside a longer name only as a name of its own: "Health" (of "Health officials") is
        # not the Northern Health Organisation.
        return len(short) > 1 and f" {' '.join(short)} " in f" {' '.join(long)} "


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
