"""The Batch API round trip against a loopback server that emulates files and batches."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import Result

from diplosum import Summariser
from diplosum.backends.openai.batch import BatchLimits, collect, status, submit
from diplosum.runner import Article
from diplosum.testing import FakeOpenAIServer, Reply, completion_for

from .conftest import ARTICLES, TEST_KEY, run_cli

SEEDS = [ARTICLES / "seed-000.txt", ARTICLES / "seed-002.txt"]


def _articles() -> list[Article]:
    return [Article(text=p.read_text(encoding="utf-8"), id=p.stem, source=str(p)) for p in SEEDS]


def _comparable(summary: object) -> dict[str, object]:
    data = summary.model_dump(mode="json")  # type: ignore[attr-defined]
    data.pop("meta")
    return data


def test_round_trip_gives_the_sync_summaries_and_fills_the_cache(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    options = {"base_url": server.url, "api_key": TEST_KEY}
    with Summariser(cache=False, **options) as sync:
        expected = {a.id: sync.summarise(a.text) for a in _articles()}
    sync_bodies = [r.body for r in server.requests]

    with Summariser(cache_dir=tmp_path / "cache", **options) as summariser:
        ids = submit(summariser, _articles(), tmp_path / "batch")
        assert len(ids) == 1
        uploaded = (tmp_path / "batch" / "requests-000.jsonl").read_text().splitlines()
        # Exactly the requests the synchronous path sends.
        assert [json.loads(line)["body"] for line in uploaded] == sync_bodies
        assert status(summariser, ids[0])["status"] == "in_progress"
        outcome = collect(summariser, ids[0], tmp_path / "batch")
    assert outcome.status == "completed" and outcome.failures == []
    got = {article_id: summary for article_id, _, summary, _ in outcome.summaries}
    assert set(got) == set(expected)
    for article_id, summary in got.items():
        assert _comparable(summary) == _comparable(expected[article_id])

    before = len(server.requests)
    with Summariser(cache_dir=tmp_path / "cache", **options) as summariser:
        again = summariser.summarise(_articles()[0].text)
    assert again.meta is not None and again.meta.cached
    assert len(server.requests) == before


def test_requests_over_the_file_limits_are_split(server: FakeOpenAIServer, tmp_path: Path) -> None:
    with Summariser(base_url=server.url, api_key=TEST_KEY, cache=False) as summariser:
        ids = submit(summariser, _articles(), tmp_path / "b", limits=BatchLimits(max_requests=1))
    assert len(ids) == 2
    assert sorted(p.name for p in (tmp_path / "b").glob("requests-*.jsonl")) == [
        "requests-000.jsonl",
        "requests-001.jsonl",
    ]


def test_bad_answers_and_errors_are_failures_not_losses(tmp_path: Path) -> None:
    invalid = {"headline": "h", "summary": "s", "meetings": [{"participants": [], "status": "x"}]}

    def responder(request: dict[str, object]) -> Reply:
        text = json.dumps(request["messages"])
        if "Sherman" in text:
            return Reply(500, body={"error": {"message": "server error"}})
        return Reply(body=completion_for(request, invalid))

    with (
        FakeOpenAIServer(responder) as srv,
        Summariser(base_url=srv.url, api_key=TEST_KEY, cache=False) as summariser,
    ):
        (batch_id,) = submit(summariser, _articles(), tmp_path / "b")
        status(summariser, batch_id)
        outcome = collect(summariser, batch_id, tmp_path / "b")
    assert outcome.summaries == []
    reasons = {article_id: reason for article_id, _, reason in outcome.failures}
    assert set(reasons) == {"seed-000", "seed-002"}
    assert "HTTP 500" in reasons["seed-002"]
    assert "no valid summary" in reasons["seed-000"]


def test_batch_cli_round_trip(server: FakeOpenAIServer, tmp_path: Path) -> None:
    env = {
        "OPENAI_BASE_URL": server.url,
        "OPENAI_API_KEY": TEST_KEY,
        "DIPLOSUM_CACHE_DIR": str(tmp_path / "cache"),
    }

    def cli(*args: str) -> Result:
        return run_cli("batch", *args, env=env)

    submitted = cli("submit", *map(str, SEEDS), "--out-dir", str(tmp_path / "b"))
    assert submitted.exit_code == 0, submitted.stderr
    batch_id = submitted.stdout.strip()
    early = cli("status", batch_id)
    assert "in_progress" in early.stdout
    done = cli("status", batch_id)
    assert "completed  completed 2  failed 0  total 2" in done.stdout
    collected = cli(
        "collect", batch_id, "--out-dir", str(tmp_path / "b"), "--out", str(tmp_path / "o.jsonl")
    )
    assert collected.exit_code == 0, collected.stderr
    records = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert sorted(r["id"] for r in records) == ["seed-000", "seed-002"]
    assert TEST_KEY not in (tmp_path / "b" / "manifest.jsonl").read_text()
