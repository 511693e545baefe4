"""Inline buttons over HTTP: "More passages", "Full paragraph", and stale buttons."""

from __future__ import annotations

from typing import Any

from tests.bot_harness import Bot
from tests.fake_bot_api import ApiCall
from tests.fake_telegram_data import group_chat, user

VETTING = "Who vets the people who want to join?"
CAROL = user(3001, "Carol")


def buttons(message: dict[str, Any]) -> dict[str, str]:
    """Button label → callback data."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


async def press(bot: Bot, message: dict[str, Any], data: str) -> tuple[str, ApiCall]:
    """Press a button and return the callback query id and the bot's answer to it."""
    mark = bot.api.mark()
    query = bot.api.press_button(CAROL, message, data)
    (answered,) = await bot.api.wait_for(
        lambda c: (
            c.method == "answerCallbackQuery" and c.params["callback_query_id"] == query["id"]
        ),
        since=mark,
    )
    return query["id"], answered


async def test_more_passages_then_full_paragraph(bot: Bot) -> None:
    (first,) = await bot.ask_private(VETTING, sender=CAROL)
    message = bot.api.message(CAROL["id"], first.result["message_id"])
    assert message is not None

    mark = bot.api.mark()
    _, answered = await press(bot, message, buttons(message)["➕ More passages"])
    assert "text" not in answered.params  # a silent acknowledgement
    (more,) = await bot.api.wait_for_messages(CAROL["id"], since=mark)
    assert "passages 4–" in more.params["text"] or "passage 4 of" in more.params["text"]
    assert "<b>4.</b>" in more.params["text"]
    # The used "More" button disappears from the first answer; its paragraph buttons stay.
    await bot.api.wait_for(lambda c: c.method == "editMessageReplyMarkup", since=mark)
    edited = bot.api.message(CAROL["id"], first.result["message_id"])
    assert edited is not None
    assert "➕ More passages" not in buttons(edited)
    assert "📄 Paragraph 1" in buttons(edited)

    # The full paragraph around the best passage: the passage in bold inside the paragraph.
    mark = bot.api.mark()
    await press(bot, edited, buttons(edited)["📄 Paragraph 1"])
    (paragraph,) = await bot.api.wait_for_messages(CAROL["id"], since=mark)
    text = paragraph.params["text"]
    assert text.startswith("📄 <b>Pro-Ukraine Russian fighters? Yes, they do exist.</b>")
    assert "<blockquote>" in text and "<b>" in text.split("<blockquote>", 1)[1]
    assert "Security Services" in text


async def test_buttons_work_in_groups_and_reply_in_the_thread(bot: Bot) -> None:
    chat = group_chat(-1003001)
    mark = bot.api.mark()
    bot.api.send_text(chat, CAROL, f"/ask {VETTING}")
    (first,) = await bot.api.wait_for_messages(chat["id"], since=mark)
    message = bot.api.message(chat["id"], first.result["message_id"])
    assert message is not None
    mark = bot.api.mark()
    await press(bot, message, buttons(message)["📄 Paragraph 2"])
    (paragraph,) = await bot.api.wait_for_messages(chat["id"], since=mark)
    assert paragraph.params["reply_parameters"]["message_id"] == message["message_id"]


async def test_stale_and_unknown_buttons_are_answered_gracefully(bot: Bot) -> None:
    (first,) = await bot.ask_private(VETTING, sender=CAROL)
    message = bot.api.message(CAROL["id"], first.result["message_id"])
    assert message is not None
    mark = bot.api.mark()
    version = buttons(message)["📄 Paragraph 1"].split(":")[1]
    cases = {
        "m:gone1234:3": "expired",  # an answer the bot no longer remembers (e.g. restarted)
        "p:000000000000:0": "reloaded",  # a paragraph from another index version
        "nonsense": "expired",
        f"p:{version}:99999": "expired",  # a passage id that does not exist
    }
    for data, expected in cases.items():
        _, answered = await press(bot, message, data)
        assert expected in answered.params["text"]
    assert bot.api.sent(chat_id=CAROL["id"], since=mark) == []  # no messages, only notes
