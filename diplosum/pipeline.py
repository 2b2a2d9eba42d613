"""The pipeline: check -> prompt -> cache or backend -> validate -> postprocess -> meta.

``Summariser`` holds the settings, the loaded template, one backend (one client) and the
cache. Its public steps are what every entrance uses (``summarise``, the runner, the Batch
API, ``diplosum record``):

- ``prepare(article, published=)``: input checks, the reference date, the rendered
  prompt and the cache key (``PreparedArticle``);
- ``lookup(prepared)``: the backend's answer from the cache, if it is there;
- ``extract(prepared)`` / ``aextract``: the backend's answer, in chunks when asked;
- ``complete(prepared, extraction)``: the answer validated, cached when fresh, grounded,
  normalised and attributed, with ``meta``;
- ``process(prepared)`` / ``aprocess``: lookup, else extract, then complete.

The cache holds answers, not summaries, so ``complete`` runs on every hit too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import time
import warnings
from importlib import metadata
from types import TracebackType
from typing import Any, Unpack

from .backends import Backend, Extraction, make_backend
from .backends.wrappers import RateLimitedBackend, merge_extractions, split_article
from .cache import Cache, CacheOption, cache_key
from .config import SummariserOptions, resolve_settings
from .errors import CacheError, ConfigError
from .inputs import check_article, check_published
from .models import ArticleSummary, Meta, PromptInfo, PublishedSource, Usage, schema_sha256
from .postprocess import postprocess
from .postprocess.validation import validated
from .prompts import load_template
from .text.dates import detect_published

__all__ = ["OfflineFallbackWarning", "PreparedArticle", "Summariser", "asummarise", "summarise"]


class OfflineFallbackWarning(UserWarning):
    """No model was configured, so the offline extractor answers (once per process)."""


NO_MODEL_NOTE = (
    "no model configured: using the offline extractor; pass api_key= or base_url= (or set "
    "OPENAI_API_KEY or OPENAI_BASE_URL) for LLM summaries"
)


@functools.cache
def _version() -> str:
    try:
        return metadata.version("diplosum")
    except metadata.PackageNotFoundError:
        return "unknown"


@dataclasses.dataclass(frozen=True)
class PreparedArticle:
    """An article checked and ready for a backend.

    ``published`` is the reference date (given, or found in the dateline, as
    ``published_source`` says); ``messages`` the rendered prompt (empty for a backend that
    reads none); ``key`` the cache key (``None`` when the answer is not cached).
    """

    text: str
    published: dt.date | None
    published_source: PublishedSource | None
    messages: list[dict[str, str]]
    key: str | None
    started: float


class Summariser:
    """Reusable configuration, one backend (one model client) and one cache, for many articles.

    Options (``SummariserOptions``) override the environment (see ``diplosum.config``).
    ``backend`` is a name (``offline``, ``openai``, ``replay``) or any object implementing
    ``diplosum.Backend``. ``cache`` is ``True`` (the default cache folder), ``False``, a
    mode (``"refresh"``, ``"read-only"``) or a ``Cache`` object. Use it as a context
    manager, or call ``close()``, to release connections.
    """

    def __init__(self, **options: Unpack[SummariserOptions]) -> None:
        self.settings = resolve_settings(options)
        if self.settings.defaulted:
            warnings.warn(NO_MODEL_NOTE, OfflineFallbackWarning, stacklevel=2)
        self.template = load_template(self.settings.template, self.settings.prompts_dir)
        self.cache = self._make_cache(options.get("cache", True))
        given = options.get("backend")
        if given is None or isinstance(given, str):
            backend = make_backend(self.settings)
        elif isinstance(given, Backend):
            backend = given
        else:
            raise ConfigError(
                f"backend={given!r} is neither a backend name nor an object with the methods "
                "of diplosum.Backend (name, model, reads_prompt, cache_identity, extract, "
                "aextract, close, aclose)"
            )
        limit = options.get("rate_limit")
        self.backend: Backend = (
            backend
            if limit is None
            else RateLimitedBackend(backend, limit, self.settings.max_tokens)
        )
        self._schema_sha256 = schema_sha256()

    def __repr__(self) -> str:
        return f"Summariser({self.settings!r})"

    def _make_cache(self, cache: CacheOption) -> Cache | None:
        if isinstance(cache, Cache):
            return cache
        if cache is False or cache == "off":
            return None
        assert self.settings.cache_dir is not None  # resolve_settings always sets it
        if cache is True:
            return Cache(self.settings.cache_dir)
        if cache in ("on", "refresh", "read-only"):
            return Cache(self.settings.cache_dir, mode=cache)
        raise ConfigError(
            f"cache={cache!r}: pass True, False, 'refresh', 'read-only' or a Cache object"
        )

    # -- the public steps ---------------------------------------------------------------

    def _render(self, text: str, published: dt.date | None) -> list[dict[str, str]]:
        if not self.backend.reads_prompt:
            return []
        return self.template.render(
            article=text, published=published.isoformat() if published else None
        )

    def prepare(
        self,
        article: object,
        *,
        published: dt.date | str | None = None,
        published_source: PublishedSource = "argument",
    ) -> PreparedArticle:
        """Check ``article`` and render its prompt; ``InputError`` if it cannot be summarised.

        ``published_source`` says where a given ``published`` came from (reported in
        ``meta``): the caller (``argument``), a corpus record (``record``), a web page's own
        date (``page``). Without ``published``, a date in the dateline is used.
        """
        started = time.perf_counter()
        text = check_article(article, self._article_limit())
        given = check_published(published)
        messages = self._render(text, given)
        identity = self.backend.cache_identity() if self.cache is not None else None
        key = None
        if identity is not None:
            key = cache_key(
                {
                    "article": text,
                    "published": given.isoformat() if given else None,
                    "backend": self.backend.name,
                    "model": self.backend.model,
                    "backend_options": identity,
                    "prompt": [self.template.name, self.template.sha256]
                    if self.backend.reads_prompt
                    else None,
                    "messages": messages,
                    "schema": self._schema_sha256,
                    "chunk_chars": self.settings.chunk_chars,
                }
            )
        detected = None if given else detect_published(text)
        source: PublishedSource | None = (
            published_source if given else "dateline" if detected else None
        )
        return PreparedArticle(text, given or detected, source, messages, key, started)

    def _article_limit(self) -> int:
        # With chunks, any length goes: each chunk is what a request carries.
        return self.settings.max_article_chars if self.settings.chunk_chars is None else 10**9

    def lookup(self, prepared: PreparedArticle) -> Extraction | None:
        """The backend's answer for ``prepared`` from the cache, or ``None``."""
        if self.cache is None or prepared.key is None:
            return None
        try:
            stored = self.cache.get(prepared.key)
        except CacheError as exc:
            warnings.warn(f"{exc}; continuing without the cache", stacklevel=3)
            return None
        if stored is None:
            return None
        try:
            cost = stored.get("cost_usd")
            return Extraction(
                output=stored["output"],
                model=str(stored["model"]),
                usage=Usage.model_validate(stored.get("usage") or {}),
                attempts=int(stored.get("attempts", 0)),
                cost_usd=None if cost is None else float(cost),
                batch=bool(stored.get("batch", False)),
            )
        except (KeyError, TypeError, ValueError):
            return None  # an entry of another shape is a miss, overwritten when recomputed

    def _parts(self, prepared: PreparedArticle) -> list[tuple[str, list[dict[str, str]]]]:
        """The article (or its chunks) with the messages that ask for each."""
        size = self.settings.chunk_chars
        if size is None or len(prepared.text) <= size:
            return [(prepared.text, prepared.messages)]
        given = prepared.published if prepared.published_source != "dateline" else None
        return [(chunk, self._render(chunk, given)) for chunk in split_article(prepared.text, size)]

    def extract(self, prepared: PreparedArticle) -> Extraction:
        """The backend's answer for ``prepared`` (blocking), chunk by chunk when asked."""
        dated = self._dated(prepared)
        parts = [
            self.backend.extract(m, article=chunk, **dated) for chunk, m in self._parts(prepared)
        ]
        return merge_extractions(parts)

    def _dated(self, prepared: PreparedArticle) -> dict[str, Any]:
        """``published=`` for a backend that reads the date itself (``reads_published``)."""
        if getattr(self.backend, "reads_published", False):
            return {"published": prepared.published}
        return {}

    async def aextract(self, prepared: PreparedArticle) -> Extraction:
        """``extract`` without blocking the event loop."""
        parts = []
        for chunk, messages in self._parts(prepared):
            parts.append(
                await self.backend.aextract(messages, article=chunk, **self._dated(prepared))
            )
        return merge_extractions(parts)

    def complete(
        self, prepared: PreparedArticle, extraction: Extraction, *, cached: bool = False
    ) -> ArticleSummary:
        """The summary of ``extraction``: validated, stored in the cache when fresh,
        grounded, normalised and attributed, with ``meta``."""
        answer = validated(extraction)
        if not cached:
            self._store(prepared, extraction)
        summary = postprocess(answer, prepared.text, prepared.published)
        return summary.model_copy(update={"meta": self._meta(prepared, extraction, cached)})

    def _store(self, prepared: PreparedArticle, extraction: Extraction) -> None:
        if self.cache is None or prepared.key is None:
            return
        value = {
            "output": extraction.output_json(),
            "model": extraction.model,
            "usage": extraction.usage.model_dump(),
            "attempts": extraction.attempts,
            "cost_usd": extraction.cost_usd,
            "batch": extraction.batch,
        }
        try:
            self.cache.set(
                prepared.key,
                value,
                backend=self.backend.name,
                model=extraction.model,
                cost_usd=extraction.cost_usd,
            )
        except CacheError as exc:
            # The answer was paid for: hand the summary back even if it cannot be kept.
            warnings.warn(f"{exc}; this summary was not cached", stacklevel=4)

    def _meta(self, prepared: PreparedArticle, extraction: Extraction, cached: bool) -> Meta:
        elapsed = round(time.perf_counter() - prepared.started, 6)
        return Meta(
            backend=self.backend.name,
            model=extraction.model,
            prompt=PromptInfo(name=self.template.name, sha256=self.template.sha256),
            schema_sha256=self._schema_sha256,
            usage=extraction.usage,
            cost_usd=extraction.cost_usd,
            attempts=extraction.attempts,
            cached=cached,
            published=prepared.published.isoformat() if prepared.published else None,
            published_source=prepared.published_source,
            timings={"lookup_s" if cached else "total_s": elapsed},
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            diplosum_version=_version(),
        )

    def process(self, prepared: PreparedArticle) -> ArticleSummary:
        """The summary of ``prepared``: from the cache, else from the backend (blocking)."""
        hit = self.lookup(prepared)
        if hit is not None:
            return self.complete(prepared, hit, cached=True)
        return self.complete(prepared, self.extract(prepared))

    async def aprocess(self, prepared: PreparedArticle) -> ArticleSummary:
        """``process`` without blocking the event loop on the model call."""
        hit = self.lookup(prepared)
        if hit is not None:
            return self.complete(prepared, hit, cached=True)
        return self.complete(prepared, await self.aextract(prepared))

    # -- one article --------------------------------------------------------------------

    def summarise(self, article: str, *, published: dt.date | str | None = None) -> ArticleSummary:
        """Summarise one article (blocking). See ``diplosum.summarise``."""
        return self.process(self.prepare(article, published=published))

    async def asummarise(
        self, article: str, *, published: dt.date | str | None = None
    ) -> ArticleSummary:
        """Summarise one article without blocking the event loop on the model call."""
        return await self.aprocess(self.prepare(article, published=published))

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
    **options: Unpack[SummariserOptions],
) -> ArticleSummary:
    """Summarise one diplomatic news article into a validated, evidence-grounded summary.

    ``published`` (a date or ``YYYY-MM-DD``) is the reference date for relative dates ("on
    Friday") and tells the model when the article appeared. Options are those of
    ``Summariser`` (``model``, ``base_url``, ``api_key``, ``cache``, ``backend``, ...).
    Raises a ``DiplosumError`` subclass on failure.
    """
    with Summariser(**options) as summariser:
        return summariser.summarise(article, published=published)


async def asummarise(
    article: str,
    *,
    published: dt.date | str | None = None,
    **options: Unpack[SummariserOptions],
) -> ArticleSummary:
    """The async form of ``summarise``."""
    async with Summariser(**options) as summariser:
        return await summariser.asummarise(article, published=published)
