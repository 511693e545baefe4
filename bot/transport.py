"""The bot's HTTP client for the Bot API: python-telegram-bot's request interface over aiohttp.

python-telegram-bot talks HTTP through a :class:`~telegram.request.BaseRequest`; its default,
over httpx, costs the event loop about 1.2 ms a call here, most of it in httpcore's connection
pool, which checks every open connection (a ``getpeername`` system call each) on every request,
so the cost grows with the number of chats served at once. aiohttp's pool hands out an idle
connection without visiting the others and parses responses in C: the same call costs about a
third (see docs/performance.md). Everything above the transport is python-telegram-bot's own:
its error mapping from status codes and bodies, and our throttle and retries
(:mod:`bot.sending`).

As with httpx, the CA bundle is certifi's and proxies come from ``HTTPS_PROXY`` and friends
(``NO_PROXY`` respected). They are read once, when the session opens: aiohttp's own
``trust_env`` re-reads the environment and ``~/.netrc`` on every call, in two trips through a
worker thread (8 % of the event loop's time under load, docs/performance.md).
"""

from __future__ import annotations

import json
import ssl
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import certifi
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

POOL_SIZE = 256
"""Connections kept to the Bot API at most, as python-telegram-bot's own default."""
POOL_TIMEOUT_SECONDS = 1.0
"""The longest a call waits for a free connection (python-telegram-bot's default)."""
_JSON = {"Content-Type": "application/json"}
MEDIA_WRITE_TIMEOUT_SECONDS = 20.0
"""The write timeout of a call that uploads files (python-telegram-bot's default)."""


class AiohttpRequest(BaseRequest):
    """Bot API calls over one aiohttp session; start with :meth:`initialize`."""

    def __init__(
        self,
        *,
        pool_size: int = POOL_SIZE,
        connect_timeout: float | None = 5.0,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        pool_timeout: float | None = POOL_TIMEOUT_SECONDS,
    ) -> None:
        """Set the limits; the session itself opens in :meth:`initialize`.

        Args:
            pool_size: connections kept open at most.
            connect_timeout: seconds to open a connection.
            read_timeout: seconds to wait for each part of the answer.
            write_timeout: seconds to send the request.
            pool_timeout: seconds to wait for a free connection.
        """
        self._pool_size = pool_size
        self._timeouts = {
            "connect": connect_timeout,
            "read": read_timeout,
            "write": write_timeout,
            "pool": pool_timeout,
        }
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str] = {}
        self._proxy_for: dict[str, str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (python-telegram-bot adds it to a long poll's timeout)."""
        return self._timeouts["read"]

    async def initialize(self) -> None:
        """Open the session (again, after a :meth:`shutdown`)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._pool_size,
                ssl=ssl.create_default_context(cafile=certifi.where()),
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
            )
            self._proxies = urllib.request.getproxies_environment()
            self._proxy_for.clear()

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Make one HTTP request; see :meth:`telegram.request.BaseRequest.do_request`.

        Returns:
            The status code and the body, which python-telegram-bot turns into a result or an
            error.

        Raises:
            TimedOut: a timeout expired (a :class:`~telegram.error.NetworkError`, so retried).
            NetworkError: the connection failed or dropped.
            RuntimeError: the request was not initialised.
        """
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = bool(request_data and request_data.contains_files)
        connect = self._pick(connect_timeout, "connect")
        pool = self._pick(pool_timeout, "pool")
        write = self._pick(write_timeout, "write", MEDIA_WRITE_TIMEOUT_SECONDS if files else None)
        read = self._pick(read_timeout, "read")
        # aiohttp has no write timeout of its own: sending is bounded by the whole call's cap.
        caps = [connect, pool, write, read]
        timeout = aiohttp.ClientTimeout(
            total=sum(c for c in caps if c is not None) if None not in caps else None,
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=read,
        )
        try:
            async with self._session.request(
                method,
                url,
                data=_body(request_data),
                headers=_JSON if request_data and not request_data.contains_files else None,
                timeout=timeout,
                proxy=self._proxy(url),
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's timeouts are TimeoutErrors too
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{exc.__class__.__name__}: {exc}") from exc

    def _proxy(self, url: str) -> str | None:
        """The proxy for ``url`` from the environment read at start, as ``trust_env`` would."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._proxy_for:
            bypass = urllib.request.proxy_bypass(parts.hostname or "")
            self._proxy_for[origin] = None if bypass else self._proxies.get(parts.scheme)
        return self._proxy_for[origin]

    def _pick(
        self, given: ODVInput[float], name: str, default: float | None = None
    ) -> float | None:
        """The timeout a call asked for, else this request's default for ``name``."""
        if isinstance(given, DefaultValue):
            return default if default is not None else self._timeouts[name]
        return given


def _body(request_data: RequestData | None) -> Any:
    """The request's parameters as a JSON object, or a multipart form when it uploads files.

    The Bot API takes either. JSON costs the event loop a C encoder call where a form costs a
    Python loop over every byte of the message to percent-encode it (docs/performance.md).
    """
    if request_data is None:
        return None
    if not request_data.contains_files:
        return json.dumps(request_data.parameters).encode()
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
