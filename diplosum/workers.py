"""Worker processes for CPU-bound backends: the offline coder on every core.

The offline coder spends its time in Python code (the rules, then grounding and the
support check), so threads or an event loop cannot run two articles at once: a long run
spreads articles over worker processes instead. ``worker_options`` decides whether a run
may: only a ``Summariser`` that another process can rebuild from its settings alone (the
``offline`` backend by name, with no rate limit; its answers are never cached, so a worker
needs no cache). The runner starts a ``WorkerPool`` only for runs of ``MIN_ARTICLES`` or
more; everything else runs in the calling process, as before.

Workers are plain subprocesses (``python -c`` calling ``main`` here), not ``multiprocessing``:
they never re-import the caller's ``__main__`` (a script without an ``if __name__ ==
"__main__"`` guard works), copy none of its threads, and exit when their input closes.
Each reads length-prefixed pickled jobs on stdin and answers on stdout, one at a time.
While they start (about a second: Python and the coder's data), the calling process
summarises articles itself, so a short run loses nothing to the start. A worker that dies
fails only the article it held (an ``UnexpectedError``), and a fresh one takes its place.
Workers ignore SIGINT: an interrupt is the caller's to handle.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import pickle
import signal
import struct
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import IO, Any

from .config import SummariserOptions
from .errors import UnexpectedError
from .pipeline import Summariser

__all__ = ["MIN_ARTICLES", "WorkerPool", "worker_options"]

#: Fewer articles than this run in the calling process: starting workers costs more.
MIN_ARTICLES = 64

#: Jobs sent to one worker ahead of its answers.
DEPTH = 2
_HEADER = struct.Struct("!I")
#: A job: a function of (summariser, item), run in the worker, and its item.
Job = tuple[Callable[[Summariser, Any], Any], Any]


def worker_options(summariser: Summariser) -> SummariserOptions | None:
    """Options that rebuild ``summariser`` in another process, or ``None`` when its work
    is not CPU-bound or cannot be rebuilt from settings (a backend object, a rate limit)."""
    settings = summariser.settings
    if settings.backend != "offline" or getattr(summariser.backend, "name", "") != "offline":
        return None  # a RateLimitedBackend wraps it: the limit must stay in one process
    options: SummariserOptions = {
        "backend": "offline",
        "cache": False,
        "template": settings.template,
        "max_article_chars": settings.max_article_chars,
    }
    if settings.prompts_dir is not None:
        options["prompts_dir"] = settings.prompts_dir
    if settings.chunk_chars is not None:
        options["chunk_chars"] = settings.chunk_chars
    return options


class WorkerPool:
    """``size`` worker processes fed from one queue, and this process while they start.

    ``submit`` returns a future for ``function(summariser, item)``; ``failed(item, exc)``
    turns a worker's death into that item's result. ``close`` ends the workers.
    """

    def __init__(
        self,
        summariser: Summariser,
        options: SummariserOptions,
        size: int,
        failed: Callable[[Any, BaseException], Any],
    ) -> None:
        self._local, self._options, self._failed = summariser, options, failed
        self._queue: asyncio.Queue[tuple[Job, asyncio.Future[Any]] | None] = asyncio.Queue()
        self._ready = asyncio.Event()
        self._tasks = [asyncio.ensure_future(self._serve()) for _ in range(size)]
        self._tasks.append(asyncio.ensure_future(self._serve_locally()))

    def submit(self, function: Callable[[Summariser, Any], Any], item: Any) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(((function, item), future))
        return future

    async def started(self) -> None:
        """Wait until a worker process is ready (from then on, only workers work)."""
        await self._ready.wait()

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _serve_locally(self, *, until_ready: bool = True) -> None:
        """Work in this process: until the first worker is ready, or for good when a
        worker cannot start at all."""
        while not (until_ready and self._ready.is_set()):
            (function, item), future = await self._next()
            if until_ready and self._ready.is_set():
                self._queue.put_nowait(((function, item), future))  # a worker takes it
                return
            if not future.cancelled():
                future.set_result(function(self._local, item))
            await asyncio.sleep(0)  # let workers' start-up and the consumer run

    async def _next(self) -> tuple[Job, asyncio.Future[Any]]:
        entry = await self._queue.get()
        assert entry is not None
        return entry

    async def _serve(self) -> None:
        try:
            worker = await self._start()
        except (OSError, EOFError, asyncio.IncompleteReadError):
            await self._serve_locally(until_ready=False)  # slower, but nothing is lost
            return
        # Up to DEPTH jobs sent ahead: the worker starts the next one while its last
        # answer travels back and this process is busy with others.
        held: collections.deque[tuple[Job, asyncio.Future[Any]]] = collections.deque()
        try:
            while True:
                try:
                    await self._send_ahead(worker, held)
                    answer = await worker.receive()
                except (OSError, EOFError, asyncio.IncompleteReadError) as exc:
                    self._lost(held, exc)
                    await worker.end()
                    worker = await self._start()
                    continue
                _, future = held.popleft()
                if not future.cancelled():
                    future.set_result(answer)
        finally:
            await worker.end()

    async def _send_ahead(
        self, worker: _Worker, held: collections.deque[tuple[Job, asyncio.Future[Any]]]
    ) -> None:
        """Send jobs until DEPTH are held, waiting for one only when none is."""
        while len(held) < DEPTH and (not held or not self._queue.empty()):
            entry = await self._next()
            held.append(entry)
            await worker.send(entry[0])

    def _lost(
        self, held: collections.deque[tuple[Job, asyncio.Future[Any]]], exc: BaseException
    ) -> None:
        """A worker died: the job it was working on fails; those sent after it go back."""
        if not held:
            return
        (job, future), *rest = held
        held.clear()
        error = UnexpectedError(f"a worker process died: {exc or type(exc).__name__}")
        if not future.cancelled():
            future.set_result(self._failed(job[1], error))
        for entry in rest:
            self._queue.put_nowait(entry)

    async def _start(self) -> _Worker:
        worker = await (_fork() if _may_fork() else _spawn())
        try:
            await worker.exchange((_hello, self._options))  # answers once it is ready
        except BaseException:
            await worker.end()
            raise
        self._ready.set()
        return worker


class _Worker:
    """One worker process, seen from here: a pipe each way and a way to end it."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        wait: Callable[[], Awaitable[Any]],
        kill: Callable[[], None],
    ) -> None:
        self.reader, self.writer, self._wait, self._kill = reader, writer, wait, kill

    async def send(self, job: Any) -> None:
        payload = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        self.writer.write(_HEADER.pack(len(payload)) + payload)
        await self.writer.drain()

    async def receive(self) -> Any:
        (size,) = _HEADER.unpack(await self.reader.readexactly(_HEADER.size))
        return pickle.loads(await self.reader.readexactly(size))

    async def exchange(self, job: Any) -> Any:
        await self.send(job)
        return await self.receive()

    async def end(self) -> None:
        """Close the worker's input (it exits at once), and kill it if it lingers."""
        self.writer.close()
        try:
            await asyncio.wait_for(self._wait(), 2)
        except (TimeoutError, asyncio.CancelledError):
            with contextlib.suppress(ProcessLookupError):
                self._kill()
            await self._wait()


