"""The fake Bot API itself, through python-telegram-bot's plain ``Bot``: semantics and faults."""

from __future__ import annotations

import time

import pytest
from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter

from tests.bot_harness import TOKEN
from tests.fake_bot_api import ApiCall, FakeBotApi, Fault
from tests.fake_telegram_data import BOT_USERNAME, private_chat, user

ALICE = user(9001, "Alice")


def plain_bot(api: FakeBotApi, token: str = TOKEN) -> Bot:
    return Bot(token, base_url=api.base_url)


async def test_get_me_and_wrong_token(fake_api: FakeBotApi) -> None:
    async with plain_bot(fake_api) as bot:
        assert bot.username == BOT_USERNAME
    with pytest.raises(InvalidToken):
        async with plain_bot(fake_api, "1:wrong"):
            pass


async def test_long_poll_returns_pushed_updates_and_offsets_confirm(fake_api: FakeBotApi) -> None:
    async with plain_bot(fake_api) as bot:
        started = time.monotonic()
        assert await bot.get_updates(timeout=0.3) == ()
        assert time.monotonic() - started >= 0.25  # it waited (bounded by the timeout)
        fake_api.send_text(private_chat(ALICE), ALICE, "hi")
        (update,) = await bot.get_updates(timeout=5)
        assert update.message is not None and update.message.text == "hi"
        again = await bot.get_updates(timeout=0)
        assert [u.update_id for u in again] == [update.update_id]  # not confirmed yet
        assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()


async def test_send_message_checks_html_and_length(fake_api: FakeBotApi) -> None:
    async with plain_bot(fake_api) as bot:
        sent = await bot.send_message(9001, "<b>fine</b> &amp; dandy", parse_mode="HTML")
        assert sent.text == "fine & dandy"
        with pytest.raises(BadRequest, match="parse entities"):
            await bot.send_message(9001, "<b>broken", parse_mode="HTML")
        with pytest.raises(BadRequest, match="too long"):
            await bot.send_message(9001, "x" * 4097)


@pytest.mark.filterwarnings(
    "ignore::telegram.warnings.PTBDeprecationWarning"
)  # PTB's own RetryAfter
async def test_faults_429_500_delay_drop_and_hook(fake_api: FakeBotApi) -> None:
    async with plain_bot(fake_api) as bot:
        fake_api.inject("sendMessage", Fault(status=429, description="Too Many", retry_after=3))
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(9001, "a")
        assert "Retry in 3 seconds" in str(caught.value)
        fake_api.inject("sendMessage", Fault(status=500, times=2))
        for _ in range(2):
            with pytest.raises(NetworkError):
                await bot.send_message(9001, "b")
        assert (await bot.send_message(9001, "c")).text == "c"  # the fault was used up

        fake_api.inject("sendChatAction", Fault(delay=0.3))
        started = time.monotonic()
        assert await bot.send_chat_action(9001, "typing")
        assert time.monotonic() - started >= 0.25

        fake_api.inject("sendMessage", Fault(drop=True))
        with pytest.raises(NetworkError):
            await bot.send_message(9001, "d")

        async def every_other(call: ApiCall) -> Fault | None:
            return (
                Fault(status=502, description="Bad Gateway")
                if call.params["text"] == "e"
                else None
            )

        fake_api.hook = every_other
        with pytest.raises(NetworkError):
            await bot.send_message(9001, "e")
        assert (await bot.send_message(9001, "f")).text == "f"
    statuses = [
        (c.params.get("text"), c.status) for c in fake_api.calls if c.method == "sendMessage"
    ]
    assert statuses == [
        ("a", 429), ("b", 500), ("b", 500), ("c", 200), ("d", 0), ("e", 502), ("f", 200)
    ]  # fmt: skip
