"""Security of the bot: admins by numeric id only, the token never logged or printed, and no
markup injection from questions or from the corpus. (Data on disk: ``test_security_storage.py``.)
"""

from __future__ import annotations

import io
import json
import logging
import shutil
import sys
import threading
from pathlib import Path
from typing import Any

import pydantic
import pytest
from telegram.ext import CommandHandler

from bot.errors import REDACTED, install_token_redaction
from config import load_settings
from retrieval.service import Answerer
from tests.bot_harness import TOKEN, Bot
from tests.fake_bot_api import FakeBotApi, Fault
from tests.fake_bot_rules import check_html
from tests.fake_telegram_data import ADMIN_ID, BOT_USERNAME, group_chat, user
from tests.reliability_support import (
    CLAIMQA,
    VETTING,
    captured_logs,
    rendered,
    replies_to,
    serve_env,
    start_child,
    stop_child,
)

# python-telegram-bot itself warns when it builds a 429 error; that is not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ADMIN = user(ADMIN_ID, "Admin", "the_admin")
IMPOSTOR = user(6667, "Admin", "the_admin")  # an admin's name and username, another id
ANONYMOUS = user(1087968824, "Group", "GroupAnonymousBot")
REFUSAL = "only the bot's administrators"


# --- admins are numeric user ids --------------------------------------------------------


