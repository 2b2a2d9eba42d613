"""A private event loop on its own thread, so blocking callers can run async code.

``LoopThread.run(coro)`` runs ``coro`` on the loop and blocks until it finishes; an
interrupt in the caller (Ctrl-C) cancels it there. The thread starts on first use and
stops on ``close()``; it is a daemon, so a program that never closes still exits.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

__all__ = ["LoopThread"]

_T = TypeVar("_T")


class LoopThread:
    """One event loop on one daemon thread, started lazily."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _started(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="diplosum-openai", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def run(self, coro: Coroutine[Any, Any, _T]) -> _T:
        """Run ``coro`` on the loop thread and return its result (or raise its error)."""
        future = asyncio.run_coroutine_threadsafe(coro, self._started())
        try:
            return future.result()
        except BaseException:
            future.cancel()  # an interrupt in the caller stops the work on the loop too
            raise

    def run_if_started(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run ``coro`` if the loop is running; otherwise close it unrun."""
        if self._loop is None:
            coro.close()
            return
        self.run(coro)

    def close(self) -> None:
        """Stop the loop and its thread (a later ``run`` starts them again)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()
