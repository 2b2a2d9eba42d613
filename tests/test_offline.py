"""The offline extractor's rules, each on sentences written for the test."""

from __future__ import annotations

import datetime as dt
import itertools

from diplosum import summarise
from diplosum.backends.offline.actors import find_actors
from diplosum.backends.offline.rules import extract_summary
from diplosum.text.people import family_name
from diplosum.text.sentences import sentence_spans


def _stance_keys(text: str) -> set[tuple[str | None, str]]:
    """Each (state, position) of the stances the rules find in ``text``."""
    return {(s.actor.country, s.position) for s in extract_summary(text).stances}


def _meeting_codes(text: str) -> list[set[str | None]]:
    """The participants' codes of each meeting the rules find in ``text``."""
    return [{p.country for p in m.participants} for m in extract_summary(text).meetings]


def _goal_codes(text: str) -> list[str | None]:
    """The holder's code of each goal the rules find in ``text``."""
    return [g.actor.country for g in extract_summary(text).goals]


def _sanction_pairs(text: str) -> list[tuple[str | None, str | None]]:
    """(imposer, target) of each sanction the rules find in ``text``."""
    return [(s.imposer.country, s.target.country) for s in extract_summary(text).sanctions]


def _offline(text: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return summarise(text, backend="offline", cache=False, **kwargs)  # type: ignore[arg-type]


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_sentences_survive_abbreviations() -> None:
    text = (
        'Mr. Smith met U.S. President Joe Biden in Jan. 2021. He said "We agree." '
        "Then John F. Kennedy left.Next one! Police said.A police official said so."
    )
    assert _sentences(text) == [
        "Mr. Smith met U.S. President Joe Biden in Jan. 2021.",
        'He said "We agree."',
        "Then John F. Kennedy left.",
        "Next one!",
        "Police said.",
        "A police official said so.",
    ]


def test_people_with_titles_and_their_states() -> None:
    text = (
        "Visiting Chilean Foreign Minister Ana Pereira met U.S. Secretary of State Mark Doyle. "
        "Later Pereira said Chile's Luna was absent."
    )
    people = {
        (m.actor.name, m.actor.title, m.code) for m in find_actors(text) if m.kind == "person"
    }
    assert ("Ana Pereira", "Foreign Minister", "CHL") in people
    assert ("Mark Doyle", "Secretary of State", "USA") in people
    assert ("Luna", None, "CHL") in people
    surname = [m for m in find_actors(text) if text[m.start : m.end] == "Pereira"]
    assert surname and surname[0].actor.name == "Ana Pereira"


def test_places_datelines_and_companies_are_not_actors() -> None:
    text = (
        "OSLO, Norway The talks in Geneva ended. American Widget Inc said it hired a "
        "Lebanese citizen living in Switzerland."
    )
    codes = [m.code for m in find_actors(text)]
    assert codes == ["LBN"]


def test_meetings_status_and_separately() -> None:
    summary = _offline(
        "Peruvian Foreign Minister Rosa Vela met separately with Bolivian and Chilean envoys "
        "on Tuesday. Kenya and Uganda will hold talks next month. Ghana called off a summit "
        "with Togo."
    )
    found = {(frozenset(a.country for a in m.participants), m.status) for m in summary.meetings}
    assert found == {
        (frozenset({"PER", "BOL"}), "held"),
        (frozenset({"PER", "CHL"}), "held"),
        (frozenset({"KEN", "UGA"}), "planned"),
        (frozenset({"GHA", "TGO"}), "cancelled"),
    }


def test_sanction_roles_and_status() -> None:
    summary = _offline(
        "Canada imposed new sanctions on Belarus. "
        "The European Union lifted its arms embargo against Libya. "
        "Russia vetoed U.N. sanctions against Syria."
    )
    found = {(s.imposer.country, s.target.country, s.status) for s in summary.sanctions}
    assert ("CAN", "BLR", "imposed") in found
    assert ("EU", "LBY", "lifted") in found
    assert ("UN", "SYR", "blocked") in found


def test_stances_by_subject_passive_agent_and_reporting_clause() -> None:
    summary = _offline(
        "Brazil welcomes the ceasefire agreement. "
        "The plan was rejected by Argentina on Monday. "
        '"This is a step forward," said a senior Mexican official, who praised the deal.'
    )
    found = {(s.actor.country, s.position) for s in summary.stances}
    assert ("BRA", "support") in found
    assert ("ARG", "oppose") in found
    assert ("MEX", "support") in found


def test_goals_including_first_person_quotes() -> None:
    summary = _offline(
        'Vietnam aims to double its exports. "Our goal is lasting peace," the Norwegian envoy said.'
    )
    assert {g.actor.country for g in summary.goals} == {"VNM", "NOR"}


def test_off_topic_text_yields_nothing() -> None:
    summary = extract_summary(
        "The striker scored twice as the home side won 3-1 on Saturday. The manager said he "
        "was delighted with the result and hopes to sign a new goalkeeper next month."
    )
    assert summary.meetings == summary.sanctions == summary.stances == summary.goals == []


def test_deterministic_and_grounded(article: str) -> None:
    first, second = _offline(article), _offline(article)
    assert first.model_dump(exclude={"meta"}) == second.model_dump(exclude={"meta"})
    assert first.meta is not None and first.meta.backend == "offline"
    for section in (first.meetings, first.goals, first.sanctions, first.stances):
        for item in section:
            for ev in item.evidence:
                assert ev.start is not None and ev.end is not None
                assert article[ev.start : ev.end] == ev.quote
    assert first.rejected == []


def test_a_place_after_in_the_is_not_an_actor_even_when_it_is_a_contextual_name() -> None:
    # "the South" means South Korea in an article about Korea, but not in "in the South
    # China Sea", where "in the" makes it a place.
    text = "Korea watched as Japan met China in the South China Sea."
    codes = [m.code for m in find_actors(text)]
    assert "KOR" not in codes
    assert codes[:2] == ["JPN", "CHN"]


def _meetings_of(text: str) -> set[tuple[frozenset[str | None], str]]:
    return {
        (frozenset(a.country for a in m.participants), m.status)
        for m in extract_summary(text).meetings
    }


def test_attempts_and_efforts_at_talks_are_proposed() -> None:
    for text in (
        "The envoy gave up his attempts to arrange Chilean-Peruvian talks on Wednesday.",
        "Efforts to arrange talks between Chile and Peru have failed.",
    ):
        assert [m.status for m in extract_summary(text).meetings] == ["proposed"], text


def test_denied_refused_and_wished_meetings_are_not_held() -> None:
    assert (
        _meetings_of(
            "Aides said there had so far been no talks on any summit between the "
            "leaders of Peru and Chile."
        )
        == set()
    )
    assert _meetings_of("The Kenyan president refused to meet his Ugandan counterpart.") == set()
    assert _meetings_of("Ghana has ruled out talks with Togo this year.") == set()
    assert _meetings_of("Brazil would meet Argentina if the border reopened.") == {
        (frozenset({"BRA", "ARG"}), "proposed")
    }
    assert _meetings_of("Norway called for talks between Sudan and Chad.") == {
        (frozenset({"SDN", "TCD"}), "proposed")
    }
    assert _meetings_of("Egypt's foreign minister met his Jordanian counterpart on Monday.") == {
        (frozenset({"EGY", "JOR"}), "held")
    }
    assert _meetings_of("Russia said it was ready for talks with Ukraine.") == {
        (frozenset({"RUS", "UKR"}), "proposed")
    }
    # Tourists, students or fans of a state travel; they are no party of it.
    assert _meetings_of("Chinese tourists visited Japan in record numbers.") == set()


def test_parties_stop_where_the_list_ends_and_a_capital_never_stands_beside_its_state() -> None:
    found = extract_summary(
        "Japan, speaking through Tokyo's envoy, held talks with Vietnam and Laos on trade, "
        "the closest partner China has in the region."
    ).meetings
    assert [sorted(a.country or "" for a in m.participants) for m in found] == [
        ["JPN", "LAO", "VNM"]
    ]
    assert found[0].participants[0].name == "Japan"
    posted = extract_summary("Kenya will meet the U.N. envoy to Somalia next week.").meetings
    assert [sorted(a.country or "" for a in m.participants) for m in posted] == [["KEN", "UN"]]


def test_one_person_is_one_participant() -> None:
    text = (
        "Soviet Foreign Minister Ivan Petrovsky met U.S. Secretary of State Mark Doyle in "
        "Geneva. Petrovsky and Doyle talked for hours."
    )
    for meeting in extract_summary(text).meetings:
        names = [a.name for a in meeting.participants]
        assert len(names) == len(set(names)), names


def test_people_the_gazetteer_knows_stand_for_their_state_in_their_years() -> None:
    people = {
        (m.actor.name, m.code)
        for m in find_actors("Lavrov met Kerry and Shevardnadze.", year=2015)
        if m.kind == "person"
    }
    assert people == {("Sergei Lavrov", "RUS"), ("John Kerry", "USA")}  # Shevardnadze: 2015?
    assert {m.code for m in find_actors("Shevardnadze spoke.", year=1987)} == {"SUN"}
    assert {m.code for m in find_actors("Shevardnadze spoke.", year=1999)} == {"GEO"}


def test_a_complaint_about_sanctions_is_no_sanction() -> None:
    summary = extract_summary(
        "Iran has complained that worries about breaking remaining sanctions deterred "
        "foreign investors."
    )
    assert summary.sanctions == []
    imposed = extract_summary("The sanctions imposed by Canada and Japan on Belarus remain.")
    assert {(s.imposer.country, s.target.country) for s in imposed.sanctions} == {
        ("CAN", "BLR"),
        ("JPN", "BLR"),
    }


def test_positions_in_reported_speech() -> None:
    summary = extract_summary(
        '"This plan is unacceptable and dangerous," the Egyptian foreign minister said. '
        "Mexico's president said the agreement was an important step forward."
    )
    found = {(s.actor.country, s.position) for s in summary.stances}
    assert ("EGY", "oppose") in found
    assert ("MEX", "support") in found


def test_topics_and_statements_read_as_phrases() -> None:
    from diplosum.backends.offline.phrases import readable

    text = "Chile criticised the decision by Germany to close the border with Poland of"
    assert readable(text, text.index("criticised") + len("criticised")) == (
        "the decision by Germany to close the border with Poland"
    )
    assert readable("Peru backs it.", 11) is None
    # A phrase does not end on a word that needs what follows.
    assert readable("He spoke of new tests by the regime including", 9) == (
        "new tests by the regime"
    )
    assert readable("We wish to build a bridge between the sides to try", 0) == (
        "We wish to build a bridge between the sides"
    )
    # Nor open on a time, an auxiliary or the preposition that joins it to its trigger.
    text = "Oman voiced support on Tuesday for the talks in Muscat."
    assert readable(text, text.index("support") + len("support")) == "the talks in Muscat"
    text = "Oman hopes, some insiders say, for talks."
    assert readable(text, text.index("hopes") + len("hopes")) is None
    assert readable("It has been given the same assurance", 2) == "given the same assurance"
    # Nor on a word that asks what follows: "a discussion about how", "reduced compared".
    text = "Peru said both delegations were locked in a discussion about how"
    assert readable(text, text.index("said") + 4) == "both delegations were locked in a discussion"
    # A long clause cut short ends before its last preposition, and a leading time does
    # not count against the words it may have.
    text = (
        "Peru said on Thursday it would not give up its rights over the disputed islands "
        "in the western Pacific Ocean, which Chile holds."
    )
    assert readable(text, text.index("said") + len("said")) == (
        "it would not give up its rights over the disputed islands"
    )
    # One only a few words over, cut before an "of" phrase, is kept whole; not when a new
    # clause begins in what was cut.
    # A title's period ends no phrase.
    assert readable("Peru said it met St. Lucia's envoy and Mr. Abe.", 9) == (
        "it met St. Lucia's envoy and Mr. Abe"
    )
    text = "Chile said it had not won a firm pledge on the early release of the fishermen."
    assert readable(text, text.index("said") + len("said")) == (
        "it had not won a firm pledge on the early release of the fishermen"
    )
    text = text.replace("fishermen.", "fishermen and this is a failure.")
    assert readable(text, text.index("said") + len("said")) == (
        "it had not won a firm pledge on the early release"
    )
    summary = extract_summary(
        "Spain wants to put in place a new framework for talks. Italy condemned the "
        "attack by rebels on Tuesday. Greece supports a settlement of the dispute."
    )
    phrases = [g.statement for g in summary.goals] + [s.topic for s in summary.stances]
    assert phrases
    for phrase in phrases:
        words = phrase.lower().split()
        assert len(words) >= 2 and words[0] not in ("by", "of")
        assert words[-1] not in ("of", "to", "the", "a"), phrase


def test_headlines_are_the_title_or_the_lead_without_its_dateline() -> None:
    titled = extract_summary(
        "PERU IMPOSES SANCTIONS ON CHILE\n\nPeru imposed sanctions on Chile on Monday, "
        "officials said. The measures freeze assets."
    )
    assert titled.headline == "Peru imposes sanctions on Chile"
    lead = extract_summary(
        "LIMA (Reuters) - Peru's foreign minister met his Chilean counterpart on Monday to "
        "discuss a long-running border dispute that has strained ties for decades, "
        "officials said. Both sides agreed to meet again."
    )
    assert lead.headline.startswith("Peru's foreign minister met his Chilean counterpart")
    assert len(lead.headline.split()) <= 15 and "Reuters" not in lead.headline
    # A title may end on an abbreviation, and a title in capitals is no dateline.
    abbreviated = extract_summary(
        "PERU CALLS FOR CALM IN TRADE ROW WITH U.S.\n\nLIMA, March 30 - Peru urged the "
        "United States to show restraint, officials said. Talks are due next week."
    )
    assert abbreviated.headline == "Peru calls for calm in trade row with U.S."
    assert abbreviated.summary.startswith("Peru urged the United States")
    # A hard-wrapped article's line breaks are no part of its headline or summary.
    wrapped = extract_summary(
        "LIMA, March 30 - Peru said reports that it\nintended to close the border were\n"
        "baseless. Chile welcomed the\nstatement by its neighbour on Tuesday."
    )
    assert (
        wrapped.headline == "Peru said reports that it intended to close the border were baseless"
    )
    assert "\n" not in wrapped.summary and wrapped.summary.endswith(
        "Chile welcomed the statement by its neighbour on Tuesday."
    )


def test_expelled_diplomats_are_a_sanction_on_their_state() -> None:
    cases = {
        "Canada expelled two Saudi diplomats on Wednesday.": ("CAN", "SAU"),
        "Britain announced the expulsion of 23 Russian diplomats.": ("GBR", "RUS"),
        "Mali expelled the ambassador of France on Monday.": ("MLI", "FRA"),
    }
    for text, pair in cases.items():
        found = [
            (s.imposer.country, s.target.country, s.status) for s in extract_summary(text).sanctions
        ]
        assert found == [(*pair, "imposed")], text
    assert extract_summary("The expelled diplomats left Ottawa on Friday.").sanctions == []


def test_who_holds_a_position_in_a_relative_clause_or_after_said_of() -> None:
    relative = extract_summary(
        "Vietnam, which opposes the Chinese claims, said it would defend its sovereignty."
    )
    assert {(s.actor.country, s.position) for s in relative.stances} == {("VNM", "oppose")}
    said_of = extract_summary(
        '"This is a grave mistake," the Turkish foreign minister said of the Swedish decision.'
    )
    assert {(s.actor.country, s.position) for s in said_of.stances} == {("TUR", "oppose")}
    told = extract_summary('"This is a grave mistake," Mexico\'s president told Peru.')
    assert {s.actor.country for s in told.stances} == {"MEX"}


def test_counterparts_from_a_state_are_parties_not_places() -> None:
    summary = extract_summary(
        "The Brazilian foreign minister is due to meet his counterparts from Peru, Colombia "
        "and Ecuador next week. He flew in from Chile."
    )
    assert [({p.country for p in m.participants}, m.status) for m in summary.meetings] == [
        ({"BRA", "PER", "COL", "ECU"}, "planned")
    ]
    codes = {m.code for m in find_actors("The Argentine, Kyrgyz and Azeri envoys met in Siam.")}
    assert codes == {"ARG", "KGZ", "AZE"}  # Siam after "in" is a place


def test_calls_gatherings_bans_and_freezes() -> None:
    phoned = extract_summary(
        "Turkish President Recep Tayyip Erdogan spoke by telephone with Russian President "
        "Vladimir Putin on Tuesday."
    )
    assert [{p.country for p in m.participants} for m in phoned.meetings] == [{"TUR", "RUS"}]
    assert phoned.meetings[0].status == "held"
    in_brussels = extract_summary("The Dutch and Danish ministers met in Brussels on Monday.")
    assert [{p.country for p in m.participants} for m in in_brussels.meetings] == [
        {"NLD", "DNK"}  # a city after "in" is where, not who
    ]
    cases = {
        "China banned imports of Australian wine in retaliation.": ("CHN", "AUS"),
        "Moscow froze the assets of British companies.": ("RUS", "GBR"),
    }
    for text, pair in cases.items():
        assert _sanction_pairs(text) == [pair], text


def test_a_statement_stops_before_its_reporting_clause() -> None:
    summary = extract_summary(
        "Our goal is to bring peace to the region, the Qatari foreign minister said."
    )
    assert [(g.actor.country, g.statement) for g in summary.goals] == [
        ("QAT", "bring peace to the region")
    ]


def test_positions_whose_holders_follow_by_or_from() -> None:
    cases = {
        "The decision drew condemnation from France and Germany.": {
            ("FRA", "oppose"),
            ("DEU", "oppose"),
        },
        "The move sparked a protest from Tokyo.": {("JPN", "oppose")},
        "Concern from states such as Peru, Chile and Bolivia has grown.": {
            ("PER", "oppose"),
            ("CHL", "oppose"),
            ("BOL", "oppose"),
        },
        "The agreement was welcomed by Egypt and Jordan.": {
            ("EGY", "support"),
            ("JOR", "support"),
        },
        "The plan was blocked by Pyongyang's main ally China.": {("CHN", "oppose")},
    }
    for text, expected in cases.items():
        found = {(s.actor.country, s.position) for s in extract_summary(text).stances}
        assert found == expected, text
    # A reaction noun with nobody's name after it states no one's position.
    assert (
        extract_summary("The Kenyan opposition marched over concerns about prices.").stances == []
    )


def test_evaluative_words_in_reported_speech_set_the_position() -> None:
    cases = {
        "Russia's foreign minister said the accusations were absurd and baseless.": "oppose",
        "Spain said it would not recognise the declaration of independence.": "oppose",
        '"This is a historic day for our two nations," the Colombian president said.': "support",
    }
    for text, position in cases.items():
        found = {(s.actor.country, s.position) for s in extract_summary(text).stances}
        assert len(found) == 1 and next(iter(found))[1] == position, (text, found)
    # "against" alone is a preposition of news ("the fight against", "reprisals against"),
    # no judgment of the speaker's.
    fight = "Peru's president said the police would step up the fight against smuggling."
    assert extract_summary(fight).stances == []
    # Nor is a hope: hoping the weather holds takes no side.
    hope = "Chile said it was hopeful about the new season."
    assert extract_summary(hope).stances == []


def test_more_ways_to_state_an_aim() -> None:
    cases = {
        "Britain is keen to secure a trade deal with the United States.": "GBR",
        "Indonesia is looking to attract more foreign investment.": "IDN",
        "The Turkish president said his priority was to end the conflict.": "TUR",
        "Qatar offered to mediate between the two sides.": "QAT",
    }
    for text, code in cases.items():
        assert [g.actor.country for g in extract_summary(text).goals] == [code], text


def test_more_ways_to_sanction() -> None:
    cases = {
        "Washington has sanctioned several Chinese companies.": {("USA", "CHN", "imposed")},
        "Britain and Canada imposed travel bans and asset freezes on Belarusian officials.": {
            ("GBR", "BLR", "imposed"),
            ("CAN", "BLR", "imposed"),
        },
        "Bahrain and Egypt cut diplomatic ties with Qatar.": {
            ("BHR", "QAT", "imposed"),
            ("EGY", "QAT", "imposed"),
        },
        "Washington threatened Turkey with sanctions if it bought the missiles.": {
            ("USA", "TUR", "threatened")
        },
        "The EU is considering sanctions against Turkey.": {("EU", "TUR", "threatened")},
        "Sanctions imposed on North Korea by the United Nations have hurt its economy.": {
            ("UN", "PRK", "imposed")
        },
        "Russia vetoed a U.N. resolution that would have imposed sanctions on Syria.": {
            ("UN", "SYR", "blocked")
        },
        # Trade measures taken as punishment.
        "Canada will impose duties on Peruvian steel.": {("CAN", "PER", "imposed")},
        "The European Community threatened to retaliate against U.S. farm exports.": {
            ("EU", "USA", "threatened")
        },
        "Mexico imposed import quotas on Chinese shoes.": {("MEX", "CHN", "imposed")},
        "The U.S. House voted to slap new sanctions on Pyongyang.": {("USA", "PRK", "imposed")},
    }
    for text, expected in cases.items():
        found = {
            (s.imposer.country, s.target.country, s.status) for s in extract_summary(text).sanctions
        }
        assert found == expected, text
    vetoed = extract_summary("Russia vetoed a U.N. resolution on Syria.").stances
    assert [s.topic for s in vetoed] == ["a U.N. resolution on Syria"]  # "U.N." ends nothing


def test_the_speaker_comes_before_said_unless_the_clause_is_inverted() -> None:
    assert _stance_keys(
        "Israel's prime minister said Iran was the greatest threat to regional stability."
    ) == {("ISR", "oppose")}
    assert _stance_keys('"This is a dangerous provocation," said a senior Russian official.') == {
        ("RUS", "oppose")
    }
    trailing = extract_summary(
        "The Philippines will not back down from its position, the Philippine president "
        "said on Monday."
    ).stances
    assert [(s.actor.country, s.topic) for s in trailing] == [
        ("PHL", "The Philippines will not back down from its position")
    ]


def test_a_phone_call_to_a_counterpart_and_the_pope() -> None:
    called = extract_summary("Austria's chancellor called his Hungarian counterpart on Monday.")
    assert [({p.country for p in m.participants}, m.status) for m in called.meetings] == [
        ({"AUT", "HUN"}, "held")
    ]
    pope = extract_summary("Pope Francis met President Biden at the Vatican.")
    assert [{p.country for p in m.participants} for m in pope.meetings] == [{"VAT", "USA"}]


def test_the_two_leaders_and_what_was_discussed() -> None:
    # The welcome is the visit's meeting too; the pipeline merges the two mentions.
    summary = _offline(
        "Chinese President Xi Jinping welcomed Brazilian President Lula to Beijing on Friday. "
        "The two leaders held talks on trade and climate."
    )
    assert [{p.country for p in m.participants} for m in summary.meetings] == [{"CHN", "BRA"}]
    assert len(summary.meetings[0].evidence) == 2
    assert _meeting_codes(
        "The German and French foreign ministers arrived in Kiev. "
        "The two ministers met President Volodymyr Zelenskiy."
    ) == [{"DEU", "FRA", "UKR"}]
    # What was discussed is no party; with whom it was discussed is.
    assert _meeting_codes("Putin discussed Syria with Erdogan on Monday.") == [{"RUS", "TUR"}]
    assert _meeting_codes("The Russian and Turkish presidents discussed Syria.") == [{"RUS", "TUR"}]


def test_she_is_a_woman_spelt_without_accents_and_he_said_names_another_subject() -> None:
    # "Francois Hollande" is the people gazetteer's "François Hollande", a man.
    text = (
        "German Chancellor Angela Merkel met French President Francois Hollande in Berlin. "
        "She said she welcomed the plan."
    )
    found = extract_summary(text, published=dt.date(2016, 6, 1)).stances
    assert [(x.actor.name, x.actor.country) for x in found] == [("Angela Merkel", "DEU")]
    # The pronoun speaks; the state after "said" holds the position.
    for text in (
        "Kerry met Lavrov in Geneva. He said Iran rejected the plan.",
        "Kerry met Lavrov in Geneva. He said that Iran had rejected the plan.",
        "Kerry met Lavrov. He said Syria was calm and said Iran rejected the plan.",
    ):
        assert ("IRN", "oppose") in _stance_keys(text), text
        assert ("RUS", "oppose") not in _stance_keys(text), text


def test_the_office_named_again_is_its_holder() -> None:
    for text, code in {
        "Chilean President Ana Soto met Peruvian Prime Minister Luis Vera in Lima. The prime "
        "minister said the talks were constructive.": "PER",
        "Chilean President Ana Soto met Peruvian officials. "
        '"The deal is a success," the president said.': "CHL",
    }.items():
        assert {key[0] for key in _stance_keys(text)} == {code}, text
    # The office as the subject of a stance, a goal or a meeting.
    text = (
        "Peruvian Prime Minister Luis Vera arrived in Santiago. "
        "The prime minister rejected the plan."
    )
    assert _stance_keys(text) == {("PER", "oppose")}
    text = (
        "Peruvian Prime Minister Luis Vera arrived in Quito. "
        "The prime minister met Chile's president."
    )
    assert {"PER", "CHL"} in _meeting_codes(text)
    # Two presidents named: which one is meant, the rules do not guess.
    text = (
        "Chilean President Ana Soto met Peruvian President Luis Vera in Lima. The president said "
        "the talks were constructive."
    )
    assert _stance_keys(text) == set()


def test_both_men_and_both_alone_are_the_two_named_before() -> None:
    for text in (
        "Kerry and Lavrov met in Geneva. Both men said they opposed a military solution.",
        "Kerry met Lavrov in Geneva. Both strongly condemned the attack.",
    ):
        found = extract_summary(text, published=dt.date(2016, 6, 1)).stances
        assert {(x.actor.country, x.position) for x in found} == {
            ("USA", "oppose"),
            ("RUS", "oppose"),
        }, text
    # Not "both" of a noun of others: "Both banks".
    text = "Kerry met Lavrov in Geneva. Both banks condemned the attack."
    assert extract_summary(text, published=dt.date(2016, 6, 1)).stances == []


def test_he_is_the_person_or_office_named_last() -> None:
    for text, pair in {
        "Kerry flew to Ankara. He met Turkish President Erdogan on Tuesday.": {"USA", "TUR"},
        "The Russian foreign minister flew to Ankara. He met Turkish President Erdogan.": {
            "RUS",
            "TUR",
        },
    }.items():
        # The flight to Ankara is a visit too; the meeting of "He met" is the one read here.
        meetings = extract_summary(text).meetings
        found = [
            {p.country for p in m.participants}
            for m in meetings
            if m.evidence[0].quote.startswith("He ")
        ]
        assert found == [pair], text


def test_an_aim_told_by_others_denied_or_of_no_party_is_no_goal() -> None:
    for text in (
        "Morocco accused Spain of trying to undo the fishing deal.",
        "He said the exercise is not aimed at any country.",
        "A Chilean man who tried to climb the fence of the Peruvian embassy was detained.",
    ):
        assert extract_summary(text).goals == [], text
    kerry = extract_summary("Kerry, who wants to revive the talks, flew to Geneva.")
    assert [g.actor.country for g in kerry.goals] == ["USA"]
    brexit = extract_summary("Blinken told reporters America did not want a tariff war.")
    assert brexit.goals == []
    assert {(s.actor.country, s.position) for s in brexit.stances} == {("USA", "oppose")}


def test_negations_appeals_to_stop_and_the_subject_past_a_relative_clause() -> None:
    # A negated evaluative word says nothing either way.
    assert (
        _stance_keys("U.S. officials said no breakthrough is expected during the visit.") == set()
    )
    assert _stance_keys("Blinken urged Hanoi not to sign the fishing accord.") == {
        ("USA", "oppose")
    }
    assert _stance_keys("Australia called on Russia to stop the bombing.") == {("AUS", "oppose")}
    assert _stance_keys("Germany called for restraint.") == {("DEU", "neutral")}
    assert _stance_keys(
        "Greece, which borders North Macedonia, had insisted it would not drop its objections."
    ) == {("GRC", "oppose")}  # "insisted" reports; "would not" is the position
    # The head of one noun phrase after "from", not a state named further on.
    assert _stance_keys(
        "The arrest drew a protest from Tokyo and may deepen anger at the U.S. bases there."
    ) == {("JPN", "oppose")}


def test_trade_bans_blacklists_and_measures_named_with_the() -> None:
    cases = {
        "Russia banned the import of Polish apples.": ("RUS", "POL", "imposed"),
        "India suspended trade with Pakistan after the attack.": ("IND", "PAK", "imposed"),
        "Washington blacklisted the Iranian Revolutionary Guards.": ("USA", "IRN", "imposed"),
        "The Security Council extended the arms embargo on Libya.": ("UN", "LBY", "imposed"),
        "The EU decided to lift the embargo on Uzbekistan.": ("EU", "UZB", "lifted"),
        "China retaliated with tariffs on $60 billion of U.S. goods.": ("CHN", "USA", "imposed"),
        "Sanctions against Iran were tightened last year by the United States.": (
            "USA",
            "IRN",
            "imposed",
        ),
        "The United States is pushing for new sanctions against North Korea.": (
            "USA",
            "PRK",
            "threatened",
        ),
    }
    for text, expected in cases.items():
        found = [
            (s.imposer.country, s.target.country, s.status) for s in extract_summary(text).sanctions
        ]
        assert found == [expected], text
    # "the sanctions" with no target named refers back: no new sanction.
    assert extract_summary("Canada said it would keep the sanctions.").sanctions == []


def test_epithets_stand_for_a_state_the_article_names() -> None:
    text = (
        "The European Union agreed new measures against Iran. "
        "The bloc imposed sanctions on the Islamic Republic on Monday."
    )
    assert [(s.imposer.country, s.target.country) for s in extract_summary(text).sanctions] == [
        ("EU", "IRN")
    ]
    # Without the state named, "the kingdom" is nobody in particular.
    assert [
        m.code for m in find_actors("The kingdom said so.", context="The kingdom said so.")
    ] == []


def test_a_quoted_stance_belongs_to_the_speaker_named_next_door() -> None:
    text = '"We reject this ultimatum. We condemn the provocation," the Serbian president said.'
    found = [(s.actor.country, s.position) for s in extract_summary(text).stances]
    assert found == [("SRB", "oppose"), ("SRB", "oppose")]  # one per sentence of the quote


def test_news_conferences_hosts_as_nouns_and_places_are_no_meetings() -> None:
    for text in (
        "At a press conference in the port city of Gdynia, Scholz appealed for calm.",
        "The ministers on Monday praised Jordan as a refugee host.",
    ):
        assert extract_summary(text).meetings == [], text
    hosted = extract_summary("Putin hosted Erdogan in Sochi on Monday.")
    assert [{p.country for p in m.participants} for m in hosted.meetings] == [{"RUS", "TUR"}]


def test_between_after_a_relation_names_no_meeting_parties() -> None:
    text = "Putin stayed away from a gathering at a time of tensions between Washington and Moscow."
    assert extract_summary(text).meetings == []
    talks = extract_summary("The talks on trade between Chile and Peru ended on Friday.")
    assert [{p.country for p in m.participants} for m in talks.meetings] == [{"CHL", "PER"}]


def test_parties_met_in_different_places_are_separate_meetings() -> None:
    assert _meeting_codes(
        "Macron will hold talks with Modi in New Delhi and Pakistani Prime Minister Shehbaz "
        "Sharif in Islamabad."
    ) == [{"FRA", "IND"}, {"FRA", "PAK"}]
    assert _meeting_codes("Kerry met Lavrov and Zarif in Geneva.") == [{"USA", "RUS", "IRN"}]


def test_older_and_other_bodies() -> None:
    text = "The EEC and the OAU met the PLO and the Organization of American States in Geneva."
    assert [m.code for m in find_actors(text)] == ["EU", "AU", "PSE", "IGO"]


def test_lists_join_across_the_and_titles() -> None:
    assert _meeting_codes("Mr Gorbachev and Mr Reagan will meet in Reykjavik in October 1986.") == [
        {"SUN", "USA"}
    ]
    assert _meeting_codes(
        "The United States and the Soviet Union held talks in Geneva in 1985."
    ) == [{"USA", "SUN"}]


def test_capitals_by_older_and_fuller_names() -> None:
    text = "Peking, Bonn, Kiev, Buenos Aires and Abu Dhabi said on Monday they rejected the plan."
    assert [m.code for m in find_actors(text)] == ["CHN", "DEU", "UKR", "ARG", "ARE"]


def test_he_said_is_the_person_named_just_before() -> None:
    assert _stance_keys(
        "Russian Foreign Minister Sergei Lavrov spoke to reporters in 2016. "
        '"This is an unacceptable provocation," he said.'
    ) == {("RUS", "oppose")}
    # "X said he was ...": the speaker is X, not whoever "he" is.
    assert _stance_keys("Chile's foreign minister said he was pleased with the talks.") == {
        ("CHL", "support")
    }
    # A person named long before is too far back to be sure of.
    far = (
        "Russian Foreign Minister Sergei Lavrov arrived in 2016. "
        + "The weather was mild and the streets were quiet that day. " * 5
        + '"This is an unacceptable provocation," he said.'
    )
    assert _stance_keys(far) == set()


def test_they_at_the_start_of_a_sentence_are_the_last_two_named() -> None:
    text = "Kerry flew to Munich to see Lavrov. They met on Friday and pushed for a ceasefire."
    found = [
        ({p.country for p in m.participants}, m.status) for m in extract_summary(text).meetings
    ]
    assert found == [({"USA", "RUS"}, "held")]


def test_pronoun_holders_and_members_after_including() -> None:
    assert _stance_keys(
        "Kerry flew to Munich to see Lavrov. They met on Friday and pushed for a ceasefire deal."
    ) == {("USA", "support"), ("RUS", "support")}
    assert _stance_keys(
        "The scheme is regarded with suspicion by European partners including Poland and Estonia."
    ) == {("POL", "oppose"), ("EST", "oppose")}
    goals = extract_summary("Lavrov arrived in Geneva in 2016. He wants to revive the talks.").goals
    assert [g.actor.country for g in goals] == ["RUS"]


def test_aid_cuts_recalls_downgrades_and_restrictive_measures() -> None:
    cases = {
        "The EU adopted restrictive measures against Belarusian officials.": ("EU", "BLR"),
        "The United States suspended military aid to Egypt after the coup.": ("USA", "EGY"),
        "Turkey recalled its ambassador from Austria.": ("TUR", "AUT"),
        "Ankara downgraded diplomatic relations with Israel.": ("TUR", "ISR"),
        "The United States imposed visa bans on Nigerian officials.": ("USA", "NGA"),
    }
    for text, pair in cases.items():
        assert _sanction_pairs(text) == [pair], text
    # A warning of unnamed "countermeasures" is no sanction.
    text = "Biden warned Iran of unspecified countermeasures should the raids go on."
    assert extract_summary(text).sanctions == []


def test_a_politician_s_office_or_a_sportsman_s_record_is_no_aim_of_the_state() -> None:
    for text in (
        "The Chilean president is seeking a second term in office.",
        "The Kenyan runner aims to break the world record.",
    ):
        assert extract_summary(text).goals == [], text
    assert [
        g.actor.country for g in extract_summary("Chile is seeking a new trade pact.").goals
    ] == ["CHL"]


def test_an_aim_said_by_a_pro_form_is_what_it_stands_for() -> None:
    goals = extract_summary("Peru has cut tariffs and will continue to do so.").goals
    assert [(g.actor.country, g.statement) for g in goals] == [("PER", "cut tariffs")]


def test_an_aim_named_by_its_verb_is_its_own_clause_s() -> None:
    text = (
        '"In respect of Peru, we agreed that whatever the past, the task now is to ensure that '
        'Peru holds free elections," said the Chilean foreign minister.'
    )
    assert [g.actor.country for g in extract_summary(text).goals] == ["CHL"]


def test_every_holder_of_an_aim_in_a_sentence() -> None:
    text = (
        "Canada and Sweden pledged $300 million each for the fund, while Spain said it "
        "would give $120 million next year."
    )
    assert [g.actor.country for g in extract_summary(text).goals] == ["CAN", "SWE", "ESP"]


def test_plans_are_the_aim_of_whoever_names_or_announces_them() -> None:
    cases = {
        "Norway's plans for a new fisheries agency were welcomed in Oslo.": ["NOR"],
        "Kenyan plans for a regional rail link have stalled.": ["KEN"],
        "Chile announced plans on Monday for a lithium export council.": ["CHL"],
        "Poland unveiled new plans for a gas pipeline to Denmark.": ["POL"],
        # Plans of a common noun belong to no party in the sentence.
        "Latvia and rail freight plans were on the agenda in Riga.": [],
    }
    for text, codes in cases.items():
        assert [g.actor.country for g in extract_summary(text).goals] == codes, text
    assert (
        "ensure"
        in extract_summary("Senegal sent observers to ensure the vote was fair.").goals[0].statement
    )


def test_a_regional_adjective_after_a_possessive_is_no_person() -> None:
    text = (
        "Canberra's European partners backed the plan. The United States and the European "
        "Union lifted sanctions on Fiji."
    )
    assert [m.code for m in find_actors(text) if m.kind == "person"] == []
    found = {(s.imposer.country, s.target.country) for s in extract_summary(text).sanctions}
    assert ("EU", "FJI") in found


def test_a_name_heading_a_place_or_an_institution_is_no_person() -> None:
    text = (
        "Chile's Tarapaca region was calm, Egypt's Nile news agency reported. The minister "
        "spoke at the Lima Security Forum on Friday. Peru's Humala said so."
    )
    people = [text[m.start : m.end] for m in find_actors(text) if m.kind == "person"]
    assert people == ["Humala"]


def test_a_sanction_with_no_target_named_never_targets_a_fellow_imposer() -> None:
    text = "Sanctions imposed by the United Nations, the United States and the EU were lifted."
    assert extract_summary(text).sanctions == []


def test_an_unnamed_spokesman_speaks_for_the_state_the_sentence_opens_with() -> None:
    text = "Chile will never accept the ruling, a spokesman said."
    assert {(s.actor.country, s.position) for s in extract_summary(text).stances} == {
        ("CHL", "oppose")
    }
    # Someone unplaced ("the prime minister") still speaks for no one.
    unplaced = "Chile will never accept the ruling, the prime minister said."
    assert extract_summary(unplaced).stances == []


def test_appeals_and_objections_named_by_a_noun_belong_to_whoever_makes_them() -> None:
    cases = {
        "Despite calls from Britain and its allies for Iran to stop the tests, the launches "
        "went ahead.": ("GBR", "oppose", "Iran to stop the tests"),
        "The calls by France for a ceasefire were ignored.": ("FRA", "support", "a ceasefire"),
        # The actor after "for" is the one asked, not the one asking.
        "There were demands from Germany for Turkey to release the journalists.": (
            "DEU",
            "oppose",
            None,
        ),
        "Australia's objection to the plan was noted.": ("AUS", "oppose", "the plan"),
    }
    for text, (code, position, topic) in cases.items():
        stances = extract_summary(text).stances
        assert [(s.actor.country, s.position) for s in stances] == [(code, position)], text
        assert topic is None or stances[0].topic == topic, (text, stances[0].topic)


def test_a_second_verb_of_the_same_subject_states_a_second_position() -> None:
    text = "China welcomed the deal and urged Washington not to impose new tariffs."
    found = [(s.actor.country, s.position, s.topic) for s in extract_summary(text).stances]
    assert found == [
        ("CHN", "support", "the deal"),
        ("CHN", "oppose", "Washington not to impose new tariffs"),
    ]
    # The main verb after a relative clause states the subject's own second position.
    relative = "Iran, which backs the Syrian government, condemned the strikes."
    assert [(s.actor.country, s.position) for s in extract_summary(relative).stances] == [
        ("IRN", "support"),
        ("IRN", "oppose"),
    ]
    # Only what is asked of another turns on "not to" or "to end": agreeing to end it is
    # support.
    agreed = "Chile and Peru agreed to end their border dispute."
    assert {s.position for s in extract_summary(agreed).stances} == {"support"}


def test_brokers_named_after_by_are_no_meeting_of_their_own() -> None:
    assert extract_summary("A truce mediated by Qatar and Egypt took hold.").meetings == []
    between = extract_summary(
        "The deal was brokered by Qatar between the United States and the Taliban."
    )
    assert [{p.country for p in m.participants} for m in between.meetings] == [
        {"QAT", "USA", "AFG"}
    ]


def test_gatherings_named_by_their_members() -> None:
    cases = {
        "The meeting in Oslo included Peru, Chile and some twenty other states.": {
            "PER",
            "CHL",
        },
        "Representatives of Ghana, Togo and Benin will gather in Accra next week.": {
            "GHA",
            "TGO",
            "BEN",
        },
        "Delegations from both Koreas met at Panmunjom.": {"KOR", "PRK"},
    }
    for text, codes in cases.items():
        found = [{p.country for p in m.participants} for m in extract_summary(text).meetings]
        assert found == [codes], text


def test_a_short_aside_between_subject_and_verb_keeps_the_subject() -> None:
    cases = {
        "Germany, in a statement, called for an immediate ceasefire.": ("DEU", "support"),
        "Chile, on Monday, condemned the attack.": ("CHL", "oppose"),
        "Japan's government spokesman said Tokyo would lodge a protest.": ("JPN", "oppose"),
    }
    for text, key in cases.items():
        assert {(s.actor.country, s.position) for s in extract_summary(text).stances} == {key}


def test_the_subject_before_a_participle_aside_and_added_to_is_no_speech() -> None:
    text = (
        "Brazil, considered the state most able to sway Venezuela, has said the embargo was "
        "a mistake."
    )
    assert _stance_keys(text) == {("BRA", "oppose")}
    assert _stance_keys("Greece, hit by a debt crisis, rejected the terms set by Germany.") == {
        ("GRC", "oppose")
    }
    told = 'Chile\'s president told the BBC: "The pact is a failure."'
    assert [s.topic for s in extract_summary(told).stances] == ["The pact is a failure"]
    when = "Chile's president said on Monday after talks in Lima that the pact was a success."
    assert [s.topic for s in extract_summary(when).stances] == ["the pact was a success"]
    doubts = "The remarks by Peru's minister added to doubts that the deal would be a success."
    assert _stance_keys(doubts) == set()
    assert _stance_keys("Chile's minister added that the deal was a success.") == {
        ("CHL", "support")
    }


def test_frustration_and_a_justified_step() -> None:
    assert _stance_keys("British diplomats expressed frustration with the slow talks.") == {
        ("GBR", "oppose")
    }
    assert _stance_keys("Chile's foreign minister said the strikes were justified.") == {
        ("CHL", "support")
    }


def test_called_is_a_telephone_call_only_when_whom_it_called_ends_the_clause() -> None:
    cases = {
        "Putin called Erdogan on Tuesday.": [({"RUS", "TUR"}, "held")],
        "Obama called Netanyahu to offer condolences.": [({"USA", "ISR"}, "held")],
        "Trump called Putin a genius.": [],
        "Iran called Saudi Arabia a threat to the region.": [],
        "Norway called for talks between Sudan and Chad.": [({"SDN", "TCD"}, "proposed")],
    }
    for text, expected in cases.items():
        found = [
            ({p.country for p in m.participants}, m.status) for m in extract_summary(text).meetings
        ]
        assert found == expected, text


def test_he_after_an_opening_place_is_the_office_named_before() -> None:
    text = (
        "The Chinese foreign minister is on a tour of Africa. In Nairobi, he met Kenyan "
        "President Uhuru Kenyatta."
    )
    assert [{p.country for p in m.participants} for m in extract_summary(text).meetings] == [
        {"CHN", "KEN"}
    ]


def test_an_opening_phrase_ending_with_a_body_lists_no_party() -> None:
    text = "On the sidelines of the G20, Modi met Trudeau."
    assert [{p.country for p in m.participants} for m in extract_summary(text).meetings] == [
        {"IND", "CAN"}
    ]
    joint = "Peruvian and Chilean officials held a joint press conference in Lima."
    assert [{p.country for p in m.participants} for m in extract_summary(joint).meetings] == [
        {"PER", "CHL"}
    ]


def test_neither_nor_negates_for_both() -> None:
    assert _stance_keys("Neither France nor Germany backed the proposal.") == {
        ("FRA", "oppose"),
        ("DEU", "oppose"),
    }
    assert extract_summary("Neither Peru nor Chile met Bolivia.").meetings == []
    # "or" lists no parties together.
    assert extract_summary("Peru or Chile will host the talks.").meetings == []


def test_two_meetings_of_other_parties_in_one_sentence() -> None:
    text = "Putin met Erdogan on Monday, and Macron will visit India next week."
    found = [
        ({p.country for p in m.participants}, m.status) for m in extract_summary(text).meetings
    ]
    assert found == [({"RUS", "TUR"}, "held"), ({"FRA", "IND"}, "planned")]
    discussed = (
        "He will meet his Chilean counterpart to discuss trade, Bolivia and Peru's part in "
        "the talks on fishing."
    )
    found = extract_summary("Peru's foreign minister arrived. " + discussed).meetings
    assert [({p.country for p in m.participants}, m.status) for m in found] == [
        ({"PER", "CHL"}, "planned")
    ]
    again = "Putin met Erdogan in Sochi, where the meeting lasted three hours."
    assert len(extract_summary(again).meetings) == 1


def test_more_reporting_verbs_and_responded_is_not_one() -> None:
    text = "Kenya condemned the raid, saying it was a dangerous provocation."
    assert {(s.actor.country, s.position) for s in extract_summary(text).stances} == {
        ("KEN", "oppose")
    }
    confirmed = "Peru's foreign minister confirmed the talks had been productive."
    assert {(s.actor.country, s.position) for s in extract_summary(confirmed).stances} == {
        ("PER", "support")
    }
    # "has not responded to our outreach" reports nothing North Korea said.
    quiet = '"It is unfortunate that North Korea has not responded, but we will continue."'
    assert [s.actor.country for s in extract_summary(quiet).stances] == []


def test_text_without_sentence_ends_is_read_in_bounded_pieces() -> None:
    from diplosum.backends.offline.rules import MAX_SENTENCE, _bounded

    text = "Kenya, Uganda, Rwanda, Burundi and Tanzania held talks, " * 400
    spans = _bounded(text, sentence_spans(text))
    assert len(spans) > 1 and all(end - start <= MAX_SENTENCE for start, end in spans)
    # Nothing is lost between pieces but the spaces where they were cut.
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())
    assert all(not text[b:c].strip() for (_, b), (c, _) in itertools.pairwise(spans))
    summary = extract_summary(text)  # linear in the text, not in its square
    assert summary.meetings and all(len(m.evidence[0].quote) <= 400 for m in summary.meetings)


