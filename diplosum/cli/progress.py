"""Running a corpus from the command line: stream results, log failures, show progress."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from typing import IO, Any

import click

from ..errors import DiplosumError
from ..export import StreamWriter
from ..inputs.corpus import Unreadable
from ..pipeline import Summariser
from ..runner import Article, aiter_summaries
from .outputs import locked_output

__all__ = ["FailureLog", "ProgressBar", "run_to_stream"]


class FailureLog:
    """One line per failed article on stderr, and a JSONL file with id, source and reason.

    The file describes this run: one left by an earlier run is removed at the start, and
    it is written only when something fails.
    """

    def __init__(self, path: str | None) -> None:
        self.count = 0
        self._path = path
        self._file: IO[str] | None = None
        if path is not None and os.path.isfile(path):
            os.unlink(path)

    def add(self, article_id: str, source: str, error: DiplosumError) -> None:
        self.count += 1
        click.echo(f"diplosum: error: {source}: {error}", err=True)
        if self._path is None:
            return
        if self._file is None:
            self._file = locked_output(self._path)
        record = {"id": article_id, "source": source, "error": type(error).__name__}
        self._file.write(json.dumps({**record, "reason": str(error)}) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class ProgressBar:
    """A rich progress bar on stderr (done, failed, cached, rate, ETA), or nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.done = self.failed = self.cached = 0
        self._bar: Any = None
        self._began = time.monotonic()

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("[bold]summarising"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[detail]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )
            self._bar.start()
            self._task = self._bar.add_task("run", total=self.total, detail="")
        return self

    def advance(self, done: int = 0, failed: int = 0, cached: int = 0) -> None:
        self.done, self.failed, self.cached = (
            self.done + done,
            self.failed + failed,
            self.cached + cached,
        )
        if self._bar is not None:
            rate = (self.done + self.failed) / max(time.monotonic() - self._began, 1e-9)
            detail = f"failed {self.failed}  cached {self.cached}  {rate:.1f}/s"
            self._bar.update(self._task, completed=self.done + self.failed, detail=detail)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


async def run_to_stream(
    summariser: Summariser,
    inputs: list[Article | Unreadable],
    published: str | None,
    jobs: int,
    writer: StreamWriter,
    failed: FailureLog,
    show_progress: bool,
) -> None:
    articles: list[Article] = []
    for item in inputs:
        if isinstance(item, Unreadable):
            failed.add(item.id, item.source, item.error)
        elif published and not item.published:
            articles.append(
                dataclasses.replace(item, published=published, published_source="argument")
            )
        else:
            articles.append(item)
    with ProgressBar(len(inputs), show_progress) as bar:
        bar.advance(failed=failed.count)
        async for result in aiter_summaries(articles, summariser=summariser, concurrency=jobs):
            source = articles[result.index].source or result.id
            if result.summary is not None:
                writer.write(result.summary, result.id, source)
                bar.advance(
                    done=1, cached=int(bool(result.summary.meta and result.summary.meta.cached))
                )
            elif result.error is not None:
                failed.add(result.id, source, result.error)
                bar.advance(failed=1)
