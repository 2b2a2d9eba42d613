"""Offline rules, on sentences written for each test: meetings (triggers, parties: lists,
hosts, visitors, counterparts; status).
"""

from __future__ import annotations

import datetime as dt
import itertools

from diplosum import summarise
from diplosum.backends.offline.actors import find_actors
from diplosum.backends.offline.rules import extract_summary
from diplosum.text.sentences import sentence_spans

from .offline_coder import (
    goal_codes,
    meeting_codes,
    meetings_of,
    offline,
    sanction_pairs,
    stance_keys,
)


def test_meetings_status_and_separately() -> None:
    summary = offline(
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
    # "separately" at the end of the clause, past those met.
    text = "Chile's president met Peru's president and Bolivia's president separately."
    assert meetings_of(text) == {
        (frozenset({"CHL", "PER"}), "held"),
        (frozenset({"CHL", "BOL"}), "held"),
    }


def test_off_topic_text_yields_nothing() -> None:
    summary = extract_summary(
        "The striker scored twice as the home side won 3-1 on Saturday. The manager said he "
        "was delighted with the result and hopes to sign a new goalkeeper next month."
    )
    assert summary.meetings == summary.sanctions == summary.stances == summary.goals == []


def test_deterministic_and_grounded(article: str) -> None:
    first, second = offline(article), offline(article)
    assert first.model_dump(exclude={"meta"}) == second.model_dump(exclude={"meta"})
    assert first.meta is not None and first.meta.backend == "offline"
    for section in (first.meetings, first.goals, first.sanctions, first.stances):
        for item in section:
            for ev in item.evidence:
                assert ev.start is not None and ev.end is not None
                assert article[ev.start : ev.end] == ev.quote
    assert first.rejected == []


def test_attempts_and_efforts_at_talks_are_proposed() -> None:
    for text in (
        "The envoy gave up his attempts to arrange Chilean-Peruvian talks on Wednesday.",
        "Efforts to arrange talks between Chile and Peru have failed.",
        "The Chilean foreign minister is trying to arrange a meeting with Peru's president.",
        "Chile is seeking a meeting with Peru's president.",
        # Every form of proposing or offering them.
        "Chile to propose a summit with Peru's president.",
        "Chile is proposing talks with Peru's president.",
        "Chile offers talks with Peru's president.",
    ):
        assert [m.status for m in extract_summary(text).meetings] == ["proposed"], text
    # Trying to keep talks alive: they are going on.
    text = "Chile tries to keep its talks with Peru going on Wednesday."
    assert [m.status for m in extract_summary(text).meetings] == ["held"]


def test_denied_refused_and_wished_meetings_are_not_held() -> None:
    assert (
        meetings_of(
            "Aides said there had so far been no talks on any summit between the "
            "leaders of Peru and Chile."
        )
        == set()
    )
    assert meetings_of("The Kenyan president refused to meet his Ugandan counterpart.") == set()
    assert meetings_of("Ghana has ruled out talks with Togo this year.") == set()
    assert meetings_of("The Kenyan president will skip the summit with Uganda's leaders.") == set()
    assert meetings_of("The Kenyan president will miss an address from Uganda's leader.") == set()
    assert meetings_of("Brazil would meet Argentina if the border reopened.") == {
        (frozenset({"BRA", "ARG"}), "proposed")
    }
    assert meetings_of("The Brazilian leader says he would be happy to meet Argentina's.") == {
        (frozenset({"BRA", "ARG"}), "proposed")
    }
    assert meetings_of("The Brazilian leader was pleased to meet Argentina's president.") == {
        (frozenset({"BRA", "ARG"}), "held")
    }
    text = "They back the plan to tax fuel tabled by Brazil after the recent talks with Argentina."
    assert meetings_of(text) == {(frozenset({"BRA", "ARG"}), "held")}
    # A future reported with its date is a plan.
    for text in (
        "The Brazilian president would meet the Argentine president on June 6, aides said.",
        "The Brazilian president would have an audience with Argentina's on June 6.",
    ):
        assert meetings_of(text) == {(frozenset({"BRA", "ARG"}), "planned")}, text
    assert meetings_of("Norway called for talks between Sudan and Chad.") == {
        (frozenset({"SDN", "TCD"}), "proposed")
    }
    assert meetings_of("Egypt's foreign minister met his Jordanian counterpart on Monday.") == {
        (frozenset({"EGY", "JOR"}), "held")
    }
    assert meetings_of("Russia said it was ready for talks with Ukraine.") == {
        (frozenset({"RUS", "UKR"}), "proposed")
    }
    # Tourists, students or fans of a state travel; they are no party of it.
    assert meetings_of("Chinese tourists visited Japan in record numbers.") == set()


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
        assert sanction_pairs(text) == [pair], text


def test_a_phone_call_to_a_counterpart_and_the_pope() -> None:
    called = extract_summary("Austria's chancellor called his Hungarian counterpart on Monday.")
    assert [({p.country for p in m.participants}, m.status) for m in called.meetings] == [
        ({"AUT", "HUN"}, "held")
    ]
    pope = extract_summary("Pope Francis met President Biden at the Vatican.")
    assert [{p.country for p in m.participants} for m in pope.meetings] == [{"VAT", "USA"}]


def test_the_two_leaders_and_what_was_discussed() -> None:
    # The welcome is the visit's meeting too; the pipeline merges the two mentions.
    summary = offline(
        "Chinese President Xi Jinping welcomed Brazilian President Lula to Beijing on Friday. "
        "The two leaders held talks on trade and climate."
    )
    assert [{p.country for p in m.participants} for m in summary.meetings] == [{"CHN", "BRA"}]
    assert len(summary.meetings[0].evidence) == 2
    assert meeting_codes(
        "The German and French foreign ministers arrived in Kiev. "
        "The two ministers met President Volodymyr Zelenskiy."
    ) == [{"DEU", "FRA", "UKR"}]
    # Past an aside, or in its participle.
    text = (
        "The Chilean and Peruvian presidents agreed to form a joint brigade. "
        "The two leaders, meeting at a residence in Arica, also discussed the border."
    )
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # What was discussed is no party; with whom it was discussed is.
    assert meeting_codes("Putin discussed Syria with Erdogan on Monday.") == [{"RUS", "TUR"}]
    assert meeting_codes("The Russian and Turkish presidents discussed Syria.") == [{"RUS", "TUR"}]
    # So with what is negotiated.
    text = "Chile's government is negotiating a bilateral investment treaty with Peru."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    text = "Chile's president steered clear of discussing Peru with party hardliners."
    assert meeting_codes(text) == []


def test_the_office_named_again_is_its_holder() -> None:
    for text, code in {
        "Chilean President Ana Soto met Peruvian Prime Minister Luis Vera in Lima. The prime "
        "minister said the talks were constructive.": "PER",
        "Chilean President Ana Soto met Peruvian officials. "
        '"The deal is a success," the president said.': "CHL",
    }.items():
        assert {key[0] for key in stance_keys(text)} == {code}, text
    # The office as the subject of a stance, a goal or a meeting.
    text = (
        "Peruvian Prime Minister Luis Vera arrived in Santiago. "
        "The prime minister rejected the plan."
    )
    assert stance_keys(text) == {("PER", "oppose")}
    text = (
        "Peruvian Prime Minister Luis Vera arrived in Quito. "
        "The prime minister met Chile's president."
    )
    assert {"PER", "CHL"} in meeting_codes(text)
    # Two presidents named: which one is meant, the rules do not guess.
    text = (
        "Chilean President Ana Soto met Peruvian President Luis Vera in Lima. The president said "
        "the talks were constructive."
    )
    assert stance_keys(text) == set()
    # Mid-clause, right before its verb; and one named without the title, whose office
    # the people gazetteer knows.
    text = "Gordon Brown spoke in Leeds. Trade was a point the prime minister wanted to expand."
    assert goal_codes(text) == ["GBR"]
    # One the article titles so outranks one the gazetteer knows, though its state is
    # unknown: then no one.
    text = (
        "Gordon Brown spoke in Leeds. Prime Minister Ana Soto met him. "
        "The prime minister wants to expand trade."
    )
    assert goal_codes(text) == []


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


def test_news_conferences_hosts_as_nouns_and_places_are_no_meetings() -> None:
    for text in (
        "At a press conference in the port city of Gdynia, Scholz appealed for calm.",
        "The ministers on Monday praised Jordan as a refugee host.",
        # A post named after the talks it serves.
        "Ana Soto, a former Chilean envoy for Peruvian-Bolivian negotiations, has died.",
    ):
        assert extract_summary(text).meetings == [], text
    # An envoy to the talks attends them.
    text = "Chile's envoy to the Peru-Bolivia peace talks, Ana Soto, said they went well."
    assert meeting_codes(text) != []
    hosted = extract_summary("Putin hosted Erdogan in Sochi on Monday.")
    assert [{p.country for p in m.participants} for m in hosted.meetings] == [{"RUS", "TUR"}]


def test_between_after_a_relation_names_no_meeting_parties() -> None:
    text = "Putin stayed away from a gathering at a time of tensions between Washington and Moscow."
    assert extract_summary(text).meetings == []
    talks = extract_summary("The talks on trade between Chile and Peru ended on Friday.")
    assert [{p.country for p in m.participants} for m in talks.meetings] == [{"CHL", "PER"}]


def test_parties_met_in_different_places_are_separate_meetings() -> None:
    assert meeting_codes(
        "Macron will hold talks with Modi in New Delhi and Pakistani Prime Minister Shehbaz "
        "Sharif in Islamabad."
    ) == [{"FRA", "IND"}, {"FRA", "PAK"}]
    assert meeting_codes("Kerry met Lavrov and Zarif in Geneva.") == [{"USA", "RUS", "IRN"}]


def test_parties_met_on_different_days_are_separate_meetings() -> None:
    text = "Peru's president met Chile's president on Monday and Bolivia's president on Friday."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}]
    text = "Peru's president met Chile's president on May 5 and Bolivia's president on May 9."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}]
    text = "Peru's president met Chile's and Bolivia's presidents on Friday."
    assert meeting_codes(text) == [{"PER", "CHL", "BOL"}]
    # One after the other: "and then with".
    text = "Peru's president held talks with Chile's president and then with Bolivia's."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}]


def test_an_invitation_to_talks_proposes_them_with_the_one_who_invites() -> None:
    for text in (
        "Chile's trade minister has not yet answered a Peruvian invitation for wine talks.",
        "Chile's trade minister received an invitation from Peru for talks on wine.",
    ):
        summary = extract_summary(text)
        assert [({p.country for p in m.participants}, m.status) for m in summary.meetings] == [
            ({"CHL", "PER"}, "proposed")
        ], text
    text = "Chile's trade minister turned down a Peruvian invitation for talks on wine."
    assert extract_summary(text).meetings == []


def test_being_on_the_phone_with_someone_is_a_call() -> None:
    text = "Peru's president was on the phone with Chile's leader for an hour on Monday."
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_calls_in_the_plural_are_one_call_each_and_a_conference_call_is_one() -> None:
    text = "In calls with the Chilean and Bolivian foreign ministers, Peru's president urged calm."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}]
    text = "Peru's president held phone calls with Chile's and Bolivia's leaders on Monday."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}]
    text = "Peru's president held a conference call with Chile's and Bolivia's leaders."
    assert meeting_codes(text) == [{"PER", "CHL", "BOL"}]


def test_lists_join_across_the_and_titles() -> None:
    assert meeting_codes("Mr Gorbachev and Mr Reagan will meet in Reykjavik in October 1986.") == [
        {"SUN", "USA"}
    ]
    assert meeting_codes(
        "The United States and the Soviet Union held talks in Geneva in 1985."
    ) == [{"USA", "SUN"}]


def test_a_list_of_officers_each_after_their_states_possessive() -> None:
    # "Peru's foreign minister Ana Soto" is one actor: the list goes on past her title.
    text = "Peru's foreign minister Ana Soto and Chile's trade minister Luis Vega will meet today."
    assert meeting_codes(text) == [{"PER", "CHL"}]
    text = "Peru's President Ana Soto and Chile's President Luis Vega condemned the attack."
    assert stance_keys(text) == {("PER", "oppose"), ("CHL", "oppose")}


def test_they_at_the_start_of_a_sentence_are_the_last_two_named() -> None:
    text = "Kerry and Lavrov flew to Munich. They met on Friday and pressed for a truce."
    found = [
        ({p.country for p in m.participants}, m.status) for m in extract_summary(text).meetings
    ]
    assert found == [({"USA", "RUS"}, "held")]
    # "They" as what was negotiated, in the passive, are no parties.
    text = (
        "The better terms came after Chile said that Peru's and Bolivia's entry into the "
        "Andean Community hurt its exports. They have been negotiated under GATT rules."
    )
    assert meeting_codes(text) == []


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


