"""The offline coder over worker processes: same answers as one process, on other cores."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

import pytest

from diplosum import Summariser, summarise_many
from diplosum.errors import InputError, UnexpectedError
from diplosum.workers import MIN_ARTICLES, WorkerPool, worker_options

from .conftest import ROOT, run_cli

# The test process's pid, for a worker to tell itself from it: read from the environment
# a spawned worker inherits (a module-level ``os.getpid()`` would be the worker's own pid
# there, as a spawned worker imports this module afresh).
_PARENT_PID = "DIPLOSUM_TEST_PARENT_PID"


def _pid(summariser: Any, item: int) -> int:
    return os.getpid()


def _die_in_worker(summariser: Any, item: int) -> int:
    if item == 3 and str(os.getpid()) != os.environ[_PARENT_PID]:
        os._exit(1)
    return item


def _corpus(article: str, article2: str) -> list[Any]:
    texts = [article, article2] * (MIN_ARTICLES // 2 + 5)
    records: list[Any] = [{"id": f"a{i}", "text": t} for i, t in enumerate(texts)]
    records[7] = {"id": "empty", "text": "   "}
    records[9] = {"id": "no-text"}
    return records


def _comparable(results: list[Any]) -> list[Any]:
    return [
        (r.id, r.summary.model_dump(exclude={"meta"}) if r.ok else type(r.error).__name__)
        for r in results
    ]


def test_a_long_offline_run_gives_the_same_results_over_processes(
    article: str, article2: str
) -> None:
    corpus = _corpus(article, article2)
    one = summarise_many(corpus, concurrency=1, backend="offline", cache=False)
    many = summarise_many(corpus, concurrency=2, backend="offline", cache=False)
    assert _comparable(many) == _comparable(one)
    assert isinstance(many[7].error, InputError) and isinstance(many[9].error, InputError)
    assert many[0].text == article and many[0].summary is not None


def test_only_the_offline_backend_by_name_runs_in_workers() -> None:
    assert worker_options(Summariser(backend="offline", cache=False)) is not None
    from diplosum.backends.function import FunctionBackend

    custom = FunctionBackend(lambda article: {})
    assert worker_options(Summariser(backend=custom, cache=False)) is None


async def _run_pool(function: Any, items: list[Any], size: int = 2) -> list[Any]:
    summariser = Summariser(backend="offline", cache=False)
    options = worker_options(summariser)
    assert options is not None
    pool = WorkerPool(summariser, options, size, lambda item, error: error)
    try:
        await asyncio.wait_for(pool.started(), 60)
        return list(await asyncio.gather(*(pool.submit(function, i) for i in items)))
    finally:
        await pool.close()


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_work_goes_to_other_processes(start: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if start == "spawn":
        monkeypatch.setattr("diplosum.workers._may_fork", lambda: False)
        monkeypatch.setenv("PYTHONPATH", str(ROOT))  # so a spawned worker finds this module
    elif not hasattr(os, "fork"):
        pytest.skip("no fork here")
    pids = asyncio.run(_run_pool(_pid, list(range(20))))
    assert len(pids) == 20
    assert os.getpid() not in pids  # once a worker is up, only workers work


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_a_dead_worker_fails_only_its_article_and_is_replaced(
    start: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(_PARENT_PID, str(os.getpid()))
    if start == "spawn":
        monkeypatch.setattr("diplosum.workers._may_fork", lambda: False)
        monkeypatch.setenv("PYTHONPATH", str(ROOT))
    elif not hasattr(os, "fork"):
        pytest.skip("no fork here")
    answers = asyncio.run(_run_pool(_die_in_worker, list(range(10)), size=1))
    assert isinstance(answers[3], UnexpectedError)
    assert "a worker process died" in str(answers[3])
    assert answers[:3] + answers[4:] == [0, 1, 2, 4, 5, 6, 7, 8, 9]


def test_cli_jobs_2_writes_what_jobs_1_writes(tmp_path: Path, article: str, article2: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in _corpus(article, article2)))
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = run_cli(
            "summarise",
            str(corpus),
            "--backend",
            "offline",
            "--no-cache",
            "--jobs",
            jobs,
            "--out",
            str(out),
        )
        assert result.exit_code == 1, result.output  # the two bad records
        assert f"{len(_corpus(article, article2))} articles: " in result.stderr
        lines = [json.loads(line) for line in out.read_text().splitlines()]
        outputs[jobs] = sorted(
            json.dumps({k: v for k, v in r.items() if k != "meta"}, sort_keys=True) for r in lines
        )
    assert outputs["1"] == outputs["2"]
    assert len(outputs["2"]) == len(_corpus(article, article2)) - 2
