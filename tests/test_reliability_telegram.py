"""Telegram faults: 429s, 5xx, slow answers and dropped connections, and a graceful SIGTERM.

The fake Bot API injects each fault over real HTTP. The bot must retry within limits (honouring
``retry_after``, backing off), deliver the answer when Telegram recovers, give up loudly (an
ERROR naming the chat) when it does not, never spin, and finish in-flight answers on SIGTERM.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import shutil
import signal
from pathlib import Path

import pytest

from bot.application import CONCURRENT_UPDATES
from bot.sending import FloodWaitTooLong, PatientRateLimiter, backoff
from config import Settings
from retrieval.service import Answerer
from tests.bot_harness import TOKEN, Bot
from tests.fake_bot_api import ApiCall, FakeBotApi, Fault
from tests.fake_telegram_data import private_chat, user
from tests.reliability_support import (
    CLAIMQA,
    VETTING,
    attempts_to,
    bot_with,
    errors_in,
    serve_env,
    start_child,
    stop_child,
    wait_until,
)

# python-telegram-bot itself warns when it builds a 429 error; that is not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def gaps(calls: list[ApiCall]) -> list[float]:
    return [b.at - a.at for a, b in itertools.pairwise(calls)]


async def ask(bot: Bot, chat_id: int, question: str = VETTING) -> ApiCall:
    """Ask in a private chat and wait for the first delivered reply."""
    sender = user(chat_id, "Asker")
    mark = bot.api.mark()
    bot.api.send_text(private_chat(sender), sender, question)
    (reply,) = await bot.api.wait_for_messages(chat_id, since=mark, timeout=30)
    return reply


async def test_429_waits_retry_after_then_delivers(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="telegram.ext")
    mark = bot.api.mark()
    bot.api.inject("sendMessage", Fault(status=429, retry_after=1, description="Flood"))
    reply = await ask(bot, 4001)
    assert "Security Services" in reply.params["text"]
    first, second = attempts_to(bot.api, 4001, since=mark)
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 1.0  # retry_after honoured, not hammered
    assert "Rate limit hit. Retrying after" in caplog.text


async def test_5xx_and_dropped_connections_are_retried_with_backoff(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    mark = bot.api.mark()
    faults = [Fault(status=500), Fault(drop=True), Fault(status=502, description="Bad Gateway")]
    for fault in faults:
        bot.api.inject("sendMessage", fault)
    reply = await ask(bot, 4002)
    assert "Security Services" in reply.params["text"]
    attempts = attempts_to(bot.api, 4002, since=mark)
    assert [a.status for a in attempts] == [500, 0, 502, 200]  # 0: the connection was dropped
    base = bot.settings.send_backoff_seconds
    assert all(gap >= 0.5 * base * 2**i for i, gap in enumerate(gaps(attempts)))
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.sending"]
    assert len(warnings) == 3 and all("sendMessage to chat 4002 failed" in w for w in warnings)
    assert errors_in(caplog.records) == []


async def test_slow_answers_are_waited_for_and_hung_ones_time_out(
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
    answerer: Answerer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    async with bot_with(monkeypatch, fake_api, answerer, telegram_timeout_seconds="1") as bot:
        bot.api.inject("sendMessage", Fault(delay=0.5))  # slow but within the timeout
        assert "Security Services" in (await ask(bot, 4003)).params["text"]
        assert len(attempts_to(bot.api, 4003)) == 1
        # Hung past the timeout: the bot stops waiting and retries. The hung call may still
        # land, so the reader can get the answer twice, never zero times (at least once).
        mark = bot.api.mark()
        bot.api.inject("sendMessage", Fault(delay=2.5))
        assert "Security Services" in (await ask(bot, 4004)).params["text"]
        assert len(attempts_to(bot.api, 4004, since=mark)) == 2
        assert any("Timed out" in r.getMessage() for r in caplog.records)


async def test_giving_up_is_loud_bounded_and_spares_other_chats(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    broken_chat = 4005

    async def telegram_down_for_one_chat(call: ApiCall) -> Fault | None:
        if call.method == "sendMessage" and call.params.get("chat_id") == broken_chat:
            return Fault(status=500)
        return None

    bot.api.hook = telegram_down_for_one_chat
    sender = user(broken_chat, "Unlucky")
    mark = bot.api.mark()
    bot.api.send_text(private_chat(sender), sender, VETTING)
    # Meanwhile another chat is answered as usual.
    assert "Security Services" in (await ask(bot, 4006)).params["text"]
    per_reply = bot.settings.send_retries + 1
    # The answer, then the error handler's apology: each tried a bounded number of times.
    await bot.api.wait_for(
        lambda c: c.method == "sendMessage" and c.params.get("chat_id") == broken_chat,
        count=2 * per_reply,
        since=mark,
    )
    await asyncio.sleep(1.0)  # no spinning: nothing more comes
    assert len(attempts_to(bot.api, broken_chat, since=mark)) == 2 * per_reply
    errors = errors_in(caplog.records)
    assert any(f"gave up on sendMessage to chat {broken_chat}" in e for e in errors)
    assert any(f"(chat {broken_chat}, user {broken_chat})" in e for e in errors)


async def test_a_flood_wait_beyond_the_cap_gives_up_at_once(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    mark = bot.api.mark()
    bot.api.inject("sendMessage", Fault(status=429, retry_after=3600))
    apology = await ask(bot, 4007)  # well within the wait's timeout, not an hour later
    assert "something went wrong" in apology.params["text"]
    assert [a.status for a in attempts_to(bot.api, 4007, since=mark)] == [429, 200]
    assert any("gave up on sendMessage to chat 4007" in e for e in errors_in(caplog.records))


async def test_429s_beyond_the_retries_give_up(
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
    answerer: Answerer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    async with bot_with(monkeypatch, fake_api, answerer, send_retries="1") as bot:
        bot.api.inject("sendMessage", Fault(status=429, retry_after=1, times=2))
        apology = await ask(bot, 4008)
        assert "something went wrong" in apology.params["text"]
        assert [a.status for a in attempts_to(bot.api, 4008)] == [429, 429, 200]
        assert any("gave up on sendMessage to chat 4008" in e for e in errors_in(caplog.records))


def test_retry_policy_is_bounded() -> None:
    limiter = PatientRateLimiter(
        requests_per_second=30, retries=3, backoff_seconds=0.5, max_flood_wait=60
    )
    assert limiter.retries == 3 and limiter._max_retries == 3  # 429s: AIORateLimiter's own
    waits = [backoff(attempt, 0.5) for attempt in range(40)]
    assert all(0.25 <= w <= 30 for w in waits) and max(waits[10:]) <= 30
    assert "3600" in str(FloodWaitTooLong(3600))


# --- a real `claimqa serve`: polling faults, then SIGTERM with answers in flight ----------


@pytest.mark.slow
async def test_sigterm_finishes_in_flight_answers(
    fake_api: FakeBotApi, seed_settings: Settings, answerer: Answerer, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    shutil.copytree(seed_settings.index_dir, index_dir)  # current: the child does not rebuild
    # Telegram is flaky while the bot starts polling: it must recover by itself.
    fake_api.inject("getUpdates", Fault(status=500))
    fake_api.inject("getUpdates", Fault(drop=True))
    gate = asyncio.Event()

    async def hold_answers(call: ApiCall) -> Fault | None:
        if call.method == "sendMessage":
            await gate.wait()  # every answer is in flight until the test opens the gate
        return None

    fake_api.hook = hold_answers
    env = serve_env(fake_api, seed_settings.corpus_dir, index_dir)
    env["CLAIMQA_TELEGRAM_TIMEOUT_SECONDS"] = "60"  # the gate holds answers; no retries meanwhile
    proc, log = await start_child(str(CLAIMQA), "serve", env=env)
    try:
        await fake_api.wait_for(lambda c: c.method == "setMyCommands", timeout=180)
        workers = CONCURRENT_UPDATES
        askers = [user(4100 + i, f"Asker{i}") for i in range(workers + 4)]  # more than workers
        mark = fake_api.mark()
        for asker in askers:
            fake_api.send_text(private_chat(asker), asker, f"{VETTING} ({asker['id']})")

        def held() -> int:
            return sum(1 for c in fake_api.calls[mark:] if c.method == "sendMessage")

        await wait_until(lambda: held() >= workers, 60, "an answer in flight per worker")
        proc.send_signal(signal.SIGTERM)
        await log.wait_for("Application is stopping", 30)
        await asyncio.sleep(1.0)
        assert proc.returncode is None  # still finishing what it started
        assert held() == workers  # and taking no new work: 4 chats wait for a free worker
        gate.set()
        assert await asyncio.wait_for(proc.wait(), 60) == 0
        await asyncio.wait_for(log.task, 10)
        for asker in askers:  # every update taken before SIGTERM was answered
            (answer,) = fake_api.sent(chat_id=asker["id"], since=mark)
            assert f"({asker['id']})" in answer.params["text"]
        assert "network problem while talking to Telegram" in log.text  # polling faults
        assert TOKEN not in log.text
    finally:
        gate.set()
        await stop_child(proc)