def test_called_is_a_telephone_call_only_when_whom_it_called_ends_the_clause() -> None:
    cases = {
        "Putin called Erdogan on Tuesday.": [({"RUS", "TUR"}, "held")],
        "Obama called Netanyahu to offer condolences.": [({"USA", "ISR"}, "held")],
        "Trump called Putin a genius.": [],
        "Iran called Saudi Arabia a threat to the region.": [],
        "Norway called for talks between Sudan and Chad.": [({"SDN", "TCD"}, "proposed")],
        # The one called named by their state's possessive and office.
        "Chile's president called Peru's president to discuss the crisis.": [
            ({"CHL", "PER"}, "held")
        ],
        "Chile's president called Peru's president a liar.": [],
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
    assert stance_keys("Neither France nor Germany backed the proposal.") == {
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


def test_text_without_sentence_ends_is_read_in_bounded_pieces() -> None:
    from diplosum.backends.offline.article_sentences import MAX_SENTENCE, _bounded

    text = "Kenya, Uganda, Rwanda, Burundi and Tanzania held talks, " * 400
    spans = _bounded(text, sentence_spans(text))
    assert len(spans) > 1 and all(end - start <= MAX_SENTENCE for start, end in spans)
    # Nothing is lost between pieces but the spaces where they were cut.
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())
    assert all(not text[b:c].strip() for (_, b), (c, _) in itertools.pairwise(spans))
    summary = extract_summary(text)  # linear in the text, not in its square
    assert summary.meetings and all(len(m.evidence[0].quote) <= 400 for m in summary.meetings)


def test_appositives_refusals_threats_and_arrivals() -> None:
    # The subject stands before an appositive or a relative clause set off by commas.
    assert stance_keys("Chile, a close ally of Spain, has refused to send troops to Sudan.") == {
        ("CHL", "oppose")
    }
    assert stance_keys(
        "Brazil, the largest economy in the region, welcomed the deal on Monday."
    ) == {("BRA", "support")}
    # "another" or "fellow" opens one too, whoever it names.
    text = "Peru will send aid, and Chile, another Morales critic, condemned the vote."
    assert ("CHL", "oppose") in stance_keys(text)
    assert ("BOL", "oppose") not in stance_keys(text)
    assert stance_keys("Ana Ruiz, the Colombian foreign minister, praised the ceasefire.") == {
        ("COL", "support")
    }
    assert stance_keys("The Polish foreign minister, Jan Nowak, condemned the arrests.") == {
        ("POL", "oppose")
    }
    # Refusals and threats take a side.
    assert stance_keys("Iran threatened to close the strait on Monday.") == {("IRN", "oppose")}
    assert stance_keys("The Thai government is refusing to extradite the suspect.") == {
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
    assert meeting_codes("Kenyan President Daniel Moi arrived in Kampala on a two-day visit.") == [
        {"KEN", "UGA"}
    ]
    assert meeting_codes("The Japanese foreign minister arrived in Peru for talks.") == [
        {"JPN", "PER"}
    ]
    assert meeting_codes("The Japanese foreign minister arrived in Vienna on Monday.") == []
    assert meeting_codes("Putin arrived in Geneva for talks with Biden.") == [{"RUS", "USA"}]


def test_everyday_words_for_positions_meetings_recalls_and_intentions() -> None:
    assert stance_keys("Ghana voiced opposition to the new tariffs.") == {("GHA", "oppose")}
    assert stance_keys("Norway expressed disappointment at the outcome.") == {("NOR", "oppose")}
    assert stance_keys("Sweden threw its weight behind the proposal.") == {("SWE", "support")}
    assert stance_keys("Mexico congratulated Colombia on the peace deal.") == {("MEX", "support")}
    # "opposing sides" describes the sides; "thanks to" means "because of".
    assert stance_keys("Iran and Iraq backed opposing sides in the war.") == {
        ("IRN", "support"),
        ("IRQ", "support"),
    }
    assert stance_keys("Thanks to Qatar, the hostages were freed.") == set()

    assert meeting_codes("The Austrian chancellor sat down with the Hungarian premier.") == [
        {"AUT", "HUN"}
    ]
    assert meeting_codes("The French president had dinner with the German chancellor.") == [
        {"FRA", "DEU"}
    ]
    assert meeting_codes("The Kenyan president will travel to Ethiopia next week for talks.") == [
        {"KEN", "ETH"}
    ]
    # Welcoming a visitor is a meeting, not support for a position.
    greeted = extract_summary("The Portuguese president welcomed his Angolan counterpart.")
    assert [{p.country for p in m.participants} for m in greeted.meetings] == [{"PRT", "AGO"}]
    assert greeted.stances == []

    recalled = extract_summary("Canada withdrew its ambassador from Saudi Arabia.").sanctions
    assert [(s.imposer.country, s.target.country) for s in recalled] == [("CAN", "SAU")]

    assert goal_codes("Nigeria said it would send 500 troops to Mali.") == ["NGA"]
    assert goal_codes("Brazil is working towards a trade deal with China.") == ["BRA"]


def test_non_state_groups_take_their_base_and_attendees_are_parties() -> None:
    text = "The meeting was hosted by Oman and attended by the United States and the Houthis."
    assert [{p.country for p in m.participants} for m in extract_summary(text).meetings] == [
        {"OMN", "USA", "YEM"}
    ]
    attended = "The talks, attended by Iran, Russia and Turkey, ended without agreement."
    assert [{p.country for p in m.participants} for m in extract_summary(attended).meetings] == [
        {"IRN", "RUS", "TUR"}
    ]


def test_an_official_staying_in_another_state_meets_it() -> None:
    assert meeting_codes("Peruvian Prime Minister Ana Ruiz is currently in Quito.") == [
        {"PER", "ECU"}
    ]
    assert meeting_codes("The French president is in Berlin for talks.") == [{"FRA", "DEU"}]
    # Not a thing, nor a year after "in".
    assert meeting_codes("The Chinese dispute with Japan is in Geneva now.") == []
    assert meeting_codes("The Chinese minister was in 2010 a critic of Japan.") == []


def test_invited_guests_and_other_spellings_of_a_name() -> None:
    def meetings(text: str) -> list[tuple[set[str | None], str]]:
        found = summarise(text, backend="offline", cache=False).meetings
        return [({p.country for p in m.participants}, m.status) for m in found]

    assert meetings("Biden invited Modi to visit Washington.") == [({"IND", "USA"}, "proposed")]
    assert meetings("China invited Vietnam to hold talks on the dispute.") == [
        ({"CHN", "VNM"}, "proposed")
    ]
    assert meetings("NATO invited Sweden to join the alliance.") == []
    # One invited by office, past an article or possessive.
    assert meetings("Japan invited the Chinese premier to visit Tokyo.") == [
        ({"JPN", "CHN"}, "proposed")
    ]
    assert meetings("The Indian president invited his Chilean counterpart to visit India.") == [
        ({"IND", "CHL"}, "proposed")
    ]
    # The gazetteer's full name is spelt "Zelenskiy"; the article's "Zelensky" still names
    # him, so the support check keeps the meeting.
    assert meetings("Zelensky said he was ready to meet Putin.") == [({"UKR", "RUS"}, "proposed")]


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


def test_official_travel_to_another_state_and_a_second_stop() -> None:
    def meetings(text: str) -> list[tuple[set[str | None], str]]:
        found = extract_summary(text).meetings
        return [({p.country for p in m.participants}, m.status) for m in found]

    assert meetings("The Egyptian president travelled to Riyadh.") == [({"EGY", "SAU"}, "held")]
    # A trip to several states: a meeting with each.
    text = "Peru's minister will travel to France, Germany and Italy this week."
    assert meetings(text) == [
        ({"PER", "FRA"}, "planned"),
        ({"PER", "DEU"}, "planned"),
        ({"PER", "ITA"}, "planned"),
    ]
    text = "Peru's minister travelled to France, the ministry said."
    assert meetings(text) == [({"PER", "FRA"}, "held")]
    # Leaving or setting off for a state is travel to it, a plan with a day to come.
    assert meetings("Peru's foreign minister left for Santiago.") == [({"PER", "CHL"}, "held")]
    for text in (
        "Peru's trade minister leaves for Chile on Saturday.",
        "Peru's president, who sets off for Santiago tomorrow, met his cabinet.",
        "Peru's trade minister would depart for Chile next week.",
    ):
        assert meetings(text) == [({"PER", "CHL"}, "planned")], text
    text = "Lavrov is due to attend an Arab League summit on Friday before heading to India."
    assert meetings(text) == [({"RUS", "ARL"}, "planned"), ({"RUS", "IND"}, "planned")]
    # A trip to a body's gathering held somewhere is no meeting with the host.
    text = "Peru's finance minister will fly to Tokyo to attend the annual meeting of the IMF."
    assert meetings(text) == [({"PER", "IMF"}, "planned")]
    text = "Peru's finance minister is travelling to Chile for a session of the OAS assembly."
    assert meetings(text) == []
    # A visit to a body's seat for talks with it, or for its gathering: the body's meeting.
    text = "Chilean officials will visit Washington next month for talks with World Bank staff."
    assert meetings(text) == [({"CHL", "IGO"}, "planned")]
    text = "Chilean officials will visit Washington next month for talks with U.S. officials."
    assert meetings(text) == [({"CHL", "USA"}, "planned")]
    # A trip to a seat to meet another state's leader: the place is where, not with whom.
    text = "Humala flew to Brussels to meet with Chilean President Michelle Bachelet."
    assert meetings(text) == [({"PER", "CHL"}, "held")]
    text = "Humala will head to Brussels to meet Obama and other NATO leaders."
    assert [codes for codes, _ in meetings(text)] == [{"PER", "USA", "NATO"}]
    # "for a (business) meeting with": the place is where, whoever is met.
    for text in (
        "Humala flew to Kenya for a meeting with Chile's foreign minister.",
        "Humala travelled to Kenya for a working meeting with Chilean officials.",
    ):
        assert meetings(text) == [({"PER", "CHL"}, "held")], text
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


def test_he_opening_a_sentence_is_the_last_one_s_subject_past_three_others() -> None:
    text = (
        "Boric, a close ally of Lula in the region, has made visits, meeting Milei in "
        "Buenos Aires and Arce in La Paz. He also visited Peruvian President Ana Soto in Lima."
    )
    assert {"CHL", "PER"} in meeting_codes(text)
    assert {"BOL", "PER"} not in meeting_codes(text)


def test_talks_a_clause_makes_possible_are_not_its_subject_s() -> None:
    text = (
        "Chile and Peru sponsored the truce that took effect on May 2 to allow talks to go ahead."
    )
    assert meeting_codes(text) == []
    text = "The truce paved the way for talks between Chile and Peru."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_states_after_from_are_a_source_not_the_meeting_s_subject() -> None:
    text = '"We took guarantees from Chile and Peru to enter the negotiations," he said.'
    assert meeting_codes(text) == []
    # Officials from a state are its own.
    text = "Officials from Chile and Peru were due to meet in Quito on Tuesday."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_denied_meetings_are_none() -> None:
    text = "Iran denied that it had held secret talks with Saudi Arabia."
    assert extract_summary(text).meetings == []
    text = "The Chilean trade minister had pulled out of the talks with Peru for domestic reasons."
    assert extract_summary(text).meetings == []
    # Talks said to be missing: "absent talks", "in the absence of talks", "a lack of".
    for text in (
        "A deal is far off, but absent direct negotiations between Chile and Peru, hope fades.",
        "In the absence of talks between Chile and Peru, the dispute will drag on.",
        "The lack of talks between Chile and Peru worries investors.",
    ):
        assert extract_summary(text).meetings == [], text
    assert meeting_codes("Chile's absent president later met Peru's leader.") == [{"CHL", "PER"}]
    # "any" talks are whatever talks there may be: none held or set.
    for text in (
        "Lima, Santiago and Quito objected to letting the rebels into any peace talks.",
        "Chile believes any talks with Peru would require a ceasefire first.",
    ):
        assert meeting_codes(text) == [], text
    assert meeting_codes("Chile held talks with Peru, the first in many years.") == [{"CHL", "PER"}]


def test_between_with_no_party_after_it_leaves_the_visit_its_parties() -> None:
    text = (
        "The Malian president will visit Niger and Chad to mediate in a dispute between "
        "the two neighbours, officials said."
    )
    assert [{p.country for p in m.participants} for m in extract_summary(text).meetings] == [
        {"MLI", "NER", "TCD"}
    ]


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
        assert code in goal_codes(text), text
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
        assert codes in meeting_codes(text), text


def test_a_visit_in_an_opening_participle_phrase_is_the_main_subjects() -> None:
    text = "Visiting Lima last week, the Chilean president warned Bolivia against the dam."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}


def test_conferring_to_come_is_a_planned_meeting() -> None:
    for text in (
        "The Chilean president will confer with the Peruvian president on Friday.",
        "The Chilean president was to confer with the Peruvian president on Friday.",
    ):
        assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}, text


def test_talks_looked_forward_to_are_planned() -> None:
    for text in (
        "The Chilean president looks forward to talks with the Peruvian president.",
        "Chile's leader is looking forward to meeting the Peruvian president in Lima.",
    ):
        assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}, text
    # Talks held, and more looked forward to: the meeting named is held.
    text = "The Chilean president met the Peruvian president and looks forward to more talks."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}


def test_an_undated_text_is_dated_by_the_people_it_names() -> None:
    # Shevardnadze was the Soviet foreign minister in Shultz's years, Georgia's president in
    # Putin's; alone, with no date, he is neither.
    assert meeting_codes("Mr Shultz conferred with Mr Shevardnadze for four hours.") == [
        {"USA", "SUN"}
    ]
    assert meeting_codes("Mr Shevardnadze met Mr Putin in Moscow.") == [{"GEO", "RUS"}]
    assert meeting_codes("Mr Shevardnadze met Chilean officials.") == []
    # A name of two people ("Bush") dates nothing, but takes the one of the text's years.
    assert meeting_codes("Bush met Putin at the Kremlin.") == [{"USA", "RUS"}]


def test_a_call_to_settle_peacefully_is_neutral_and_an_expressed_commitment_is_support() -> None:
    assert stance_keys(
        "Kerry called on Peru on Wednesday to resolve the maritime dispute peacefully."
    ) == {("USA", "neutral")}
    assert stance_keys(
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
    assert meetings_of("Peru boycotted the talks with Chile.") == set()
    assert meetings_of("Peru said it would boycott the border talks with Chile.") == set()
    unwilling = "Peru's president, unwilling to join talks with Chile, stayed home."
    assert meetings_of(unwilling) == set()


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


def test_courtesy_calls_and_hosts_are_meetings_not_stances() -> None:
    text = "The Chilean foreign minister paid a courtesy call on the Peruvian president."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    assert stance_keys(text) == set()
    assert meeting_codes("Peru played host to the Bolivian president on Monday.") == [
        {"PER", "BOL"}
    ]
    # Given something in person at a meeting, a term quoted on the way.
    text = 'Peru\'s president gave Evo Morales her "firm and lasting" backing at the summit.'
    assert meeting_codes(text) == [{"PER", "BOL"}]


def test_a_visitor_welcomed_is_a_meeting_a_decision_welcomed_a_stance() -> None:
    for text in (
        "The Chilean president welcomed Peruvian President Ollanta Humala to Santiago.",
        "Chile welcomed Peru's president, Ollanta Humala, to Santiago on Monday.",
        "The Chilean foreign minister welcomed his Peruvian counterpart at the airport.",
        "Chile welcomed the Peruvian foreign minister for talks on the border.",
        # nothing said after the visitor but the day
        "The Chilean president warmly welcomed Peru's president on Thursday.",
    ):
        assert meeting_codes(text) == [{"CHL", "PER"}], text
        assert stance_keys(text) == set(), text
    summary = extract_summary(
        "The Chilean president will welcome the Peruvian president to Santiago."
    )
    assert [m.status for m in summary.meetings] == ["planned"]
    # What is welcomed is no visitor: a stance, no meeting.
    for text in (
        "Chile welcomed Peru's decision to reopen the border.",
        "Chile welcomed the Peruvian president's remarks in Lima.",
        "Chile welcomed the Peruvian president's remarks on Thursday.",
    ):
        assert meeting_codes(text) == [], text
        assert stance_keys(text) == {("CHL", "support")}, text


def test_a_state_before_a_preposition_is_no_party_of_the_meeting_after_it() -> None:
    text = "Beijing lodged a strong protest with Tokyo over the visit to the shrine."
    assert meeting_codes(text) == []
    assert stance_keys(text) == {("CHN", "oppose")}
    # A preposition of time does not part them: those named before it talked.
    text = "Shultz forecast a bright future for the Philippines after talks on trade."
    assert meeting_codes(text) == [{"USA", "PHL"}]


def test_a_call_on_a_day_is_no_appeal_and_a_summit_on_whose_sidelines_is_no_party() -> None:
    text = "The Chilean and Peruvian presidents spoke by video call on Monday."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    assert stance_keys(text) == set()
    assert stance_keys("Chile called on Monday for restraint.") == {("CHL", "neutral")}
    text = "The Chilean president met his Peruvian counterpart on the sidelines of the OAS summit."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # The body named in full, the same.
    text = (
        "The Chilean president met his Peruvian counterpart on the sidelines of the "
        "Organization of American States summit."
    )
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_a_conversation_or_a_working_lunch_with_another_is_a_meeting() -> None:
    for text in (
        "The Chilean foreign minister had a long conversation with Peru's president.",
        "The Chilean foreign minister held a working lunch with Peru's president.",
    ):
        assert meeting_codes(text) == [{"CHL", "PER"}], text


def test_an_official_told_by_another_met_them() -> None:
    for text in (
        "The Peruvian foreign minister told the Chilean president that the border would stay open.",
        "Chilean Foreign Minister Heraldo Munoz assured his Peruvian counterpart that Chile "
        "would respect the truce.",
        # a state telling another's official; an official named with a courtesy title, or
        # after the office of his state
        "Chile told the Peruvian ambassador on Sunday that the border would stay open.",
        "March 3, 2015\nChilean President Michelle Bachelet told Mr Humala that the border "
        "would stay open.",
        "Chile's president told Peruvian President Ollanta Humala that the border would stay open.",
    ):
        assert meeting_codes(text) == [{"PER", "CHL"}], text
    text = (
        "June 1, 2016\nChile's president assured European Commission President Jean-Claude "
        "Juncker that the border would stay open."
    )
    assert meeting_codes(text) == [{"CHL", "EU"}]
    # A state that sees someone does not meet them.
    assert meeting_codes("Chile was relieved to see the Peruvian president back down.") == []
    # Not those told who are no one's officials, nor a state told.
    for text in (
        "The Peruvian foreign minister told reporters that Chile must comply.",
        "Peru told Chile that the border would stay open.",
    ):
        assert meeting_codes(text) == [], text


def test_a_reported_will_is_planned_and_a_condition_still_proposes() -> None:
    assert meetings_of("The Chilean foreign minister said he would visit Peru next month.") == {
        (frozenset({"CHL", "PER"}), "planned")
    }
    assert meetings_of("Chile said it would meet Peru if the border was reopened.") == {
        (frozenset({"CHL", "PER"}), "proposed")
    }


def test_a_group_named_then_its_members_listed_meets_as_the_members() -> None:
    text = (
        "A meeting in Lima of leaders of the Andean countries, Peru, Bolivia, Ecuador and "
        "Colombia, ended on Friday."
    )
    assert meeting_codes(text) == [{"PER", "BOL", "ECU", "COL"}]
    text = (
        "Ministers flew to a meeting in Quito of the founding members of the OAS - Chile, "
        "Peru and Bolivia."
    )
    assert meeting_codes(text) == [{"CHL", "PER", "BOL"}]


def test_members_named_with_including_are_parties() -> None:
    text = "The president will attend a summit of OAS leaders, including Chile's president."
    assert meeting_codes(text) == [{"IGO", "CHL"}]
    text = "Peru held talks with several neighbours, including Bolivia and Ecuador, on Monday."
    assert meeting_codes(text) == [{"PER", "BOL", "ECU"}]


def test_talks_led_by_a_body_on_a_state() -> None:
    assert meetings_of("OAS-led peace talks on Colombia resumed in Havana on Monday.") == {
        (frozenset({"IGO", "COL"}), "held")
    }
    # Talks "for" a state are on it too: its peace talks.
    text = "The OAS announced that peace talks for Colombia had begun in Havana."
    assert meetings_of(text) == {(frozenset({"IGO", "COL"}), "held")}
    # The clause's subject only speaks of talks others convene.
    assert meeting_codes("Peru said OAS-brokered talks on Colombia would resume.") == [
        {"IGO", "COL"}
    ]
    # Talks of two parties named keep them; the subject matter is not a third.
    assert meeting_codes("Chile and Peru held talks on Bolivia in Lima.") == [{"CHL", "PER"}]
    # The convener before the state in the talks' own noun phrase, but not before a body.
    assert meeting_codes("The OAS-brokered Colombian peace talks resumed.") == [{"IGO", "COL"}]
    text = "Chile and the Peruvian-led OAS ended talks on Monday."
    assert meeting_codes(text) == [{"CHL", "IGO"}]
    # A subject that holds, resumes or joins the convened talks takes part in them.
    for text in (
        "Colombian officials held OAS-brokered talks on Monday.",
        "The Colombian government resumed the OAS-led talks in Havana.",
        "Colombia joined OAS-sponsored talks last week.",
    ):
        assert meeting_codes(text) == [{"COL", "IGO"}], text


def test_talks_a_state_wants_are_proposed() -> None:
    text = "Ana Soto, Chile's foreign minister, said the country wants to reopen talks with Peru."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "proposed")}
    # Trying to revive talks under way is no proposal.
    assert meetings_of("Chile tries to revive its talks with Peru.") == {
        (frozenset({"CHL", "PER"}), "held")
    }


