"""Offline rules, on sentences written for each test: text (sentences past abbreviations
and hard-wrapped lines, readable phrases, headline and summary).
"""

from __future__ import annotations

from diplosum.backends.offline.phrases import readable
from diplosum.backends.offline.rules import extract_summary
from diplosum.backends.offline.verbatim import condensed
from diplosum.text.casing import recased
from diplosum.text.reading import reading
from diplosum.text.typography import plain

from .offline_coder import (
    goal_codes,
    meeting_codes,
    meetings_of,
    offline,
    sanction_pairs,
    sentences,
    stance_keys,
)


def test_sentences_survive_abbreviations() -> None:
    text = (
        'Mr. Smith met U.S. President Joe Biden in Jan. 2021. He said "We agree." '
        "Then John F. Kennedy left.Next one! Police said.A police official said so."
    )
    assert sentences(text) == [
        "Mr. Smith met U.S. President Joe Biden in Jan. 2021.",
        'He said "We agree."',
        "Then John F. Kennedy left.",
        "Next one!",
        "Police said.",
        "A police official said so.",
    ]
    # A dateline's state, abbreviated after its city, ends no sentence; one at a
    # sentence's end with no comma before it does.
    text = "ELKHART, Ind. Peru's envoy spoke in Indiana on Monday. It rained in Ind. Then sun."
    assert sentences(text) == [
        "ELKHART, Ind. Peru's envoy spoke in Indiana on Monday.",
        "It rained in Ind.",
        "Then sun.",
    ]


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
    # "so that" opens a purpose: cut there, the phrase ends before both words.
    text = "we have to act in a new way so that this trend does not hurt the ties"
    assert readable(text, text.index("act")) == "act in a new way"
    # Nor open on a time, an auxiliary or the preposition that joins it to its trigger.
    text = "Oman voiced support on Tuesday for the talks in Muscat."
    assert readable(text, text.index("support") + len("support")) == "the talks in Muscat"
    # Nor hold when the one addressed was asked, before what they were asked to do.
    text = "Peru urged Chile on Monday to reopen the border crossing at Tacna."
    assert readable(text, text.index("Chile")) == "Chile to reopen the border crossing at Tacna"
    text = "Bolivia called on Chile today not to delay the port talks."
    assert readable(text, text.index("Chile")) == "Chile not to delay the port talks"
    text = "Lima hopes to finish the road later this year to link the two ports."
    assert readable(text, text.index("finish")) == (
        "finish the road later this year to link the two ports"
    )
    text = "Oman hopes, some insiders say, for talks."
    assert readable(text, text.index("hopes") + len("hopes")) is None
    assert readable("It has been given the same assurance", 2) == "given the same assurance"
    # "as much as" is one measure: its first "as" is no linking word.
    text = "Chile plans as many as ten new tariffs on Peruvian goods."
    assert readable(text, text.index("plans") + len("plans")) == (
        "as many as ten new tariffs on Peruvian goods"
    )
    # A modal needs its subject; a negated one keeps it.
    assert readable("the aim would be to keep the talks going", 8) == "keep the talks going"
    assert readable("We will not support the plan", 3) == "will not support the plan"
    # A verb right after a comma is the main clause's: the aside holding the phrase ends.
    text = "Chile, which had seemed ready to accept the offer, was still holding back."
    assert readable(text, text.index("accept")) == "accept the offer"
    # A participle's clause after a comma is no part of it either.
    text = "Peru rejected the proposal, calling it unacceptable."
    assert readable(text, text.index("rejected") + 8) == "the proposal"
    # A condition is no part of what is said: the main clause after it is, if any.
    text = "Peru said that if Chile raised its tariffs, it would leave the trade pact."
    assert readable(text, text.index("that") + 4) == "it would leave the trade pact"
    assert readable("Peru is wary if Chile acts, said Ana Lopez.", 13) is None
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
    # A dateline's state may be an abbreviation ("N.M."), with or without a date and dash.
    for dateline in ("TAOS, N.M., March 3 - ", "TAOS, N.M. "):
        found = extract_summary(
            dateline + "Peru's trade envoy met Chilean officials. It went well."
        )
        assert found.headline == "Peru's trade envoy met Chilean officials"
        assert found.summary.startswith("Peru's trade envoy")
    # A question standing alone as the first paragraph is the title, not the lead's
    # first sentence; run on into the text, it is the lead's.
    asked = "Could the row sink the talks?\n\nPeru's minister met Chile's on Monday. They agreed."
    assert extract_summary(asked).headline == "Could the row sink the talks?"
    assert extract_summary(asked).summary.startswith("Peru's minister met Chile's on Monday.")
    run_on = asked.replace("\n\n", " ")
    assert extract_summary(run_on).summary.startswith("Could the row sink the talks? Peru's")


def test_a_long_lead_s_headline_starts_past_an_opening_as_and_ends_before_a_late_dash() -> None:
    def headline(lead: str) -> str:
        return extract_summary(lead + " Talks are due next week.").headline

    lead = (
        "As the vote on the border treaty draws near in Lima, Chile's foreign ministry is "
        "taking great pains to prove it will respect whatever result Peru's voters give."
    )
    assert headline(lead).startswith("Chile's foreign ministry is taking great pains")
    lead = (
        "Even as several of Peru's mines closed, the count of Chilean engineers hired "
        "to run the rest has doubled \u2013 but only in the far south of the country this year."
    )
    assert headline(lead) == "The count of Chilean engineers hired to run the rest has doubled"


def test_a_long_lead_s_headline_ends_before_a_word_or_two_after_a_comma() -> None:
    def headline(lead: str) -> str:
        return extract_summary(lead + " Talks are due next week.").headline

    lead = (
        "Peru freed ten Chilean fishermen on Wednesday, a day after their trawler was seized "
        "near the maritime border by a navy patrol boat."
    )
    assert headline(lead) == "Peru freed ten Chilean fishermen on Wednesday"
    # A lead short enough is not cut, and keeps a place after its comma.
    lead = "Peru's foreign minister arrived in Arica, Chile."
    assert headline(lead) == "Peru's foreign minister arrived in Arica, Chile"


