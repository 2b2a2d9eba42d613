"""Response fixtures: provenance, replay, and loud failure when stale."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from diplosum import FixtureError, summarise
from diplosum.fixtures import load_fixtures
from diplosum.prompts import load_template
from diplosum.testing import FakeOpenAIServer, ReplayResponder

from .conftest import ARTICLES, RESPONSES, TEST_KEY


def test_every_fixture_says_where_it_came_from() -> None:
    fixtures = load_fixtures(RESPONSES)
    assert len(fixtures) == 2
    for fixture in fixtures.values():
        source = fixture.provenance["source"]
        assert source in {"recorded", "hand-written"}
        assert fixture.provenance["date"]
        if source == "recorded":
            assert fixture.provenance["model"] and fixture.prompt_sha256 and fixture.response
        else:
            assert "by hand" in fixture.provenance["note"]
            assert fixture.response is None  # never dressed up as a model response


def test_fixtures_are_current_for_this_prompt_and_schema() -> None:
    template = load_template()
    for fixture in load_fixtures(RESPONSES).values():
        fixture.check_current(template)


def test_replay_backend_goes_through_the_whole_pipeline(article: str) -> None:
    summary = summarise(article, backend="replay", fixtures_dir=RESPONSES, cache=False)
    assert summary.meta is not None
    assert summary.meta.backend == "replay"
    assert summary.meta.model == "replay:hand-written"
    assert summary.meetings[0].evidence[0].start is not None


def test_replay_of_an_unknown_article_says_so() -> None:
    with pytest.raises(FixtureError, match="no fixture"):
        summarise("Some other article.", backend="replay", fixtures_dir=RESPONSES, cache=False)


def _copy_with(tmp_path: Path, **changes: object) -> Path:
    folder = tmp_path / "responses"
    shutil.copytree(RESPONSES, folder)
    path = folder / "seed-000.json"
    data = json.loads(path.read_text())
    data.update(changes)
    path.write_text(json.dumps(data))
    return folder


def test_a_fixture_for_another_schema_is_refused(tmp_path: Path, article: str) -> None:
    folder = _copy_with(tmp_path, schema_sha256="0" * 64)
    with pytest.raises(FixtureError, match="another response schema"):
        summarise(article, backend="replay", fixtures_dir=folder, cache=False)
    with pytest.raises(FixtureError, match="another response schema"):
        ReplayResponder(folder, ARTICLES)


def test_a_recording_for_another_prompt_is_refused(tmp_path: Path, article: str) -> None:
    folder = _copy_with(
        tmp_path,
        provenance={"source": "recorded", "model": "gpt-x", "date": "2026-01-01"},
        prompt={"name": "summarise", "sha256": "f" * 64},
    )
    with pytest.raises(FixtureError, match="re-record it with `diplosum record"):
        ReplayResponder(folder, ARTICLES)


def test_a_malformed_fixture_is_a_fixture_error(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{")
    with pytest.raises(FixtureError, match="malformed"):
        load_fixtures(tmp_path)


def test_the_loopback_server_replays_both_seeds(
    server: FakeOpenAIServer, article: str, article2: str
) -> None:
    first = summarise(article, base_url=server.url, api_key=TEST_KEY, cache=False)
    second = summarise(article2, base_url=server.url, api_key=TEST_KEY, cache=False)
    assert first.headline != second.headline
    assert {s.imposer.country for s in second.sanctions} == {"USA", "UN"}
