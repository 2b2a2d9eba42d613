"""Around any backend: long articles in chunks, and client-side rate limits.

Chunks. ``split_article`` cuts at paragraph boundaries (blank lines or line breaks),
packing whole paragraphs into chunks of at most ``chunk_chars`` characters, and starts
each chunk with the end of the previous one (at most ``overlap_chars``, whole paragraphs)
so an event told across a boundary is seen whole at least once. A paragraph longer than a
chunk is cut at sentence boundaries, and a sentence longer than that at spaces.
``merge_extractions`` joins the chunks' answers: the first chunk's headline and summary,
every item of every chunk, usage and attempts summed. The pipeline then grounds every
quote against the whole article and merges duplicates (from the overlaps) by its usual
rules, so a chunked summary looks like any other.

Rate limits. ``RateLimit`` is a pair of token buckets (requests and tokens per minute);
``RateLimitedBackend`` takes a slot before every request of the backend it wraps, so a
run stays under a provider's quota instead of meeting its 429s. Cache hits never reach a
backend, so they cost nothing.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from typing import Any

from ..errors import ConfigError
from ..models import Usage
from ..text.sentences import sentence_spans
from . import Backend, Extraction

__all__ = ["RateLimit", "RateLimitedBackend", "merge_extractions", "split_article"]

_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def _pieces(article: str, chunk_chars: int) -> list[str]:
    pieces: list[str] = []
    for paragraph in _PARAGRAPH.split(article):
        if not paragraph.strip():
            continue
        if len(paragraph) <= chunk_chars:
            pieces.append(paragraph)
            continue
        for start, end in sentence_spans(paragraph):
            sentence = paragraph[start:end]
            while len(sentence) > chunk_chars:
                cut = sentence.rfind(" ", 0, chunk_chars)
                cut = cut if cut > 0 else chunk_chars
                pieces.append(sentence[:cut])
                sentence = sentence[cut:].lstrip()
            if sentence:
                pieces.append(sentence)
    return pieces


def split_article(article: str, chunk_chars: int, overlap_chars: int = 1_000) -> list[str]:
    """The article as chunks of at most ``chunk_chars`` characters (one chunk if it fits)."""
    if len(article) <= chunk_chars:
        return [article]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for piece in _pieces(article, chunk_chars):
        if current and size + len(piece) + 1 > chunk_chars:
            chunks.append("\n".join(current))
            carried: list[str] = []
            carried_size = 0
            for previous in reversed(current):
                if carried_size + len(previous) + 1 > overlap_chars:
                    break
                carried.insert(0, previous)
                carried_size += len(previous) + 1
            if carried_size + len(piece) + 1 > chunk_chars:
                carried, carried_size = [], 0
            current, size = carried, carried_size
        current.append(piece)
        size += len(piece) + 1
    if current:
        chunks.append("\n".join(current))
    return chunks


def merge_extractions(parts: list[Extraction]) -> Extraction:
    """One extraction from the chunks' extractions, in order.

    The merged answer carries only the fields a model fills, whatever a chunk sent besides.
    """
    if len(parts) == 1:
        return parts[0]
    outputs = [part.output_json() for part in parts]
    merged: dict[str, Any] = {
        "headline": outputs[0].get("headline"),
        "summary": outputs[0].get("summary"),
    }
    for section in ("meetings", "goals", "sanctions", "stances"):
        merged[section] = [item for output in outputs for item in output.get(section) or []]
    usage = Usage()
    for part in parts:
        usage = usage + part.usage
    costs = [part.cost_usd for part in parts]
    return Extraction(
        output=merged,
        model=parts[0].model,
        usage=usage,
        attempts=sum(p.attempts for p in parts),
        cost_usd=None if None in costs else sum(c for c in costs if c is not None),
        batch=all(p.batch for p in parts),
    )


class RateLimit:
    """Client-side limits, so a run stays under a provider quota instead of meeting 429s.

    Token buckets refilled continuously: ``requests_per_minute`` requests and
    ``tokens_per_minute`` tokens (each request's cost estimated from its prompt length and
    ``max_tokens``). Cache hits cost nothing. One ``RateLimit`` may be shared by several
    runs to hold them all under one quota.

    ``burst`` is how much of a minute's quota may go at once, as a fraction of it: buckets
    hold (and start with) that much. The default, 1.0, lets a run start with a whole
    minute's requests; a small burst spreads requests evenly from the first one.
    """

    def __init__(
        self,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
        *,
        burst: float = 1.0,
    ) -> None:
        for name, value in (
            ("requests_per_minute", requests_per_minute),
            ("tokens_per_minute", tokens_per_minute),
        ):
            if value is not None and value <= 0:
                raise ConfigError(f"{name} must be positive, got {value}")
        if not 0 < burst <= 1:
            raise ConfigError(f"burst must be more than 0 and at most 1, got {burst}")
        self.requests_per_minute = requests_per_minute
        self.tokens_per_minute = tokens_per_minute
        # A bucket holds at least one request, and at least the largest request's tokens.
        self._request_capacity = max(1.0, (requests_per_minute or 0.0) * burst)
        self._token_capacity = (tokens_per_minute or 0.0) * burst
        self._requests = self._request_capacity if requests_per_minute else 0.0
        self._tokens = self._token_capacity
        self._updated = time.monotonic()
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def _refill(self) -> None:
        now = time.monotonic()
        elapsed, self._updated = now - self._updated, now
        if self.requests_per_minute:
            self._requests = min(
                self._request_capacity, self._requests + elapsed * self.requests_per_minute / 60
            )
        if self.tokens_per_minute:
            self._tokens = min(
                self._token_capacity, self._tokens + elapsed * self.tokens_per_minute / 60
            )

    def _wait_for(self, tokens: float) -> float:
        waits = [0.0]
        if self.requests_per_minute and self._requests < 1:
            waits.append((1 - self._requests) * 60 / self.requests_per_minute)
        if self.tokens_per_minute:
            # A request larger than the whole bucket waits for a full bucket, then goes.
            need = min(tokens, self._token_capacity)
            if self._tokens < need:
                waits.append((need - self._tokens) * 60 / self.tokens_per_minute)
        return max(waits)

    def _take(self, tokens: float) -> None:
        if self.requests_per_minute:
            self._requests -= 1
        if self.tokens_per_minute:
            self._tokens -= min(tokens, self._token_capacity)

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


class RateLimitedBackend:
    """``inner``, with a slot of ``limit`` taken before each request (see ``RateLimit``)."""

    def __init__(self, inner: Backend, limit: RateLimit, max_tokens: int | None = None) -> None:
        self.inner = inner
        self.limit = limit
        self.name, self.model, self.reads_prompt = inner.name, inner.model, inner.reads_prompt
        self._answer_tokens = max_tokens or 1500

    def cache_identity(self) -> dict[str, Any] | None:
        return self.inner.cache_identity()

    def estimate_tokens(self, messages: list[dict[str, str]], article: str) -> float:
        # About four characters a token for English, plus what the answer may take.
        prompt = sum(len(m["content"]) for m in messages) or len(article)
        return prompt / 4 + self._answer_tokens

    def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        self.limit.acquire_blocking(self.estimate_tokens(messages, article))
        return self.inner.extract(messages, article=article)

    async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        await self.limit.acquire(self.estimate_tokens(messages, article))
        return await self.inner.aextract(messages, article=article)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()
