"""Bad input: odd questions always get a clear reply; updates without text never cause trouble.

Over real HTTP to the fake Bot API (which parses HTML as Telegram does, so a reply with broken
markup would fail), with the real model and index; plus property tests of the question path.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.htmltext import MESSAGE_LIMIT, utf16_len
from bot.render import render_answer
from retrieval.records import Answer
from retrieval.service import Answerer
from tests.bot_harness import Bot
from tests.fake_bot_api import ApiCall
from tests.fake_bot_rules import check_html
from tests.fake_telegram_data import BOT_USERNAME, group_chat, private_chat, user
from tests.reliability_support import VETTING, errors_in, replies_to

APOLOGY = "something went wrong"
CLEAR_REPLIES = ("<blockquote>", "I couldn't find that in the corpus", "/help", "Ask me a")


async def settled(bot: Bot, timeout: float = 15.0) -> None:
    """Wait until the bot has taken every pushed update and finished handling them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        fetched = not bot.api._updates  # the bot confirmed every update it was sent
        idle = bot.app.update_processor.current_concurrent_updates == 0
        if fetched and idle and bot.app.update_queue.empty():
            return
        await asyncio.sleep(0.05)
    raise TimeoutError("the bot did not finish handling its updates")


def assert_clean_reply(replies: list[ApiCall]) -> str:
    """Every part was accepted by the fake (valid HTML, under the limit); no apology."""
    assert replies and all(r.status == 200 for r in replies)
    assert all(utf16_len(r.params["text"]) <= MESSAGE_LIMIT for r in replies)
    text = "\n".join(r.params["text"] for r in replies)
    assert APOLOGY not in text
    return text


ODD_QUESTIONS = {
    "whitespace": ("   \n\t  ", "Ask me a question"),
    "only emoji": ("😀🔥👍🇺🇦", "/help"),
    "markup": ('<script>alert(1)</script><a href="javascript:x">who</a> &amp; vets?', "&lt;"),
    "markdown": ("**Who** _vets_ `the` [people](http://x.example)?", ""),
    "control characters": ("\x00\x1b[31mWho vets\x07 the people\x7f?", ""),
    "zero-width and bidi": ("Who\u200b vets\u200d the \u202epeople\u202c?", ""),
    "50,000 characters": (("who vets the recruits " * 2300)[:50_000], "characters"),
    "Russian": ("Кто проверяет добровольцев?", ""),
    "Arabic (right to left)": ("من يفحص المتطوعين؟", ""),
    "Chinese": ("谁审查想加入的人？", ""),
}


