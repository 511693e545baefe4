"""What a definite description means: "the judge", "the company", "the union", "the force".

A reader takes "the judge" for the judge last named, "the company" for the story's company and
"the union" for the body whose name says it is one. A description that names its own owner or
level ("the prime minister's office", "the county police force") is a body of its own unless
a named one fits those words too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from corpus import claim_cues as cc
from corpus.entities import Entity

if TYPE_CHECKING:
    from corpus.speakers import Discourse

# Levels of government: "the county department" and "the state department" are different bodies.
_LOOKBACK = 200
"""Sentences searched back for a name: a reader recalls the recent story, not all of it."""
_LEVELS = cc.words("county state city federal municipal provincial district town village parish")


def resolve_definite(
    disc: Discourse, recent: Sequence[Entity], head: str, words: Iterable[str] = ()
) -> Entity | None:
    """Resolve "the judge", "the commission", "the company" to an entity, if the story has one.

    Args:
        disc: the story so far (for its protagonist).
        recent: its entities, the most recent first.
        head: the description's head noun, lowercase.
        words: the description's other words ("county health" of "the county health
            department"): a level of government it names must match the entity's, and so must
            an owner ("prime minister's" of "the prime minister's office").

    Returns:
        The most recent entity so described, the story's company for a company noun, the
        most recent organisation for another organisation noun, or ``None``.
    """
    words = list(words)
    stem = head[:-1] if head.endswith("s") else head
    # "the prime minister's office", "the county police force": words an entity must share.
    owners = (w.removesuffix("’s").removesuffix("'s") for w in words if w.endswith(("’s", "'s")))
    marks = [w for w in words if w in _LEVELS] + [w for w in owners if w not in {head, stem}]
    fits = [e for e in recent if all(w in e.low or w in e.heads for w in marks)]
    # "The council said", after "Garnet District Council" and then "the Council Workers
    # Union": the body whose name ends in "Council", not the one that only has the word.
    ending = next((e for e in fits if e.named and e.words and e.words[-1].lower() == stem), None)
    if ending is not None and ending.kind != "person":
        return ending
    for e in fits:
        # "the judge": "Judge X"; but "the trust" is no "Trust ecologist Dr. Hanne Corrigall".
        titled = e.named and stem in (w.lower() for w in e.words)
        titled = titled and not (e.kind == "person" and stem.capitalize() in cc.ORG_WORDS)
        if head in e.heads or stem in e.heads or titled:
            return e  # "the judge": "U.S. District Judge David Hittner"
    endings = cc.NAMED_AS.get(head)
    if endings:  # "the newspaper": the Saltrow Tribune; "the regulator": the ... Board
        named = (e for e in fits if e.named and e.kind != "person")
        found = next((e for e in named if endings.intersection(e.words)), None)
        if found is not None:
            return found
    if head in cc.COMPANY_HEADS:
        # "the company's own passenger counts": the railway's, never the paper that told them
        recent = [e for e in recent if not cc.NEWSPAPER_WORDS.intersection(e.words[-1:])]
        for e in recent:
            if e.kind != "person" and e.named and e.heads & cc.COMPANY_HEADS:
                # "Terminal operator ECT", then "the company"; not "a bulk carrier", a ship
                return e
        # A name that says it is a company ("Halvard Pharma, which funded the study. The
        # company said"); else the story's company; else the body just named ("according to
        # SSEN. The company said"); else the name the story keeps repeating.
        prot = (
            _last_company(recent)
            or _last_brand(recent)
            or disc.protagonist(invent=False)
            or _last_org(recent)
            or disc.protagonist()
        )
        if prot is not None:
            return prot
    if head in cc.ORG_GENERIC:  # "the governing body": the body last named
        # "the arts body": the body whose name has that word (Arts Marchland).
        modified = [w.capitalize() for w in words if w != head]
        for e in recent:
            if e.named and e.kind != "document" and any(w in e.words for w in modified):
                if e.gender is None:
                    e.kind = "org"  # a body, though its name read like a person's
                return e
        # "the club", "the force": a body, not the newspaper reporting on it.
        bodies = (e for e in fits if e.kind == "org" and e.named)
        return next((e for e in bodies if not cc.NEWSPAPER_WORDS.intersection(e.words[-1:])), None)
    return None


def name_ending_in(texts: Sequence[str], head: str, words: Iterable[str] = ()) -> str | None:
    """The name a story gave the thing "the <head>" means, seen in the text so far.

    "A lion at Brockwell Safari Park has died … The park said" means Brockwell Safari Park,
    and "gamekeepers on the Haverley estate … The estate said" the Haverley estate, though
    neither name was a source or carried a word that marks a body.

    Args:
        texts: the sentences read so far, the latest last.
        head: the description's head noun, lowercase ("park").
        words: the description's other words: a name must have them all ("the county health
            department" is not the "Pennsylvania Department of Environmental Protection").

    Returns:
        The latest such name (with "the" when the head is lowercase), or ``None``.
    """
    word = re.escape(head)
    marks = [w for w in words if w not in cc.DETERMINERS]
    capital = re.compile(rf"(?<![\w’'-])((?:[A-Z][\w’'&-]*\s){{1,4}}){word.capitalize()}\b")
    lower = re.compile(rf"\bthe\s((?:[A-Z][\w’'&-]*\s){{1,3}}){word}\b")
    # "The diocese of Hollinsgrave voted … The diocese denied": named by what follows "of".
    of_name = re.compile(rf"\b[Tt]he\s{word}\sof\s((?:[A-Z][\w’'&-]*)(?:\s[A-Z][\w’'&-]*){{0,2}})")
    for text in reversed(texts[-_LOOKBACK:]):
        found = [(m.start(), m) for m in capital.finditer(text)]
        found += [(m.start(), m) for m in lower.finditer(text)]
        found += [(m.start(), m) for m in of_name.finditer(text) if not marks]
        for _, m in sorted(found, key=lambda f: -f[0]):
            if m.re is of_name:
                return f"the {head} of {m.group(1)}"
            names = m.group(1).split()
            while names and names[0] in cc.CAP_STOP:
                names.pop(0)  # "At Brockwell Safari Park": the sentence's first word is no name
            if names and set(marks) <= {n.lower() for n in names}:
                tail = head.capitalize() if m.re is capital else head
                return " ".join([*(["the"] if m.re is lower else []), *names, tail])
    return None


def _last_company(recent: Sequence[Entity]) -> Entity | None:
    return next(
        (
            e
            for e in recent
            if e.kind == "org" and e.named and e.words and e.words[-1] in cc.COMPANY_ENDINGS
        ),
        None,
    )


def _last_brand(recent: Sequence[Entity]) -> Entity | None:
    # "Skarline, which operates the route, said ... The company said": the organisation just
    # named, when its name is a brand rather than a body's ("the Coast Guard", "the Board").
    org = _last_org(recent)
    if org is None or set(org.words) & cc.INSTITUTION_WORDS:
        return None
    return org


def _last_org(recent: Sequence[Entity]) -> Entity | None:
    return next((e for e in recent if e.kind == "org" and e.named and e.words), None)
