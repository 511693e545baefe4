"""Helpers for the reliability tests: bots with custom settings, subprocesses, memory, logs."""

from __future__ import annotations

import asyncio
import builtins
import io
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import pytest

from retrieval.service import Answerer
from tests.bot_harness import TOKEN, Bot, bot_settings, running_bot
from tests.fake_bot_api import ApiCall, FakeBotApi

PROJECT = Path(__file__).resolve().parent.parent
CLAIMQA = Path(sys.executable).parent / "claimqa"
"""The installed ``claimqa`` console script of this virtualenv."""
VETTING = "Who vets the people who want to join?"


@asynccontextmanager
async def bot_with(
    monkeypatch: pytest.MonkeyPatch,
    api: FakeBotApi,
    answerer: Answerer,
    **env: str,
) -> AsyncIterator[Bot]:
    """Run the real bot over ``answerer`` with extra ``CLAIMQA_*`` settings from ``env``.

    Args:
        monkeypatch: sets the environment for the settings.
        api: the fake Bot API.
        answerer: the answer service (its corpus and index folders are used).
        **env: settings by field name, e.g. ``rate_limit_per_minute="3"``.
    """
    for name, value in env.items():
        monkeypatch.setenv(f"CLAIMQA_{name.upper()}", value)
    settings = bot_settings(
        monkeypatch, api, answerer.settings.corpus_dir, answerer.settings.index_dir
    )
    async with running_bot(settings, answerer) as app:
        yield Bot(api, app, settings, answerer)


def serve_env(api: FakeBotApi, corpus_dir: Path, index_dir: Path) -> dict[str, str]:
    """The environment of a ``claimqa serve`` child talking to ``api``."""
    return {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "CLAIMQA_CORPUS_DIR": str(corpus_dir),
        "CLAIMQA_INDEX_DIR": str(index_dir),
        "CLAIMQA_SEND_BACKOFF_SECONDS": "0.05",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }


class ChildLog:
    """Collects a child's stderr lines as they come, so its pipe never fills up."""

    def __init__(self, stream: asyncio.StreamReader) -> None:
        self.lines: list[str] = []
        self._stream = stream
        self.task = asyncio.create_task(self._read())

    async def _read(self) -> None:
        while line := await self._stream.readline():
            self.lines.append(line.decode("utf-8", "replace"))

    @property
    def text(self) -> str:
        return "".join(self.lines)

    async def wait_for(self, needle: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines:
                if needle in line:
                    return line
            if self.task.done():
                break
            await asyncio.sleep(0.05)
        raise TimeoutError(f"{needle!r} not logged; last lines: {self.lines[-15:]}")


async def start_child(
    *args: str, env: dict[str, str]
) -> tuple[asyncio.subprocess.Process, ChildLog]:
    """Start a child process in the project folder, collecting its stderr."""
    proc = await asyncio.create_subprocess_exec(
        *args,
        cwd=PROJECT,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stderr is not None
    return proc, ChildLog(proc.stderr)


async def stop_child(proc: asyncio.subprocess.Process) -> None:
    """Kill a child that is still running (test clean-up)."""
    if proc.returncode is None:
        proc.kill()
        await proc.wait()


def rss_bytes() -> int:
    """This process's resident memory, from ``/proc`` (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def replies_to(api: FakeBotApi, chat_id: int, since: int = 0) -> list[ApiCall]:
    """The messages the bot delivered to ``chat_id``, in the order it sent them."""
    return api.sent("sendMessage", chat_id=chat_id, since=since)


def attempts_to(api: FakeBotApi, chat_id: int, since: int = 0) -> list[ApiCall]:
    """Every ``sendMessage`` attempt to ``chat_id``, failed or not."""
    return [
        c
        for c in api.calls[since:]
        if c.method == "sendMessage" and c.params.get("chat_id") == chat_id
    ]


@contextmanager
def captured_logs(level: int = logging.DEBUG) -> Iterator[list[logging.LogRecord]]:
    """Collect every log record (all loggers, from ``level``) while the block runs."""
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            self.format(record)  # fills exc_text, as a real handler would
            records.append(record)

    handler = Collect(level)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    noisy = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "telegram")}
    root.addHandler(handler)
    root.setLevel(level)
    for name in noisy:
        logging.getLogger(name).setLevel(level)
    try:
        yield records
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        for name, old in noisy.items():
            logging.getLogger(name).setLevel(old)


def rendered(records: list[logging.LogRecord]) -> str:
    """Every record as a handler would write it, traceback included."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(r) for r in records)


def errors_in(records: list[logging.LogRecord]) -> list[str]:
    """The bot's ERROR (and worse) messages among ``records`` (not the fake server's)."""
    return [
        r.getMessage()
        for r in records
        if r.levelno >= logging.ERROR and not r.name.startswith("tornado")
    ]


async def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Wait, polling, until ``condition()`` holds; raise TimeoutError naming ``what``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def harbour_article(paragraphs: int) -> str:
    """A new document, long enough that indexing it takes a noticeable moment."""
    body = [
        f"Section {i}: the city council said on Tuesday that restoring the old harbour "
        f"lighthouse, stage {i}, would cost about {i + 2} million euros. According to the "
        "harbour master, divers found the foundations eroded by storms. It has been reported "
        "that some engineers want the tower moved inland, which we cannot confirm."
        for i in range(paragraphs)
    ]
    return "Old harbour lighthouse to be restored\n\n" + "\n\n".join(body) + "\n"


@contextmanager
def disk_full(under: Path) -> Iterator[None]:
    """Make every file written under ``under`` land on ``/dev/full``, so the kernel answers ENOSPC.

    Python's ``open`` (hence ``Path.open``, ``np.save``...) is redirected for those paths only;
    the rest of the process (the event loop, the fake server) writes as usual.
    """
    real_open = builtins.open
    root = under.resolve()

    def full_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        writing = isinstance(file, str | os.PathLike) and any(m in mode for m in "wax+")
        if writing and Path(os.fspath(file)).resolve().is_relative_to(root):
            return real_open("/dev/full", mode.replace("x", "w"), *args, **kwargs)
        return real_open(file, mode, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(builtins, "open", full_open)
        patch.setattr(io, "open", full_open)
        yield