async def test_an_impostor_with_the_admins_names_is_refused(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot")
    (reply,) = await bot.ask_private("/reload", sender=IMPOSTOR)
    assert REFUSAL in reply.params["text"]
    assert "refused /reload from user id 6667" in caplog.text


async def test_group_title_or_anonymous_senders_never_make_an_admin(bot: Bot) -> None:
    admin_titled = group_chat(-1004242, title="admin")
    attempts = [
        (admin_titled, user(6668, "Bob"), {}),
        (admin_titled, IMPOSTOR, {}),
        # An anonymous group admin posts as the group: Telegram's placeholder user, not a person.
        (admin_titled, ANONYMOUS, {"sender_chat": admin_titled}),
    ]  # fmt: skip
    for chat, sender, extra in attempts:
        mark = bot.api.mark()
        message = bot.api.new_message(chat, sender, f"/reload@{BOT_USERNAME}")
        bot.api.push({"message": {**message, **extra}})
        (reply,) = await bot.api.wait_for_messages(chat["id"], since=mark)
        assert REFUSAL in reply.params["text"]
    # The real admin, in the same group, is let in.
    mark = bot.api.mark()
    bot.api.send_text(admin_titled, ADMIN, f"/reload@{BOT_USERNAME}")
    started, report = await bot.api.wait_for_messages(admin_titled["id"], count=2, since=mark)
    assert "Reloading" in started.params["text"] and "Nothing changed" in report.params["text"]


@pytest.mark.parametrize("value", ["@the_admin", "the_admin", "4242, admin", "Admin"])
def test_admin_ids_must_be_numeric(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CLAIMQA_ADMIN_IDS", value)
    with pytest.raises(pydantic.ValidationError, match="numeric Telegram user ids"):
        load_settings()


# --- the token never reaches a log line or a printed exception ---------------------------


async def test_the_token_is_redacted_from_every_log_line_of_failing_requests(
    bot: Bot,
) -> None:
    async def leak(update: Any, context: Any) -> None:
        raise RuntimeError(f"POST {bot.api.base_url}{TOKEN}/sendMessage failed")

    bot.app.add_handler(CommandHandler("leak", leak), group=-1)
    with captured_logs() as records:  # a handler added after start-up, all loggers, DEBUG
        for fault in [Fault(status=500), Fault(drop=True), Fault(status=429, retry_after=1)]:
            bot.api.inject("sendMessage", fault)
        await bot.ask_private(VETTING, sender=user(7101, "Alice"))
        await bot.ask_private("/leak", sender=user(7102, "Bob"))  # the apology
    text = rendered(records)
    assert f"/bot{REDACTED}/sendMessage" in text  # URLs were logged (the API's), redacted
    assert "failed" in text and "Traceback" in text
    assert TOKEN not in text and TOKEN.split(":")[1] not in text


def test_uncaught_exceptions_are_printed_without_the_token(
    capsys: pytest.CaptureFixture[str],
) -> None:
    install_token_redaction(TOKEN)
    stream = io.StringIO()
    logging.getLogger("tests.late").addHandler(logging.StreamHandler(stream))  # added later
    try:
        raise ValueError(f"The token `{TOKEN}` was rejected by the server.")
    except ValueError as exc:
        sys.excepthook(*sys.exc_info())  # what Python calls for an uncaught exception
        thread_hook = sys.excepthook.in_thread  # type: ignore[attr-defined]
        thread_hook(threading.ExceptHookArgs([ValueError, exc, exc.__traceback__, None]))
        logging.getLogger("tests.late").exception("startup failed")
    printed = capsys.readouterr().err + stream.getvalue()
    redacted = f"ValueError: The token `{REDACTED}` was rejected by the server."
    assert printed.count(redacted) == 3  # Python's hook, the thread hook, a late log handler
    assert TOKEN not in printed


@pytest.mark.slow
async def test_a_rejected_token_is_not_printed_by_claimqa_serve(
    seed_settings: Any, answerer: Answerer, tmp_path: Path
) -> None:
    # The fake knows another token, so ours is rejected (401): python-telegram-bot then raises
    # InvalidToken("The token `<token>` was rejected by the server.") out of `claimqa serve`.
    api = FakeBotApi(token="987654321:AAH-some-other-bot-token-0000000000")
    await api.start()
    index_dir = tmp_path / "index"
    shutil.copytree(seed_settings.index_dir, index_dir)  # current: the child does not rebuild
    proc, log = await start_child(
        str(CLAIMQA), "serve", env=serve_env(api, seed_settings.corpus_dir, index_dir)
    )
    try:
        assert await proc.wait() != 0
        await log.task
    finally:
        await stop_child(proc)
        await api.stop()
    assert "rejected" in log.text or "Unauthorized" in log.text
    assert TOKEN not in log.text and TOKEN.split(":")[1] not in log.text


# --- markup from questions and from the corpus is shown, never obeyed --------------------

EVIL_ARTICLE = (
    "<b>Breaking</b> <i>news</i> about the <a href='https://evil.example/t'>harbour</a>\n\n"
    'The harbour master said the <a href="https://evil.example/phish">lighthouse</a> keeper '
    "<b>resigned</b> & left <tg-spoiler>at dawn</tg-spoiler> <script>alert(1)</script>.\n"
)


async def test_html_in_the_corpus_and_in_questions_is_escaped(
    reload_bot: Bot, corpus_copy: Path
) -> None:
    bot = reload_bot
    (corpus_copy / "evil.txt").write_text(EVIL_ARTICLE, encoding="utf-8")
    _, report = await bot.ask_private("/reload", sender=ADMIN, count=2)
    assert "Documents added: 1 (evil.txt)" in report.params["text"]
    question = "<a href='https://evil.example'>Why</a> did the <b>lighthouse keeper</b> resign?"
    (answer,) = await bot.ask_private(question)
    html = answer.params["text"]
    visible = check_html(html)  # what the reader sees: the markup, as text
    assert '<a href="https://evil.example/phish">lighthouse</a>' in visible
    assert "<script>alert(1)</script>" in visible and "<tg-spoiler>" in visible
    assert "<a href='https://evil.example'>Why</a>" in visible  # the question's echo
    assert "<a " not in html and "<script" not in html and "<tg-spoiler" not in html
    assert "evil.example" not in json.dumps(answer.params.get("reply_markup", {}))
    (sources,) = await bot.ask_private("/sources")
    assert "<b>Breaking</b>" in check_html(sources.params["text"])
    # The "Full paragraph" button shows the same text, escaped just as well.
    buttons = answer.params["reply_markup"]["inline_keyboard"][0]
    message = bot.api.message(answer.params["chat_id"], answer.result["message_id"])
    assert message is not None
    mark = bot.api.mark()
    bot.api.press_button(user(1001, "Alice"), message, buttons[0]["callback_data"])
    (paragraph,) = await bot.api.wait_for_messages(1001, since=mark)
    assert "<a " not in paragraph.params["text"]
    assert replies_to(bot.api, 1001, since=mark) == [paragraph]