def test_a_long_lead_s_headline_keeps_its_verb_past_the_subject_s_aside() -> None:
    def headline(lead: str) -> str:
        return extract_summary(lead + " Talks are due next week.").headline

    # The aside goes, the verb stays (it used to be cut at the aside's first comma).
    assert (
        headline(
            "Ana Soto, a veteran diplomat who served in Lima and Quito for many years, was named "
            "Peru's envoy to Chile on Monday by the president in a brief ceremony."
        )
        == "Ana Soto was named Peru's envoy to Chile on Monday by the president"
    )
    # An aside after the verb's object, then a reporting clause, is no subject's aside.
    cut = headline(
        "Peru freed ten Chilean fishermen on Wednesday, a day after their trawler was seized "
        "near the maritime border, officials in Lima said."
    )
    assert cut.startswith("Peru freed ten Chilean fishermen on Wednesday"), cut
    assert "officials" not in cut, cut
    # A name the subject describes stays, without its commas; a place after a place goes.
    assert headline(
        "Peru's chief trade negotiator, Luis Vega, said on Monday that talks with Chile on "
        "tariffs for copper and wine would resume in Lima next month."
    ).startswith("Peru's chief trade negotiator Luis Vega said on Monday")
    assert headline(
        "The town council of Arica, Chile, voted on Monday to reopen the border crossing with "
        "Peru that was closed during the floods last year."
    ).startswith("The town council of Arica voted on Monday to reopen the border crossing")
    # Not cut on a dangling preposition: "near" ends no headline.
    assert not headline(
        "Rescue teams searched on Friday for forty missing Chilean fishermen whose trawlers "
        "sank overnight near Arica port in northern Chile."
    ).endswith(" near")
    # Nor before the "to" of a verb that takes an infinitive ("for trying | to").
    assert not headline(
        "A Peruvian smuggler got a long jail term in Lima on Monday for trying to move "
        "stolen copper across the border into Chile."
    ).endswith(" trying")
    # Nor inside a longer preposition ("in connection | with"), nor inside a name: it
    # ends before the name, or at its end when that comes within three words.
    cut = headline(
        "A Peruvian man was detained on Sunday in connection with a robbery outside a "
        "crowded dance hall in Lima that killed three people."
    )
    assert cut == "A Peruvian man was detained on Sunday in connection with a robbery", cut
    cut = headline(
        "A Peruvian man was detained on Sunday in connection with the deaths of three miners "
        "whose bodies were found near the Chilean border."
    )
    assert cut == "A Peruvian man was detained on Sunday", cut
    # Not right after a verb of saying: what was said follows the time.
    cut = headline(
        "The chief executive of Peru's largest copper miner said on Tuesday his firm would "
        "invest a further $2 billion in new mines near the Chilean border."
    )
    assert cut == (
        "The chief executive of Peru's largest copper miner said on Tuesday his firm would "
        "invest a further $2 billion"
    ), cut
    # A count keeps its unit, and a range its end: no headline ends on "could take five".
    cut = headline(
        "A fishing accord between Peru and its neighbour Chile could need five to 10 years "
        "of talks before ratification."
    )
    assert cut.endswith("could need five to 10 years"), cut
    cut = headline(
        "A former governor of the Peruvian province of Tacna was given a term of 12 "
        "years of house arrest and a large fine over the bribes."
    )
    assert cut.endswith("a term of 12 years"), cut
    cut = headline(
        "The speaker of Peru's Congress on Monday stopped short of endorsing presidential "
        "candidate Ana Maria Soto in talks aimed at healing rifts in the party."
    )
    assert cut.endswith("presidential candidate Ana Maria Soto"), cut
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


def test_a_quoted_term_inside_a_topic_and_no_dangling_possessive() -> None:
    text = 'Peru raised concerns over Chile\'s "reckless moves" near the border.'
    assert [s.topic for s in extract_summary(text).stances] == [
        "Chile's reckless moves near the border"
    ]
    from diplosum.backends.offline.phrases import readable

    assert readable("He voiced deep concern over Russia's", 9) == "deep concern"


def test_a_pronoun_praised_or_blamed_for_something_leaves_the_topic_to_what_for() -> None:
    cases = {
        "The Peruvian president thanked him for his leadership.": "his leadership",
        "Peru blamed them for the raid on the port.": "the raid on the port",
    }
    for text, topic in cases.items():
        assert [s.topic for s in extract_summary(text).stances] == [topic], text


def test_an_accusation_s_topic_is_the_charge_as_the_accused_s() -> None:
    cases = {
        "Peru accused Chile of spying on its navy.": "Chile's spying on its navy",
        "Peru accused the United States of hoarding grain.": ("the United States' hoarding grain"),
        "Peru's president accused him of complicity in the raid.": "his complicity in the raid",
        # a charge with its own determiner reads alone
        "Peru accused Chile of the raid on the port.": "the raid on the port",
        # "of" inside an office is no charge
        "Peru accused Secretary of State Ana Soto of lying.": None,
    }
    for text, topic in cases.items():
        topics = [s.topic for s in extract_summary(text).stances]
        if topic is None:
            assert not any(t.startswith(("State", "Secretary's")) for t in topics), text
        else:
            assert topics == [topic], text


def test_a_passive_stances_topic_opens_at_its_subject() -> None:
    found = extract_summary("In Cairo, the plan was welcomed by Egypt.").stances
    assert [(s.actor.country, s.topic) for s in found] == [
        ("EGY", "the plan was welcomed by Egypt")
    ]


def test_a_phrase_does_not_end_in_a_clause_it_opens() -> None:
    from diplosum.backends.offline.phrases import readable

    text = "Chile said the visit had been cancelled because Peru."
    assert readable(text, text.index("the visit")) == "the visit had been cancelled"
    # Its conjunction alone, where the word limit cut the clause it opens.
    text = (
        "Peru set out the higher port fees on June 3 after she said that a long review of"
        " the border accord showed Bolivia was not keeping it."
    )
    assert readable(text, text.index("the higher")) == "the higher port fees on June 3"
    # A goal cut at its main verb is trimmed again.
    text = "Chile's aim of ending the war in Bolivia where Peru has troops is clear."
    goals = extract_summary(text).goals
    assert [g.statement for g in goals] == ["ending the war in Bolivia"]


def test_a_summary_does_not_end_on_a_sentence_that_only_opens_a_quotation() -> None:
    text = (
        "Chile and Peru held talks in Lima on Monday.\n\n"
        "Peru's foreign minister told reporters in Lima after the meeting:\n\n"
        '"We are ready to sign an agreement with Chile very soon, perhaps next month."'
    )
    assert not extract_summary(text).summary.rstrip().endswith(":")


def test_a_summary_takes_no_sentence_of_a_longer_quotation() -> None:
    # Either sentence of the quotation alone would show one quotation mark.
    text = (
        "Chile and Peru held talks in Lima on Monday.\n\n"
        '"Our fishermen have every right to these waters. What happened last week was '
        'wrong," a fisherman in the port told reporters.\n\n'
        "The fishing season opens in March in the southern ports of both countries."
    )
    summary = extract_summary(text).summary
    assert summary == (
        "Chile and Peru held talks in Lima on Monday. The fishing season opens in March in "
        "the southern ports of both countries."
    )


def test_a_summary_closes_a_paragraph_that_ends_without_a_full_stop() -> None:
    text = (
        "Chile and Peru talk about their sea border\n\n"
        "LIMA - Chile and Peru held talks in Lima on Monday on their sea border, officials said\n\n"
        "The two foreign ministers agreed to meet again in Santiago next month\n\n"
        "The fishing season opens in March in the southern ports of both countries."
    )
    assert extract_summary(text).summary == (
        "Chile and Peru held talks in Lima on Monday on their sea border, officials said. "
        "The two foreign ministers agreed to meet again in Santiago next month."
    )


def test_an_editors_note_and_a_byline_are_neither_headline_nor_summary() -> None:
    text = (
        "(Adds a comment from the Peruvian foreign ministry)\n\n"
        "By Ana Soto and Luis Vega\n\n"
        "LIMA, May 4 - Chile and Peru held talks in Lima on Monday on their sea border.\n\n"
        "The two foreign ministers agreed to meet again in Santiago next month."
    )
    summary = extract_summary(text)
    assert summary.headline == "Chile and Peru held talks in Lima on Monday on their sea border"
    assert summary.summary.startswith("Chile and Peru held talks in Lima"), summary.summary
    # A note of two sentences; a desk's tag before a title.
    two = text.replace("ministry)", "ministry. Corrects a date in the second paragraph)")
    assert extract_summary(two).headline == summary.headline
    tagged = "(Corrected)-Chile and Peru Resume Sea Border Talks\n\n" + text.split("\n\n", 1)[1]
    assert extract_summary(tagged).headline == "Chile and Peru Resume Sea Border Talks"


def test_a_first_line_that_opens_with_a_dateline_is_no_title() -> None:
    # A wire paragraph that ends without a full stop looks like a title but for its dateline.
    text = (
        "LIMA - Talks between Chile and Peru on their sea border resumed on Monday\n\n"
        "The two foreign ministers agreed to meet again in Santiago next month."
    )
    summary = extract_summary(text)
    assert summary.headline == "Talks between Chile and Peru on their sea border resumed on Monday"
    assert summary.summary.startswith("Talks between Chile and Peru"), summary.summary


