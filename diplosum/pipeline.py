"""The pipeline: input checks -> prompt -> cache -> backend -> grounding -> metadata -> cache.

``Summariser`` holds the settings, the loaded template, one backend (one client) and the
cache; ``summarise`` and ``asummarise`` are one-shot conveniences around it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import sys
import time
import warnings
from importlib import metadata
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from .backends import Extraction, make_backend
from .cache import Cache, CacheMode, cache_key
from .chunking import merge_extractions, split_article
from .config import resolve_settings
from .dates import detect_published
from .errors import CacheError, ConfigError, InputError
from .grounding import flag_attribution, ground_summary
from .models import ArticleSummary, Meta, PromptInfo, schema_sha256
from .normalise import normalise_summary
from .prompts import load_template
from .ratelimit import RateLimit

__all__ = ["Summariser", "asummarise", "summarise"]

NO_MODEL_NOTE = (
    "no model configured: using the offline extractor; set OPENAI_API_KEY or --base-url for "
    "LLM summaries"
)
_noted = False


def _note_offline_default() -> None:
    """Say once per process that the offline extractor stands in for a model."""
    global _noted
    if not _noted:
        _noted = True
        print(f"diplosum: {NO_MODEL_NOTE}", file=sys.stderr)


CacheOption = bool | CacheMode | Cache


@functools.cache
def _version() -> str:
    try:
        return metadata.version("diplosum")
    except metadata.PackageNotFoundError:
        return "unknown"


_HTML = re.compile(r"<(?:!doctype|html|head|body|div|p|script|article)\b[^>]*>", re.I)


def _check_article(article: object, max_chars: int) -> str:
    if isinstance(article, bytes | bytearray):
        raise InputError("the article is bytes: decode it to str first (e.g. .decode('utf-8'))")
    if not isinstance(article, str):
        raise InputError(f"the article must be a str, not {type(article).__name__}")
    if not article or article.isspace():
        raise InputError("the article is empty or only whitespace")
    if "\x00" in article:
        raise InputError("the article contains NUL bytes: it looks binary, not text")
    # Markup would be quoted back as "evidence" and offsets would point into tags: the
    # article text must be extracted first (e.g. with trafilatura), and we say so.
    if len(_HTML.findall(article, 0, 20_000)) >= 3:
        raise InputError(
            "the article looks like HTML: extract its text first (for example with "
            "trafilatura.extract) and pass that"
        )
    if len(article) > max_chars:
        raise InputError(
            f"the article has {len(article):,} characters, more than max_article_chars="
            f"{max_chars:,}: raise the limit if your model's context allows, or pass "
            "chunk_chars= (--chunk-chars) to summarise it in chunks"
        )
    return article


def _check_published(published: dt.date | str | None) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published).strip())
    except ValueError:
        raise InputError(f"published={published!r} is not an ISO date (YYYY-MM-DD)") from None


@dataclasses.dataclass
class _Job:
    article: str
    published: dt.date | None
    published_source: Literal["argument", "dateline"] | None
    messages: list[dict[str, str]]
    key: str
    started: float


class Summariser:
    """Reusable configuration, one model client and one cache, for many articles.

    Keyword arguments override the environment (see ``diplosum.config``). ``cache`` is
    ``True`` (the default cache folder), ``False``, a mode (``"refresh"``,
    ``"read-only"``) or a ``Cache`` object. Use it as a context manager, or call
    ``close()``, to release connections.
    """

    def __init__(
        self,
        *,
        backend: str | None = None,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        mode: str | None = None,
        cache: CacheOption = True,
        cache_dir: str | Path | None = None,
        prompts_dir: str | Path | None = None,
        template: str = "summarise",
        fixtures_dir: str | Path | None = None,
        timeout: float = 60.0,
        max_attempts: int = 5,
        max_retry_wait: float = 120.0,
        validation_retries: int = 2,
        temperature: float | None = None,
        max_tokens: int | None = None,
        rate_limit: RateLimit | None = None,
        max_article_chars: int = 200_000,
        chunk_chars: int | None = None,
    ) -> None:
        self.rate_limit = rate_limit
        # About 50,000 tokens of English: within current models' context with room to
        # answer; a longer article is refused with the limit named, never sent to fail.
        # With chunk_chars set, longer articles are summarised in chunks instead.
        if chunk_chars is not None and chunk_chars < 2_000:
            raise ConfigError(f"chunk_chars must be at least 2000, got {chunk_chars}")
        self.chunk_chars = chunk_chars
        self.max_article_chars = max_article_chars if chunk_chars is None else 10**9
        self.settings = resolve_settings(
            backend=backend,
            model=model,
            base_url=base_url,
            api_key=api_key,
            mode=mode,
            cache_dir=cache_dir,
            prompts_dir=prompts_dir,
            template=template,
            fixtures_dir=fixtures_dir,
            timeout=timeout,
            max_attempts=max_attempts,
            max_retry_wait=max_retry_wait,
            validation_retries=validation_retries,
            temperature=temperature,
            max_tokens=max_tokens,
        )
        if self.settings.defaulted:
            _note_offline_default()
        self.template = load_template(self.settings.template, self.settings.prompts_dir)
        self.cache = self._make_cache(cache)
        self.backend = make_backend(self.settings)
        self._schema_sha256 = schema_sha256()

    def __repr__(self) -> str:
        return f"Summariser({self.settings!r})"

    def _make_cache(self, cache: CacheOption) -> Cache | None:
        if isinstance(cache, Cache):
            return cache
        if cache is False or cache == "off":
            return None
        if cache is True:
            return Cache(self.settings.cache_dir)
        if cache in ("on", "refresh", "read-only"):
            return Cache(self.settings.cache_dir, mode=cache)
        raise ConfigError(
            f"cache={cache!r}: pass True, False, 'refresh', 'read-only' or a Cache object"
        )

    # -- the steps shared by the sync and async paths ---------------------------------

    def _prepare(self, article: object, published: dt.date | str | None) -> _Job:
        started = time.perf_counter()
        text = _check_article(article, self.max_article_chars)
        given = _check_published(published)
        published_iso = given.isoformat() if given else None
        reads_prompt = self.backend.reads_prompt
        messages = (
            self.template.render(article=text, published=published_iso) if reads_prompt else []
        )
        key = ""
        if self.cache is not None:
            prompt = {"name": self.template.name, "sha256": self.template.sha256}
            key = cache_key(
                {
                    "article": text,
                    "published": published_iso,
                    "backend": self.backend.name,
                    "model": self.backend.model,
                    "backend_options": self.backend.cache_identity(),
                    "prompt": prompt if reads_prompt else None,
                    "messages": messages,
                    "schema": self._schema_sha256,
                    "chunk_chars": self.chunk_chars,
                }
            )
        detected = None if given else detect_published(text)
        source: Literal["argument", "dateline"] | None = (
            "argument" if given else "dateline" if detected else None
        )
        return _Job(text, given or detected, source, messages, key, started)

    def _from_cache(self, job: _Job) -> ArticleSummary | None:
        if self.cache is None:
            return None
        try:
            stored = self.cache.get(job.key)
        except CacheError as exc:
            warnings.warn(f"{exc}; continuing without the cache", stacklevel=3)
            return None
        if stored is None:
            return None
        summary = ArticleSummary.model_validate(stored)
        if summary.meta is not None:
            timings = {**summary.meta.timings, "lookup_s": time.perf_counter() - job.started}
            summary.meta = summary.meta.model_copy(update={"cached": True, "timings": timings})
        return summary

    def _finish(self, job: _Job, extraction: Extraction, model_seconds: float) -> ArticleSummary:
        summary = ground_summary(extraction.summary, job.article)
        summary = normalise_summary(summary, job.article, job.published)
        summary = flag_attribution(summary, job.article)
        summary.meta = Meta(
            backend=self.backend.name,
            model=extraction.model,
            prompt=PromptInfo(name=self.template.name, sha256=self.template.sha256),
            schema_sha256=self._schema_sha256,
            usage=extraction.usage,
            attempts=extraction.attempts,
            cached=False,
            published=job.published.isoformat() if job.published else None,
            published_source=job.published_source,
            timings={
                "model_s": round(model_seconds, 6),
                "total_s": round(time.perf_counter() - job.started, 6),
            },
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            diplosum_version=_version(),
        )
        if self.cache is not None:
            try:
                self.cache.set(
                    job.key,
                    summary.model_dump(mode="json"),
                    backend=self.backend.name,
                    model=self.backend.model,
                )
            except CacheError as exc:
                # The summary was paid for: hand it back even if it cannot be kept.
                warnings.warn(f"{exc}; this summary was not cached", stacklevel=3)
        return summary

    def _chunks(self, job: _Job) -> list[tuple[str, list[dict[str, str]]]]:
        """The article (or its chunks) with the messages that ask for each."""
        if self.chunk_chars is None or len(job.article) <= self.chunk_chars:
            return [(job.article, job.messages)]
        given = job.published if job.published_source == "argument" else None
        published = given.isoformat() if given else None
        return [
            (
                chunk,
                self.template.render(article=chunk, published=published)
                if self.backend.reads_prompt
                else [],
            )
            for chunk in split_article(job.article, self.chunk_chars)
        ]

    def _estimate_tokens(self, messages: list[dict[str, str]]) -> float:
        # About four characters a token for English, plus what the answer may take.
        prompt = sum(len(m["content"]) for m in messages) / 4
        return prompt + (self.settings.max_tokens or 1500)

    # -- public entry points ------------------------------------------------------------

    def summarise(self, article: str, *, published: dt.date | str | None = None) -> ArticleSummary:
        """Summarise one article (blocking). See ``diplosum.summarise``."""
        job = self._prepare(article, published)
        hit = self._from_cache(job)
        if hit is not None:
            return hit
        began = time.perf_counter()
        parts = []
        for chunk, messages in self._chunks(job):
            if self.rate_limit is not None:
                self.rate_limit.acquire_blocking(self._estimate_tokens(messages))
            parts.append(self.backend.extract(messages, article=chunk))
        return self._finish(job, merge_extractions(parts), time.perf_counter() - began)

    async def asummarise(
        self, article: str, *, published: dt.date | str | None = None
    ) -> ArticleSummary:
        """Summarise one article without blocking the event loop on the model call."""
        job = self._prepare(article, published)
        hit = self._from_cache(job)
        if hit is not None:
            return hit
        began = time.perf_counter()
        parts = []
        for chunk, messages in self._chunks(job):
            if self.rate_limit is not None:
                await self.rate_limit.acquire(self._estimate_tokens(messages))
            parts.append(await self.backend.aextract(messages, article=chunk))
        return self._finish(job, merge_extractions(parts), time.perf_counter() - began)

    def close(self) -> None:
        """Release the model client and cache connections."""
        self.backend.close()
        if self.cache is not None:
            self.cache.close()

    async def aclose(self) -> None:
        """Release the model clients and cache connections from async code."""
        await self.backend.aclose()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> Summariser:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Summariser:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def summarise(
    article: str,
    *,
    published: dt.date | str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    cache: CacheOption = True,
    **options: Any,
) -> ArticleSummary:
    """Summarise one diplomatic news article into a validated, evidence-grounded summary.

    ``published`` (a date or ``YYYY-MM-DD``) tells the model when the article appeared.
    Other keyword arguments are those of ``Summariser`` (``model``, ``base_url``,
    ``api_key``, ``cache``, ...). Raises a ``DiplosumError`` subclass on failure.
    """
    with Summariser(
        model=model, base_url=base_url, api_key=api_key, cache=cache, **options
    ) as summariser:
        return summariser.summarise(article, published=published)


async def asummarise(
    article: str,
    *,
    published: dt.date | str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    cache: CacheOption = True,
    **options: Any,
) -> ArticleSummary:
    """The async form of ``summarise``."""
    async with Summariser(
        model=model, base_url=base_url, api_key=api_key, cache=cache, **options
    ) as summariser:
        return await summariser.asummarise(article, published=published)
