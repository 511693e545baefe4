"""Load: 1,000 updates from 100 chats at once, all answered in per-chat order, memory bounded;
and the per-user question rate limit, which answers the excess with a friendly note.
"""

from __future__ import annotations

import re
import time

import pytest

from bot.throttle import SWEEP_EVERY, WINDOW_SECONDS, QuestionLimiter
from bot.updates import ChatOrderedProcessor
from retrieval.service import Answerer
from tests.fake_bot_api import FakeBotApi
from tests.fake_telegram_data import ADMIN_ID, private_chat, user
from tests.reliability_support import (
    VETTING,
    bot_with,
    replies_to,
    rss_bytes,
    wait_until,
)

CHATS = 100
PER_CHAT = 10
TOPICS = [
    "Who vets the people who want to join",
    "What test is done on candidates",
    "Who has joined the legion",
    "Why did the soldiers switch sides",
    "How easy was it to apply",
]
MEMORY_BOUND = 400 * 1024 * 1024
"""Generous: the model and index are loaded already; answers must not pile up in memory."""
RATE_NOTE = re.compile(r"You're asking faster than I can read — try again in (\d+) s\.")


@pytest.mark.slow
async def test_1000_updates_from_100_chats_are_all_answered_in_order(
    fake_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch, answerer: Answerer
) -> None:
    # The Bot API throttle stays on, above the load (Telegram's 30/s would make this a minute).
    async with bot_with(
        monkeypatch, fake_api, answerer, telegram_requests_per_second="1000"
    ) as bot:
        await bot.ask_private(VETTING, sender=user(7999, "Warm-up"))
        before = rss_bytes()
        chats = [user(8000 + i, f"Reader{i}") for i in range(CHATS)]
        mark = bot.api.mark()
        started = time.monotonic()
        # Each reader sends a burst of questions back to back: handled concurrently, they would
        # overtake each other; the bot must answer them in order while serving other chats.
        for i, reader in enumerate(chats):
            for n in range(PER_CHAT):
                topic = TOPICS[(i + n) % len(TOPICS)]
                bot.api.send_text(private_chat(reader), reader, f"{topic}? [{reader['id']}:{n}]")

        def answered() -> int:
            return sum(len(replies_to(bot.api, c["id"], since=mark)) for c in chats)

        await wait_until(lambda: answered() >= CHATS * PER_CHAT, 600, "1,000 answers")
        elapsed = time.monotonic() - started
        grown = rss_bytes() - before
        processor = bot.app.update_processor
        assert isinstance(processor, ChatOrderedProcessor)
        # Per-chat state is dropped once a chat is idle (a moment after its last reply is sent).
        await wait_until(lambda: processor.waiting_chats == 0, 10, "idle chats forgotten")
        svc_limiter = bot.app.bot_data["claimqa.services"].limiter
        assert len(svc_limiter) <= CHATS + 1
    for reader in chats:
        label = re.compile(rf"\[{reader['id']}:(\d+)\]")
        replies = replies_to(fake_api, reader["id"], since=mark)
        order = [int(label.findall(r.params["text"])[0]) for r in replies]
        assert order == list(range(PER_CHAT)), f"chat {reader['id']} got {order}"
    assert grown < MEMORY_BOUND, f"RSS grew by {grown / 2**20:.0f} MiB"
    print(f"\n1,000 updates answered in {elapsed:.1f} s; RSS grew {grown / 2**20:.1f} MiB")


# --- the per-user rate limit ---------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_limiter_allows_the_quota_then_says_when_to_come_back() -> None:
    clock = FakeClock()
    limiter = QuestionLimiter(20, clock)
    for _ in range(20):  # one question a second
        assert limiter.check(1).allowed
        clock.now += 1
    refused = limiter.check(1)
    assert not refused.allowed and refused.retry_in == 40 and refused.notify
    assert limiter.check(2).allowed  # other users are not affected
    clock.now += 40  # as promised, the first question has left the window: one more fits
    assert limiter.check(1).allowed
    assert not limiter.check(1).allowed


def test_limiter_notes_are_limited_too_and_zero_disables() -> None:
    clock = FakeClock()
    limiter = QuestionLimiter(3, clock)
    verdicts = [limiter.check(7) for _ in range(10)]
    assert [v.allowed for v in verdicts] == [True] * 3 + [False] * 7
    assert [v.notify for v in verdicts[3:]] == [True] * 3 + [False] * 4  # a flood stays quiet
    unlimited = QuestionLimiter(0, clock)
    assert all(unlimited.check(7).allowed for _ in range(1000)) and len(unlimited) == 0


def test_limiter_forgets_idle_users() -> None:
    clock = FakeClock()
    limiter = QuestionLimiter(5, clock)
    for user_id in range(SWEEP_EVERY - 1):
        limiter.check(user_id)
    clock.now += WINDOW_SECONDS + 1
    limiter.check(-1)  # the next new user triggers a sweep of the idle ones
    assert len(limiter) == 1


async def test_excess_questions_get_a_friendly_note_admins_included(
    fake_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch, answerer: Answerer
) -> None:
    async with bot_with(monkeypatch, fake_api, answerer, rate_limit_per_minute="3") as bot:
        for asker in [user(9001, "Eager"), user(ADMIN_ID, "Admin", "the_admin")]:
            mark = bot.api.mark()
            for n in range(5):
                bot.api.send_text(private_chat(asker), asker, f"{VETTING} ({n})")
            replies = await bot.api.wait_for_messages(asker["id"], count=5, since=mark)
            texts = [r.params["text"] for r in replies]
            assert all("Security Services" in t for t in texts[:3])  # in order: answers first
            notes = [RATE_NOTE.search(t) for t in texts[3:]]
            assert all(n and 1 <= int(n[1]) <= 60 for n in notes), texts[3:]
        # /reload is not a question: the rate-limited admin is still served.
        admin = user(ADMIN_ID, "Admin", "the_admin")
        started, report = await bot.ask_private("/reload", sender=admin, count=2)
        assert "Reloading" in started.params["text"]
        assert "Nothing changed in the corpus" in report.params["text"]  # the seed corpus
        # Other commands are not counted either.
        (help_reply,) = await bot.ask_private("/help", sender=user(9001, "Eager"))
        assert "ClaimQA" in help_reply.params["text"]
