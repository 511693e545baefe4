"""Who says what: the corpus's claims grouped by the source they are attributed to.

The text names a source in several ways ("Ukrainian Presidential Adviser Aleksey Arestovich",
"Aleksey Arestovich", "Arestovich"); names whose words end another's are one source, shown by
its fullest name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from corpus.records import Sentence

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SourceClaims:
    """One source and the sentences attributed to it.

    Attributes:
        name: the fullest name the text uses for the source.
        aliases: every name the text uses for it, longest first.
        sentences: its sentences, in corpus order.
    """

    name: str
    aliases: tuple[str, ...]
    sentences: tuple[Sentence, ...]


def group_by_source(sentences: Iterable[Sentence]) -> list[SourceClaims]:
    """Group sentences with a source by who they are attributed to, most claims first.

    Args:
        sentences: annotated sentences (those without a source are skipped).

    Returns:
        The sources with their claims.
    """
    by_name: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        if sentence.source:
            by_name.setdefault(sentence.source, []).append(sentence)
    groups: list[list[str]] = []
    for name in sorted(by_name, key=lambda n: (-len(_words(n)), n)):
        home = next((g for g in groups if _same_source(g[0], name)), None)
        if home is None:
            groups.append([name])
        else:
            home.append(name)
    out = [
        SourceClaims(
            name=group[0],
            aliases=tuple(group),
            sentences=tuple(
                sorted((s for n in group for s in by_name[n]), key=lambda s: (s.doc_id, s.index))
            ),
        )
        for group in groups
    ]
    return sorted(out, key=lambda g: (-len(g.sentences), g.name))


def find_sources(groups: Sequence[SourceClaims], query: str) -> list[SourceClaims]:
    """The sources whose names contain every word of ``query`` (case-insensitive).

    Args:
        groups: the sources, from :func:`group_by_source`.
        query: a name or part of one, e.g. "arestovich" or "defense ministry".

    Returns:
        The matching sources, most claims first.
    """
    wanted = _words(query)
    if not wanted:
        return []
    return [
        g for g in groups if any(all(w in _words(alias) for w in wanted) for alias in g.aliases)
    ]


def _words(name: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(name) if w.casefold() != "the"]


def _same_source(full: str, other: str) -> bool:
    """Whether ``other``'s words end ``full``'s ("Aleksey Arestovich" ends a titled name)."""
    a, b = _words(full), _words(other)
    return bool(b) and len(b) <= len(a) and a[len(a) - len(b) :] == b
