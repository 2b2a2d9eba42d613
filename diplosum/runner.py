"""Many articles at once: bounded concurrency, client-side rate limits, no silent loss.

``asummarise_many`` and ``summarise_many`` return one ``Result`` per input, in input order,
each with ``.summary`` or ``.error`` (a ``DiplosumError``): one bad article never sinks the
run, whatever goes wrong with it (an exception nobody expected becomes that article's
``UnexpectedError``). ``aiter_summaries`` yields results as they complete and keeps only
``concurrency`` articles in flight, so memory stays flat however long the input is.
With the offline backend, a run of many articles uses up to ``concurrency`` worker
processes (one per core at most), since the coder is CPU-bound (``diplosum.workers``).

An error that would end every article the same way (``DiplosumError.stops_run``: a key
refused, a model that does not exist, a template that cannot render) stops the run at the
first: nothing more is sent, what is in flight is cancelled, and the error is raised.

The cache makes runs resumable: a rerun answers every article already summarised from
disk and calls the model only for the rest.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import itertools
import os
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any, Unpack

from .config import SummariserOptions
from .errors import ConfigError, DiplosumError, InputError, UnexpectedError
from .models import ArticleSummary, PublishedSource
from .pipeline import PreparedArticle, Summariser
from .workers import DEPTH, MIN_ARTICLES, WorkerPool, worker_options

__all__ = ["Article", "Result", "aiter_summaries", "asummarise_many", "summarise_many"]


@dataclasses.dataclass(frozen=True)
class Article:
    """One input: its text, and optionally an id, a source path and a publication date.

    ``published_source`` says where ``published`` came from, for ``meta``: the record
    itself (default), the caller (``argument``, as ``--published`` gives it) or a web page.
    """

    text: str
    id: str | None = None
    published: dt.date | str | None = None
    source: str | None = None
    published_source: PublishedSource = "record"


@dataclasses.dataclass(frozen=True)
class Result:
    """The outcome for one input: ``summary`` when it worked, ``error`` when it did not.

    ``text`` is the article as summarised (the offsets of ``summary`` refer to it).
    """

    index: int
    id: str
    source: str | None
    summary: ArticleSummary | None = None
    error: DiplosumError | None = None
    text: str | None = None

    @property
    def ok(self) -> bool:
        return self.summary is not None


Input = Article | str | Mapping[str, Any]


def _as_article(item: Input, index: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item)
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            found = "no 'text' field" if text is None else f"'text' is {type(text).__name__}"
            raise InputError(f"record {index}: {found}, not a string")
        ident = item.get("id")
        return Article(
            text=text,
            id=None if ident is None else str(ident),
            published=item.get("published") or None,
            source=item.get("source"),
        )
    raise InputError(f"input {index} must be a str, a dict with 'text' or an Article")


def _ident(index: int, article: Article) -> str:
    return article.id if article.id is not None else str(index)


def _failed(job: tuple[int, Article], exc: BaseException) -> Result:
    """The article's ``Result`` for ``exc``: an error nobody expected becomes that
    article's ``UnexpectedError``, never the run's."""
    index, article = job
    if isinstance(exc, DiplosumError):
        error = exc
    else:
        error = UnexpectedError(f"unexpected {type(exc).__name__}: {str(exc)[:300]}")
        error.__cause__ = exc
    return Result(index, _ident(index, article), article.source, error=error)


def _succeeded(job: tuple[int, Article], summary: ArticleSummary) -> Result:
    index, article = job
    return Result(index, _ident(index, article), article.source, summary=summary, text=article.text)


def _prepare(summariser: Summariser, article: Article) -> PreparedArticle:
    return summariser.prepare(
        article.text, published=article.published, published_source=article.published_source
    )


async def _one(summariser: Summariser, index: int, item: Input) -> Result:
    try:
        article = _as_article(item, index)
    except InputError as exc:
        return Result(index, str(index), None, error=exc)
    try:
        summary = await summariser.aprocess(_prepare(summariser, article))
    except Exception as exc:
        return _failed((index, article), exc)
    return _succeeded((index, article), summary)


def _one_blocking(summariser: Summariser, job: tuple[int, Article]) -> Result:
    """``_one`` in a worker process (``diplosum.workers``): the article is already read."""
    try:
        summary = summariser.process(_prepare(summariser, job[1]))
    except Exception as exc:
        return _failed(job, exc)
    return _succeeded(job, summary)


class _Submitter:
    """Starts one article's work: on this event loop, or in worker processes when the
    backend is CPU-bound and the run is long (see ``diplosum.workers``)."""

    def __init__(self, summariser: Summariser, concurrency: int, long_run: bool) -> None:
        self.summariser = summariser
        options = worker_options(summariser) if long_run else None
        size = min(concurrency, os.cpu_count() or 1)
        self.pool = None
        self.in_flight = concurrency
        if options is not None and size > 1:
            self.pool = WorkerPool(summariser, options, size, _failed)
            # Queue enough that no worker waits while results travel back.
            self.in_flight = (DEPTH + 1) * size + 2

    def submit(self, index: int, item: Input) -> asyncio.Future[Result]:
        if self.pool is None:
            return asyncio.ensure_future(_one(self.summariser, index, item))
        try:
            article = _as_article(item, index)
        except InputError as exc:
            done: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
            done.set_result(Result(index, str(index), None, error=exc))
            return done
        return self.pool.submit(_one_blocking, (index, article))

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.close()


async def aiter_summaries(
    articles: Iterable[Input],
    *,
    concurrency: int = 8,
    summariser: Summariser | None = None,
    **options: Unpack[SummariserOptions],
) -> AsyncIterator[Result]:
    """Yield a ``Result`` per article as each completes, at most ``concurrency`` at once.

    Options are those of ``Summariser`` (or pass a ready ``summariser``, which is left
    open). Raises the first error whose ``stops_run`` is true, after cancelling the rest.
    """
    if concurrency < 1:
        raise ConfigError(f"concurrency must be at least 1, got {concurrency}")
    if summariser is not None and options:
        raise ConfigError(
            f"pass {', '.join(sorted(options))} to the Summariser you hand in, not alongside it"
        )
    runner = summariser or Summariser(**options)
    numbered = iter(enumerate(articles))
    ahead = list(itertools.islice(numbered, MIN_ARTICLES))
    source = itertools.chain(ahead, numbered)
    work = _Submitter(runner, concurrency, long_run=len(ahead) >= MIN_ARTICLES)
    pending: set[asyncio.Future[Result]] = set()
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < work.in_flight:
                try:
                    index, item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.add(work.submit(index, item))
            if not pending:
                break
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in sorted(done, key=lambda t: t.result().index):
                result = task.result()
                if result.error is not None and result.error.stops_run:
                    raise result.error
                yield result
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        await work.close()
        if summariser is None:
            await runner.aclose()


async def asummarise_many(
    articles: Iterable[Input],
    *,
    concurrency: int = 8,
    **options: Unpack[SummariserOptions],
) -> list[Result]:
    """Summarise every article with bounded concurrency; results in input order."""
    results = [r async for r in aiter_summaries(articles, concurrency=concurrency, **options)]
    return sorted(results, key=lambda r: r.index)


def summarise_many(
    articles: Iterable[Input],
    *,
    concurrency: int = 8,
    **options: Unpack[SummariserOptions],
) -> list[Result]:
    """The blocking form of ``asummarise_many`` (not for use inside a running event loop)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(asummarise_many(articles, concurrency=concurrency, **options))
    raise ConfigError(
        "summarise_many was called inside a running event loop: await asummarise_many"
    )
