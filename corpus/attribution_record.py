"""The record of who a sentence attributes its content to, and the cue words shown for it."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.entities import Entity


@dataclass(slots=True)
class Attribution:
    """Who a sentence attributes its content to.

    Attributes:
        kind: ``named``, ``unnamed`` or ``author`` (the writer's own "I think").
        source: the source as the text names it (resolved for pronouns and descriptions).
        cue: the words that decided it.
        lead: it frames what follows ("X said that ...", "According to X, ...").
        document: the source is a document ("the study found", "court records show").
        parenthetical: a mid-sentence tag ("The law, he wrote, would ...").
        entity: the resolved entity, when there is one.
    """

    kind: str
    source: str
    cue: tuple[str, ...]
    lead: bool = False
    document: bool = False
    parenthetical: bool = False
    entity: Entity | None = None


def cue_words(text: str, a: int, b: int, verb: str) -> tuple[str, ...]:
    """The cue words ``text[a:b]``, or their start and the verb when that is too long to show."""
    if b - a <= 120:
        return (text[a:b],)
    return (text[a : a + 60].rsplit(" ", 1)[0], verb)
