"""A console chat: the bot's answers and rendering, as plain text, with no Telegram account.

It uses the same :func:`bot.render` functions as the Telegram bot and shows them through
:func:`bot.htmltext.to_plain`. ``/more`` and ``/paragraph N`` stand in for the inline buttons.
"""

from __future__ import annotations

import time
from typing import TextIO

from bot.factcheck import claims_view, who_view
from bot.htmltext import to_plain
from bot.render import (
    render_ask_usage,
    render_help,
    render_paragraph,
    render_plain,
    render_sources,
    render_start,
)
from bot.render_admin import (
    render_reload_failed,
    render_reload_report,
    render_status,
)
from corpus.errors import ClaimQAError
from retrieval.follow_up import in_context
from retrieval.records import Answer
from retrieval.service import Answerer

PROMPT = "you> "
BUTTON_HINTS = "Type /more for more passages, or /paragraph N for the paragraph around passage N."
CONSOLE_HELP = (
    "Console commands: /more, /paragraph N, /who [NAME], /claims STATUS, /sources, /status, "
    "/reload, /help, /quit (or Ctrl-D)."
)


class ConsoleChat:
    """One console conversation: remembers the last answer for /more and /paragraph."""

    def __init__(self, answerer: Answerer, out: TextIO) -> None:
        """Chat with ``answerer``, writing to ``out``."""
        self._answerer = answerer
        self._out = out
        self._started = time.monotonic()
        self._answer: Answer | None = None
        self._next = 0
        self._last_question: str | None = None  # what the next follow-up is read after

    def show(self, messages: list[str]) -> None:
        """Print rendered messages as plain text."""
        for message in messages:
            self._out.write(to_plain(message).rstrip() + "\n\n")
        self._out.flush()

    def handle(self, line: str) -> bool:
        """Handle one line; return False when the user wants to quit."""
        text = line.strip()
        if not text:
            return True
        command, _, argument = text.partition(" ")
        command = command.lower().split("@", 1)[0]
        if command in {"/quit", "/exit"}:
            return False
        if not command.startswith("/"):
            self.ask(text)
        elif command == "/ask":
            self.ask(argument)
        elif command in {"/help", "/start"}:
            self.show(render_help() if command == "/help" else render_start())
            self._out.write(CONSOLE_HELP + "\n\n")
        elif command == "/sources":
            self.show(render_sources(self._answerer.documents()))
        elif command == "/status":
            uptime = time.monotonic() - self._started
            self.show(render_status(self._answerer.info(), uptime=uptime))
        elif command == "/who":
            self.show(who_view(self._answerer, argument))
        elif command == "/claims":
            self.show(claims_view(self._answerer, argument))
        elif command == "/more":
            self.more()
        elif command in {"/paragraph", "/para"}:
            self.paragraph(argument)
        elif command == "/reload":
            self.reload()
        else:
            self._out.write(f"Unknown command {command}. {CONSOLE_HELP}\n\n")
        return True

    def ask(self, question: str) -> None:
        """Answer a question and show its first passages."""
        if not question.strip():
            self.show(render_ask_usage())
            return
        searched = in_context(question, self._last_question)
        try:
            answer = self._answerer.ask(searched)
        except ClaimQAError as exc:
            self._out.write(f"{exc}\n\n")
            return
        self._last_question = searched
        self._answer, self._next = answer, 0
        self._show_page(asked=question)

    def _show_page(self, asked: str | None = None) -> None:
        answer, count = self._answer, self._answerer.settings.top_k
        if answer is None:
            return
        self._out.write(render_plain(answer, shown=count, start=self._next, asked=asked) + "\n\n")
        self._next += count
        if answer.found:
            self._out.write(BUTTON_HINTS + "\n\n")

    def more(self) -> None:
        """Show the next passages of the last answer."""
        if self._answer is None or self._next >= len(self._answer.hits):
            self._out.write("There are no more passages. Ask another question.\n\n")
            return
        self._show_page()

    def paragraph(self, argument: str) -> None:
        """Show the paragraph around passage N of the last answer."""
        hits = self._answer.hits if self._answer else ()
        rank = int(argument) if argument.strip().isdecimal() else 0
        hit = next((h for h in hits if h.rank == rank), None)
        if hit is None:
            self._out.write("Give the number of a passage shown above, e.g. /paragraph 1\n\n")
            return
        current = self._answer is not None and (
            self._answer.index_version == self._answerer.info().corpus_hash
        )
        text = self._answerer.paragraph(hit.chunk.doc_id, hit.chunk.paragraph) if current else None
        if text is None:
            self._out.write("That passage is gone (the corpus was reloaded). Ask again.\n\n")
            return
        self.show(render_paragraph(hit.chunk, text))

    def reload(self) -> None:
        """Rebuild the index from the corpus folder and report what changed."""
        self._out.write("Reloading the corpus…\n")
        self._out.flush()
        try:
            report = self._answerer.reload()
        except ClaimQAError as exc:
            self.show(render_reload_failed(str(exc)))
            return
        self.show(render_reload_report(report))


def run_console(answerer: Answerer, *, stdin: TextIO, stdout: TextIO) -> None:
    """Chat on the console until end of input or /quit.

    Args:
        answerer: the answer service.
        stdin: where questions come from.
        stdout: where answers go.
    """
    chat = ConsoleChat(answerer, stdout)
    chat.show(render_start())
    stdout.write(CONSOLE_HELP + "\n\n")
    while True:
        stdout.write(PROMPT)
        stdout.flush()
        line = stdin.readline()
        if not line:  # end of input
            stdout.write("\n")
            break
        if not chat.handle(line):
            break
    stdout.write("Bye!\n")
    stdout.flush()
