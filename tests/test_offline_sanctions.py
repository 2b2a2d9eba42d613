"""Offline rules, on sentences written for each test: sanctions (triggers, imposers,
targets, status).
"""

from __future__ import annotations

from diplosum.backends.offline.actors import find_actors
from diplosum.backends.offline.rules import extract_summary

from .offline_coder import offline, sanction_pairs, sanction_statuses, stance_keys


def test_sanction_roles_and_status() -> None:
    summary = offline(
        "Canada imposed new sanctions on Belarus. "
        "The European Union lifted its arms embargo against Libya. "
        "Russia vetoed U.N. sanctions against Syria."
    )
    found = {(s.imposer.country, s.target.country, s.status) for s in summary.sanctions}
    assert ("CAN", "BLR", "imposed") in found
    assert ("EU", "LBY", "lifted") in found
    assert ("UN", "SYR", "blocked") in found
    # The imposer's stance names the target as a reader knows it, not as its adjective.
    wine = extract_summary("Chile slapped tariffs of 200 percent on Peruvian wine.")
    assert [s.topic for s in wine.stances] == ["Peru (imposed sanctions)"]


def test_every_imposer_of_a_list_opposes_the_target_not_only_the_last() -> None:
    for text in (
        "Chile and Argentina imposed sanctions on Peru.",
        "Chile, Argentina and Brazil have imposed sanctions on Peru.",
    ):
        imposers = {s.imposer.country for s in extract_summary(text).sanctions}
        assert stance_keys(text) == {(code, "oppose") for code in imposers}, text
        assert "CHL" in imposers, text
    # Read as the rules read any list of actors: an office before "and", "the" after it.
    assert ("CHL", "oppose") in stance_keys(
        "Chile's foreign minister and Argentina imposed sanctions on Peru."
    )
    assert ("CHL", "oppose") in stance_keys(
        "Chile and the United States imposed sanctions on Peru."
    )
    # Reported, not said as their act: no stance, as for one imposer.
    assert stance_keys("Sanctions imposed by Chile and Argentina on Peru remain.") == set()


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


def test_expelled_diplomats_are_a_sanction_on_their_state() -> None:
    cases = {
        "Canada expelled two Saudi diplomats on Wednesday.": ("CAN", "SAU"),
        "Britain announced the expulsion of 23 Russian diplomats.": ("GBR", "RUS"),
        "Mali expelled the ambassador of France on Monday.": ("MLI", "FRA"),
    }
    for text, pair in cases.items():
        found = sanction_statuses(extract_summary(text).sanctions)
        assert found == [(*pair, "imposed")], text
    assert extract_summary("The expelled diplomats left Ottawa on Friday.").sanctions == []


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
        "New sanctions were imposed on Bolivia by Peru last year.": {("PER", "BOL", "imposed")},
        # Another verb's passive names who judged the measure, not who imposed it.
        "The lifting of Chilean sanctions on Bolivia was welcomed by Peru.": {
            ("CHL", "BOL", "lifted")
        },
        "Sanctions against Bolivia were tightened last year by Chile.": {("CHL", "BOL", "imposed")},
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
    # The target right after the trigger's own preposition, not after a later "on".
    text = "Peru said it would retaliate against Chilean curbs on Peruvian fish."
    assert ("PER", "CHL") in sanction_pairs(text)
    vetoed = extract_summary("Russia vetoed a U.N. resolution on Syria.").stances
    assert [s.topic for s in vetoed] == ["a U.N. resolution on Syria"]  # "U.N." ends nothing


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
        found = sanction_statuses(extract_summary(text).sanctions)
        assert found == [expected], text
    # "the sanctions" with no target named refers back: no new sanction.
    assert extract_summary("Canada said it would keep the sanctions.").sanctions == []


def test_aid_cuts_recalls_downgrades_and_restrictive_measures() -> None:
    cases = {
        "The EU adopted restrictive measures against Belarusian officials.": ("EU", "BLR"),
        "The United States suspended military aid to Egypt after the coup.": ("USA", "EGY"),
        "Turkey recalled its ambassador from Austria.": ("TUR", "AUT"),
        "Ankara downgraded diplomatic relations with Israel.": ("TUR", "ISR"),
        "The United States imposed visa bans on Nigerian officials.": ("USA", "NGA"),
    }
    for text, pair in cases.items():
        assert sanction_pairs(text) == [pair], text
    # A warning of unnamed "countermeasures" is no sanction.
    text = "Biden warned Iran of unspecified countermeasures should the raids go on."
    assert extract_summary(text).sanctions == []


def test_a_regional_adjective_after_a_possessive_is_no_person() -> None:
    text = (
        "Canberra's European partners backed the plan. The United States and the European "
        "Union lifted sanctions on Fiji."
    )
    assert [m.code for m in find_actors(text) if m.kind == "person"] == []
    found = {(s.imposer.country, s.target.country) for s in extract_summary(text).sanctions}
    assert ("EU", "FJI") in found


def test_a_sanction_with_no_target_named_never_targets_a_fellow_imposer() -> None:
    text = "Sanctions imposed by the U.N., Canada and the EU were lifted."
    assert extract_summary(text).sanctions == []


def test_reported_speech_spokesmen_according_to_and_appeals_for_calm() -> None:
    def stances(text: str) -> list[tuple[str | None, str, str]]:
        return [(s.actor.country, s.position, s.topic) for s in extract_summary(text).stances]

    # "a spokesman for" speaks for the state after "for".
    from diplosum.backends.offline.speaker_after import _spokesman_for

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
    assert sanction_statuses(called) == [("ESP", "IRN", "threatened")]
    for text in (
        "Spain will press for sanctions on Iran.",
        "Spain pressed for an embargo on Iran.",
    ):
        pressed = extract_summary(text).sanctions
        assert sanction_statuses(pressed) == [("ESP", "IRN", "threatened")], text
    # A measure asked of another is not yet taken.
    for text in (
        "Italy asked Spain to cut financial links with Iran.",
        "Italy pressed Spain to impose new sanctions on Iran.",
    ):
        asked = extract_summary(text).sanctions
        assert sanction_statuses(asked) == [("ESP", "IRN", "threatened")], text
    # A relative clause's measure has its own status, not the main clause's.
    for text in (
        "Spain, which imposed sanctions on Iran in May, is pushing for talks.",
        "Spain imposed sanctions on Iran, which is pushing for talks.",
    ):
        imposed = extract_summary(text).sanctions
        assert sanction_statuses(imposed) == [("ESP", "IRN", "imposed")], text
    kept = extract_summary("Spain, which is pushing for sanctions on Iran, met Italy.")
    assert sanction_statuses(kept.sanctions) == [("ESP", "IRN", "threatened")]


def test_sanctions_rolled_over_kept_adopted_by_resolution_and_imports_of_goods() -> None:
    def sanctions(text: str) -> list[tuple[str | None, str | None, str]]:
        found = extract_summary(text).sanctions
        return sanction_statuses(found)

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
        # Kept in force longer, and by those who act for the body.
        "EU ministers agreed on Monday to prolong sanctions on Belarus.": ("EU", "BLR"),
        "The EU decided to renew its embargo on Sudan.": ("EU", "SDN"),
        "The EU rolls over its sanctions on Belarus every six months.": ("EU", "BLR"),
        "EU ambassadors agreed to extend sanctions on Belarus.": ("EU", "BLR"),
        # Measures a state keeps as its own.
        "Japan has its own sanctions on North Korea.": ("JPN", "PRK"),
    }
    for text, pair in cases.items():
        assert sanctions(text) == [(*pair, "imposed")], text
    assert sanctions("The U.S. is preparing new sanctions against Cuban officials.") == [
        ("USA", "CUB", "threatened")
    ]
    # Several resolutions as well as one.
    text = "The Security Council has passed two resolutions threatening sanctions on Eritrea."
    assert sanctions(text) == [("UN", "ERI", "threatened")]
    # The imposer's own text that sets the sanctions out.
    text = "A U.S. Treasury statement detailing sanctions against Eritrea was issued in May."
    assert [pair[:2] for pair in sanctions(text)] == [("USA", "ERI")]


def test_sanctions_whose_imposer_reports_them_or_is_named_by_of() -> None:
    def sanctions(text: str) -> list[tuple[str | None, str | None, str]]:
        found = extract_summary(text).sanctions
        return sanction_statuses(found)

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


def test_sanctions_of_an_administration_and_tariffs_with_a_rate() -> None:
    assert sanction_pairs(
        "The Reagan administration has decided to impose sanctions on Panama."
    ) == [("USA", "PAN")]
    assert sanction_pairs(
        "The United States imposed 100 pct tariffs on Japanese electronic goods."
    ) == [("USA", "JPN")]
    # An amount as an adjective, the wire's singular "dlr" before the measure.
    for text in (
        "Chile announced 150 mln dlr sanctions against Peruvian fishmeal.",
        "Chile said it would go ahead with planned 150 mln dollar tariffs on Peruvian wine.",
    ):
        assert sanction_pairs(text) == [("CHL", "PER")], text


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
        assert sanction_pairs(text) == [pair], text
    # A ban on no state is none, whatever the article is about.
    for text in (
        "The Egyptian government banned protests in Cairo.",
        "The Japanese company imposed restrictions on staff travel.",
        "India imposed curbs on onion exports.",
    ):
        assert sanction_pairs(text) == [], text


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
        assert sanction_pairs(text) == [pair], text
    for text in (
        "Britain banned protests against Russia outside its embassy.",
        "Argentina halted talks with Chile over the channel.",
        "Egypt is banning imports of luxury cars to save foreign currency.",
    ):
        assert sanction_pairs(text) == [], text


def test_descriptions_reservations_and_a_ban_on_sales_to_a_state() -> None:
    assert stance_keys("The Soviet side described the meeting as useful.") == {("SUN", "support")}
    assert stance_keys("The Chinese Government, however, expressed reservations.") == {
        ("CHN", "oppose")
    }
    lifted = extract_summary(
        "The State Department announced that Washington would lift its ban on grain sales to "
        "Poland."
    ).sanctions
    assert sanction_statuses(lifted) == [("USA", "POL", "lifted")]
    # A ban on no state's goods is none.
    assert sanction_pairs("Mexico said it would lift its ban on fishing in the gulf.") == []


def test_blacklists_executive_orders_and_aid_cuts() -> None:
    cases = {
        "The United States added two Chinese firms to a trade blacklist.": ("USA", "CHN"),
        "Britain put three Iranian banks on its sanctions list.": ("GBR", "IRN"),
        "Britain has long had Iran's central bank on terror blacklists.": ("GBR", "IRN"),
        "Obama signed an executive order lifting remaining sanctions on Myanmar.": ("USA", "MMR"),
        "The United States threatened Pakistan with aid cuts.": ("USA", "PAK"),
    }
    for text, pair in cases.items():
        assert sanction_pairs(text) == [pair], text
    # Put on a list that is no measure: none.
    assert sanction_pairs("Unesco added two Iranian sites to its heritage list.") == []
    # Taken off one: the listing lifted.
    for text in (
        "Chile announced the removal of Peru from its terrorism blacklist.",
        "Chile took Peru off its terror blacklist.",
    ):
        assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "lifted")]


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
        assert sanction_pairs(text) == [pair], text
    for text in (
        "Police restricted access to the Chinese embassy.",
        "The court told the Russian diplomats to leave the room.",
        "Iran suspended cooperation with the IAEA.",
        "Obama called for a freeze on Israeli settlement building.",
        "Saudi Arabia has curbed Iranian influence in Yemen.",
    ):
        assert sanction_pairs(text) == [], text


