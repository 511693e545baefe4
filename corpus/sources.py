"""Who says what: the corpus's claims grouped by the source they are attributed to.

The text names a source in several ways ("Ukrainian Presidential Adviser Aleksey Arestovich",
"Aleksey Arestovich", "Arestovich", "Priya Raman, banks analyst at Holcombe Securities"); names
whose words end another's, or a comma-separated part of it, are one source, shown by its fullest
name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from corpus.records import Sentence

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_AFFILIATIONS = frozenset({"of", "at", "for", "from", "in", "with"})


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
    """Whether ``other`` names the source ``full`` names.

    It does when its words end ``full``'s or one of its comma-separated parts ("Aleksey
    Arestovich" ends a titled name; "Priya Raman" a part of "Priya Raman, banks analyst at
    Holcombe Securities") or its words before "of", "at" and the like ("Susan Park" of "Susan
    Park of Meridian Securities"), and not when they follow those words there: "Meridian
    Securities" is where she works, not her.
    """
    b = _words(other)
    if not b:
        return False
    for part in (full, *full.split(",")):
        a = _words(part)
        cut = next((k for k, w in enumerate(a) if k and w in _AFFILIATIONS), len(a))
        for words in (a, a[:cut]):  # "Susan Park of Meridian Securities" is Susan Park
            rest = len(words) - len(b)
            if rest >= 0 and words[rest:] == b and not (rest and words[rest - 1] in _AFFILIATIONS):
                return True
    return False