def test_an_official_addressing_a_body_in_session_meets_it() -> None:
    for text in (
        "Peru's envoy spoke as he told the Security Council of his worries.",
        "Chilean President Juan Vera addressed the General Assembly on Tuesday.",
        "Peru's foreign minister briefed the Security Council on the border dispute.",
    ):
        assert meeting_codes(text) in ([{"PER", "UN"}], [{"CHL", "UN"}]), text
    # Only the speaker and the body: not one named after them.
    text = (
        "November 1, 2015\nAfter Peru's Foreign Minister Ana Ruiz addressed the General "
        'Assembly in September Chilean President Michelle Bachelet tweeted: "I heard her."'
    )
    assert meeting_codes(text) == [{"PER", "UN"}]
    # Not the body at large, nor concerns addressed.
    for text in (
        "Chile told the United Nations it would comply.",
        "Chile addressed Peruvian concerns.",
    ):
        assert meeting_codes(text) == [], text


def test_the_one_told_in_a_call_and_talks_on_the_sidelines() -> None:
    text = (
        "The Chilean president told the Peruvian president in a phone call that the ruling"
        " must be respected."
    )
    assert meeting_codes(text) == [{"CHL", "PER"}]
    text = "Chile and Peru will hold talks on the sidelines of the OAS summit."
    assert meeting_codes(text) == [{"CHL", "PER"}, {"CHL", "PER", "IGO"}]
    # "margins" and "fringes" are sidelines: one state beside the body is no second meeting.
    text = "The Chilean president met Peru's president on the margins of the OAS summit."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # A video link is a call.
    text = "The Chilean and Peruvian presidents spoke by video link on Monday."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_meetings_considered_declined_and_denied() -> None:
    assert meetings_of(
        "A meeting between the Chilean and Peruvian ministers is being considered."
    ) == {(frozenset({"CHL", "PER"}), "proposed")}
    # Said of the one who would go: under consideration too, not held.
    for text in (
        "Chile's president is considering a visit to Peru.",
        "Chile is weighing talks with Peru.",
    ):
        assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "proposed")}, text
    # Not the one met, considering something else.
    text = "Chile's president met Peru's president, who is considering new tariffs."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}
    denied = "Reports of a meeting between the Chilean and Bolivian presidents were denied."
    for text in ("Chile declined an invitation to visit Peru.", denied):
        assert extract_summary(text).meetings == [], text
    assert stance_keys(denied) == set()


def test_a_meeting_said_to_be_off_the_agenda_is_none() -> None:
    for text in (
        "Chile said talks with Peru were not on the agenda.",
        "A summit between Chile and Peru is no longer on the cards.",
        "Talks with Peru are off the table, the Chilean minister said.",
    ):
        assert extract_summary(text).meetings == [], text
    # Something else off the agenda of a meeting held: the meeting stands.
    text = "Chile's president met Peru's president, and trade was not on the agenda."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}


def test_a_warm_welcome_is_a_meeting_and_ties_upgraded_are_support() -> None:
    text = "The Peruvian president gave a warm welcome on Thursday to the Chilean president."
    assert meeting_codes(text) == [{"PER", "CHL"}]
    text = "Chile and Peru have upgraded their diplomatic ties after a ten-year break."
    stances = extract_summary(text).stances
    assert {(s.actor.country, s.position) for s in stances} == {
        ("CHL", "support"),
        ("PER", "support"),
    }
    assert stances[0].topic.startswith("upgraded their diplomatic ties")


def test_a_states_official_news_agency_speaks_for_it() -> None:
    assert stance_keys("Xinhua said the Peruvian visit was a success.") == {("CHN", "support")}
    text = "The official Tass news agency said the American proposal was unacceptable."
    assert stance_keys(text) == {("RUS", "oppose")}
    # Told in an interview, it is no party.
    told = "Kerry told Xinhua in an interview that ties were strong."
    assert extract_summary(told).meetings == []


def test_a_body_suspends_a_member_and_suspended_talks_are_cancelled() -> None:
    summary = extract_summary("The OAS suspended Venezuela after the coup.")
    assert [(x.imposer.country, x.target.country) for x in summary.sanctions] == [("IGO", "VEN")]
    assert extract_summary("The talks were suspended.").sanctions == []
    assert meetings_of("Chile suspended talks with Peru.") == {
        (frozenset({"CHL", "PER"}), "cancelled")
    }


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
        assert meeting_codes(text) == [codes], text


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
        assert stance_keys(text) == keys, text
    assert goal_codes("Japan is wishing to join the pact.") == ["JPN"]
    assert meeting_codes("Chile's president was speaking with Peru's president on Friday.") == [
        {"CHL", "PER"}
    ]


def test_compounds_of_two_states_adjectives() -> None:
    assert meeting_codes("The Franco-German meeting failed to make progress.") == [{"DEU", "FRA"}]
    assert meeting_codes("Sino-Japanese talks resumed on Monday.") == [{"CHN", "JPN"}]
    assert meeting_codes("Anglo-Irish talks will resume next week.") == [{"GBR", "IRL"}]
    # The pipeline's support check reads the compound as naming both.
    summary = offline("Sino-Japanese talks resumed on Monday in Beijing, officials said.")
    assert [{p.country for p in m.participants} for m in summary.meetings] == [{"CHN", "JPN"}]
    # Only before another state: a region and a surname are no state.
    assert [m.actor.country for m in find_actors("The Indo-Pacific strategy of Japan")] == ["JPN"]
    assert [m.actor.country for m in find_actors("General Franco met the envoy.")] == []


def test_west_germany_is_germany_with_its_visitors() -> None:
    assert meeting_codes("Mitterrand visits West Germany next week.") == [{"DEU", "FRA"}]
    assert stance_keys("The West German government welcomed the plan.") == {("DEU", "support")}


def test_a_present_tense_with_a_day_to_come_is_a_plan() -> None:
    def statuses(text: str) -> list[str]:
        return [m.status for m in extract_summary(text).meetings]

    assert statuses("Boric arrives for talks with Lula on Wednesday.") == ["planned"]
    assert statuses("Putin meets Xi tomorrow in Beijing.") == ["planned"]
    assert statuses("Boric is due in Lima on Friday for talks with Peru's president.") == [
        "planned"
    ]
    assert statuses("Boric arrived for talks with Lula on Wednesday.") == ["held"]
    assert statuses("Putin met Xi on Monday.") == ["held"]
    assert statuses("Chile and Peru kick off trade talks tomorrow.") == ["planned"]
    assert statuses("Chilean and Peruvian officials meet on Monday in Lima.") == ["planned"]
    assert statuses("Chile and Peru kicked off trade talks on Monday.") == ["held"]
    text = "Chile's president opened talks with Peru's president expected to focus on trade."
    assert statuses(text) == ["held"]
    assert statuses("Talks between Chile and Peru tomorrow are expected to be tough.") == [
        "planned"
    ]
    text = "A Chilean delegation leaves later today for Lima for trade talks with Peru."
    assert statuses(text) == ["planned"]


def test_talks_named_by_their_state_are_not_the_speakers() -> None:
    assert meeting_codes("Germany said Syria peace talks would resume next week.") == []
    assert meeting_codes("Kerry said he was confident that Syria peace talks would proceed.") == []
    assert meeting_codes("Germany hopes the Cyprus talks will succeed.") == []
    # Nor those who judge them.
    assert meeting_codes("Italy welcomed progress in the Cyprus talks on Friday.") == []
    assert meeting_codes("Peru praised Chile for its part in the Haitian peace talks.") == []
    assert meeting_codes("Spain agreed to join the Syria talks in Geneva.") == [{"ESP", "SYR"}]
    # Taking part is being a party.
    assert meeting_codes("Kerry joined the Syria talks in Geneva.") == [{"SYR", "USA"}]
    assert meeting_codes("Kerry said he held talks with Lavrov.") == [{"RUS", "USA"}]


def test_what_a_meeting_is_to_discuss_names_no_parties() -> None:
    text = (
        "Britain's foreign secretary arrived in Beijing. He will meet his Chinese counterpart"
        " to discuss relations between their two countries, Hong Kong and North Korea."
    )
    assert meeting_codes(text) == [{"CHN", "GBR"}]
    # "between" names the parties when no one met comes before it.
    assert meeting_codes("Talks on trade between Japan and China resumed.") == [{"CHN", "JPN"}]


def test_a_forthcoming_summit_is_planned() -> None:
    summary = extract_summary("Putin and Xi will discuss trade at a forthcoming summit.")
    assert [m.status for m in summary.meetings] == ["planned"]
    summary = extract_summary("Chirac hoped for progress at the forthcoming summit with Kohl.")
    assert [m.status for m in summary.meetings] == ["planned"]


def test_a_list_of_three_after_of_is_the_subject_not_an_opening_phrase() -> None:
    # Only a phrase of place or occasion that opens the sentence ends before the subject.
    assert meeting_codes("The envoys of Peru, Chile, Bolivia and Ecuador met in Quito.") == [
        {"PER", "CHL", "BOL", "ECU"}
    ]
    assert meeting_codes("Leaders of Kenya, Uganda and Tanzania held talks on Friday.") == [
        {"KEN", "UGA", "TZA"}
    ]
    assert meeting_codes("Meanwhile, at the OAS, Peru and Chile held talks.") == [{"PER", "CHL"}]


def test_a_first_name_spelt_another_way_is_still_the_known_person() -> None:
    # Transliterations differ in a vowel or an ending; another first name is a namesake.
    assert meeting_codes("Antony Blinken and Sergey Lavrov held talks in Reykjavik.") == [
        {"USA", "RUS"}
    ]
    assert meeting_codes("Antony Blinken and Sergio Lavrov held talks in Reykjavik.") == []


def test_more_ways_to_talk_by_phone_and_to_say_a_meeting_did_not_happen() -> None:
    assert meeting_codes(
        "Peru's president and Chile's president held a telephonic conversation."
    ) == [{"PER", "CHL"}]
    assert meeting_codes("Peru's president and Chile's president spoke over the phone.") == [
        {"PER", "CHL"}
    ]
    # Every form of "speak" and "talk" with each way of saying it was by telephone.
    for text in (
        "Peru's president and Chile's president have spoken by telephone twice.",
        "Peru's president was talking on the phone with Chile's president.",
        "Peru's president will speak over the telephone with Chile's president.",
    ):
        assert meeting_codes(text) == [{"PER", "CHL"}], text
    for text in (
        "The presidents of Peru and Chile were in Lima but they couldn't have a meeting.",
        "Peru and Chile have not held talks since 2015.",
        "Peru's president failed to meet Chile's president.",
    ):
        assert meeting_codes(text) == [], text


def test_a_past_journey_to_meet_is_a_meeting_held() -> None:
    meetings = extract_summary("Peru's president travelled to Santiago to meet Chile's president.")
    assert [(m.status, {p.country for p in m.participants}) for m in meetings.meetings] == [
        ("held", {"PER", "CHL"})
    ]
    planned = extract_summary("Peru's president will travel to Santiago to meet Chile's president.")
    assert [m.status for m in planned.meetings] == ["planned"]


def test_a_state_arrived_in_for_a_meeting_or_summit_hosts_it_unless_a_body_does() -> None:
    assert meeting_codes("Peru's foreign minister arrived in Chile for a summit meeting.") == [
        {"PER", "CHL"}
    ]
    # a capital may host a body's gathering; a body's summit is its members'
    assert meeting_codes("Peru's foreign minister arrived in Santiago for a meeting.") == []
    assert meeting_codes("Peru's foreign minister arrived in Japan for the G7 summit.") == [
        {"PER", "G7"}
    ]