def test_sanctions_warned_of_vetoed_in_a_resolution_voted_dropped_and_phased_out() -> None:
    cases = {
        "Britain warned it could impose sanctions on Zimbabwe.": ("GBR", "ZWE", "threatened"),
        "Russia vetoed a U.N. resolution imposing sanctions on Syria.": ("UN", "SYR", "blocked"),
        # The Council's though it is not named, and though the vetoing states are.
        "Chile and Peru vetoed a resolution that would have imposed sanctions on Bolivia.": (
            "UN",
            "BOL",
            "blocked",
        ),
        "The U.S. Senate voted to impose sanctions on Iran.": ("USA", "IRN", "imposed"),
        "Australia dropped its sanctions against Fiji.": ("AUS", "FJI", "lifted"),
        "The EU will phase out its sanctions on Belarus.": ("EU", "BLR", "lifted"),
        # "sanction" the verb falls on its object, not on the one who blocks it
        "Chile blocked a U.N. move to sanction Bolivia.": ("UN", "BOL", "blocked"),
        # States that veto or block a measure impose none of it: the Council's when
        # vetoed, the body's it is blocked at; a president's veto is his own state's.
        "Chile and Peru vetoed new sanctions against Bolivia.": ("UN", "BOL", "blocked"),
        "Chile blocked sanctions against Bolivia at the United Nations.": (
            "UN",
            "BOL",
            "blocked",
        ),
        "Peru's president vetoed sanctions against Bolivia.": ("PER", "BOL", "blocked"),
    }
    for text, expected in cases.items():
        found = extract_summary(text).sanctions
        assert sanction_statuses(found) == [expected], text
    # Blocked by a state with no body named: no one's measure the sentence says.
    assert extract_summary("Chile blocked new sanctions on Bolivia.").sanctions == []


