"""Admin reload over HTTP: in the background, without downtime, failures keep the old index."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.bot_harness import Bot, reply_containing, send
from tests.fake_telegram_data import ADMIN_ID, user
from tests.reliability_support import harbour_article

VETTING = "Who vets the people who want to join?"
ADMIN = user(ADMIN_ID, "Admin", "the_admin")
ASKERS = [user(5001 + i, f"Asker{i}") for i in range(3)]
NEW_DOCUMENT = "harbour-lighthouse.txt"


async def test_admin_reload_while_questions_are_in_flight(
    reload_bot: Bot, corpus_copy: Path
) -> None:
    bot = reload_bot
    before = bot.answerer.info()
    # An answer from before the reload, whose buttons go stale with it.
    (old_answer,) = await bot.ask_private(VETTING, sender=ASKERS[0])
    (corpus_copy / NEW_DOCUMENT).write_text(harbour_article(40), encoding="utf-8")

    mark = await send(bot, ADMIN, "/reload")
    await reply_containing(bot, ADMIN_ID, "Reloading", mark)
    # The rebuild runs now; these questions must be answered meanwhile, from the old index.
    for asker in ASKERS:
        await send(bot, asker, VETTING)
    answers = [await reply_containing(bot, a["id"], "Security Services", mark) for a in ASKERS]
    report = await reply_containing(bot, ADMIN_ID, "Reloaded in", mark)

    text = report.params["text"]
    after = bot.answerer.info()
    assert f"Documents added: 1 ({NEW_DOCUMENT})" in text
    assert "Documents removed: 0" in text and "Documents modified: 0" in text
    assert f"Passages: {after.chunks}" in text and after.chunks > before.chunks
    assert after.corpus_hash != before.corpus_hash
    # Nobody waited for the rebuild: every question was answered before it finished.
    assert all(a.at < report.at for a in answers)

    # The new index serves from now on.
    (new,) = await bot.ask_private("Why must the harbour lighthouse be restored?")
    assert "lighthouse" in new.params["text"] and "Old harbour lighthouse" in new.params["text"]

    # Buttons from before the reload are answered with a short note, not an error.
    message = bot.api.message(ASKERS[0]["id"], old_answer.result["message_id"])
    assert message is not None
    rows = message["reply_markup"]["inline_keyboard"]
    for data in [rows[0][0]["callback_data"], rows[-1][0]["callback_data"]]:
        mark = bot.api.mark()
        query = bot.api.press_button(ASKERS[0], message, data)
        (noted,) = await bot.api.wait_for(
            lambda c, q=query: (
                c.method == "answerCallbackQuery" and c.params["callback_query_id"] == q["id"]
            ),
            since=mark,
        )
        assert "reloaded" in noted.params["text"]


async def test_failed_reload_tells_the_admin_and_keeps_serving(
    reload_bot: Bot, corpus_copy: Path
) -> None:
    bot = reload_bot
    before = bot.answerer.info()
    (corpus_copy / "broken-encoding.txt").write_bytes(b"Title\n\nCaf\xe9 au lait \xff\xfe\x80.\n")

    mark = await send(bot, ADMIN, "/reload")
    failed = await reply_containing(bot, ADMIN_ID, "Reload failed", mark)
    assert "broken-encoding.txt" in failed.params["text"]
    assert "still answering" in failed.params["text"]

    (answer,) = await bot.ask_private(VETTING, sender=ASKERS[1])
    assert "Security Services" in answer.params["text"]
    assert bot.answerer.info().corpus_hash == before.corpus_hash

    (status,) = await bot.ask_private("/status", sender=ADMIN)
    assert before.corpus_hash in status.params["text"]


async def test_non_admin_reload_is_refused_and_logged(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    before = bot.answerer.info().corpus_hash
    stranger = user(6666, "Mallory")
    (reply,) = await bot.ask_private("/reload", sender=stranger)
    assert "only the bot's administrators" in reply.params["text"]
    assert "refused /reload from user id 6666" in caplog.text
    assert bot.answerer.info().corpus_hash == before
    assert not any("Reloading" in c.params["text"] for c in bot.api.sent(chat_id=6666))