def test_a_capital_visited_named_by_its_states_adjective() -> None:
    assert meeting_codes("Chile's president visited the Peruvian capital last week.") == [
        {"CHL", "PER"}
    ]
    text = "Chile's president will visit the Peruvian capital next week."
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]


def test_talks_with_a_state_past_their_own_verb_of_taking_place() -> None:
    text = "Discussions have begun with Chile on the timing of the aid, a Peruvian official said."
    assert meeting_codes(text) == [{"PER", "CHL"}]
    text = "Talks were held with Chile on Monday, the Peruvian foreign ministry said."
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_the_visit_of_the_one_spoken_to_is_not_the_speakers() -> None:
    text = '"I made this clear before your visit to Lima," the Chilean president wrote to him.'
    assert meeting_codes(text) == []
    text = '"During our visit to Lima we agreed on a lot," the Chilean president said.'
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_a_body_naming_a_summit_in_a_relative_clause_is_no_subject() -> None:
    text = "Humala, who was in Chile for an OAS summit, said the talks went well."
    assert meeting_codes(text) == [{"PER", "IGO"}]
    # With no one before it, the body stays the meeting's subject: no one named earlier
    # or later in the sentence attends.
    text = (
        "Chile and Bolivia traded barbs over water rights. At an OAS summit in Lima, the"
        " minister said Peru must stand firm."
    )
    assert meeting_codes(text) == []


def test_the_parties_a_meeting_is_to_include() -> None:
    text = "The port talks are set to include ministers of Peru, Chile and Bolivia."
    assert meeting_codes(text) == [{"PER", "CHL", "BOL"}]
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]
    assert meeting_codes("The summit will involve Chile and Peru.") == [{"CHL", "PER"}]


def test_a_past_choice_or_feat_of_meeting_is_a_meeting_held() -> None:
    cases = {
        "Peru's president chose his first week in office to visit Chile's president.": "held",
        "Peru's president managed to meet Chile's president in Santiago.": "held",
        "Peru's president took the opportunity to meet Chile's president.": "held",
        "Peru's president will use the summit to meet Chile's president.": "planned",
    }
    for text, status in cases.items():
        assert [m.status for m in extract_summary(text).meetings] == [status], text
    assert extract_summary("Peru's president chose not to meet Chile's president.").meetings == []


def test_calling_on_an_official_is_a_visit_unless_something_is_asked() -> None:
    visit = extract_summary("Peru's foreign minister called on Chile's president on Tuesday.")
    assert [{p.country for p in m.participants} for m in visit.meetings] == [{"PER", "CHL"}]
    assert visit.stances == []
    purpose = "The Peruvian president called on the Chilean president to discuss trade."
    assert meeting_codes(purpose) == [{"PER", "CHL"}]
    appeal = extract_summary("Peru's president called on Chile's president to resign.")
    assert appeal.meetings == []
    # An appeal to resign opposes the one asked (``positions``).
    assert {(s.actor.country, s.position) for s in appeal.stances} == {("PER", "oppose")}
    assert meeting_codes("Peru called on Chile to halt the tests.") == []


def test_an_office_after_a_state_is_an_official_and_an_antecedent() -> None:
    # "who met ..." follows the office, not the state's adjective alone.
    assert meeting_codes(
        "The Peruvian president, who met Chile's president on Monday, said ties were good."
    ) == [{"PER", "CHL"}]
    # "Peru's president is in Chile": an official's stay, as "the Peruvian president" is.
    assert meeting_codes("Peru's president is in Chile for talks on trade.") == [{"PER", "CHL"}]


def test_venues_allegations_and_charges() -> None:
    # Where a meeting is, not who is at it, when the parties are named.
    assert meeting_codes(
        "There was talk of a meeting at the United Nations between Peru's president and "
        "Chile's president."
    ) == [{"PER", "CHL"}]
    assert meeting_codes("Peru's minister held talks at the OAS with Chile's minister.") == [
        {"PER", "CHL"}
    ]
    # "the American allegations" are no American act.
    assert (
        stance_keys("A spokesman questioned the American allegations and accused Chile of lying.")
        == set()
    )
    assert stance_keys("Peru's foreign minister charged that Chile had broken the accord.") == {
        ("PER", "oppose")
    }
    topic = (
        extract_summary("Peru's minister said Monday in Lima that Chile had violated the treaty.")
        .stances[0]
        .topic
    )
    assert topic == "Chile had violated the treaty"


def test_a_state_adjective_right_before_the_trigger_keeps_those_listed_before_it() -> None:
    # "U.S." is read as an adjective; "Peru and the U.S. met" still lists both.
    assert meeting_codes("Peru and the U.S. held talks.") == [{"PER", "USA"}]
    assert meeting_codes("Peru and the U.S. met on Monday.") == [{"PER", "USA"}]
    assert stance_keys("Peruvian and U.S. support for the plan grew.") == {
        ("PER", "support"),
        ("USA", "support"),
    }
    # A negotiation named after a state is no party.
    assert meeting_codes("Peru and the U.S. held talks on the Uruguay Round.") == [{"PER", "USA"}]


def test_times_before_the_party_and_a_trip_this_evening() -> None:
    text = "Peru's president, in talks earlier this week with Chile's president, raised trade."
    assert meeting_codes(text) == [{"PER", "CHL"}]
    tonight = extract_summary("Peru's president travels to Chile tonight.")
    assert [m.status for m in tonight.meetings] == ["planned"]


def test_talks_in_a_state_and_meetings_asked_for() -> None:
    # A state named as where talks were: its officials are the other party; a city is not.
    assert meeting_codes("Peru's foreign minister held talks in Chile on Monday.") == [
        {"PER", "CHL"}
    ]
    assert meeting_codes("Peru's foreign minister held talks in Geneva on Monday.") == []
    # Two states' envoys meeting there: the state is where they met, no third party.
    text = "Peruvian and Bolivian envoys held talks in Chile on Monday."
    assert meeting_codes(text) == [{"PER", "BOL"}]
    asked = extract_summary("Peru requested talks with Chile.")
    assert [m.status for m in asked.meetings] == ["proposed"]


def test_a_past_time_makes_a_meeting_held_and_tomorrow_leads_to_its_party() -> None:
    text = "At a meeting in Lima last month, Peru and Chile agreed to cooperate to hold prices."
    assert [m.status for m in extract_summary(text).meetings] == ["held"]
    tomorrow = "Peru's ministers start talks tomorrow with officials of Chile and Bolivia."
    assert meeting_codes(tomorrow) == [{"PER", "CHL", "BOL"}]


def test_talks_between_two_states_are_theirs_alone() -> None:
    text = "Peru's minister said talks between Chile and Bolivia would resume on Monday."
    assert meeting_codes(text) == [{"CHL", "BOL"}]
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]
    late = "Peru could impose travel bans on Monday, after talks between Chile and Ecuador."
    assert meeting_codes(late) == [{"CHL", "ECU"}]
    # Offices in small letters and names, as older wire copy gives them, between parties.
    text = (
        "A communique followed two days of talks between Chilean fisheries minister Ana Soto"
        " and Peruvian minister of mines and energy Luis Paz."
    )
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_arrived_in_a_capital_to_negotiate_is_a_visit() -> None:
    assert meeting_codes(
        "A Chilean government team has arrived in Lima to negotiate a new fishing accord."
    ) == [{"CHL", "PER"}]
    assert meeting_codes("The Chilean envoy arrived in Lima on Monday for consultations.") == [
        {"CHL", "PER"}
    ]
    # A city alone may host others' negotiations: no party by it.
    assert meeting_codes("The Chilean envoy arrived in Geneva to negotiate.") == []


def test_talks_that_ought_to_resume_or_are_wanted_are_proposed() -> None:
    assert meetings_of("The Chilean minister said talks with Peru should resume soon.") == {
        (frozenset({"CHL", "PER"}), "proposed")
    }
    assert meetings_of("Talks between Chile and Peru must resume, the OAS said.") == {
        (frozenset({"CHL", "PER"}), "proposed")
    }
    assert meetings_of("Chile wants talks with Peru.") == {(frozenset({"CHL", "PER"}), "proposed")}
    # So are those a state is told it ought to hold.
    text = "The senator said Bolivia should negotiate with Chile over the port."
    assert meetings_of(text) == {(frozenset({"BOL", "CHL"}), "proposed")}
    # Talks that resumed were held.
    assert meetings_of("Talks between Chile and Peru resumed on Monday.") == {
        (frozenset({"CHL", "PER"}), "held")
    }


def test_leaders_who_shook_hands_met() -> None:
    assert meetings_of("Humala and Bachelet shook hands on the sidelines of the OAS forum.") >= {
        (frozenset({"PER", "CHL"}), "held")
    }
    assert meetings_of("The Chilean and Peruvian leaders will shake hands in Lima.") == {
        (frozenset({"PER", "CHL"}), "planned")
    }


def test_a_host_or_broker_of_talks_between_others_takes_part() -> None:
    assert meeting_codes("Ecuador is brokering talks between Peru and Chile.") == [
        {"ECU", "PER", "CHL"}
    ]
    assert meeting_codes("Brazil will host talks between Peru and Bolivia.") == [
        {"BRA", "PER", "BOL"}
    ]
    # One who only asks for them does not.
    assert meeting_codes("Brazil called for talks between Peru and Bolivia.") == [{"PER", "BOL"}]
    # A host of talks with others, or attended by others, takes part in them.
    text = "Brazil hosted a summit with Peru and Bolivia."
    assert meeting_codes(text) == [{"BRA", "PER", "BOL"}]
    text = "Brazil hosted a conference attended by Peru."
    assert meeting_codes(text) == [{"BRA", "PER"}]


def test_a_journey_to_a_state_for_talks_is_a_meeting_with_it() -> None:
    cases = {
        "Kohl went to Paris for talks with Mitterrand.": ({"DEU", "FRA"}, "held"),
        "The Chinese foreign minister is going to Moscow for talks on Friday.": (
            {"CHN", "RUS"},
            "planned",
        ),
        "The Indian prime minister will come to Tokyo for a three-day visit.": (
            {"IND", "JPN"},
            "planned",
        ),
        "Japan sent a senior official to Washington for talks on the chip dispute.": (
            {"JPN", "USA"},
            "held",
        ),
        "Japan will send a senior official to Washington next week for talks on chips.": (
            {"JPN", "USA"},
            "planned",
        ),
    }
    for text, (codes, status) in cases.items():
        assert meetings_of(text) == {(frozenset(codes), status)}, text


def test_a_meeting_cancelled_postponed_or_broken_off() -> None:
    cases = {
        "Peru's cancellation of a planned visit by the Chilean president angered Santiago.": (
            "cancelled"
        ),
        "Greece broke off talks with Turkey.": "cancelled",
        "Japan postponed a visit by the Chinese premier.": "cancelled",
        "A visit by the Chinese premier to Japan was shelved.": "cancelled",
        "Talks between Chile and Peru have been put on hold.": "cancelled",
        "Putin and Erdogan met in Sochi, where they halted the offensive.": "held",
    }
    for text, status in cases.items():
        assert {found for _, found in meetings_of(text)} == {status}, text


def test_a_meeting_in_the_opening_phrase_is_held_when_the_main_clause_is_past() -> None:
    held = "At a meeting of EU farm ministers, Britain called for a debate on a proposed tax."
    assert meetings_of(held) == {(frozenset({"GBR", "EU"}), "held")}
    ahead = "At a meeting of EU farm ministers next week, Britain will call for a debate."
    assert meetings_of(ahead) == {(frozenset({"GBR", "EU"}), "planned")}


def test_prospects_or_chances_of_a_meeting_are_no_meeting_held() -> None:
    slim = "Prospects appear slim for a summer meeting between U.S. and Soviet officials."
    assert meetings_of(slim) == {(frozenset({"USA", "SUN"}), "proposed")}


def test_talks_with_one_state_are_the_speakers_when_no_one_else_holds_them() -> None:
    text = "Talks with Peru have made good progress, a Chilean official said."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "held")}
    planned = "Talks with Bolivia will resume next week, the Peruvian foreign ministry said."
    assert meetings_of(planned) == {(frozenset({"BOL", "PER"}), "planned")}
    # Not a speaker's talks: those of its banks, or between others it names.
    assert meeting_codes("Bank discussions with Peru went well, a Chilean official said.") == []


def test_negotiating_parties_and_a_government_team() -> None:
    text = "Peru and Chile have been negotiating for three years."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "held")}
    assert (
        meeting_codes("Peru, Chile and Bolivia tried to get the rebels to the negotiating table.")
        == []
    )
    # A team a government sends is its delegation; a sports team is not.
    trade = "A Peruvian trade team will go to Santiago next week for talks."
    assert meetings_of(trade) == {(frozenset({"PER", "CHL"}), "planned")}
    assert meeting_codes("The Peruvian football team will go to Santiago next week.") == []


def test_a_negotiated_outcome_after_an_article_is_no_talks_reported() -> None:
    # "negotiated" qualifying the outcome wished for or spoken of names no talks ...
    for text in (
        "Chile said it supported a negotiated settlement of the conflict between Peru and Bolivia.",
        "Chile backs a negotiated solution between Peru and Bolivia.",
        "Chile called for a peacefully negotiated end to the fighting between Peru and Bolivia.",
    ):
        assert meeting_codes(text) == [], text
    # ... the verb does, with its object or without one.
    for text in (
        "Peru and Bolivia negotiated a settlement of their border dispute last year.",
        "Peru and Bolivia negotiated peace in 1904.",
    ):
        assert meetings_of(text) == {(frozenset({"PER", "BOL"}), "held")}, text


def test_a_meeting_of_some_length_and_a_minister_of_any_portfolio() -> None:
    text = "Peru's president met for more than an hour with Chile's foreign minister."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "held")}
    # "economy" names no agent of Peru, but "Peru's economy minister" is one.
    text = "Peru's economy minister held talks in Santiago with Chile's finance minister."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "held")}


def test_talks_without_progress_were_held_and_an_official_sent_from_afar() -> None:
    text = "Chilean officials said no progress was made in talks with Peru."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}
    assert meeting_codes("Chile held no talks with Peru.") == []
    sent = "Peru will send a senior official from its trade ministry to Santiago for talks."
    assert meetings_of(sent) == {(frozenset({"PER", "CHL"}), "planned")}


def test_a_listed_party_who_names_no_state_does_not_end_the_list() -> None:
    text = (
        "Peru's finance minister held talks in Lima with Chilean Finance Minister Ana Soto, "
        "Central Bank chief Luis Rios and IMF head Jose Vargas."
    )
    assert meeting_codes(text) == [{"PER", "CHL", "IMF"}]
    text = (
        "A meeting between Peruvian President Alan Garcia, Senate leader Luis Rios, and "
        "Chilean President Augusto Pinochet was held."
    )
    assert meeting_codes(text) == [{"PER", "CHL"}]
    # Not words that go on with the sentence: "then flew to Lima".
    assert meeting_codes("Peru met Chile, then flew to Lima and Bolivia's capital.") == [
        {"PER", "CHL"}
    ]