def test_calls_for_sanctions_expulsions_ordered_and_ties_suspended() -> None:
    assert sorted(sanction_pairs("Chile and Peru led calls for sanctions against Bolivia.")) == [
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
        assert sanction_pairs(text) == pairs, text


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
        "The EU blocked Peruvian imports of beef.": [("EU", "PER")],
        "Chile blocked aid shipments to Bolivia.": [("CHL", "BOL")],
        # An envoy ordered or given days to leave, with no "the country".
        "Ecuador ordered Peru's ambassador to leave within 72 hours.": [("ECU", "PER")],
        "Ecuador gave two Peruvian diplomats seven days to leave.": [("ECU", "PER")],
        # A duty in the singular, as a tariff is.
        "Chile slapped a 25 percent duty on Bolivian soy.": [("CHL", "BOL")],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text
    # Nothing stopped to anyone named, or not the state's own act: no sanction.
    for text in (
        "Chile suspended aid after the floods.",
        "Chile did not suspend aid to Bolivia.",
        "The storm halted shipments of copper to Peru.",
        "Peruvian exporters halted shipments to Chile.",
        "Bolivian officials were asked to leave the country.",
        "Chile's president plans to leave office after talks with Bolivia.",
        "Chile asked Bolivia to leave the talks.",
    ):
        assert sanction_pairs(text) == [], text


def test_sanctions_in_the_passive_by_a_council_vote_and_of_a_department() -> None:
    text = "Bolivia was placed under a blockade by Chile and Peru."
    assert sorted(sanction_pairs(text)) == [("CHL", "BOL"), ("PER", "BOL")]
    cases = {
        "The Security Council voted unanimously to tighten sanctions on Pyongyang.": [
            ("UN", "PRK")
        ],
        "The U.S. Treasury sanctioned three Venezuelan officials.": [("USA", "VEN")],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text


def test_a_target_threatened_with_sanctions_in_the_passive() -> None:
    # The one threatened is the subject, its threatener after "by", else the speaker,
    # else the state the article is most about besides it; never the other way round.
    cases = {
        "Bolivia was threatened with new sanctions by Chile on Tuesday.": ("CHL", "BOL"),
        "Bolivia has been threatened with sanctions, the Chilean foreign ministry said.": (
            "CHL",
            "BOL",
        ),
        "Bolivia could face sanctions if it does not withdraw, Peru warned.": ("PER", "BOL"),
        "Chile has long quarrelled with Bolivia over the border. Bolivia already has been "
        "threatened with sanctions if it does not pull back.": ("CHL", "BOL"),
    }
    for text, pair in cases.items():
        summary = extract_summary(text)
        assert sanction_statuses(summary.sanctions) == [(*pair, "threatened")], text


def test_sanctions_recommended_or_under_discussion_are_threatened() -> None:
    for text in (
        "The Chilean cabinet recommended sanctions against Peru.",
        "The Chilean government was recommending trade sanctions against Peru for the raid.",
        "The raid comes at a time when there is a discussion for Chilean sanctions on Peru.",
        # Vowed or pledged, not yet done.
        "Chile vowed to impose sanctions on Peru.",
        "Chile pledged to impose tariffs on goods from Peru.",
    ):
        summary = extract_summary(text)
        assert sanction_statuses(summary.sanctions) == [("CHL", "PER", "threatened")], text


def test_a_measure_s_verb_in_the_passive_targets_its_subject() -> None:
    cases = {
        "Bolivia was sanctioned by Chile.": [("CHL", "BOL")],
        "Several Bolivian officials were sanctioned by Chile and Peru for corruption.": [
            ("CHL", "BOL"),
            ("PER", "BOL"),
        ],
        "Two Bolivian diplomats were expelled on Monday, the Chilean government said.": [
            ("CHL", "BOL")
        ],
        "Bolivia is banned by U.N. resolutions from testing missiles.": [("UN", "BOL")],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text
    # Banned with nobody named: a rule or a sport's ban, no state's measure.
    assert sanction_pairs("Imports of rice to Chile are banned under a 1942 law.") == []


def test_prices_called_tariffs_and_a_sanction_that_approves_are_no_measures() -> None:
    for text in (
        "Peru is under pressure from Chile and the IMF to raise utilities tariffs.",
        "Chile's inquiry centres on the tariffs the two Peruvian firms charge.",
        "The war on Peru could be illegal without a UN resolution sanctioning military action.",
    ):
        assert sanction_pairs(text) == [], text
    assert sanction_pairs("The UN voted to sanction Peru for the raid.") == [("UN", "PER")]


def test_sanctions_warned_of_faced_and_in_a_vetoed_resolution() -> None:
    summary = extract_summary("Peru warned of sanctions against Bolivia if it did not withdraw.")
    assert sanction_statuses(summary.sanctions) == [("PER", "BOL", "threatened")]
    summary = extract_summary("Bolivia could face sanctions from the United Nations.")
    assert sanction_statuses(summary.sanctions) == [("UN", "BOL", "threatened")]
    # Relief got is a lifting, by the one it is from or who says so.
    summary = extract_summary("Bolivia could get sanctions relief from the United Nations.")
    assert sanction_statuses(summary.sanctions) == [("UN", "BOL", "lifted")]
    summary = extract_summary("Bolivia will get sanctions relief next year, Peru said.")
    assert sanction_statuses(summary.sanctions) == [("PER", "BOL", "lifted")]
    summary = extract_summary("China vetoed a resolution imposing sanctions on Venezuela.")
    assert sanction_statuses(summary.sanctions) == [("UN", "VEN", "blocked")]


def test_the_community_is_the_eu_where_the_european_community_is_named() -> None:
    text = (
        "The European Community met on Monday. "
        "The Community imposed a ban on arms sales to Argentina."
    )
    assert sanction_pairs(text) == [("EU", "ARG")]
    assert sanction_pairs("The Community imposed a ban on arms sales to Argentina.") == []


def test_imports_of_goods_from_a_state_and_warned_of_sanctions() -> None:
    assert sanction_pairs("China banned imports of coal from North Korea.") == [("CHN", "PRK")]
    assert sanction_pairs("Japan has halted imports of crude oil from Iran.") == [("JPN", "IRN")]
    # Exports from a place, no measure: nothing.
    assert sanction_pairs("Exports of Iranian oil from Iraq rose.") == []
    summary = extract_summary("Germany warned Russia of further sanctions over the crisis.")
    assert sanction_statuses(summary.sanctions) == [("DEU", "RUS", "threatened")]
    # "warned ... of" only: "hit ... of" is no measure.
    assert sanction_pairs("Germany hit Russia of sanctions.") == []


def test_a_warning_that_the_target_would_face_sanctions_and_sanctions_from_a_state() -> None:
    summary = extract_summary(
        "France and Germany warned Moscow it would face further sanctions if it did not withdraw."
    )
    assert sanction_statuses(summary.sanctions) == [
        ("FRA", "RUS", "threatened"),
        ("DEU", "RUS", "threatened"),
    ]
    summary = extract_summary("The United States threatened Turkey that it would face sanctions.")
    assert sanction_statuses(summary.sanctions) == [("USA", "TUR", "threatened")]
    # Only a warning or a threat: "hit Iran that it would face" is no shape of a measure.
    assert sanction_pairs("Germany hit Russia that it would face sanctions.") == []
    # "from" after a measure names who takes it, not where it comes from.
    summary = extract_summary("Moscow faces sanctions from the United States over Crimea.")
    assert [(x.imposer.country, x.target.country) for x in summary.sanctions] == [("USA", "RUS")]


def test_designations_and_a_push_for_sanctions() -> None:
    summary = extract_summary(
        "The U.S. Treasury designated three Iranian firms for supporting the missile program."
    )
    assert sanction_statuses(summary.sanctions) == [("USA", "IRN", "imposed")]
    # The firms' act, not the Treasury's position.
    assert summary.stances == []
    # Only with its target named: "designated an envoy" is no measure.
    assert sanction_pairs("Chile designated a new envoy to lead the talks.") == []
    summary = extract_summary("Britain will push for tougher EU sanctions on Russia.")
    assert sanction_statuses(summary.sanctions) == [("EU", "RUS", "threatened")]


def test_a_lifting_only_planned_or_asked_for_leaves_the_measure_imposed() -> None:
    for text, status in {
        "Chile backs a proposal to lift the OAS arms embargo on Peru.": "imposed",
        "Bolivia urged Chile to lift the trade sanctions on Peru.": "imposed",
        "Chile lifted its arms embargo on Peru.": "lifted",
    }.items():
        found = [(x.target.country, x.status) for x in extract_summary(text).sanctions]
        assert ("PER", status) in found, text


def test_a_state_s_council_or_committee_between_imposer_and_measure() -> None:
    for text in (
        "The Chilean Economic Policy Council decided to recommend trade sanctions against Peru.",
        "Chile's Trade Policy Committee decided to take retaliatory action against Peru.",
    ):
        assert sanction_pairs(text) == [("CHL", "PER")], text


def test_reprisals_a_state_s_adjective_names_outside_armed_action() -> None:
    text = "He said Peru must open its market or face possible Chilean reprisals."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "threatened")]
    text = "Chile would not rule out Chilean retaliation if Peru went ahead with its tariffs."
    assert sanction_pairs(text) == [("CHL", "PER")]
    # A body's short name serves as its adjective.
    text = "Brussels warned Lima that the wine bill would invite quick EU reprisals."
    assert sanction_statuses(extract_summary(text).sanctions) == [("EU", "PER", "threatened")]
    # Bare, or in a sentence of armed action, they are no measure.
    assert sanction_pairs("The tariffs on Peru's wine are in retaliation for its quotas.") == []
    text = "Chile fears Peruvian retaliation after the missile attack on its navy."
    assert sanction_pairs(text) == []


def test_a_lifting_the_imposer_should_make_or_refuses_names_a_measure_in_force() -> None:
    # The imposer, a modal or "refuses to" and the measure with its age between: the
    # measure is the imposer's and still in force.
    for text in (
        "Bolivia says the United States needs to lift its 40-year-old trade embargo on Peru.",
        "Chile should lift its decades-old embargo on Peru, Bolivia said.",
        "Lima is angry that the Chilean Congress refuses to lift the arms embargo on Peru.",
    ):
        found = [(x.imposer.country, x.target.country, x.status) for x in
                 extract_summary(text).sanctions]  # fmt: skip
        assert found[:1] in ([("USA", "PER", "imposed")], [("CHL", "PER", "imposed")]), text


def test_a_measure_said_to_punish_or_answer_a_state_targets_it() -> None:
    for text in (
        "Chile halted operations at the joint border zone to punish Peru.",
        "Chile suspended operations at the border zone in response to Peru's missile test.",
    ):
        assert sanction_pairs(text) == [("CHL", "PER")], text
    # Stopped for no one named: no sanction.
    assert sanction_pairs("The Chilean company halted operations in Peru.") == []


def test_sanctions_in_legislation_a_chamber_voted_for() -> None:
    assert sanction_pairs(
        "The U.S. Senate voted on Wednesday for legislation broadening sanctions on North Korea."
    ) == [("USA", "PRK")]
    assert sanction_pairs("The U.S. Senate passed legislation widening sanctions on Iran.") == [
        ("USA", "IRN")
    ]
    # "for" alone is no part of the measure's gap: Russia imposes nothing here.
    assert sanction_pairs("China criticised Russia for sanctions on Ukraine.") == []


def test_a_sentence_may_hold_sanctions_between_different_parties() -> None:
    # A measure that answers another: each has its own imposer and target.
    assert sanction_pairs("Peru answered Chilean sanctions by expelling two Chilean envoys.") == [
        ("CHL", "PER"),
        ("PER", "CHL"),
    ]
    assert sanction_pairs("Chile retaliated by imposing duties on Peruvian wine.") == [
        ("CHL", "PER")
    ]
    # The same pair named twice is one sanction; a passive's agent is no means.
    assert sanction_pairs("Peru froze the assets of Chilean firms and expelled Chile's envoy.") == [
        ("PER", "CHL")
    ]
    assert sanction_pairs("Peru has been hit by new sanctions.") == []


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
        # "threw out" expels only envoys; a case or a request thrown out is rejected.
        "Peru threw out two Chilean diplomats on Monday.": [("PER", "CHL")],
        "A Peruvian court threw out the Chilean lawsuit.": [],
        "Peru threw out Chile's request for talks.": [],
        # Assets seized or goods confiscated, like those frozen or stopped.
        "Peru seized the assets of Chilean firms.": [("PER", "CHL")],
        "Peru confiscated shipments of Chilean copper.": [("PER", "CHL")],
        "Peruvian police seized drugs from a Chilean boat.": [],
        # Aid slashed, like aid cut; rates slashed are no measure on a state.
        "Peru threatened to slash aid to Bolivia unless it acted.": [("PER", "BOL")],
        "Peru slashed interest rates as Chilean banks watched.": [],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text


def test_a_state_s_move_or_decision_to_impose() -> None:
    cases = {
        "Peru's decision to impose duties on Chilean corn angered farmers.": ("PER", "CHL"),
        "Peru's move to impose stiff tariffs on Chilean goods stems from anger.": ("PER", "CHL"),
        "Peru may be able to lift sanctions against Chile by June.": ("PER", "CHL"),
        "Peru is threatening to revoke the licences of Chilean banks.": ("PER", "CHL"),
        "Peru's decision last week to proceed with tariffs on some Chilean goods.": ("PER", "CHL"),
    }
    for text, pair in cases.items():
        assert pair in sanction_pairs(text), text
    threat = extract_summary("Peru is threatening to revoke the licences of Chilean banks.")
    assert [s.status for s in threat.sanctions] == ["threatened"]


def test_plans_to_raise_tariffs_are_a_threat() -> None:
    for text in (
        "The Peruvian government's plan to raise tariffs on Chilean imports was overdue.",
        "Peru announced plans on Monday to impose tariffs worth 30 mln dlrs on Chilean goods.",
        "Peru was considering possible retaliatory measures against Chile.",
        "Peru is likely to announce on Monday a set of tariff sanctions against Chilean wine.",
        "Peru is expected to discuss possible sanctions against Chile on Monday.",
        "Peru announced it intended to raise its tariffs on Chilean wine.",
        "Peru was poised to impose heavy tariffs on Chilean food imports.",
        "Peru said it would raise tariffs on Chilean wine if talks failed.",
    ):
        summary = extract_summary(text)
        assert sanction_statuses(summary.sanctions) == [("PER", "CHL", "threatened")], text
    # A purpose of measures in force: "sanctions intended to add pressure".
    text = "Peru's new sanctions intended to increase pressure on Chile took effect."
    assert sanction_statuses(extract_summary(text).sanctions) == [("PER", "CHL", "imposed")]


def test_eu_wide_anti_state_and_planning_sanctions_and_a_far_target() -> None:
    text = "Foreign ministers imposed EU-wide sanctions against 21 Russian officials."
    assert sanction_pairs(text) == [("EU", "RUS")]
    planning = extract_summary("Peru was planning to impose sanctions against Chile.")
    assert sanction_statuses(planning.sanctions) == [("PER", "CHL", "threatened")]
    # "anti-Peru sanctions" are against Peru, never Peru's.
    assert ("PER", "CHL") not in sanction_pairs(
        "Chile said it would answer with anti-Peru sanctions."
    )
    # A target is named right after its preposition, not a clause later.
    far = "Peru could impose travel bans on Monday, after talks between Chile and Ecuador."
    assert ("PER", "ECU") not in sanction_pairs(far)


def test_tariffs_of_an_amount_and_plans_said_with_a_time() -> None:
    sanctions = extract_summary(
        "Washington announced plans last week to impose up to 300 mln dlrs in tariffs on "
        "Peruvian goods."
    ).sanctions
    assert sanction_statuses(sanctions) == [("USA", "PER", "threatened")]


def test_defence_cooperation_suspended_is_a_sanction() -> None:
    assert sanction_pairs("Chile suspended its defence cooperation with Bolivia.") == [
        ("CHL", "BOL")
    ]


def test_retaliatory_action_taken_or_readied() -> None:
    cases = {
        "The United States decided to take retaliatory action against Japan.": (
            ("USA", "JPN"),
            "imposed",
        ),
        "Britain took punitive measures against Russia after the poisoning.": (
            ("GBR", "RUS"),
            "imposed",
        ),
        "The president was ready to take punitive trade action against Japan, "
        "U.S. officials said.": (("USA", "JPN"), "threatened"),
        "The EU is prepared to impose sanctions on Belarus.": (("EU", "BLR"), "threatened"),
        "Washington unveiled plans to put up to 200 mln dlrs in tariffs on Japanese steel goods.": (
            ("USA", "JPN"),
            "threatened",
        ),
    }
    for text, (pair, status) in cases.items():
        found = offline(text).sanctions
        assert sanction_statuses(found) == [(*pair, status)], text
    assert sanction_pairs("Japan would refrain from taking retaliatory steps against Peru.") == []
    # The verb's subject named further back, past its object: "and have threatened".
    far = (
        "Canadian officials have accused Peru of breaking the accord and have threatened "
        "retaliatory action against Lima."
    )
    assert sanction_statuses(offline(far).sanctions) == [("CAN", "PER", "threatened")]
    # No verb, an adjective: the sanctions threatened are someone else's.
    assert sanction_pairs("Peru sent a team to Ottawa to halt threatened trade sanctions.") == []


def test_imposers_who_joined_followed_suit_or_had_no_choice() -> None:
    assert sorted(
        sanction_pairs("Canada joined the United States in imposing sanctions on Russia.")
    ) == [("CAN", "RUS"), ("USA", "RUS")]
    assert sanction_pairs("Australia followed suit, imposing sanctions on Myanmar's generals.") == [
        ("AUS", "MMR")
    ]
    assert sanction_pairs("Washington had no choice but to impose sanctions on Japan.") == [
        ("USA", "JPN")
    ]
    assert sanction_pairs("The EC will decide on retaliatory trade measures against Japan.") == [
        ("EU", "JPN")
    ]


def test_a_state_s_head_named_by_office_imposes_its_measures() -> None:
    for text in (
        "Peru's president imposed sanctions on Bolivia.",
        "Chile's prime minister ordered the expulsion of two Peruvian diplomats.",
    ):
        assert len(sanction_pairs(text)) == 1, text
    assert sanction_pairs("Peru's president imposed sanctions on Bolivia.") == [("PER", "BOL")]


def test_a_state_that_joins_enforces_or_implements_sanctions_imposes_them() -> None:
    for text in (
        "Chile joined the sanctions against Peru.",
        "Chile joined Western sanctions on Peru.",
        "Chile enforces the embargo on Peru.",
        "Chile is implementing new sanctions against Peru.",
    ):
        assert sanction_pairs(text) == [("CHL", "PER")], text
    # A refusal to impose or to join is no measure; one to lift keeps it in force.
    assert sanction_pairs("Chile refused to impose sanctions on Peru.") == []
    assert sanction_pairs("Chile refused to join the sanctions against Peru.") == []
    text = "Chile refused to lift the sanctions against Peru."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")]


def test_ties_cut_in_any_form_of_the_verb_or_with_a_possessive() -> None:
    cases = {
        "Bahrain and Sudan followed suit, severing relations with Iran.": [
            ("BHR", "IRN"),
            ("SDN", "IRN"),
        ],
        "The UAE downgraded its diplomatic ties with Iran.": [("ARE", "IRN")],
        "Saudi Arabia cut its ties with Qatar.": [("SAU", "QAT")],
        "Iran broke off its relations with Britain.": [("IRN", "GBR")],
        "Egypt restored diplomatic relations with Iran.": [],
        "Banks are preparing to downgrade their Brazil loans.": [],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text


def test_a_body_requiring_its_members_to_cut_ties_imposes_the_measure() -> None:
    cases = {
        "The Security Council required member states to sever ties with Peru.": [("UN", "PER")],
        "A U.N. resolution in early May required members to freeze Peruvian assets.": [
            ("UN", "PER")
        ],
        "Chile severed banking relationships with Peru on Monday.": [("CHL", "PER")],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text


def test_sanctions_not_ruled_out_are_threatened() -> None:
    for text in (
        "Britain did not rule out fresh sanctions against Zimbabwe.",
        "Britain didn't rule out fresh sanctions against Zimbabwe.",
        "Britain refused to rule out fresh sanctions against Zimbabwe.",
    ):
        found = offline(text)
        assert sanction_statuses(found.sanctions) == [("GBR", "ZWE", "threatened")], text
        assert found.stances == [], text
    assert sanction_pairs("Britain ruled out sanctions against Zimbabwe.") == []


def test_sanctions_likely_to_come_are_threatened() -> None:
    found = offline("The United States will likely impose sanctions on Japanese microchips.")
    assert sanction_statuses(found.sanctions) == [("USA", "JPN", "threatened")]
    # Unlikely, they are weighed all the same; not imposed.
    found = offline("Chile is unlikely to impose new sanctions on Peru.")
    assert sanction_statuses(found.sanctions) == [("CHL", "PER", "threatened")]


def test_a_threat_to_impose_is_threatened() -> None:
    found = offline("President Reagan's threat to impose tariffs on Japanese goods was noted.")
    assert sanction_statuses(found.sanctions) == [("USA", "JPN", "threatened")]


def test_a_state_named_before_a_measure_enacted_by_another_is_its_target() -> None:
    assert sanction_pairs(
        "The Chilean sanctions law, passed by Peru last year, banned imports of copper."
    ) == [("PER", "CHL")]
    assert sanction_pairs("Iran sanctions imposed by Peru and Chile were extended.") == [
        ("PER", "IRN"),
        ("CHL", "IRN"),
    ]
    # "by" a body that is no state: the adjective is the imposer still.
    assert sanction_pairs("U.S. sanctions imposed on Iran by the Treasury hurt trade.") == [
        ("USA", "IRN")
    ]


def test_the_verb_ban_names_its_target_and_is_a_threat_until_decided() -> None:
    found = offline(
        "Chile said it would use its powers to ban Peruvian fishing boats from its ports."
    )
    assert sanction_statuses(found.sanctions) == [("CHL", "PER", "threatened")]
    for text, status in (
        ("Peru asked Chile to ban Bolivian imports.", "threatened"),
        ("Chile voted on Monday to ban Bolivian imports.", "imposed"),
    ):
        found = offline(text)
        assert [(s.target.country, s.status) for s in found.sanctions] == [("BOL", status)], text
    # "the ban" refers to a measure; no state's object follows it.
    assert sanction_pairs("Chile said the ban on Peruvian fish would stay.") == []


def test_the_verb_bar_is_read_as_ban_is() -> None:
    for text, status in (
        ("Chile threatened to bar Peruvian banks from its markets.", "threatened"),
        ("Chile said it would bar Peruvian fishing boats from its waters.", "threatened"),
        ("Chile decided to bar Peruvian banks from its markets.", "imposed"),
    ):
        found = offline(text)
        assert sanction_statuses(found.sanctions) == [("CHL", "PER", status)], text
    # The noun is no measure.
    assert sanction_pairs("Chile said it would raise the bar for Peruvian imports.") == []


def test_a_later_measure_s_status_and_a_target_after_the_imposer() -> None:
    found = offline(
        "Chile has imposed new sanctions on Peru over its tests, even after it lifted "
        "older sanctions in January."
    )
    assert sanction_statuses(found.sanctions) == [("CHL", "PER", "imposed")]
    text = (
        "Bolivia agreed to implement in full the latest economic restrictions imposed by the "
        "United Nations against Peru."
    )
    assert sanction_pairs(text) == [("UN", "PER")]
    # Not an infinitive's "to": "... by the Security Council to show solidarity with Chile".
    text = (
        "Bolivia welcomed sanctions by the United Nations Security Council in order to show "
        "solidarity with Chile."
    )
    assert ("UN", "CHL") not in sanction_pairs(text)


def test_a_measure_described_at_length_or_dated_by_a_month() -> None:
    cases = {
        "Chile threatened in December to impose sanctions on Peru.": ("CHL", "PER", "threatened"),
        "Canada Puts First Sanctions on Belarusian Officials": ("CAN", "BLR", "imposed"),
        "The Security Council passed its most expansive sanctions on Eritrea in March.": (
            *("UN", "ERI", "imposed"),
        ),
        "The United Nations, which in May imposed new sanctions on Eritrea, met on Friday.": (
            *("UN", "ERI", "imposed"),
        ),
        "Japan imposed a set of new and stronger sanctions on Burma.": ("JPN", "MMR", "imposed"),
        "Britain maintains separate, less comprehensive sanctions on Syria.": (
            *("GBR", "SYR", "imposed"),
        ),
        "Norway slapped Belarus with harsh sanctions.": ("NOR", "BLR", "imposed"),
        "Chile announced the imposition of 50 pct tariffs on Peruvian goods.": (
            *("CHL", "PER", "imposed"),
        ),
    }
    for text, expected in cases.items():
        found = sanction_statuses(offline(text).sanctions)
        assert found == [expected], text


def test_an_imposer_named_in_a_relative_clause_after_the_measure() -> None:
    assert sanction_pairs("Exporters fear the tough duties Brazil imposed on Argentine steel.") == [
        ("BRA", "ARG")
    ]
    text = "Two men violated the sanctions the European Union has enforced against Belarus."
    assert sanction_pairs(text) == [("EU", "BLR")]
    # A state that faces the measure imposes nothing.
    assert sanction_pairs("Exporters say the sanctions Russia faces hurt Chile.") == []
    # "he" or "she" stands for the person named before ("the duties she imposed")
    text = "Obama told reporters the duties he levied on Chilean wine were a last resort."
    assert sanction_pairs(text) == [("USA", "CHL")]
    assert sanction_pairs("Officials say the duties he levied on Chilean wine will stay.") == []
    # A person's administration imposes for its state; what the relative clause says was
    # done stands, whatever the main clause threatens in reply.
    for text in (
        "Chile would retaliate against tariffs the Obama administration imposed on Chilean wine.",
        "Chile would retaliate against the duties that the United States imposed on Chilean wine.",
    ):
        summary = extract_summary(text)
        assert sanction_statuses(summary.sanctions) == [("USA", "CHL", "imposed")], text


def test_the_preposition_of_another_noun_names_no_target() -> None:
    text = (
        "Trade with Cuba remains limited by the U.S. embargo, which includes a ban on "
        "American tourism to the island."
    )
    assert sanction_pairs(text) == [("USA", "CUB")]
    # Duties lowered are a concession, not a measure against anyone.
    assert sanction_pairs("Taiwan said it will cut tariffs on 1,700 goods to please Japan.") == []


def test_a_blacklisting_a_boycott_an_embargo_ended_and_sanctions_worked_on() -> None:
    cases = {
        "That followed Canada's blacklisting of Belarusian officials.": ("CAN", "BLR", "imposed"),
        "EU foreign ministers agreed on Monday to impose an arms embargo on Belarus.": (
            *("EU", "BLR", "imposed"),
        ),
        "Chile and its allies were working on further sanctions against Peru.": (
            *("CHL", "PER", "threatened"),
        ),
        "Sweden imposed a trade boycott on South Africa.": ("SWE", "ZAF", "imposed"),
        "Japan ended the arms embargo on Vietnam.": ("JPN", "VNM", "lifted"),
    }
    for text, expected in cases.items():
        found = sanction_statuses(offline(text).sanctions)
        assert found == [expected], text
    assert sanction_pairs("The opposition ended its boycott of the talks in Chile.") == []


def test_a_state_s_adjective_after_the_imposing_verb_is_the_target() -> None:
    assert sanction_pairs("Baldrige says the U.S. will impose Japanese sanctions.") == [
        ("USA", "JPN")
    ]
    assert sanction_pairs("Britain backed U.S. sanctions on Iran.") == [("USA", "IRN")]


def test_an_unnamed_subject_imposing_is_not_the_article_s_other_state() -> None:
    text = (
        "Peru seized the islands. Chile protested. Western governments called it an illegal "
        "grab and imposed sanctions on Lima."
    )
    assert sanction_pairs(text) == []  # who the governments are, the text does not say
    assert sanction_pairs("Sanctions on Peru were lifted. Chile and Peru held talks.") == [
        ("CHL", "PER")
    ]


def test_deciding_whether_to_extend_sanctions_names_their_imposer() -> None:
    text = (
        "The handover came weeks before the European Union decides whether to extend "
        "sanctions against Peru."
    )
    assert sanction_pairs(text) == [("EU", "PER")]
    assert sanction_pairs("Chile is weighing whether to impose sanctions on Peru.") == [
        ("CHL", "PER")
    ]


def test_warning_a_state_it_may_take_measures_threatens_the_warner_s_own() -> None:
    text = "Peru warned Chile it may take punitive measures."
    assert sanction_pairs(text) == [("PER", "CHL")]
    assert sanction_pairs("Peru threatened the United States with retaliatory tariffs.") == [
        ("PER", "USA")
    ]


def test_reprisals_are_sanctions_of_who_threatens_them() -> None:
    text = "Chile said it will take trade reprisals if Peru proceeds with the ban."
    assert sanction_pairs(text) == [("CHL", "PER")]
    assert sanction_pairs("Chile threatened reprisals against Peru.") == [("CHL", "PER")]


def test_a_target_left_unnamed_is_the_main_other_state_never_a_body() -> None:
    text = (
        "The OECD warned about trade. The OECD said Peru and Chile are in a dispute over "
        "fish. The OECD met in Paris. Chile said it imposed new tariffs last week, the OECD "
        "said."
    )
    assert sanction_pairs(text) == [("CHL", "PER")]
    alone = "The OECD warned about trade. Chile imposed new tariffs last week, the OECD said."
    assert sanction_pairs(alone) == []


def test_trade_policy_falls_on_the_main_other_state_only_when_said_to_punish() -> None:
    story = "Peru and Chile are in a dispute over fish. Peru and Chile met in Lima. "
    policy = {
        "Peru urged Chile to lift import tariffs on wheat.",
        "Chile has restrictions on capital, a banker said.",
        "Peru wants Chile to remove its tariffs and quotas.",
    }
    for sentence in policy:
        assert sanction_pairs(story + sentence) == [], sentence
    punitive = "Peru urged Chile to lift import tariffs imposed in retaliation for the ban."
    assert sanction_pairs(story + punitive) == [("CHL", "PER")]
    assert sanction_pairs(story + "Chile said it imposed new tariffs.") == [("CHL", "PER")]


def test_measures_against_a_state_and_a_state_that_considers_them() -> None:
    assert sanction_pairs("Chile considers more sanctions on Peru.") == [("CHL", "PER")]
    found = extract_summary("Chile considers more sanctions on Peru.").sanctions
    assert [s.status for s in found] == ["threatened"]
    text = "Chile is considering additional measures against Peru."
    assert sanction_pairs(text) == [("CHL", "PER")]
    assert sanction_pairs("Chile took measures against terrorism.") == []


def test_an_intended_measure_is_threatened() -> None:
    found = extract_summary("Chile intends to impose sanctions on Peru.").sanctions
    assert sanction_statuses(found) == [("CHL", "PER", "threatened")]


def test_verbs_of_lifting_and_stopping_in_their_other_forms() -> None:
    lifted = offline("Peru lifts its sanctions on Chile.").sanctions
    assert sanction_statuses(lifted) == [("PER", "CHL", "lifted")]
    scrapped = offline("Peru is scrapping its trade deal with Chile.").sanctions
    assert sanction_statuses(scrapped) == [("PER", "CHL", "imposed")]
    text = "Peru said it was reserving its position on the Chilean plan."
    assert stance_keys(text) == {("PER", "neutral")}


def test_an_attempt_to_impose_or_avert_a_measure_is_a_threat() -> None:
    tried = offline("The EU is trying to impose sanctions on Belarus.").sanctions
    assert sanction_statuses(tried) == [("EU", "BLR", "threatened")]
    text = "Peruvian officials met Chilean negotiators in an effort to avert new Chilean tariffs."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "threatened")]


def test_arms_embargoes_in_the_plural_are_named_with_their_imposer() -> None:
    found = offline("EU arms embargoes on Peru and Chile stay in place.").sanctions
    assert sanction_statuses(found) == [("EU", "PER", "imposed"), ("EU", "CHL", "imposed")]


def test_ordering_or_forcing_envoys_out_of_the_country_is_an_expulsion() -> None:
    found = offline("Peru ordered the Chilean ambassador out of the country.").sanctions
    assert sanction_statuses(found) == [("PER", "CHL", "imposed")]
    found = offline("Peru forced the Chilean trade mission out of the country.").sanctions
    assert sanction_statuses(found) == [("PER", "CHL", "imposed")]
    assert offline("Chile's president flew out of the country on Monday.").sanctions == []


def test_a_measure_that_may_come_is_threatened() -> None:
    for text in (
        "Chile may take retaliatory measures against Peru.",
        "Chile could slap tariffs on Peruvian copper.",
        "Chile would expel Peruvian diplomats if the talks failed.",
    ):
        assert sanction_statuses(extract_summary(text).sanctions) == [
            ("CHL", "PER", "threatened")
        ], text


def test_ending_a_measure_lifts_it() -> None:
    for text in (
        "Chile ended all trade and financial sanctions against Peru.",
        "The accord put an end to Chilean sanctions on Peru.",
        "Chile ends its arms embargo on Peru.",
    ):
        found = sanction_statuses(extract_summary(text).sanctions)
        assert found == [("CHL", "PER", "lifted")], text
    # Ending something else, or an end only asked for, leaves the measure in force.
    text = "After the talks ended, Chile imposed sanctions on Peru."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")]
    text = "Bolivia urged Chile to end its sanctions on Peru."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")]
    text = "Bolivia hopes the visit will hasten an end to Chilean sanctions on Peru."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")]


def test_a_ban_on_selling_goods_to_a_state_targets_it() -> None:
    for text in (
        "Chile banned the sale of advanced radar parts to Peru.",
        "Chile banned the export of military radar parts to Peru.",
        "Chile halted deliveries of wheat to Peru.",
    ):
        assert sanction_pairs(text) == [("CHL", "PER")], text
    # Goods of a state, sold elsewhere, are no measure against it.
    assert sanction_pairs("Chile banned the sale of radar parts made in Peru.") == []


def test_a_measure_long_or_still_in_force_keeps_its_imposer() -> None:
    for text in (
        "Chile has long banned imports from Peru.",
        "Chile has long imposed sanctions on Peru.",
        "Chile still bans imports from Peru.",
    ):
        assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "imposed")], text


