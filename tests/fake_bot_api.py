"""A fake Telegram Bot API over real HTTP on 127.0.0.1, for end-to-end bot tests.

It serves ``/bot<token>/<method>`` like api.telegram.org, records every call, lets a test push
updates (which ``getUpdates`` long-polls for) and wait, with timeouts, for what the bot sends.
``sendMessage`` checks Telegram's HTML rules and the 4,096-unit limit, so a bot that sends broken
HTML or over-long text fails loudly.

Fault injection: :meth:`FakeBotApi.inject` queues a :class:`Fault` (an HTTP error such as 429 with
``retry_after`` or 500, a delay, or a dropped connection) for a method, for the next ``times``
calls; :attr:`FakeBotApi.hook` may decide a fault per call.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from tests.fake_bot_chats import ApiCall, ChatSide
from tests.fake_bot_rules import (
    MESSAGE_LIMIT,
    ApiError,
    check_html,
    check_markup,
    decode_params,
)
from tests.fake_telegram_data import BOT_ID, BOT_USERNAME


@dataclass
class Fault:
    """What to do instead of (or before) answering a call normally.

    Attributes:
        status: an HTTP error code to answer with (e.g. 429, 500, 502); None to answer normally.
        description: the error's description.
        retry_after: for 429, the seconds Telegram asks the client to wait.
        delay: seconds to wait before doing anything.
        drop: close the connection without an answer.
        times: how many calls this fault applies to; None for every call.
    """

    status: int | None = None
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False
    times: int | None = 1


@dataclass
class FakeBotApi(ChatSide):
    """The fake server; ``await start()``, use :attr:`base_url`, ``await stop()``."""

    token: str
    bot_id: int = BOT_ID
    bot_username: str = BOT_USERNAME
    calls: list[ApiCall] = field(default_factory=list)
    hook: Callable[[ApiCall], Awaitable[Fault | None]] | None = None
    commands: list[dict[str, Any]] = field(default_factory=list)
    webhook_url: str = ""
    _faults: dict[str, list[Fault]] = field(default_factory=dict)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: dict[int, itertools.count[int]] = field(default_factory=dict)
    _query_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _chats: dict[int, dict[str, Any]] = field(default_factory=dict)
    _server: HTTPServer | None = None
    _closing: bool = False
    port: int = 0

    # -- life cycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 on an ephemeral port."""
        sockets = bind_sockets(0, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]
        app = Application([(r"/bot([^/]+)/([A-Za-z]+)", _Handler, {"api": self})])
        self._server = HTTPServer(app)
        self._server.add_sockets(sockets)

    async def stop(self) -> None:
        """Stop listening, wake long polls and close open connections."""
        self._closing = True
        self._notify()
        if self._server is not None:
            self._server.stop()
            await asyncio.wait_for(self._server.close_all_connections(), 5)
            self._server = None

    @property
    def base_url(self) -> str:
        """The value for ``TELEGRAM_API_BASE_URL``."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        """The bot's own ``User`` object."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "ClaimQA",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    # -- fault injection ----------------------------------------------------------------------

    def inject(self, method: str, fault: Fault) -> None:
        """Apply ``fault`` to the next ``fault.times`` calls of ``method`` ("*" for any)."""
        self._faults.setdefault(method, []).append(fault)

    def clear_faults(self) -> None:
        """Forget all queued faults."""
        self._faults.clear()

    def _take_fault(self, method: str) -> Fault | None:
        for key in (method, "*"):
            queue = self._faults.get(key, [])
            if queue:
                fault = queue[0]
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        queue.pop(0)
                return fault
        return None

    # -- waiting ------------------------------------------------------------------------------

    # -- the methods --------------------------------------------------------------------------

    async def handle(self, call: ApiCall) -> Any:
        """Answer one call, or raise :class:`ApiError`."""
        method = call.method
        p = call.params
        if method == "getMe":
            return self.bot_user
        if method == "getUpdates":
            return await self._get_updates(p)
        if method == "sendMessage":
            return self._send_message(p)
        if method in {"editMessageText", "editMessageReplyMarkup"}:
            return self._edit_message(method, p)
        if method == "setMyCommands":
            self.commands = list(p.get("commands", []))
            return True
        if method == "getMyCommands":
            return self.commands
        if method == "deleteMyCommands":
            self.commands = []
            return True
        if method == "setWebhook":
            self.webhook_url = str(p.get("url", ""))
            return True
        if method == "deleteWebhook":
            self.webhook_url = ""
            return True
        if method == "getWebhookInfo":
            return {"url": self.webhook_url, "has_custom_certificate": False,
                    "pending_update_count": len(self._updates)}  # fmt: skip
        if method in {"sendChatAction", "answerCallbackQuery", "close", "logOut"}:
            return True
        raise ApiError(404, "Not Found: method not found")

    async def _get_updates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        offset, limit = int(p.get("offset") or 0), int(p.get("limit") or 100)
        deadline = time.monotonic() + min(float(p.get("timeout") or 0), 30.0)
        if offset:  # Telegram forgets the updates a client confirmed
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        while not self._updates and not self._closing:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), remaining)
            except TimeoutError:
                break
        return self._updates[:limit]

    def _send_message(self, p: dict[str, Any]) -> dict[str, Any]:
        chat_id = p.get("chat_id")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        text = str(p.get("text", ""))
        visible = check_html(text) if p.get("parse_mode") == "HTML" else text
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(visible.encode("utf-16-le")) // 2 > MESSAGE_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        check_markup(p.get("reply_markup"))
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self.chat_of(chat_id),
            "from": self.bot_user,
            "text": visible,
        }
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        reply = (p.get("reply_parameters") or {}).get("message_id")
        if reply is not None:
            message["reply_to_message"] = {"message_id": reply, "date": 0,
                                           "chat": self.chat_of(chat_id)}  # fmt: skip
        if p.get("message_thread_id"):
            message["message_thread_id"] = p["message_thread_id"]
            message["is_topic_message"] = True
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _edit_message(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        message = self._messages.get((p.get("chat_id"), p.get("message_id")))  # type: ignore[arg-type]
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        edited = dict(message)
        if method == "editMessageText":
            edited["text"] = check_html(p["text"]) if p.get("parse_mode") == "HTML" else p["text"]
        check_markup(p.get("reply_markup"))
        if p.get("reply_markup"):
            edited["reply_markup"] = p["reply_markup"]
        else:
            edited.pop("reply_markup", None)
        if edited == message:
            raise ApiError(400, "Bad Request: message is not modified")
        self._messages[(message["chat"]["id"], message["message_id"])] = edited
        return edited

    def record(self, method: str, params: dict[str, Any]) -> ApiCall:
        """Record a call and wake waiters."""
        call = ApiCall(method, params, time.monotonic())
        self.calls.append(call)
        self._notify()
        return call


class _Handler(RequestHandler):
    api: FakeBotApi

    def initialize(self, api: FakeBotApi) -> None:
        self.api = api

    async def get(self, token: str, method: str) -> None:
        await self.post(token, method)

    async def post(self, token: str, method: str) -> None:
        if token != self.api.token:
            self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        params = decode_params({**self.request.query_arguments, **self.request.body_arguments})
        if self.request.headers.get("Content-Type", "").startswith("application/json"):
            params.update(json.loads(self.request.body or b"{}"))  # the Bot API takes JSON too
        call = self.api.record(method, params)
        fault = self.api._take_fault(method)
        if fault is None and self.api.hook is not None:
            fault = await self.api.hook(call)
        call.fault = fault
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop:
                call.status = 0
                self.api._notify()
                self.request.connection.stream.close()  # type: ignore[attr-defined]
                return
            if fault.status is not None:
                self._error(call, ApiError(fault.status, fault.description, fault.retry_after))
                return
        try:
            call.result = await self.api.handle(call)
        except ApiError as exc:
            self._error(call, exc)
            return
        call.status = 200
        self.api._notify()
        self._reply(200, {"ok": True, "result": call.result})

    def _error(self, call: ApiCall, exc: ApiError) -> None:
        call.status = exc.code
        body: dict[str, Any] = {
            "ok": False,
            "error_code": exc.code,
            "description": exc.description,
        }
        if exc.retry_after is not None:
            body["parameters"] = {"retry_after": exc.retry_after}
        self.api._notify()
        self._reply(exc.code, body)

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))
