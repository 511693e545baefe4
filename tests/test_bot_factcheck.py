"""/who, /claims, verdicts and unknown names, end to end over the fake Bot API."""

from __future__ import annotations

from pathlib import Path

from tests.bot_harness import Bot

VERDICT = """
[[verdict]]
claim = "has already spread throughout Russia"
rating = "disputed"
note = "No independent survey backs this up."
url = "https://example.org/checks/slogan?a=1&b=<2>"
"""


async def test_who_lists_the_named_sources_with_counts(bot: Bot) -> None:
    (reply,) = await bot.ask_private("/who")
    text = reply.params["text"]
    assert "Named sources" in text
    assert "Aleksey Arestovich" in text and "Defense Ministry" in text


async def test_who_quotes_every_claim_of_a_source(bot: Bot) -> None:
    (reply,) = await bot.ask_private("/who arestovich")
    text = reply.params["text"]
    assert "🗣 <b>Ukrainian Presidential Adviser Aleksey Arestovich</b>" in text
    assert "<blockquote>" in text and "double polygraph test" in text
    assert "The article adds" in text  # the slogan claim carries the article's disclaimer
    (nobody,) = await bot.ask_private("/who <b>Kremlin</b>")
    assert "No source in the corpus matches “&lt;b&gt;Kremlin&lt;/b&gt;”" in nobody.params["text"]


async def test_claims_lists_one_status_and_explains_bad_statuses(bot: Bot) -> None:
    (reply,) = await bot.ask_private("/claims unconfirmed")
    text = reply.params["text"]
    assert "unconfirmed claim(s)" in text and "we cannot confirm how many" in text
    assert "🔴" in text
    (usage,) = await bot.ask_private("/claims sorta")
    assert "Usage: <code>/claims STATUS</code>" in usage.params["text"]


async def test_answer_names_what_the_corpus_never_mentions(bot: Bot) -> None:
    (reply,) = await bot.ask_private("What was Nvidia's revenue last quarter?")
    text = reply.params["text"]
    assert "I couldn't find that in the corpus" in text
    assert "never mentions “Nvidia”" in text


async def test_editors_verdict_is_shown_beside_the_quoted_claim(
    reload_bot: Bot, corpus_copy: Path
) -> None:
    (corpus_copy / "verdicts.toml").write_text(VERDICT, encoding="utf-8")
    report = await reload_bot.answerer.areload()
    assert report.changed
    (reply,) = await reload_bot.ask_private("Has the legion's slogan spread throughout Russia?")
    text = reply.params["text"]
    assert "⚖️ <b>Editors' verdict: Disputed</b> — No independent survey backs this up." in text
    assert '<a href="https://example.org/checks/slogan?a=1&amp;b=&lt;2&gt;">source</a>' in text
