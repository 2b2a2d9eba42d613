"""SIGTERM, made to end the program as Ctrl-C does: outputs closed (a JSON array gets its
closing bracket), everything finished kept, exit status 143.

Outside a run, SIGTERM raises ``Terminated`` wherever the program is. During a run it
cancels the run's own task instead, as ``asyncio.run`` does for Ctrl-C, so the stop
arrives at an ``await`` of the run and never inside a library's code: an interrupt raised
in the middle of a retry loop can be taken for the error being handled there and retried
away, and one raised while a record is being written would cut it in half.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["Terminated", "raise_on_sigterm", "sigterm_cancels_run"]


class Terminated(KeyboardInterrupt):
    """SIGTERM: handled wherever an interrupt is, reported as "terminated" (exit 143)."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated


def raise_on_sigterm() -> None:
    """From now on SIGTERM raises ``Terminated`` (the entry point calls this first)."""
    signal.signal(signal.SIGTERM, _raise_terminated)


@contextlib.contextmanager
def sigterm_cancels_run() -> Iterator[None]:
    """While this block runs (inside the run's task, on the main thread), SIGTERM cancels
    that task and the block raises ``Terminated`` in place of the cancellation; the
    handler found before it is put back on the way out."""
    task = asyncio.current_task()
    if task is None or threading.current_thread() is not threading.main_thread():
        yield  # signals reach the main thread only: elsewhere the usual handler serves
        return
    loop = task.get_loop()
    previous = signal.getsignal(signal.SIGTERM)
    received: list[int] = []

    def cancel() -> None:
        received.append(signal.SIGTERM)
        task.cancel()

    loop.add_signal_handler(signal.SIGTERM, cancel)
    try:
        yield
    except asyncio.CancelledError:
        if received:
            raise Terminated from None
        raise
    finally:
        loop.remove_signal_handler(signal.SIGTERM)  # this sets SIG_DFL: put back the one before
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