def _may_fork() -> bool:
    """Fork (instant: the coder is already loaded) only on Linux and only with no other
    thread running, where a child cannot inherit a lock some thread held; else spawn."""
    return sys.platform == "linux" and threading.active_count() == 1


async def _spawn() -> _Worker:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "from diplosum.workers import main; main()",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    return _Worker(process.stdout, process.stdin, process.wait, process.kill)


async def _fork() -> _Worker:
    jobs_read, jobs_write = os.pipe()
    answers_read, answers_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: no event loop, no signal handlers of the parent's
        low, high = sorted((jobs_read, answers_write))
        # Keep only its own pipes (and stdio): no copy of another worker's pipe may keep
        # that worker from seeing its input close, nor of the caller's files stay open.
        os.closerange(3, low)
        os.closerange(low + 1, high)
        os.closerange(high + 1, os.sysconf("SC_OPEN_MAX"))
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        try:
            serve(os.fdopen(jobs_read, "rb"), os.fdopen(answers_write, "wb"))
        finally:
            os._exit(0)
    os.close(jobs_read)
    os.close(answers_write)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(answers_read, "rb", 0)
    )
    transport, protocol = await loop.connect_write_pipe(
        asyncio.streams.FlowControlMixin, os.fdopen(jobs_write, "wb", 0)
    )
    writer = asyncio.StreamWriter(transport, protocol, None, loop)

    async def wait() -> None:
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            await asyncio.sleep(0.01)

    return _Worker(reader, writer, wait, lambda: os.kill(pid, signal.SIGKILL))


def _hello(summariser: Summariser | None, options: SummariserOptions) -> None:
    """The first job: build this worker's summariser (``serve`` keeps it)."""


def _read(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    (size,) = _HEADER.unpack(header)
    return pickle.loads(stream.read(size))


def _write(stream: IO[bytes], value: Any) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(payload)) + payload)
    stream.flush()


def serve(source: IO[bytes], sink: IO[bytes]) -> None:
    """A worker's loop: the summariser's options first, then jobs until ``source`` closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _, options = _read(source)
    summariser = Summariser(**options)
    import diplosum.runner  # noqa: F401  the jobs' functions live there

    summariser.summarise("France and Germany held talks in Berlin on trade.")  # load data
    _write(sink, None)
    while True:
        try:
            function, item = _read(source)
            _write(sink, function(summariser, item))
        except (EOFError, BrokenPipeError):  # the caller has gone: so does the worker
            break


def main() -> None:
    """A spawned worker: jobs on stdin, answers on stdout."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the answers
    serve(source, sink)
    os._exit(0)  # no interpreter teardown: the caller is waiting on nothing more