def test_to_meet_a_challenge_or_a_target_is_no_meeting() -> None:
    for text in (
        "Peru and Chile must work harder to meet the challenges of the new decade.",
        "Peru said Chile had met its targets for the year.",
        "The plan will help Peru and Chile meet their export commitments.",
        "Peru doesn't meet the EU's spending guidelines.",
        # a state's abbreviation before the thing met; and the capital old wire copy gives
        # to whatever follows "U.S."
        "Lima is working hard to meet U.S. complaints on its fishing fleet.",
        "Lima is working hard to meet U.S. Complaints on its fishing fleet.",
    ):
        assert meeting_codes(text) == [], text
    assert meeting_codes("The Chilean president will meet Peru's top aides on Monday.") == [
        {"PER", "CHL"}
    ]
    assert meeting_codes("Peru and Chile will meet next week to discuss debt payments.") == [
        {"PER", "CHL"}
    ]


def test_a_group_or_a_team_of_a_state_s_officials_is_a_party() -> None:
    assert meeting_codes(
        "Peruvian officials met a group of Chilean data protection officials."
    ) == [{"PER", "CHL"}]
    assert meeting_codes("Peru's minister met a team from the IMF in Lima.") == [{"PER", "IMF"}]


def test_travel_with_no_traveller_named_and_a_visiting_student_are_no_meeting() -> None:
    for text in (
        "The flow of foreign fighters traveling to Peru and Chile has dropped.",
        "Peru's supreme court sentenced a visiting Chilean student to 15 years in prison.",
    ):
        assert meeting_codes(text) == [], text
    text = "The deal waits despite a recent trip to Chile by senior Peruvian officials."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_he_after_and_is_the_subject_and_examples_are_no_parties() -> None:
    text = (
        "Garcia met with leaders from Chile and Bolivia about Ecuador's claims, and he "
        "also held a separate meeting with Brazilian President Lula."
    )
    found = extract_summary("Peruvian President Alan Garcia arrived. " + text).meetings
    assert [{p.country for p in m.participants} for m in found] == [
        {"PER", "CHL", "BOL"},
        {"PER", "BRA"},
    ]
    text = (
        "Peru's president met Chile's president. The two leaders touched on many issues, "
        "including Bolivia, Ecuador, Colombia and free trade talks."
    )
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_a_body_s_leaders_in_a_list_and_a_state_s_capital_named_by_its_adjective() -> None:
    assert meeting_codes("EU leaders and Peru are due to meet again on Thursday.") == [
        {"EU", "PER"}
    ]
    text = "The U.N. envoy has arrived in the Chilean capital for talks with officials."
    assert meeting_codes(text) == [{"UN", "CHL"}]


def test_an_envoy_posted_to_a_state_arrives_for_talks_in_its_capital() -> None:
    text = (
        "The U.N. special envoy to Libya, Ian Martin, has arrived in the Libyan capital for "
        "talks with officials."
    )
    assert meetings_of(text) == {(frozenset({"UN", "LBY"}), "held")}


def test_talks_that_take_place_or_are_held_with_a_state() -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas said more talks would take place with Peru and Bolivia."
    )
    assert meetings_of(text) == {(frozenset({"CHL", "PER", "BOL"}), "planned")}
    assert meeting_codes("Chile said talks were held with Peru on Monday.") == [{"CHL", "PER"}]
    text = "Chile wants a fairer way to resolve quarrels in the trade talks under way with Peru."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_a_headline_welcome_on_a_visit_names_no_article() -> None:
    assert meeting_codes("Ghana rolls out red carpet to welcome Modi on historic visit") == [
        {"GHA", "IND"}
    ]


def test_a_negation_of_saying_leaves_the_meeting_held() -> None:
    text = "He criticised her, without noting that Lula met privately with Milei on Friday."
    assert meetings_of(text) == {(frozenset({"BRA", "ARG"}), "held")}
    assert meetings_of("Chile denied that its minister met Peru's president.") == set()


def test_a_meeting_as_where_one_urged_or_pressed_the_other() -> None:
    assert meeting_codes("Lula pressed Milei on trade at their meeting in Brasilia.") == [
        {"BRA", "ARG"}
    ]
    text = "Lula will urge Milei to accept the deal in Thursday's meeting."
    assert meetings_of(text) == {(frozenset({"BRA", "ARG"}), "planned")}


def test_a_meeting_that_is_the_purpose_of_something_to_come_is_planned() -> None:
    text = (
        "On Monday, they will be joined by Chilean President Ana Rojas and Peruvian "
        "President Jorge Soto to discuss trade."
    )
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}
    text = "Chile's trade minister Ana Rojas, who is due to visit Peru for talks next week, spoke."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}


def test_officials_of_a_named_state_in_a_capital_meet_there() -> None:
    text = "The talks between senior Chilean and NATO defence officials in Lima went well."
    assert meeting_codes(text) == [{"CHL", "NATO"}]
    # The officials of no state named: the government in the capital.
    assert meeting_codes("Chile's minister held talks with senior officials in Lima.") == [
        {"CHL", "PER"}
    ]


def test_talks_a_state_favours_are_not_held() -> None:
    found = meetings_of("Chile and Peru favour an early start to talks with Bolivia.")
    assert found and all(status == "proposed" for _, status in found)


def test_what_the_media_reported_has_its_own_subject() -> None:
    text = "Chilean media reported that Peru and Bolivia would meet on Tuesday."
    # "would", reported, is a plan (as "said they would meet" is).
    assert meetings_of(text) == {(frozenset({"PER", "BOL"}), "planned")}


def test_what_was_reported_has_its_own_subject_past_an_appositive_and_is_planned() -> None:
    text = (
        "Separately, Peru's Andina agency reported on Tuesday that Michel Temer, one of "
        "the region's best-known politicians, would visit Bolivia on Friday."
    )
    found = extract_summary(text, published=dt.date(2017, 3, 1)).meetings
    assert [({p.country for p in m.participants}, m.status) for m in found] == [
        ({"BRA", "BOL"}, "planned")
    ]


def test_speaking_by_telephone_is_a_call() -> None:
    text = (
        "Peru's foreign minister, speaking by telephone to Chilean President Ana Soto, "
        "described the situation as tense."
    )
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "held")}
    assert meetings_of("Peru's president will speak by phone with Chile's on Friday.") == {
        (frozenset({"PER", "CHL"}), "planned")
    }


def test_a_counterpart_in_a_capital_is_that_state_s() -> None:
    assert meetings_of("Peru's foreign minister held talks with his counterpart in Santiago.") == {
        (frozenset({"PER", "CHL"}), "held")
    }


def test_a_visit_to_several_places_is_a_meeting_with_each() -> None:
    text = "Peru's foreign minister visited Santiago and Quito this week."
    assert meetings_of(text) == {
        (frozenset({"PER", "CHL"}), "held"),
        (frozenset({"PER", "ECU"}), "held"),
    }
    # Who visits unknown: the places visited do not meet each other.
    assert meeting_codes("The delegation visited Santiago and Quito.") == []


def test_planning_a_meeting_is_a_plan_and_a_noun_s_plans_are_not() -> None:
    def statuses(text: str) -> list[str]:
        return [m.status for m in extract_summary(text).meetings]

    assert statuses("CHILE, PERU PLAN HIGH-LEVEL TRADE TALKS\n\nThe talks open soon.") == [
        "planned"
    ]
    assert statuses("Chile plans a summit with Peru.") == ["planned"]
    talks = "Chile discussed the mine's plans during talks with Peru in Lima."
    assert statuses(talks) == ["held"]


def test_a_headline_s_infinitive_is_a_plan_and_its_invitation_a_proposal() -> None:
    def statuses(text: str) -> list[str]:
        return [m.status for m in extract_summary(f"{text}\n\nThe story goes on.").meetings]

    assert statuses("CHILE, PERU TO DISCUSS FISHING RIGHTS") == ["planned"]
    assert statuses("Chile and Peru to discuss fishing rights") == ["planned"]
    assert statuses("Chile and Peru met to discuss fishing rights.") == ["held"]
    assert statuses("Chilean leader invites Peru's president to visit Santiago") == ["proposed"]
    # "is welcome to", "was free to": an invitation too, none held.
    assert statuses("Chile is welcome to join the talks, Peru said.") == ["proposed"]
    assert statuses("Peru said Chile was always welcome to visit Lima.") == ["proposed"]


def test_the_two_men_are_the_last_two_people_named_not_the_last_two_states() -> None:
    text = (
        "Chilean President Ana Soto spoke to Peruvian President Luis Vera on Monday. "
        "Both Bolivia and Ecuador, an official said, have much to agree on. "
        "The two men met in Lima last year."
    )
    assert {"BOL", "ECU"} not in meeting_codes(text)
    assert {"CHL", "PER"} in meeting_codes(text)


def test_a_name_that_doubles_as_an_adjective_is_a_place_after_in() -> None:
    assert meeting_codes("The Chinese premier arrived in the U.S. for talks.") == [{"CHN", "USA"}]
    assert meeting_codes("The Chinese premier arrived in the UK for talks.") == [{"CHN", "GBR"}]
    text = "The Chinese premier, in New Zealand for trade talks, said trade was growing."
    assert meeting_codes(text) == [{"CHN", "NZL"}]
    # Before a noun it is an adjective still: "U.S. officials" are a party.
    assert meeting_codes("The Chinese premier met U.S. officials in Beijing.") == [{"CHN", "USA"}]


def test_speaking_on_the_telephone_is_a_call() -> None:
    text = "Chile's president spoke on the telephone with Peru's president on Monday."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    assert meeting_codes("Chile's president talked on the telephone to Peru's leader.") == [
        {"CHL", "PER"}
    ]


def test_a_perfect_participle_s_subject_is_the_main_clause_s() -> None:
    text = (
        "The Chilean president backs Peru in its fight against Bolivian aggression, having"
        " met with Ecuador's president six times."
    )
    assert meeting_codes(text) == [{"CHL", "ECU"}]


def test_a_participle_s_subject_is_that_of_the_predicate_before_it() -> None:
    text = (
        "Peru's president, a longtime ally of Brazil, has toured the region, meeting"
        " Chile's president in Santiago."
    )
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_commas_inside_an_aside_set_off_by_dashes_break_no_clause() -> None:
    text = (
        "Peru's president - a close, old ally of Brazil - has toured the region, meeting"
        " Chile's president in Santiago."
    )
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_a_meeting_said_to_be_unlikely_is_proposed_and_an_agenda_met_is_none() -> None:
    summary = offline("A Chilean-Peruvian trade meeting is unlikely this summer.")
    assert [m.status for m in summary.meetings] == ["proposed"]
    summary = offline("Talks between Chile and Peru are unlikely to yield a deal.")
    assert [m.status for m in summary.meetings] == ["held"]
    summary = offline("Chile met Peru, though a deal is unlikely.")
    assert [m.status for m in summary.meetings] == ["held"]
    assert meeting_codes("Chile's success in meeting the Lima agenda was praised.") == []


def test_those_urged_to_attend_talks_are_their_parties_not_who_urged_them() -> None:
    text = "Chile and Peru pressed the Bolivian government and its rivals to attend the talks."
    assert meeting_codes(text) == []
    assert meetings_of("Chile urged Peru to resume talks with Bolivia.") == {
        (frozenset({"PER", "BOL"}), "proposed")
    }
    # The talks themselves as the verb after "to", and "calls for ... to".
    assert meetings_of("Chile urged Peru to meet Bolivia.") == {
        (frozenset({"PER", "BOL"}), "proposed")
    }
    for text in (
        "Chile called on Peru and Bolivia to hold talks.",
        "Chile renewed calls for Peru and Bolivia, its neighbours, to hold high-level talks.",
    ):
        assert meeting_codes(text) == [{"PER", "BOL"}], text
    # Who invites hosts: "invited Chile to attend the summit" is the inviter's meeting.
    assert meeting_codes("Peru invited Chile to attend the summit in Lima.") == [{"PER", "CHL"}]
    # Those let to meet are the parties too.
    assert meeting_codes("Chile allowed Peru to hold talks with Bolivia.") == [{"PER", "BOL"}]


def test_troops_bases_and_refugees_hosted_are_no_guests() -> None:
    assert meeting_codes("Peru hosts Chilean troops at a base in the south.") == []
    assert meeting_codes("Peru hosts the largest Chilean naval base in the region.") == []
    assert meeting_codes("Peru hosted Chile's president for talks on Monday.") == [{"PER", "CHL"}]
    # Guests of a host who acts for no state do not meet each other; a state's host
    # meets them.
    text = "The tycoon hosted Peru's president and Chile's foreign minister at his ranch."
    assert meeting_codes(text) == []
    text = "Bolivia hosted Peru's president and Chile's foreign minister in La Paz."
    assert meeting_codes(text) == [{"BOL", "PER", "CHL"}]


def test_a_call_on_a_date_is_no_appeal_but_calling_on_a_day_for_something_is() -> None:
    text = "Chile's and Peru's presidents spoke in a 30-minute call on July 4 about trade."
    assert stance_keys(text) == set()
    assert stance_keys("Chile called on Saturday for Peru to reopen the border.") == {
        ("CHL", "support")
    }


def test_a_month_between_the_talks_and_the_party_leads_to_the_party() -> None:
    text = "Chilean negotiators opened talks last August with Peruvian officials."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    text = "Chile's president approved the deal during talks last year with Peruvian officials."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_a_king_or_prince_named_again_by_office_meets() -> None:
    for text in (
        "Peru's King Tomas arrived in Santiago on Sunday. The king met Chile's president.",
        "Peru's Crown Prince Tomas arrived in Santiago. The prince met Chile's president.",
    ):
        found = summarise(text, backend="offline", cache=False).meetings
        assert [{p.country for p in m.participants} for m in found] == [{"PER", "CHL"}], text


def test_a_meeting_demanded_is_proposed() -> None:
    for text in (
        "Chile renewed its demand for talks with Peru.",
        "Chile demanded a meeting with Peru.",
    ):
        found = [
            ({p.country for p in m.participants}, m.status) for m in extract_summary(text).meetings
        ]
        assert found == [({"CHL", "PER"}, "proposed")], text


def test_a_visit_to_a_place_in_a_state_is_a_visit_to_the_state() -> None:
    text = "Chile's president will visit an orphanage in Peru on Friday."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    text = "The Chilean foreign minister visited slums in the Peruvian capital Lima."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # A place at home is no visit abroad.
    assert meeting_codes("Chile's president visited flood victims in Santiago.") == []


def test_telling_the_head_of_a_body_is_a_contact_and_may_with_a_capital_is_a_name() -> None:
    text = "Chilean Prime Minister Julia May told the head of the European Commission that "
    text += "Chile needed time."
    summary = extract_summary(text)
    assert [({p.country for p in m.participants}, m.status) for m in summary.meetings] == [
        ({"CHL", "EU"}, "held")
    ]
    text = "Chilean Prime Minister Julia May told the Peruvian prime minister it was ready."
    assert [m.status for m in extract_summary(text).meetings] == ["held"]
    assert [m.status for m in extract_summary("Britain may meet Ireland.").meetings] == ["proposed"]


def test_the_subject_before_those_named_along_with_it_attends_with_them() -> None:
    # The body after the verb is what they attend, not the subject.
    text = "Peru, along with Chile and Brazil, attended the OAS meeting in Quito on Friday."
    assert meeting_codes(text) == [{"PER", "CHL", "BRA", "IGO"}]
    text = "Peru, along with Chile, has been invited to take part in the OAS summit."
    assert meeting_codes(text) == [{"PER", "CHL", "IGO"}]