def test_possessive_people_and_trips() -> None:
    def found(text: str) -> list[tuple[set[str | None], str]]:
        return [
            ({p.country for p in m.participants}, m.status) for m in extract_summary(text).meetings
        ]

    # A straight apostrophe's possessive, as curly ones already were.
    assert found("Modi's visit to Washington was seen as a success.") == [({"IND", "USA"}, "held")]
    assert found("Ahead of Blinken's trip to Beijing, officials lowered expectations.") == [
        ({"USA", "CHN"}, "planned")
    ]
    assert found("Netanyahu postponed a trip to India.") == [({"ISR", "IND"}, "cancelled")]
    # An apostrophe inside a name still belongs to it (Paul O'Neill, US Treasury, 2001-02).
    assert [m.actor.name for m in find_actors("O'Neill met Putin in 2001.")] == [
        "Paul O'Neill",
        "Vladimir Putin",
    ]


def test_appositives_refusals_threats_and_arrivals() -> None:
    # The subject stands before an appositive or a relative clause set off by commas.
    assert _stance_keys("Chile, a close ally of Spain, has refused to send troops to Sudan.") == {
        ("CHL", "oppose")
    }
    assert _stance_keys(
        "Brazil, the largest economy in the region, welcomed the deal on Monday."
    ) == {("BRA", "support")}
    assert _stance_keys("Ana Ruiz, the Colombian foreign minister, praised the ceasefire.") == {
        ("COL", "support")
    }
    assert _stance_keys("The Polish foreign minister, Jan Nowak, condemned the arrests.") == {
        ("POL", "oppose")
    }
    # Refusals and threats take a side.
    assert _stance_keys("Iran threatened to close the strait on Monday.") == {("IRN", "oppose")}
    assert _stance_keys("The Thai government is refusing to extradite the suspect.") == {
        ("THA", "oppose")
    }

    def sanctions(text: str) -> list[tuple[str | None, str | None, str]]:
        return [
            (s.imposer.country, s.target.country, s.status) for s in extract_summary(text).sanctions
        ]

    # The imposer reports its own measure: "said (that) it had expelled".
    assert sanctions("Norway said on Monday it had expelled three Iranian diplomats.") == [
        ("NOR", "IRN", "imposed")
    ]
    assert sanctions("The EU said that it would impose sanctions on Belarus.") == [
        ("EU", "BLR", "threatened")
    ]
    assert sanctions("Australia announced it was suspending aid to Fiji.") == [
        ("AUS", "FJI", "imposed")
    ]

    # Where a visitor arrived for a visit or talks is the host; a city alone is not.
    assert _meeting_codes("Kenyan President Daniel Moi arrived in Kampala on a two-day visit.") == [
        {"KEN", "UGA"}
    ]
    assert _meeting_codes("The Japanese foreign minister arrived in Peru for talks.") == [
        {"JPN", "PER"}
    ]
    assert _meeting_codes("The Japanese foreign minister arrived in Vienna on Monday.") == []
    assert _meeting_codes("Putin arrived in Geneva for talks with Biden.") == [{"RUS", "USA"}]


