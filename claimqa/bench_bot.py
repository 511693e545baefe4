"""The bot under load for ``claimqa bench``: the real Application against the fake Bot API.

The fake Bot API (``tests/fake_bot_api.py``, loaded from the project folder) runs in a child
process, as Telegram's servers run elsewhere: the bot's process pays for its own work only.
That child also plays the users. A question's latency runs, on the child's clock, from the moment
its update is queued at the fake API to the moment the bot's first ``sendMessage`` for that chat
reaches it, so it includes the long poll, python-telegram-bot, the "typing" action, the answer
service and rendering. Telegram's own flood limits (the bot's throttle and the per-user question
limit) are turned off: the figure is the bot's capacity, not Telegram's quota.

Run as ``python -m claimqa.bench_bot E2E ASKERS SECONDS`` (the bench does): it prints the fake
API's URL, waits for a bot to poll it, asks, and prints the latencies as JSON.
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import json
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from config import PROJECT_ROOT, Settings, load_settings
from retrieval.service import Answerer

TOKEN = "123456789:AAH-bench-token-0123456789abcdefghijklm"
POLL_TIMEOUT = 2
REPLY_TIMEOUT = 60.0
START_TIMEOUT = 120.0
RESULT_LINE_LIMIT = 16 * 1024 * 1024
"""The child's one-line JSON carries every latency: over asyncio's 64 KiB default from about 300
answers a second."""


def _fake_api_module() -> Any:
    """``tests.fake_bot_api``, imported from the project folder (it is not installed)."""
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    return importlib.import_module("tests.fake_bot_api")


@dataclass
class _Replies:
    """Resolves, per chat, the oldest pending question when the bot's ``sendMessage`` arrives."""

    pending: dict[int, list[asyncio.Future[float]]] = field(default_factory=dict)

    async def on_call(self, call: Any) -> None:
        if call.method == "sendMessage":
            waiting = self.pending.get(call.params.get("chat_id"), [])
            if waiting:
                future = waiting.pop(0)
                if not future.done():
                    future.set_result(call.at)

    def expect(self, chat_id: int) -> asyncio.Future[float]:
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.pending.setdefault(chat_id, []).append(future)
        return future


class Users:
    """The fake Bot API and the users who ask through it (in the child process)."""

    def __init__(self) -> None:
        """Create the fake API; :meth:`start` serves it."""
        self.api: Any = _fake_api_module().FakeBotApi(token=TOKEN)
        self._replies = _Replies()
        self.api.hook = self._replies.on_call

    async def ask(self, user_id: int, question: str) -> float:
        """Send ``question`` from a private chat; return seconds until the bot's answer arrives."""
        sender = {"id": user_id, "is_bot": False, "first_name": "Asker"}
        chat = {"id": user_id, "type": "private", "first_name": "Asker"}
        reply = self._replies.expect(user_id)
        started = time.monotonic()
        self.api.send_text(chat, sender, question)
        arrived = await asyncio.wait_for(reply, REPLY_TIMEOUT)
        return float(arrived - started)

    async def sequential(self, questions: Sequence[str]) -> list[float]:
        """One asker, one question at a time: end-to-end latencies in seconds."""
        return [await self.ask(5_000_001, q) for q in questions]

    async def concurrent(
        self, questions: Sequence[str], *, askers: int, seconds: float, warmup: float = 1.0
    ) -> tuple[int, float, list[float]]:
        """``askers`` users each asking again as soon as answered, for ``seconds``.

        Returns:
            Answers to questions sent in the measured window, the window's length up to the
            last of those answers, and their latencies.
        """
        latencies: list[float] = []
        measure_from = time.monotonic() + warmup
        deadline = measure_from + seconds
        last = measure_from

        async def asker(n: int) -> None:
            nonlocal last
            for q in itertools.islice(itertools.cycle(questions), n, None):
                sent = time.monotonic()
                if sent >= deadline:
                    return
                latency = await self.ask(6_000_000 + n, q)
                if sent >= measure_from:
                    latencies.append(latency)
                    last = max(last, time.monotonic())

        await asyncio.gather(*(asker(n) for n in range(askers)))
        return len(latencies), last - measure_from, latencies


async def drive(e2e: int, askers: int, seconds: float) -> None:
    """Serve the fake API, wait for the bot, ask, and print the latencies (child side).

    The fake API keeps serving until standard input closes, so the bot stops cleanly first.
    """
    from claimqa.bench import questions

    asked = questions()
    users = Users()
    await users.api.start()
    print(json.dumps({"base_url": users.api.base_url}), flush=True)
    try:
        await users.api.wait_for(lambda c: c.method == "getUpdates", timeout=START_TIMEOUT)
        await users.sequential(asked[:5])  # warm up connections and the model
        sequential = await users.sequential(asked[:e2e])
        done, window, latencies = await users.concurrent(asked, askers=askers, seconds=seconds)
        result = {"e2e": sequential, "done": done, "window": window, "latencies": latencies}
        print(json.dumps(result), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    finally:
        await users.api.stop()


def _bot_settings(base: Settings, api_url: str) -> Settings:
    overrides: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "telegram_api_base_url": api_url,
        "corpus_dir": base.corpus_dir,
        "index_dir": base.index_dir,
        "rate_limit_per_minute": 0,
        "telegram_requests_per_second": 0,
    }
    return load_settings(**{k: v for k, v in overrides.items() if k in Settings.model_fields})


async def serve_and_measure(
    settings: Settings, answerer: Answerer, *, e2e: int, askers: int, seconds: float
) -> dict[str, Any]:
    """Run the bot in this process against the fake API and its users in a child process.

    Returns:
        The child's figures: ``e2e`` latencies, and ``done``, ``window`` and ``latencies`` of
        the concurrent run.
    """
    from bot.application import ALLOWED_UPDATES, build_application, freeze_heap

    for noisy in ("telegram", "httpx", "bot"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "claimqa.bench_bot",
        str(e2e),
        str(askers),
        str(seconds),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        cwd=PROJECT_ROOT,
        limit=RESULT_LINE_LIMIT,
    )
    assert child.stdout is not None and child.stdin is not None
    app: Any = None
    try:
        first = await asyncio.wait_for(child.stdout.readline(), START_TIMEOUT)
        app = build_application(_bot_settings(settings, json.loads(first)["base_url"]), answerer)
        freeze_heap()  # as `claimqa serve` does
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        await app.updater.start_polling(
            poll_interval=0.0, timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES
        )
        await app.start()
        line = await asyncio.wait_for(child.stdout.readline(), 30 * 60)
        result: dict[str, Any] = json.loads(line)
    finally:
        if app is not None:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            await app.shutdown()
        child.stdin.close()
        try:
            await asyncio.wait_for(child.wait(), 30)
        except TimeoutError:
            child.kill()
            await child.wait()
    return result


def main(argv: list[str]) -> int:
    """Child side: ``E2E ASKERS SECONDS``."""
    logging.basicConfig(level=logging.ERROR)
    asyncio.run(drive(int(argv[0]), int(argv[1]), float(argv[2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
