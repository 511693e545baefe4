"""A bounded, thread-safe cache of answers, keyed by the index version that produced them."""

from __future__ import annotations

import threading
from collections import OrderedDict

from retrieval.records import Answer

CacheKey = tuple[str, str, int]
"""(index version, cleaned question, most passages)."""


class AnswerCache:
    """Least-recently-used answers; an answer is only ever served for the index that made it."""

    def __init__(self, size: int) -> None:
        """Keep up to ``size`` answers (0 disables the cache).

        Args:
            size: the most answers kept; the least recently used go first.
        """
        self.size = max(0, size)
        self._entries: OrderedDict[CacheKey, Answer] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: CacheKey) -> Answer | None:
        """The cached answer for ``key``, if any (and mark it recently used)."""
        if not self.size:
            return None
        with self._lock:
            answer = self._entries.get(key)
            if answer is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return answer

    def put(self, key: CacheKey, answer: Answer) -> None:
        """Remember ``answer`` for ``key``, evicting the least recently used beyond the bound."""
        if not self.size:
            return
        with self._lock:
            self._entries[key] = answer
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        """Forget every answer (a reload swapped the index)."""
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        """The number of cached answers."""
        return len(self._entries)