def test_everyday_words_for_positions_meetings_recalls_and_intentions() -> None:
    assert _stance_keys("Ghana voiced opposition to the new tariffs.") == {("GHA", "oppose")}
    assert _stance_keys("Norway expressed disappointment at the outcome.") == {("NOR", "oppose")}
    assert _stance_keys("Sweden threw its weight behind the proposal.") == {("SWE", "support")}
    assert _stance_keys("Mexico congratulated Colombia on the peace deal.") == {("MEX", "support")}
    # "opposing sides" describes the sides; "thanks to" means "because of".
    assert _stance_keys("Iran and Iraq backed opposing sides in the war.") == {
        ("IRN", "support"),
        ("IRQ", "support"),
    }
    assert _stance_keys("Thanks to Qatar, the hostages were freed.") == set()

    assert _meeting_codes("The Austrian chancellor sat down with the Hungarian premier.") == [
        {"AUT", "HUN"}
    ]
    assert _meeting_codes("The French president had dinner with the German chancellor.") == [
        {"FRA", "DEU"}
    ]
    assert _meeting_codes("The Kenyan president will travel to Ethiopia next week for talks.") == [
        {"KEN", "ETH"}
    ]
    # Welcoming a visitor is a meeting, not support for a position.
    greeted = extract_summary("The Portuguese president welcomed his Angolan counterpart.")
    assert [{p.country for p in m.participants} for m in greeted.meetings] == [{"PRT", "AGO"}]
    assert greeted.stances == []

    recalled = extract_summary("Canada withdrew its ambassador from Saudi Arabia.").sanctions
    assert [(s.imposer.country, s.target.country) for s in recalled] == [("CAN", "SAU")]

    assert _goal_codes("Nigeria said it would send 500 troops to Mali.") == ["NGA"]
    assert _goal_codes("Brazil is working towards a trade deal with China.") == ["BRA"]


def test_a_title_makes_a_common_word_surname_a_name() -> None:
    # Jack Straw (UK foreign secretary 2001-06) is listed by full name only: "straw" is a
    # word. After a title, the surname is his; "Mr Smith" is nobody the gazetteer knows.
    found = find_actors("Mr Straw is due to meet Mr Smith.", year=2004)
    assert [(m.actor.name, m.code) for m in found] == [("Jack Straw", "GBR"), ("Smith", None)]
    assert [m.code for m in find_actors("Mr Straw spoke.", year=1987)] == [None]


def test_reported_speech_spokesmen_according_to_and_appeals_for_calm() -> None:
    def stances(text: str) -> list[tuple[str | None, str, str]]:
        return [(s.actor.country, s.position, s.topic) for s in extract_summary(text).stances]

    # "a spokesman for" speaks for the state after "for".
    from diplosum.backends.offline.speakers import _spokesman_for

    # Only a "for" after a spokesman: a first "for" is not read as following the last word.
    assert _spokesman_for(["for", "the", "spokesman"]) == ["for", "the", "spokesman"]
    assert _spokesman_for(["a", "spokesman", "for", "the"]) == ["a", "spokesman", "the"]
    quoted = '"We will never accept this," said a spokesman for the Chilean foreign ministry.'
    assert [s[:2] for s in stances(quoted)] == [("CHL", "oppose")]
    # What was said after "According to X," is the main clause, not the attribution.
    according = "According to the Greek foreign ministry, the flight was a violation of law."
    assert stances(according) == [("GRC", "oppose", "the flight was a violation of law")]
    # A reporting verb followed by what was said is not one that ends its sentence.
    asked = "Asked about the tariffs, Lavrov said they were illegal."
    assert stances(asked) == [("RUS", "oppose", "they were illegal")]
    # Two agents of two stance words, not one noun phrase.
    assert [s[:2] for s in stances("The plan was welcomed by Peru and criticised by Chile.")] == [
        ("PER", "support"),
        ("CHL", "oppose"),
    ]
    assert [s[:2] for s in stances("Turkey, however, insists the group is a terrorist one.")] == [
        ("TUR", "oppose")
    ]
    # An appeal for restraint, calm or dialogue takes no side; one for sanctions threatens.
    assert [s[:2] for s in stances("Spain called on both sides to show restraint.")] == [
        ("ESP", "neutral")
    ]
    called = extract_summary("Spain called for sanctions on Iran.").sanctions
    assert [(s.imposer.country, s.target.country, s.status) for s in called] == [
        ("ESP", "IRN", "threatened")
    ]


def test_non_state_groups_take_their_base_and_attendees_are_parties() -> None:
    text = "The meeting was hosted by Oman and attended by the United States and the Houthis."
    assert [{p.country for p in m.participants} for m in extract_summary(text).meetings] == [
        {"OMN", "USA", "YEM"}
    ]
    attended = "The talks, attended by Iran, Russia and Turkey, ended without agreement."
    assert [{p.country for p in m.participants} for m in extract_summary(attended).meetings] == [
        {"IRN", "RUS", "TUR"}
    ]


def test_british_quotation_style() -> None:
    # A colon before a single-quoted statement; the full stop inside the closing quote.
    said = "Mr Hammond said: 'This is a dangerous escalation by Russia.'"
    assert [(s.actor.country, s.position, s.topic) for s in extract_summary(said).stances] == [
        ("GBR", "oppose", "This is a dangerous escalation by Russia")
    ]
    stands = "Mr Kerry said: 'The United States stands with Ukraine.'"
    assert [(s.actor.country, s.position) for s in extract_summary(stands).stances] == [
        ("USA", "support")
    ]
    hit_back = "Moscow last night hit back, calling the sanctions 'illegal'."
    assert [(s.actor.country, s.position) for s in extract_summary(hit_back).stances] == [
        ("RUS", "oppose")
    ]


def test_an_official_staying_in_another_state_meets_it() -> None:
    assert _meeting_codes("Peruvian Prime Minister Ana Ruiz is currently in Quito.") == [
        {"PER", "ECU"}
    ]
    assert _meeting_codes("The French president is in Berlin for talks.") == [{"FRA", "DEU"}]
    # Not a thing, nor a year after "in".
    assert _meeting_codes("The Chinese dispute with Japan is in Geneva now.") == []
    assert _meeting_codes("The Chinese minister was in 2010 a critic of Japan.") == []


def test_a_participle_after_a_common_noun_is_that_nouns_aim() -> None:
    assert _goal_codes("The United States backs rebels trying to overthrow the junta.") == []
    assert _goal_codes("Japan sent ships to help fishermen hoping to return home.") == []
    # An auxiliary or an adverb before it leaves the subject's aim.
    assert _goal_codes("China has been trying to calm the dispute.") == ["CHN"]
    assert _goal_codes("Russia is actively seeking to expand its influence.") == ["RUS"]


def test_sanctions_rolled_over_kept_adopted_by_resolution_and_imports_of_goods() -> None:
    def sanctions(text: str) -> list[tuple[str | None, str | None, str]]:
        found = extract_summary(text).sanctions
        return [(s.imposer.country, s.target.country, s.status) for s in found]

    cases = {
        "EU leaders agreed to roll over sanctions on Belarus until June.": ("EU", "BLR"),
        "The Security Council adopted a resolution tightening sanctions on Eritrea.": (
            "UN",
            "ERI",
        ),
        "Russia banned imports of fruit from the European Union.": ("RUS", "EU"),
        "China suspended imports of North Korean coal.": ("CHN", "PRK"),
        "Canada will keep sanctions on Iran in place.": ("CAN", "IRN"),
        "Egypt and its allies cut ties with Qatar.": ("EGY", "QAT"),
    }
    for text, pair in cases.items():
        assert sanctions(text) == [(*pair, "imposed")], text
    assert sanctions("The U.S. is preparing new sanctions against Cuban officials.") == [
        ("USA", "CUB", "threatened")
    ]


def test_invited_guests_and_other_spellings_of_a_name() -> None:
    def meetings(text: str) -> list[tuple[set[str | None], str]]:
        found = summarise(text, backend="offline", cache=False).meetings
        return [({p.country for p in m.participants}, m.status) for m in found]

    assert meetings("Biden invited Modi to visit Washington.") == [({"IND", "USA"}, "proposed")]
    assert meetings("China invited Vietnam to hold talks on the dispute.") == [
        ({"CHN", "VNM"}, "proposed")
    ]
    assert meetings("NATO invited Sweden to join the alliance.") == []
    # The gazetteer's full name is spelt "Zelenskiy"; the article's "Zelensky" still names
    # him, so the support check keeps the meeting.
    assert meetings("Zelensky said he was ready to meet Putin.") == [({"UKR", "RUS"}, "proposed")]


def test_aims_long_sought_and_continued() -> None:
    assert _goal_codes("Turkey has long sought membership of the European Union.") == ["TUR"]
    assert _goal_codes("Blinken said the United States would continue to press for a truce.") == [
        "USA"
    ]


