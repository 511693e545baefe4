"""``claimqa eval``: retrieval recall, abstention and claim agreement on labelled question sets."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from pathlib import Path
from typing import Annotated

import typer

from claimqa.cli import IndexOption, JsonOption, reports_errors, settings_for
from config import Settings
from corpus.errors import ClaimQAError
from retrieval.evaluation import EvalReport, EvalSet, evaluate, load_eval_set
from retrieval.search_params import SearchParams

FIGURES = (
    ("recall_at_1", "recall@1"),
    ("recall_at_3", "recall@3"),
    ("recall_at_5", "recall@5"),
    ("mrr_at_10", "MRR@10"),
    ("abstention", "off-topic abstention"),
    ("wrong_abstention", "wrong abstention (in-scope)"),
    ("claim_agreement", "claim-status agreement"),
    ("source_agreement", "source agreement"),
)


@reports_errors
def eval_command(
    files: Annotated[list[Path], typer.Argument(help="Eval files shaped like eval/*.json.")],
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="Corpus folder (default: the file's own, else config)."),
    ] = None,
    index: IndexOption = None,
    as_json: JsonOption = False,
    overrides: Annotated[
        list[str] | None,
        typer.Option("--set", help="Search knob for this run, e.g. --set token_weight=0."),
    ] = None,
) -> None:
    """Measure answer quality: recall@1/3/5, MRR@10, abstention, claim agreement; list misses."""
    from retrieval.embedder import load_embedder
    from retrieval.service import Answerer

    params = search_params(overrides or [])
    base = settings_for(corpus, index)
    embedder = load_embedder()
    failed = False
    for path in files:
        try:
            eval_set = load_eval_set(path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ClaimQAError(f"{path}: not an eval file ({exc})") from exc
        settings = settings_for_eval(base, eval_set, corpus=corpus, index=index)
        answerer = Answerer.open(settings, embedder=embedder, params=params, cache_size=0)
        report = evaluate(eval_set, answerer.ask_many, answerer.sentences())
        if as_json:
            typer.echo(json.dumps({"file": str(path), **report.as_dict()}, ensure_ascii=False))
        else:
            typer.echo(render_report(path, settings.corpus_dir, report))
        failed = failed or bool(report.misses)
    if failed and not as_json:
        typer.echo("(misses are listed above; they are findings, not errors)")


def search_params(assignments: list[str]) -> SearchParams:
    """Search knobs from ``name=value`` strings over the defaults.

    Raises:
        ClaimQAError: an unknown knob or a value that is not a number.
    """
    known = {f.name: f.type for f in fields(SearchParams)}
    values: dict[str, float | int] = {}
    for assignment in assignments:
        name, _, raw = assignment.partition("=")
        if name not in known:
            raise ClaimQAError(f"--set {assignment}: knobs are {', '.join(known)}")
        try:
            values[name] = int(raw) if known[name] in (int, "int") else float(raw)
        except ValueError:
            raise ClaimQAError(f"--set {assignment}: {raw!r} is not a number") from None
    return SearchParams(**values)  # type: ignore[arg-type]


def settings_for_eval(
    base: Settings, eval_set: EvalSet, *, corpus: Path | None, index: Path | None
) -> Settings:
    """Settings aimed at the corpus an eval file is about, with an index of its own."""
    if corpus is not None or eval_set.corpus is None or eval_set.corpus == base.corpus_dir:
        return base
    if index is None:
        tag = hashlib.sha256(str(eval_set.corpus).encode()).hexdigest()[:12]
        index = base.index_dir.parent / "eval-index" / tag
    return base.model_copy(update={"corpus_dir": eval_set.corpus, "index_dir": index})


def render_report(path: Path, corpus_dir: Path, report: EvalReport) -> str:
    """The report as a small table for people, then every miss, then the near misses."""
    lines = [
        f"{path}  (corpus {corpus_dir})",
        f"  {report.questions} in-scope questions, {report.off_topic} off-topic, "
        f"{report.claims} claim labels ({report.sources} with a source)",
    ]
    values = report.as_dict()
    counts = {
        "claim_agreement": report.claims,
        "source_agreement": report.sources,
        "abstention": report.off_topic,
    }
    for key, label in FIGURES:
        shown = "n/a" if counts.get(key, report.questions) == 0 else f"{values[key]:.3f}"
        lines.append(f"  {label:<30} {shown}")
    lines += [f"  miss: {miss}" for miss in report.misses]
    lines += [f"  not first: {entry}" for entry in report.not_first]
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    """Add ``eval`` to the ``claimqa`` app."""
    app.command("eval")(eval_command)
