"""Private chats, end to end: the real Application and answerer, a fake Bot API over HTTP."""

from __future__ import annotations

import io
import logging

import pytest
from telegram.ext import AIORateLimiter

from bot.application import build_application
from bot.errors import install_token_redaction, remove_token_redaction
from bot.htmltext import MESSAGE_LIMIT, utf16_len
from config import Settings
from retrieval.records import Answer
from retrieval.service import Answerer
from tests.bot_harness import TOKEN, Bot, answers_wait_for_typing, bot_settings
from tests.fake_bot_api import FakeBotApi, Fault
from tests.fake_telegram_data import private_chat, user

VETTING = "Who vets the people who want to join?"


async def test_startup_registers_the_command_menu(bot: Bot) -> None:
    commands = {c["command"] for c in bot.api.commands}
    assert {"ask", "help", "sources", "status", "start"} <= commands
    assert "reload" not in commands  # admins only; not advertised
    assert bot.api.sent("getMe")
    # Group flood limits are python-telegram-bot's AIORateLimiter's job.
    assert isinstance(bot.app.bot.rate_limiter, AIORateLimiter)


async def test_private_question_quotes_the_passage_with_its_badge(bot: Bot) -> None:
    (reply,) = await bot.ask_private(VETTING)
    text = reply.params["text"]
    assert reply.params["parse_mode"] == "HTML"
    assert "<blockquote>" in text and "Security Services" in text
    assert "🟡 Claimed by" in text and "Defense Ministry" in text
    assert "Pro-Ukraine Russian fighters? Yes, they do exist." in text  # the document title
    assert "passages 1–3 of" in text
    assert utf16_len(text) <= MESSAGE_LIMIT
    # Buttons: a "Full paragraph" per passage and "More passages".
    buttons = [b for row in reply.params["reply_markup"]["inline_keyboard"] for b in row]
    labels = [b["text"] for b in buttons]
    assert labels[:3] == ["📄 Paragraph 1", "📄 Paragraph 2", "📄 Paragraph 3"]
    assert "➕ More passages" in labels
    assert all(len(b["callback_data"].encode()) < 64 for b in buttons)