def test_more_evaluative_words_in_reported_speech() -> None:
    assert _stance_keys("Kenya said the attack was heinous and cowardly.") == {("KEN", "oppose")}
    assert _stance_keys("Peru said the vote was null and void.") == {("PER", "oppose")}
    assert _stance_keys("Vietnam said relations were cordial and built on mutual trust.") == {
        ("VNM", "support")
    }


def test_others_compound_meetings_and_pronoun_holders_before_the_speaker() -> None:
    text = "Canada today welcomed progress in U.S.-Soviet arms talks."
    assert [{p.country for p in m.participants} for m in extract_summary(text).meetings] == [
        {"USA", "SUN"}
    ]
    rebels = (
        "Ivorian rebels turned down a Ghanaian offer of talks, and said they would "
        "also oppose any foreign force."
    )
    assert {(s.actor.country, s.position) for s in extract_summary(rebels).stances} == {
        ("CIV", "oppose")
    }


def test_a_markets_demand_is_no_ones_stance() -> None:
    for text in (
        "Japan is not out of trouble yet due to seasonal declines in demand, he added.",
        "Japan said slow growth would keep demand for oil slack.",
        "Japan pledged to expand domestic demand to cut its surplus.",
    ):
        assert extract_summary(text).stances == [], text
    # Someone's demand is still a stance.
    assert ("USA", "support") in _stance_keys("The U.S. demand for talks was rejected by Iran.")


def test_advice_to_its_own_citizens_is_no_stance() -> None:
    text = "The United States warned its citizens to avoid travel to Iraq."
    assert extract_summary(text).stances == []
    assert [s.position for s in extract_summary("Iraq warned Turkey over the raids.").stances] == [
        "oppose"
    ]


def test_parliaments_and_offices_that_stand_for_their_state() -> None:
    for text, code in {
        "Number 10 welcomed the decision.": "GBR",
        "The Duma condemned the plan.": "RUS",
        "The Bundestag rejected the plan.": "DEU",
        "The Sejm rejected the plan.": "POL",
        "The Treasury Department rejected the plan.": "USA",
    }.items():
        assert {key[0] for key in _stance_keys(text)} == {code}, text


def test_a_portfolio_between_the_state_and_the_office() -> None:
    for text, pair in {
        "U.S. Agriculture Secretary Richard Lyng said.": ("Richard Lyng", "USA"),
        "Saudi Oil Minister Khalid Rahman said.": ("Khalid Rahman", "SAU"),
        "Peru's Energy and Mines Minister Ana Soto said.": ("Ana Soto", "PER"),
        # An office that means one state when named without it.
        "Commerce Secretary Malcolm Baldrige said.": ("Malcolm Baldrige", "USA"),
    }.items():
        people_found = [(m.actor.name, m.code) for m in find_actors(text) if m.kind == "person"]
        assert people_found == [pair], text
    # A portfolio word alone names no one, nor makes a title.
    assert [m.kind for m in find_actors("Oil prices rose in Peru on Monday.")] == []
    for text in ("Andean Petroleum Co said.", "the Andean Council for Economic Cooperation"):
        assert [m for m in find_actors(text) if m.kind == "person"] == [], text


def test_east_asian_family_names_come_first() -> None:
    assert family_name("John Kerry") == "Kerry"
    assert family_name("Park Geun-hye", "KOR") == "Park"
    assert family_name("Wang Yi", "CHN") == "Wang"
    # A hyphenated given name last marks the order whatever the state.
    assert family_name("Ban Ki-moon", "UN") == "Ban"
    assert family_name("Secretary-General Kim Sun-hee") == "Kim"
    for text, holder in {
        "South Korean Foreign Minister Yun Byung-se met Chinese officials on Monday. "
        "Yun rejected the plan.": ("Yun Byung-se", "KOR"),
        "Chinese Vice Foreign Minister Zhao Ming met Japanese officials. Zhao rejected the plan.": (
            "Zhao Ming",
            "CHN",
        ),
    }.items():
        found = extract_summary(text, published=dt.date(2016, 1, 1)).stances
        assert [(x.actor.name, x.actor.country, x.position) for x in found] == [
            (*holder, "oppose")
        ], text
    # A mention without a state takes a fuller one's, found by the family name too.
    text = "Secretary-General Kim Sun-hee spoke on Monday. OAS Secretary-General Kim Sun-hee left."
    assert [m.code for m in find_actors(text) if m.kind == "person"] == ["IGO", "IGO"]
    # A body's chief's office is a title, and the family name a later mention of them.
    mentions = find_actors(
        "OAS Secretary-General Kim Sun-hee arrived in Lima. Kim said she welcomed the talks."
    )
    assert [(m.actor.name, m.actor.title, m.code) for m in mentions if m.kind == "person"] == [
        ("Kim Sun-hee", "Secretary-General", "IGO"),
        ("Kim Sun-hee", "Secretary-General", "IGO"),
    ]


def test_more_people_in_office_by_year() -> None:
    def codes(text: str, year: int) -> list[str | None]:
        return [m.code for m in find_actors(text, year=year)]

    # Hafez al-Assad in 1987, his son in 2012: one surname, resolved by the year.
    assert [m.actor.name for m in find_actors("Assad spoke.", year=1987)] == ["Hafez al-Assad"]
    assert [m.actor.name for m in find_actors("Assad spoke.", year=2012)] == ["Bashar al-Assad"]
    assert codes("Jaruzelski met Ceausescu.", 1987) == ["POL", "ROU"]
    # "King Abdullah" is Saudi Arabia's in 2010 and Jordan's in 2024.
    assert codes("King Abdullah spoke.", 2010) == ["SAU"]
    assert codes("King Abdullah spoke.", 2024) == ["JOR"]
    # Heads of the 1980s and 1990s, as older wire copy names them.
    assert codes("Sarney met Evren and Prem.", 1987) == ["BRA", "TUR", "THA"]
    assert codes("Thaksin met Goh Chok Tong.", 2002) == ["THA", "SGP"]
    assert codes("Alatas met Halefoglu.", 1987) == ["IDN", "TUR"]
    assert codes("Di Tella met Alatas.", 1995) == ["ARG", "IDN"]
    assert codes("Pashinyan met Aliyev and Kagame.", 2020) == ["ARM", "AZE", "RWA"]


def test_official_travel_to_another_state_and_a_second_stop() -> None:
    def meetings(text: str) -> list[tuple[set[str | None], str]]:
        found = extract_summary(text).meetings
        return [({p.country for p in m.participants}, m.status) for m in found]

    assert meetings("The Egyptian president travelled to Riyadh.") == [({"EGY", "SAU"}, "held")]
    text = "Lavrov is due to attend an Arab League summit on Friday before heading to India."
    assert meetings(text) == [({"RUS", "ARL"}, "planned"), ({"RUS", "IND"}, "planned")]
    # A company's travel is no meeting; the same parties named twice are one meeting.
    assert meetings("Shares of Indian carmakers travelled to new highs.") == []
    assert (
        len(
            meetings(
                "Putin met Erdogan in Sochi, and the meeting of Russia and Turkey lasted hours."
            )
        )
        == 1
    )


def test_denied_meetings_are_none() -> None:
    text = "Iran denied that it had held secret talks with Saudi Arabia."
    assert extract_summary(text).meetings == []


def test_sanctions_whose_imposer_reports_them_or_is_named_by_of() -> None:
    def sanctions(text: str) -> list[tuple[str | None, str | None, str]]:
        found = extract_summary(text).sanctions
        return [(s.imposer.country, s.target.country, s.status) for s in found]

    reported = (
        "Both sides talked about easing trade curbs and sanctions relief for Cuba, "
        "the U.S. State Department said."
    )
    assert sanctions(reported) == [("USA", "CUB", "lifted")]
    by_of = "The summit follows the imposition by the EU of punitive duties on Chinese steel."
    assert sanctions(by_of) == [("EU", "CHN", "imposed")]
    # A state named before the measure and not imposing it does something else.
    for text in (
        "China opposes sanctions on North Korea.",
        "Russia has criticised sanctions against Iran.",
        "Turkish exports suffered from sanctions on Russia.",
        "The Indian minister discussed sanctions on Iran with his American counterpart.",
    ):
        assert sanctions(text) == [], text


def test_between_with_no_party_after_it_leaves_the_visit_its_parties() -> None:
    text = (
        "The Malian president will visit Niger and Chad to mediate in a dispute between "
        "the two neighbours, officials said."
    )
    assert [{p.country for p in m.participants} for m in extract_summary(text).meetings] == [
        {"MLI", "NER", "TCD"}
    ]


def test_aims_pressed_for_made_priorities_and_opening_phrases_of_aim() -> None:
    def goals(text: str) -> list[tuple[str | None, str]]:
        return [(g.actor.country, g.statement) for g in extract_summary(text).goals]

    assert goals("In a bid to ease tensions, China sent its foreign minister to Tokyo.") == [
        ("CHN", "ease tensions")
    ]
    assert goals("Seeking to end the war, the United States proposed a ceasefire.") == [
        ("USA", "end the war")
    ]
    assert [g[0] for g in goals("Japan is pressing for a binding code of conduct.")] == ["JPN"]
    assert [g[0] for g in goals("The EU has made it a priority to secure its borders.")] == ["EU"]
    # "Looking to" a date is no aim of whoever follows the comma.
    assert goals("Looking to the summit next week, the Irish minister urged calm.") == []


def test_a_body_named_right_before_a_stance_noun_holds_it() -> None:
    assert _stance_keys(
        "The accord with Belgrade was signed despite an EU demand for Serbia to act."
    ) == {("EU", "support")}
    assert _stance_keys("The plan faced NATO opposition.") == {("NATO", "oppose")}
    # A noun of position with nobody's name before or after it is no stance.
    assert _stance_keys("The opposition in Kenya protested.") == set()


def test_sanctions_of_an_administration_and_tariffs_with_a_rate() -> None:
    assert _sanction_pairs(
        "The Reagan administration has decided to impose sanctions on Panama."
    ) == [("USA", "PAN")]
    assert _sanction_pairs(
        "The United States imposed 100 pct tariffs on Japanese electronic goods."
    ) == [("USA", "JPN")]


def test_a_quoted_term_inside_a_topic_and_no_dangling_possessive() -> None:
    text = 'Blinken raised concerns over Beijing\'s "destabilizing actions" in the Pacific.'
    assert [s.topic for s in extract_summary(text).stances] == ["Beijing's destabilizing actions"]
    from diplosum.backends.offline.phrases import readable

    assert readable("He voiced deep concern over Russia's", 9) == "deep concern"


def test_the_council_and_the_agency_in_articles_that_name_them() -> None:
    text = "The Security Council condemned the test. The council called for restraint."
    assert {(s.actor.country, s.position) for s in extract_summary(text).stances} == {
        ("UN", "oppose"),
        ("UN", "neutral"),
    }
    later = "The IAEA inspected the site. The agency will continue to monitor it closely."
    assert [g.actor.country for g in extract_summary(later).goals] == ["IAEA"]
    # Without the body named, "the council" is anyone's.
    assert extract_summary("The council called for restraint.").stances == []


def test_export_controls_flight_bans_and_bans_that_name_a_state() -> None:
    cases = {
        "Washington imposed export controls on Chinese chipmakers.": ("USA", "CHN"),
        "China imposed retaliatory tariffs on Australian wine.": ("CHN", "AUS"),
        "Russia cut off gas supplies to Moldova in January.": ("RUS", "MDA"),
        "Bahrain closed its airspace to Qatari flights.": ("BHR", "QAT"),
        "Turkey suspended flights to Iraq.": ("TUR", "IRQ"),
        "Britain banned Russian ships from its ports.": ("GBR", "RUS"),
        "Canada barred Saudi officials from entering the country.": ("CAN", "SAU"),
        "Egypt halted gas exports to Jordan.": ("EGY", "JOR"),
        "China banned exports of rare earths to Japan.": ("CHN", "JPN"),
    }
    for text, pair in cases.items():
        assert _sanction_pairs(text) == [pair], text
    # A ban on no state is none, whatever the article is about.
    for text in (
        "The Egyptian government banned protests in Cairo.",
        "The Japanese company imposed restrictions on staff travel.",
        "India imposed curbs on onion exports.",
    ):
        assert _sanction_pairs(text) == [], text


def test_bans_in_other_forms_goods_from_a_state_and_agreed_later_to_extend() -> None:
    cases = {
        # The goods' state after "imports from" is the target, not a place.
        "China halted coal imports from North Korea in line with U.N. sanctions.": ("CHN", "PRK"),
        "Moscow retaliated by banning food imports from the EU.": ("RUS", "EU"),
        "Ankara bans imports of Syrian cotton.": ("TUR", "SYR"),
        # An object that names a state wins over a state after "for".
        "Washington has blacklisted a dozen Chinese companies for helping North Korea.": (
            "USA",
            "CHN",
        ),
        # A time between the verb and "to" keeps the imposer.
        "The European Union agreed on Monday to extend economic sanctions on Russia.": (
            "EU",
            "RUS",
        ),
        "Italy announced a suspension of air links with Serbia on Wednesday.": ("ITA", "SRB"),
    }
    for text, pair in cases.items():
        assert _sanction_pairs(text) == [pair], text
    for text in (
        "Britain banned protests against Russia outside its embassy.",
        "Argentina halted talks with Chile over the channel.",
        "Egypt is banning imports of luxury cars to save foreign currency.",
    ):
        assert _sanction_pairs(text) == [], text


def test_a_reporting_participle_is_the_main_subjects_and_negated_opposition_is_none() -> None:
    # ", saying ...": the speaker is the subject of the clause before, not the state
    # named last in it.
    assert _stance_keys("India rejected Pakistan's offer of talks, saying terrorism must end.") == {
        ("IND", "oppose")
    }
    assert _stance_keys("Spain did not object to the French proposal.") == set()
    assert _stance_keys("Spain objected to the French proposal.") == {("ESP", "oppose")}
    protests = {
        "Turkey has lodged a formal protest with Greece over the incident.": "TUR",
        "The European Union expressed deep concern over the arrests in Belarus.": "EU",
    }
    for text, code in protests.items():
        assert _stance_keys(text) == {(code, "oppose")}, text


def test_what_was_said_is_the_topic_not_the_one_told() -> None:
    told = extract_summary(
        "Peru's foreign minister told the Chilean ambassador Ana Soto on Friday that "
        "Lima would never accept a challenge to its fishing rights."
    ).stances
    assert [(s.actor.country, s.topic) for s in told] == [
        ("PER", "Lima would never accept a challenge to its fishing rights")
    ]
    quoted = extract_summary(
        '"Italy is deeply committed to the security of our allies," a senior Italian '
        "official told reporters travelling with the minister."
    ).stances
    assert [(s.actor.country, s.topic) for s in quoted] == [
        ("ITA", "Italy is deeply committed to the security of our allies")
    ]


def test_phrases_end_before_a_new_subject_and_a_quotation_after_said_is_what_was_said() -> None:
    urged = extract_summary(
        "The U.S. president urged Peru to settle the dispute peacefully and he repeated "
        "the offer of talks."
    ).stances
    assert [s.topic for s in urged] == ["Peru to settle the dispute peacefully"]
    backs = extract_summary(
        "Iran backs the Syrian government and is giving it military help in its campaign."
    ).stances
    assert [s.topic for s in backs] == ["the Syrian government"]
    quoted = extract_summary(
        "Chile's foreign minister said, \"Our talks on the border came to nothing and this is a "
        'failure."'
    ).stances
    assert [s.topic for s in quoted if s.actor.country == "CHL"] == [
        "Our talks on the border came to nothing"
    ]
    # A monitoring group named after a state is not that state's voice.
    assert (
        _stance_keys(
            "The Chilean Observatory for Human Rights, a monitoring group, condemned the raid."
        )
        == set()
    )


def test_descriptions_reservations_and_a_ban_on_sales_to_a_state() -> None:
    assert _stance_keys("The Soviet side described the meeting as useful.") == {("SUN", "support")}
    assert _stance_keys("The Chinese Government, however, expressed reservations.") == {
        ("CHN", "oppose")
    }
    lifted = extract_summary(
        "The State Department announced that Washington would lift its ban on grain sales to "
        "Poland."
    ).sanctions
    assert [(s.imposer.country, s.target.country, s.status) for s in lifted] == [
        ("USA", "POL", "lifted")
    ]
    # A ban on no state's goods is none.
    assert _sanction_pairs("Mexico said it would lift its ban on fishing in the gulf.") == []


def test_other_forms_of_stance_verbs_and_an_open_question_is_no_stance() -> None:
    cases = {
        "Peru's foreign minister went on to denounce the Chilean claim.": ("PER", "oppose"),
        "Kenya chastised Uganda over the border closure.": ("KEN", "oppose"),
        "Norway was quick to applaud the Colombian peace deal.": ("NOR", "support"),
        "Ghana said it would endorse the Nigerian candidate.": ("GHA", "support"),
    }
    for text, key in cases.items():
        assert key in _stance_keys(text), text
    assert (
        _stance_keys(
            "Diplomats from Chile and Peru will decide on Friday whether they back the plan."
        )
        == set()
    )


def test_other_forms_of_aims_and_meetings() -> None:
    goals = {
        "Vietnam is aiming to double its rice exports to the Philippines.": "VNM",
        "Chile is intent on reaching a deal with Bolivia.": "CHL",
        "Kenya has resolved to end the dispute with Somalia.": "KEN",
        "Egypt is planning to build a new pipeline to Jordan.": "EGY",
        "Lima's priority is stability on the border with Ecuador.": "PER",
        "Ghana aims for a free trade deal with Togo by the end of the year.": "GHA",
    }
    for text, code in goals.items():
        assert code in _goal_codes(text), text
    meetings = {
        "Ghana's president is hosting his Nigerian counterpart this week.": {"GHA", "NGA"},
        "Peru's foreign minister dined with Chilean officials on Monday.": {"PER", "CHL"},
        "Polish and Czech diplomats held discussions in Prague.": {"POL", "CZE"},
        "The Polish minister was closeted with his Czech counterpart for two hours.": {
            "POL",
            "CZE",
        },
        "The Peruvian minister exchanged views with his Chilean counterpart.": {"PER", "CHL"},
        "The Pope granted an audience to the Polish leader.": {"VAT", "POL"},
    }
    for text, codes in meetings.items():
        assert codes in _meeting_codes(text), text


def test_evaluative_words_in_other_forms() -> None:
    assert _stance_keys("Chile said the Bolivian move violated the 1904 treaty.") == {
        ("CHL", "oppose")
    }
    assert _stance_keys("Ghana said the visit would help in strengthening its ties with Togo.") == {
        ("GHA", "support")
    }


def test_blacklists_executive_orders_and_aid_cuts() -> None:
    cases = {
        "The United States added two Chinese firms to a trade blacklist.": ("USA", "CHN"),
        "Britain put three Iranian banks on its sanctions list.": ("GBR", "IRN"),
        "Obama signed an executive order lifting remaining sanctions on Myanmar.": ("USA", "MMR"),
        "The United States threatened Pakistan with aid cuts.": ("USA", "PAK"),
    }
    for text, pair in cases.items():
        assert _sanction_pairs(text) == [pair], text
    # Put on a list that is no measure: none.
    assert _sanction_pairs("Unesco added two Iranian sites to its heritage list.") == []


def test_an_aim_named_by_a_noun_ends_before_the_sentences_verb() -> None:
    goals = extract_summary("Peru said Chile's plan to lift the tariffs was a grave mistake.").goals
    assert [(g.actor.country, g.statement) for g in goals] == [("CHL", "lift the tariffs")]
    # A verb's aim keeps its own clause whole.
    goals = extract_summary("Kenya wants to show that Somalia is a safe place.").goals
    assert [g.statement for g in goals] == ["show that Somalia is a safe place"]


