"""Events across articles: the merge rules of ``diplosum.events``, each on hand-written
records, then the report folder from real summaries of the seed articles."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from diplosum import merge_events, report, summarise_many
from diplosum.events import FILES
from diplosum.events.plover import plover_records

from .conftest import run_cli

# -- hand-written records: only the fields the merge reads -------------------------------


def _actor(code: str, name: str | None = None) -> dict[str, Any]:
    return {"name": name or code, "kind": "state", "title": None, "country": code}


def _evidence(quote: str = "A quote of at least three words.") -> list[dict[str, Any]]:
    return [{"quote": quote, "start": 0, "end": len(quote)}]


def _meeting(
    codes: str, status: str = "held", date: str | None = None, precision: str = "day"
) -> dict[str, Any]:
    return {
        "participants": [_actor(c) for c in codes.split()],
        "status": status,
        "date": date,
        "date_precision": precision if date else None,
        "location": None,
        "topics": [],
        "evidence": _evidence(),
    }


def _record(ident: str, published: str | None = None, **sections: Any) -> dict[str, Any]:
    return {"id": ident, "meta": {"published": published}, **sections}


def _one(events: list[Any], kind: str) -> Any:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [e.to_record() for e in found]
    return found[0]


# -- meetings -----------------------------------------------------------------------------


def test_reports_of_one_meeting_a_day_apart_are_one_event_whoever_is_named_first() -> None:
    events = merge_events(
        [
            _record("a", "2024-03-02", meetings=[_meeting("FRA DEU", date="2024-03-01")]),
            _record("b", "2024-03-03", meetings=[_meeting("DEU FRA", date="2024-03-02")]),
        ]
    )
    event = _one(events, "meeting")
    assert event.actors == {"participants": ["DEU", "FRA"]}
    assert event.articles == ["a", "b"]
    assert event.flags == ["reports give different days: 2024-03-01, 2024-03-02"]


def test_meetings_of_the_same_parties_a_week_apart_are_two_events() -> None:
    events = merge_events(
        [
            _record("a", meetings=[_meeting("FRA DEU", date="2024-03-01")]),
            _record("b", meetings=[_meeting("FRA DEU", date="2024-03-08")]),
        ]
    )
    assert len(events) == 2


def test_a_month_joins_a_day_within_it_and_the_day_is_the_date() -> None:
    events = merge_events(
        [
            _record(
                "a", "2024-02-20", meetings=[_meeting("USA CHN", "planned", "2024-03-01", "month")]
            ),
            _record("b", "2024-03-16", meetings=[_meeting("USA CHN", "held", "2024-03-15")]),
        ]
    )
    event = _one(events, "meeting")
    assert (event.date, event.date_precision) == ("2024-03-15", "day")
    assert [h["status"] for h in event.status_history] == ["planned", "held"]
    assert event.status == "held" and event.flags == []


def test_planned_after_held_and_held_and_cancelled_are_flagged_not_resolved() -> None:
    events = merge_events(
        [
            _record("a", "2024-03-15", meetings=[_meeting("USA CHN", "held", "2024-03-15")]),
            _record("b", "2024-03-16", meetings=[_meeting("USA CHN", "planned", "2024-03-15")]),
            _record("c", "2024-03-17", meetings=[_meeting("USA CHN", "cancelled", "2024-03-15")]),
        ]
    )
    event = _one(events, "meeting")
    assert event.status == "cancelled"
    assert "reported both as held and as cancelled" in event.flags
    assert any("planned after held" in f for f in event.flags)
    assert [m.status for m in event.mentions] == ["held", "planned", "cancelled"]


def test_an_undated_report_joins_the_one_dated_meeting_near_its_publication() -> None:
    events = merge_events(
        [
            _record("a", "2024-03-15", meetings=[_meeting("USA CHN", date="2024-03-15")]),
            _record("b", "2024-03-20", meetings=[_meeting("USA CHN")]),
            _record("c", "2024-09-20", meetings=[_meeting("USA CHN")]),  # months later: another
        ]
    )
    meetings = [e for e in events if e.type == "meeting"]
    assert sorted(e.articles for e in meetings) == [["a", "b"], ["c"]]


def test_an_undated_report_with_two_candidates_stands_alone_flagged() -> None:
    events = merge_events(
        [
            _record("a", "2024-03-10", meetings=[_meeting("USA CHN", date="2024-03-10")]),
            _record("b", "2024-03-20", meetings=[_meeting("USA CHN", date="2024-03-20")]),
            _record("c", "2024-03-15", meetings=[_meeting("USA CHN")]),
        ]
    )
    alone = next(e for e in events if e.articles == ["c"])
    assert alone.flags and "any of 2 meetings" in alone.flags[0]
    assert len(events) == 3


def test_undated_reports_without_a_publication_date_never_merge() -> None:
    events = merge_events(
        [
            _record("a", meetings=[_meeting("USA CHN")]),
            _record("b", meetings=[_meeting("USA CHN")]),
        ]
    )
    assert len(events) == 2


def test_two_meetings_of_the_same_parties_in_one_article_are_two_events() -> None:
    events = merge_events(
        [
            _record(
                "a", "2024-03-15", meetings=[_meeting("USA CHN"), _meeting("USA CHN", "planned")]
            ),
        ]
    )
    assert len(events) == 2


# -- sanctions, stances, goals ------------------------------------------------------------


def _sanction(
    measures: list[str], status: str = "imposed", imposer: str = "USA", target: str = "IRN"
) -> dict[str, Any]:
    return {
        "imposer": _actor(imposer),
        "target": _actor(target),
        "measures": measures,
        "status": status,
        "evidence": _evidence(),
    }


def test_sanctions_merge_by_parties_and_the_measures_words() -> None:
    events = merge_events(
        [
            _record(
                "a",
                "2024-01-01",
                sanctions=[_sanction(["new sanctions on oil exports"], "threatened")],
            ),
            _record("b", "2024-02-01", sanctions=[_sanction(["sanction on oil export"])]),
            _record("c", "2024-02-02", sanctions=[_sanction(["arms embargo"])]),
        ]
    )
    sanctions = sorted((e for e in events if e.type == "sanction"), key=lambda e: e.articles)
    assert [e.articles for e in sanctions] == [["a", "b"], ["c"]]
    assert [h["status"] for h in sanctions[0].status_history] == ["threatened", "imposed"]


def test_a_sanction_without_measures_joins_only_a_lone_candidate() -> None:
    lone = merge_events(
        [
            _record("a", "2024-01-01", sanctions=[_sanction(["asset freeze"])]),
            _record("b", "2024-01-02", sanctions=[_sanction([])]),
        ]
    )
    assert _one(lone, "sanction").articles == ["a", "b"]
    two = merge_events(
        [
            _record("a", "2024-01-01", sanctions=[_sanction(["asset freeze"])]),
            _record("b", "2024-01-01", sanctions=[_sanction(["arms embargo"])]),
            _record("c", "2024-01-02", sanctions=[_sanction([])]),
        ]
    )
    assert len(two) == 3


def test_a_stance_that_changes_is_one_event_with_its_history_flagged() -> None:
    def stance(position: str) -> dict[str, Any]:
        return {
            "actor": _actor("FRA"),
            "topic": "the peace plan",
            "position": position,
            "evidence": _evidence(),
        }

    events = merge_events(
        [
            _record("a", "2024-01-01", stances=[stance("support")]),
            _record("b", "2024-02-01", stances=[stance("oppose")]),
        ]
    )
    event = _one(events, "stance")
    assert event.status == "oppose" and [h["status"] for h in event.status_history] == [
        "support",
        "oppose",
    ]
    assert event.flags == ["positions differ: reported both as support and oppose"]


def test_goals_merge_by_actor_and_statement_words() -> None:
    def goal(code: str, statement: str) -> dict[str, Any]:
        return {"actor": _actor(code), "statement": statement, "evidence": _evidence()}

    events = merge_events(
        [
            _record("a", goals=[goal("FRA", "a ceasefire in Gaza")]),
            _record("b", goals=[goal("FRA", "ceasefire in Gaza")]),
            _record("c", goals=[goal("DEU", "a ceasefire in Gaza")]),
        ]
    )
    assert sorted(e.articles for e in events) == [["a", "b"], ["c"]]


def test_the_same_records_in_any_order_give_the_same_events() -> None:
    records = [
        _record(
            str(i),
            f"2024-03-{10 + i % 5:02d}",
            meetings=[_meeting("USA CHN", date=f"2024-03-{10 + i % 3:02d}")],
            sanctions=[_sanction(["oil"])],
        )
        for i in range(12)
    ]
    first = [e.to_record() for e in merge_events(records)]
    random.Random(7).shuffle(records)
    assert [e.to_record() for e in merge_events(records)] == first


# -- PLOVER -------------------------------------------------------------------------------


def test_plover_categories_follow_the_documented_mapping() -> None:
    def stance(position: str, topic: str) -> dict[str, Any]:
        return {
            "actor": _actor("FRA"),
            "topic": topic,
            "position": position,
            "evidence": _evidence(),
        }

    events = merge_events(
        [
            _record("a", "2024-03-01", meetings=[_meeting("USA CHN", "planned", "2024-03-15")]),
            _record(
                "b",
                "2024-03-16",
                meetings=[
                    _meeting("USA CHN", "held", "2024-03-15"),
                    _meeting("FRA DEU UN", "cancelled"),
                ],
            ),
            _record(
                "c",
                "2024-03-17",
                sanctions=[
                    _sanction(["expulsion of diplomats"]),
                    _sanction(["oil"], "threatened", "EU", "RUS"),
                    _sanction(["tariffs"], "lifted", "CHN", "AUS"),
                    _sanction(["arms"], "blocked"),
                ],
                stances=[
                    stance("support", "the plan"),
                    stance("oppose", "the wall"),
                    stance("neutral", "the vote"),
                ],
                goals=[{"actor": _actor("FRA"), "statement": "peace", "evidence": _evidence()}],
            ),
        ]
    )
    records = list(plover_records(events, "2026-12-01"))
    kinds = sorted((r["event"][0], tuple(r["mode"])) for r in records)
    assert kinds == [
        ("ACCUSE", ("disapprove",)),
        ("AGREE", ()),
        ("CONCEDE", ()),
        ("CONSULT", ()),
        ("REJECT", ("meet",)),
        ("SANCTION", ("expel",)),
        ("SUPPORT", ()),
        ("THREATEN", ("restrict",)),
    ]
    consult = next(r for r in records if r["event"] == ["CONSULT"])
    agree = next(r for r in records if r["event"] == ["AGREE"])
    assert consult["link"] == agree["link"]  # one event, two records: planned, then held
    assert consult["date"] == "2024-03-15" and consult["quad_code"] == 1
    assert [a["code"] for a in consult["actor"]] == ["CHN", "USA"] and consult["recipient"] == []
    threat = next(r for r in records if r["event"] == ["THREATEN"])
    assert threat["actor"] == [
        {"code": "IGO", "identifier_text": "EU", "entity_text": "European Union"}
    ]
    assert threat["recipient"][0]["code"] == "RUS" and threat["context"] == ["economic"]
    assert consult["text_info"] == {"article_id": "b", "start": 0, "end": 32}


# -- the report folder, from real summaries of the seeds ---------------------------------


@pytest.fixture
def three_reports(tmp_path: Path, article: str, article2: str) -> Path:
    """Acceptance: seed-000 twice, under two ids (two reports of one story), and seed-002,
    summarised offline and written as `summarise --format jsonl` writes them."""
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"id": "wire-1", "text": article},
        {"id": "wire-2", "text": article},
        {"id": "other", "text": article2},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records))
    results = tmp_path / "results.jsonl"
    result = run_cli(
        "summarise", str(corpus), "--backend", "offline", "--no-cache", "--out", str(results)
    )
    assert result.exit_code == 0, result.output
    return results


def test_every_meeting_both_copies_report_is_one_event_with_both_quotes(
    three_reports: Path, tmp_path: Path, article: str
) -> None:
    result = run_cli("report", str(three_reports), "--out", str(tmp_path / "report"))
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.stderr
    folder = tmp_path / "report"
    assert sorted(p.name for p in folder.iterdir()) == sorted(FILES)
    events = [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]
    meetings = [e for e in events if e["type"] == "meeting"]
    assert meetings
    copies = {"wire-1", "wire-2"}
    for event in meetings:
        ids = {m["article_id"] for m in event["mentions"]}
        assert ids & copies in (set(), copies), event  # never one copy without the other
        for mention in event["mentions"]:
            if mention["article_id"] in copies:
                assert article[mention["start"] : mention["end"]] == mention["quote"]
    assert sum(1 for e in meetings if {m["article_id"] for m in e["mentions"]} >= copies) >= 3


def test_network_gexf_and_graphml_read_in_networkx(three_reports: Path, tmp_path: Path) -> None:
    networkx = pytest.importorskip("networkx")
    made = report(three_reports, tmp_path / "report")
    graph = networkx.read_gexf(tmp_path / "report" / "network.gexf")
    meetings = [e for e in made.events_list if e.type == "meeting"]
    codes = {c for e in meetings for c in e.actors["participants"] if not c.startswith("~")}
    assert set(graph.nodes) == codes
    assert graph.nodes["USA"]["label"] == "United States"
    assert all(data["weight"] >= 1 for _, _, data in graph.edges(data=True))
    assert networkx.read_graphml(tmp_path / "report" / "network.graphml").number_of_nodes() == len(
        codes
    )


def test_the_page_holds_no_external_resource(three_reports: Path, tmp_path: Path) -> None:
    report(three_reports, tmp_path / "report")
    page = (tmp_path / "report" / "index.html").read_text()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//|fetch\(|XMLHttpRequest", page)
    assert "default-src 'none'" in page  # and the page itself forbids any request


def test_article_text_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    nasty = '</script><script>alert("x")</script> <!-- said the minister'
    record = _record(
        "a", "2024-01-01", meetings=[{**_meeting("USA CHN"), "evidence": _evidence(nasty)}]
    )
    report([record], tmp_path)
    page = (tmp_path / "index.html").read_text()
    assert page.count("</script>") == 2  # the data's and the code's own, nothing from the text
    assert "\\u003c/script>\\u003cscript>alert" in page


def test_report_skips_what_is_no_summary_and_says_so(tmp_path: Path, three_reports: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n" + three_reports.read_text() + '{"id": "x", "sanctions": [{}]}\n')
    result = run_cli("report", str(bad), "--out", str(tmp_path / "r"))
    assert result.exit_code == 1
    assert f"skipped {bad}:1: not JSON" in result.stderr
    assert "skipped summary x: not a summary record" in result.stderr
    assert "3 articles" in result.stderr and (tmp_path / "r" / "index.html").exists()
    missing = run_cli("report", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "r"))
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    assert "Traceback" not in missing.output + result.output


def test_summarise_chains_into_a_report(tmp_path: Path, article: str, article2: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(article)
    (folder / "two.txt").write_text(article2)
    result = run_cli(
        "summarise",
        str(folder),
        "--backend",
        "offline",
        "--no-cache",
        "--out",
        str(tmp_path / "out.jsonl"),
        "--report",
        str(tmp_path / "rep"),
    )
    assert result.exit_code == 0, result.output
    assert "report: 2 articles" in result.stderr
    chained = (tmp_path / "rep" / "events.jsonl").read_text()
    again = report(tmp_path / "out.jsonl", tmp_path / "again")
    assert again.articles == 2
    assert chained == (tmp_path / "again" / "events.jsonl").read_text()


def test_report_takes_results_of_summarise_many(article: str, tmp_path: Path) -> None:
    results = summarise_many(
        [{"id": "x", "text": article}, {"id": "y", "text": ""}], backend="offline", cache=False
    )
    made = report(results, tmp_path)
    assert made.articles == 1 and made.events  # the failed one has no summary, no items
    assert all(m.article_id == "x" for e in made.events_list for m in e.mentions)