async def test_a_slow_answer_shows_typing_while_the_bot_works(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each answer is held back until "typing" reached the chat: without it the answer fails.
    typed = answers_wait_for_typing(bot, monkeypatch)
    mark = bot.api.mark()
    (reply,) = await bot.ask_private(VETTING)
    assert "Security Services" in reply.params["text"]
    (typing,) = typed
    assert typing.params["chat_id"] == 1001 and typing.params["action"] == "typing"
    # "typing" came before the answer, never after it.
    calls = bot.api.calls[mark:]
    assert calls.index(typing) < calls.index(reply)
    assert bot.api.sent("sendChatAction", chat_id=1001, since=mark) == [typing]


async def test_an_instant_answer_goes_out_without_typing(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready = bot.answerer.ask(VETTING)

    async def instant(question: str, **kwargs: object) -> Answer:
        return ready

    monkeypatch.setattr(bot.answerer, "aask", instant)
    mark = bot.api.mark()
    (reply,) = await bot.ask_private(VETTING)
    assert "Security Services" in reply.params["text"]
    # An answer ready at once needs no "typing": one Bot API call per answer, not two.
    assert bot.api.sent("sendChatAction", since=mark) == []


async def test_off_topic_question_is_not_found(bot: Bot) -> None:
    (reply,) = await bot.ask_private("What is the capital of France?")
    text = reply.params["text"]
    assert "I couldn't find that in the corpus" in text
    assert "/help" in text
    assert "<blockquote>" not in text
    assert "reply_markup" not in reply.params  # nothing to page through


async def test_html_in_a_question_is_escaped(bot: Bot) -> None:
    (reply,) = await bot.ask_private("<b>x</b> & <i>who</i> vets the recruits?")
    text = reply.params["text"]
    assert reply.params["parse_mode"] == "HTML"
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;i&gt;who&lt;/i&gt; vets the recruits?" in text
    assert "<b>x</b>" not in text
    assert reply.status == 200  # the fake parses HTML as Telegram does: it accepted it


async def test_a_10000_character_question_is_shortened_politely(bot: Bot) -> None:
    question = (VETTING + " ") * (10_000 // (len(VETTING) + 1) + 1)
    question = question[:10_000]
    replies = await bot.ask_private(question)
    text = replies[0].params["text"]
    assert "first" in text and "characters" in text  # the service's notice, shown to the user
    assert "Security Services" in text
    assert all(utf16_len(r.params["text"]) <= MESSAGE_LIMIT for r in replies)
    assert text.count("…") >= 1  # the echo of the question is cut short


async def test_help_start_sources_status(bot: Bot) -> None:
    (help_reply,) = await bot.ask_private("/help")
    text = help_reply.params["text"]
    for badge in ["🟢", "🟡", "🟠", "🔴", "⚪", "📷"]:
        assert badge in text
    assert "/ask Who vets the people who want to join?" in text

    (start_reply,) = await bot.ask_private("/start")
    assert "Hello" in start_reply.params["text"]

    (sources_reply,) = await bot.ask_private("/sources")
    text = sources_reply.params["text"]
    assert "Pro-Ukraine Russian fighters? Yes, they do exist." in text
    assert "freedom-of-russia-legion.txt" in text
    assert "stated" in text and "attributed" in text

    (status_reply,) = await bot.ask_private("/status")
    text = status_reply.params["text"]
    info = bot.answerer.info()
    assert info.corpus_hash in text and info.model in text
    assert f"{info.chunks} passages" in text and "Uptime:" in text


async def test_ask_command_and_empty_ask_in_private(bot: Bot) -> None:
    (reply,) = await bot.ask_private(f"/ask {VETTING}")
    assert "Security Services" in reply.params["text"]
    (hint,) = await bot.ask_private("/ask")
    assert "Ask me a question" in hint.params["text"]


async def test_unknown_command_gets_a_hint_in_private(bot: Bot) -> None:
    (reply,) = await bot.ask_private("/frobnicate now")
    assert "/help" in reply.params["text"]


async def test_error_handler_apologises_and_never_logs_the_token(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="httpx")  # httpx logs every URL, token included
    # caplog's handler for this test phase came after start-up: give it the filter too.
    token_filter = install_token_redaction(TOKEN)
    caplog.set_level(logging.DEBUG, logger="httpx")
    # The answer fails with a server error past every retry; the error handler then apologises.
    attempts = bot.settings.send_retries + 1
    bot.api.inject(
        "sendMessage", Fault(status=500, description="Internal Server Error", times=attempts)
    )
    alice = user(1002, "Bob")
    mark = bot.api.mark()
    bot.api.send_text(private_chat(alice), alice, VETTING)
    (apology,) = await bot.api.wait_for_messages(1002, since=mark)
    assert "something went wrong" in apology.params["text"]
    assert "error while handling update" in caplog.text
    remove_token_redaction(token_filter)
    assert "<redacted-token>" in caplog.text  # URLs were logged, and redacted
    assert TOKEN not in caplog.text
    assert "123456789:" not in caplog.text


async def test_build_application_redacts_the_token_from_existing_log_handlers(
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
    seed_settings: Settings,
    answerer: Answerer,
) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        settings = bot_settings(
            monkeypatch, fake_api, seed_settings.corpus_dir, seed_settings.index_dir
        )
        build_application(settings, answerer)
        logging.getLogger("tests.leak").error(
            "POST %s/getMe failed", f"{fake_api.base_url}{TOKEN}"
        )
        try:
            raise RuntimeError(f"boom at /bot{TOKEN}/getMe")
        except RuntimeError:
            logging.getLogger("tests.leak").exception("with a traceback")
    finally:
        root.removeHandler(handler)
    assert "getMe failed" in stream.getvalue() and "boom at" in stream.getvalue()
    assert TOKEN not in stream.getvalue()


async def test_a_follow_up_is_read_after_the_chat_s_last_question(bot: Bot) -> None:
    await bot.ask_private("Which ministry first revealed the legion?")
    (reply,) = await bot.ask_private("when was that")
    text = reply.params["text"]
    assert "Early this March" in text and "something specific" not in text
    assert "when was that" in text  # the echo is what was typed
