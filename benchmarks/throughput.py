"""Throughput of summarise_many against a bare AsyncOpenAI loop, side by side in one run.

A loopback OpenAI-compatible server (diplosum.testing, in its own process so its CPU is not
counted as ours) answers every request after a fixed latency. Printed:

(a) summarise_many over N distinct articles at concurrency C, as a ratio to a bare
    AsyncOpenAI loop at the same C sending the same requests   (goal >= 0.95)
(b) both as a ratio to the ideal, C / latency
(c) CPU time per article in this process, for the library and for the bare loop, and the
    library's extra (goal <= 5 ms)
(d) cache-hit throughput over M cached articles               (goal >= 2,000 articles/s)
(e) peak RSS while streaming M articles through aiter_summaries (goal: flat, <= 300 MB)

    python benchmarks/throughput.py [-n 64] [-c 16] [--latency 0.5] [-m 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import resource
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import openai

from diplosum import Summariser, aiter_summaries
from diplosum.models import ArticleSummary
from diplosum.prompts import load_template


def _serve(latency: float, ready: Any, stop: Any) -> None:
    from diplosum.testing import FakeOpenAIServer, echo_responder

    with FakeOpenAIServer(echo_responder(delay=latency)) as server:
        ready.put(server.url)
        stop.wait()


class _Server:
    def __init__(self, latency: float) -> None:
        context = multiprocessing.get_context("spawn")
        self._ready, self._stop = context.Queue(), context.Event()
        self._process = context.Process(target=_serve, args=(latency, self._ready, self._stop))

    def __enter__(self) -> str:
        self._process.start()
        url: str = self._ready.get(timeout=60)
        return url

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._process.join(timeout=10)


def _articles(n: int, offset: int = 0) -> Iterator[str]:
    for i in range(offset, offset + n):
        yield (
            f"Report {i}: the foreign ministers of two states met on Monday to discuss trade "
            f"and security, officials said. Item {i} closes the report."
        )


async def _bare(url: str, texts: list[str], concurrency: int) -> float:
    """The same requests as the library's tools mode, straight through the SDK."""
    template = load_template()
    schema = ArticleSummary.model_json_schema()
    tool = {"type": "function", "function": {"name": "ArticleSummary", "parameters": schema}}
    client = openai.AsyncOpenAI(base_url=url, api_key="bench", max_retries=0)
    gate = asyncio.Semaphore(concurrency)

    async def one(text: str) -> None:
        async with gate:
            await client.chat.completions.create(
                model="bench-model",
                messages=template.render(article=text, published=None),  # type: ignore[arg-type]
                tools=[tool],  # type: ignore[list-item]
                tool_choice={"type": "function", "function": {"name": "ArticleSummary"}},
            )

    began = time.perf_counter()
    await asyncio.gather(*(one(t) for t in texts))
    elapsed = time.perf_counter() - began
    await client.close()
    return elapsed


async def _library(url: str, texts: list[str], concurrency: int) -> float:
    async with Summariser(base_url=url, api_key="bench", model="bench-model", cache=False) as s:
        began = time.perf_counter()
        results = [r async for r in aiter_summaries(texts, summariser=s, concurrency=concurrency)]
        elapsed = time.perf_counter() - began
    failed = [r for r in results if not r.ok]
    assert not failed and len(results) == len(texts), failed[:1]
    return elapsed


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _stream(url: str, m: int, cache_dir: str) -> list[tuple[int, float]]:
    marks: list[tuple[int, float]] = []
    async with Summariser(
        base_url=url, api_key="bench", model="bench-model", cache_dir=cache_dir
    ) as s:
        count = 0
        async for result in aiter_summaries(_articles(m, 10**6), summariser=s, concurrency=64):
            assert result.ok, result.error
            count += 1
            if count % (m // 4) == 0:
                marks.append((count, _rss_mb()))
    return marks


async def _cache_hits(url: str, m: int, cache_dir: str) -> float:
    # The server is gone by now: every article must come from the cache (same base URL,
    # so the same keys) or the run fails.
    async with Summariser(
        base_url=url, api_key="bench", model="bench-model", cache_dir=cache_dir
    ) as s:
        began = time.perf_counter()
        async for result in aiter_summaries(_articles(m, 10**6), summariser=s, concurrency=64):
            assert (
                result.ok and result.summary and result.summary.meta and result.summary.meta.cached
            )
        return m / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=64, help="distinct articles for (a)-(c)")
    parser.add_argument("-c", type=int, default=16, help="concurrency")
    parser.add_argument("--latency", type=float, default=0.5, help="server latency, seconds")
    parser.add_argument("-m", type=int, default=10_000, help="articles for (d) and (e)")
    args = parser.parse_args()
    texts = list(_articles(args.n))
    ideal = args.c / args.latency
    with _Server(args.latency) as url:
        asyncio.run(_bare(url, texts[: args.c], args.c))  # warm both paths up
        asyncio.run(_library(url, texts[: args.c], args.c))
        cpu = time.process_time()
        bare = asyncio.run(_bare(url, texts, args.c))
        bare_cpu = time.process_time() - cpu
        cpu = time.process_time()
        lib = asyncio.run(_library(url, texts, args.c))
        lib_cpu = time.process_time() - cpu
    bare_rate, lib_rate = args.n / bare, args.n / lib
    print(f"N={args.n} articles, concurrency {args.c}, latency {args.latency * 1000:.0f} ms")
    print(
        f"(a) summarise_many {lib_rate:.2f} articles/s, bare AsyncOpenAI {bare_rate:.2f} "
        f"articles/s: ratio {lib_rate / bare_rate:.3f}  (goal >= 0.95)"
    )
    print(
        f"(b) vs ideal {ideal:.1f} articles/s: library {lib_rate / ideal:.3f}, bare "
        f"{bare_rate / ideal:.3f}"
    )
    extra = (lib_cpu - bare_cpu) / args.n * 1000
    print(
        f"(c) CPU per article: library {lib_cpu / args.n * 1000:.2f} ms, bare "
        f"{bare_cpu / args.n * 1000:.2f} ms, library's extra {extra:.2f} ms  (goal <= 5 ms)"
    )
    with tempfile.TemporaryDirectory() as cache_dir:
        with _Server(0.0) as url:
            marks = asyncio.run(_stream(url, args.m, cache_dir))
        rate = asyncio.run(_cache_hits(url, args.m, cache_dir))
    print(
        "(e) peak RSS while streaming "
        + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in marks)
        + "  (goal: flat, <= 300 MB)"
    )
    print(f"(d) cache hits over {args.m} cached articles: {rate:.0f} articles/s  (goal >= 2000)")


if __name__ == "__main__":
    main()