def test_older_wire_sanctions_orders_loans_aid_and_cooperation() -> None:
    cases = {
        "Washington banned all trade with Libya in 1986.": ("USA", "LBY"),
        "Japan announced it would freeze new loans to China.": ("JPN", "CHN"),
        "The United States has cut off military aid to Pakistan.": ("USA", "PAK"),
        "France ordered the expulsion of two Iranian diplomats.": ("FRA", "IRN"),
        "New Zealand suspended defence cooperation with Fiji after the coup.": ("NZL", "FJI"),
        "China has restricted rare earth exports to Japan.": ("CHN", "JPN"),
        "Australia will slap tariffs on Chinese steel.": ("AUS", "CHN"),
        "Moscow has closed its market to Georgian wine and mineral water.": ("RUS", "GEO"),
        "Kuwait ordered Iran's envoy to leave the country within 48 hours.": ("KWT", "IRN"),
        "Bahrain declared two Iranian diplomats persona non grata.": ("BHR", "IRN"),
    }
    for text, pair in cases.items():
        assert _sanction_pairs(text) == [pair], text
    for text in (
        "Police restricted access to the Chinese embassy.",
        "The court told the Russian diplomats to leave the room.",
        "Iran suspended cooperation with the IAEA.",
        "Obama called for a freeze on Israeli settlement building.",
        "Saudi Arabia has curbed Iranian influence in Yemen.",
    ):
        assert _sanction_pairs(text) == [], text


def test_older_wire_stances_idioms_and_reactions() -> None:
    cases = {
        "Peking voiced strong displeasure over the arms sales to Taiwan.": ("CHN", "oppose"),
        "Bonn gave its blessing to the plan.": ("DEU", "support"),
        "Tokyo took a dim view of the proposal.": ("JPN", "oppose"),
        "The Kremlin poured scorn on the Western offer.": ("RUS", "oppose"),
        "India reacted angrily to the Pakistani statement.": ("IND", "oppose"),
        "Israel spurned the Arab League initiative.": ("ISR", "oppose"),
        "Mrs Thatcher said she was appalled by the killings.": ("GBR", "oppose"),
    }
    for text, key in cases.items():
        assert _stance_keys(text) == {key}, text


def test_an_undated_text_is_dated_by_the_people_it_names() -> None:
    # Shevardnadze was the Soviet foreign minister in Shultz's years, Georgia's president in
    # Putin's; alone, with no date, he is neither.
    assert _meeting_codes("Mr Shultz conferred with Mr Shevardnadze for four hours.") == [
        {"USA", "SUN"}
    ]
    assert _meeting_codes("Mr Shevardnadze met Mr Putin in Moscow.") == [{"GEO", "RUS"}]
    assert _meeting_codes("Mr Shevardnadze met Chilean officials.") == []
    # A name of two people ("Bush") dates nothing, but takes the one of the text's years.
    assert _meeting_codes("Bush met Putin at the Kremlin.") == [{"USA", "RUS"}]


def test_coordinated_subjects_with_titles_and_counterparts() -> None:
    assert _stance_keys(
        "Peruvian President Ollanta Humala and Chilean President Michelle Bachelet welcomed "
        "the ruling."
    ) == {("PER", "support"), ("CHL", "support")}
    assert _stance_keys(
        "Peru's foreign minister and his Chilean counterpart condemned the attack."
    ) == {("PER", "oppose"), ("CHL", "oppose")}


def test_a_quotation_over_several_sentences_is_its_speakers() -> None:
    summary = extract_summary(
        "Chilean Foreign Minister Heraldo Munoz spoke to reporters in Lima.\n\n"
        '"We will never accept this. It is a gross violation of international law. Peru '
        'must stop," he said.'
    )
    # The judgment is opposed; the demand on Peru ("Peru must stop") is neutral, as an appeal.
    assert {(s.actor.country, s.position) for s in summary.stances} == {
        ("CHL", "oppose"),
        ("CHL", "neutral"),
    }
    # Outside the quotation, a later speaker is not the one who said it.
    summary = extract_summary(
        '"It is a gross violation of international law." The meeting ended early. '
        "Tunis called for calm. Chile's foreign minister said nothing more."
    )
    assert {(s.actor.country, s.position) for s in summary.stances} == {("TUN", "neutral")}


def test_a_quotation_attributed_to_someone_unplaced_is_nobodys_stance() -> None:
    # The speaker follows "said": neither a state inside the quotation nor one next door.
    for text in (
        '"Those who contend the strike was necessary must realize their words are easily read '
        'as a tacit endorsement of war with Peru," said Sen Mark Ortiz of Texas, a Republican.',
        "Chile's trade minister said on Monday the pact stood. \"It follows that they are not "
        'likely to rally to the side of Peru in defence of the agreement," said Ruiz.',
    ):
        assert extract_summary(text).stances == [], text
    # A speaker the rules can place still holds it.
    assert _stance_keys('"The offer is ridiculous," said the Chilean foreign minister.') == {
        ("CHL", "oppose")
    }


def test_a_passive_stances_topic_opens_at_its_subject() -> None:
    found = extract_summary("In Cairo, the plan was welcomed by Egypt.").stances
    assert [(s.actor.country, s.topic) for s in found] == [
        ("EGY", "the plan was welcomed by Egypt")
    ]


def test_speakers_named_with_what_they_are_and_quotations_as_topics() -> None:
    found = extract_summary(
        '"This is a dangerous provocation," said Ana Lopez, a spokeswoman for Peru\'s '
        "foreign ministry."
    ).stances
    assert [(s.actor.country, s.topic) for s in found] == [
        ("PER", "This is a dangerous provocation")
    ]
    found = extract_summary(
        "Chile's foreign ministry said in a statement: \"The Chilean side is firmly opposed "
        'to this."'
    ).stances
    assert [s.topic for s in found] == ["The Chilean side is firmly opposed"]
    found = extract_summary(
        'Peru\'s foreign minister said: "This is unacceptable. We agree."'
    ).stances
    assert [s.topic for s in found] == ["This is unacceptable"]


def test_sanctions_warned_of_vetoed_in_a_resolution_voted_dropped_and_phased_out() -> None:
    cases = {
        "Britain warned it could impose sanctions on Zimbabwe.": ("GBR", "ZWE", "threatened"),
        "Russia vetoed a U.N. resolution imposing sanctions on Syria.": ("UN", "SYR", "blocked"),
        "The U.S. Senate voted to impose sanctions on Iran.": ("USA", "IRN", "imposed"),
        "Australia dropped its sanctions against Fiji.": ("AUS", "FJI", "lifted"),
        "The EU will phase out its sanctions on Belarus.": ("EU", "BLR", "lifted"),
    }
    for text, expected in cases.items():
        found = extract_summary(text).sanctions
        assert [(s.imposer.country, s.target.country, s.status) for s in found] == [expected]


def test_considering_is_neutral_and_an_act_of_war_is_opposed() -> None:
    assert _stance_keys("Seoul said it would consider joining the missile defence system.") == {
        ("KOR", "neutral")
    }
    assert _stance_keys("Caracas said the sanctions were an act of war.") == {("VEN", "oppose")}


def test_others_reading_of_a_bid_and_hopes_as_a_noun_are_no_aims() -> None:
    seen = "Chile hosted the Bolivian leader in an offer seen as a bid to upset Peru."
    assert _goal_codes(seen) == []
    assert _goal_codes("Shares rose as hopes grew that Peru would cut its tariffs.") == []
    assert _goal_codes("Peru hopes to cut its tariffs.") == ["PER"]
    for text in (
        "Chile raised hopes of a deal with Peru.",
        "Peru's offer raised hopes that Chile would join the talks.",
        "Shares rose amid hopes that Peru would cut its tariffs.",
    ):
        assert _goal_codes(text) == [], text


def test_a_call_to_settle_peacefully_is_neutral_and_an_expressed_commitment_is_support() -> None:
    assert _stance_keys(
        "Kerry called on Peru on Wednesday to resolve the maritime dispute peacefully."
    ) == {("USA", "neutral")}
    assert _stance_keys(
        "Chile's president expressed a commitment to strengthening security cooperation."
    ) == {("CHL", "support")}


def test_a_later_trigger_naming_more_parties_fills_out_the_sentences_meeting() -> None:
    # One trip: the talks name everyone the visit is with (the seed article, fixtures/).
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "seed-002.txt"
    meetings = extract_summary(seed.read_text(encoding="utf-8")).meetings
    trip = [m for m in meetings if "three-way" in m.evidence[0].quote]
    assert [{p.country for p in m.participants} for m in trip] == [{"USA", "JPN", "KOR"}]


def test_a_boycotted_meeting_is_none() -> None:
    assert _meetings_of("Peru boycotted the talks with Chile.") == set()
    unwilling = "Peru's president, unwilling to join talks with Chile, stayed home."
    assert _meetings_of(unwilling) == set()


def test_aimed_at_after_a_list_of_states_is_the_talks_aim_not_the_last_states() -> None:
    assert (
        _goal_codes(
            "Talks between Peru, Chile and Bolivia aimed at settling the dispute collapsed in 2008."
        )
        == []
    )
    assert _goal_codes("The Peruvian sanctions aimed at starving Chile of funds were adopted.") == [
        "PER"
    ]


def test_a_quotations_speaker_next_door_may_follow_an_indented_line() -> None:
    # Old wire copy indents each paragraph: the next sentence is still next door.
    summary = extract_summary(
        '"This is a grave mistake and a provocation."\n    Peru\'s foreign minister said so '
        "on Monday."
    )
    assert ("PER", "oppose") in {(s.actor.country, s.position) for s in summary.stances}


def test_accusations_traded_displeasure_and_labels() -> None:
    cases = {
        "Peru and Chile traded accusations over the border clash.": {
            ("PER", "oppose"),
            ("CHL", "oppose"),
        },
        "Diplomats said Bolivia was unhappy with the Chilean initiative.": {("BOL", "oppose")},
        "Lima was said to be irritated by the Chilean decision.": {("PER", "oppose")},
        "The Peruvian news agency branded the Chilean move a gross provocation.": {
            ("PER", "oppose")
        },
    }
    for text, keys in cases.items():
        assert _stance_keys(text) == keys, text


def test_a_given_date_dates_the_people_an_article_names() -> None:
    text = "Mr Shevardnadze met Chilean officials in Lima."
    assert summarise(text, backend="offline", cache=False).meetings == []
    codes = {
        published: [
            {p.country for p in m.participants}
            for m in summarise(text, backend="offline", cache=False, published=published).meetings
        ]
        for published in ("1987-06-01", "1999-06-01")
    }
    assert codes == {"1987-06-01": [{"SUN", "CHL"}], "1999-06-01": [{"GEO", "CHL"}]}


def test_an_unplaced_speaker_after_a_clause_is_not_the_state_it_names() -> None:
    # "the premier" is nobody the rules can place: not Ghana, named in what was said.
    text = "Nigeria remains committed to its pact with Ghana, the premier said."
    assert ("GHA", "support") not in _stance_keys(text)
    text = "The IMF agreed to lend Peru two billion dollars, officials said."
    assert ("PER", "support") not in _stance_keys(text)
    # One named before the verb still speaks.
    assert _stance_keys("Relations with Ghana are excellent, the Nigerian premier said.") == {
        ("NGA", "support")
    }


def test_courtesy_calls_and_hosts_are_meetings_not_stances() -> None:
    text = "The Chilean foreign minister paid a courtesy call on the Peruvian president."
    assert _meeting_codes(text) == [{"CHL", "PER"}]
    assert _stance_keys(text) == set()
    assert _meeting_codes("Peru played host to the Bolivian president on Monday.") == [
        {"PER", "BOL"}
    ]


def test_a_visitor_welcomed_is_a_meeting_a_decision_welcomed_a_stance() -> None:
    for text in (
        "The Chilean president welcomed Peruvian President Ollanta Humala to Santiago.",
        "Chile welcomed Peru's president, Ollanta Humala, to Santiago on Monday.",
        "The Chilean foreign minister welcomed his Peruvian counterpart at the airport.",
        "Chile welcomed the Peruvian foreign minister for talks on the border.",
    ):
        assert _meeting_codes(text) == [{"CHL", "PER"}], text
        assert _stance_keys(text) == set(), text
    summary = extract_summary(
        "The Chilean president will welcome the Peruvian president to Santiago."
    )
    assert [m.status for m in summary.meetings] == ["planned"]
    # What is welcomed is no visitor: a stance, no meeting.
    for text in (
        "Chile welcomed Peru's decision to reopen the border.",
        "Chile welcomed the Peruvian president's remarks in Lima.",
    ):
        assert _meeting_codes(text) == [], text
        assert _stance_keys(text) == {("CHL", "support")}, text


def test_supporters_no_objection_neutrality_and_harsh_judgments() -> None:
    for text, key in {
        "Spain is a strong supporter of the peace process.": ("ESP", "support"),
        "Paris said it had no objection to the plan.": ("FRA", "support"),
        "Italy has so far refrained from taking sides in the dispute.": ("ITA", "neutral"),
        "Sweden said the sentence was disproportionate.": ("SWE", "oppose"),
        "Israel said the decision was shameful.": ("ISR", "oppose"),
    }.items():
        assert _stance_keys(text) == {key}, text


def test_a_state_before_a_preposition_is_no_party_of_the_meeting_after_it() -> None:
    text = "Beijing lodged a strong protest with Tokyo over the visit to the shrine."
    assert _meeting_codes(text) == []
    assert _stance_keys(text) == {("CHN", "oppose")}
    # A preposition of time does not part them: those named before it talked.
    text = "Shultz forecast a golden future for the Philippines after talks on its economy."
    assert _meeting_codes(text) == [{"USA", "PHL"}]


def test_firms_and_trade_groups_of_a_state_are_not_the_state() -> None:
    for text in (
        "The largest Chilean and Peruvian trade groups criticised the plan on Monday.",
        "Chilean trade groups criticised the plan on Monday.",
        "EU firms warned of dire consequences if the talks fail.",
    ):
        assert extract_summary(text).stances == [], text
    # Armed or political groups are their state's, as the annotation guide codes them.
    assert _stance_keys("Syrian rebel groups rejected the truce.") == {("SYR", "oppose")}
    assert _stance_keys("Chilean and Peruvian officials condemned the test.") == {
        ("CHL", "oppose"),
        ("PER", "oppose"),
    }


def test_a_call_on_a_day_is_no_appeal_and_a_summit_on_whose_sidelines_is_no_party() -> None:
    text = "The Chilean and Peruvian presidents spoke by video call on Monday."
    assert _meeting_codes(text) == [{"CHL", "PER"}]
    assert _stance_keys(text) == set()
    assert _stance_keys("Chile called on Monday for restraint.") == {("CHL", "neutral")}
    text = "The Chilean president met his Peruvian counterpart on the sidelines of the OAS summit."
    assert _meeting_codes(text) == [{"CHL", "PER"}]


def test_a_conversation_or_a_working_lunch_with_another_is_a_meeting() -> None:
    for text in (
        "The Chilean foreign minister had a long conversation with Peru's president.",
        "The Chilean foreign minister held a working lunch with Peru's president.",
    ):
        assert _meeting_codes(text) == [{"CHL", "PER"}], text


def test_an_official_told_by_another_met_them() -> None:
    for text in (
        "The Peruvian foreign minister told the Chilean president that the border would stay open.",
        "Chilean Foreign Minister Heraldo Munoz assured his Peruvian counterpart that Chile "
        "would respect the truce.",
    ):
        assert _meeting_codes(text) == [{"PER", "CHL"}], text
    # Not those told who are no one's officials, nor a state told.
    for text in (
        "The Peruvian foreign minister told reporters that Chile must comply.",
        "Peru told Chile that the border would stay open.",
    ):
        assert _meeting_codes(text) == [], text


def test_doubts_and_wariness_are_opposition() -> None:
    assert _stance_keys("Bolivia is sceptical about the Peruvian plan, diplomats said.") == {
        ("BOL", "oppose")
    }
    assert _stance_keys("Uruguay has long been wary of the customs union.") == {("URY", "oppose")}


def test_calls_for_sanctions_expulsions_ordered_and_ties_suspended() -> None:
    assert sorted(_sanction_pairs("Chile and Peru led calls for sanctions against Bolivia.")) == [
        ("CHL", "BOL"),
        ("PER", "BOL"),
    ]
    summary = extract_summary("Chile and Peru led calls for sanctions against Bolivia.")
    assert {s.status for s in summary.sanctions} == {"threatened"}
    cases = {
        "Lima responded by ordering the expulsion of two Chilean diplomats.": [("PER", "CHL")],
        "Argentina suspended military ties with Paraguay after the coup.": [("ARG", "PRY")],
        "Brazil cut off oil supplies to Bolivia in March.": [("BRA", "BOL")],
    }
    for text, pairs in cases.items():
        assert _sanction_pairs(text) == pairs, text


def test_we_is_the_speaker_never_a_state_named_beside_it() -> None:
    # Nobody the rules can place said it: no goal, and not Chile's.
    text = '"It is a pity that Chile has not answered us, but we will continue to talk."'
    assert "CHL" not in _goal_codes(text)
    said = '"It is a pity that Chile has not answered us, but we will continue to talk," '
    said += "Peru's foreign minister said."
    assert _goal_codes(said) == ["PER"]


def test_a_target_set_is_a_goal() -> None:
    assert _goal_codes("Chile has set a target of doubling its exports to Asia.") == ["CHL"]


def test_a_reported_will_is_planned_and_a_condition_still_proposes() -> None:
    assert _meetings_of("The Chilean foreign minister said he would visit Peru next month.") == {
        (frozenset({"CHL", "PER"}), "planned")
    }
    assert _meetings_of("Chile said it would meet Peru if the border was reopened.") == {
        (frozenset({"CHL", "PER"}), "proposed")
    }


def test_a_group_named_then_its_members_listed_meets_as_the_members() -> None:
    text = (
        "A meeting in Lima of leaders of the Andean countries, Peru, Bolivia, Ecuador and "
        "Colombia, ended on Friday."
    )
    assert _meeting_codes(text) == [{"PER", "BOL", "ECU", "COL"}]
    text = (
        "Ministers flew to a meeting in Quito of the founding members of the OAS - Chile, "
        "Peru and Bolivia."
    )
    assert _meeting_codes(text) == [{"CHL", "PER", "BOL"}]


def test_measures_stopped_are_sanctions_on_whom_they_name() -> None:
    cases = {
        "Chile suspended part of its military aid programme for Bolivia.": [("CHL", "BOL")],
        "Lima has frozen all Ecuadorean assets in Peruvian banks.": [("PER", "ECU")],
        "The Peruvian government suspended imports of Chilean wine.": [("PER", "CHL")],
        "The OAS decided to suspend Cuba's membership.": [("IGO", "CUB")],
        "Argentina withheld loan payments from Uruguay.": [("ARG", "URY")],
        "Brazil cancelled the sale of four frigates to Paraguay.": [("BRA", "PRY")],
        "Venezuela broke diplomatic relations with Colombia.": [("VEN", "COL")],
        "Ecuador ordered 12 Peruvian officials to leave the country.": [("ECU", "PER")],
    }
    for text, pairs in cases.items():
        assert _sanction_pairs(text) == pairs, text
    # Nothing stopped to anyone named, or not the state's own act: no sanction.
    for text in (
        "Chile suspended aid after the floods.",
        "Chile did not suspend aid to Bolivia.",
        "The storm halted shipments of copper to Peru.",
        "Peruvian exporters halted shipments to Chile.",
        "Bolivian officials were asked to leave the country.",
    ):
        assert _sanction_pairs(text) == [], text


