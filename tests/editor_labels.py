"""The independent editor's labelled articles (``tests/heldout_articles``), scored their way.

A label belongs to the first sentence whose text contains its ``find`` (case, curly quotes and
dashes folded), so a splitter that keeps a caption and its credit together still agrees; a source
agrees when either of the two names contains the other.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus.claims import annotate
from corpus.records import Document
from corpus.sentences import split_sentences

EDITOR = Path(__file__).resolve().parent / "heldout_articles"
EDITOR_LABELS: dict[str, list[dict[str, str | None]]] = json.loads(
    (EDITOR / "labels.json").read_text(encoding="utf-8")
)


def fold(text: str) -> str:
    """Fold case, curly quotes and dashes, as the editor's scoring script does."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})
    return " ".join(text.translate(table).casefold().split())


def editor_agreement(name: str) -> tuple[int, int, int, int, list[str]]:
    """Score one of the editor's articles.

    Returns:
        ``(status agreements, labels, source agreements, labelled sources, misses)``.
    """
    text = (EDITOR / name).read_text(encoding="utf-8")
    doc = Document(doc_id=name, title=text.strip().splitlines()[0], text=text)
    sents = annotate(split_sentences(doc))
    folded = [fold(s.text) for s in sents]
    good = src_good = src_total = 0
    misses: list[str] = []
    for label in EDITOR_LABELS[name]:
        find = fold(label["find"])
        s = next((s for s, f in zip(sents, folded, strict=True) if find in f), None)
        assert s is not None, f"{name}: no sentence holds {label['find']!r}"
        ok = s.status == label["status"]
        src_ok = True
        if label.get("source"):
            got, want = fold(s.source or ""), fold(label["source"])
            src_ok = bool(got) and (want in got or got in want)
            src_total += 1
            src_good += src_ok
        good += ok
        if not (ok and src_ok):
            misses.append(
                f"  {label['find'][:60]!r}: want {label['status']}/{label.get('source')}, "
                f"got {s.status}/{s.source} {s.cues}"
            )
    return good, len(EDITOR_LABELS[name]), src_good, src_total, misses
