"""Client-side rate limits: stay under a provider's quota instead of meeting its 429s."""

from __future__ import annotations

import asyncio
import threading
import time

from .errors import ConfigError

__all__ = ["RateLimit"]


class RateLimit:
    """Client-side limits, so a run stays under a provider quota instead of meeting 429s.

    Token buckets refilled continuously: ``requests_per_minute`` requests and
    ``tokens_per_minute`` tokens (each request's cost estimated from its prompt length and
    ``max_tokens``). Cache hits cost nothing. One ``RateLimit`` may be shared by several
    runs to hold them all under one quota.
    """

    def __init__(
        self, requests_per_minute: float | None = None, tokens_per_minute: float | None = None
    ) -> None:
        for name, value in (
            ("requests_per_minute", requests_per_minute),
            ("tokens_per_minute", tokens_per_minute),
        ):
            if value is not None and value <= 0:
                raise ConfigError(f"{name} must be positive, got {value}")
        self.requests_per_minute = requests_per_minute
        self.tokens_per_minute = tokens_per_minute
        self._requests = requests_per_minute or 0.0
        self._tokens = tokens_per_minute or 0.0
        self._updated = time.monotonic()
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def _refill(self) -> None:
        now = time.monotonic()
        elapsed, self._updated = now - self._updated, now
        if self.requests_per_minute:
            self._requests = min(
                self.requests_per_minute, self._requests + elapsed * self.requests_per_minute / 60
            )
        if self.tokens_per_minute:
            self._tokens = min(
                self.tokens_per_minute, self._tokens + elapsed * self.tokens_per_minute / 60
            )

    def _wait_for(self, tokens: float) -> float:
        waits = [0.0]
        if self.requests_per_minute and self._requests < 1:
            waits.append((1 - self._requests) * 60 / self.requests_per_minute)
        if self.tokens_per_minute:
            # A request larger than the whole budget waits for a full bucket, then goes.
            need = min(tokens, self.tokens_per_minute)
            if self._tokens < need:
                waits.append((need - self._tokens) * 60 / self.tokens_per_minute)
        return max(waits)

    def _take(self, tokens: float) -> None:
        if self.requests_per_minute:
            self._requests -= 1
        if self.tokens_per_minute:
            self._tokens -= min(tokens, self.tokens_per_minute)

    async def acquire(self, tokens: float = 0.0) -> None:
        """Wait until one request of about ``tokens`` tokens fits under both limits."""
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            while (wait := self._locked_wait(tokens)) > 0:
                await asyncio.sleep(wait)

    def acquire_blocking(self, tokens: float = 0.0) -> None:
        """``acquire`` for synchronous callers."""
        while (wait := self._locked_wait(tokens)) > 0:
            time.sleep(wait)

    def _locked_wait(self, tokens: float) -> float:
        """Take a slot and return 0, or return how long to wait before asking again."""
        with self._thread_lock:
            self._refill()
            wait = self._wait_for(tokens)
            if wait <= 0:
                self._take(tokens)
            return wait