def test_critics_supporters_after_of_and_what_a_state_regards_as() -> None:
    cases = {
        "Bolivia was critical of the Chilean decision.": {("BOL", "oppose")},
        "Cuba has long been a fierce critic of the embargo.": {("CUB", "oppose")},
        "Uruguay is against any foreign military presence in the region.": {("URY", "oppose")},
        "The plan won the backing of Peru and Chile.": {("PER", "support"), ("CHL", "support")},
        "Lima regards the move as a violation of the treaty.": {("PER", "oppose")},
        "The Ecuadorean government considers the referendum illegal.": {("ECU", "oppose")},
    }
    for text, keys in cases.items():
        assert _stance_keys(text) == keys, text
    # "of" names the holder only after winning or having support: not after condemnation.
    assert _stance_keys("Chile led the condemnation of Peru.") != {("PER", "oppose")}


def test_civil_society_is_not_its_state() -> None:
    assert _stance_keys("Bolivian activists expressed concern about the dam.") == set()
    assert _stance_keys("Some Peruvian journalists criticised the Chilean decision.") == set()
    assert _stance_keys("Bolivian officials expressed concern about the dam.") == {
        ("BOL", "oppose")
    }


def test_an_aim_opposed_is_not_the_opponents_goal() -> None:
    text = "Chile and Peru have repeatedly blocked Western efforts to sanction Bolivia."
    assert _goal_codes(text) == []
    assert _stance_keys(text) == {("CHL", "oppose"), ("PER", "oppose")}
    assert _goal_codes("Chile stepped up its efforts to settle the dispute.") == ["CHL"]


def test_the_government_in_a_capital_is_its_state() -> None:
    assert _stance_keys("The government in Lima condemned the test.") == {("PER", "oppose")}
    assert _stance_keys("Officials in Santiago welcomed the agreement.") == {("CHL", "support")}
    # Diplomats in a capital are posted there from anywhere; a state's officials there are
    # where they are.
    assert _stance_keys("Diplomats in Lima welcomed the agreement.") == set()
    assert _stance_keys("Chilean officials in Lima welcomed the agreement.") == {("CHL", "support")}


def test_a_states_people_named_as_its_side() -> None:
    assert _stance_keys("The Bolivians rejected the Chilean plan.") == {("BOL", "oppose")}
    assert _goal_codes("The Peruvians want a deal before the end of the year.") == ["PER"]
    # Not people of a state who do something else.
    assert _stance_keys("The Bolivians who fled criticised the Chilean plan.") == set()
    # A second people listed after the first, "the" or not.
    assert _stance_keys("The attack was blamed by the Bolivians and Peruvians on Chile.") == {
        ("BOL", "oppose"),
        ("PER", "oppose"),
    }


def test_members_named_with_including_are_parties() -> None:
    text = "The president will attend a summit of OAS leaders, including Chile's president."
    assert _meeting_codes(text) == [{"IGO", "CHL"}]
    text = "Peru held talks with several neighbours, including Bolivia and Ecuador, on Monday."
    assert _meeting_codes(text) == [{"PER", "BOL", "ECU"}]


def test_talks_led_by_a_body_on_a_state() -> None:
    assert _meetings_of("OAS-led peace talks on Colombia resumed in Havana on Monday.") == {
        (frozenset({"IGO", "COL"}), "held")
    }
    # The clause's subject only speaks of talks others convene.
    assert _meeting_codes("Peru said OAS-brokered talks on Colombia would resume.") == [
        {"IGO", "COL"}
    ]
    # Talks of two parties named keep them; the subject matter is not a third.
    assert _meeting_codes("Chile and Peru held talks on Bolivia in Lima.") == [{"CHL", "PER"}]


def test_hopes_trade_words_and_deadlock_in_reported_speech() -> None:
    cases = {
        '"The talks were promising," the Chilean foreign minister said.': {("CHL", "support")},
        "Peru said the new tariffs were protectionist and misguided.": {("PER", "oppose")},
        "Bolivia said the dispute had reached a stalemate.": {("BOL", "oppose")},
    }
    for text, keys in cases.items():
        assert _stance_keys(text) == keys, text


def test_a_speaker_named_then_described_speaks_for_the_state_described() -> None:
    for text in (
        "Juan Perez, the Chilean foreign minister, said Peru's plan was unacceptable.",
        "Juan Perez, Chile's foreign minister, said Peru's plan was unacceptable.",
        '"Peru\'s plan is unacceptable," said Juan Perez, the Chilean foreign minister.',
    ):
        summary = extract_summary(text)
        assert {(s.actor.country, s.position) for s in summary.stances} == {("CHL", "oppose")}
        assert summary.stances[0].topic.startswith("Peru's plan"), text


def test_talks_a_state_wants_are_proposed() -> None:
    text = "Ana Soto, Chile's foreign minister, said the country wants to reopen talks with Peru."
    assert _meetings_of(text) == {(frozenset({"CHL", "PER"}), "proposed")}
    # Trying to revive talks under way is no proposal.
    assert _meetings_of("Chile tries to revive its talks with Peru.") == {
        (frozenset({"CHL", "PER"}), "held")
    }


def test_a_phrase_does_not_end_in_a_clause_it_opens() -> None:
    from diplosum.backends.offline.phrases import readable

    text = "Chile said the visit had been cancelled because Peru."
    assert readable(text, text.index("the visit")) == "the visit had been cancelled"
    # A goal cut at its main verb is trimmed again.
    text = "Chile's aim of ending the war in Bolivia where Peru has troops is clear."
    goals = extract_summary(text).goals
    assert [g.statement for g in goals] == ["ending the war in Bolivia"]


def test_the_one_told_in_a_call_and_talks_on_the_sidelines() -> None:
    text = (
        "The Chilean president told the Peruvian president in a phone call that the ruling"
        " must be respected."
    )
    assert _meeting_codes(text) == [{"CHL", "PER"}]
    text = "Chile and Peru will hold talks on the sidelines of the OAS summit."
    assert _meeting_codes(text) == [{"CHL", "PER"}, {"CHL", "PER", "IGO"}]


def test_sanctions_in_the_passive_by_a_council_vote_and_of_a_department() -> None:
    text = "Bolivia was placed under a blockade by Chile and Peru."
    assert sorted(_sanction_pairs(text)) == [("CHL", "BOL"), ("PER", "BOL")]
    cases = {
        "The Security Council voted unanimously to tighten sanctions on Pyongyang.": [
            ("UN", "PRK")
        ],
        "The U.S. Treasury sanctioned three Venezuelan officials.": [("USA", "VEN")],
    }
    for text, pairs in cases.items():
        assert _sanction_pairs(text) == pairs, text


def test_needs_stressed_and_caution() -> None:
    cases = {
        "Chile underlined the need for a political solution.": {("CHL", "support")},
        "Peru took a cautious line on the proposal.": {("PER", "neutral")},
        "Bolivia remained cautious about the plan.": {("BOL", "neutral")},
    }
    for text, keys in cases.items():
        assert _stance_keys(text) == keys, text
    assert extract_summary("Peru took a cautious line on the proposal.").stances[0].topic == (
        "the proposal"
    )


def test_an_aim_at_an_outcome_of_diplomacy_is_support_for_it() -> None:
    summary = extract_summary("Chile is seeking a peaceful settlement with Bolivia.")
    assert [g.actor.country for g in summary.goals] == ["CHL"]
    assert {(s.actor.country, s.position) for s in summary.stances} == {("CHL", "support")}
    # Bringing others to the negotiating table, or a rapprochement, is one too.
    table = "Norway has been trying to get both sides to the negotiating table."
    assert _stance_keys(table) == {("NOR", "support")}
    assert _stance_keys("Cuba seeks a rapprochement with its neighbours.") == {("CUB", "support")}
    # Other aims state no position on their own.
    assert _stance_keys("Peru wants to double its exports to Asia.") == set()
    # A stance of the sentence already held is not repeated.
    text = "Chile welcomed the move and said it hoped for closer ties with Peru."
    assert [s.position for s in extract_summary(text).stances] == ["support"]


def test_a_stance_in_the_passive_is_not_its_subjects() -> None:
    for text in (
        "Bolivia was condemned for the attack.",
        "The Chilean plan was rejected.",
        "Peru has been criticised over its handling of the crisis.",
        "The Bolivian proposal was welcomed.",
    ):
        assert _stance_keys(text) == set(), text
    assert _stance_keys("The plan was welcomed by Peru.") == {("PER", "support")}
    said = extract_summary("The Chilean plan was rejected, Peru said.").stances
    assert [(s.actor.country, s.position, s.topic) for s in said] == [
        ("PER", "oppose", "The Chilean plan was rejected")
    ]
    # The subject of an adjective holds it.
    assert _stance_keys("Peru is opposed to the plan.") == {("PER", "oppose")}


def test_meetings_considered_declined_and_denied() -> None:
    assert _meetings_of(
        "A meeting between the Chilean and Peruvian ministers is being considered."
    ) == {(frozenset({"CHL", "PER"}), "proposed")}
    denied = "Reports of a meeting between the Chilean and Bolivian presidents were denied."
    for text in ("Chile declined an invitation to visit Peru.", denied):
        assert extract_summary(text).meetings == [], text
    assert _stance_keys(denied) == set()


def test_she_later_said_is_the_official_named_before() -> None:
    text = (
        "The Bolivian minister met his Chilean counterpart. "
        "She later said the talks had been productive."
    )
    assert ("BOL", "support") in _stance_keys(text)


def test_sanctions_warned_of_faced_and_in_a_vetoed_resolution() -> None:
    summary = extract_summary("Peru warned of sanctions against Bolivia if it did not withdraw.")
    assert [(x.imposer.country, x.target.country, x.status) for x in summary.sanctions] == [
        ("PER", "BOL", "threatened")
    ]
    summary = extract_summary("Bolivia could face sanctions from the United Nations.")
    assert [(x.imposer.country, x.target.country, x.status) for x in summary.sanctions] == [
        ("UN", "BOL", "threatened")
    ]
    summary = extract_summary("China vetoed a resolution imposing sanctions on Venezuela.")
    assert [(x.imposer.country, x.target.country, x.status) for x in summary.sanctions] == [
        ("UN", "VEN", "blocked")
    ]


def test_trades_teams_and_banks_of_a_state_are_not_the_state() -> None:
    for text in (
        "Peruvian miners hope to reopen the mine next month.",
        "Bolivian farmers want higher prices for their crops.",
        "Chile's central bank aims to keep inflation at 3 percent.",
        "Bolivia's football team hopes to win the cup.",
    ):
        assert extract_summary(text).goals == [], text
    assert _goal_codes("Chile's government hopes to settle the dispute.") == ["CHL"]


def test_complaints_lodged_and_their_topic_past_the_one_addressed() -> None:
    text = "Bolivia lodged a formal complaint with the United Nations over the incident."
    stances = extract_summary(text).stances
    assert [(s.actor.country, s.position, s.topic) for s in stances] == [
        ("BOL", "oppose", "the incident")
    ]
    text = "Peru protested to Chile about its subsidised wine exports."
    assert [s.topic for s in extract_summary(text).stances] == ["its subsidised wine exports"]


def test_ministers_then_a_comma_and_from_name_their_states() -> None:
    text = "The foreign ministers, from Chile, Peru and Bolivia, met in Lima."
    assert _meeting_codes(text) == [{"CHL", "PER", "BOL"}]


def test_a_summary_does_not_end_on_a_sentence_that_only_opens_a_quotation() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday.\n\n"
        "Peru's foreign minister told reporters in Lima after the meeting:\n\n"
        '"We are ready to sign an agreement with Chile very soon, perhaps next month."'
    )
    assert not extract_summary(text).summary.rstrip().endswith(":")


def test_a_warm_welcome_is_a_meeting_and_ties_upgraded_are_support() -> None:
    text = "The Peruvian president gave a warm welcome on Thursday to the Chilean president."
    assert _meeting_codes(text) == [{"PER", "CHL"}]
    text = "Chile and Peru have upgraded their diplomatic ties after a ten-year break."
    stances = extract_summary(text).stances
    assert {(s.actor.country, s.position) for s in stances} == {
        ("CHL", "support"),
        ("PER", "support"),
    }
    assert stances[0].topic.startswith("upgraded their diplomatic ties")


def test_a_states_official_news_agency_speaks_for_it() -> None:
    assert _stance_keys("Xinhua said the Peruvian visit was a success.") == {("CHN", "support")}
    text = "The official Tass news agency said the American proposal was unacceptable."
    assert _stance_keys(text) == {("RUS", "oppose")}
    # Told in an interview, it is no party.
    told = "Kerry told Xinhua in an interview that ties were strong."
    assert extract_summary(told).meetings == []


def test_a_body_suspends_a_member_and_suspended_talks_are_cancelled() -> None:
    summary = extract_summary("The OAS suspended Venezuela after the coup.")
    assert [(x.imposer.country, x.target.country) for x in summary.sanctions] == [("IGO", "VEN")]
    assert extract_summary("The talks were suspended.").sanctions == []
    assert _meetings_of("Chile suspended talks with Peru.") == {
        (frozenset({"CHL", "PER"}), "cancelled")
    }


def test_the_community_is_the_eu_where_the_european_community_is_named() -> None:
    text = (
        "The European Community met on Monday. "
        "The Community imposed a ban on arms sales to Argentina."
    )
    assert _sanction_pairs(text) == [("EU", "ARG")]
    assert _sanction_pairs("The Community imposed a ban on arms sales to Argentina.") == []


def test_a_body_named_before_its_members_meets_with_them() -> None:
    cases = {
        "OAS leaders, including Chile's president and Peru's president, met in Lima.": {
            "IGO",
            "CHL",
            "PER",
        },
        "The OAS foreign ministers, from Chile, Peru and Bolivia, met in Quito.": {
            "IGO",
            "CHL",
            "PER",
            "BOL",
        },
    }
    for text, codes in cases.items():
        assert _meeting_codes(text) == [codes], text


def test_both_sides_and_the_two_countries_are_the_last_two_named() -> None:
    text = "Chilean and Peruvian officials met in Lima. Both sides agreed to respect the ruling."
    assert _stance_keys(text) == {("CHL", "support"), ("PER", "support")}
    text = "Chile and Peru held talks. The two countries pledged to deepen cooperation."
    assert sorted(_goal_codes(text)) == ["CHL", "PER"]


def test_taking_aim_rounding_on_and_distancing() -> None:
    cases = {
        "Chile took aim at Argentina over the tariffs.": {("CHL", "oppose")},
        "Ecuador rounded on Colombia after the raid.": {("ECU", "oppose")},
        "Peru distanced itself from the Chilean statement.": {("PER", "oppose")},
    }
    for text, keys in cases.items():
        assert _stance_keys(text) == keys, text


def test_a_phrase_does_not_end_on_marks_alone() -> None:
    from diplosum.backends.offline.phrases import readable

    assert readable("It's a provocation ..", 0) == "It's a provocation"
    text = "Peru said the merger of the two customs unions will take years -- and"
    assert readable(text, text.index("the merger")) == (
        "the merger of the two customs unions will take years"
    )


def test_verbs_of_stance_goal_and_meeting_in_their_other_forms() -> None:
    # The lexicon lists a verb in each of its forms; these were missing one or more.
    stances = {
        "Chile is lambasting Argentina over the tariffs.": {("CHL", "oppose")},
        "Peru was hailing the accord with Bolivia.": {("PER", "support")},
        "Ecuador is ruling out a deal with Colombia.": {("ECU", "oppose")},
        "Uruguay keeps calling for an accord with Paraguay.": {("URY", "support")},
        # An adjective, not a verb of opposing.
        "Chile and Peru backed opposing sides in the war.": {
            ("CHL", "support"),
            ("PER", "support"),
        },
    }
    for text, keys in stances.items():
        assert _stance_keys(text) == keys, text
    assert _goal_codes("Japan is wishing to join the pact.") == ["JPN"]
    assert _meeting_codes("Chile's president was speaking with Peru's president on Friday.") == [
        {"CHL", "PER"}
    ]


def test_imports_of_goods_from_a_state_and_warned_of_sanctions() -> None:
    assert _sanction_pairs("China banned imports of coal from North Korea.") == [("CHN", "PRK")]
    assert _sanction_pairs("Japan has halted imports of crude oil from Iran.") == [("JPN", "IRN")]
    # Exports from a place, no measure: nothing.
    assert _sanction_pairs("Exports of Iranian oil from Iraq rose.") == []
    summary = extract_summary("Germany warned Russia of further sanctions over the crisis.")
    assert [(x.imposer.country, x.target.country, x.status) for x in summary.sanctions] == [
        ("DEU", "RUS", "threatened")
    ]
    # "warned ... of" only: "hit ... of" is no measure.
    assert _sanction_pairs("Germany hit Russia of sanctions.") == []


def test_a_warning_that_the_target_would_face_sanctions_and_sanctions_from_a_state() -> None:
    summary = extract_summary(
        "France and Germany warned Moscow it would face further sanctions if it did not withdraw."
    )
    assert [(x.imposer.country, x.target.country, x.status) for x in summary.sanctions] == [
        ("FRA", "RUS", "threatened"),
        ("DEU", "RUS", "threatened"),
    ]
    summary = extract_summary("The United States threatened Turkey that it would face sanctions.")
    assert [(x.imposer.country, x.target.country, x.status) for x in summary.sanctions] == [
        ("USA", "TUR", "threatened")
    ]
    # Only a warning or a threat: "hit Iran that it would face" is no shape of a measure.
    assert _sanction_pairs("Germany hit Russia that it would face sanctions.") == []
    # "from" after a measure names who takes it, not where it comes from.
    summary = extract_summary("Moscow faces sanctions from the United States over Crimea.")
    assert [(x.imposer.country, x.target.country) for x in summary.sanctions] == [("USA", "RUS")]


def test_designations_and_a_push_for_sanctions() -> None:
    summary = extract_summary(
        "The U.S. Treasury designated three Iranian firms for supporting the missile program."
    )
    assert [(x.imposer.country, x.target.country, x.status) for x in summary.sanctions] == [
        ("USA", "IRN", "imposed")
    ]
    # The firms' act, not the Treasury's position.
    assert summary.stances == []
    # Only with its target named: "designated an envoy" is no measure.
    assert _sanction_pairs("Chile designated a new envoy to lead the talks.") == []
    summary = extract_summary("Britain will push for tougher EU sanctions on Russia.")
    assert [(x.imposer.country, x.target.country, x.status) for x in summary.sanctions] == [
        ("EU", "RUS", "threatened")
    ]


def test_a_lifting_only_planned_or_asked_for_leaves_the_measure_imposed() -> None:
    for text, status in {
        "Chile backs a proposal to lift the OAS arms embargo on Peru.": "imposed",
        "Bolivia urged Chile to lift the trade sanctions on Peru.": "imposed",
        "Chile lifted its arms embargo on Peru.": "lifted",
    }.items():
        found = [(x.target.country, x.status) for x in extract_summary(text).sanctions]
        assert ("PER", status) in found, text


def test_a_measure_said_to_punish_or_answer_a_state_targets_it() -> None:
    for text in (
        "Chile halted operations at the joint border zone to punish Peru.",
        "Chile suspended operations at the border zone in response to Peru's missile test.",
    ):
        assert _sanction_pairs(text) == [("CHL", "PER")], text
    # Stopped for no one named: no sanction.
    assert _sanction_pairs("The Chilean company halted operations in Peru.") == []