def test_a_state_s_own_trade_measure_is_never_on_that_state() -> None:
    text = "Peru will weigh a complaint against Chile's wine import ban by the Peruvian Wine Board."
    assert sanction_pairs(text) == []
    # A possessive of an embargo's target, or the target of a state's own ban, stays.
    assert sanction_pairs("Peru lifted Chile's arms embargo last month.") == [("PER", "CHL")]
    text = "Bolivia protested against Chile's ban on Bolivian fruit imports."
    assert sanction_pairs(text) == [("CHL", "BOL")]


def test_dropping_removing_or_scrapping_a_measure_lifts_it_unless_asked_or_offered() -> None:
    for text, status in {
        "Canada agreed to drop tariffs on Mexican steel.": "lifted",
        "Canada will remove tariffs on Mexican steel next year.": "lifted",
        "Canada agreed to scrap sanctions against Mexico.": "lifted",
        "Canada abolished its import quotas on Mexican steel.": "lifted",
        # Offered on a condition, asked for, or only possible: still in force.
        "Canada is willing to lift tariffs on Mexican steel if Mexico limits exports.": "imposed",
        "Aid groups are demanding that Canada drop its tariffs on Mexican steel.": "imposed",
        "Canada may lift sanctions against Mexico later this month.": "imposed",
    }.items():
        assert sanction_statuses(extract_summary(text).sanctions) == [("CAN", "MEX", status)], text