def test_a_shortened_headline_ends_outside_quotations_and_relative_clauses() -> None:
    cases = {
        "A federal court in Lima on Tuesday revived a long-running lawsuit over fishing "
        "rights in which Chile had accused Peru of overfishing the southern waters.": (
            "A federal court in Lima on Tuesday revived a long-running lawsuit over fishing rights"
        ),
        'Peru said on Monday it was ready to sign a "comprehensive and lasting agreement on '
        'the sea border with Chile and Bolivia" this year.': (
            "Peru said on Monday it was ready to sign"
        ),
        # Nor does a clause cut end on the word that opens what it cut off.
        "The fishing fleets of Chile and Peru meet every spring near Arica where, by old "
        "custom the two navies keep watch over the catch.": (
            "The fishing fleets of Chile and Peru meet every spring near Arica"
        ),
        # A partitive "of whom" is no place to cut: the comma before it is.
        "Ten fishermen were arrested off the coast of Peru late last week, two of whom the "
        "navy let go.": ("Ten fishermen were arrested off the coast of Peru late last week"),
    }
    for text, headline in cases.items():
        assert extract_summary(text).headline == headline


def test_a_shortened_headline_says_what_was_said_not_only_who_spoke() -> None:
    cases = {
        "Chile's foreign minister Ana Soto said on Tuesday that the government would reopen "
        "the border with Peru next month after talks.": (
            "Chile's foreign minister Ana Soto said on Tuesday that the government would "
            "reopen the border"
        ),
        "Peruvian state mining group Andes Copper Holdings SA on Sunday said it was in "
        "discussions to buy a Chilean smelter.": (
            "Peruvian state mining group Andes Copper Holdings SA on Sunday said it was in "
            "discussions"
        ),
    }
    for text, headline in cases.items():
        assert extract_summary(text).headline == headline


def test_a_phrase_may_end_on_the_month_of_may_but_not_the_modal() -> None:
    from diplosum.backends.offline.phrases import readable

    text = "Chile wants the port reopened before next May."
    assert readable(text, text.index("the port")) == "the port reopened before next May"
    assert readable("Peru says talks may", 10) is None


def test_a_phrase_does_not_end_on_marks_alone() -> None:
    from diplosum.backends.offline.phrases import readable

    assert readable("It's a provocation ..", 0) == "It's a provocation"
    text = "Peru said the merger of the two customs unions will take years -- and"
    assert readable(text, text.index("the merger")) == (
        "the merger of the two customs unions will take years"
    )


def test_a_long_lead_is_cut_where_its_phrase_ends_not_before_its_verb() -> None:
    def headline(lead: str) -> str:
        return extract_summary(lead + " It was news.").headline

    # Not before an infinitive its verb takes; before a relative clause instead.
    lead = (
        "Peru's top court on Monday declined to halt a decree that three Andean provinces "
        "hold fresh local elections after reports of vote buying in 2014."
    )
    assert headline(lead) == "Peru's top court on Monday declined to halt a decree"
    # Not between a subject and its verb, at the time between them.
    lead = (
        "Bolivian Army Chief of Staff Luis Vera on Monday said his troops would stay calm "
        "whatever the Chilean navy does next week."
    )
    assert headline(lead).startswith("Bolivian Army Chief of Staff Luis Vera on Monday said")
    # "as" after a participle is no clause.
    lead = (
        "The Lima mayor apologized for hiring actors costumed as pirates for a party at the "
        "town hall of the Peruvian capital on Friday evening."
    )
    assert headline(lead) == (
        "The Lima mayor apologized for hiring actors costumed as pirates for a party"
    )


def test_a_sentence_after_a_dateline_reads_as_it_does_alone() -> None:
    """How a sentence opens ("In talks with ...", "X, a senior adviser, said") is read
    past the dateline of a wire story's lead, as in any other sentence."""

    def items(text: str) -> list[tuple[str, object]]:
        summary = extract_summary(text)
        return [
            (section, item.model_dump(exclude={"evidence"}))
            for section in ("meetings", "sanctions", "stances", "goals")
            for item in getattr(summary, section)
        ]

    for text in (
        "In talks with Chilean President Ana Soto, Peru's president agreed to reopen it.",
        "In a bid to ease tensions, Peru sent its foreign minister to Santiago.",
        "Juan Perez, a senior adviser, said Peru would not accept the ruling.",
        "After meeting Peru's foreign minister, the Chilean envoy said the talks were useful.",
        "On the sidelines of the OAS summit, Peru's president met Chile's foreign minister.",
        # The subject that opens the sentence, before an aside set off by commas.
        "The Peruvian government, in a statement on Monday, condemned the attack.",
        "Peru, in a rare move, criticised the Chilean plan.",
        # Each state of a list that opens the sentence says it.
        "Chile and Peru said the Bolivian fee was illegal.",
    ):
        alone = items(text)
        for dateline in ("GENEVA (Reuters) - ", "GENEVA, May 3 - "):
            assert items(dateline + text) == alone, dateline + text
    # Read alone, an adviser no state places takes no stance; nor after a dateline.
    assert items("GENEVA - Juan Perez, a senior adviser, said Peru would not accept it.") == []
    assert items("GENEVA - In a bid to ease tensions, Peru sent an envoy.") != []


def test_a_dateline_opens_no_topic_and_an_acronym_is_no_dateline() -> None:
    from diplosum.backends.offline.datelines import without_dateline
    from diplosum.backends.offline.phrases import readable

    text = "GENEVA - New talks on the Yemen truce will open next week, officials said."
    assert readable(text, 0) == "New talks on the Yemen truce will open next week"
    # An acronym that opens the lead is its subject, not a dateline cut short ("O allies").
    assert without_dateline("NATO allies agreed on Monday.") == "NATO allies agreed on Monday."
    assert without_dateline("NATO Secretary-General Jens Stoltenberg said.").startswith("NATO")
    assert without_dateline("BEIJING, Jan 5 - China said.") == "China said."
    # American datelines: a city and its state, abbreviated, one after another.
    assert without_dateline("TAMPA, Fla. Peru's envoy said.") == "Peru's envoy said."
    text = "ORLANDO, Fla./ST. CLOUD, Fla. Peru's envoy said."
    assert without_dateline(text) == "Peru's envoy said."
    assert without_dateline("DOVER, Del., March 2 - Peru said.") == "Peru said."
    # A date with its year.
    assert without_dateline("SANTIAGO, May 2, 2026 - Peru said.") == "Peru said."
    assert without_dateline("MOSCOW, June 3, 1987 (Tass) - Peru said.") == "Peru said."
    # A state of two or three words, before a dash or a date; a title's list of names
    # ("IMF, World Bank ...") is no city and state.
    for dateline in ("CUSCO, Costa Rica - ", "TACNA, New Zealand, March 22 - "):
        assert without_dateline(dateline + "Peru said.") == "Peru said.", dateline
    text = "IMF, World Bank to meet in Lima"
    assert without_dateline(text) == text
    found = extract_summary("IMF, World Bank To Meet In Lima\n\nLIMA, May 2 - Text here.")
    assert found.headline == "IMF, World Bank to Meet in Lima"
    # Any acronym without a mark after it, known or not, and a city's first word never alone.
    for text in ("FBI Director Ana Soto said.", "UKIP's chairman said.", "ABN Amro said."):
        assert without_dateline(text) == text
    datelines = ("NEW YORK, MARCH 3 - ", "AUSTIN, TEXAS, May 2 - ", "LIMA - - ", "PORT ST. ANA - ")
    datelines += ("SALEM, NEW MEXICO - ", "LIMA/ SANTIAGO - ")
    for dateline in datelines:
        assert without_dateline(dateline + "Peru said.") == "Peru said.", dateline
    assert without_dateline("LIMA, May 2 - <Acme SA> of Peru said.") == "<Acme SA> of Peru said."
    text = "TAMPA, Fla. Peru's envoy visited Florida on Monday. He met the governor."
    assert extract_summary(text).headline == "Peru's envoy visited Florida on Monday"
    summary = extract_summary("NATO allies agreed on Monday to send more troops to Poland.")
    assert summary.headline.startswith("NATO allies")