def test_compounds_of_two_states_adjectives() -> None:
    assert _meeting_codes("The Franco-German meeting failed to make progress.") == [{"DEU", "FRA"}]
    assert _meeting_codes("Sino-Japanese talks resumed on Monday.") == [{"CHN", "JPN"}]
    assert _meeting_codes("Anglo-Irish talks will resume next week.") == [{"GBR", "IRL"}]
    # The pipeline's support check reads the compound as naming both.
    summary = _offline("Sino-Japanese talks resumed on Monday in Beijing, officials said.")
    assert [{p.country for p in m.participants} for m in summary.meetings] == [{"CHN", "JPN"}]
    # Only before another state: a region and a surname are no state.
    assert [m.actor.country for m in find_actors("The Indo-Pacific strategy of Japan")] == ["JPN"]
    assert [m.actor.country for m in find_actors("General Franco met the envoy.")] == []


def test_those_named_along_with_the_subject_hold_its_stance() -> None:
    cases = {
        "Russia and China, along with Iran, condemned the strikes.": {
            ("RUS", "oppose"),
            ("CHN", "oppose"),
            ("IRN", "oppose"),
        },
        "France, together with Italy, opposed the plan.": {("FRA", "oppose"), ("ITA", "oppose")},
        "Germany, as well as Austria, welcomed the deal.": {("DEU", "support"), ("AUT", "support")},
        "Spain is against the tax, along with Britain and Denmark.": {
            ("ESP", "oppose"),
            ("GBR", "oppose"),
            ("DNK", "oppose"),
        },
        # What comes along is no actor: the subject alone.
        "Spain condemned the attack, along with the killing of civilians.": {("ESP", "oppose")},
    }
    for text, keys in cases.items():
        assert _stance_keys(text) == keys, text


def test_names_without_their_accents_and_heads_of_smaller_states() -> None:
    codes = [m.code for m in find_actors("Francois Mitterrand met Turgut Ozal.", year=1987)]
    assert codes == ["FRA", "TUR"]
    assert _meeting_codes(
        "Prime Minister Franz Vranitzky met Chancellor Helmut Kohl in Bonn in 1988."
    ) == [{"AUT", "DEU"}]
    assert _meeting_codes("Prime Minister Branko Mikulic will visit Bonn in 1987.") == [
        {"YUG", "DEU"}
    ]


def test_west_germany_is_germany_with_its_visitors() -> None:
    assert _meeting_codes("Mitterrand visits West Germany next week.") == [{"DEU", "FRA"}]
    assert _stance_keys("The West German government welcomed the plan.") == {("DEU", "support")}


def test_a_serial_comma_lists_and_a_comma_before_a_clause_does_not() -> None:
    everyone = {("GBR", "support"), ("FRA", "support"), ("JPN", "support")}
    assert _stance_keys("Britain, France, and Japan agreed to the plan.") == everyone
    assert _stance_keys("Britain, France and Japan agreed to the plan.") == everyone
    assert _stance_keys("Peru criticised Chile, and Bolivia welcomed the deal.") == {
        ("PER", "oppose"),
        ("BOL", "support"),
    }


def test_a_present_tense_with_a_day_to_come_is_a_plan() -> None:
    def statuses(text: str) -> list[str]:
        return [m.status for m in extract_summary(text).meetings]

    assert statuses("Nakasone arrives for talks with Reagan on Wednesday.") == ["planned"]
    assert statuses("Putin meets Xi tomorrow in Beijing.") == ["planned"]
    assert statuses("Nakasone arrived for talks with Reagan on Wednesday.") == ["held"]
    assert statuses("Putin met Xi on Monday.") == ["held"]


def test_a_relative_clause_opened_by_whose_leaves_the_subject() -> None:
    assert _stance_keys("Chile, whose exports fell, rejected the tariffs.") == {("CHL", "oppose")}
    assert _goal_codes("Peru, whose president was re-elected, wants to join the bloc.") == ["PER"]


def test_but_ends_a_topic_and_may_give_a_second_position() -> None:
    summary = extract_summary("Germany welcomed the deal but rejected the timetable.")
    assert [(x.actor.country, x.position, x.topic) for x in summary.stances] == [
        ("DEU", "support", "the deal"),
        ("DEU", "oppose", "the timetable"),
    ]
    # Without "but", a later stance word is the first one's object: one position.
    assert _stance_keys("Germany rejected calls for talks.") == {("DEU", "oppose")}


def test_a_position_verb_with_its_own_agent_is_the_agents() -> None:
    # The agent after "by" is no actor: nobody's position, not the subject's nor the speaker's.
    assert _stance_keys("Iran said troops supported by planes had killed 2,400 Iraqis.") == set()
    # The agent opens the phrase after "by"; Peru, further on, rejects.
    assert _stance_keys("The plan, backed by the army, was rejected by Peru.") == {
        ("PER", "oppose")
    }
    # A judgment with a cause after "by" is still the speaker's.
    assert _stance_keys(
        "Peru's foreign minister said the accord was undermined by repeated border raids."
    ) == {("PER", "oppose")}


def test_a_state_named_before_an_envoy_is_the_envoys_brief() -> None:
    def codes(text: str) -> list[str | None]:
        return [m.code for m in find_actors(text)]

    assert codes("U.N. Syria envoy Karl Larsen said on Thursday.") == ["UN"]
    assert codes("U.S. North Korea negotiator Anne Park met Japanese officials.") == ["USA", "JPN"]
    # A state's name before its own office stays: "Iran foreign minister".
    assert codes("The Iran foreign minister said on Monday.") == ["IRN"]
    assert _stance_keys('"This is a positive step," the U.N. Syria envoy said.') == {
        ("UN", "support")
    }


def test_talks_named_by_their_state_are_not_the_speakers() -> None:
    assert _meeting_codes("Germany said Syria peace talks would resume next week.") == []
    assert _meeting_codes("Kerry said he was confident that Syria peace talks would proceed.") == []
    assert _meeting_codes("Germany hopes the Cyprus talks will succeed.") == []
    # Taking part is being a party.
    assert _meeting_codes("Kerry joined the Syria talks in Geneva.") == [{"SYR", "USA"}]
    assert _meeting_codes("Kerry said he held talks with Lavrov.") == [{"RUS", "USA"}]


def test_sanctions_in_legislation_a_chamber_voted_for() -> None:
    assert _sanction_pairs(
        "The U.S. Senate voted on Wednesday for legislation broadening sanctions on North Korea."
    ) == [("USA", "PRK")]
    assert _sanction_pairs("The U.S. Senate passed legislation widening sanctions on Iran.") == [
        ("USA", "IRN")
    ]
    # "for" alone is no part of the measure's gap: Russia imposes nothing here.
    assert _sanction_pairs("China criticised Russia for sanctions on Ukraine.") == []


def test_a_negated_stance_word() -> None:
    # Negated support is opposition; negated opposition states none.
    assert _stance_keys("Germany could not support the plan.") == {("DEU", "oppose")}
    assert _stance_keys("Peru did not welcome the move.") == {("PER", "oppose")}
    assert _stance_keys("Chile did not object to the plan.") == set()
    assert _stance_keys("We cannot deny it, the U.S. president said.") == set()


def test_he_after_a_speaker_is_the_speaker_not_an_office_he_spoke_of() -> None:
    text = (
        "Mr Abbas met Mr Blair in Ramallah. At a news conference after the talks, Mr Abbas"
        ' said the British prime minister was a friend. He added: "Your commitment is welcome."'
    )
    assert _stance_keys(text) == {("PSE", "support")}
    # An office named after the person, not in what was said, is still who "he" is.
    text = "Lavrov met Kerry. The Turkish foreign minister arrived later. He welcomed the talks."
    assert ("TUR", "support") in _stance_keys(text)


def test_what_a_meeting_is_to_discuss_names_no_parties() -> None:
    text = (
        "Britain's foreign secretary arrived in Beijing. He will meet his Chinese counterpart"
        " to discuss relations between their two countries, Hong Kong and North Korea."
    )
    assert _meeting_codes(text) == [{"CHN", "GBR"}]
    # "between" names the parties when no one met comes before it.
    assert _meeting_codes("Talks on trade between Japan and China resumed.") == [{"CHN", "JPN"}]


def test_a_known_surname_after_another_first_name_is_someone_else() -> None:
    def named(text: str, year: int) -> list[str]:
        return [text[m.start : m.end] for m in find_actors(text, year=year)]

    assert named("Oxfam adviser Max Lawson welcomed the statement.", 1987) == []
    assert named("Chancellor Lawson met Mr Baker.", 1987) == ["Lawson", "Baker"]
    # The holder's own names, and titles, still lead to the holder.
    assert named("President Tayyip Erdogan met Merkel.", 2015) == ["Tayyip Erdogan", "Merkel"]
    assert named("Foreign Minister Javad Zarif said.", 2015) == ["Javad Zarif"]


def test_adding_an_amount_reports_no_words() -> None:
    text = "Shares of Japan's Nintendo soared, adding $7.5 billion to its value, on hopes."
    assert _stance_keys(text) == set()
    assert _stance_keys("Japan said the deal was welcome, adding that talks would go on.") == {
        ("JPN", "support")
    }


def test_a_forthcoming_summit_is_planned() -> None:
    summary = extract_summary("Putin and Xi will discuss trade at a forthcoming summit.")
    assert [m.status for m in summary.meetings] == ["planned"]
    summary = extract_summary("Chirac hoped for progress at the forthcoming summit with Kohl.")
    assert [m.status for m in summary.meetings] == ["planned"]


def test_she_is_no_man_and_he_no_woman_the_gazetteer_knows() -> None:
    text = (
        "Vice President Kamala Harris met Prime Minister Benjamin Netanyahu on Thursday."
        " She stressed the need for an immediate ceasefire."
    )
    assert _stance_keys(text) == {("USA", "support")}
    text = (
        "German Chancellor Angela Merkel met Turkish President Tayyip Erdogan in Istanbul."
        " He welcomed the deal."
    )
    assert _stance_keys(text) == {("TUR", "support")}
    # An office whose holder the text does not name may be either: past Kerry, it is she.
    assert _stance_keys("Peru's foreign minister met Kerry. She welcomed the talks.") == {
        ("PER", "support")
    }
    assert _stance_keys("Peru's foreign minister met Kerry. He welcomed the talks.") == {
        ("USA", "support")
    }


def test_a_clause_opened_by_she_has_her_as_its_subject() -> None:
    text = (
        'Kamala Harris met Netanyahu. "She is allowed to support Israel but also wants the'
        ' war to end."'
    )
    assert _goal_codes(text) == ["USA"]
    text = (
        'Kamala Harris met Netanyahu. "She started with support for Israel and then she'
        ' expressed her concern about the crisis."'
    )
    assert ("ISR", "oppose") not in _stance_keys(text)


def test_a_reported_clause_has_its_own_subject() -> None:
    assert _stance_keys("Germany said Russia rejected the plan.") == {("RUS", "oppose")}
    assert _stance_keys("Germany said that Russia rejected the plan.") == {("RUS", "oppose")}
    text = (
        "Russian prosecutors sought a long sentence in what the US government dismissed as a sham."
    )
    assert _stance_keys(text) == {("USA", "oppose")}
    assert _meeting_codes("Kerry said Lavrov met Assad on Monday.") == [{"RUS", "SYR"}]
    # The one told comes after "told"; a second predicate after "and" is the first subject's.
    assert _goal_codes("May told Juncker that Britain hopes to hold talks.") == ["GBR"]
    text = "Seoul says Japan is a partner and wants to widen ties with it."
    assert _goal_codes(text) == ["KOR"]


def test_an_adjective_of_a_stance_verb_and_a_capital_naming_a_process() -> None:
    text = "The Israeli government was leading Israel to ruin after a rejected peace deal."
    assert _stance_keys(text) == set()
    assert _stance_keys("Israel rejected the peace deal.") == {("ISR", "oppose")}
    text = "From the Oslo process to the policy of containment, he left a deep imprint."
    assert _goal_codes(text) == []
    assert _stance_keys("Moscow rejected the plan.") == {("RUS", "oppose")}


def test_a_diaspora_is_not_its_state_and_he_is_not_one_named_after_a_preposition() -> None:
    text = "Musharraf met Blair. He is due to visit the Pakistani community in Manchester."
    assert _meeting_codes(text) == [{"GBR", "PAK"}]  # the talks; the visit is no meeting
    text = (
        "Pervez Musharraf arrived in London. Standing next to Mr Blair, he said he welcomed"
        " the plan."
    )
    assert _stance_keys(text) == {("PAK", "support")}


def test_positions_that_take_no_side() -> None:
    cases = {
        "Japan said it was closely watching the situation in the strait.": {("JPN", "neutral")},
        "The United Nations called for an investigation into the strike.": {("UN", "neutral")},
        "China declined to take sides in the dispute.": {("CHN", "neutral")},
        "Peru is assessing the proposal.": {("PER", "neutral")},
    }
    for text, keys in cases.items():
        assert _stance_keys(text) == keys, text


def test_a_dateline_opens_no_topic_and_an_acronym_is_no_dateline() -> None:
    from diplosum.backends.offline.phrases import readable, without_dateline

    text = "GENEVA - New talks on the Yemen truce will open next week, officials said."
    assert readable(text, 0) == "New talks on the Yemen truce will open next week"
    # An acronym that opens the lead is its subject, not a dateline cut short ("O allies").
    assert without_dateline("NATO allies agreed on Monday.") == "NATO allies agreed on Monday."
    assert without_dateline("NATO Secretary-General Jens Stoltenberg said.").startswith("NATO")
    assert without_dateline("BEIJING, Jan 5 - China said.") == "China said."
    summary = extract_summary("NATO allies agreed on Monday to send more troops to Poland.")
    assert summary.headline.startswith("NATO allies")


def test_a_list_of_three_after_of_is_the_subject_not_an_opening_phrase() -> None:
    # Only a phrase of place or occasion that opens the sentence ends before the subject.
    assert _meeting_codes("The envoys of Peru, Chile, Bolivia and Ecuador met in Quito.") == [
        {"PER", "CHL", "BOL", "ECU"}
    ]
    assert _meeting_codes("Leaders of Kenya, Uganda and Tanzania held talks on Friday.") == [
        {"KEN", "UGA", "TZA"}
    ]
    assert _meeting_codes("Meanwhile, at the OAS, Peru and Chile held talks.") == [{"PER", "CHL"}]


def test_a_first_name_spelt_another_way_is_still_the_known_person() -> None:
    # Transliterations differ in a vowel or an ending; another first name is a namesake.
    assert _meeting_codes("Antony Blinken and Sergey Lavrov held talks in Reykjavik.") == [
        {"USA", "RUS"}
    ]
    assert _meeting_codes("Antony Blinken and Sergio Lavrov held talks in Reykjavik.") == []


def test_a_demand_that_another_state_give_something_up_is_opposition() -> None:
    assert _stance_keys("China demanded that the United States cancel the arms sale.") == {
        ("CHN", "oppose")
    }
    assert _stance_keys("Peru demanded that Chile stop the tests.") == {("PER", "oppose")}
    assert _stance_keys("Peru demanded that Chile sign the accord.") == {("PER", "support")}


def test_a_sentence_may_hold_sanctions_between_different_parties() -> None:
    # A measure that answers another: each has its own imposer and target.
    assert _sanction_pairs("Peru answered Chilean sanctions by expelling two Chilean envoys.") == [
        ("CHL", "PER"),
        ("PER", "CHL"),
    ]
    assert _sanction_pairs("Chile retaliated by imposing duties on Peruvian wine.") == [
        ("CHL", "PER")
    ]
    # The same pair named twice is one sanction; a passive's agent is no means.
    assert _sanction_pairs(
        "Peru froze the assets of Chilean firms and expelled Chile's envoy."
    ) == [("PER", "CHL")]
    assert _sanction_pairs("Peru has been hit by new sanctions.") == []


def test_more_ways_to_impose_a_sanction() -> None:
    cases = {
        "Peru will add six Chilean officials to its sanctions list.": [("PER", "CHL")],
        "Peru broke off diplomatic ties with Chile.": [("PER", "CHL")],
        "Peru kicked out the Chilean ambassador.": [("PER", "CHL")],
        "Peru enacted a new batch of sanctions on Chile and Bolivia.": [
            ("PER", "CHL"),
            ("PER", "BOL"),
        ],
        "Peruvian senators voted 98-2 to impose heavier sanctions on Chile.": [("PER", "CHL")],
        "The coach kicked out two players.": [],
    }
    for text, pairs in cases.items():
        assert _sanction_pairs(text) == pairs, text


def test_more_ways_to_talk_by_phone_and_to_say_a_meeting_did_not_happen() -> None:
    assert _meeting_codes(
        "Peru's president and Chile's president held a telephonic conversation."
    ) == [{"PER", "CHL"}]
    assert _meeting_codes("Peru's president and Chile's president spoke over the phone.") == [
        {"PER", "CHL"}
    ]
    for text in (
        "The presidents of Peru and Chile were in Lima but they couldn't have a meeting.",
        "Peru and Chile have not held talks since 2015.",
        "Peru's president failed to meet Chile's president.",
    ):
        assert _meeting_codes(text) == [], text


def test_mockery_and_refusal_to_recognise_are_opposition() -> None:
    assert _stance_keys("Peru's president mocked Chile's plan.") == {("PER", "oppose")}
    assert _stance_keys("Peru refused to recognise the Chilean election.") == {("PER", "oppose")}


def test_present_tense_statements_and_calls_upon() -> None:
    assert _stance_keys("Peru expresses deep concern over the tensions.") == {("PER", "oppose")}
    assert _stance_keys("Peru calls upon Chile and Bolivia to exercise self-restraint.") == {
        ("PER", "neutral")
    }
    assert _stance_keys("Peru called upon Chile to halt the tests.") == {("PER", "oppose")}
    # A second verb in the present ends the first one's topic.
    topics = [
        s.topic
        for s in extract_summary("Peru condemns the attack and calls on Chile to act.").stances
    ]
    assert "the attack" in topics
    voiced = "Peru's president rejected the summit plan and voiced thanks for the offer."
    assert [s.topic for s in extract_summary(voiced).stances] == ["the summit plan"]


def test_votes_abstentions_and_standing_with() -> None:
    cases = {
        "Peru voted against the resolution.": {("PER", "oppose")},
        "Peru voted for the resolution.": {("PER", "support")},
        "Peru abstained in the vote on the resolution.": {("PER", "neutral")},
        "Peru is at odds with Chile over the border.": {("PER", "oppose")},
        "Peru stands firmly with Chile.": {("PER", "support")},
        "Peru has thrown its support behind the bid.": {("PER", "support")},
        "Peru is deeply troubled by the reports.": {("PER", "oppose")},
    }
    for text, keys in cases.items():
        assert _stance_keys(text) == keys, text


def test_a_plural_office_names_no_person() -> None:
    text = "Peru's minister went to Brussels to brief NATO Foreign Ministers."
    names = [m.actor.name for m in find_actors(text) if m.kind == "person"]
    assert "Ministers" not in names


def test_a_past_journey_to_meet_is_a_meeting_held() -> None:
    meetings = extract_summary("Peru's president travelled to Santiago to meet Chile's president.")
    assert [(m.status, {p.country for p in m.participants}) for m in meetings.meetings] == [
        ("held", {"PER", "CHL"})
    ]
    planned = extract_summary("Peru's president will travel to Santiago to meet Chile's president.")
    assert [m.status for m in planned.meetings] == ["planned"]


def test_calling_on_an_official_is_a_visit_unless_something_is_asked() -> None:
    visit = extract_summary("Peru's foreign minister called on Chile's president on Tuesday.")
    assert [{p.country for p in m.participants} for m in visit.meetings] == [{"PER", "CHL"}]
    assert visit.stances == []
    purpose = "The Peruvian president called on the Chilean president to discuss trade."
    assert _meeting_codes(purpose) == [{"PER", "CHL"}]
    appeal = extract_summary("Peru's president called on Chile's president to resign.")
    assert appeal.meetings == []
    assert {(s.actor.country, s.position) for s in appeal.stances} == {("PER", "support")}
    assert _meeting_codes("Peru called on Chile to halt the tests.") == []