@pytest.mark.parametrize("case", sorted(ODD_QUESTIONS))
async def test_odd_questions_always_get_a_clear_reply(
    bot: Bot, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    question, expected = ODD_QUESTIONS[case]
    caplog.set_level(logging.WARNING)
    asker = user(3100 + sorted(ODD_QUESTIONS).index(case), "Odd")
    replies = await bot.ask_private(question, sender=asker)
    text = assert_clean_reply(replies)
    assert expected in text
    # Answered with quotes, or honestly declined: never a stack trace, never silence.
    assert any(clear in text for clear in CLEAR_REPLIES)
    assert errors_in(caplog.records) == []


async def test_other_languages_are_answered_or_honestly_declined(bot: Bot) -> None:
    (reply,) = await bot.ask_private("Wer überprüft die Freiwilligen?", sender=user(3201))
    text = assert_clean_reply([reply])
    assert "<blockquote>" in text or "I couldn't find that in the corpus" in text


def raw_message(chat: dict[str, Any], sender: dict[str, Any], **content: Any) -> dict[str, Any]:
    return {"message_id": 900, "date": int(time.time()), "chat": chat, "from": sender, **content}


STICKER = {
    "file_id": "CAAC-sticker",
    "file_unique_id": "u1",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
}
PHOTO = [{"file_id": "AgAD-photo", "file_unique_id": "u2", "width": 90, "height": 90}]


async def test_private_messages_without_text_get_a_short_hint(bot: Bot) -> None:
    alice = user(3301, "Alice")
    chat = private_chat(alice)
    mark = bot.api.mark()
    bot.api.push({"message": raw_message(chat, alice, sticker=STICKER)})
    bot.api.push({"message": raw_message(chat, alice, photo=PHOTO, caption="who vets <b>?")})
    bot.api.push({"message": raw_message(chat, alice, text="")})
    hints = await bot.api.wait_for_messages(alice["id"], count=3, since=mark)
    assert all("I can only read text" in h.params["text"] for h in hints)


async def test_edits_channel_posts_and_group_stickers_are_handled_quietly(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    alice = user(3401, "Alice")
    group = group_chat(-1003401)
    channel = {"id": -1003402, "type": "channel", "title": "News channel"}
    mark = bot.api.mark()
    edited = raw_message(private_chat(alice), alice, text=VETTING, edit_date=int(time.time()))
    bot.api.push({"edited_message": edited})
    bot.api.push({"message": raw_message(group, alice, sticker=STICKER)})
    bot.api.push({"message": raw_message(group, alice, photo=PHOTO)})
    post = {"message_id": 5, "date": int(time.time()), "chat": channel, "text": f"/ask {VETTING}"}
    bot.api.push({"channel_post": post})
    bot.api.push({"edited_channel_post": {**post, "edit_date": int(time.time())}})
    bot.api.push({"my_chat_member": {"chat": group, "from": alice, "date": 0,
                  "old_chat_member": {"status": "left", "user": bot.api.bot_user},
                  "new_chat_member": {"status": "member", "user": bot.api.bot_user}}})  # fmt: skip
    # A question after them: the bot handled those updates before it (one chat, in order).
    sentinel = await bot.ask_private(VETTING, sender=alice)
    await settled(bot)
    assert "Security Services" in sentinel[0].params["text"]
    sent = [c for c in bot.api.calls[mark:] if c.method == "sendMessage"]
    assert [c.params["chat_id"] for c in sent] == [alice["id"]]  # only the sentinel's answer
    assert errors_in(caplog.records) == []


async def test_unknown_and_foreign_commands(bot: Bot) -> None:
    alice = user(3501, "Alice")
    group = group_chat(-1003501)
    (hint,) = await bot.ask_private("/frobnicate@" + BOT_USERNAME + " now", sender=alice)
    assert "I don't know that command" in hint.params["text"]
    (ask_other_bot,) = await bot.ask_private(f"/ask@other_bot {VETTING}", sender=alice)
    assert "I don't know that command" in ask_other_bot.params["text"]  # private: always a reply
    mark = bot.api.mark()
    for text in ["/frobnicate", "/reload@other_bot", f"/ask@other_bot {VETTING}", "/"]:
        bot.api.send_text(group, alice, text)
    bot.api.send_text(group, alice, f"/ask@{BOT_USERNAME} {VETTING}")
    (answer,) = await bot.api.wait_for_messages(group["id"], since=mark)
    await settled(bot)
    assert "Security Services" in answer.params["text"]
    assert len(replies_to(bot.api, group["id"], since=mark)) == 1  # chatter stayed unanswered


# --- properties of the question path -----------------------------------------------------


@pytest.fixture(scope="module")
def found(answerer: Answerer) -> Answer:
    """A real answer with passages, to render under arbitrary questions."""
    answer = answerer.ask(VETTING)
    assert answer.found
    return answer


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=12_000), st.integers(min_value=0, max_value=9))
def test_any_question_renders_as_valid_telegram_html(
    found: Answer, asked: str, start: int
) -> None:
    declined = replace(found, question=asked[:200], found=False, hits=())
    noticed = replace(found, notice=asked[:300] or None)
    for answer, first in [(found, start), (declined, 0), (noticed, 0)]:
        for part in render_answer(answer, start=first, asked=asked):
            visible = check_html(part)  # raises like Telegram would on broken markup
            assert visible.strip() and utf16_len(visible) <= MESSAGE_LIMIT


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3_000))
def test_the_service_answers_or_declines_any_question(answerer: Answerer, question: str) -> None:
    answer = answerer.ask(question)
    assert answer.found == bool(answer.hits)
    assert len(answer.question) <= answerer.settings.max_question_chars
    assert not any(ch in answer.question for ch in "\x00\x1b\u202e")
    assert [h.rank for h in answer.hits] == list(range(1, len(answer.hits) + 1))
    if not answer.question:
        assert answer.notice  # nothing askable was left: the reader is told why
    for part in render_answer(answer, asked=question):
        check_html(part)
