"""Many articles at once: bounded concurrency, client-side rate limits, no silent loss.

``asummarise_many`` and ``summarise_many`` return one ``Result`` per input, in input order,
each with ``.summary`` or ``.error`` (a ``DiplosumError``): one bad article never sinks the
run. ``aiter_summaries`` yields results as they complete and keeps only ``concurrency``
articles in flight, so memory stays flat however long the input is. The cache makes runs
resumable: a rerun answers every article already summarised from disk and calls the model
only for the rest.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator, Iterable
from typing import Any

from .errors import ConfigError, DiplosumError, InputError
from .models import ArticleSummary
from .pipeline import Summariser
from .ratelimit import RateLimit

__all__ = ["Article", "RateLimit", "Result", "aiter_summaries", "asummarise_many", "summarise_many"]


@dataclasses.dataclass(frozen=True)
class Article:
    """One input: its text, and optionally an id, a source path and a publication date."""

    text: str
    id: str | None = None
    published: dt.date | str | None = None
    source: str | None = None


@dataclasses.dataclass
class Result:
    """The outcome for one input: ``summary`` when it worked, ``error`` when it did not."""

    index: int
    id: str
    source: str | None
    summary: ArticleSummary | None = None
    error: DiplosumError | None = None

    @property
    def ok(self) -> bool:
        return self.summary is not None


def _as_article(item: Article | str | dict[str, Any], index: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item)
    if isinstance(item, dict):
        if not isinstance(item.get("text"), str):
            raise InputError(f"record {index} has no 'text' string")
        ident = item.get("id")
        return Article(
            text=item["text"],
            id=None if ident is None else str(ident),
            published=item.get("published") or None,
            source=item.get("source"),
        )
    raise InputError(f"input {index} must be a str, a dict with 'text' or an Article")


async def _one(summariser: Summariser, index: int, item: Any) -> Result:
    try:
        article = _as_article(item, index)
    except InputError as exc:
        return Result(index, str(index), None, error=exc)
    ident = article.id if article.id is not None else str(index)
    try:
        summary = await summariser.asummarise(article.text, published=article.published)
    except DiplosumError as exc:
        return Result(index, ident, article.source, error=exc)
    return Result(index, ident, article.source, summary=summary)


async def aiter_summaries(
    articles: Iterable[Article | str | dict[str, Any]],
    *,
    concurrency: int = 8,
    rate_limit: RateLimit | None = None,
    summariser: Summariser | None = None,
    **options: Any,
) -> AsyncIterator[Result]:
    """Yield a ``Result`` per article as each completes, at most ``concurrency`` at once.

    Options are those of ``Summariser`` (or pass a ready ``summariser``, which is left open).
    """
    if concurrency < 1:
        raise ConfigError(f"concurrency must be at least 1, got {concurrency}")
    own = summariser is None
    runner = summariser or Summariser(rate_limit=rate_limit, **options)
    if not own and rate_limit is not None:
        raise ConfigError("pass rate_limit to the Summariser you hand in, not alongside it")
    pending: set[asyncio.Task[Result]] = set()
    source = iter(enumerate(articles))
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < concurrency:
                try:
                    index, item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending.add(asyncio.ensure_future(_one(runner, index, item)))
            if not pending:
                break
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in sorted(done, key=lambda t: t.result().index):
                yield task.result()
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        if own:
            await runner.aclose()


async def asummarise_many(
    articles: Iterable[Article | str | dict[str, Any]],
    *,
    concurrency: int = 8,
    **options: Any,
) -> list[Result]:
    """Summarise every article with bounded concurrency; results in input order."""
    results = [r async for r in aiter_summaries(articles, concurrency=concurrency, **options)]
    return sorted(results, key=lambda r: r.index)


def summarise_many(
    articles: Iterable[Article | str | dict[str, Any]],
    *,
    concurrency: int = 8,
    **options: Any,
) -> list[Result]:
    """The blocking form of ``asummarise_many`` (not for use inside a running event loop)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(asummarise_many(articles, concurrency=concurrency, **options))
    raise ConfigError(
        "summarise_many was called inside a running event loop: await asummarise_many"
    )