def test_an_office_after_a_state_is_an_official_and_an_antecedent() -> None:
    # "who met ..." follows the office, not the state's adjective alone.
    assert _meeting_codes(
        "The Peruvian president, who met Chile's president on Monday, said ties were good."
    ) == [{"PER", "CHL"}]
    # "Peru's president is in Chile": an official's stay, as "the Peruvian president" is.
    assert _meeting_codes("Peru's president is in Chile for talks on trade.") == [{"PER", "CHL"}]


def test_a_goal_named_by_a_noun_phrase() -> None:
    summary = extract_summary("Peru's goal is a peaceful settlement of the border dispute.")
    assert [(g.actor.country, g.statement) for g in summary.goals] == [
        ("PER", "a peaceful settlement of the border dispute")
    ]


def test_older_names_of_states() -> None:
    # Older wire copy names states as they were called then; the code is the state's now.
    codes = [m.code for m in find_actors("Rhodesia, Dahomey and Upper Volta. Rhodesian troops.")]
    assert codes == ["ZWE", "BEN", "BFA", "ZWE"]


def test_a_phrase_cut_after_an_idiom_that_needs_its_of_drops_the_idiom() -> None:
    from diplosum.backends.offline.phrases import readable

    long = "accused the council of delaying the vote at the behest of the ruling party and others"
    assert readable(long, 0) == "accused the council of delaying the vote"
    assert readable("the ministers agreed to move ahead", 0) == "the ministers agreed to move ahead"


def test_a_participle_aside_ends_a_phrase() -> None:
    from diplosum.backends.offline.phrases import readable

    text = "the border accord, praised by an OAS envoy as a breakthrough"
    assert readable(text, 0) == "the border accord"


def test_venues_allegations_and_charges() -> None:
    # Where a meeting is, not who is at it, when the parties are named.
    assert _meeting_codes(
        "There was talk of a meeting at the United Nations between Peru's president and "
        "Chile's president."
    ) == [{"PER", "CHL"}]
    assert _meeting_codes("Peru's minister held talks at the OAS with Chile's minister.") == [
        {"PER", "CHL"}
    ]
    # "the American allegations" are no American act.
    assert (
        _stance_keys("A spokesman questioned the American allegations and accused Chile of lying.")
        == set()
    )
    assert _stance_keys("Peru's foreign minister charged that Chile had broken the accord.") == {
        ("PER", "oppose")
    }
    topic = (
        extract_summary("Peru's minister said Monday in Lima that Chile had violated the treaty.")
        .stances[0]
        .topic
    )
    assert topic == "Chile had violated the treaty"


def test_hard_wrapped_text_keeps_its_sentences_whole() -> None:
    text = (
        "Peru Bans Chilean Wine\n"
        "The Peruvian government has objected to Chile protecting\n"
        "its wine industry from imports. After several meetings, Peru and\n"
        "Chile have made no progress in their trade row, which they\n"
        "have tried to resolve for a year.\n"
        "    Peru's trade minister said talks would resume in\n"
        "April.\n"
    )
    assert [s.replace("\n", " ") for s in _sentences(text)] == [
        "Peru Bans Chilean Wine",
        "The Peruvian government has objected to Chile protecting its wine industry from imports.",
        "After several meetings, Peru and Chile have made no progress in their trade row, which"
        " they have tried to resolve for a year.",
        "Peru's trade minister said talks would resume in April.",
    ]
    # A line of names is no title when the sentence goes on after it in lower case, or
    # when it is inside a paragraph.
    names = (
        "Peruvian Foreign Minister Juan Carlos Perez\n"
        "met his Chilean counterpart Ana Luisa Soto, Chilean Trade Minister\n"
        "Luis Alberto Rios and Central Bank President Pedro Maria\n"
        "Vargas on the second leg of a tour of the region.\n"
    )
    assert len(_sentences(names)) == 1
    assert _meeting_codes(names) == [{"PER", "CHL"}]
    # Text that is not wrapped: a line break still ends a sentence (a headline, a list).
    assert _sentences("Talks end\nPeru and Chile met") == ["Talks end", "Peru and Chile met"]
    topics = [s.topic for s in extract_summary(text).stances]
    assert "Chile protecting its wine industry from imports" in topics


def test_a_state_adjective_right_before_the_trigger_keeps_those_listed_before_it() -> None:
    # "U.S." is read as an adjective; "Peru and the U.S. met" still lists both.
    assert _meeting_codes("Peru and the U.S. held talks.") == [{"PER", "USA"}]
    assert _meeting_codes("Peru and the U.S. met on Monday.") == [{"PER", "USA"}]
    assert _stance_keys("Peruvian and U.S. support for the plan grew.") == {
        ("PER", "support"),
        ("USA", "support"),
    }
    # A negotiation named after a state is no party.
    assert _meeting_codes("Peru and the U.S. held talks on the Uruguay Round.") == [{"PER", "USA"}]


def test_times_before_the_party_and_a_trip_this_evening() -> None:
    text = "Peru's president, in talks earlier this week with Chile's president, raised trade."
    assert _meeting_codes(text) == [{"PER", "CHL"}]
    tonight = extract_summary("Peru's president travels to Chile tonight.")
    assert [m.status for m in tonight.meetings] == ["planned"]


def test_a_quotation_over_wrapped_lines_and_longer_reporting_clauses() -> None:
    from diplosum.backends.offline.phrases import readable
    from diplosum.text.sentences import paragraph_start

    wrapped = (
        "Peru said talks with Chile on the border were going well and that\n"
        "it hoped to sign an accord with its neighbour next week, the\n"
        "trade minister said.\n"
        '    "We are close to a deal with Chile and the treaty is a good one for\n'
        "both of our peoples. It is a historic step,\" Peru's trade minister said.\n"
    )
    second = wrapped.index("both of")
    assert wrapped[paragraph_start(wrapped, second)].isspace()  # the indented line
    assert paragraph_start("one\ntwo", 5) == 4  # not wrapped: the line
    long = "a new trade pact, officials and businessmen from around the region said"
    assert readable(long, 0) == "a new trade pact"
    assert readable("two days ago Peru had been told of the plan", 0) == (
        "Peru had been told of the plan"
    )


def test_talks_in_a_state_and_meetings_asked_for() -> None:
    # A state named as where talks were: its officials are the other party; a city is not.
    assert _meeting_codes("Peru's foreign minister held talks in Chile on Monday.") == [
        {"PER", "CHL"}
    ]
    assert _meeting_codes("Peru's foreign minister held talks in Geneva on Monday.") == []
    asked = extract_summary("Peru requested talks with Chile.")
    assert [m.status for m in asked.meetings] == ["proposed"]


def test_a_state_s_move_or_decision_to_impose() -> None:
    cases = {
        "Peru's decision to impose duties on Chilean corn angered farmers.": ("PER", "CHL"),
        "Peru's move to impose stiff tariffs on Chilean goods stems from anger.": ("PER", "CHL"),
        "Peru may be able to lift sanctions against Chile by June.": ("PER", "CHL"),
        "Peru is threatening to revoke the licences of Chilean banks.": ("PER", "CHL"),
    }
    for text, pair in cases.items():
        assert pair in _sanction_pairs(text), text
    threat = extract_summary("Peru is threatening to revoke the licences of Chilean banks.")
    assert [s.status for s in threat.sanctions] == ["threatened"]


def test_plans_to_raise_tariffs_are_a_threat() -> None:
    for text in (
        "The Peruvian government's plan to raise tariffs on Chilean imports was overdue.",
        "Peru announced last week plans to impose tariffs worth 30 mln dlrs on Chilean goods.",
        "Peru was considering possible retaliatory measures against Chile.",
    ):
        summary = extract_summary(text)
        assert [(s.imposer.country, s.target.country, s.status) for s in summary.sanctions] == [
            ("PER", "CHL", "threatened")
        ], text


def test_a_person_named_before_an_appositive_office_and_later_by_surname() -> None:
    text = (
        "Trade disputes are a threat, Juan Soto, Peruvian minister of agriculture, warned. "
        '"We cannot go on like this," Soto said. Soto met Chile\'s president on Monday.'
    )
    people = {(m.actor.name, m.code) for m in find_actors(text) if m.kind == "person"}
    assert people == {("Juan Soto", "PER")}
    assert _meeting_codes(text) == [{"PER", "CHL"}]


def test_an_agent_phrase_ends_at_despite_and_a_topic_at_and_also() -> None:
    text = "The plan, approved by ministers despite opposition from Lima, was sent on."
    assert ("PER", "support") not in _stance_keys(text)
    topics = [
        s.topic
        for s in extract_summary(
            "Peru backed the court's view and also complained about the costs."
        ).stances
    ]
    assert "the court's view" in topics


def test_a_subordinate_clause_has_its_own_subject() -> None:
    text = "Peru's meeting comes after Chile's president criticised Bolivia in a speech."
    assert _stance_keys(text) == {("CHL", "oppose")}
    assert ("BOL", "oppose") in _stance_keys(
        "Peru met Chile before Bolivia's president criticised the deal."
    )


def test_a_past_time_makes_a_meeting_held_and_tomorrow_leads_to_its_party() -> None:
    text = "At a meeting in Lima last month, Peru and Chile agreed to cooperate to hold prices."
    assert [m.status for m in extract_summary(text).meetings] == ["held"]
    tomorrow = "Peru's ministers start talks tomorrow with officials of Chile and Bolivia."
    assert _meeting_codes(tomorrow) == [{"PER", "CHL", "BOL"}]


def test_a_phrase_keeps_the_preposition_of_an_idiom_it_opens_with() -> None:
    from diplosum.backends.offline.phrases import readable

    assert readable("On behalf of my government I thank you", 0) == (
        "On behalf of my government I thank you"
    )
    assert readable("in response to rumours in the markets", 0) == (
        "in response to rumours in the markets"
    )
    assert readable("in order to proceed with the talks", 0) == "proceed with the talks"
    assert readable("on the plan to cut tariffs", 0) == "the plan to cut tariffs"
    assert readable("after a Peruvian working at the embassy was arrested", 0) == (
        "a Peruvian working at the embassy was arrested"
    )


def test_reaffirming_a_rejection_is_opposition_and_pressing_is_an_appeal() -> None:
    text = "Peru reaffirmed the United States' rejection of any forced displacement."
    assert _stance_keys(text) == {("USA", "oppose")}
    assert _stance_keys("Peru reaffirmed its support for the accord.") == {("PER", "support")}
    assert _stance_keys("Peru pressed Chile to stop the tests.") == {("PER", "oppose")}
    assert _stance_keys("Peru pressed Chile to accept the offer.") == {("PER", "support")}


def test_a_title_case_headline_names_no_person_and_a_name_stops_at_a_blank_line() -> None:
    text = (
        "Peruvian Trade Minister Meets Chilean Officials\n\n"
        "Peruvian Trade Minister Juan Soto met his Chilean counterpart Ana Rios in Lima.\n"
    )
    people = [m.actor.name for m in find_actors(text) if m.kind == "person"]
    assert people == ["Juan Soto"]
    assert _meeting_codes(text)[-1] == {"PER", "CHL"}


def test_eu_wide_anti_state_and_planning_sanctions_and_a_far_target() -> None:
    text = "Foreign ministers imposed EU-wide sanctions against 21 Russian officials."
    assert _sanction_pairs(text) == [("EU", "RUS")]
    planning = extract_summary("Peru was planning to impose sanctions against Chile.")
    assert [(s.imposer.country, s.target.country, s.status) for s in planning.sanctions] == [
        ("PER", "CHL", "threatened")
    ]
    # "anti-Peru sanctions" are against Peru, never Peru's.
    assert ("PER", "CHL") not in _sanction_pairs(
        "Chile said it would answer with anti-Peru sanctions."
    )
    # A target is named right after its preposition, not a clause later.
    far = "Peru could impose travel bans on Monday, after talks between Chile and Ecuador."
    assert ("PER", "ECU") not in _sanction_pairs(far)


def test_talks_between_two_states_are_theirs_alone() -> None:
    text = "Peru's minister said talks between Chile and Bolivia would resume on Monday."
    assert _meeting_codes(text) == [{"CHL", "BOL"}]
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]
    late = "Peru could impose travel bans on Monday, after talks between Chile and Ecuador."
    assert _meeting_codes(late) == [{"CHL", "ECU"}]


def test_a_demand_said_of_another_is_a_neutral_position() -> None:
    # Asking another to act is an appeal, as "urged Peru to" is: neutral.
    assert _stance_keys(
        "The foreign minister of Chile said Peru needs to do more to protect fishing boats."
    ) == {("CHL", "neutral")}
    assert _stance_keys(
        "Argentina should release the prisoners, the Chilean president said on Tuesday."
    ) == {("CHL", "neutral")}
    assert _stance_keys('"All sides must show restraint," the Chilean foreign minister said.') == {
        ("CHL", "neutral")
    }
    topics = [s.topic for s in extract_summary(
        "Chile's foreign ministry said the Argentine government must withdraw its troops."
    ).stances]  # fmt: skip
    assert topics == ["Argentine government must withdraw its troops"]
    # What the speaker itself must do is its aim, not a position; nor is a demand nobody said.
    assert _stance_keys("Chile said it must protect its fishermen.") == set()
    assert _stance_keys("Peru must withdraw its troops from the border.") == set()
    # Nor is what another's modal says a demand when the state is not the one asked.
    assert _stance_keys("The Chilean minister said talks with Peru should resume soon.") == set()


def test_a_condition_ends_a_phrase_cut_short() -> None:
    from diplosum.backends.offline.phrases import readable

    text = "Peru should come up with a new economic plan if it hopes to get more aid."
    assert readable(text, 0) == "Peru should come up with a new economic plan"
    text = (
        "Chile denied any third country involvement in the border talks with Bolivia even though"
        " it knew of them."
    )
    assert readable(text, text.index("any")) == (
        "any third country involvement in the border talks with Bolivia"
    )


def test_an_inverted_speaker_who_speaks_for_no_state() -> None:
    # "said one economist at a bank" follows what was said: nobody's position, not the
    # state the words name, nor the speaker of a sentence nearby.
    assert _stance_keys("The deal is a positive step for Japan, said one economist at a bank.") == (
        set()
    )
    text = (
        "Peru's president said the talks were a success. The accord is a threat to Chilean "
        "fishing, said analysts polled by a news agency."
    )
    assert _stance_keys(text) == {("PER", "support")}
    # An inverted speaker the rules cannot place still says the words before the verb.
    stances = extract_summary(
        "Chile will respond firmly to the provocation, said Ana Lopez Soto."
    ).stances
    assert [(s.actor.country, s.topic) for s in stances] == [
        ("CHL", "Chile will respond firmly to the provocation")
    ]
    # A subject with what it is, then "said": what follows is what was said.
    stances = extract_summary(
        "Juan Perez, the Chilean foreign minister, said the talks were a success."
    ).stances
    assert [s.topic for s in stances] == ["the talks were a success"]


def test_a_body_named_with_its_abbreviation_in_brackets_is_one_party() -> None:
    assert _meeting_codes(
        "Talks between the European Union (EU) and Peru ended without a deal."
    ) == [{"EU", "PER"}]
    mentions = find_actors("The Organization of American States (OAS) and Chile met.")
    assert [(m.code, m.kind) for m in mentions] == [("IGO", "igo"), ("CHL", "name")]


def test_a_comma_alone_lists_nobody() -> None:
    # "As a member of the OAS, Chile ...": the body is no second subject of Chile's verb.
    assert _stance_keys("As a member of the OAS, Chile cannot officially support the plan.") == {
        ("CHL", "oppose")
    }
    assert _stance_keys("Britain, France and Germany condemned the attack.") == {
        ("GBR", "oppose"),
        ("FRA", "oppose"),
        ("DEU", "oppose"),
    }


def test_tariffs_of_an_amount_and_plans_said_with_a_time() -> None:
    sanctions = extract_summary(
        "Washington announced plans last week to impose up to 300 mln dlrs in tariffs on "
        "Peruvian goods."
    ).sanctions
    assert [(s.imposer.country, s.target.country, s.status) for s in sanctions] == [
        ("USA", "PER", "threatened")
    ]


def test_arrived_in_a_capital_to_negotiate_is_a_visit() -> None:
    assert _meeting_codes(
        "A Chilean government team has arrived in Lima to negotiate a new fishing accord."
    ) == [{"CHL", "PER"}]
    assert _meeting_codes("The Chilean envoy arrived in Lima on Monday for consultations.") == [
        {"CHL", "PER"}
    ]
    # A city alone may host others' negotiations: no party by it.
    assert _meeting_codes("The Chilean envoy arrived in Geneva to negotiate.") == []


def test_a_short_wire_story_with_indented_paragraphs_is_hard_wrapped() -> None:
    # Blank lines and indented paragraph openings are no line breaks inside a sentence:
    # a short story has few breaks, and they must not outvote the wrapped ones.
    text = (
        "CHILE TO SEND MINISTER TO LIMA\n\n"
        "President Perez announced he is\n"
        "sending Foreign Minister Juan Soto to Lima for talks\n"
        "with the Peruvian government next month.\n"
        "    Fishing is expected to be the major topic.\n"
        "    The announcement said the talks will take place April 13-16\n"
        "and would review the border.\n"
        " Reuter\n"
    )
    assert [s.replace("\n", " ") for s in _sentences(text)][1:3] == [
        "President Perez announced he is sending Foreign Minister Juan Soto to Lima for talks"
        " with the Peruvian government next month.",
        "Fishing is expected to be the major topic.",
    ]


def test_a_stance_noun_the_subject_receives_is_its_agents() -> None:
    # "came under criticism", "drew condemnation from": the subject is what it is about.
    assert _stance_keys("Peru faced strong criticism over the arrests.") == set()
    assert (
        _stance_keys(
            "Peru was encountering criticism not only from rights groups but also at home."
        )
        == set()
    )
    stances = extract_summary("Chile's decision drew condemnation from Peru.").stances
    assert [(s.actor.country, s.position, s.topic) for s in stances] == [
        ("PER", "oppose", "Chile's decision")
    ]
    stances = extract_summary(
        "Chile has come under growing criticism from Peru for its fishing quotas."
    ).stances
    assert [(s.actor.country, s.topic) for s in stances] == [("PER", "its fishing quotas")]


def test_he_opening_a_sentence_is_the_last_sentence_s_subject_not_its_object() -> None:
    text = (
        "Chilean Foreign Minister Heraldo Munoz said he hopes Peruvian President Ollanta "
        "Humala will make proposals at a meeting with Bolivian President Evo Morales. "
        "He also said he hopes talks will resume."
    )
    goals = extract_summary(text).goals
    assert [g.actor.country for g in goals if "resume" in g.statement] == ["CHL"]
    # One named after a preposition is "he" when nobody else is named.
    text = "Peru's minister held talks with Evo Morales. He said he hopes talks will resume."
    goals = extract_summary(text).goals
    assert [g.actor.country for g in goals if "resume" in g.statement] == ["BOL"]


def test_a_known_name_that_goes_on_with_a_surname_is_another_person() -> None:
    names = [m.actor.name for m in find_actors("said Juan Carlos Ortega, a senator, on Friday.")]
    assert names == []
    names = [m.actor.name for m in find_actors("Evo Morales Tuesday met the envoy.")]
    assert names == ["Evo Morales"]
