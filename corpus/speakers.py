"""Who is who in a story: the people and bodies it mentions, and what "he" or "the company" means.

An editor reading a story keeps track of who was last in the foreground: the subject of the
sentences just read, and whoever last spoke. Pronouns and definite descriptions ("the judge",
"the governing body") resolve to the most recent fitting mention; a lone surname resolves to the
fullest form of that name the story has used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from corpus import claim_cues as cc
from corpus.definites import name_ending_in, resolve_definite
from corpus.entities import (
    BODY_MARK,
    BRACKETED_ACRONYM_RE,
    PERSON_MARK,
    Entity,
    Mention,
    gender_of,
    names_one_body,
)
from corpus.phrases import Phrase
from corpus.tokens import bare

_POSTMODIFIER_RE = re.compile(r"\s(?:at|of|for|from|in|with|by|on)\s")
_NOT_NAMES = cc.CAP_STOP | cc.CALENDAR
_NOT_HEADS = cc.DETERMINERS | cc.CONNECTORS
# The outlet itself, which reports and is never "the company": "Photograph: X for the Hawthorn",
# "The Hawthorn could not verify".
_OUTLET_RE = re.compile(
    r"(?:\bfor\s+the|^The)\s+([A-Z][\w’'-]+)(?=\s*$|\s+could\s+not\s+(?:independently\s+)?"
    r"(?:verify|confirm))",
    re.MULTILINE,
)
_OTHERS = cc.words("him his her")
MEMORY = 100
"""How many entities a reader keeps in mind: bounds the work per mention on huge documents."""


class Discourse:
    """The story so far: its entities, the most recently mentioned last."""

    def __init__(self, texts: Sequence[str]) -> None:
        """Start reading a story.

        Args:
            texts: all of its sentences (for the protagonist, computed only when needed).
        """
        self.entities: list[Entity] = []
        self._texts = texts
        self.position = 0
        """The index of the sentence being read."""
        self._clock = 0
        self._counts: dict[str, int] | None = None

    def _touch(self, e: Entity) -> Entity:
        self._clock += 1
        e.order = self._clock
        e.mentions += 1
        if self.entities[-1] is not e:  # keep the list in order of the latest mention
            self.entities.remove(e)
            self.entities.append(e)
        return e

    def _recent(self) -> list[Entity]:
        return self.entities[::-1]

    def find(self, text: str, kind: str) -> Entity | None:
        """The entity a name refers to: same name, same surname, or the same organisation."""
        mention = Mention.of(text, kind)
        if mention is None:
            return None
        found = [e for e in self._recent() if mention.names(e)]
        # "according to Ms Trask" after her father "Osbert Trask" spoke: the Trask known as "she".
        same = [e for e in found if mention.gender and e.gender == mention.gender]
        return next(iter(same or found), None)

    def note(
        self,
        phrase: Phrase,
        descriptors: Iterable[str] = (),
        kind: str | None = None,
        *,
        display: str | None = None,
    ) -> Entity | None:
        """Remember a mention of a named or unnamed source and bring it to the foreground.

        Args:
            phrase: the mention (pronouns and definite descriptions must be resolved first).
            descriptors: nouns from appositives ("the UK's largest water company").
            kind: the entity's kind when known from elsewhere.
            display: the mention with its description; the first one an entity gets stays.

        Returns:
            The entity, or ``None`` for phrases that are not sources (documents, pronouns).
        """
        if phrase.kind in {"pronoun", "definite", "vague", "document"}:
            return None
        joint = " and " in _POSTMODIFIER_RE.split(phrase.text, 1)[0]
        one = BRACKETED_ACRONYM_RE.search(phrase.text) or names_one_body(phrase.text)
        if joint and not one:
            # A joint source ("the company and the commission") is no one entity; an acronym
            # ("Scottish and Southern Electricity Networks (SSEN)") or a firm's or body's name
            # ("Pennock and Vale Catering", "Fire and Rescue Service") names one.
            return None
        named = phrase.kind in {"named", "role"}
        if kind is None:
            kind = {True: "person", False: "org", None: "unknown"}[phrase.person]
            titled = any(w.rstrip(".") in cc.PERSON_TITLES for w in phrase.text.split())
            if kind != "org" and BODY_MARK in descriptors and not titled:
                # Described by "which ...", as only things are: "Duxbridge Haulage, which runs
                # 90 lorries," is a body, though its two capitalised words read like a name.
                kind = "org"
            if kind == "unknown" and PERSON_MARK in descriptors:
                kind = "person"
            if not named or (phrase.kind == "role" and phrase.plural):
                # "A senior nurse …, speaking on condition of anonymity": one person, whom the
                # next "she" means, though unnamed.
                lone = not phrase.plural and kind == "person"
                kind = "group" if phrase.plural or (not named and not lone) else kind
        descriptors = list(descriptors)
        # A relative shares the surname but is someone else: no surname match for them.
        kin = any(d.lower() in cc.KIN_WORDS for d in descriptors)
        if phrase.head in cc.FAMILY_HEADS:
            kin, kind = True, "group"  # "the Kittering family" is not Ambrose Kittering
        e = self.find(phrase.text, kind) if named and not kin else None
        if e is None:
            e = Entity(phrase.text, kind, named)
            self.entities.append(e)
            if len(self.entities) > MEMORY:
                del self.entities[0]  # the least recently mentioned is forgotten
        elif len(phrase.text) > len(e.name) and (
            phrase.text.endswith(e.name.split()[-1])
            or (e.kind != "person" and phrase.text.startswith(e.name + " "))
        ):
            # "Lindqvist", then "Petra Lindqvist"; a headline's "University", then "the
            # University of Calderbrook"
            e.rename(phrase.text)
        if display and named and e.display is None and e.name.split()[-1] in display:
            e.display = display
        if e.kind == "unknown" and kind != "unknown":
            e.kind = kind
        e.heads.update(d.lower() for d in descriptors)
        e.heads.add(phrase.head)
        # "Budget carrier SkyJet", "chief executive Anders Lykke": the lowercase words before a
        # name describe its bearer ("the airline", "the executive"), but a noun that modifies
        # the next one does not: "museum director Philippa Gaunt" is no "museum".
        words = phrase.text.split()
        for word, after in zip(words, [*words[1:], ""], strict=True):
            if word in cc.POSTMODIFIER_STARTS:
                break  # "spokeswoman for the port authority": the rest describes someone else
            if word.islower() and not after.islower() and word not in _NOT_HEADS:
                e.heads.add(word)
        # "Sentencing him, the judge, X,", "her son, Y": an object or an owner is someone else.
        said = [w for w in [*phrase.text.split(), *descriptors] if w.lower() not in _OTHERS]
        e.gender = e.gender or gender_of(said)
        return self._touch(e)

    def note_document(self, phrase: Phrase) -> Entity:
        """Remember a document on the record, so that "the affidavit" later means it."""
        e = Entity(phrase.text, "document", True, {phrase.head})
        self.entities.append(e)
        if len(self.entities) > MEMORY:
            del self.entities[0]
        return self._touch(e)

    def bring_forward(self, e: Entity) -> None:
        """A resolved mention ("he", "the judge") puts its entity back in the foreground."""
        self._touch(e)

    def pronoun(self, low: str) -> Entity | None:
        """Resolve a third-person pronoun to the most recent fitting entity."""
        if low in {"he", "him", "she", "her"}:
            clash = "f" if low in {"he", "him"} else "m"
            fits = [e for e in self._recent() if e.kind != "group" and e.gender != clash]
            people = [e for e in fits if e.kind == "person"]
            last = fits[0] if fits else None
            if last is not None and last.kind == "unknown" and last.named and last.spoke:
                return last  # "Adjei said he had watched … “…,” he said": who just spoke
            if people and (not fits or fits.index(people[0]) < 4):
                return people[0]
            return next((e for e in fits if e.kind == "unknown"), people[0] if people else None)
        if low == "it":
            # "The report says … It also says": a document speaks on, for its author; "The
            # draft, seen by the Sentinel, … It concludes": the draft, not the paper that saw it.
            fits = [e for e in self._recent() if e.kind in {"org", "unknown", "document"}]
            voices = [e for e in fits if not _is_paper(e)]
            return next(iter(voices or fits), None)
        if low in {"they", "them"}:
            return next((e for e in self._recent() if e.kind in {"group", "org"}), None)
        return None

    def definite(self, head: str, words: Iterable[str] = ()) -> Entity | None:
        """Resolve "the judge", "the commission", "the company" (:func:`resolve_definite`)."""
        return resolve_definite(self, self._recent(), head, words)

    def name_ending_in(self, head: str, words: Iterable[str] = ()) -> str | None:
        """The name so far that "the <head>" means (:func:`name_ending_in`)."""
        return name_ending_in(self._texts[: self.position + 1], head, words)

    def set_gender(self, e: Entity, pronoun: str) -> None:
        """Learn an entity's gender from a pronoun that refers to it in the same sentence."""
        if e.kind in {"person", "unknown"} and e.gender is None:
            e.gender = "f" if pronoun in {"she", "her"} else "m"
            e.kind = "person"

    def last_named(self) -> Entity | None:
        """The person or body last in the foreground (not a document, not an unnamed group)."""
        fits = (e for e in self._recent() if e.named and e.kind != "document")
        return next((e for e in fits if not _is_paper(e)), None)

    def protagonist(self, invent: bool = True) -> Entity | None:
        """The organisation the story keeps returning to: "the company" by default.

        Args:
            invent: when no entity met so far fits, make one of the most repeated name.
        """
        if self._counts is None:
            self._counts = {}
            outlet = {m for text in self._texts for m in _OUTLET_RE.findall(text)}
            for text in self._texts:
                for word in text[:2000].split():
                    word = bare(word.strip(".,;:!?()“”\"'’"))
                    if word[:1].isupper() and word not in _NOT_NAMES and word not in outlet:
                        self._counts[word] = self._counts.get(word, 0) + 1
        counts = self._counts
        best: tuple[int, Entity | None] = (0, None)
        for e in self.entities:
            if e.named and e.kind in {"org", "unknown"}:
                score = max((counts.get(w, 0) for w in e.words), default=0)
                if score > best[0]:
                    best = (score, e)
        if best[0] >= 3 or not invent:
            return best[1] if best[0] >= 3 else None
        word, n = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
        if n < 3 or self.find(word, "unknown") is not None:
            return None
        e = Entity(word, "org", True, {"company"})
        self.entities.append(e)
        return e

    def interviewee(self) -> Entity | None:
        """The person an interview is with: the one the introduction mentions most."""
        people = [e for e in self.entities if e.kind == "person" and e.named]
        return max(people, key=lambda e: (e.mentions, -self.entities.index(e)), default=None)


def _is_paper(e: Entity) -> bool:
    """Whether an entity is a newspaper ("the Sentinel"), which reports and does not speak."""
    return bool(cc.NEWSPAPER_WORDS.intersection(e.words[-1:]))
