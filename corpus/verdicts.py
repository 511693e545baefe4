"""Curated verdicts: an editor marks a claim of the corpus as verified, disputed, false...

``verdicts.toml`` holds one table per verdict::

    [[verdict]]
    claim = "has already spread throughout Russia"   # a quoted substring of one sentence
    rating = "unproven"
    note = "The article itself says it cannot confirm this."
    url = "https://example.org/fact-check"           # optional

A verdict whose ``claim`` matches no sentence, or several, is an error at load time: a verdict
must never silently attach to the wrong sentence or to nothing.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from corpus.errors import CorpusError
from corpus.records import Sentence, Verdict

RATINGS = ("verified", "mostly true", "misleading", "disputed", "unproven", "false")
"""Ratings an editor may give, best to worst (ClaimReview's ratingValue follows this order)."""


def load_verdicts(path: Path | None) -> tuple[Verdict, ...]:
    """Read a verdicts file; a missing file means no verdicts.

    Args:
        path: the ``verdicts.toml`` file, or None.

    Returns:
        The verdicts, in file order.

    Raises:
        CorpusError: the file is not valid TOML or a verdict lacks a field or has an unknown
            rating; the message names the file and the verdict.
    """
    if path is None or not path.is_file():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{path.name}: is not a readable TOML file ({exc}).") from exc
    entries = data.get("verdict", [])
    if not isinstance(entries, list):
        raise CorpusError(f"{path.name}: write each verdict as a [[verdict]] table.")
    verdicts = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path.name}, verdict {number}"
        if not isinstance(entry, dict):
            raise CorpusError(f"{where}: is not a table.")
        claim, rating, note = (str(entry.get(k, "")).strip() for k in ("claim", "rating", "note"))
        if not claim or not rating:
            raise CorpusError(f"{where}: needs a `claim` (a quoted substring) and a `rating`.")
        if rating.lower() not in RATINGS:
            raise CorpusError(f"{where}: rating {rating!r} is not one of {', '.join(RATINGS)}.")
        url = entry.get("url")
        verdicts.append(Verdict(claim, rating.lower(), note, str(url) if url else None))
    return tuple(verdicts)


def apply_verdicts(sentences: Sequence[Sentence], verdicts: Sequence[Verdict]) -> list[Sentence]:
    """Attach each verdict to the one sentence its quoted claim picks out.

    Args:
        sentences: every sentence of the corpus.
        verdicts: the curated verdicts.

    Returns:
        The sentences, with ``verdict`` set where one applies.

    Raises:
        CorpusError: a verdict matches no sentence or more than one.
    """
    out = list(sentences)
    for verdict in verdicts:
        matches = [i for i, s in enumerate(out) if verdict.claim in s.text]
        if len(matches) != 1:
            where = (
                "matches no sentence of the corpus"
                if not matches
                else f"matches {len(matches)} sentences ({_places(out, matches)}); quote more"
            )
            raise CorpusError(f"verdicts.toml: the claim {verdict.claim!r} {where}.")
        out[matches[0]] = replace(out[matches[0]], verdict=verdict)
    return out


def _places(sentences: Sequence[Sentence], positions: Sequence[int]) -> str:
    return ", ".join(f"{sentences[i].doc_id} #{sentences[i].index}" for i in positions[:3])