def test_a_phrase_cut_after_an_idiom_that_needs_its_of_drops_the_idiom() -> None:
    from diplosum.backends.offline.phrases import readable

    long = "accused the council of delaying the vote at the behest of the ruling party and others"
    assert readable(long, 0) == "accused the council of delaying the vote"
    assert readable("the ministers agreed to move ahead", 0) == "the ministers agreed to move ahead"


def test_a_participle_aside_ends_a_phrase() -> None:
    from diplosum.backends.offline.phrases import readable

    text = "the border accord, praised by an OAS envoy as a breakthrough"
    assert readable(text, 0) == "the border accord"


def test_a_past_verb_after_a_comma_ends_the_phrase_of_an_aside() -> None:
    text = "Chile, which backed the embargo, imposed tighter sanctions on Bolivia."
    assert [x.topic for x in extract_summary(text).stances] == ["the embargo"]
    text = "Peru's president, who backs the pact, met Boric in Lima."
    assert [x.topic for x in extract_summary(text).stances] == ["the pact"]
    assert readable("the talks, held in Lima last week", 0) == "the talks"


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
    assert [s.replace("\n", " ") for s in sentences(text)] == [
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
    assert len(sentences(names)) == 1
    assert meeting_codes(names) == [{"PER", "CHL"}]
    # Text that is not wrapped: a line break still ends a sentence (a headline, a list).
    assert sentences("Talks end\nPeru and Chile met") == ["Talks end", "Peru and Chile met"]
    topics = [s.topic for s in extract_summary(text).stances]
    assert "Chile protecting its wine industry from imports" in topics


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


def test_an_agent_phrase_ends_at_despite_and_a_topic_at_and_also() -> None:
    text = "The plan, approved by ministers despite opposition from Lima, was sent on."
    assert ("PER", "support") not in stance_keys(text)
    topics = [
        s.topic
        for s in extract_summary(
            "Peru backed the court's ruling and also complained about the costs."
        ).stances
    ]
    assert "the court's ruling" in topics


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


def test_a_short_wire_story_with_indented_paragraphs_is_hard_wrapped() -> None:
    # Blank lines and indented paragraph openings are no line breaks inside a sentence:
    # a short story has few breaks, and they must not outvote the wrapped ones.
    text = (
        "CHILE TO SEND MINISTER TO LIMA\n\n"
        "President Perez announced he is\n"
        "sending Foreign Minister Juan Soto to Lima for talks\n"
        "with the Peruvian government next month.\n"
        "    Fishing is likely to be the main topic.\n"
        "    The statement said the talks will be held on May 4-6\n"
        "and would review the border.\n"
        " Reuter\n"
    )
    assert [s.replace("\n", " ") for s in sentences(text)][1:3] == [
        "President Perez announced he is sending Foreign Minister Juan Soto to Lima for talks"
        " with the Peruvian government next month.",
        "Fishing is likely to be the main topic.",
    ]


def test_the_line_after_a_headline_of_its_own_opens_the_story_whatever_its_capitals() -> None:
    # The story's first line is all names and titles ("Minister Juan | Soto and ..."): the
    # headline before it, a paragraph of its own, is the title; this line goes on.
    text = (
        "CHILE, PERU TO DISCUSS FISHING\n\n"
        "Chilean Foreign Minister Juan Carlos\n"
        "Soto and Peruvian Trade Minister Ana Rios plan to discuss\n"
        "fishing rights in talks in Lima, officials said.\n"
        "    The talks will take place on April 13 and would review\n"
        "the border.\n"
    )
    assert [s.replace("\n", " ") for s in sentences(text)][:2] == [
        "CHILE, PERU TO DISCUSS FISHING",
        "Chilean Foreign Minister Juan Carlos Soto and Peruvian Trade Minister Ana Rios plan to"
        " discuss fishing rights in talks in Lima, officials said.",
    ]


def test_a_phrase_goes_on_past_words_quoted_inside_it() -> None:
    from diplosum.backends.offline.phrases import readable

    text = 'Putin and Xi pledged a "no limits" partnership in Beijing.'
    assert readable(text, text.index("a ")) == "a no limits partnership in Beijing"
    # A time it closes with is no part of it; a time to come may be what it says.
    text = 'Putin and Xi pledged a "no limits" partnership on Friday.'
    assert readable(text, text.index("a ")) == "a no limits partnership"
    text = "Peru said new talks on the truce will open next week."
    assert readable(text, text.index("new")) == "new talks on the truce will open next week"
    curly = "France condemned the \u201cillegal\u201d annexation of Crimea."
    assert readable(curly, curly.index("the")) == "the illegal annexation of Crimea"
    # Quoted speech still ends at its closing mark.
    said = 'He hoped talks would "help promote goodwill," the agency said.'
    assert readable(said, said.index("talks")) == "talks would help promote goodwill"


# A hard-wrapped story whose names and triggers break over lines.
_WRAPPED = (
    "PERU AND CHILE AT ODDS\n\n"
    "Officials said on Monday that New\n"
    "Zealand had imposed sanctions against Peru after the\n"
    "vote, and that the Chilean Foreign Minister met his Peruvian\n"
    "counterpart in Lima to discuss the fishing dispute.\n"
)


def test_names_and_triggers_broken_over_wrapped_lines() -> None:
    text = _WRAPPED
    summary = extract_summary(text)
    assert sanction_pairs(text) == [("NZL", "PER")]
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # Each quote is the article's own text, line breaks and all.
    quotes = [e.quote for item in (*summary.sanctions, *summary.meetings) for e in item.evidence]
    assert quotes and all(quote in text for quote in quotes)
    assert any("New\nZealand" in quote for quote in quotes)


def test_a_name_broken_over_lines_survives_the_pipeline_and_windows_line_ends() -> None:
    text = _WRAPPED
    for article in (text, text.replace("\n", "\r\n")):
        found = offline(article)
        assert [(s.imposer.country, s.target.country) for s in found.sanctions] == [("NZL", "PER")]
        assert [{p.country for p in m.participants} for m in found.meetings] == [{"CHL", "PER"}]
        evidence = found.sanctions[0].evidence[0]
        assert evidence.start is not None and evidence.end is not None
        assert article[evidence.start : evidence.end] == evidence.quote


def test_html_character_references_are_read_as_characters_and_quoted_as_written() -> None:
    plain = (
        "Chile's president condemned Peru's \"new\" plan at talks with Ecuador's & Bolivia's aides."
    )
    expected = [(s.actor.country, s.position, s.topic) for s in offline(plain).stances]
    assert expected and all("'" in topic and "&" in topic for _, _, topic in expected)
    for article in (
        plain.replace("&", "&amp;").replace("'", "&#039;").replace('"', "&quot;"),
        plain.replace("'", "&#x27;") + "\r\n",
    ):
        found = offline(article)
        assert [(s.actor.country, s.position, s.topic) for s in found.stances] == expected
        for stance in found.stances:
            evidence = stance.evidence[0]
            assert evidence.start is not None and evidence.end is not None
            assert article[evidence.start : evidence.end] == evidence.quote
    # An ampersand that begins no reference known to HTML stays as written.
    assert condensed("AT&T and &bogus; stay") == ("AT&T and &bogus; stay", None)
    assert condensed("a\r\nb &amp; c") == (
        "a\nb & c",
        [(0, 1), (2, 3), (3, 4), (4, 5), (5, 10), (10, 11), (11, 12)],
    )


def test_a_word_capitalised_only_for_following_u_s_is_read_small() -> None:
    # Older wire copy capitalises whatever follows "U.S." ("the U.S. And Japan").
    assert recased("Talks between U.S. And Chilean officials. The U.S. Trade Representative") == (
        "Talks between U.S. and Chilean officials. The U.S. Trade Representative"
    )
    article = (
        "Chile's foreign minister said the talks between senior U.S. And African Union officials "
        "on Monday went well."
    )
    found = offline(article)
    assert [{p.country for p in m.participants} for m in found.meetings] == [{"USA", "AU"}]
    evidence = found.meetings[0].evidence[0]
    assert evidence.start is not None and evidence.end is not None
    assert article[evidence.start : evidence.end] == evidence.quote
    assert "U.S. And" in evidence.quote


def test_a_condition_after_that_leaves_the_main_clause_as_the_phrase() -> None:
    text = "He added that, if Chile and other nations do not act, the peso will pay the price."
    start = text.index(" that")
    assert readable(text, start) == "the peso will pay the price"
    # A comma inside the main clause is no end of the condition.
    text = "He said that if elected he would not take sides in the row, a stance few share."
    assert readable(text, text.index(" that")) != "a stance few share"


def test_web_typography_reads_as_wire_copy_and_quotes_stay_verbatim() -> None:
    wire = (
        "Chile's foreign minister met Peru's president in Lima on Monday for U.S.-backed "
        'talks. Chile imposed sanctions on Bolivia. "We reject the plan," Peru said.'
    )
    web = (
        wire.replace(" Chile imposed", "\u2022Chile imposed")  # a bullet for its space
        .replace("'", "\u2019")
        .replace(" ", "\u00a0")
        .replace("-", "\u2013")
        .replace('"We', "\u201cWe")
        .replace('," ', ",\u201d ")
    )
    assert plain(web) == wire
    found, expected = offline(web), offline(wire)
    for section in ("meetings", "sanctions", "stances"):
        assert len(getattr(found, section)) == len(getattr(expected, section)) > 0, section
    for item in (*found.meetings, *found.sanctions, *found.stances):
        evidence = item.evidence[0]
        assert evidence.start is not None and evidence.end is not None
        assert web[evidence.start : evidence.end] == evidence.quote


def test_a_possessive_written_with_a_double_quote_reads_as_one() -> None:
    # Some wire archives write "Peru"s" for "Peru's"; a quotation is left as it is.
    wire = 'LIMA, March 1 - Peru"s Foreign Minister said "so" on Monday.'
    assert plain(wire) == 'LIMA, March 1 - Peru\'s Foreign Minister said "so" on Monday.'
    article = 'Peru"s foreign minister said he rejected the Chilean plan.'
    found = offline(article)
    assert [(s.actor.country, s.position) for s in found.stances] == [("PER", "oppose")]
    evidence = found.stances[0].evidence[0]
    assert article[evidence.start : evidence.end] == evidence.quote


def test_a_quotation_in_backticks_and_apostrophes_reads_as_one() -> None:
    # AP's archives open a quotation with two backticks and close it with two apostrophes:
    # each pair reads as a plain mark and a space outside the quotation.
    article = "``We want a model of friendship for Europe,'' the Chilean president said."
    read = ' "We want a model of friendship for Europe,"  the Chilean president said.'
    assert plain(article) == read
    goals = offline(article).goals
    assert [(g.actor.country, g.statement) for g in goals] == [
        ("CHL", "a model of friendship for Europe")
    ]
    evidence = goals[0].evidence[0]
    assert article[evidence.start : evidence.end] == evidence.quote


def test_a_want_that_ends_a_quotation_states_no_aim() -> None:
    text = (
        'Chile said it would let Peru do "whatever they want" to any neighbour that does not pay.'
    )
    assert goal_codes(text) == []


def test_a_headline_in_capitals_is_read_in_the_case_of_running_text() -> None:
    assert recased("NEW ZEALAND, CHILE HOLD TALKS IN APRIL\nWELLINGTON, March 3 - Text.") == (
        "New Zealand, Chile hold talks in April\nWELLINGTON, March 3 - Text."
    )
    article = "CHILE TO IMPOSE PERUVIAN SANCTIONS\n\nThe row over fishing goes on, officials said."
    found = offline(article)
    assert [(s.imposer.country, s.target.country) for s in found.sanctions] == [("CHL", "PER")]
    evidence = found.sanctions[0].evidence[0]
    assert evidence.start is not None and evidence.end is not None
    assert article[evidence.start : evidence.end] == evidence.quote == article.split("\n")[0]
    # A name no gazetteer knows takes the case the story writes it in inside a sentence;
    # a word the story also writes in small letters stays small.
    wire = (
        "ANDES MINING TO BUY COPPER MINE FROM ROJAS\n\nThe copper mine, owned by the "
        "Rojas family, will go to Andes Mining, its chairman said."
    )
    assert recased(wire).split("\n")[0] == "Andes Mining to buy copper mine from Rojas"


def test_the_reading_of_plain_wire_copy_is_the_article_itself() -> None:
    # The rules cut quotes again only from a reading that differs; checks share its caches.
    wire = "Chile said on Monday it would hold talks with Peru.\n\nMore text follows here."
    assert reading(wire) is wire
    web = "CHILE, PERU TO HOLD TALKS\n\nChile\u2019s minister said so."
    assert reading(web) == "Chile, Peru to hold talks\n\nChile's minister said so."
    assert reading(web) is reading("".join(web))


def test_a_headline_in_title_case_keeps_its_names_and_drops_its_capital_function_words() -> None:
    assert recased("Chile To Hold Fresh Talks On Trade With Peru: Envoy\nText To read.") == (
        "Chile to Hold Fresh Talks on Trade with Peru: Envoy\nText To read."
    )
    assert (
        recased("Chile's Rojas To Visit Peru For Talks") == "Chile's Rojas to Visit Peru for Talks"
    )
    text = "Chilean Deputy Minister Ana Rojas Will Visit Peru Next Week"
    assert meeting_codes(text) == [{"CHL", "PER"}]
    # Acronyms such a line writes as words get their capitals back, where the gazetteer
    # knows them only in capitals; words and names stay.
    assert recased("Peru, Imf Hold Talks On Debt") == "Peru, IMF Hold Talks on Debt"
    assert recased("Ec Warns Chile On Port Fees") == "EC Warns Chile on Port Fees"
    assert recased("Who Will Pay For The Port In Peru") == "Who will Pay for the Port in Peru"
    assert recased("Chile Says Kim Jong Un Will Visit") == "Chile says Kim Jong Un will Visit"
    assert meeting_codes("Peru, Imf Hold Talks On Debt") == [{"PER", "IMF"}]
    # A possessive's "S" is made small: "Chile'S" is "Chile's", whose firms are no agents.
    assert recased("Chile'S Rojas To Visit Peru") == "Chile's Rojas to Visit Peru"
    assert stance_keys("Chile'S Copper Firms Angered By Peruvian Tax Plans") == set()


def test_a_relative_clause_that_ends_on_its_stance_verb_is_about_what_it_follows() -> None:
    found = extract_summary("Peru welcomed the deal, which Chile has opposed.")
    assert {(s.actor.country, s.topic) for s in found.stances} == {
        ("PER", "the deal"),
        ("CHL", "the deal"),
    }
    found = extract_summary("Talks on the plan, which Chile rejected last week, resumed.")
    assert [s.topic for s in found.stances] == ["the plan"]


def test_a_title_case_headline_takes_the_case_its_story_writes_its_words_in() -> None:
    body = (
        "\n\nLIMA - Chile said on Monday that it may retaliate in the fishing row with Peru, "
        "officials of the trade group said, as the row over the fishing grounds went "
        "on for a third week with no sign of an end. The SELA has asked both to talk."
    )
    headline = "Chile Warns Peru It May Retaliate In Fishing Row, Sela Says"
    assert recased(headline + body).split("\n")[0] == (
        "Chile warns Peru it may retaliate in fishing row, SELA says"
    )
    found = extract_summary(headline + body)
    assert found.headline == "Chile warns Peru it may retaliate in fishing row, SELA says"
    # The warning in the headline is read: "it" is the pronoun, no more a capital.
    assert any(
        s.evidence[0].quote == headline and (s.imposer.country, s.target.country) == ("CHL", "PER")
        for s in found.sanctions
    )
    # A word the story writes with a capital alone and never small is a name it knows.
    text = (
        "Chile Hails Rojas Plan For The Port\n\nLIMA - Chile welcomed a plan by Ana Rojas"
        + body[7:]
    )
    assert recased(text).split("\n")[0] == "Chile hails Rojas plan for the port"


def test_a_long_web_headline_in_title_case_is_read_too() -> None:
    headline = (
        "Chile's President Arrives In Peru For The First Visit By A Chilean Leader In Ten "
        "Years As The Two Neighbours Seek To Settle Their Long Dispute Over The Sea Border "
        "And Open A New Chapter Of Trade Between Them, Officials Say"
    )
    assert len(headline) > 200
    assert " Arrives in Peru for the First Visit by " in recased(headline)


def test_a_web_titles_source_after_a_dash_is_no_part_of_a_phrase() -> None:
    title = (
        "Peru says Chile violated its airspace \u2013 Lima Daily News\nLIMA (Reuters) - Peru said"
    )
    assert readable(title, len("Peru says ")) == "Chile violated its airspace"
    # A dash set off by spaces ends a phrase whatever follows: an aside, another clause.
    text = "Peru takes a hard line on Chile - a position Bolivia shares"
    assert readable(text, len("Peru takes ")) == "a hard line on Chile"
    # So do the two hyphens plain-text copy types for a dash.
    text = "Peru takes a hard line on Chile -- a position Bolivia shares"
    assert readable(text, len("Peru takes ")) == "a hard line on Chile"
    # One inside a word does not: "U.S.-Chilean talks".
    text = "Peru backs U.S.-Chilean talks on the border"
    assert readable(text, len("Peru backs ")) == "U.S.-Chilean talks on the border"


def test_a_phrase_cut_at_its_length_ends_before_a_clause_opened_by_as() -> None:
    text = "The talks aim to end the war in the south as the families of the missing waited."
    assert readable(text, text.index("end")) == "end the war in the south"
    # "as soon as" opens a clause of time as a whole, not at its second "as".
    text = (
        'Chile urged the Peruvian president Ana Soto to "decide as soon as possible" the'
        " date of the vote, but did not expect her to act"
    )
    assert readable(text, text.index("the Peruvian")) == "the Peruvian president Ana Soto to decide"
    # What a thing is called is no clause: "used as the model".
    text = "They said the plan has been used as the model for a new treaty with Peru and Chile."
    assert readable(text, text.index("the plan")) == "the plan has been used as the model"


def test_in_order_cut_from_its_to_goes() -> None:
    text = (
        "Chile agreed to try to devise a way to collect purchasing information in order to "
        "monitor the volume of its imports from Peru and Bolivia over the coming years."
    )
    start = text.index("try to")
    assert readable(text, start) == "try to devise a way to collect purchasing information"


def test_a_title_abbreviated_before_a_name_does_not_end_a_phrase() -> None:
    text = "He won his bid to succeed outgoing Lima Sen. Ana Soto."
    assert readable(text, text.index("succeed")) == "succeed outgoing Lima Sen. Ana Soto"
    text = "The strike that killed Gen. Juan Perez angered Peru."
    assert readable(text, 0) == "The strike that killed Gen. Juan Perez angered Peru"
    text = "Chile wants to end the war. Peru disagrees."
    assert readable(text, text.index("end")) == "end the war"


def test_a_way_of_saying_opens_no_phrase_and_seek_out_keeps_no_particle() -> None:
    assert readable('"Of course trade is not the whole story," he said.', 0) == (
        "trade is not the whole story"
    )
    assert readable("In fact, the plan was costly for Peru.", 0) == "the plan was costly for Peru"
    text = "The Chilean government will seek out new technologies to end hunger."
    assert [g.statement for g in extract_summary(text).goals] == ["new technologies to end hunger"]


def test_a_phrase_ends_before_an_agency_reported_it() -> None:
    assert (
        readable("talks with Peru on the hearing, TASS reported", 0)
        == "talks with Peru on the hearing"
    )


def test_a_phrase_ends_before_an_absolute_clause_of_speech() -> None:
    text = "the decision, with finance minister Ana Soto saying it showed the plan was right"
    assert readable(text, 0) == "the decision"
    assert readable("talks with Peru, with Chile and Bolivia", 0) == (
        "talks with Peru, with Chile and Bolivia"
    )


def test_a_phrase_ends_before_a_clause_of_time_or_condition() -> None:
    text = "Chile backed the treaty when it was drafted in the 1970s."
    assert readable(text, text.index("the treaty")) == "the treaty"
    text = "Peru will lift tariffs on Chilean wine if the bloc approves the deal."
    assert readable(text, text.index("lift")) == "lift tariffs on Chilean wine"
    # A time described ("at a moment when") and a question asked ("to see if") go on.
    text = "It would split the bloc at a moment when it needs unity."
    assert readable(text, text.index("split")) == "split the bloc at a moment when it needs unity"
    text = "Peru wants to see if the plan can work."
    assert readable(text, text.index("see")) == "see if the plan can work"


def test_a_phrase_ends_before_a_clause_of_purpose_or_result() -> None:
    text = "The U.S. wants Peruvian cooperation so the Senate can pass a mild bill, he said."
    assert readable(text, text.index("Peruvian")) == "Peruvian cooperation"
    text = "Chile urged Peru to open the border so they could return to their farms."
    assert readable(text, text.index("Peru to")) == "Peru to open the border"
    text = "Lima wants talks with Quito so that Ecuador can sell more gas."
    assert readable(text, text.index("talks")) == "talks with Quito"
    # "so" as an adverb opens no clause.
    text = "Chile wants the aid that Peru so badly needs to reach the border towns."
    assert readable(text, text.index("the aid")) == (
        "the aid that Peru so badly needs to reach the border towns"
    )


def test_a_phrase_inside_an_opening_clause_ends_at_its_comma() -> None:
    text = "Though Soto had pledged a clean and open vote, the count was disputed by Peru."
    assert readable(text, text.index("a clean")) == "a clean and open vote"
    text = "Although Chile wants closer ties with Peru, the talks have stalled."
    assert readable(text, text.index("closer")) == "closer ties with Peru"
    # A comma of a list inside the opening clause is no end of it.
    text = "While Chile backs Peru, Bolivia and Ecuador, it opposes the tariffs."
    assert str(readable(text, text.index("Peru"))).startswith("Peru, Bolivia and Ecuador")


def test_a_phrase_opened_by_a_clause_of_time_reads_from_its_main_clause() -> None:
    text = "Until costs fall, the bank will have little room to cut rates."
    assert readable(text, 0) == "the bank will have little room to cut rates"
    text = "When asked by a reporter, the envoy rejected the plan for a new port."
    assert readable(text, 0) == "the envoy rejected the plan for a new port"
    text = "As long as the raids stop, trade can resume between Peru and Chile."
    assert readable(text, 0) == "trade can resume between Peru and Chile"
    # "once again" opens no clause.
    text = "once again pull out of the accord"
    assert readable(text, 0) == "once again pull out of the accord"


def test_a_quotation_a_phrase_opens_with_goes_on_into_what_completes_it() -> None:
    text = 'Peru has pledged to "never, ever" attack Chile over its claims.'
    assert readable(text, text.index("to") + 2) == "never, ever attack Chile over its claims"
    text = 'Chile offered its "full support" to the plan for a new port.'
    assert readable(text, text.index("its") + 3) == "full support to the plan for a new port"
    # Not into what is said of the quotation, nor into another clause.
    text = 'Peru said Chile had "crossed the line" in a post on Monday.'
    assert readable(text, text.index("had") + 3) == "crossed the line"
    # A hedge opens no phrase: "agreed in principle a request".
    text = 'Chile approved "in principle" a Peruvian request for aid.'
    assert readable(text, text.index("approved") + 8) == "a Peruvian request for aid"


def test_a_judgment_on_a_dummy_it_reads_from_what_it_judges() -> None:
    assert readable("It is vital that Peru and Chile resume talks.", 0) == (
        "Peru and Chile resume talks"
    )
    text = "It is simply not right in this day for Chile to close the port."
    assert readable(text, 0) == "Chile to close the port"
    # A noun after the copula, or a verb of a real "it", is read as it stands.
    assert readable("It is a plan for peace.", 0) == "It is a plan for peace"
    assert readable("it is fighting for a homeland for Basques", 0) == (
        "it is fighting for a homeland for Basques"
    )


def test_a_phrase_ends_where_and_a_name_and_an_auxiliary_open_a_clause() -> None:
    text = "Peru proposed a freeze and Chile has begun its own moratorium."
    assert readable(text, text.index("a freeze")) == "a freeze"
    # Not a subject of two names, nor a pronoun and a name.
    text = "the view that Peru and Chile have made progress on the border"
    assert readable(text, 0) == text
    text = "he and Soto had agreed on a new border post"
    assert readable(text, 0) == text


def test_a_phrase_cut_before_by_drops_the_participle_whose_agent_it_loses() -> None:
    text = (
        "Chile called for a review of the bank payments triggered by the March cyber "
        "heist at the central bank of Peru."
    )
    assert readable(text, text.index("a review")) == "a review of the bank payments"
    # ... and its particle: "called for | by".
    text = (
        "Lima urged the delay of the rallies called for by powerful Peruvian union leader "
        "Ana Soto later this week."
    )
    assert readable(text, text.index("the delay")) == "the delay of the rallies"
    # A passive's verb stays: "had been hurt by".
    text = (
        "Peru said the first rounds of the new border talks had been hurt by the raids "
        "on the coast near Arica."
    )
    assert readable(text, text.index("the first")).endswith("had been hurt")


def test_a_long_lead_s_headline_starts_past_an_opening_clause_of_time() -> None:
    def headline(lead: str) -> str:
        return extract_summary(lead + " Talks are due next week.").headline

    assert headline(
        "Two days before they flew home to Lima, the Peruvian envoys in the Chilean port city "
        "of Arica met the mayor and signed a pact on fishing."
    ).startswith("The Peruvian envoys in the Chilean port city of Arica met the mayor")
    # Not where the clause's comma opens an aside that goes on it.
    assert headline(
        "When Lima police caught Ana Soto, suspected leader of the ring that smuggled gold "
        "across the border, they found maps of the mines."
    ).startswith("When Lima police caught Ana Soto")
    # A time's first word goes with it: "left Lima late | on Monday".
    assert (
        headline(
            "A solar-powered plane carrying two pilots from Peru headed across the Pacific early "
            "on Monday on the longest leg of its trip."
        )
        == "A solar-powered plane carrying two pilots from Peru headed across the Pacific"
    )


def test_a_long_lead_s_headline_starts_past_where_or_how_the_news_was_told() -> None:
    # Cut at the opening phrase's comma, the headline was that phrase alone.
    for lead, expected in (
        (
            "In an interview this weekend, Chile's foreign minister said Peru must withdraw "
            "its troops from the disputed border area before any talks could begin.",
            "Chile's foreign minister said Peru must withdraw its troops from the disputed",
        ),
        (
            "Speaking to reporters in Lima on Tuesday after a long meeting, Chile's foreign "
            "minister said Peru must withdraw its troops from the disputed border area.",
            "Chile's foreign minister said Peru must withdraw its troops from the disputed",
        ),
    ):
        assert extract_summary(lead).headline.startswith(expected), lead
    # A short lead is its own headline, opening and all.
    short = "In Lima, Chile and Peru signed a border treaty."
    assert extract_summary(short).headline == "In Lima, Chile and Peru signed a border treaty"


def test_a_headline_is_no_byline_nor_a_wire_tag_nor_an_opening_of_source_or_concession() -> None:
    byline = (
        "By Ana Soto\n\nSANTIAGO, May 2 - Chilean President Luis Vega will travel to Lima "
        "next week for talks with his Peruvian counterpart on a border dispute."
    )
    assert extract_summary(byline).headline.startswith("Chilean President Luis Vega will")
    tagged = (
        "UPDATE 2-Chile recalls envoy from Peru over spy row\n\nSANTIAGO, May 2 - Chile "
        "recalled its ambassador to Peru on Monday after Lima expelled two diplomats."
    )
    assert extract_summary(tagged).headline == "Chile recalls envoy from Peru over spy row"
    for lead, opening in (
        (
            "According to a statement issued by the foreign ministry late on Sunday, Chile "
            "will send a delegation to Lima to negotiate over the fishing dispute with Peru.",
            "Chile will send a delegation to Lima",
        ),
        (
            "Despite mounting pressure from opposition lawmakers and several key allies "
            "abroad, Chile's government said on Monday that it would not reopen the border.",
            "Chile's government said on Monday",
        ),
    ):
        assert extract_summary(lead).headline.startswith(opening), lead


def test_a_speaker_s_view_named_as_such_opens_no_phrase() -> None:
    assert readable("In our view, the plan is flawed.", 0) == "the plan is flawed"
    assert readable("To my mind, the talks have failed.", 0) == "the talks have failed"


def test_a_phrase_drops_the_verb_of_saying_it_ends_on() -> None:
    text = "\u2018A truce would be most welcome,\u2019 he said."
    assert readable(text, 0) == "A truce would be most welcome"
    text = "Closer ties with Chile would help Peru's farmers, he argued."
    assert readable(text, 0) == "Closer ties with Chile would help Peru's farmers"
    text = "Her only aim was to keep the port open, she insisted."
    assert readable(text, text.index("keep")) == "keep the port open"
    assert readable('the plea to Chile and said: "It is vital."', 0) == "the plea to Chile"
    # A clause that holds its verb whole stays so.
    text = "every time someone raised what the survey says"
    assert readable(text, 0) == text


def test_a_phrase_cut_short_does_not_end_on_a_preposition_of_place_or_time() -> None:
    text = "Peru will no longer ease the passage of trucks through, officials said."
    assert readable(text, text.index("ease")) == "ease the passage of trucks"
    text = "Chile called it one of the most toxic issues within, an aide said."
    assert readable(text, text.index("one")) == "one of the most toxic issues"


def test_a_phrase_ends_before_and_an_adverb_and_a_past_verb() -> None:
    text = "Chile had paused some arms sales and repeatedly pressed Peru to talk."
    assert readable(text, text.index("some")) == "some arms sales"


def test_have_with_an_object_is_the_verb_not_an_auxiliary() -> None:
    text = "Chile is working to have it ready before the winter rains."
    assert readable(text, text.index("have")) == "have it ready before the winter rains"
    text = "Peru's aim is to have agreed the deal by May."
    assert readable(text, text.index("have")) == "agreed the deal by May"


def test_a_phrase_cut_short_keeps_a_serial_list_of_single_words_whole() -> None:
    # Over the word limit, the cut goes to the last comma, but not one inside "w1, w2,
    # and w3": "achieving open, fair," reads as no phrase.
    text = (
        "Peru said it was committed to achieving open, fair, and equal access and "
        "wants to work with Chile on the matter."
    )
    topic = readable(text, text.index("achieving"))
    assert topic is not None and topic.startswith("achieving open, fair, and equal access")


def test_a_phrase_ends_before_and_an_office_and_a_name_that_open_a_clause() -> None:
    # "... rejected such action and Chilean finance minister Ana Soto merely said, ...":
    # a clause of its own, however its subject is named, with a comma after the verb.
    text = (
        "Peru and Bolivia rejected such action and Chilean finance minister Ana Soto "
        'merely said, "It will pass."'
    )
    assert readable(text, text.index("such")) == "such action"
    text = "Peru rejected the plan and Chilean officials said it was fine."
    assert readable(text, text.index("the plan")) == "the plan"
    text = "Peru backed tariffs on steel and aluminum imports from Chile."
    assert (
        readable(text, text.index("tariffs")) == "tariffs on steel and aluminum imports from Chile"
    )


def test_a_cut_does_not_end_on_and_a_second_verb_torn_from_its_complement() -> None:
    text = (
        "Lima hopes to go on talking calmly with Chile on fishing issues and hopes very much "
        "to lift these quotas as soon as evidence permits."
    )
    assert readable(text, text.index("go on"), 14) == (
        "go on talking calmly with Chile on fishing issues"
    )
    # Nouns joined by "and" before a purpose stay.
    text = "Chile plans to tax all imported oils and fats to finance rising farm subsidies now."
    assert readable(text, text.index("tax"), 8) == "tax all imported oils and fats"


def test_a_phrase_ends_before_and_a_name_and_any_past_verb() -> None:
    text = "Peru voiced concern about slowing growth and Humala made a pointed comparison."
    assert readable(text, text.index("slowing")) == "slowing growth"
    text = "Peru voiced concern about slowing growth and Humala warned of a crisis."
    assert readable(text, text.index("slowing")) == "slowing growth"


def test_a_dash_spaced_on_one_side_only_or_an_attached_em_dash_ends_a_phrase() -> None:
    for dash in (" -", "\u2014", " \u2014"):
        text = (
            f"Peru's aim of building a port able to serve all of Chile{dash}something Lima denies."
        )
        assert readable(text, text.index("building"), 14) == (
            "building a port able to serve all of Chile"
        ), dash
    # A hyphen inside a word is no dash.
    text = "Peru backs the Chile-led coalition against the rebels."
    assert readable(text, text.index("the Chile")) == "the Chile-led coalition against the rebels"


def test_a_comma_before_a_noun_and_a_modal_ends_a_phrase() -> None:
    text = (
        "Short of a pledge by Lima to cut its fishing quotas, the talks would collapse, Chile said."
    )
    assert readable(text, text.index("cut")) == "cut its fishing quotas"
    # An appositive with its own relative clause goes with the phrase it describes.
    text = "Peru backed tariffs on steel, the product hit hardest, Chile said."
    assert readable(text, text.index("tariffs")) == "tariffs on steel, the product hit hardest"


def test_a_phrase_does_not_end_on_an_adverb_set_off_by_a_comma() -> None:
    text = "Chilean officials have often criticised the bank, however, and envoys say so."
    assert readable(text, text.index("the bank")) == "the bank"


def test_the_stops_of_an_abbreviation_end_no_clause() -> None:
    # "U.S." and "U.N." inside a clause: its cues still reach past them.
    assert meetings_of("There will be no U.S.-Chile talks this year.") == set()
    assert meetings_of("Peru called for U.S.-Chile talks.") == {
        (frozenset({"USA", "CHL"}), "proposed")
    }
    assert meetings_of("They discussed a possible U.S.-Chilean summit.") == {
        (frozenset({"USA", "CHL"}), "proposed")
    }
    assert meetings_of("Peru will hold no U.N.-backed talks with Chile.") == set()
    text = "Chile charged that the U.S. government was trying to protect jobs."
    assert goal_codes(text) == []
    text = "Peru asked whether U.S. sanctions on Chile could be lifted soon."
    assert offline(text).sanctions == []


def test_a_phrase_keeps_no_bracket_half_of_a_pair() -> None:
    text = (
        '"It appears fair progress was achieved (on the border), and that is welcome," '
        "the Peruvian president said."
    )
    topics = [stance.topic for stance in offline(text).stances]
    assert topics == ["It appears fair progress was achieved on the border"]


def test_words_recalled_before_what_is_said_are_no_part_of_it() -> None:
    text = (
        '"As I said at the time of the Lima accord, the target is fair progress," the '
        "Peruvian president said."
    )
    assert [stance.topic for stance in offline(text).stances] == ["the target is fair progress"]
    # "he had spoken" recalls no words: nothing is dropped.
    text = "He had spoken to Soto, including on Monday, and welcomed the progress."
    assert readable(text, 0) == "He had spoken to Soto, including on Monday"


def test_a_reporting_clause_a_phrase_opens_with_is_no_part_of_it() -> None:
    # Who says it, and when, go; what is said stays.
    assert readable("Lima said on Monday that the talks had failed", 0) == "the talks had failed"
    text = "One Chilean diplomat said Soto was in a difficult position"
    assert readable(text, 0) == "Soto was in a difficult position"
    assert readable("He added that Peru would never join the pact", 0) == (
        "Peru would never join the pact"
    )
    # No reporting clause: a preposition, a relative or "what" before the verb, a noun
    # "notes", or too little left after it.
    for text in (
        "Among those Lima said it had named was Soto",
        "What the accord said is that talks will resume",
        "Peruvians who have said they will vote",
        "repeated notes of concern from Chile",
        "The aide said Soto",
    ):
        assert readable(text, 0) == text


def test_headlines_in_the_present_tense() -> None:
    # Headlines and some ledes write the present: "recalls", "restores ties", "phones".
    found = offline("Chile recalls its ambassador to Peru")
    assert [(s.imposer.country, s.target.country) for s in found.sanctions] == [("CHL", "PER")]
    found = offline("Chile eases sanctions on Peru")
    assert [(s.target.country, s.status) for s in found.sanctions] == [("PER", "lifted")]
    assert stance_keys("Chile restores ties with Peru") == {("CHL", "support")}
    assert stance_keys("Chile lashes out at Peru over fishing") == {("CHL", "oppose")}
    found = offline("Chilean president phones Peruvian leader")
    assert [{p.country for p in m.participants} for m in found.meetings] == [{"CHL", "PER"}]


def test_a_phrase_cut_at_its_limit_inside_a_name_keeps_the_whole_name() -> None:
    cases = {
        "the ministers spoke at length at a session of the Group of Andean States on trade": (
            "the ministers spoke at length at a session of the Group of Andean States"
        ),
        "he made real progress in his long talks with the Secretary of State Ana Soto on "
        "fish quotas this week": (
            "he made real progress in his long talks with the Secretary of State Ana Soto"
        ),
        "the two sides held a long meeting at the Bank and Trust Company in Lima on fish quotas": (
            "the two sides held a long meeting at the Bank and Trust Company"
        ),
        # Not into a time, nor a new clause whose subject is named after "and".
        "the two sides signed the new fishing deal in Lima on Tuesday night after long talks "
        "on quotas": "the two sides signed the new fishing deal in Lima",
        "the two sides signed the fishing deal with Peru and Ana Soto has said so": (
            "the two sides signed the fishing deal with Peru"
        ),
    }
    for text, phrase in cases.items():
        assert readable(text, 0) == phrase, text


def test_a_story_s_credits_are_not_read() -> None:
    """A wire story's credit line names desks, reporters and places: a "Monitoring Desk"
    is no state monitoring anything."""
    story = "Peru said it was reviewing the plan.\n\n"
    for credits in (
        "(Reporting by Lima Monitoring Desk, Ana Soto in Santiago; Editing by Mark Hall)",
        "(Additional reporting by the Lima Monitoring Desk; Writing by Ana Soto)",
        "Reporting by Lima Monitoring Desk and Luis Vega in Santiago",
        "The Lima Monitoring Desk and Luis Vega in Santiago contributed to this report.",
    ):
        assert stance_keys(story + credits) == stance_keys(story), credits
    # A sentence about reporting is read: "reporting by" only opens a credit line.
    assert ("PER", "neutral") in stance_keys("Peru is monitoring the reporting by the press.")
