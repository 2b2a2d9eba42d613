"""The ``diplosum`` command, run in process (click's runner) the way a user runs it.

``test_the_installed_command`` runs the real entry point in a subprocess once; signals are
tested with subprocesses in ``test_runner.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from diplosum.fixtures import load_fixtures
from diplosum.testing import FakeOpenAIServer, Reply

from .conftest import ARTICLES, RESPONSES, TEST_KEY, assert_one_line_errors, run_cli

SEED = str(ARTICLES / "seed-000.txt")
SEED2 = str(ARTICLES / "seed-002.txt")


@pytest.fixture
def env(server: FakeOpenAIServer, tmp_path: Path) -> dict[str, str]:
    return {
        "OPENAI_BASE_URL": server.url,
        "OPENAI_API_KEY": TEST_KEY,
        "DIPLOSUM_CACHE_DIR": str(tmp_path / "cache"),
    }


def test_the_installed_command(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("diplosum")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "diplosum.cli"]
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DIPLOSUM_"))}
    result = subprocess.run(
        [*command, "summarise", SEED, "--format", "jsonl"],
        capture_output=True,
        text=True,
        env={**base, "DIPLOSUM_CACHE_DIR": str(tmp_path)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["meta"]["backend"] == "offline"
    usage = subprocess.run([*command, "summarise"], capture_output=True, text=True, timeout=60)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_summarise_jsonl_through_the_loopback_server(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_cli("summarise", SEED, SEED2, "--format", "jsonl", "--out", str(out), env=env)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    # Streamed as each article completes, so in completion order.
    assert sorted(r["source"] for r in records) == [SEED, SEED2]
    assert records[0]["meta"]["backend"] == "openai"
    assert TEST_KEY not in out.read_text()


def test_a_folder_and_stdin(env: dict[str, str]) -> None:
    result = run_cli("summarise", str(ARTICLES), "--format", "jsonl", env=env)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
    piped = run_cli("summarise", "-", env=env, stdin=Path(SEED).read_text())
    assert piped.exit_code == 0, piped.stderr
    assert json.loads(piped.stdout)[0]["source"] == "-"


def test_markdown_shows_every_item_with_its_evidence(env: dict[str, str]) -> None:
    result = run_cli("summarise", SEED, "--format", "markdown", env=env)
    assert result.exit_code == 0, result.stderr
    assert "## Meetings" in result.stdout
    assert "“China has said it welcomes the Trump-Kim meeting”" in result.stdout


def test_second_run_is_cached_and_no_cache_is_not(
    env: dict[str, str], server: FakeOpenAIServer
) -> None:
    assert run_cli("summarise", SEED, env=env).exit_code == 0
    second = run_cli("summarise", SEED, env=env)
    assert json.loads(second.stdout)[0]["meta"]["cached"] is True
    assert len(server.requests) == 1
    run_cli("summarise", SEED, "--no-cache", env=env)
    assert len(server.requests) == 2


def test_one_failed_article_exits_1_and_keeps_the_others(
    env: dict[str, str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    result = run_cli("summarise", str(empty), SEED, "nothere.txt", "--format", "jsonl", env=env)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert_one_line_errors(result.stderr)
    assert "empty.txt: the article is empty" in result.stderr
    assert "nothere.txt: no such file" in result.stderr


def test_a_refused_key_stops_the_run_in_one_line_without_the_key(
    env: dict[str, str], server: FakeOpenAIServer
) -> None:
    server.script(
        Reply(401, body={"error": {"message": f"Incorrect API key provided: {TEST_KEY}"}})
    )
    result = run_cli("summarise", SEED, env=env)
    assert result.exit_code == 2
    assert_one_line_errors(result.stderr)
    assert "refused the credentials (HTTP 401)" in result.stderr
    assert "OPENAI_API_KEY" in result.stderr
    assert TEST_KEY not in result.stderr + result.stdout


def test_with_no_model_configured_the_offline_extractor_runs_and_says_so_once() -> None:
    result = run_cli("summarise", SEED, SEED2)
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "no model configured" in line]
    assert notes == [
        "diplosum: no model configured: using the offline extractor; set OPENAI_API_KEY (or "
        "pass --base-url) for LLM summaries"
    ]
    records = json.loads(result.stdout)
    assert [r["meta"]["backend"] for r in records] == ["offline", "offline"]


def test_a_cache_that_cannot_be_opened_is_one_warning_line_and_the_summary_still_comes(
    env: dict[str, str], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = {**env, "DIPLOSUM_CACHE_DIR": str(blocker / "c")}
    result = run_cli("summarise", SEED, "--format", "jsonl", env=env)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["meetings"]
    *warnings, closing = result.stderr.splitlines()
    assert warnings and all(line.startswith("diplosum: warning: ") for line in warnings)
    assert closing.startswith("diplosum: 1 article: 1 summarised")
    assert "cannot open cache" in result.stderr and ".py" not in result.stderr


def test_offline_summary_of_seed_000_has_the_key_facts_with_verbatim_evidence() -> None:
    result = run_cli("summarise", SEED, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    text = Path(SEED).read_text(encoding="utf-8")
    meetings = {
        (frozenset(p["name"] for p in m["participants"]), m["status"]) for m in summary["meetings"]
    }
    assert (frozenset({"John Sullivan", "Kang Kyung-wha"}), "held") in meetings, meetings
    assert (frozenset({"John Sullivan", "Taro Kono"}), "held") in meetings, meetings
    assert any("Donald Trump" in names and status == "planned" for names, status in meetings), (
        meetings
    )
    planned = [m for m in summary["meetings"] if m["status"] == "planned"]
    assert any({p["country"] for p in m["participants"]} == {"USA", "PRK"} for m in planned)
    welcomes = [s for s in summary["stances"] if s["actor"]["country"] == "CHN"]
    assert welcomes and welcomes[0]["position"] == "support"
    assert "welcomes" in welcomes[0]["evidence"][0]["quote"]
    for section in ("meetings", "goals", "sanctions", "stances"):
        for item in summary[section]:
            for ev in item["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["quote"]


def test_bad_options_exit_2() -> None:
    assert run_cli("summarise", SEED, "--format", "yaml").exit_code == 2
    bad_date = run_cli(
        "summarise", SEED, "--published", "yesterday", "--backend", "replay", "--fixtures",
        str(RESPONSES),
    )  # fmt: skip
    assert bad_date.exit_code == 2
    assert_one_line_errors(bad_date.stderr)


def test_replay_backend_needs_no_server_and_no_key() -> None:
    result = run_cli("summarise", SEED, "--backend", "replay", "--fixtures", str(RESPONSES))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["meta"]["model"] == "replay:hand-written"


def test_cache_commands(env: dict[str, str], tmp_path: Path) -> None:
    run_cli("summarise", SEED, env=env)
    path = run_cli("cache", "path", env=env)
    assert path.stdout.strip() == str(tmp_path / "cache" / "cache.sqlite3")
    stats = run_cli("cache", "stats", env=env)
    assert "entries  1" in stats.stdout
    cleared = run_cli("cache", "clear", env=env)
    assert "removed 1" in cleared.stdout
    assert "entries  0" in run_cli("cache", "stats", env=env).stdout


def test_record_writes_fixtures_that_replay(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "recorded"
    shutil.copy(SEED, tmp_path / "seed-000.txt")
    result = run_cli(
        "record", str(tmp_path / "seed-000.txt"), "--out", str(out), "--model", "gpt-test", env=env
    )
    assert result.exit_code == 0, result.stderr
    fixture = next(iter(load_fixtures(out).values()))
    assert fixture.provenance["source"] == "recorded"
    assert fixture.provenance["model"] == "gpt-test"
    assert fixture.response is not None and fixture.response["choices"]
    assert TEST_KEY not in (out / "seed-000.json").read_text()
    replayed = run_cli("summarise", SEED, "--backend", "replay", "--fixtures", str(out))
    assert replayed.exit_code == 0, replayed.stderr
    assert json.loads(replayed.stdout)[0]["meta"]["model"] == "replay:gpt-test"