def test_talks_with_several_and_no_one_named_holding_them_are_no_meeting_between_them() -> None:
    # Each was with someone unnamed here, not one between those named after "with".
    text = "The accord followed months of talks with Peru and Chile on ways to secure exports."
    assert meeting_codes(text) == []
    assert meeting_codes("Bolivia held talks with Peru and Chile.") == [{"BOL", "PER", "CHL"}]


def test_talks_between_the_ministries_or_governments_of_two_states_are_theirs() -> None:
    text = "Li spoke after the fifth dialogue between the foreign ministries of Chile and Peru."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    text = "Talks between the governments of Chile and Peru ended on Friday."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_joining_others_at_a_meeting_meets_them() -> None:
    assert meeting_codes("Chile will join Peru's leaders in Lima at a summit on Monday.") == [
        {"CHL", "PER"}
    ]
    text = "Chile's president joined his Peruvian counterpart at the summit."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # "joined ... in condemning" is a stance shared, no meeting.
    assert meeting_codes("Chile joined Peru in condemning the attack.") == []


def test_the_next_meeting_is_planned() -> None:
    text = "Chile's minister said he would raise the issue at the next meeting of OAS states."
    assert [m.status for m in offline(text).meetings] == ["planned"]


def test_a_private_person_s_visit_is_no_meeting_of_the_speaker_s_state() -> None:
    text = (
        "Chilean authorities confirmed the birth of a baby to a mother who had been "
        "infected with the virus while visiting Peru."
    )
    assert meeting_codes(text) == []
    assert meeting_codes("Chilean officials said a tourist who was visiting Peru was held.") == []
    # Talks no one else holds are still the speaker's side's.
    assert meeting_codes("Talks with Peru have made progress, a Chilean official said.") == [
        {"CHL", "PER"}
    ]


def test_bilateral_before_a_noun_and_an_infinitive_s_between_name_no_meeting() -> None:
    text = "Peru reconsidered bilateral law enforcement cooperation with Chile."
    assert meeting_codes(text) == []
    assert meeting_codes("Peru's president held a bilateral with Chile's president.") == [
        {"PER", "CHL"}
    ]
    text = "Peru is in talks about whether to allow an airline to fly between Chile and Peru."
    assert meeting_codes(text) == []
    assert meeting_codes("Talks are due to resume between Sudan and Chad.") == [{"SDN", "TCD"}]


def test_a_minister_who_arrived_somewhere_to_discuss_visits_it() -> None:
    text = "Chilean Energy Minister Ana Soto, who arrived in Lima last night to discuss aid, spoke."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    assert meeting_codes("Chilean Energy Minister Ana Soto arrived in Lima last night.") == []


def test_a_phone_call_is_between_two_so_several_on_one_side_each_had_one() -> None:
    text = "The leaders of Chile and Peru spoke by phone with Bolivia's president on Monday."
    assert sorted(map(sorted, meeting_codes(text))) == [["BOL", "CHL"], ["BOL", "PER"]]
    text = "Chile's president spoke by phone with the leaders of Peru and Bolivia on Monday."
    assert sorted(map(sorted, meeting_codes(text))) == [["BOL", "CHL"], ["CHL", "PER"]]
    text = "Chile, Peru and Bolivia held a conference call on Monday."
    assert meeting_codes(text) == [{"CHL", "PER", "BOL"}]


def test_a_word_capitalised_after_us_in_older_wire_copy_is_read_small() -> None:
    text = "She said Canada/U.S. Bilateral trade negotiations are progressing well."
    assert meeting_codes(text) == [{"CAN", "USA"}]


def test_a_capital_naming_where_a_meeting_is_held_is_no_participant() -> None:
    text = "Chile's president will attend the Vienna conference with Peru's foreign minister."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # A building that houses a government hosts: "a White House meeting".
    text = "Chile's president will have a White House meeting next week."
    assert meeting_codes(text) == [{"CHL", "USA"}]
    assert meeting_codes("Beijing talks with Washington about trade every year.") == [
        {"CHN", "USA"}
    ]


def test_arriving_somewhere_to_attend_talks_is_no_visit_of_its_state() -> None:
    text = "Chile's agriculture minister will arrive in London on Monday to attend the talks."
    assert meeting_codes(text) == []
    text = "Chilean Agriculture Minister Ana Soto arrived in Lima on Monday for talks."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_cancelling_a_measure_does_not_cancel_a_meeting() -> None:
    text = (
        "Analysts said the moves could lead Lima to cancel the duties ahead of next "
        "month's meeting between Peru and Chile."
    )
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]
    text = "Peru cancelled next month's meeting with Chile."
    assert [m.status for m in extract_summary(text).meetings] == ["cancelled"]


def test_private_people_travelling_are_no_official_visit() -> None:
    assert meeting_codes("Britain told its fans traveling to Portugal to stay alert.") == []
    text = "Chile warned citizens who are travelling to Peru that the roads were closed."
    assert meeting_codes(text) == []
    text = "Chilean officials traveling to Peru met their counterparts in Lima."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_a_meeting_named_by_its_host_is_not_the_subject_of_a_later_one() -> None:
    text = "The Madrid talks were a rehearsal for the EU summit next month."
    assert meeting_codes(text) == []
    # a state before a verb is still the later meeting's party
    text = "The Madrid government engaged in secret negotiations with Portugal."
    assert meeting_codes(text) == [{"ESP", "PRT"}]


def test_a_meeting_noun_opening_a_clause_of_its_own_has_no_subject_before_it() -> None:
    text = "He would call in the big powers, led by Chile and Peru, if the talks stall."
    assert meeting_codes(text) == []
    text = "Chile said that if the Peru-Bolivia talks fail, it would act."
    assert meeting_codes(text) == [{"PER", "BOL"}]


def test_a_meeting_that_included_parties_has_them_as_members() -> None:
    text = "Peru's minister spoke after a meeting in Quito that included Chile and Bolivia."
    assert meeting_codes(text) == [{"PER", "CHL", "BOL"}]
    text = "Peru's minister spoke after a meeting in Quito, which included Chile and Bolivia."
    assert meeting_codes(text) == [{"PER", "CHL", "BOL"}]
    # a relative clause of another verb still ends the list
    text = "Peru's minister held talks with Chile that Bolivia criticised."
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_states_listed_taking_a_position_on_talks_naming_no_party_do_not_meet() -> None:
    assert meeting_codes("Peru and Chile also favour an early start to the talks.") == []
    text = "Peru, Chile and Bolivia urged the rebels to attend the talks."
    assert meeting_codes(text) == []
    # but talks they agree on, hold, or blame each other over are theirs
    assert meeting_codes("Peru and Chile agreed to hold talks next week.") == [{"PER", "CHL"}]
    text = "Peru and Chile blamed each other for the collapse of the talks."
    assert meeting_codes(text) == [{"PER", "CHL"}]
    text = "Peru and Chile reaffirmed their ties at a secret meeting in Quito."
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_officials_in_several_places_and_a_trip_to_several_are_met_one_by_one() -> None:
    text = "Peru's finance minister held debt talks with officials in Chile, Bolivia and Brazil."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}, {"PER", "BRA"}]
    text = "Peru's finance minister has completed a week-long trip to Chile, Bolivia and Brazil."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}, {"PER", "BRA"}]
    # talks with the states themselves stay one meeting
    text = "Peru's finance minister held talks with Chile, Bolivia and Brazil."
    assert meeting_codes(text) == [{"PER", "CHL", "BOL", "BRA"}]


def test_a_place_left_or_flown_to_is_no_party_of_a_later_trip() -> None:
    text = (
        "Peruvian Finance Minister Luis Vera said the talks went well. Later he left Santiago "
        "for a tour and debt talks with officials in Bolivia and Brazil."
    )
    assert meeting_codes(text) == [{"PER", "BOL"}, {"PER", "BRA"}]
    text = "The envoys will fly to Quito on Sunday, after a week-long trip to Chile and Bolivia."
    assert meeting_codes(text) == []


def test_telling_a_state_s_officials_is_meeting_them() -> None:
    text = "Peru's prime minister told U.S. congressmen Peru would decide within weeks."
    assert meeting_codes(text) == [{"PER", "USA"}]
    assert meeting_codes("Peru's prime minister told Chilean reporters it was over.") == []


def test_hosting_a_sporting_or_cultural_event_is_no_meeting() -> None:
    text = "Peru and Chile plan to finish the roads by the time they host the Games."
    assert meeting_codes(text) == []
    assert meeting_codes("Qatar hosted the World Cup and Peru an expo.") == []
    # a summit or talks hosted still are
    assert meeting_codes("Peru will host talks between Chile and Bolivia.") == [
        {"PER", "CHL", "BOL"}
    ]


def test_his_visit_is_the_visit_of_the_man_named_before() -> None:
    text = (
        "Peruvian President Luis Vera still has a chance to soothe U.S. tempers before or "
        "during his week-long Washington visit next month."
    )
    assert meeting_codes(text) == [{"PER", "USA"}]


def test_the_two_sides_in_a_reported_clause_and_talks_to_reopen() -> None:
    text = (
        "The move came as Chile and Peru stepped back from a dispute over fishing. "
        "A Peruvian minister said that the two sides had agreed to reopen talks."
    )
    meetings = extract_summary(text).meetings
    assert [(sorted(p.country or "" for p in m.participants), m.status) for m in meetings] == [
        (["CHL", "PER"], "planned")
    ]


def test_both_sides_opening_a_sentence_are_the_two_named_before() -> None:
    before = "Chile had a trade surplus with Peru last year. "
    text = before + "Both countries hope to wrap up the talks by August."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # Elsewhere, or in a speaker's words, "both sides" may be any two.
    assert meeting_codes(before + "A request from both sides delayed the talks.") == []
    assert meeting_codes(before + '"Both sides will be able to negotiate a deal."') == []


def test_a_state_before_a_pronoun_s_clause_is_no_party_of_its_talk() -> None:
    text = (
        "Chilean Foreign Minister Ana Soto touted her support for Peru while saying she told "
        "Peruvian President Rosa Diaz it is time."
    )
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_a_deal_with_another_at_a_summit_is_a_meeting_with_them() -> None:
    text = "Chilean President Ana Soto clinched a deal with Peru at a summit on Friday."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    text = "Chile's President Ana Soto hailed a deal agreed with other Andean leaders at a summit."
    assert meeting_codes(text) == []  # "Andean" names no state


def test_he_is_one_named_long_before_whose_office_opens_a_sentence_since() -> None:
    filler = "Aid would rise, officials said, as the toll of the storm kept climbing. " * 4
    text = (
        "Peruvian Prime Minister Luis Vera promised more aid on Monday. "
        + filler
        + "The prime minister took charge on Tuesday, chairing a meeting of ministers. "
        "He also spoke on the telephone to Chilean President Ana Soto."
    )
    assert meeting_codes(text) == [{"PER", "CHL"}]
    # Without the office named again, "he" is too far from Vera to be sure.
    assert meeting_codes(text.replace("The prime minister took charge", "Help came")) == []


def test_those_listed_where_a_gathering_was_held_took_part() -> None:
    text = "Vera attended an OAS summit in Lima where Chile, Peru and other members pledged aid."
    assert meeting_codes(text) == [{"IGO", "CHL", "PER"}]
    # One alone there may be anyone who spoke at it.
    text = "Divisions over Bolivia surfaced at a conference where Chile rejected the charges."
    assert meeting_codes(text) == []


def test_a_visit_owned_by_a_possessive_is_the_owners_not_the_subjects() -> None:
    text = "Chilean President Ana Soto slammed the Peruvian president's visit to Moscow."
    assert meeting_codes(text) == [{"PER", "RUS"}]
    text = "Chilean President Ana Soto slammed the prime minister's visit to Moscow."
    assert meeting_codes(text) == []
    # A time's possessive owns nothing.
    assert meeting_codes("Chile and Peru hailed this week's talks in Lima.") == [{"CHL", "PER"}]


def test_a_body_s_gathering_which_a_state_will_attend_is_a_meeting_of_both() -> None:
    text = "Peru said the OAS meeting, which Chile plans to attend, would be a forum for talks."
    assert meeting_codes(text) == [{"IGO", "CHL"}]
    # Another's gathering that someone judges names no meeting of the judge's.
    assert meeting_codes("Chile hailed the summit, which Peru also attended.") == []


def test_talks_or_a_visit_here_are_with_the_state_of_the_datelined_capital() -> None:
    text = "LIMA, June 18 - Bond prices rose while an IMF team held talks here."
    assert meeting_codes(text) == [{"IMF", "PER"}]
    text = "Lima, June 18 - The loan was agreed during a visit here this week by Chile's minister."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # A city that is no capital hosts others' talks; with no dateline, "here" is nowhere.
    assert meeting_codes("GENEVA, June 18 - An IMF team held talks here.") == []
    assert meeting_codes("An IMF team held talks here on Monday.") == []


def test_a_meeting_in_an_opening_phrase_of_time_is_the_main_subject_s_and_held() -> None:
    text = "A day after speaking with Putin by phone, Chile's president posted a message."
    assert meetings_of(text) == {(frozenset({"CHL", "RUS"}), "held")}
    text = (
        "A day after speaking with Putin by phone, the Chilean leader posted on X, "
        '"I will not give in."'
    )
    assert meetings_of(text) == {(frozenset({"CHL", "RUS"}), "held")}
    text = "Speaking with Putin by phone on Monday, the Chilean president urged calm."
    assert meeting_codes(text) == [{"CHL", "RUS"}]


def test_the_bank_or_the_fund_is_the_body_named_before_with_that_word() -> None:
    text = (
        "The World Bank has suggested Chile should open its economy. A Chilean official "
        "said the government was discussing the report with the Bank."
    )
    assert meeting_codes(text) == [{"CHL", "IGO"}]
    text = "The IMF urged cuts. A Chilean official said talks were held with the Fund."
    assert meeting_codes(text) == [{"CHL", "IMF"}]
    # A name going on, or no bank named before, is no body's.
    text = "The World Bank urged cuts. A Chilean official held talks with the Bank of Lima."
    assert meeting_codes(text) == []
    assert meeting_codes("A Chilean official held talks with the Bank.") == []


def test_arriving_here_for_talks_is_a_visit_to_the_datelined_capital() -> None:
    text = "LIMA, April 21 - Chile's foreign minister arrived here for talks on Monday."
    assert meeting_codes(text) == [{"CHL", "PER"}]
    text = "GENEVA, April 21 - Chile's foreign minister arrived here for talks on Monday."
    assert meeting_codes(text) == []
    # Here on a visit: "Vega, here on a two-day visit, said ...".
    text = (
        "LIMA, April 21 - Chilean Trade Minister Luis Vega said the group was strong. "
        "Vega, here on a two-day visit following talks in Bolivia, said progress was made."
    )
    assert sorted(map(sorted, meeting_codes(text))) == [["BOL", "CHL"], ["CHL", "PER"]]


def test_talks_in_several_states_are_a_meeting_with_each() -> None:
    text = "Peru's foreign minister held talks in Chile, Bolivia and Ecuador last week."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}, {"PER", "ECU"}]
    text = "After talks in Chile and Bolivia, Peru's foreign minister flew home."
    assert meeting_codes(text) == [{"PER", "CHL"}, {"PER", "BOL"}]


