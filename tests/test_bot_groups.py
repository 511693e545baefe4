"""Group chats over HTTP: the bot answers /ask, mentions and replies to it, and nothing else."""

from __future__ import annotations

from typing import Any

import pytest

from tests.bot_harness import Bot, answers_wait_for_typing
from tests.fake_bot_api import ApiCall
from tests.fake_telegram_data import BOT_USERNAME, group_chat, user

VETTING = "Who vets the people who want to join?"
ALICE = user(2001, "Alice", "alice")
BOB = user(2002, "Bob", "bob")


async def ask_in(
    bot: Bot, chat: dict[str, Any], text: str, **kw: Any
) -> tuple[dict[str, Any], ApiCall]:
    """Send ``text`` to a group and return the message and the bot's first reply to it."""
    mark = bot.api.mark()
    message = bot.api.send_text(chat, kw.pop("sender", ALICE), text, **kw)
    (reply,) = await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and replied_to(c) == message["message_id"],
        since=mark,
    )
    return message, reply


def replied_to(call: ApiCall) -> int | None:
    """The message a bot message quotes (in groups the bot always quotes the asker)."""
    return (call.params.get("reply_parameters") or {}).get("message_id")


async def test_group_ask_with_bot_name_replies_in_the_thread(bot: Bot) -> None:
    chat = group_chat(-1001001)
    message, reply = await ask_in(bot, chat, f"/ask@{BOT_USERNAME} {VETTING}")
    assert "Security Services" in reply.params["text"]
    assert replied_to(reply) == message["message_id"]
    assert reply.params["parse_mode"] == "HTML"


async def test_group_ask_in_a_forum_topic_stays_in_the_topic(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = answers_wait_for_typing(bot, monkeypatch)  # a slow answer: "typing" shows first
    chat = group_chat(-1001002, forum=True)
    message, reply = await ask_in(bot, chat, f"/ask {VETTING}", thread_id=77)
    assert reply.params["message_thread_id"] == 77
    assert replied_to(reply) == message["message_id"]
    (typing,) = typed
    assert typing.params["chat_id"] == chat["id"] and typing.params["message_thread_id"] == 77


async def test_group_chatter_is_ignored(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    answers_wait_for_typing(bot, monkeypatch)  # slow answers: each question shows "typing"
    chat = group_chat(-1001003)
    mark = bot.api.mark()
    first_answer = bot.api.send_text(chat, ALICE, f"/ask {VETTING}")
    await bot.api.wait_for_messages(chat["id"], since=mark)
    chatter = [
        bot.api.send_text(chat, BOB, "hello everyone, who vets the people who want to join?"),
        bot.api.send_text(chat, BOB, f"/ask@other_bot {VETTING}"),
        bot.api.send_text(chat, BOB, f"@someone_else {VETTING}"),
        bot.api.send_text(chat, BOB, "/frobnicate"),
        bot.api.send_text(chat, BOB, "agreed", reply_to=first_answer),  # a reply to a human
        bot.api.send_text(chat, ALICE, f"/ask@{BOT_USERNAME}"),  # addressed: gets a usage hint
    ]
    # A last, addressed question: once it is answered, every earlier update has been handled.
    sentinel, _ = await ask_in(bot, chat, f"/ask@{BOT_USERNAME} {VETTING}")
    replies = bot.api.sent(chat_id=chat["id"], since=mark)
    # Updates are handled concurrently, so replies may come in any order.
    by_target = {replied_to(r): r.params["text"] for r in replies}
    assert len(replies) == 3
    assert set(by_target) == {
        first_answer["message_id"],
        chatter[-1]["message_id"],
        sentinel["message_id"],
    }
    assert "Ask me a question" in by_target[chatter[-1]["message_id"]]
    # No typing for chatter either: only for the two questions.
    assert len(bot.api.sent("sendChatAction", chat_id=chat["id"], since=mark)) == 2


async def test_mention_is_a_question(bot: Bot) -> None:
    chat = group_chat(-1001004)
    message, reply = await ask_in(bot, chat, f"@{BOT_USERNAME} {VETTING}")
    assert "Security Services" in reply.params["text"]
    assert replied_to(reply) == message["message_id"]
    # The mention itself is not part of the question the bot echoes.
    assert f"@{BOT_USERNAME}" not in reply.params["text"]


async def test_reply_to_the_bot_is_a_question(bot: Bot) -> None:
    chat = group_chat(-1001005)
    _, first = await ask_in(bot, chat, f"/ask {VETTING}")
    bots_message = bot.api.message(chat["id"], first.result["message_id"])
    assert bots_message is not None
    follow_up, reply = await ask_in(
        bot, chat, "And what test is done on candidates?", sender=BOB, reply_to=bots_message
    )
    assert replied_to(reply) == follow_up["message_id"]
    assert "polygraph" in reply.params["text"]


async def test_unknown_command_addressed_to_the_bot_gets_a_hint(bot: Bot) -> None:
    chat = group_chat(-1001006)
    _, reply = await ask_in(bot, chat, f"/frobnicate@{BOT_USERNAME}")
    assert "/help" in reply.params["text"]
