"""Many articles at once: order, isolation of failures, concurrency, rate limits, resumability."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from diplosum import (
    Article,
    Cache,
    InputError,
    ModelCallError,
    RateLimit,
    Summariser,
    aiter_summaries,
    asummarise_many,
    summarise_many,
)
from diplosum.testing import FakeOpenAIServer, Reply, echo_responder

from .conftest import TEST_KEY, run_cli


def _articles(n: int) -> list[str]:
    return [
        f"Article number {i}: officials of several states met in a capital. " * 3 for i in range(n)
    ]


class _InFlight:
    """An echo responder that also records how many requests it served at once."""

    def __init__(self, delay: float) -> None:
        self.inner = echo_responder(delay)
        self.now = self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, request: dict[str, Any]) -> Reply:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        try:
            reply = self.inner(request)
            time.sleep(reply.delay)
            reply.delay = 0
            return reply
        finally:
            with self.lock:
                self.now -= 1


def test_results_in_input_order_one_bad_article_never_sinks_the_run() -> None:
    with FakeOpenAIServer(echo_responder()) as srv:
        srv.script(Reply(400, body={"error": {"message": "bad request"}}))
        inputs: list[Any] = [
            "First article about talks between ministers.",
            {"id": "b", "text": "Second article about a summit.", "published": "2020-01-02"},
            "   ",
            Article(text="Fourth article on sanctions.", id="d"),
            {"no_text": True},
        ]
        results = summarise_many(
            inputs, base_url=srv.url, api_key=TEST_KEY, cache=False, concurrency=1
        )
    assert [r.index for r in results] == [0, 1, 2, 3, 4]
    assert [r.id for r in results] == ["0", "b", "2", "d", "4"]
    assert isinstance(results[0].error, ModelCallError)  # the scripted 400
    assert results[1].ok and results[3].ok
    assert isinstance(results[2].error, InputError)
    assert isinstance(results[4].error, InputError)
    assert results[1].summary is not None and results[1].summary.meta is not None
    assert results[1].summary.meta.published == "2020-01-02"


async def test_64_articles_at_concurrency_16_all_come_back_in_order() -> None:
    responder = _InFlight(delay=0.5)
    with FakeOpenAIServer(responder) as srv:
        results = await asummarise_many(
            _articles(64), base_url=srv.url, api_key=TEST_KEY, cache=False, concurrency=16
        )
        assert len(srv.requests) == 64
    assert [r.index for r in results] == list(range(64))
    assert all(r.ok for r in results)
    # Bounded and actually concurrent: the server saw 16 requests at once, never more.
    assert responder.peak == 16


async def test_the_async_iterator_yields_as_completed_and_keeps_few_in_flight(
    tmp_path: Path,
) -> None:
    responder = _InFlight(delay=0.05)
    with FakeOpenAIServer(responder) as srv:
        seen = [
            r.index
            async for r in aiter_summaries(
                iter(_articles(40)), base_url=srv.url, api_key=TEST_KEY, cache=False, concurrency=4
            )
        ]
    assert sorted(seen) == list(range(40))
    assert responder.peak <= 4


async def test_a_shared_summariser_and_a_rerun_served_from_the_cache(tmp_path: Path) -> None:
    with FakeOpenAIServer(echo_responder()) as srv:
        async with Summariser(base_url=srv.url, api_key=TEST_KEY, cache_dir=tmp_path) as s:
            first = [r async for r in aiter_summaries(_articles(10), summariser=s)]
            again = [r async for r in aiter_summaries(_articles(10), summariser=s)]
        assert len(srv.requests) == 10
    assert all(r.summary and r.summary.meta and r.summary.meta.cached for r in again)
    assert len(first) == 10


def test_rate_limit_buckets() -> None:
    limit = RateLimit(requests_per_minute=2, tokens_per_minute=1000)
    assert limit._locked_wait(100) == 0
    assert limit._locked_wait(100) == 0
    wait = limit._locked_wait(100)
    assert 29 < wait <= 30  # one request every 30 s once the bucket is empty
    tokens = RateLimit(tokens_per_minute=600)
    assert tokens._locked_wait(500) == 0
    assert 39 < tokens._locked_wait(500) <= 40  # 400 more tokens at 10 per second


async def test_rate_limit_spaces_requests_at_the_server() -> None:
    # Two a second, and no burst: the first goes at once, the next two 0.5 s apart. They
    # are timed where they arrive, and the first arrives late in a fresh process (its
    # client is built and the SDK imported after the limiter let it go), so the spacing is
    # read between the last two; unlimited, they arrive within milliseconds of each other.
    limit = RateLimit(requests_per_minute=120, burst=1 / 120)
    with FakeOpenAIServer(echo_responder()) as srv:
        await asummarise_many(
            _articles(3), base_url=srv.url, api_key=TEST_KEY, cache=False, rate_limit=limit
        )
        stamps = sorted(r.at for r in srv.requests)
    assert stamps[2] - stamps[1] >= 0.4


def test_bad_concurrency_and_loop_misuse() -> None:
    from diplosum import ConfigError

    with pytest.raises(ConfigError):
        summarise_many(["x"], backend="offline", concurrency=0)


def _default_signals() -> None:
    # A child of a process that ignores SIGINT (pytest run in the background, under nohup
    # or some CI runners) inherits the ignoring, and Python then never raises
    # KeyboardInterrupt: the child starts with the default, as from a terminal.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cli(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DIPLOSUM_"))}
    return subprocess.Popen(
        [sys.executable, "-m", "diplosum.cli", *args],
        env={**base, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_signals,
    )


def test_an_interrupted_cli_run_resumes_with_only_the_remainder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"a{i}", "text": text}) + "\n"
            for i, text in enumerate(_articles(120))
        )
    )
    out = tmp_path / "out.jsonl"
    with FakeOpenAIServer(echo_responder(delay=0.05)) as srv:
        env = {
            "OPENAI_BASE_URL": srv.url,
            "OPENAI_API_KEY": TEST_KEY,
            "DIPLOSUM_CACHE_DIR": str(tmp_path / "c"),
        }
        args = ("summarise", str(corpus), "--format", "jsonl", "--out", str(out), "--jobs", "4")
        first = _cli(*args, env=env)
        srv.wait_for_requests(40)
        first.send_signal(signal.SIGINT)
        _, err = first.communicate(timeout=60)
        assert first.returncode == 130, err
        assert "interrupted" in err and "Traceback" not in err
        done = len(out.read_text().splitlines())
        assert 20 <= done < 120
        # Everything written was cached; an answer may be cached a moment before the
        # interrupt stopped its writing, and is then served from the cache on the rerun.
        cached = Cache(tmp_path / "c").stats()["entries"]
        assert done <= cached < 120
        before = len(srv.requests)
        second = _cli(*args, env=env)
        _, err = second.communicate(timeout=120)
        assert second.returncode == 0, err
        assert len(srv.requests) - before == 120 - cached
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 120
    assert sorted(r["id"] for r in records) == sorted(f"a{i}" for i in range(120))


def test_cli_csv_in_csv_out_and_a_failures_file(tmp_path: Path) -> None:
    import csv

    corpus = tmp_path / "corpus.csv"
    with corpus.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "text", "published"])
        writer.writeheader()
        writer.writerow(
            {
                "id": "ok",
                "text": "Canada imposed new sanctions on Belarus.",
                "published": "2021-06-01",
            }
        )
        writer.writerow({"id": "empty", "text": "  ", "published": ""})
    out = tmp_path / "rows.csv"
    result = run_cli(
        "summarise", str(corpus), "--backend", "offline", "--format", "csv", "--out", str(out)
    )
    err = result.stderr
    assert result.exit_code == 1
    rows = list(csv.DictReader(out.open()))
    sanctions = [r for r in rows if r["section"] == "sanction"]
    assert sanctions and sanctions[0]["article_id"] == "ok"
    assert (sanctions[0]["actor_country"], sanctions[0]["other_country"]) == ("CAN", "BLR")
    assert sanctions[0]["quote"] == "Canada imposed new sanctions on Belarus."
    failures = [json.loads(line) for line in Path(f"{out}.failures.jsonl").read_text().splitlines()]
    assert [(f["id"], f["error"]) for f in failures] == [("empty", "InputError")]
    assert "empty" in err
