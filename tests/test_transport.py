"""The bot's HTTP client (bot/transport.py) against the fake Bot API: results, timeouts, drops."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import InputFile
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.transport import AiohttpRequest
from tests.bot_harness import TOKEN, Bot
from tests.fake_bot_api import FakeBotApi, Fault


@pytest.fixture
async def request_(fake_api: FakeBotApi) -> AsyncIterator[AiohttpRequest]:
    request = AiohttpRequest(read_timeout=5.0)
    await request.initialize()
    try:
        yield request
    finally:
        await request.shutdown()


def url(api: FakeBotApi, method: str) -> str:
    return f"{api.base_url}{TOKEN}/{method}"


async def test_the_bot_talks_through_aiohttp(bot: Bot) -> None:
    assert isinstance(bot.app.bot.request, AiohttpRequest)
    assert isinstance(bot.app.bot._request[0], AiohttpRequest)  # the long polls too


async def test_a_call_returns_the_result_and_sends_its_parameters_as_json(
    fake_api: FakeBotApi, request_: AiohttpRequest
) -> None:
    data = RequestData(
        [RequestParameter.from_input("commands", [{"command": "a", "description": "b"}])]
    )
    assert await request_.post(url(fake_api, "setMyCommands"), data) is True
    assert fake_api.commands == [{"command": "a", "description": "b"}]
    me = await request_.post(url(fake_api, "getMe"))
    assert isinstance(me, dict) and me["id"] == fake_api.bot_id


async def test_files_go_as_multipart(fake_api: FakeBotApi, request_: AiohttpRequest) -> None:
    data = RequestData(
        [
            RequestParameter.from_input("chat_id", 42),
            RequestParameter.from_input("document", InputFile(b"hello", filename="a.txt")),
        ]
    )
    with pytest.raises(TelegramError):  # the fake knows no sendDocument...
        await request_.post(url(fake_api, "sendDocument"), data)
    (call,) = [c for c in fake_api.calls if c.method == "sendDocument"]
    assert call.params["chat_id"] == 42  # ...but read the multipart form


async def test_a_slow_answer_times_out(fake_api: FakeBotApi, request_: AiohttpRequest) -> None:
    fake_api.inject("getMe", Fault(delay=1.0))
    with pytest.raises(TimedOut):
        await request_.post(url(fake_api, "getMe"), read_timeout=0.2)
    assert (await request_.post(url(fake_api, "getMe")))["id"] == fake_api.bot_id


async def test_a_dropped_connection_is_a_network_error(
    fake_api: FakeBotApi, request_: AiohttpRequest
) -> None:
    fake_api.inject("getMe", Fault(drop=True))
    with pytest.raises(NetworkError) as caught:
        await request_.post(url(fake_api, "getMe"))
    assert not isinstance(caught.value, TimedOut)
    assert TOKEN not in str(caught.value)


async def test_a_request_must_be_initialised(fake_api: FakeBotApi) -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(url(fake_api, "getMe"), "POST")
    await request.initialize()
    await request.shutdown()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(url(fake_api, "getMe"), "POST")


async def test_proxies_come_from_the_environment_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    request = AiohttpRequest()
    await request.initialize()
    try:
        # As trust_env would route them, without re-reading the environment on every call.
        assert request._proxy("https://api.telegram.org/bot1/getMe") == "http://proxy.example:3128"
        assert request._proxy("http://127.0.0.1:8081/bot1/getMe") is None
        monkeypatch.delenv("HTTPS_PROXY")
        assert request._proxy("https://api.telegram.org/bot1/getMe") == "http://proxy.example:3128"
    finally:
        await request.shutdown()