def test_a_stay_for_a_bodys_gathering_named_before_it_is_no_meeting_with_the_host() -> None:
    # Made up: "in Lima for the IMF meeting" is the IMF's gathering, not talks with Peru.
    text = "The Chilean finance minister was in Lima for the IMF meeting."
    assert {"CHL", "PER"} not in meeting_codes(text)
    assert meeting_codes("The Chilean finance minister was in Lima this week.") == [{"CHL", "PER"}]


def test_a_meeting_in_a_list_of_predicates_sharing_will_is_planned() -> None:
    # "He will meet X, attend a meeting of the joint commission and ...": the future
    # of the first predicate holds for the others.
    text = (
        "Perez will be in Lima from April 21 to 24. He will meet Rosa Quispe, minister for "
        "foreign economic relations and trade, attend a meeting of the Chile-Peru Joint "
        "Commission on Commerce and Trade and address a training organisation."
    )
    statuses = {m.status for m in extract_summary(text).meetings}
    assert statuses == {"planned"}


def test_the_gathering_on_whose_sidelines_they_met_opening_the_sentence_is_no_party() -> None:
    text = (
        "LIMA (Reuters) - On the sidelines of the U.N. General Assembly, Chile's foreign "
        "minister met his Peruvian counterpart on Thursday."
    )
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_talks_with_each_in_a_different_place_stay_apart_after_an_earlier_visit() -> None:
    text = (
        "Kerry, whose last visit to Chile ended in a row, arrives on Monday for talks with "
        "Bachelet in Santiago and Humala in Lima."
    )
    assert sorted(sorted(c) for c in meeting_codes(text)) == [["CHL", "USA"], ["PER", "USA"]]


def test_travelling_to_several_places_is_a_meeting_in_each() -> None:
    text = "After travelling to Chile and Peru, the Bolivian minister hopes to visit Spain."
    codes = sorted(sorted(c) for c in meeting_codes(text))
    assert codes == [["BOL", "CHL"], ["BOL", "ESP"], ["BOL", "PER"]]


def test_places_an_unknown_visitor_goes_to_do_not_meet_each_other() -> None:
    assert meeting_codes("Later this month, Smith plans to visit Chile and Peru.") == []
    text = "The Bolivian minister plans to visit Chile and Peru."
    assert sorted(sorted(c) for c in meeting_codes(text)) == [["BOL", "CHL"], ["BOL", "PER"]]


def test_the_presidents_of_several_states_are_parties() -> None:
    text = "The Peruvian president met the presidents of Chile and Bolivia."
    assert meeting_codes(text) == [{"PER", "CHL", "BOL"}]
    text = "The Peruvian president met the prime ministers of Chile and Bolivia."
    assert meeting_codes(text) == [{"PER", "CHL", "BOL"}]


def test_receiving_aid_or_a_message_is_no_meeting() -> None:
    text = "Lima last year for the first time received Chilean aid for arms support."
    assert meeting_codes(text) == []
    text = "The Peruvian president received Chile's foreign minister on Monday."
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_talks_agreed_to_are_planned_and_a_meeting_something_followed_was_held() -> None:
    text = "Chile and Peru have agreed to begin talks on ending farm subsidies."
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]
    text = "The Chilean and Peruvian ministers announced the proposal after a meeting in Lima."
    assert [m.status for m in extract_summary(text).meetings] == ["held"]
    text = "Chile will announce its decision after a meeting with Peru next week."
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]


def test_a_meeting_where_the_clause_will_act_is_planned() -> None:
    text = (
        "Chile will press for solidarity with refugees and fair burden-sharing among "
        "Andean states at Monday's emergency summit with Peru."
    )
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]
    text = "Chile raised the issue at the emergency summit with Peru on Monday."
    assert [m.status for m in extract_summary(text).meetings] == ["held"]


def test_a_meeting_that_is_the_subject_of_would_or_will_is_planned() -> None:
    text = "A visit by the Peruvian president to Santiago in late March would cap his term."
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]
    text = "The Peruvian president visited Santiago and said he would return."
    assert [m.status for m in extract_summary(text).meetings] == ["held"]


def test_private_people_who_travel_make_no_visit() -> None:
    text = (
        "Peruvian Cardinal Juan Soto said on Monday he has the backing of the pope. Soto "
        "spoke in front of abuse victims who traveled to Chile for the sessions."
    )
    assert meeting_codes(text) == []
    text = "The Peruvian minister who traveled to Chile met his counterpart."
    assert meeting_codes(text) == [{"PER", "CHL"}]
    # Named after the trip or visit, with "by".
    for text in (
        "A Lima club paid for trips to Chile by Peruvian businessmen.",
        "Visits to Chile by Peruvian tourists rose last year.",
    ):
        assert meeting_codes(text) == [], text
    assert meeting_codes("The visit to Chile by Peru's president was a success.") == [
        {"PER", "CHL"}
    ]


def test_talks_two_states_said_they_would_begin_are_planned() -> None:
    text = "Chile and Peru said they would begin formal talks about the border."
    assert [m.status for m in extract_summary(text).meetings] == ["planned"]


def test_receiving_a_sum_of_money_is_no_meeting() -> None:
    text = (
        "Chile and Peru were hit by floods. They received more than $1.5 million in insurance "
        "money, the ministry said."
    )
    assert meeting_codes(text) == []


def test_to_meet_a_target_is_no_cue_of_a_meeting_to_come() -> None:
    text = (
        "The rule is Chile's main tool to meet the emissions reduction target pledge it "
        "made at U.N. climate talks in Lima in December."
    )
    assert [m.status for m in extract_summary(text).meetings] == ["held"]


def test_counterparts_named_by_role_and_a_state_naming_what_talks_are_about() -> None:
    text = (
        "Chile's foreign minister returned from Asia, meeting with mediator counterparts from Peru."
    )
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # a state naming what talks are about is no subject of a meeting after them
    text = (
        "Smith had just returned from a trip to further the talks over a Bolivia ceasefire, "
        "meeting with mediator counterparts from Peru and Ecuador."
    )
    assert meeting_codes(text) == []


def test_days_an_official_spent_in_a_state_are_a_visit() -> None:
    text = "Peru's finance minister spent two days in Chile before heading to Bolivia."
    assert {"PER", "CHL"} in meeting_codes(text)
    assert meeting_codes("Peruvian tourists spent two days in Chile.") == []


def test_ready_to_set_off_for_a_meeting_plans_it_and_ready_to_meet_offers_it() -> None:
    for text in (
        "Chile's foreign minister prepared to fly to Lima for talks with Peru.",
        "The remarks came as Ana Soto of Chile prepared to head to Quito to meet Peru's president.",
    ):
        assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}, text
    assert meetings_of("Chile is prepared to meet Peru.") == {
        (frozenset({"CHL", "PER"}), "proposed")
    }


def test_no_plan_for_one_with_a_long_title_to_meet_denies_the_meeting() -> None:
    text = (
        "Despite the row, Lima has drawn up no plans for Peruvian finance minister Luis "
        "Vera to meet Chilean officials this month."
    )
    assert meetings_of(text) == set()
    # A plan that is someone's other business leaves the meeting as it is.
    text = "Peru's minister, who has no plans to retire, will meet Chile's president on Monday."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}


def test_a_dinner_or_banquet_given_for_a_visitor_is_a_meeting() -> None:
    for text in (
        "Peru's president hosted a dinner for the Chilean president on Monday.",
        "Peru's president gave a state banquet in honour of Chile's president.",
    ):
        assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}, text
    # For no official of another state: no meeting.
    assert meetings_of("The Peruvian candidate held a fundraising dinner for donors.") == set()


def test_a_meeting_stays_held_when_another_thing_is_called_off() -> None:
    text = (
        "Peru's minister visited Chile a week after a Chilean group called off nationwide protests."
    )
    assert [m.status for m in extract_summary(text).meetings] == ["held"]
    text = "Peru's minister called off a visit to Chile after a week of protests."
    assert [m.status for m in extract_summary(text).meetings] == ["cancelled"]


def test_the_first_to_meet_in_the_past_met_and_the_first_to_come_will() -> None:
    text = "Humala was the first head of state to meet Bachelet after her election."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "held")}
    text = "Humala will be the first head of state to meet Bachelet after her election."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "planned")}


def test_ahead_of_another_event_after_the_meeting_makes_no_plan_of_it() -> None:
    text = (
        "Humala told visiting Chilean President Bachelet on Monday, ahead of the vote, "
        "that he agreed."
    )
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "held")}
    text = "Peru and Chile will hold talks ahead of the vote."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "planned")}
    assert meetings_of("Peru-Chile talks ahead of the vote.") == {
        (frozenset({"PER", "CHL"}), "held")
    }


def test_talks_someone_is_called_on_or_required_to_hold_are_proposed() -> None:
    for text in (
        "The amendment calls on Humala to enter into talks with Chile.",
        "Lawmakers passed a bill that would require the Peruvian foreign minister to "
        "enter into talks with Chile.",
    ):
        assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "proposed")}, text


def test_the_one_pressed_or_convinced_in_talks_is_the_other_party() -> None:
    for verb in ("pressure", "try to convince", "urge"):
        text = (
            f"Humala will {verb} Chilean President Bachelet in talks next week to lift the quotas."
        )
        assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "planned")}, verb


def test_they_opening_a_clause_of_time_are_the_two_named_before() -> None:
    text = "Humala will press Bachelet on fishing when they meet in Lima."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "planned")}
    # Only one state named before "they": no meeting of two.
    assert meetings_of("Humala said he would raise it when they meet.") == set()


def test_a_meeting_in_a_present_clause_of_time_is_to_come() -> None:
    text = "Peru and Chile officials said they would decide when they meet."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "planned")}
    text = "Humala said Peru would act before he visits Santiago."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "planned")}
    # In the past tense, held.
    assert meetings_of("Peru and Chile officials talked after they met.") == {
        (frozenset({"PER", "CHL"}), "held")
    }


def test_a_similar_or_another_meeting_has_the_first_meeting_s_subject() -> None:
    text = (
        "The EU's foreign ministers will discuss the row with Peruvian President Humala in "
        "Brussels on Monday, and later a similar meeting with Bolivian President "
        "Evo Morales next year."
    )
    assert meetings_of(text) == {
        (frozenset({"EU", "PER"}), "planned"),
        (frozenset({"EU", "BOL"}), "planned"),
    }


def test_talks_between_the_two_countries_are_between_the_two_named_before() -> None:
    text = "Peru said it backed a Chilean call for a meeting between the envoys of the two states."
    assert meetings_of(text) == {(frozenset({"PER", "CHL"}), "proposed")}
    # With one state named before: no meeting of two.
    assert meetings_of("Peru called for talks between the two sides.") == set()
    # A sentence that names no state: the two the article named last, before it.
    text = (
        "Chile hopes to narrow its copper deficit with Peru. Talks between envoys of the "
        "two nations will open in Lima on Monday."
    )
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}
    text = "Chile hopes to sell more copper. Talks between the two countries open on Monday."
    assert meetings_of(text) == set()


def test_a_meeting_between_him_and_another_is_the_subjects_and_the_others() -> None:
    text = (
        "Peru's President Ana Soto said she hoped talks could be set up between her and "
        "Chilean President Luis Vega in May, on the sidelines of the yearly APEC summit."
    )
    # Not the forum where they may meet: she and the one after "and".
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_an_official_who_sees_another_meets_them() -> None:
    text = "Chile's foreign minister is scheduled to see Peruvian President Ana Soto next week."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}
    assert meetings_of("The Chilean president saw Peru's leader on Monday.") == {
        (frozenset({"CHL", "PER"}), "held")
    }
    # Seeing as, seeing another's words, or what another does: no meeting.
    for text in (
        "The Chilean president saw the Peruvian minister's remarks as an insult.",
        "Chile's president saw Peru's leader as a partner.",
        "We will see what the Peruvian president does, the Chilean minister said.",
    ):
        assert meeting_codes(text) == [], text


def test_her_visit_is_the_woman_named_before_not_the_last_person() -> None:
    text = (
        "British Prime Minister Theresa May left Berlin after talks with Chancellor Angela "
        "Merkel and Chile's president, ahead of her visit to Lima next week."
    )
    found = {frozenset(p.country for p in m.participants) for m in extract_summary(text).meetings}
    assert frozenset({"GBR", "PER"}) in found
    assert frozenset({"CHL", "PER"}) not in found


def test_two_subjects_in_separate_meetings_each_meet_the_others_not_each_other() -> None:
    text = "Lula and Bachelet both held bilateral meetings with Peruvian officials in Lima."
    found = {frozenset(p.country for p in m.participants) for m in extract_summary(text).meetings}
    assert found == {frozenset({"BRA", "PER"}), frozenset({"CHL", "PER"})}


def test_travel_that_a_rule_is_about_is_no_trip() -> None:
    for text in (
        "Chile's President Ana Soto put out a warning on travel to Peru.",
        "Chile's President Ana Soto eased restrictions on non-essential travel to Peru.",
    ):
        assert meeting_codes(text) == [], text
    text = "Chile's President Ana Soto will travel to Peru next week."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}


def test_private_travellers_visit_for_no_state() -> None:
    # The infinitive's own subject after "for", and travellers named by their state: no
    # party of any meeting, though the state's government acts in the sentence.
    for text in (
        "The Chilean government made it tougher for tourists to visit Peru.",
        "Chile's government made it harder on Monday for Chileans to visit Peru.",
        "Chilean travellers may go on authorised trips to Peru.",
    ):
        assert meeting_codes(text) == [], text
    text = "Chile made it easier for its president to visit Peru."
    assert meeting_codes(text) == [{"CHL", "PER"}]


def test_an_actor_after_and_with_a_verb_of_its_own_is_no_party_of_the_talks_before() -> None:
    text = "Prices rose after the collapse of the OAS talks and Peru has sold more copper."
    assert meeting_codes(text) == []
    assert meeting_codes("Chile held talks with Peru and Bolivia on Monday.") == [
        {"CHL", "PER", "BOL"}
    ]


def test_what_talks_were_about_may_come_before_with_whom() -> None:
    for text in (
        "Chile held talks on fishing rights with Peru in Lima.",
        "The Chilean minister had a meeting about the border with Bolivia's president.",
    ):
        assert len(meeting_codes(text)) == 1, text
    assert meeting_codes("Chile held talks on fishing rights with Peru in Lima.") == [
        {"CHL", "PER"}
    ]


def test_talks_a_headline_says_a_state_is_to_begin_or_agreed_to_are_planned() -> None:
    for text in (
        "CHILE TO BEGIN TALKS ON FISHING PACT WITH PERU",
        "Chile's cabinet agreed to formal talks with Peru about a fishing pact.",
    ):
        assert [m.status for m in extract_summary(text).meetings] == ["planned"], text


def test_a_state_that_signs_something_at_a_meeting_takes_part_in_it() -> None:
    assert meeting_codes("Chile signed the accord at an emergency OAS meeting in Lima.") == [
        {"CHL", "IGO"}
    ]
    # Judging it is no part in it.
    assert meeting_codes("Chile condemned the pledge made at an OAS meeting in Lima.") == []


def test_a_visit_or_journey_to_a_capital_named_by_its_adjective_meets_that_state() -> None:
    for text in (
        "Chile's president began a visit to the Peruvian capital on Sunday.",
        "Chile's president flew to the Peruvian capital on Sunday.",
    ):
        assert meeting_codes(text) == [{"CHL", "PER"}], text