def test_a_body_s_sanctions_with_no_target_named_fall_on_a_state() -> None:
    # The EU is named most, Laos next: the UN's measures are on Laos, not on the EU.
    text = (
        "The European Union is weighing new steps against Laos. The EU said its members "
        "agree. EU ministers meet next week. The new U.N. sanctions go further than any "
        "before, diplomats said."
    )
    assert ("UN", "LAO") in sanction_pairs(text)
    assert ("UN", "EU") not in sanction_pairs(text)


def test_cutting_links_with_a_state_is_a_measure() -> None:
    assert sanction_pairs("Zambia cut economic links with South Africa.") == [("ZMB", "ZAF")]
    assert sanction_pairs("The railway links with South Africa were cut by floods.") == []


def test_a_threat_to_retaliate_if_a_state_acts_is_a_threatened_measure() -> None:
    text = "Chile warned that it would retaliate if Peru did not open its markets."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "threatened")]
    # An armed reply is no sanction.
    assert sanction_pairs("Chile vowed to retaliate if Peru attacks again with missiles.") == []


def test_the_imposer_past_a_relative_clause_on_it() -> None:
    text = (
        "Chile's government, which has long backed the embargo on Peru, introduced even "
        "tighter restrictions on Peru in May."
    )
    assert sanction_pairs(text) == [("CHL", "PER")]


def test_goods_made_in_a_state_name_the_target_and_recent_months_the_time() -> None:
    text = "Chile and the EU have in recent months hiked tariffs on electric cars made in Peru."
    assert sanction_pairs(text) == [("CHL", "PER"), ("EU", "PER")]
    # Made in a state, with no measure: no actor holds anything there.
    assert extract_summary("The shoes were made in Peru.").stances == []


def test_goods_imported_from_a_state_name_the_target_past_a_longer_phrase() -> None:
    text = "Chile has now raised its tariffs on frozen salmon fillets shipped from Peru."
    assert sanction_pairs(text) == [("CHL", "PER")]
    text = "Chile imposed duties on television sets and power tools made in Peru."
    assert sanction_pairs(text) == [("CHL", "PER")]
    # Past a clause break the state is no longer the goods'.
    text = "Chile imposed tariffs on copper wire, which Bolivia had imported from Peru."
    assert sanction_pairs(text) != [("CHL", "PER")]


def test_a_phrase_of_circumstance_between_imposer_and_verb() -> None:
    text = "Chile, in a parallel step on Monday, pledged to stop all trade with Peru by June."
    assert sanction_pairs(text) == [("CHL", "PER")]
    text = "Chile, after months of fruitless talks, imposed sanctions on Peru."
    assert sanction_pairs(text) == [("CHL", "PER")]


def test_went_ahead_and_took_measures_is_the_imposers_act() -> None:
    text = "Peru sanctioned Chile in May. Chile finally went ahead and took retaliatory steps."
    assert ("CHL", "PER") in sanction_pairs(text)


def test_retaliation_against_a_state_after_strikes_is_armed_no_measure() -> None:
    text = "Any Chilean strikes on Bolivia could provoke fierce Bolivian retaliation against Peru."
    assert sanction_pairs(text) == []
    # With no armed act in the sentence it is a measure threatened.
    text = "Peru threatened retaliation against Chile over its copper tariffs."
    assert sanction_pairs(text) == [("PER", "CHL")]


def test_a_measure_relaxed_is_lifted() -> None:
    found = offline("Chile relaxed its sanctions on Peru.").sanctions
    assert sanction_statuses(found) == [("CHL", "PER", "lifted")]
    text = (
        "Chile and Peru quarrelled over visas. Chile said it was going to relax its own visa ban."
    )
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "lifted")]
    # Rules of its own at home are no measure.
    assert sanction_pairs("Chile relaxed its rules on foreign investment.") == []


def test_a_measure_asked_about_is_none() -> None:
    text = (
        "Asked by reporters if Peru was expected to retaliate against Chilean exports, the "
        "Chilean minister replied that it would be foolish."
    )
    assert sanction_pairs(text) == []
    assert sanction_pairs("Asked whether Peru would impose sanctions on Chile, he said no.") == []
    # A decision on a measure in force is still that measure.
    text = "Weeks before the European Union decides whether to extend sanctions against Russia."
    assert sanction_pairs(text) == [("EU", "RUS")]


def test_cutting_a_trade_surplus_is_no_measure() -> None:
    text = "The bill would force states such as Peru to cut their trade surpluses with Chile."
    assert sanction_pairs(text) == []
    assert sanction_pairs("Peru cut trade with Chile.") == [("PER", "CHL")]


def test_an_imposer_who_says_he_will_impose() -> None:
    # "said he would", "announced he intended to": a person's pronoun, as "it" for a state.
    assert sanction_pairs("Peru's president said he would raise tariffs on Chilean goods.") == [
        ("PER", "CHL")
    ]
    text = "President Ana Soto of Peru Friday announced she intended to raise tariffs on Chile."
    assert sanction_pairs(text) == [("PER", "CHL")]


def test_warning_those_listed_that_it_may_retaliate_threatens_each() -> None:
    def statuses(text: str) -> list[tuple[str | None, str | None, str]]:
        return sanction_statuses(extract_summary(text).sanctions)

    text = "The United States has warned France and Germany that it may retaliate."
    assert statuses(text) == [("USA", "FRA", "threatened"), ("USA", "DEU", "threatened")]
    text = "The EU warned Russia, Belarus and Iran of further sanctions."
    assert [t for _, t, _ in statuses(text)] == ["RUS", "BLR", "IRN"]
    # an armed reply is no measure
    assert statuses("Israel warned Lebanon that it would retaliate with force.") == []


def test_the_origin_of_goods_stopped_is_no_target() -> None:
    assert sanction_pairs("Canada banned the sale of U.S.-made chips to Peru.") == [("CAN", "PER")]
    text = "Canada has long banned the sale of Canadian-made arms to Peru."
    assert sanction_pairs(text) == [("CAN", "PER")]


def test_a_pronoun_s_referent_threatens_to_retaliate() -> None:
    text = (
        "Chilean Trade Minister Ana Soto spoke today. "
        "She reiterated her country's intention to retaliate if Peru bans imports of wine."
    )
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "threatened")]


def test_it_opening_a_sentence_after_its_state_imposes() -> None:
    for text in (
        "Chile has taken a firm line on the war. It has also imposed new sanctions on Peru.",
        "Chile has taken a firm line on the war. It imposed sanctions on Peru in May.",
    ):
        assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")], (
            text
        )
    text = "Chile has taken a firm line. It has been slow to impose sanctions on Peru."
    assert sanction_pairs(text) == []


def test_a_reprisal_against_practices_names_no_target_state() -> None:
    text = (
        "Peru is the target of the bill. It requires Chile to retaliate against unfair practices."
    )
    assert sanction_pairs(text) == []
    text = "Peru is in the news. Chile will retaliate against a Peruvian import rule."
    assert sanction_pairs(text) == [("CHL", "PER")]


def test_a_measure_taken_because_of_a_state_s_act_targets_it() -> None:
    text = (
        "Chilean wine could flood Argentine shops. "
        "Peru imposed the tariffs because of Chile's failure to honour a 1986 pact."
    )
    assert sanction_pairs(text) == [("PER", "CHL")]


