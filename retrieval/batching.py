"""Micro-batching: concurrent requests from any event loop, served by one worker thread in batches.

The model answers 32 questions in one call far faster than in 32 calls (one forward pass, one
round of Python and runtime overhead). The worker takes whatever has queued up while it was busy,
so a lone request goes through at once (no waiting window adds latency) and a burst is served
in a few large batches. Callers ``await`` a future; the event loop only ever puts an item on a
queue, so it never blocks on the model.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

MAX_BATCH = 64
"""The most requests one call serves; keeps a batch's latency bounded under a flood."""

_STOP = object()


class MicroBatcher(Generic[T, R]):
    """Runs ``run(items) -> results`` on a worker thread, batching concurrent submissions."""

    def __init__(
        self,
        run: Callable[[Sequence[T]], Sequence[R]],
        *,
        max_batch: int = MAX_BATCH,
        name: str = "claimqa-batcher",
    ) -> None:
        """Prepare the batcher; the worker thread starts with the first submission.

        Args:
            run: computes one result per item, in order; called on the worker thread only.
            max_batch: the most items per call.
            name: the worker thread's name.
        """
        self._run = run
        self._max_batch = max_batch
        self._name = name
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.batches = 0
        """Calls of ``run`` so far (for tests and the benchmark)."""
        self.items = 0
        """Items served so far."""

    async def submit(self, item: T) -> R:
        """Queue ``item`` and wait for its result without blocking the event loop.

        Raises:
            Exception: whatever ``run`` raised for the batch this item was in.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        self._ensure_worker()
        self._queue.put((item, loop, future))
        return await future

    def close(self) -> None:
        """Stop the worker after the batches already queued (idempotent)."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(timeout=10)

    def _ensure_worker(self) -> None:
        if self._thread is not None:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name=self._name, daemon=True)
                self._thread.start()

    def _work(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            pending = [first]
            # Whatever arrived while the previous batch ran joins this one.
            while len(pending) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    self._queue.put(_STOP)
                    break
                pending.append(more)
            self._serve(pending)

    def _serve(self, pending: list[object]) -> None:
        requests = cast("list[tuple[T, asyncio.AbstractEventLoop, asyncio.Future[R]]]", pending)
        try:
            results: Sequence[R | None] = self._run([item for item, _, _ in requests])
            if len(results) != len(requests):
                raise RuntimeError(f"batch of {len(requests)} gave {len(results)} results")
            error: BaseException | None = None
        except Exception as exc:
            results, error = [None] * len(requests), exc
        else:
            self.batches += 1
            self.items += len(requests)
        # One wake-up per event loop for the whole batch, not one per request.
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[R], R | None]]] = {}
        for (_, loop, future), result in zip(requests, results, strict=True):
            by_loop.setdefault(loop, []).append((future, result))
        for loop, settled in by_loop.items():
            # A closed event loop refuses the call: nobody is waiting there any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_settle, settled, error)


def _settle(
    settled: list[tuple[asyncio.Future[R], R | None]], error: BaseException | None
) -> None:
    """Hand each waiting future its result, or the batch's error (on the future's loop)."""
    for future, result in settled:
        if future.done():  # the asker was cancelled meanwhile
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]
