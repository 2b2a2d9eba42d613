"""Running a corpus from the command line: stream results, log failures, show progress."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Iterable, Iterator
from typing import IO, Any

import click

from ..errors import DiplosumError
from ..events.report import Collector
from ..export import StreamWriter
from ..inputs.corpus import Unreadable
from ..models import ArticleSummary
from ..pipeline import Summariser
from ..runner import Article, aiter_summaries
from .outputs import locked_output

__all__ = ["FailureLog", "ProgressBar", "Tally", "run_to_stream"]


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


@dataclasses.dataclass
class Tally:
    """What a run did, for its progress bar and its closing line."""

    total: int
    done: int = 0
    failed: int = 0
    cached: int = 0
    tokens: int = 0
    cost_usd: float = 0.0
    saved_usd: float = 0.0
    unpriced: int = 0

    def add(self, summary: ArticleSummary) -> None:
        meta = summary.meta
        self.done += 1
        if meta is None:
            return
        if meta.cost_usd is None:
            self.unpriced += 1
        if meta.cached:
            self.cached += 1
            self.saved_usd += meta.cost_usd or 0.0
        else:
            self.tokens += meta.usage.total_tokens
            self.cost_usd += meta.cost_usd or 0.0

    def closing_line(self) -> str:
        """'30 articles: 28 summarised (12 from the cache), 2 failed; 45,120 tokens, $0.0123
        (the cache saved $0.0051)'."""
        cost = f"${self.cost_usd:.4f}"
        if self.unpriced:
            cost += f" (no known price for {self.unpriced} of them)"
        saved = f"; the cache saved ${self.saved_usd:.4f}" if self.cached else ""
        return (
            f"{self.total} article{'s' if self.total != 1 else ''}: {self.done} summarised "
            f"({self.cached} from the cache), {self.failed} failed; {self.tokens:,} tokens, "
            f"{cost}{saved}"
        )


class ProgressBar:
    """A rich progress bar on stderr (done, failed, cached, rate, ETA), or nothing."""

    def __init__(self, tally: Tally, enabled: bool) -> None:
        self.tally, self.enabled = tally, enabled
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
            self._task = self._bar.add_task("run", total=self.tally.total, detail="")
        return self

    def show(self) -> None:
        if self._bar is None:
            return
        t = self.tally
        finished = t.done + t.failed
        rate = finished / max(time.monotonic() - self._began, 1e-9)
        detail = f"failed {t.failed}  cached {t.cached}  ${t.cost_usd:.4f}  {rate:.1f}/s"
        self._bar.update(self._task, completed=finished, detail=detail)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


async def run_to_stream(
    summariser: Summariser,
    inputs: Iterable[Article | Unreadable],
    published: str | None,
    jobs: int,
    writer: StreamWriter,
    failed: FailureLog,
    show_progress: bool,
    collector: Collector | None = None,
) -> Tally:
    """Summarise ``inputs`` into ``writer`` as they complete; what the run did.

    ``inputs`` is read as the run goes (memory stays flat however long it is), except
    with a progress bar, which needs the count first. ``collector`` gathers the items of
    each summary for a report.
    """
    if show_progress:
        inputs = list(inputs)
    tally = Tally(total=len(inputs) if isinstance(inputs, list) else 0)

    def readable() -> Iterator[Article]:
        for item in inputs:
            if isinstance(item, Unreadable):
                failed.add(item.id, item.source, item.error)
                tally.failed += 1
            elif published and (not item.published or item.published_source == "page"):
                # The user's date wins over a page's own; a record's own date wins over both.
                yield dataclasses.replace(item, published=published, published_source="argument")
            else:
                yield item

    with ProgressBar(tally, show_progress) as bar:
        bar.show()
        async for result in aiter_summaries(readable(), summariser=summariser, concurrency=jobs):
            source = result.source or result.id
            if result.summary is not None:
                writer.write(result.summary, result.id, source, result.text)
                tally.add(result.summary)
                if collector is not None:  # summarise --report: items only, no texts
                    collector.add(result)
            elif result.error is not None:
                failed.add(result.id, source, result.error)
                tally.failed += 1
            bar.show()
    tally.total = tally.done + tally.failed
    return tally
