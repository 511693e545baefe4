"""``claimqa claims`` and ``claimqa who``: the corpus's claims by status and by source.

These read the corpus folder directly (no model, no index), so they answer in a moment.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimqa.claimreview import claim_review
from claimqa.cli import CorpusOption, JsonOption, reports_errors, settings_for
from claimqa.output import claim_json
from corpus.analysis import annotate_documents
from corpus.loader import Corpus, load_corpus
from corpus.records import ClaimStatus, Document, Sentence
from corpus.sources import find_sources, group_by_source


class Format(StrEnum):
    """Output formats of ``claimqa claims``."""

    TEXT = "text"
    JSON = "json"
    CLAIMREVIEW = "claimreview"


def annotated(corpus_dir: Path | None) -> tuple[Corpus, list[tuple[Document, Sentence]]]:
    """The corpus and every sentence with its document, annotated and with verdicts."""
    corpus = load_corpus(settings_for(corpus_dir, None).corpus_dir)
    per_document = annotate_documents(corpus.documents, corpus.verdicts)
    pairs = [(doc, s) for doc, group in zip(corpus.documents, per_document, strict=True)
             for s in group]  # fmt: skip
    return corpus, pairs


def describe(sentence: Sentence) -> str:
    """A sentence as two lines for people: status, source, cues, verdict; then the text."""
    source = f" — {sentence.source}" if sentence.source else ""
    cues = f" [{', '.join(sentence.cues)}]" if sentence.cues else ""
    verdict = f" ⚖ {sentence.verdict.rating}" if sentence.verdict else ""
    return f"{sentence.status.upper():<11}{source}{cues}{verdict}\n    {sentence.text}"


@reports_errors
def claims(
    as_json: JsonOption = False,
    status: Annotated[
        ClaimStatus | None, typer.Option("--status", help="Only sentences with this status.")
    ] = None,
    output: Annotated[
        Format, typer.Option("--format", help="text, json (JSON Lines) or claimreview.")
    ] = Format.TEXT,
    corpus: CorpusOption = None,
) -> None:
    """List every sentence of the corpus with its claim status, source and cues."""
    _, pairs = annotated(corpus)
    if output is Format.CLAIMREVIEW:
        reviews = [claim_review(s, doc) for doc, s in pairs if s.verdict]
        typer.echo(json.dumps(reviews, ensure_ascii=False, indent=2))
        return
    for doc, sentence in pairs:
        if status is not None and sentence.status != status:
            continue
        if as_json or output is Format.JSON:
            typer.echo(json.dumps(claim_json(sentence, doc.title), ensure_ascii=False))
        else:
            typer.echo(describe(sentence))


@reports_errors
def who(
    source: Annotated[
        str | None, typer.Argument(help="A source's name or part of it; none lists them all.")
    ] = None,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
) -> None:
    """Every claim attributed to a source, quoted with its status; or all sources and counts."""
    _, pairs = annotated(corpus)
    titles = {s.doc_id: doc.title for doc, s in pairs}
    groups = group_by_source(s for _, s in pairs)
    if source is None:
        for group in groups:
            if as_json:
                typer.echo(
                    json.dumps(
                        {
                            "source": group.name,
                            "aliases": list(group.aliases),
                            "claims": len(group.sentences),
                        },
                        ensure_ascii=False,
                    )
                )
            else:
                typer.echo(f"{len(group.sentences):>4}  {group.name}")
        return
    matches = find_sources(groups, source)
    if not matches and not as_json:
        names = ", ".join(g.name for g in groups[:8]) or "none"
        typer.echo(f"No source in the corpus matches {source!r}. Sources: {names}.")
    for group in matches:
        for sentence in group.sentences:
            if as_json:
                payload = {
                    "source_group": group.name,
                    **claim_json(sentence, titles[sentence.doc_id]),
                }
                typer.echo(json.dumps(payload, ensure_ascii=False))
            else:
                typer.echo(describe(sentence))


def register(app: typer.Typer) -> None:
    """Add ``claims`` and ``who`` to the ``claimqa`` app."""
    app.command("claims")(claims)
    app.command("who")(who)