def test_a_part_of_the_day_before_with_and_sitting_down_with_meet() -> None:
    for text in (
        "Chile's foreign minister met Tuesday morning with the Peruvian ambassador in Lima.",
        "Chile's president is sitting down with Peruvian leaders on Tuesday.",
    ):
        assert meeting_codes(text) == [{"CHL", "PER"}], text


def test_a_willingness_or_readiness_to_talk_proposes_talks() -> None:
    for text in (
        "Chile's president hinted at his willingness to negotiate with Peru.",
        "Chile signalled its readiness to hold talks with Peru.",
    ):
        assert [m.status for m in extract_summary(text).meetings] == ["proposed"], text


def test_talks_named_as_the_way_to_settle_something_are_proposed() -> None:
    for text in (
        "Chile wants to settle the dispute with Peru through talks.",
        "Chile upholds resolving the border issue with Peru via talks, its minister said.",
    ):
        assert [m.status for m in extract_summary(text).meetings] == ["proposed"], text
    for text in (
        "Chile and Peru held talks through the night.",
        "Chile's envoy spoke through an interpreter at talks with Peru.",
    ):
        assert [m.status for m in extract_summary(text).meetings] == ["held"], text


def test_states_that_agreed_together_met() -> None:
    # Two or more states agreeing is a contact between them, held, whatever it plans.
    text = "Chile and Peru agreed on Monday to reopen the border."
    found = extract_summary(text).meetings
    assert [({p.country for p in m.participants}, m.status) for m in found] == [
        ({"CHL", "PER"}, "held")
    ]
    # One side's consent, a view shared, or a meeting agreed on named after it.
    assert meeting_codes("Chile agreed to buy Peruvian copper.") == []
    assert meeting_codes("Chile agreed with Peru that the plan was flawed.") == []
    planned = extract_summary("Chile and Peru agreed to begin talks on fishing.").meetings
    assert [m.status for m in planned] == ["planned"]


def test_states_that_signed_an_agreement_together_met() -> None:
    text = "Chile and Peru signed a $40m accord on Monday to build a bridge."
    found = extract_summary(text).meetings
    assert [({p.country for p in m.participants}, m.status) for m in found] == [
        ({"CHL", "PER"}, "held")
    ]
    # The partner after "with", past the agreement.
    assert meeting_codes("Chile signed a fishing pact with Peru in Lima.") == [{"CHL", "PER"}]
    assert meeting_codes("Chile and Peru signed a customs protocol with Bolivia.") == [
        {"CHL", "PER", "BOL"}
    ]
    # Not an agreement, one side alone, or a firm of the other state.
    assert meeting_codes("Chile and Peru signed a petition against the dam.") == []
    assert meeting_codes("Chile signed a treaty banning mines, Peru said.") == []
    assert meeting_codes("Chile signed a deal with Peru's Acme Corp to buy ships.") == []


def test_a_leader_heading_on_after_visiting_others_visited_them() -> None:
    # A known leader's bare surname before a verb of travel is its subject, not a name
    # for the trip ("the Soto trip"): the visits after it are his too, and held.
    text = "Boric heads to Peru on Wednesday after visiting Bolivia and Brazil."
    found = extract_summary(text, published=dt.date(2023, 5, 1)).meetings
    assert [({p.country for p in m.participants}, m.status) for m in found] == [
        ({"CHL", "PER"}, "planned"),
        ({"CHL", "BOL"}, "held"),
        ({"CHL", "BRA"}, "held"),
    ]
    # Still to come when the sentence says so.
    text = "Boric will fly to Peru after visiting Bolivia."
    found = extract_summary(text, published=dt.date(2023, 5, 1)).meetings
    assert found and {m.status for m in found} == {"planned"}


def test_a_meeting_to_mend_ties_with_a_state_has_that_state_for_its_other_side() -> None:
    for text in (
        "Peru suggested a meeting of foreign ministers to repair relations with Chile.",
        "Peru proposed talks to mend ties with Chile.",
    ):
        assert meeting_codes(text) == [{"PER", "CHL"}], text


def test_a_trip_that_takes_someone_to_places_is_a_visit_to_each() -> None:
    text = "Chilean President Ana Soto ended a tour that took her to Peru, Bolivia and Brazil."
    assert meeting_codes(text) == [{"CHL", "PER"}, {"CHL", "BOL"}, {"CHL", "BRA"}]
    text = (
        "Chilean Foreign Minister Juan Vera will visit Lima on Monday, on a trip due to "
        "take him to Quito as well."
    )
    assert meeting_codes(text) == [{"CHL", "PER"}, {"CHL", "ECU"}]


def test_reaching_an_agreement_with_a_state_is_a_meeting_with_it() -> None:
    assert meeting_codes("Peru reached an agreement with Chile on fishing rights.") == [
        {"PER", "CHL"}
    ]
    text = "Peru said it had reached agreement with Chile to pay part of its debt in copper."
    assert meeting_codes(text) == [{"PER", "CHL"}]


def test_two_people_each_set_off_with_an_office_are_the_subject() -> None:
    for text in (
        "Ana Soto, Peru's trade minister, and Luis Vega, Chile's economy minister, met in "
        "Lima on Monday.",
        "Trade Minister Ana Soto of Peru and Luis Vega, Chile's deputy economy minister "
        "(trade), are due to meet in Lima this week.",
    ):
        assert {codes for codes, _ in meetings_of(text)} == {frozenset({"PER", "CHL"})}, text
    # Their position is each one's state's too.
    text = "Ana Soto, Peru's trade minister, and Luis Vega, Chile's economy minister, condemned it."
    assert stance_keys(text) == {("PER", "oppose"), ("CHL", "oppose")}


def test_a_states_brands_and_corporations_are_firms_not_the_state() -> None:
    text = "Several Chilean brands are in talks with Peru on new deals."
    assert meeting_codes(text) == []
    assert meeting_codes("Chilean officials are in talks with Peru.") == [{"CHL", "PER"}]


def test_a_meeting_on_whose_eve_something_happens_is_planned() -> None:
    text = "Vega's remarks come on the eve of talks in early June between Chile and Peru."
    assert [m.status for m in summarise(text, backend="offline").meetings] == ["planned"]
    # After the meeting, "on the eve of" dates it before another event: still held.
    text = "Chile's president met Peru's president on the eve of the ballot."
    assert [m.status for m in summarise(text, backend="offline").meetings] == ["held"]


def test_a_word_of_when_or_where_between_the_talks_and_the_one_met() -> None:
    # Invented sentences: an adverb of time or place after the noun, before "with".
    assert meetings_of(
        "Chilean President Michelle Bachelet will hold talks there with Peru's Ollanta Humala."
    ) == {(frozenset({"CHL", "PER"}), "planned")}
    assert meetings_of(
        "Chilean President Michelle Bachelet held talks afterwards with Peru's Ollanta Humala."
    ) == {(frozenset({"CHL", "PER"}), "held")}


def test_a_trip_or_talks_with_private_people_meet_no_state() -> None:
    # Invented sentences: lenders, traders and firms met abroad are no officials of the
    # place visited, nor do states pursuing talks with them meet one another.
    for text in (
        "Chile's finance minister flew to Peru for new debt talks with creditor banks.",
        "Chile's trade minister is in Lima to brief exporters on the accord.",
        "Chile's finance minister flew to Lima for talks with Peruvian business leaders.",
        "Chile, Peru and Bolivia are holding separate negotiations with their creditors.",
    ):
        assert meetings_of(text) == set(), text
    # Those listed with them, or a body's own people, are met all the same.
    text = "Chile's finance minister flew to Lima for talks with bankers and Peru's premier."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}
    text = "Chile's finance minister will visit Lima next week for talks with IMF executives."
    assert {codes for codes, _ in meetings_of(text)} == {frozenset({"CHL", "IMF"})}


def test_talked_of_or_about_names_a_subject_then_with_whom() -> None:
    # Invented: what was talked of comes first, the one talked with after "with".
    text = "Chilean Foreign Minister Ana Vega talked of the struggle between Peru and Bolivia."
    assert meetings_of(text) == set()
    text = "Chilean Foreign Minister Ana Vega talked about trade with Peru's foreign minister."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}


def test_telling_an_official_of_another_state_is_a_contact_unless_written() -> None:
    # Invented: "tell" as "told"; past an office before the one told; not a letter.
    text = "Bachelet is expected to tell President Humala that Chile will extend credit."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}
    text = '"We want no trade war," Bachelet was quoted as telling Peruvian premier Ana Soto.'
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}
    text = "Chilean President Michelle Bachelet told President Humala the plan was dead."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}
    text = "Bachelet told Peruvian Prime Minister Ana Soto in a letter that the plan was dead."
    assert meetings_of(text) == set()


def test_words_said_by_phone_to_an_official_of_another_state_are_a_call() -> None:
    # Invented: whatever the verb, "by phone to" the one spoken to is a call.
    text = "Chile's foreign minister gave assurances by phone to Peru's president."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}


def test_a_states_delegation_staying_or_travelling_abroad_meets_its_host() -> None:
    # Invented: a delegation or mission is sent on the state's business; tourists are not.
    text = "A Chilean trade delegation was in Lima last week."
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "held")}
    text = "An IMF mission would travel to Peru early next week to review the budget."
    assert meetings_of(text) == {(frozenset({"IMF", "PER"}), "planned")}
    assert meetings_of("Chilean tourists were in Lima last week.") == set()


def test_joining_others_in_talks_a_body_brokers_is_meeting_them_and_the_body() -> None:
    cases = {
        "Peru joined Chile in U.N.-brokered talks on Friday.": {"PER", "CHL", "UN"},
        "Peruvian officials joined Chilean envoys in United Nations-sponsored talks.": {
            "PER",
            "CHL",
            "UN",
        },
        "A Peruvian delegation flew to Geneva to join Bolivian officials in OAS-led talks.": {
            "PER",
            "BOL",
            "IGO",
        },
    }
    for text, codes in cases.items():
        assert meeting_codes(text) == [codes], text
    # Talks led by a body between others still leave out who only speaks of them.
    text = "Chile welcomed progress in U.N.-led talks between Peru and Bolivia."
    assert meeting_codes(text) == [{"UN", "PER", "BOL"}]


def test_a_go_between_named_after_the_talks_takes_part_in_them() -> None:
    cases = {
        "Talks between Peru and Chile, hosted by Brazil, ended on Friday.": {
            "PER",
            "CHL",
            "BRA",
        },
        "Peru and Chile held talks mediated by the United Nations on Friday.": {
            "PER",
            "CHL",
            "UN",
        },
        "The talks between Peru and Chile were brokered by Brazil and the United Nations.": {
            "PER",
            "CHL",
            "BRA",
            "UN",
        },
        # Past where they were held, and in the same meeting, not one with each.
        "Peru held talks with Chile in Geneva, brokered by the United Nations.": {
            "PER",
            "CHL",
            "UN",
        },
    }
    for text, codes in cases.items():
        assert meeting_codes(text) == [codes], text
    # A go-between alone names no meeting; nor does a gathering of another's.
    assert meeting_codes("Chile welcomed U.N.-led talks brokered by Peru and Bolivia.") == []
    text = "Peru held talks with Chile after a summit hosted by Brazil."
    assert meeting_codes(text)[0] == {"PER", "CHL"}


def test_farm_ministers_are_officials_on_the_way_to_a_meeting_s_parties() -> None:
    # "farm" is a minister's portfolio, as "agriculture" is.
    text = (
        "The Lima talks were attended by farm ministers of the two states and by Chilean "
        "President Ana Soto and Peruvian President Luis Vega."
    )
    assert meeting_codes(text) == [{"CHL", "PER"}]
    summary = extract_summary("Chilean Farm Minister Ana Soto met Peru's president on Monday.")
    first = summary.meetings[0].participants[0]
    assert (first.name, first.title) == ("Ana Soto", "Farm Minister")


def test_a_visit_that_names_no_place_is_to_the_state_of_the_story_s_dateline() -> None:
    text = (
        "LIMA - A Chilean band will play in Peru this month. "
        "Chilean President Ana Soto's visit on March 21 will be the first one of a "
        "Chilean head of state in decades."
    )
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}
    # The visitor's adjective before the noun names the visitor too.
    text = (
        "LIMA - Peru hailed a trade plan. Ahead of the Chilean leader's visit, police shut roads."
    )
    assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}
    # Not where the visitor is at home, nor a bureau's city the story never names again.
    home = "SANTIAGO - Chile's president will make a historic visit next month, aides said."
    assert meeting_codes(home) == []
    # A guest "visiting" with no place named visits there too.
    for text in (
        "LIMA - The visiting Chilean foreign minister said on Monday trade must grow.",
        "LIMA - Chile's foreign minister, who is visiting, said trade must grow.",
    ):
        assert meeting_codes(text + " Peru agreed.") == [{"CHL", "PER"}], text
    # Officials met by office alone, in a story told from another state's capital, are its.
    for text in (
        "LIMA - Chile's foreign minister met the president on Monday to discuss fishing.",
        "LIMA - Chile's foreign minister held talks with senior government officials.",
    ):
        assert meeting_codes(text + " Peru is hopeful.") == [{"CHL", "PER"}], text
    text = "LIMA - Chile's foreign minister met the president of Bolivia on Monday."
    assert meeting_codes(text + " Peru is hopeful.") == [{"CHL", "BOL"}]
    bureau = (
        "LIMA - A Chilean envoy struck a deal in Bolivia on Monday. "
        "Chilean President Ana Soto's visit on March 21 is her first in years."
    )
    assert meeting_codes(bureau) == []


def test_a_signing_to_come_between_listed_states_is_a_planned_meeting() -> None:
    for text in (
        "Chile and Peru will sign the accord in Lima next week.",
        "Chile and Peru are to sign a trade pact on Friday.",
        "Chile and Peru are expected to sign the accord at a ceremony in Lima.",
    ):
        assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}, text
    # The agreement to sign is itself the contact, as before; no pact, no signing.
    assert meetings_of("Chile and Peru agreed to sign the accord.") == {
        (frozenset({"CHL", "PER"}), "held")
    }
    assert meeting_codes("This is a sign of progress between Chile and Peru.") == []
    assert meeting_codes("Chile refused to sign the accord with Peru.") == []


def test_an_invitation_accepted_is_a_plan_not_an_offer() -> None:
    for text in (
        "Peru accepted Chile's invitation to visit Santiago.",
        "Peru's president accepted an invitation from Chile to visit Santiago.",
        "Peru's president has accepted an invitation to visit Chile.",
    ):
        assert meetings_of(text) == {(frozenset({"CHL", "PER"}), "planned")}, text
    assert meetings_of("Chile invited Peru's president to visit Santiago.") == {
        (frozenset({"CHL", "PER"}), "proposed")
    }


def test_a_body_meeting_to_discuss_a_quarrel_between_states_does_not_meet_them() -> None:
    for text in (
        "The U.N. Security Council met on Monday to discuss the border clash between Chile "
        "and Peru.",
        "EU foreign ministers met to discuss the conflict between Chile and Peru.",
    ):
        assert meeting_codes(text) == [], text
    # A state's talks on it are likely the two's, as before; so are talks between them.
    assert meetings_of("Brazil hosted talks to discuss the dispute between Chile and Peru.") == {
        (frozenset({"BRA", "CHL", "PER"}), "held")
    }
    assert meetings_of("Talks between Chile and Peru resumed.") == {
        (frozenset({"CHL", "PER"}), "held")
    }