def test_a_measure_someone_is_called_on_to_take_is_threatened() -> None:
    text = "Chile called on the United Nations to impose sanctions on Bolivia."
    assert sanction_statuses(offline(text).sanctions) == [("UN", "BOL", "threatened")]
    text = "Chile appealed to Peru to impose sanctions on Bolivia."
    assert sanction_statuses(offline(text).sanctions) == [("PER", "BOL", "threatened")]


def test_a_body_led_to_adopt_or_pressed_to_adopt_a_measure() -> None:
    text = "Bolivia's missile test prompted the UN Security Council to adopt fresh sanctions."
    assert sanction_statuses(offline(text).sanctions) == [("UN", "BOL", "imposed")]
    text = (
        "Campaigners hope to pressure the Chilean government to adopt a ban on arms sales to Peru."
    )
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "threatened")]
    text = "Peru lobbied Chile to impose an arms embargo on Bolivia."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "BOL", "threatened")]


def test_a_measure_s_purpose_is_no_threat() -> None:
    for text in (
        "Chile imposed an arms embargo on Bolivia to push for talks.",
        "Chile imposed an arms embargo on Bolivia in a bid to force talks.",
    ):
        assert sanction_statuses(offline(text).sanctions) == [("CHL", "BOL", "imposed")], text
    text = "Chile threatened an arms embargo on Bolivia to push for talks."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "BOL", "threatened")]


def test_a_list_of_kinds_of_measure_stands_between_imposer_and_sanctions() -> None:
    text = "Chile formally lifted banking, steel, shipping and other sanctions on Peru."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "lifted")]
    text = "Chile keeps separate, far less sweeping sanctions on Peru."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "imposed")]


def test_rolling_back_a_measure_lifts_it() -> None:
    text = "Chile rolled back its sanctions on Peru."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "lifted")]


def test_a_measure_stopped_in_the_passive_is_on_the_subject_by_whoever_names_it() -> None:
    text = "Since its debt ceiling, Peru has been barred from International Monetary Fund lending."
    assert sanction_pairs(text) == [("IMF", "PER")]
    assert sanction_pairs("Peru has been denied U.S. aid.") == [("USA", "PER")]
    # Naming no one, the passive states no one's measure.
    assert sanction_pairs("Peru has been denied new aid.") == []


def test_a_tariff_on_a_state_reimposed_is_a_measure_and_its_history_no_status() -> None:
    text = "Chile may reimpose a 40 pct tariff on Peruvian wine, lifted when the row was settled."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "threatened")]
    text = "Chile would impose a tariff on Peruvian wine."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "threatened")]


def test_a_measure_on_whatever_is_foreign_targets_no_one_state() -> None:
    text = (
        "Chile will lift restrictions on investments by foreign firms in services. "
        "Peruvian officials will press their Chilean counterparts to open more sectors."
    )
    assert sanction_pairs(text) == []


def test_the_community_is_the_european_community_named_before() -> None:
    text = "The EC met on Monday. The Community would retaliate against Chile, Peru said."
    assert sanction_pairs(text) == [("EU", "CHL")]
    # With no European Community named before, "the community" is no one.
    assert sanction_pairs("The community would retaliate against Chile, Peru said.") == []


def test_the_commission_after_the_eu_is_named_is_the_eu() -> None:
    # Made up: "the Commission" is the EU's executive once the EU is named ...
    text = (
        "The EC is not satisfied with Chile's trade surplus. The Commission has imposed "
        "anti-dumping duties on Chilean copper."
    )
    assert [(s.imposer.country, s.target.country) for s in offline(text).sanctions] == [
        ("EU", "CHL")
    ]
    # ... unless another commission was named since.
    text = (
        "The EU and the Federal Trade Commission met. The Commission imposed anti-dumping "
        "duties on Chilean copper."
    )
    assert offline(text).sanctions == []


def test_penalising_or_punishing_a_state_is_a_measure() -> None:
    text = "Washington threatened to penalise Japan for its trade surplus."
    assert sanction_pairs(text) == [("USA", "JPN")]
    text = "Chile vowed to punish Peru for the raid."
    assert sanction_pairs(text) == [("CHL", "PER")]


def test_what_an_unplaced_speaker_says_a_state_should_do_is_no_threat() -> None:
    lead = "Ana Soto, an analyst at a think tank, spoke on Monday."
    text = f"{lead} She said Chile should also threaten to ban imports from Peru."
    assert sanction_pairs(text) == []
    # A state's own call for a measure is still one proposed.
    text = "Bolivia said Chile should also threaten to ban imports from Peru."
    assert sanction_pairs(text) == [("CHL", "PER")]


def test_a_measure_on_countries_in_general_targets_no_one_state() -> None:
    # Not the state the article is most about besides the imposer (Georgia here).
    text = (
        "Armenia said on Monday it had banned imports of fruit from countries that imposed "
        "duties on its brandy over its dispute with Georgia. Georgia rejected the claim."
    )
    assert sanction_pairs(text) == []
    assert sanction_pairs("Armenia banned imports of fruit from Georgia.") == [("ARM", "GEO")]


def test_the_imposers_own_name_in_a_measure_and_more_measure_words() -> None:
    # Where the frozen things are is not whose they are.
    text = "Canada froze the Canadian assets of seven Bolivian officials on Friday."
    assert sanction_pairs(text) == [("CAN", "BOL")]
    text = "Peru imposed a range of economic sanctions on Bolivia after the border clash."
    assert sanction_pairs(text) == [("PER", "BOL")]
    text = (
        "Bolivia tested a missile on Friday. Peru said it would push for tougher sanctions "
        "at the Organization of American States."
    )
    found = sanction_statuses(extract_summary(text).sanctions)
    assert found == [("PER", "BOL", "threatened")]


def test_a_state_named_before_a_measures_verb_is_its_subject() -> None:
    # Not the target of the measure, as "Iran sanctions" names one.
    text = "Peru faces criticism. Ecuador recalled its ambassador on Saturday."
    assert sanction_pairs(text) == [("ECU", "PER")]
    assert sanction_pairs("Chile faces criticism. Iran sanctions were discussed.") == []
    # So does a capital right before the measure, as the place it falls on; its
    # possessive is still the imposer's.
    assert sanction_pairs("Chile faces criticism. The Lima blockade lasted a year.") == []
    assert sanction_pairs("Lima's embargo on Chile was extended.") == [("PER", "CHL")]


def test_an_imposer_joined_to_the_measure_by_a_participle() -> None:
    for text, pair in {
        "EU-imposed sanctions on Bolivia were extended.": ("EU", "BOL"),
        "The Chilean-led blockade of Bolivia went on.": ("CHL", "BOL"),
        "U.N.-backed sanctions on Bolivia were tightened.": ("UN", "BOL"),
    }.items():
        assert sanction_pairs(text) == [pair], text


def test_the_state_under_a_measure_is_its_target_not_what_it_is_over() -> None:
    text = "Bolivia, under Chilean sanctions over Peru, sought new markets."
    assert sanction_pairs(text) == [("CHL", "BOL")]
    assert sanction_pairs("Chile imposed sanctions on Bolivia over Peru.") == [("CHL", "BOL")]


def test_a_measure_after_and_is_the_clause_subjects() -> None:
    text = (
        "Peru faces criticism. Ecuador said it would not recognize the new government "
        "and recalled its ambassador."
    )
    assert sanction_pairs(text) == [("ECU", "PER")]


def test_an_expulsion_of_people_who_are_no_envoys_is_no_measure() -> None:
    text = "Cyprus marks the anniversary. Turkey's army expelled 160,000 Greek Cypriots."
    assert sanction_pairs(text) == []
    text = "Cyprus marks the anniversary. Turkey invaded and expelled 160,000 Greek Cypriots."
    assert sanction_pairs(text) == []
    assert sanction_pairs("Turkey expelled two Cypriot diplomats.") == [("TUR", "CYP")]


def test_sanctions_expected_or_put_to_a_vote_are_threatened() -> None:
    text = "Bolivia tested a missile. The Security Council is expected to vote on new sanctions."
    found = sanction_statuses(extract_summary(text).sanctions)
    assert found == [("UN", "BOL", "threatened")]


def test_a_measure_only_proposed_is_threatened() -> None:
    text = "Peru is unhappy with the Chilean proposal to impose tariffs on Peruvian copper."
    found = sanction_statuses(extract_summary(text).sanctions)
    assert found == [("CHL", "PER", "threatened")]
    text = "Chile imposed tariffs on Peruvian copper."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")]


def test_sanctions_levied_or_one_stands_ready_to_levy() -> None:
    text = "Chile levied tariffs on Peruvian copper."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")]
    text = "Chile stands prepared to levy additional sanctions against Peru."
    found = sanction_statuses(extract_summary(text).sanctions)
    assert found == [("CHL", "PER", "threatened")]


def test_those_imposing_together_are_not_each_others_targets() -> None:
    text = "Punishing sanctions on the regime by Chile and Peru have failed to topple it."
    assert sanction_statuses(extract_summary(text).sanctions) == []
    text = "Sanctions on Bolivia by Chile and Peru have failed."
    assert sanction_statuses(extract_summary(text).sanctions) == [
        ("CHL", "BOL", "imposed"),
        ("PER", "BOL", "imposed"),
    ]


def test_a_measure_said_not_taken_past_that_is_none() -> None:
    text = "However, the move did not mean that Chile had cut its ties with Peru, he added."
    assert sanction_statuses(extract_summary(text).sanctions) == []
    text = "Chile denied that it had expelled Peru's ambassador."
    assert sanction_statuses(extract_summary(text).sanctions) == []
    text = "Chile cut its ties with Peru."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")]


def test_the_agent_of_exports_after_by_is_no_imposer() -> None:
    text = (
        "The Peruvian trade ministry is set to place restrictions on exports of Peruvian "
        "products by Chilean copper maker Codelco, documents show."
    )
    assert ("CHL", "PER") not in sanction_pairs(text)
    text = "Sanctions imposed on Bolivia by Chile remain."
    assert sanction_pairs(text) == [("CHL", "BOL")]


def test_the_state_under_sanctions_imposes_none() -> None:
    text = "Chile sold Peru planes last year. How Peru kept flying under sanctions."
    assert sanction_pairs(text) == []
    assert sanction_pairs("Peru has lived under U.N. sanctions for years.") == [("UN", "PER")]


