"""Serving for real: ``run_polling`` in its own process (pid file, SIGHUP reload) and webhooks."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.application import build_application, webhook_options
from config import Settings
from retrieval.service import Answerer
from tests.bot_harness import TOKEN, bot_settings
from tests.fake_bot_api import FakeBotApi
from tests.fake_telegram_data import private_chat, user
from tests.reliability_support import start_child

VETTING = "Who vets the people who want to join?"
SERVE = (
    "import logging, sys\n"
    "logging.basicConfig(level=logging.INFO, stream=sys.stderr)\n"
    "from bot.application import run_polling\n"
    "from config import load_settings\n"
    "from retrieval.service import Answerer\n"
    "settings = load_settings()\n"
    "run_polling(settings, Answerer.open(settings))\n"
)


async def wait_for_file(path: Path, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return path.read_text().strip()
        await asyncio.sleep(0.1)
    raise TimeoutError(f"{path} did not appear")


@pytest.mark.slow
async def test_run_polling_writes_pid_reloads_on_sighup_and_cleans_up(
    fake_api: FakeBotApi, seed_settings: Settings, answerer: Answerer, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    shutil.copytree(seed_settings.index_dir, index_dir)  # current for this corpus: no rebuild
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake_api.base_url,
        "CLAIMQA_CORPUS_DIR": str(seed_settings.corpus_dir),
        "CLAIMQA_INDEX_DIR": str(index_dir),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    proc, log = await start_child(sys.executable, "-c", SERVE, env=env)
    try:
        await fake_api.wait_for(lambda c: c.method == "setMyCommands", timeout=180)
        pid_file = index_dir / "bot.pid"  # where `claimqa reload` looks for it
        assert await wait_for_file(pid_file, 30) == str(proc.pid)

        alice = user(8001, "Alice")
        mark = fake_api.mark()
        fake_api.send_text(private_chat(alice), alice, VETTING)
        (reply,) = await fake_api.wait_for_messages(8001, since=mark, timeout=60)
        assert "Security Services" in reply.params["text"]

        proc.send_signal(signal.SIGHUP)  # what `claimqa reload` does to a running bot
        done = await log.wait_for("SIGHUP reload done", 120)
        assert "changed=False" in done  # the corpus did not change

        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 60) == 0
        await asyncio.wait_for(log.task, 10)
        assert not pid_file.exists()
        assert TOKEN not in "".join(log.lines)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_mode_accepts_only_telegrams_secret(
    fake_api: FakeBotApi,
    monkeypatch: pytest.MonkeyPatch,
    seed_settings: Settings,
    answerer: Answerer,
) -> None:
    settings = bot_settings(
        monkeypatch, fake_api, seed_settings.corpus_dir, seed_settings.index_dir
    )
    port = free_port()
    url = f"http://127.0.0.1:{port}/claimqa/hook"
    options = webhook_options(url, "127.0.0.1", port)
    assert options["url_path"] == "claimqa/hook" and TOKEN not in str(options)
    app = build_application(settings, answerer)
    await app.initialize()
    assert app.updater is not None and app.post_init is not None
    try:
        await app.post_init(app)
        await app.updater.start_webhook(**options)
        await app.start()
        (registered,) = fake_api.sent("setWebhook")
        assert registered.params["url"] == url
        assert registered.params["secret_token"] == options["secret_token"]

        alice = user(8101, "Alice")
        message = fake_api.new_message(private_chat(alice), alice, VETTING)
        async with httpx.AsyncClient(timeout=10) as client:
            forged = await client.post(
                url,
                json={"update_id": 1, "message": message},
                headers={"X-Telegram-Bot-Api-Secret-Token": "not-the-secret"},
            )
            assert forged.status_code == 403
            posted = await client.post(
                url,
                json={"update_id": 2, "message": message},
                headers={"X-Telegram-Bot-Api-Secret-Token": options["secret_token"]},
            )
            assert posted.status_code == 200
        (reply,) = await fake_api.wait_for_messages(8101)
        assert "Security Services" in reply.params["text"]
        assert len(fake_api.sent(chat_id=8101)) == 1  # the forged update was not handled
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
