"""Grounding and normalisation through the whole stack, against a loopback server."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from diplosum import summarise
from diplosum.testing import FakeOpenAIServer, Reply, completion_for

from .conftest import RESPONSES, TEST_KEY

SECTIONS = ("meetings", "goals", "sanctions", "stances")


def _reference(name: str) -> dict[str, Any]:
    output: dict[str, Any] = json.loads((RESPONSES / f"{name}.json").read_text())["output"]
    return output


def _inventing(output: dict[str, Any]) -> dict[str, Any]:
    """The reference answer with every quote replaced by one the article does not contain."""
    invented = copy.deepcopy(output)
    for section in SECTIONS:
        for n, item in enumerate(invented[section]):
            item["evidence"] = [
                {"quote": f"officials confirmed fabricated detail number {section}-{n}"}
            ]
    return invented


def _answer(output: dict[str, Any]) -> Any:
    return lambda request: Reply(body=completion_for(request, output))


def test_a_model_that_invents_every_quote_gets_nothing_past_grounding(article: str) -> None:
    invented = _inventing(_reference("seed-000"))
    with FakeOpenAIServer(_answer(invented)) as srv:
        summary = summarise(article, base_url=srv.url, api_key=TEST_KEY, cache=False)
        # Two re-asks naming the invented quotes, then the answer is accepted and grounded.
        assert len(srv.requests) == 3
        reask = json.dumps(srv.requests[1].body["messages"][2:])
        assert "fabricated detail number meetings-0" in reask
        assert "not in the article" in reask
    for section in SECTIONS:
        assert getattr(summary, section) == []
    total = sum(len(_reference("seed-000")[s]) for s in SECTIONS)
    assert len(summary.rejected) == total
    assert all("no evidence quote found" in r.reason for r in summary.rejected)
    assert {r.quote for r in summary.rejected} == {
        item["evidence"][0]["quote"] for s in SECTIONS for item in invented[s]
    }


def test_a_re_ask_that_fixes_the_quotes_keeps_everything(article: str) -> None:
    good = _reference("seed-000")
    with FakeOpenAIServer(_answer(good)) as srv:
        srv.script(_answer(_inventing(good)))
        summary = summarise(article, base_url=srv.url, api_key=TEST_KEY, cache=False)
        assert len(srv.requests) == 2
    assert summary.rejected == []
    assert len(summary.meetings) == 5
    assert summary.meta is not None and summary.meta.usage.total_tokens == 300


def test_with_no_re_asks_left_invented_items_go_straight_to_rejected(article: str) -> None:
    mixed = _reference("seed-000")
    mixed["stances"][0]["evidence"] = [{"quote": "China threatened to boycott the summit"}]
    with FakeOpenAIServer(_answer(mixed)) as srv:
        summary = summarise(
            article, base_url=srv.url, api_key=TEST_KEY, cache=False, validation_retries=0
        )
        assert len(srv.requests) == 1
    assert [r.quote for r in summary.rejected] == ["China threatened to boycott the summit"]
    assert len(summary.stances) == len(mixed["stances"]) - 1


@pytest.mark.parametrize("name", ["seed-000", "seed-002"])
def test_reference_answers_come_back_with_exact_offsets(
    server: FakeOpenAIServer, name: str
) -> None:
    from .conftest import ARTICLES

    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    summary = summarise(text, base_url=server.url, api_key=TEST_KEY, cache=False)
    assert summary.rejected == []
    for section in SECTIONS:
        for item in getattr(summary, section):
            for ev in item.evidence:
                assert ev.start is not None and ev.end is not None
                assert text[ev.start : ev.end] == ev.quote


def test_seed_000_actors_and_dates_with_published(article: str) -> None:
    answer = _reference("seed-000")
    # As a model might answer: capitals and abbreviations, codes missing or wrong.
    answer["sanctions"][0]["target"] = {"name": "Pyongyang", "kind": "state", "country": None}
    answer["stances"][1]["actor"] = {"name": "DPRK", "kind": "state", "country": "KOR"}
    answer["meetings"][0]["participants"][0] = {
        "name": "Sullivan",
        "kind": "person",
        "country": None,
    }
    with FakeOpenAIServer(_answer(answer)) as srv:
        summary = summarise(
            article, base_url=srv.url, api_key=TEST_KEY, cache=False, published="2018-03-17"
        )
    assert summary.sanctions[0].target.country == "PRK"
    assert summary.stances[1].actor.country == "PRK"
    sullivan = [m for m in summary.meetings if "Sullivan" in m.participants[0].name]
    assert len(sullivan) == 2
    for meeting in sullivan:
        assert (meeting.date, meeting.date_precision) == ("2018-03-16", "day")
        assert meeting.participants[0].name == "John Sullivan"
        assert meeting.participants[0].country == "USA"
    assert summary.meta is not None and summary.meta.published == "2018-03-17"
    assert summary.unattributed == 0


def test_without_published_the_dateline_is_used_and_said(
    server: FakeOpenAIServer, article: str
) -> None:
    summary = summarise(article, base_url=server.url, api_key=TEST_KEY, cache=False)
    assert summary.meta is not None
    assert (summary.meta.published, summary.meta.published_source) == ("2018-03-16", "dateline")