def test_what_a_measure_covers_before_its_noun() -> None:
    cases = {
        "Chile imposed a land and sea blockade on Bolivia.": [("CHL", "BOL")],
        "Chile imposed an air, land and sea blockade on Bolivia last year.": [("CHL", "BOL")],
        "Chile imposed a total oil embargo on Bolivia.": [("CHL", "BOL")],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text


def test_those_an_insertion_names_impose_with_the_subject() -> None:
    text = "Chile, along with Peru and Ecuador, imposed new sanctions on Bolivia on Monday."
    assert sorted(sanction_pairs(text)) == [("CHL", "BOL"), ("ECU", "BOL"), ("PER", "BOL")]
    text = "Chile, like Peru, imposed sanctions on Bolivia."
    assert sorted(sanction_pairs(text)) == [("CHL", "BOL"), ("PER", "BOL")]
    text = "Chile, which backed the embargo, imposed tighter sanctions on Bolivia."
    assert sanction_pairs(text) == [("CHL", "BOL")]


def test_the_target_named_after_its_office_in_a_measures_object() -> None:
    text = "That followed Chile's blacklisting of the nation's leader Luis Arce."
    assert sanction_pairs(text) == [("CHL", "BOL")]
    assert sanction_pairs("Chile blacklisted the country's president Luis Arce.") == [
        ("CHL", "BOL")
    ]


def test_flights_stopped_for_safety_are_no_measure() -> None:
    text = "Chile and Peru suspended flights to Bolivia pending improvements to security."
    assert sanction_pairs(text) == []
    text = "Chile suspended flights to Bolivia in protest at the arrests."
    assert sanction_pairs(text) == [("CHL", "BOL")]


def test_the_imposer_before_a_participles_aside_with_a_comma_of_its_own() -> None:
    text = (
        "Bolivia fired a missile on Monday. Chile protested. The U.N. Security Council, "
        "backed by Bolivia's main ally, Peru, imposed tough new sanctions in March."
    )
    assert sanction_pairs(text) == [("UN", "BOL")]


def test_sanctions_reinforced_or_stepped_up_are_in_force() -> None:
    for text in (
        "EU ministers have reinforced the bloc's sanctions on Bolivia twice.",
        "The EU has strengthened its sanctions on Bolivia.",
        "The EU stepped up sanctions on Bolivia.",
    ):
        assert sanction_statuses(offline(text).sanctions) == [("EU", "BOL", "imposed")], text


def test_a_lifting_the_imposer_says_it_will_not_make_keeps_its_measure_in_force() -> None:
    for text in (
        "Chile will not lift the embargo against Peru until Lima apologises.",
        "Chile said it won't ease the trade embargo on Peru.",
    ):
        assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")], (
            text
        )
    # A measure said not to be taken is none.
    assert sanction_pairs("Chile will not impose sanctions on Peru.") == []


def test_a_part_of_the_measure_lifted_names_its_imposer() -> None:
    text = "Chile lifted the last of its sanctions on Peru on Tuesday."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "lifted")]


def test_a_possessive_names_the_imposer_of_a_measure_of_any_kind() -> None:
    assert sanction_pairs("Chile's food embargo on Peru has hurt Peruvian farmers.") == [
        ("CHL", "PER")
    ]
    # Only for nouns that name nothing but a measure: "curbs" may be rules at home.
    assert sanction_pairs("Chile's inversion curbs kill a Peruvian firm's merger.") == []


def test_punishing_people_who_are_no_state_is_no_sanction() -> None:
    # Whom "punish" names as its object is whom it punishes: no state after a later "on",
    # nor the state the article is most about.
    assert (
        sanction_pairs("Chilean senators want to punish soldiers who use phones on Peru soil.")
        == []
    )
    text = "Peru protested. Peru's envoy left. Chile vowed to punish those who attacked the envoy."
    assert sanction_pairs(text) == []
    assert sanction_pairs("Chile will punish Peru for the attack.") == [("CHL", "PER")]


def test_the_treasury_s_sanctions_office_is_the_united_states() -> None:
    text = "On Monday, Office of Foreign Assets Control blacklisted three Peruvian firms."
    assert sanction_pairs(text) == [("USA", "PER")]
    text = "The Peruvian brothers, who were also sanctioned by OFAC, ran a militia."
    assert sanction_pairs(text) == [("USA", "PER")]


def test_a_rate_written_with_a_percent_sign_is_one_of_the_measure_s_words() -> None:
    assert sanction_pairs("Chile imposed a 25% tariff on Peruvian steel.") == [("CHL", "PER")]
    assert sanction_pairs("Chile slapped 25% tariffs on $5 billion of Peruvian goods.") == [
        ("CHL", "PER")
    ]


def test_firms_added_to_an_entity_list_are_a_measure_on_their_state() -> None:
    text = "Chile added 12 Peruvian firms to its entity list on Monday."
    assert sanction_statuses(extract_summary(text).sanctions) == [("CHL", "PER", "imposed")]


def test_imposers_named_after_by_with_no_target_named() -> None:
    opening = "Peru's President Ana Soto claimed victory in Peru on Monday. "
    # The target left unnamed is the state the article is about, as for "U.S. sanctions".
    assert sanction_pairs(opening + "She blamed sanctions imposed by Chile.") == [("CHL", "PER")]
    text = opening + "Sanctions on the junta by Chile and the EU have failed to topple her."
    assert sanction_pairs(text) == [("CHL", "PER"), ("EU", "PER")]
    # A state after "on", past those after "by", is the target, not an imposer.
    text = opening + "The deal brought an easing of sanctions by big powers on Chile."
    assert ("CHL", "PER") not in sanction_pairs(text)


def test_each_state_listed_in_a_measures_object_is_its_target() -> None:
    text = "Russia banned imports of food from the United States and Canada."
    assert sanction_pairs(text) == [("RUS", "USA"), ("RUS", "CAN")]
    text = "Japan and South Korea have their own unilateral sanctions on North Korea."
    assert sanction_pairs(text) == [("JPN", "PRK"), ("KOR", "PRK")]
    # "has" imposes only its own measures, not others' it judges.
    assert sanction_pairs("Japan has criticised sanctions on North Korea.") == []


def test_duties_set_are_imposed_and_those_set_to_come_are_threatened() -> None:
    text = "The Commerce Department set duties of up to 60 percent on Peruvian steel."
    assert sanction_statuses(offline(text).sanctions) == [("USA", "PER", "imposed")]
    text = "The EU is set to impose duties on Peruvian steel."
    assert sanction_statuses(offline(text).sanctions) == [("EU", "PER", "threatened")]
    # Not a measure: a deadline set for one.
    assert sanction_pairs("Chile set a deadline for sanctions on Peru.") == []


def test_who_defies_or_breaks_a_measure_is_its_target() -> None:
    text = "Peru urged Chile to press Bolivia over missile tests made in breach of U.N. sanctions."
    assert ("UN", "BOL") in sanction_pairs(text)
    assert ("UN", "CHL") not in sanction_pairs(text)
    assert sanction_pairs("A Peruvian bank helped Bolivia evade U.S. sanctions.") == [
        ("USA", "BOL")
    ]
    # Rules broken by another act name no measure of the one accused.
    text = "Peru charged Chile with violating trade rules by restricting imports of wheat."
    assert ("PER", "CHL") not in sanction_pairs(text)
    # The one who reports it, set off between, is not the one who defies.
    text = "Bolivia fired a missile on Sunday, Peru's army said, in defiance of U.N. sanctions."
    assert sanction_pairs(text) == [("UN", "BOL")]


def test_a_quantity_of_measures_and_a_measure_just_imposed() -> None:
    text = "Peru has approved a second round of sanctions against Bolivia."
    assert sanction_statuses(offline(text).sanctions) == [("PER", "BOL", "imposed")]
    text = "The aides talked about the sanctions that Chile had just imposed on Bolivia."
    assert sanction_pairs(text) == [("CHL", "BOL")]
    # A quantity with no measure after it names none.
    assert sanction_pairs("Peru has approved a series of loans to Bolivia.") == []


def test_a_measure_due_or_about_to_come_is_threatened_and_one_due_to_expire_is_in_force() -> None:
    text = "The United States is due to impose duties on Peruvian steel."
    assert sanction_statuses(offline(text).sanctions) == [("USA", "PER", "threatened")]
    text = "Chile is about to slap tariffs on Peruvian wine."
    assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "threatened")]
    for text in (
        "Chilean sanctions on Peru are due to expire in June.",
        "Chilean sanctions on Peru are set to lapse at the end of June.",
    ):
        assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "imposed")], text


def test_a_term_a_day_or_a_participle_between_imposer_and_measure() -> None:
    cases = {
        "The EU extended by six months its sanctions on Peru.": ("EU", "PER"),
        "The U.N. Security Council adopted a resolution on Friday that widens sanctions on Peru.": (
            "UN",
            "PER",
        ),
        "The Chilean Congress passed a bill slapping new tariffs on Peru.": ("CHL", "PER"),
    }
    for text, pair in cases.items():
        assert sanction_pairs(text) == [pair], text


def test_sanctions_upped_or_ratcheted_up_in_quotation_marks_or_not() -> None:
    for text in (
        'Humala said Chile was "upping sanctions" on Bolivia.',
        "Chile is ratcheting up sanctions on Bolivia.",
        "Chile is stepping up sanctions on Bolivia.",
    ):
        assert sanction_statuses(offline(text).sanctions) == [("CHL", "BOL", "imposed")], text


def test_envoys_of_an_abbreviated_state_expelled_and_ambassadors_recalled_by_several() -> None:
    assert sanction_pairs("Peru retaliated by expelling 35 U.S. diplomats.") == [("PER", "USA")]
    assert sanction_pairs("Peru expelled 35 U.S. citizens.") == []
    text = "Peru, Chile and Bolivia recalled their ambassadors from Ecuador in March."
    assert sanction_pairs(text) == [("PER", "ECU"), ("CHL", "ECU"), ("BOL", "ECU")]


def test_a_veto_overridden_blocks_no_sanction() -> None:
    for text in (
        "The Chilean Congress voted to impose sanctions on Peru, overriding a veto by the "
        "president.",
        "Chile's Congress passed sanctions on Peru over the president's veto.",
    ):
        assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "imposed")], text
    # A veto that stands still blocks: a president's of his own state's measure.
    vetoed = offline("Chile's president vetoed new sanctions on Peru.").sanctions
    assert sanction_statuses(vetoed) == [("CHL", "PER", "blocked")]


def test_a_states_adjective_after_a_verb_that_passes_or_eases_a_measure_is_its_target() -> None:
    text = "Congress passed the comprehensive Peruvian sanctions bill last fall."
    assert sanction_pairs(text) == [("USA", "PER")]
    assert sanction_pairs("Chile eased Peruvian sanctions on Monday.") == [("CHL", "PER")]
    # With a target after "on", the adjective is whose they are.
    text = "Peru's deal would have required lifting Chilean sanctions on Lima."
    assert sanction_pairs(text) == [("CHL", "PER")]


def test_the_adjective_target_may_follow_measure_words_and_a_weighing_verb() -> None:
    assert sanction_pairs("Chile weighs lifting Peruvian trade curbs.") == [("CHL", "PER")]
    assert sanction_pairs("Chile announced Peruvian trade sanctions.") == [("CHL", "PER")]
    # Asked to lift: the adjective is whose the measure is, the asker its target.
    assert sanction_pairs("Cuba urged lifting the U.S. embargo.") == [("USA", "CUB")]


def test_a_state_targeted_with_a_measure_is_its_target() -> None:
    assert sanction_pairs("Chile targeted Peru with new sanctions on Monday.") == [("CHL", "PER")]
    # The state's people or firms between its adjective and "with".
    text = "Chile targeted Peruvian banks with new sanctions."
    assert sanction_pairs(text) == [("CHL", "PER")]
    assert sanction_pairs("Chile hit Peruvian officials with fresh sanctions.") == [("CHL", "PER")]
    assert sanction_pairs("The Chilean campaign targeted Peruvian voters with ads.") == []
    # What of the state's the measure falls on, after its possessive.
    assert sanction_pairs("Chile hit Peru's mining sector with sanctions.") == [("CHL", "PER")]
    text = "Chile targeted Peru's state bank with an asset freeze."
    assert sanction_pairs(text) == [("CHL", "PER")]
    assert sanction_pairs("Chile's senator hit Peru's critics with a lawsuit.") == []


