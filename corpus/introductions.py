"""How a story introduced each person: "opposition leader Ilona Dastra", later just "Dastra".

A source is named as the text names it, and a text names a person fully once, often in a
sentence that attributes nothing ("Prime Minister Rasmus Kell and opposition leader Ilona Dastra
have spent the week accusing each other"), and by surname afterwards. The introduction is the
run of capitalised words ending in the surname, with the titles inside it ("Dr.", "Prime
Minister") and the role written before it ("opposition leader", "AMO forecaster").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from corpus import claim_cues as cc
from corpus.entities import BRACKETED_ACRONYM_RE, gender_of
from corpus.tokens import bare
from corpus.verbs import VERBS

_ABBREVIATED = r"(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Gov|Rev|St)\."
_CAPITALISED = rf"(?:{_ABBREVIATED}|[A-Z]\.|[A-Z][\w’'-]*)"
_RUN_RE = re.compile(rf"{_CAPITALISED}(?:\s+{_CAPITALISED})+")
# A relative named beside the word for the relation: "his sister, Bernadette Ockleford" or
# "Marit Haldane, his wife".
_KIN = "|".join(sorted(cc.KIN_WORDS))
_KIN_BEFORE_RE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+({_KIN}),?\s*$")
_KIN_AFTER_RE = re.compile(rf",\s+(?:his|her|their)\s+({_KIN})\b")
# Before the run: a role noun ("leader", "forecaster", "director"), and before that at most one
# modifier ("opposition", "campaign", "AMO"), or an organisation's name or acronym, and one
# modifier ("NAF medical director", "Coast guard commander", "Quillon chief executive").
_ROLE_BEFORE_RE = re.compile(
    r"(?:(\b[A-Z]{2,6}\s+|\b[A-Z][a-z][\w’'-]*\s+)?\b([A-Z]{2,6}|[a-z]+|^[A-Z][a-z]+(?:['’]s?)?)\s+)?"
    r"\b([a-z]+)\s+$"
)
# Roles in a contest, which introduce a name ("Opposition candidate Marek Dunn") though they
# are not sources by themselves ("opposition candidate claims victory" is a headline's news).
_CONTEST_ROLES = cc.words("candidate nominee challenger incumbent contender")
# "the Northern Health Organisation (NHO)", "Builders' Federation of Kessmark (BFK)".
_ACRONYM_INTRO_RE = re.compile(
    r"((?:[A-Z][\w’'.-]*|of|for|and|on|the)(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|on|the))*)"
    r"\s+\(([A-Z]{2,6})\)"
)
_FOR_ACRONYM_RE = re.compile(r"^((?:[Aa] |[Tt]he )?[a-z]+ for (?:the )?)([A-Z]{2,6})$")
_LEADING_LOWER_RE = re.compile(r"^(?:(?:[a-z]+|The)\s+)+")
_NOT_MODIFIERS = cc.DETERMINERS | cc.PREPOSITIONS_NP | cc.AUXILIARIES | cc.words("and or but")


@dataclass(frozen=True, slots=True)
class Introductions:
    """The fullest early forms of a document's names.

    Attributes:
        people: surname → the first run ending in it, with its role ("Dastra" → "opposition
            leader Ilona Dastra").
        names: first word → the first run starting with it ("Tessaly" → "Tessaly Mobile").
        acronyms: an acronym → the name it was introduced after ("NHO" → "Northern Health
            Organisation").
        bodies: a body's last word → its name, when only one body's name ends so ("Board" →
            "Premier Division Referees' Board"; ``None`` when two do).
        first_bodies: a body's last word → the first name ending so.
        titled: surname → the genders of the titles written before it alone ("Mrs Quint": f).
        namesakes: surnames of two people introduced by different first names.
        kin: surname → the genders of the relatives who share it, introduced as such ("his
            sister, Bernadette Ockleford": f), so "Mr Ockleford" is still the man introduced.
        roles: a role noun → the one person set beside it ("the mayor, Ignatius
            Bellweather-Oyo," or "Ignatius Bellweather-Oyo, the mayor"); ``None`` when two are.
    """

    people: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str | None] = field(default_factory=dict)
    first_bodies: dict[str, str] = field(default_factory=dict)
    titled: dict[str, set[str]] = field(default_factory=dict)
    namesakes: set[str] = field(default_factory=set)
    kin: dict[str, set[str]] = field(default_factory=dict)
    roles: dict[str, str | None] = field(default_factory=dict)


def introductions(sentences: Iterable[str]) -> Introductions:
    """The first full introduction of each name in a document.

    Args:
        sentences: the document's sentences, in order.

    Returns:
        The introductions.
    """
    found = Introductions()
    for text in sentences:
        for role, name in _apposed_roles(text):
            known = found.roles.setdefault(role, name)
            if known is not None and known != name:
                found.roles[role] = None  # two mayors: "the mayor" is unclear
        for m in _ACRONYM_INTRO_RE.finditer(text):
            name = _LEADING_LOWER_RE.sub("", m.group(1))
            if len(name.split()) >= 2:
                found.acronyms.setdefault(m.group(2), name)
        for m in _OF_BODY_RE.finditer(text):
            if m.group(1) in cc.ORG_WORDS:  # "the university": the University of Carnmoor
                _note_body(found, m.group(1), m.group(0))
        for m in _RUN_RE.finditer(text):
            words = m.group(0).split()
            while words and words[0].rstrip(".") in cc.CAP_STOP:
                words.pop(0)  # "In Kelmark", "However Dastra": not part of a name
            if len(words) < 2:
                continue
            first = words[0]
            if _bare(first) == first and first.rstrip(".") not in cc.PERSON_TITLES:
                found.names.setdefault(first, " ".join(words))  # not "Kell's Union Party"
            surname = _bare(words[-1])
            gender = gender_of(words[:1]) if len(words) == 2 else None
            if gender:
                found.titled.setdefault(surname, set()).add(gender)
            if words[-1] in cc.ORG_WORDS:
                _note_body(found, words[-1], " ".join(words))
            if any(w in cc.ORG_WORDS for w in words):
                continue
            if surname in found.people:
                given = [w for w in words[:-1] if w.rstrip(".") not in cc.PERSON_TITLES]
                if given and given[0] not in found.people[surname].split():
                    relative = _KIN_BEFORE_RE.search(text, 0, m.start()) or _KIN_AFTER_RE.match(
                        text, m.end()
                    )
                    gender = gender_of([relative[1]]) if relative else None
                    if gender:
                        found.kin.setdefault(surname, set()).add(gender)
                    else:
                        found.namesakes.add(surname)  # "Marit Haldane", after Per Haldane
                continue
            # "Kenji Aldana's winning time" introduces Kenji Aldana.
            found.people[surname] = _role(text[: m.start()]) + " ".join([*words[:-1], surname])
    return found


def introduced(source: str, found: Introductions) -> str:
    """``source`` as the story introduced it, when it is a bare name the story said more of.

    Args:
        source: a source as resolved ("Dastra", "Lena Varsh", "Tessaly").
        found: the document's :func:`introductions`.

    Returns:
        The fuller form, or ``source`` unchanged.
    """
    head, comma, description = source.partition(", ")
    if comma and head != source:
        # "Dunn, a 46-year-old former mayor": the story's first, fuller introduction wins over a
        # description added at a later mention; a bare full name met before ("Marisol
        # Quenby") takes the description ("Quenby, a former housing charity director").
        fuller = introduced(head, found)
        if len(fuller.split()) > 1 + len(head.split()):
            return fuller
        # "Mr Kilbride, a haulage businessman who …", after "their owner, Desmond Kilbride,":
        # the full name, with the description.
        titled = fuller != head and head.split()[0].rstrip(".") in cc.PERSON_TITLES
        surname = " " + head.split()[-1]
        if fuller.endswith(" " + head) or (titled and fuller.endswith(surname)):
            return f"{fuller}, {description}"
        return source
    named = source[4:] if source[:4].lower() == "the " else source
    bracketed = BRACKETED_ACRONYM_RE.search(named)
    if bracketed and bracketed.group(1) in found.acronyms:
        full = found.acronyms[bracketed.group(1)]
        short = named[: bracketed.start()].strip()
        # "Guild of Karsholm (DGK)": cut short of the name it was introduced with.
        return f"{full} ({bracketed.group(1)})" if short in full and short != full else source
    if named in found.acronyms:
        return f"{found.acronyms[named]} ({named})"  # "the NHO": Northern Health Organisation
    spokesperson = _FOR_ACRONYM_RE.match(source)
    if spokesperson and spokesperson.group(2) in found.acronyms:
        # "a spokesperson for the VCPA": for the Vellin Civil Protection Authority (VCPA).
        acronym = spokesperson.group(2)
        return f"{spokesperson.group(1)}{found.acronyms[acronym]} ({acronym})"
    longer = [full for full in found.acronyms.values() if full.startswith(named + " of ")]
    if len(longer) == 1:
        return longer[0]  # "Arvenian Chamber", cut before "of Commerce"
    words = source.split()
    owner = found.bodies.get(words[0]) if len(words) == 2 else None
    if owner and words[1].lower() in cc.DOCUMENT_HEADS:
        return owner  # "Network figures show": the Hollisby Parents' Network's figures
    role = _ROLE_SOURCE_RE.match(source)
    person = found.roles.get(role.group(1)) if role else None
    if person:
        # "the mayor", "mayor of Wicklestone": the one person the story set beside that role.
        return person
    key = source[:1].upper() + source[1:]
    # "the Board": the one board the story names; "the bank", still unresolved, the first.
    body = found.bodies.get(key) or (found.first_bodies.get(key) if source.islower() else None)
    if len(words) == 1 and body:
        return body
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return source
    intro = found.people.get(_bare(words[-1]))
    if intro is None and len(words) == 1:
        intro = found.names.get(words[0])
    if intro is None or len(intro) <= len(source):
        return source
    if source in intro:
        return intro
    # "Professor Carrick-Mbeki": the titled surname of the person the story introduced in full,
    # unless that introduction gives another title. A gendered title ("Mrs Quint") may be
    # the wife of the "Aurelio Quint" introduced: it counts only when the story gives that
    # surname one gender's titles and one person's first name.
    title = words[0].rstrip(".")
    titles = [w.rstrip(".") for w in intro.split() if w.rstrip(".") in cc.PERSON_TITLES]
    gender = gender_of([title])
    surname = _bare(words[-1])
    # A relative's titles are hers: "Ms Ockleford" beside "Mr Ockleford" is his sister.
    relatives = found.kin.get(surname, set())
    alone = gender is None or (
        found.titled.get(surname, set()) - relatives == {gender}
        and surname not in found.namesakes
        and gender not in relatives
        and gender_of(intro.split()) in (None, gender)
    )
    if len(words) == 2 and title in cc.PERSON_TITLES and alone and titles in ([], [title]):
        return intro
    return source


_NAME = r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)"
# "the clerk, Lettice Farrant," or, closing a list of those present, "… and the clerk, X."
_ROLE_THEN_NAME_RE = re.compile(rf"\bthe\s+(?:[a-z]+\s+)?([a-z]+),\s+{_NAME}(?=,|\.?$)")
_NAME_THEN_ROLE_RE = re.compile(
    rf"{_NAME}(?:,\s+the\s+(?:[a-z]+\s+)?([a-z]+)\b(?!\s+of\b)|\s+\(([a-z]+)\))"
)  # "X, the mayor" or, in a list of those present, "Cllr X (chair)"
# A source that is only a role: "the mayor", "mayor of Wicklestone".
_ROLE_SOURCE_RE = re.compile(r"^(?:the\s+)?([a-z]+)(?:\s+of\s+[A-Z][\w’'-]*)?$")


def _apposed_roles(text: str) -> Iterable[tuple[str, str]]:
    """The ``(role, name)`` pairs a sentence sets side by side ("the mayor, Ignatius Oyo,")."""
    for m in _ROLE_THEN_NAME_RE.finditer(text):
        if m.group(1) in cc.PERSON_ROLES:
            yield m.group(1), m.group(2)
    for m in _NAME_THEN_ROLE_RE.finditer(text):
        role = m.group(2) or m.group(3)
        if role in cc.PERSON_ROLES:
            yield role, m.group(1)


_OF_BODY_RE = re.compile(r"\b([A-Z][a-z]+) of (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*")


# What a body of that word is also called: "Police said", of Fenmarch Constabulary;
# "Inspectors said", of the Learning Standards Inspectorate.
_BODY_ALIASES = {"Constabulary": "Police", "Inspectorate": "Inspectors"}


def _note_body(found: Introductions, word: str, whole: str) -> None:
    """Remember a body's name by the word that says it is one ("Board", "University")."""
    for key in (word, _BODY_ALIASES.get(word)):
        if key is None:
            continue
        found.first_bodies.setdefault(key, whole)
        known = found.bodies.setdefault(key, whole)
        if known is not None and known != whole:
            found.bodies[key] = None  # two bodies end so: "the Board" is unclear


def _role(before: str) -> str:
    m = _ROLE_BEFORE_RE.search(before)
    if m is None:
        return ""
    acronym, modifier, role = m.group(1) or "", m.group(2), m.group(3)
    owner = acronym.strip()
    if owner.lower() in _NOT_MODIFIERS or owner in cc.CAP_STOP or owner in cc.CALENDAR:
        acronym = ""  # "The opposition leader": an article, not part of the role
    if (
        role not in cc.PERSON_ROLES
        and role not in _CONTEST_ROLES
        and role not in cc.ORG_ROLES
        and not role.endswith(cc.ROLE_ENDINGS)
    ):
        return ""
    if role in _NOT_MODIFIERS:
        return ""
    if modifier and modifier.istitle() and modifier in cc.CAP_STOP:
        modifier = None  # "However candidate ...": not part of the role
    if modifier and modifier.lower() not in _NOT_MODIFIERS and modifier.lower() not in VERBS:
        return f"{acronym if modifier.islower() else ''}{modifier} {role} "
    return f"{role} "


def _bare(word: str) -> str:
    return bare(word.rstrip(".,"))
