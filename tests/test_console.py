"""The console chat: the bot's answer and rendering path, as plain text, with the real answerer."""

from __future__ import annotations

import io

from bot.console import run_console
from retrieval.service import Answerer


def chat(answerer: Answerer, *lines: str) -> str:
    stdout = io.StringIO()
    run_console(answerer, stdin=io.StringIO("".join(f"{line}\n" for line in lines)), stdout=stdout)
    return stdout.getvalue()


def test_console_answers_with_quotes_and_badges_in_plain_text(answerer: Answerer) -> None:
    out = chat(answerer, "Who vets the people who want to join?", "/quit", "never read")
    assert "Security Services" in out
    assert "  │ " in out  # the quoted passage
    assert "🟡 Claimed by" in out
    assert "Pro-Ukraine Russian fighters? Yes, they do exist." in out
    assert "<blockquote>" not in out and "<b>" not in out and "&amp;" not in out
    assert out.rstrip().endswith("Bye!")
    assert "never read" not in out


def test_console_more_paragraph_and_commands(answerer: Answerer) -> None:
    out = chat(
        answerer,
        "Who vets the people who want to join?",
        "/more",
        "/paragraph 1",
        "/paragraph 99",
        "/sources",
        "/status",
        "/help",
        "/ask What is the capital of France?",
        "<b>x</b> & y",
        "/nonsense",
    )  # no /quit: end of input ends the chat
    assert "passages 4–" in out or "passage 4 of" in out
    assert "paragraph" in out and "Give the number of a passage" in out
    assert "freedom-of-russia-legion.txt" in out  # /sources
    assert answerer.info().corpus_hash in out  # /status
    assert "How to read the badges" in out  # /help
    assert "I couldn't find that in the corpus" in out
    assert "<b>x</b> & y" in out  # plain text: shown as typed, not as markup
    assert "Unknown command /nonsense" in out
    assert out.rstrip().endswith("Bye!")


def test_console_quits_on_empty_input(answerer: Answerer) -> None:
    out = chat(answerer)
    assert "Hello" in out and out.rstrip().endswith("Bye!")
