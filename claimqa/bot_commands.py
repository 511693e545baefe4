"""``claimqa serve``, ``console`` and ``reload``: the bot's front doors on the command line."""

from __future__ import annotations

import os
import signal
import sys
from typing import Annotated

import typer

from claimqa.cli import CorpusOption, IndexOption, reports_errors, settings_for


@reports_errors
def serve(
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="Public HTTPS URL for webhook mode.")
    ] = None,
    listen: Annotated[str, typer.Option("--listen", help="Webhook listen address.")] = "0.0.0.0",
    port: Annotated[int, typer.Option("--port", help="Webhook listen port.")] = 8443,
    corpus: CorpusOption = None,
    index: IndexOption = None,
) -> None:
    """Run the Telegram bot (long polling, or a webhook with --webhook)."""
    from bot.application import run_polling, run_webhook
    from retrieval.service import Answerer

    settings = settings_for(corpus, index)
    settings.token()  # fail early, before loading the model, when no token is configured
    answerer = Answerer.open(settings)
    if webhook:
        run_webhook(settings, answerer, url=webhook, listen=listen, port=port)
    else:
        run_polling(settings, answerer)


@reports_errors
def console(corpus: CorpusOption = None, index: IndexOption = None) -> None:
    """Chat with the bot in this terminal, no Telegram account needed."""
    from bot.console import run_console
    from retrieval.service import Answerer

    run_console(Answerer.open(settings_for(corpus, index)), stdin=sys.stdin, stdout=sys.stdout)


@reports_errors
def reload(corpus: CorpusOption = None, index: IndexOption = None) -> None:
    """Make a running bot reload the corpus, or rebuild the index on disk if none runs."""
    settings = settings_for(corpus, index)
    pid_file = settings.bot_pid_file
    pid = _running_pid(pid_file.read_text() if pid_file.is_file() else "")
    if pid is not None:
        os.kill(pid, signal.SIGHUP)
        typer.echo(f"Asked the running bot (pid {pid}) to reload the corpus.")
        return
    from retrieval.builder import ensure_index
    from retrieval.embedder import load_embedder

    outcome = ensure_index(settings.corpus_dir, settings.index_dir, load_embedder())
    verb = "Rebuilt" if outcome.built else "Checked"
    typer.echo(
        f"No bot is running. {verb} the index on disk: {outcome.index.manifest.chunks} "
        f"passages ({outcome.reason})."
    )


def _running_pid(text: str) -> int | None:
    try:
        pid = int(text.strip())
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError, PermissionError):
        return None
    return pid


def register(app: typer.Typer) -> None:
    """Add these commands to the ``claimqa`` app."""
    app.command("serve")(serve)
    app.command("console")(console)
    app.command("reload")(reload)
