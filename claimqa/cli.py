"""The ``claimqa`` command line: a thin adapter over the :class:`Answerer` service.

Everything meant for a program goes to stdout; logs and progress go to stderr.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from config import Settings, load_settings
from corpus.errors import ClaimQAError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="ClaimQA: answers about a news corpus, quoted, with who says what.",
)

CorpusOption = Annotated[
    Path | None, typer.Option("--corpus", help="Corpus folder (default from config).")
]
IndexOption = Annotated[
    Path | None, typer.Option("--index", help="Index folder (default from config).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (Lines) for programs.")]

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn ClaimQA's errors into one clear line on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ClaimQAError as exc:
            typer.echo(f"claimqa: {exc}", err=True)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def settings_for(corpus: Path | None, index: Path | None) -> Settings:
    """Settings with the command line's folders over env and config."""
    settings = load_settings(corpus_dir=corpus, index_dir=index)
    configure_logging(settings.log_level)
    return settings


def configure_logging(level: str) -> None:
    """Send logs to stderr; keep chatty libraries (and URLs holding the token) quiet."""
    logging.basicConfig(
        stream=sys.stderr, level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for noisy in ("httpx", "httpcore", "sentence_transformers", "transformers", "faiss"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@app.command("index")
@reports_errors
def index_command(
    corpus: CorpusOption = None,
    index: IndexOption = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if current.")] = False,
) -> None:
    """Build the index, or reuse it when the corpus is unchanged."""
    from retrieval.builder import ensure_index
    from retrieval.embedder import load_embedder

    settings = settings_for(corpus, index)
    outcome = ensure_index(settings.corpus_dir, settings.index_dir, load_embedder(), force=force)
    manifest = outcome.index.manifest
    what = (
        f"Built the index in {outcome.seconds:.1f} s ({outcome.reason})"
        if outcome.built
        else "The index is current (the corpus is unchanged); nothing to do"
    )
    docs = len(manifest.documents)
    typer.echo(
        f"{what}: {docs} document{'' if docs == 1 else 's'}, {manifest.chunks} passages, "
        f"{manifest.vectors} vectors ({manifest.index_type}), corpus {manifest.corpus_hash[:12]}, "
        f"in {outcome.index.path}"
    )


@app.command("ask")
@reports_errors
def ask_command(
    question: Annotated[str, typer.Argument(help="The question, or - to read one per line.")],
    k: Annotated[int, typer.Option("--k", min=1, max=10, help="Passages to show.")] = 3,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index: IndexOption = None,
) -> None:
    """Answer a question by quoting the corpus, with each passage's claim status."""
    from bot.render import render_plain
    from claimqa.output import answer_json
    from retrieval.service import Answerer

    answerer = Answerer.open(settings_for(corpus, index))
    questions = (
        [line for line in sys.stdin.read().splitlines() if line.strip()]
        if (question == "-")
        else [question]
    )
    answers = answerer.ask_many(questions, k=k)
    for asked, answer in zip(questions, answers, strict=True):
        if as_json:
            typer.echo(json.dumps(answer_json(answer), ensure_ascii=False))
        else:
            typer.echo(render_plain(answer, shown=k, asked=asked) + "\n")


def main() -> None:
    """Entry point of the ``claimqa`` console script."""
    from claimqa import bench, bot_commands, eval_command, factcheck_commands

    bot_commands.register(app)
    eval_command.register(app)
    factcheck_commands.register(app)
    bench.register(app)
    app()