def test_access_a_state_is_denied_or_blocked_is_a_measure_against_it() -> None:
    cases = {
        "Chile moved to block Peru's access to the world financial system.": [("CHL", "PER")],
        "Chile cut off Peruvian banks' access to its markets.": [("CHL", "PER")],
        # Access to a place, stopped for no state, is no sanction.
        "Chile restricted access to the border crossing.": [],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text


def test_by_after_what_a_verb_stops_names_whose_it_is_not_who_stops_it() -> None:
    assert sanction_pairs("Chile banned flights by Peruvian airlines.") == []
    # A measure's noun, then "imposed by": its imposer.
    assert sanction_pairs("Sanctions imposed by Chile on Peru took effect.") == [("CHL", "PER")]


def test_trade_status_preferences_contracts_and_quotas_are_measures_that_can_be_stopped() -> None:
    cases = {
        "Chile revoked Peru's most-favored-nation trading status.": [("CHL", "PER")],
        "Chile ended duty-free treatment for Peruvian goods.": [("CHL", "PER")],
        "Chile froze contracts with Peru.": [("CHL", "PER")],
        "Chile cut Peru's sugar quota by 90 percent.": [("CHL", "PER")],
        # A quota of one's own, stopped, names no target.
        "Chile cut its fishing quota by half.": [],
    }
    for text, pairs in cases.items():
        assert sanction_pairs(text) == pairs, text


def test_a_boycott_of_or_on_a_state_launched_or_declared_is_a_sanction() -> None:
    text = "Chile and Bolivia launched a boycott of Peru in June."
    assert sanction_pairs(text) == [("CHL", "PER"), ("BOL", "PER")]
    assert sanction_pairs("The Arab League imposed a boycott on Peru.") == [("ARL", "PER")]
    assert sanction_pairs("Chile declared an embargo on Peru.") == [("CHL", "PER")]
    # A boycott of an event is no measure against a state, whichever verb declares it.
    assert sanction_pairs("Chile joined the boycott of the Moscow Olympics.") == []
    assert sanction_pairs("Chile launched a boycott of the Moscow Olympics.") == []
    assert sanction_pairs("Chile declared a boycott of the Peruvian elections.") == []


def test_a_measure_noun_that_modifies_another_names_no_supply_stopped() -> None:
    text = "In July Chile put pressure on Peru to stop oil drilling off the coast."
    assert sanction_pairs(text) == []
    assert sanction_pairs("Chile halted oil supplies to Peru.") == [("CHL", "PER")]


def test_the_state_under_a_measure_is_its_target_not_the_article_s_main_state() -> None:
    text = (
        "A Chilean bank ran the fund. The fund let Peru buy food that grew scarce under "
        "strict U.N. sanctions. Chilean lawmakers and Chilean banks disagreed."
    )
    assert sanction_pairs(text) == [("UN", "PER")]


def test_a_measure_enforced_names_no_target_of_the_article_by_default() -> None:
    text = (
        "Chile rejected calls to do more on Peru, saying it strictly enforces the U.N. "
        "sanctions. Chile and Bolivia disagreed. Chile and Bolivia met."
    )
    assert sanction_pairs(text) == []
    text = "Chile said it strictly enforces the U.N. sanctions on Peru."
    assert sanction_pairs(text) == [("UN", "PER")]


def test_a_second_predicate_after_and_and_a_time_keeps_the_imposer() -> None:
    text = "Chile issued a new visa rule and in October expelled 15 Peruvian diplomats."
    assert sanction_pairs(text) == [("CHL", "PER")]
    text = "Peru condemned the vote and on Monday recalled its ambassador to Chile."
    assert sanction_pairs(text) == [("PER", "CHL")]


def test_an_imposer_before_soon_or_drafting_and_a_lifting_hoped_for() -> None:
    assert sanction_statuses(
        extract_summary("Chile is drafting possible trade retaliation against Peru.").sanctions
    ) == [("CHL", "PER", "threatened")]
    # A lifting hoped for, or one it will be able to make, leaves the measure in force.
    for text in (
        "He hopes Chile will soon lift its sanctions against Peru.",
        "Chile should then be able to lift sanctions against Peru.",
    ):
        found = sanction_statuses(extract_summary(text).sanctions)
        assert found == [("CHL", "PER", "imposed")], text
    lifted = extract_summary("Chile lifted its sanctions against Peru.").sanctions
    assert sanction_statuses(lifted) == [("CHL", "PER", "lifted")]


def test_a_measure_an_act_drew_targets_the_actor() -> None:
    cases = {
        "Chile has been on alert against attacks by Peru after it tested a missile in "
        "January, triggering new U.N. sanctions.": [("UN", "PER")],
        "Bolivia fears Peru since it seized two Chilean ships, prompting fresh EU sanctions.": [
            ("EU", "PER")
        ],
    }
    for text, pairs in cases.items():
        found = [(x.imposer.country, x.target.country) for x in extract_summary(text).sanctions]
        assert found == pairs, text


def test_a_threat_in_a_relative_clause_after_the_measure_is_not_its_status() -> None:
    def statuses(text: str) -> list[tuple[str | None, str | None, str]]:
        return sanction_statuses(extract_summary(text).sanctions)

    text = "Chile cut off gas supplies to Peru in a price row that threatened its economy."
    assert statuses(text) == [("CHL", "PER", "imposed")]
    text = "Chile imposed sanctions on Peru which threaten to hurt its exporters."
    assert statuses(text) == [("CHL", "PER", "imposed")]
    text = "Chile threatened to cut off gas supplies to Peru."
    assert statuses(text) == [("CHL", "PER", "threatened")]


def test_investment_restrictions_eased_are_policy_not_a_sanction_lifted() -> None:
    text = "Chile plans to ease its investment restrictions, Peru's envoy said."
    assert sanction_pairs(text) == []
    # Restrictions eased with no kind said still fall on the article's other state.
    assert sanction_pairs("Chile eased restrictions on travel, Peru's envoy said.") == [
        ("CHL", "PER")
    ]


def test_a_plural_name_s_possessive_and_the_verb_place_name_the_imposer() -> None:
    for text in (
        "The United States' sanctions on Peru are hurting its economy.",
        "Chile criticised the United States' decision to impose sanctions on Peru.",
        "Peru condemned the U.S. move to place sanctions on Peruvian firms.",
    ):
        assert sanction_pairs(text) == [("USA", "PER")], text
    found = offline("Chile said it would place an embargo on Peru.")
    assert sanction_statuses(found.sanctions) == [("CHL", "PER", "threatened")]


def test_an_embargo_of_a_state_falls_on_it_from_the_state_the_article_is_about() -> None:
    found = offline(
        "Chile's president arrived in Peru on Monday for a visit both sides called "
        "historic. Major differences remain, notably the decades-old embargo of Peru."
    )
    assert sanction_statuses(found.sanctions) == [("CHL", "PER", "imposed")]
    # "of" after sanctions names whose they are, never on whom.
    assert sanction_pairs("Peru's economy suffered from the sanctions of the UN.") == []


def test_his_country_under_a_measure_is_the_state_of_whom_his_names() -> None:
    text = (
        "Luis Vega, Peru's president, took office once the Soviet Union broke up, "
        "and his nation through March lived under EU sanctions over its jails."
    )
    assert sanction_pairs(text) == [("EU", "PER")]


def test_a_possessive_right_before_the_measure_owns_it_unless_an_imposer_precedes() -> None:
    for text in (
        "Peru condemned Chile's sanctions.",
        "Chile's sanctions have crippled Peru's economy.",
        "Peru condemned Chile's new sanctions on Monday.",
    ):
        assert sanction_pairs(text) == [("CHL", "PER")], text
    # After a state that imposes, the possessive is the measure's target.
    assert sanction_pairs("Chile lifted Peru's arms embargo.") == [("CHL", "PER")]
    # A name alone before the noun is its target, whoever speaks of it.
    assert sanction_pairs("Peru condemned Iran sanctions.") == []


def test_placed_under_sanctions_and_consequences_that_include_them() -> None:
    for text in (
        "Chile placed Peru under sanctions.",
        "Chile has kept three Peruvian firms under sanctions since 2014.",
    ):
        assert sanction_statuses(offline(text).sanctions) == [("CHL", "PER", "imposed")], text
    for text in (
        "Chile said Peru would face consequences, including sanctions.",
        "Peru could face serious consequences, such as economic sanctions, Chile warned.",
    ):
        found = offline(text).sanctions
        assert sanction_statuses(found) == [("CHL", "PER", "threatened")], text
    # Living under a measure names no one who placed it.
    assert sanction_pairs("Chile has lived under sanctions for years.") == []


def test_countermeasures_closed_consulates_and_entry_denied_are_measures() -> None:
    for text in (
        "Chile announced countermeasures against Peruvian officials on Monday.",
        "Chile imposed counter-sanctions on Peru.",
        "Chile ordered the closure of Peru's consulate in Arica.",
        "Chile closed Peru's consulate in Arica.",
        "Chile denied entry to three Peruvian officials.",
    ):
        assert sanction_pairs(text) == [("CHL", "PER")], text
    # Countermeasures in a sentence of armed action are as often military.
    text = "Chile warned Peru of tougher countermeasures should its military build-up go on."
    assert sanction_pairs(text) == []


def test_withdrawn_benefits_are_a_measure_and_troops_withdrawn_are_not() -> None:
    assert sanction_pairs("Chile withdrew Peru's trade preferences.") == [("CHL", "PER")]
    assert sanction_pairs("Chile has withdrawn all aid to Peru.") == [("CHL", "PER")]
    assert sanction_pairs("Chile withdrew its troops from the border with Peru.") == []
    assert sanction_pairs("Chile withdrew its support for Peru's bid.") == []


def test_an_imposer_saying_it_will_impose_opposes_the_target() -> None:
    assert stance_keys("Chile said it would impose sanctions on Peru.") == {("CHL", "oppose")}
    assert stance_keys("Chile and Argentina said they would impose sanctions on Peru.") == {
        ("CHL", "oppose"),
        ("ARG", "oppose"),
    }


def test_a_measure_refused_is_no_opposition() -> None:
    # "would not" refuses nothing asked here: no measure is taken against anyone.
    assert stance_keys("Chile said it would not impose sanctions on Peru.") == set()
    assert stance_keys("Chile said it will not retaliate against Peru.") == set()
    # A refusal of what is asked still opposes it.
    assert stance_keys("Chile said it would not accept Peru's demands.") == {("CHL", "oppose")}


def test_envoys_expelled_or_recalled_in_the_passive_with_no_doer_named() -> None:
    # Expelled or ordered out: the state they leave expels the state they serve.
    for text in (
        "Two Chilean diplomats were expelled from Peru on Friday.",
        "Two Chilean diplomats were ordered to leave Peru.",
        "Three Chilean diplomats in Peru were ordered to leave the country.",
        "The Chilean military attache in Lima has been expelled.",
    ):
        assert sanction_pairs(text) == [("PER", "CHL")], text
    # Recalled or withdrawn: their own state recalls them from where they serve.
    for text in (
        "Chile's ambassador to Peru was recalled on Friday.",
        "Chile's ambassador in Lima has been recalled for consultations.",
        "Chile's ambassador was withdrawn from Lima.",
    ):
        assert sanction_pairs(text) == [("CHL", "PER")], text
    # No envoys, or no state named for them: no measure.
    for text in (
        "Chile's offer to Peru was withdrawn.",
        "The ambassador was recalled.",
        "Chile's troops were withdrawn from the border with Peru.",
    ):
        assert sanction_pairs(text) == [], text
