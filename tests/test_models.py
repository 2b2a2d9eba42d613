"""The schema: what the model is asked for, and what is refused."""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import pydantic
import pytest

from diplosum import Actor, ArticleSummary, Meeting, Summariser
from diplosum.export import StreamWriter, to_record
from diplosum.models import is_known_code, schema_sha256


def _ev() -> list[dict[str, str]]:
    return [{"quote": "met"}]


def test_library_filled_fields_are_hidden_from_the_model() -> None:
    schema = ArticleSummary.model_json_schema()
    assert "meta" not in schema["properties"]
    assert "rejected" not in schema["properties"]
    evidence = schema["$defs"]["Evidence"]["properties"]
    assert set(evidence) == {"quote"}


def test_every_field_the_model_fills_is_described() -> None:
    schema = ArticleSummary.model_json_schema()
    for name, definition in [("ArticleSummary", schema), *schema["$defs"].items()]:
        for field, spec in definition.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{field} has no description"


@pytest.mark.parametrize("code", ["USA", "PRK", "SUN", "UN", "NATO", "ARL", "IGO"])
def test_known_codes(code: str) -> None:
    assert is_known_code(code)


def test_country_codes_are_upper_cased_and_left_to_normalisation() -> None:
    assert Actor(name="China", kind="state", country="chn").country == "CHN"
    assert Actor(name="Nobody", kind="person", country="").country is None
    # Unknown codes are repaired or rejected by diplosum.normalise, not refused here.
    assert Actor(name="Atlantis", kind="state", country="atl").country == "ATL"
    assert not is_known_code("ATL")


def test_a_meeting_needs_two_participants_and_evidence() -> None:
    one = [{"name": "A", "kind": "state", "country": "USA"}]
    with pytest.raises(pydantic.ValidationError):
        Meeting.model_validate({"participants": one, "status": "held", "evidence": _ev()})
    with pytest.raises(pydantic.ValidationError):
        Meeting.model_validate({"participants": one * 2, "status": "held", "evidence": []})


def test_meeting_dates_must_be_iso() -> None:
    two = [{"name": "A", "kind": "state"}, {"name": "B", "kind": "state"}]
    ok = Meeting.model_validate(
        {"participants": two, "status": "planned", "date": "2018-05", "evidence": _ev()}
    )
    assert ok.date == "2018-05"
    with pytest.raises(pydantic.ValidationError, match="ISO 8601"):
        Meeting.model_validate(
            {"participants": two, "status": "planned", "date": "May 2018", "evidence": _ev()}
        )


def test_schema_hash_is_stable() -> None:
    assert schema_sha256() == schema_sha256()
    assert len(schema_sha256()) == 64


def _seed_summary() -> ArticleSummary:
    text = (Path(__file__).parent.parent / "fixtures/articles/seed-000.txt").read_text("utf-8")
    with Summariser(backend="offline", cache=False) as summariser:
        return summariser.summarise(text)


def test_a_summary_survives_pickling_whole() -> None:
    # Worker processes send summaries back pickled (as JSON, see ArticleSummary.__reduce__).
    summary = _seed_summary()
    assert summary.meetings and summary.meta is not None
    again = pickle.loads(pickle.dumps(summary))
    assert again == summary and type(again) is ArticleSummary


def test_a_jsonl_line_is_the_record_with_its_id() -> None:
    summary, stream = _seed_summary(), io.StringIO()
    writer = StreamWriter(stream, "jsonl")
    writer.write(summary, "a-1", "in.jsonl", "Text “quoted”\n")
    writer.write(summary, "a-2", "in.jsonl")
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first == {"id": "a-1", **to_record(summary, "in.jsonl", "Text “quoted”\n")}
    assert list(first)[:2] == ["id", "source"] and list(first)[-1] == "text"
    assert second == {"id": "a-2", **to_record(summary, "in.jsonl")}
