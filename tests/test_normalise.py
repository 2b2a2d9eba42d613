"""Normalisation: codes repaired or rejected, one actor per person, dates, merged duplicates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from diplosum import ArticleSummary
from diplosum.postprocess.attribution import flag_attribution
from diplosum.postprocess.duplicates import merge_duplicates
from diplosum.postprocess.grounding import ground_summary
from diplosum.postprocess.normalise import normalise_actors

ARTICLE = (
    "North Korea's leader met Chinese President Xi Jinping in Beijing on Tuesday. "
    "U.S. Deputy Secretary of State John Sullivan met the Japanese foreign minister. "
    "Sullivan said Washington backs the talks. Moscow condemned the meeting."
)


def _state(name: str, country: str | None = None) -> dict[str, Any]:
    return {"name": name, "kind": "state", "country": country}


def _person(name: str, country: str | None = None, title: str | None = None) -> dict[str, Any]:
    return {"name": name, "kind": "person", "country": country, "title": title}


def _stance(actor: dict[str, Any], quote: str, topic: str = "talks") -> dict[str, Any]:
    return {"actor": actor, "topic": topic, "position": "support", "evidence": [{"quote": quote}]}


def _run(
    article: str = ARTICLE, published: dt.date | None = None, **sections: Any
) -> ArticleSummary:
    summary = ArticleSummary.model_validate({"headline": "h", "summary": "s", **sections})
    grounded = ground_summary(summary, article)
    normalised = merge_duplicates(normalise_actors(grounded, article, published), published)
    return flag_attribution(normalised, article)


def test_wrong_and_missing_codes_are_repaired_from_names_and_titles() -> None:
    summary = _run(
        stances=[
            _stance(_state("Pyongyang", "KOR"), "North Korea's leader met"),
            _stance(_state("DPRK", None), "North Korea's leader met", topic="other"),
            _stance(_state("Moscow", "XXX"), "Moscow condemned the meeting"),
            _stance(
                _person("Kono", None, "Japanese Foreign Minister"), "the Japanese foreign minister"
            ),
        ]
    )
    assert [s.actor.country for s in summary.stances] == ["PRK", "PRK", "RUS", "JPN"]
    assert summary.rejected == []


def test_a_first_or_family_name_that_is_a_capital_names_no_state() -> None:
    article = (
        "Foreign Secretary Douglas Hurd met Victoria Nuland and the Moscow Mayor. "
        "Mexican President Miguel de la Madrid was there."
    )
    summary = _run(
        article,
        stances=[
            _stance(_person("Douglas Hurd", "GBR"), "Foreign Secretary Douglas Hurd met"),
            _stance(_person("Victoria Nuland", "USA"), "met Victoria Nuland and", topic="other"),
            # A capital as a name's own word still names its state.
            _stance(_person("Moscow", None), "the Moscow Mayor", topic="third"),
            _stance(
                _person("Miguel de la Madrid", "MEX"), "Miguel de la Madrid was", topic="fourth"
            ),
        ],
    )
    assert [s.actor.country for s in summary.stances] == ["GBR", "USA", "RUS", "MEX"]
    # So a state's name: "Dominique" (Dominica, in French), "Jordan" as a first name.
    article = "French minister Dominique de Villepin met Jordan Bardella in Paris."
    summary = _run(
        article,
        stances=[
            _stance(_person("Dominique de Villepin", "FRA"), "Dominique de Villepin met"),
            _stance(_person("Jordan Bardella", "FRA"), "met Jordan Bardella in", topic="other"),
        ],
    )
    assert [s.actor.country for s in summary.stances] == ["FRA", "FRA"]


def test_the_north_means_pyongyang_only_in_a_korean_context() -> None:
    korean = "Talks with the North resumed, South Korea said."
    summary = _run(
        korean, stances=[_stance(_state("the North", "ZZZ"), "Talks with the North resumed")]
    )
    assert summary.stances[0].actor.country == "PRK"
    other = "Talks with the North resumed, the Sudanese minister said."
    summary = _run(
        other, stances=[_stance(_state("the North", "ZZZ"), "Talks with the North resumed")]
    )
    assert summary.stances == []
    assert "not an ISO 3166-1 alpha-3" in summary.rejected[0].reason


def test_soviet_era_codes() -> None:
    article = "Soviet Foreign Minister Shevardnadze met Moscow's critics. Moscow agreed to it."
    summary = _run(
        article,
        dt.date(1987, 10, 19),
        stances=[
            _stance(
                _person("Eduard Shevardnadze", None, "Soviet Foreign Minister"),
                "Moscow agreed to it",
            ),
            _stance(_state("Moscow", "RUS"), "Moscow agreed to it", topic="other"),
        ],
    )
    assert [s.actor.country for s in summary.stances] == ["SUN", "SUN"]
    later = _run(
        article,
        dt.date(2001, 1, 1),
        stances=[_stance(_state("Moscow", "RUS"), "Moscow agreed to it")],
    )
    assert later.stances[0].actor.country == "RUS"


def test_a_party_named_twice_under_one_code_meets_once() -> None:
    # "Moscow" (RUS) beside "Soviet" (SUN) in 1987: one party, the first named kept.
    article = "A Soviet spokesman said Peru's Ana Soto might travel to Moscow in May."
    soto = _person("Ana Soto", "PER")
    meeting = {
        "participants": [_state("Soviet", "SUN"), _state("Moscow", "RUS"), soto],
        "status": "proposed",
        "evidence": [{"quote": "Peru's Ana Soto might travel to Moscow"}],
    }
    summary = _run(article, dt.date(1987, 3, 2), meetings=[meeting])
    assert [(p.name, p.country) for p in summary.meetings[0].participants] == [
        ("Soviet", "SUN"),
        ("Ana Soto", "PER"),
    ]


def test_an_undated_article_takes_the_codes_of_the_years_of_the_people_it_names() -> None:
    # No date and no "Soviet": Gorbachev's years (1985-1991) make Moscow the Soviet Union.
    article = "Mr Gorbachev met Mr Kohl in Bonn. Moscow agreed to it."
    summary = _run(article, stances=[_stance(_state("Moscow", "RUS"), "Moscow agreed to it")])
    assert summary.stances[0].actor.country == "SUN"
    # Yeltsin's years (1991-1999) began before the change but go on after it: Russia.
    later = "Mr Yeltsin met Mr Kohl in Bonn. Moscow agreed to it."
    summary = _run(later, stances=[_stance(_state("Moscow", "RUS"), "Moscow agreed to it")])
    assert summary.stances[0].actor.country == "RUS"
    # The Soviet Union named as history in an article on a later leader: Russia still.
    history = "Vladimir Putin spoke of the collapse of the Soviet Union. Moscow agreed to it."
    summary = _run(history, stances=[_stance(_state("Moscow", "RUS"), "Moscow agreed to it")])
    assert summary.stances[0].actor.country == "RUS"
    # Nor, with no people to date it, where it is named as history.
    for history in (
        "Russia courted the former Soviet republics. Moscow agreed to it.",
        "Since the collapse of the Soviet Union, Moscow agreed to it.",
        "Russia sold Soviet-era tanks. Moscow agreed to it.",
        # once spoken of as gone, its other mentions are history too
        "A former Soviet general, he led Soviet troops in Angola. Moscow agreed to it.",
    ):
        summary = _run(history, stances=[_stance(_state("Moscow", "RUS"), "Moscow agreed to it")])
        assert summary.stances[0].actor.country == "RUS", history
    # Named in an article of its own time, it stands.
    of_its_time = "Mr Gorbachev spoke for the Soviet Union. Moscow agreed to it."
    summary = _run(of_its_time, stances=[_stance(_state("Moscow", "RUS"), "Moscow agreed to it")])
    assert summary.stances[0].actor.country == "SUN"


def test_west_germany_keeps_its_code_beside_east_germany() -> None:
    # Unlike Russia and the Soviet Union, West Germany (DEU) existed beside the DDR.
    article = "Bonn welcomed the visit, an East German official said."
    summary = _run(
        article,
        dt.date(1987, 9, 7),
        stances=[
            _stance(_state("Bonn", "DEU"), "Bonn welcomed the visit"),
            _stance(_state("East German", "DDR"), "Bonn welcomed the visit", topic="other"),
        ],
    )
    assert [s.actor.country for s in summary.stances] == ["DEU", "DDR"]


def test_unrepairable_codes_move_the_item_to_rejected() -> None:
    summary = _run(stances=[_stance(_state("Atlantis", "ATL"), "Moscow condemned the meeting")])
    assert summary.stances == []
    assert summary.rejected[0].section == "stances"
    assert "'ATL'" in summary.rejected[0].reason


def test_one_canonical_actor_per_person() -> None:
    meeting = {
        "participants": [_person("Sullivan", "USA"), _person("Japanese foreign minister", "JPN")],
        "status": "held",
        "evidence": [{"quote": "John Sullivan met the Japanese foreign minister"}],
    }
    summary = _run(
        meetings=[meeting],
        stances=[
            _stance(_person("Deputy Secretary Sullivan", None), "Sullivan said Washington backs"),
            _stance(
                _person("John Sullivan", "USA", "Deputy Secretary of State"),
                "Sullivan said Washington",
                topic="x",
            ),
        ],
    )
    people = [summary.meetings[0].participants[0], *(s.actor for s in summary.stances)]
    assert {(p.name, p.title, p.country) for p in people} == {
        ("John Sullivan", "Deputy Secretary of State", "USA")
    }


def test_meetings_are_dated_from_their_phrase_and_status() -> None:
    meeting = {
        "participants": [_state("North Korea", "PRK"), _person("Xi Jinping", "CHN")],
        "status": "held",
        "date_text": "on Tuesday",
        "evidence": [{"quote": "North Korea's leader met Chinese President Xi Jinping"}],
    }
    dated = _run(published=dt.date(2018, 3, 29), meetings=[meeting])
    assert (dated.meetings[0].date, dated.meetings[0].date_precision) == ("2018-03-27", "day")
    undated = _run(published=None, meetings=[meeting])
    assert undated.meetings[0].date is None
    assert undated.meetings[0].date_text == "on Tuesday"


def test_duplicates_merge_with_their_evidence_united() -> None:
    def meeting(quote: str, status: str = "held") -> dict[str, Any]:
        return {
            "participants": [_state("North Korea", "PRK"), _state("China", "CHN")],
            "status": status,
            "topics": [quote[:5]],
            "evidence": [{"quote": quote}],
        }

    summary = _run(
        meetings=[
            meeting("North Korea's leader met"),
            meeting("met Chinese President Xi Jinping in Beijing"),
            meeting("North Korea's leader met", status="planned"),
        ],
        stances=[
            _stance(_state("Russia", "RUS"), "Moscow condemned the", topic="The talks"),
            _stance(_state("Russia", "RUS"), "condemned the meeting", topic="the  talks"),
        ],
    )
    assert [m.status for m in summary.meetings] == ["held", "planned"]
    assert len(summary.meetings[0].evidence) == 2
    assert summary.meetings[0].topics == ["North", "met C"]
    assert len(summary.stances) == 1 and len(summary.stances[0].evidence) == 2


def test_attribution_flags_stances_whose_sentence_does_not_name_the_actor() -> None:
    summary = _run(
        stances=[
            _stance(_state("United States", "USA"), "Sullivan said Washington backs the talks"),
            _stance(_state("France", "FRA"), "Moscow condemned the meeting"),
        ]
    )
    assert [s.attributed for s in summary.stances] == [True, False]
    assert summary.unattributed == 1


def test_attribution_accepts_a_neighbouring_reporting_clause() -> None:
    article = (
        'The US official said talks could resume. "Our goal remains denuclearization." '
        '"We will continue," the official told reporters.'
    )
    goal = {
        "actor": _state("United States", "USA"),
        "statement": "denuclearization",
        "evidence": [{"quote": "Our goal remains denuclearization."}],
    }
    assert _run(article, goals=[goal]).goals[0].attributed is True


def test_attribution_needs_the_name_as_a_whole_word() -> None:
    summary = _run(
        "Konoe backs the plan. The Frenchmen condemned it. France, too, condemned it.",
        stances=[
            _stance(_person("Taro Kono", "JPN"), "Konoe backs the plan", topic="plan"),
            _stance(_state("France", "FRA"), "The Frenchmen condemned it", topic="a"),
            _stance(_state("France", "FRA"), "France, too, condemned it", topic="b"),
        ],
    )
    assert [s.attributed for s in summary.stances] == [False, False, True]


def test_where_an_envoy_is_posted_is_not_their_state() -> None:
    article = "Chile's Ambassador to Peru Ana Soto spoke. U.S. Ambassador to Japan Tom Hill spoke."
    summary = _run(
        article,
        stances=[
            _stance(_person("Ana Soto", "CHL", "Ambassador to Peru"), "Ana Soto spoke"),
            _stance(
                _person("Tom Hill", None, "U.S. Ambassador to Japan"), "Tom Hill spoke", "other"
            ),
        ],
    )
    assert [s.actor.country for s in summary.stances] == ["CHL", "USA"]
