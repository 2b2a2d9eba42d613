"""The offline path's fast matchers agree with the plain patterns they replace.

Each fast matcher (one-pass lexicon scan over folded bytes, gazetteer scan with the left
boundary checked in Python and lower-case terms found by str.find, the sentence-candidate
pattern, the reporting-word prefilter, the date prefilters) is compared with a reference
written the obvious, slow way, on generated text built from the very words they look for.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplosum.backends.offline.lexicon import Lexicon, lexicon
from diplosum.postprocess import attribution as grounding
from diplosum.text import dates
from diplosum.text.gazetteer import Mention, gazetteer
from diplosum.text.matching import trie_pattern
from diplosum.text.sentences import sentence_spans

_NOISE = [" ", "  ", "\n", ", ", ". ", ".", "-", "'s ", "\u2019", "\u201c", "(", "x", "\u00e9"]
_NOISE += ["_", "7"]


def _text_of(words: list[str]) -> st.SearchStrategy[str]:
    """Text made of ``words`` (in random case) and separators that test the boundaries."""
    word = st.sampled_from(words).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.title(), w.lower()])
    )
    piece = st.one_of(word, st.sampled_from(_NOISE))
    return st.lists(piece, max_size=40).map("".join)


_LEXICON = lexicon()
_PHRASES = sorted({p for phrases in _LEXICON.phrases.values() for p in phrases})
_WORDS = sorted({w for p in _PHRASES for w in p.split()})


# Each list as a case-insensitive regular expression of that list alone (built once).
_REFERENCE_LISTS = {
    name: re.compile(
        r"(?<![\w-])(?:" + trie_pattern(phrases, ignore_case=True) + r")(?![\w-])", re.I
    )
    for name, phrases in _LEXICON.phrases.items()
}


def _reference_hits(name: str, text: str) -> list[tuple[int, int]]:
    """One list's hits as a scan of that list alone."""
    return [m.span() for m in _REFERENCE_LISTS[name].finditer(text)]


@settings(max_examples=300)
@given(text=_text_of([*_WORDS, "talks", "held talks", "calls on", "the"]))
def test_one_pass_lexicon_scan_equals_a_scan_per_list(text: str) -> None:
    hits = _LEXICON.scan(text)
    for name in _LEXICON.phrases:
        assert [(h.start, h.end) for h in hits.find(name)] == _reference_hits(name, text), name


def test_each_list_takes_its_own_phrases_inside_another_lists_longer_one() -> None:
    small = Lexicon({"a": ["held talks"], "b": ["talks", "talks with"], "c": ["held"]})
    hits = small.scan("They HELD TALKS with Japan, held-talks aside.")
    assert [h.text for h in hits.find("a")] == ["HELD TALKS"]
    assert [h.text for h in hits.find("b")] == ["TALKS with"]
    assert [h.text for h in hits.find("c")] == ["HELD"]
    # A break between the words is no phrase, though the scanner reads it as a space.
    for text in ("held.talks", "held\ntalks", "held\u2019talks"):
        hits = small.scan(text)
        assert [h.text for h in hits.find("a")] == [], text
        assert [h.text for h in hits.find("b")] == ["talks"], text
        assert [h.text for h in hits.find("c")] == ["held"], text


def test_a_phrase_with_an_apostrophe_is_found_with_either_mark() -> None:
    small = Lexicon({"a": ["doesn't take a position", "won't"], "b": ["take"]})
    for text in ("Peru doesn't take a position.", "Peru doesn\u2019t take a position."):
        hits = small.scan(text)
        assert [h.phrase for h in hits.find("a")] == ["doesn't take a position"], text
    assert [h.text for h in small.scan("It won't.").find("a")] == ["won't"]
    # Still whole words, one space apart: "doesn t" is not "doesn't".
    assert small.scan("Peru doesn t take a position.").find("a") == []


def test_lexicon_hits_by_span_and_phrase() -> None:
    text = "Officials Held  Talks; they held talks and then met."
    hits = _LEXICON.scan(text)
    triggers = hits.find("meeting.triggers")
    # "Held  Talks" (two spaces) is not the phrase "held talks": only "Talks" there.
    assert [(h.text, h.phrase) for h in triggers] == [
        ("Talks", "talks"),
        ("held talks", "held talks"),
        ("met", "met"),
    ]
    assert hits.has("meeting.triggers", 0, 22)
    assert not hits.has("meeting.triggers", 0, 16)  # "Talks" ends at 21
    assert [h.text for h in hits.find("meeting.triggers", 23, 45)] == ["held talks"]


_GAZETTEER = gazetteer()
# Combining forms ("Franco" of "Franco-German") are mentions only before a hyphen and
# another state: not what one pattern with word boundaries finds (tested in test_offline_meetings).
_TERMS = sorted(set(_GAZETTEER.terms) - _GAZETTEER.combining)


# The gazetteer as one regular expression with both boundaries in the pattern (built once:
# a trie of every term takes a while).
_REFERENCE = re.compile(r"(?<![\w.])(?:" + trie_pattern(_TERMS) + r")(?![\w])")


def _reference_mentions(text: str) -> list[tuple[int, int, str]]:
    # A region ("Central American") is matched, so that the state inside it is not, but
    # names no actor: the gazetteer leaves it out of what it finds.
    return [
        (m.start(), m.end(), m.group())
        for m in _REFERENCE.finditer(text)
        if _GAZETTEER.terms[m.group()][0]
    ]


@settings(max_examples=300)
@given(
    text=_text_of([*_TERMS[::7], "mainland China", "the State of Palestine", "China", "Palestine"])
)
def test_gazetteer_scan_equals_one_pattern_with_both_boundaries(text: str) -> None:
    found = [(m.start, m.end, m.text) for m in _GAZETTEER.find(text)]
    assert found == _reference_mentions(text)


def test_lower_case_terms_are_found_and_win_as_the_longest() -> None:
    found = _GAZETTEER.find("Talks in mainland China; xmainland China; the State of Palestine")
    assert [(m.text, m.codes) for m in found] == [
        ("mainland China", ("CHN",)),
        ("China", ("CHN",)),
        ("the State of Palestine", ("PSE",)),
    ]


_OLD_CANDIDATE = re.compile(
    r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])"
    r"|(?<=[a-z]{2})\.(?=[A-Z][a-z]|[AI]\s)"
    r"|\n+"
)


@settings(max_examples=300)
@given(
    text=_text_of(
        ["U.S.", "Mr.", "Jan.", "John F.", "said", "Japan.The", "!", "?", '."', ".)", "A", "5"]
    )
)
def test_sentence_candidates_are_those_of_the_plain_pattern(text: str) -> None:
    from diplosum.text import sentences

    assert [m.span() for m in sentences._CANDIDATE.finditer(text)] == [
        m.span() for m in _OLD_CANDIDATE.finditer(text)
    ]
    assert sentence_spans(text) == sentence_spans.__wrapped__(text)


@settings(max_examples=300)
@given(
    text=_text_of(
        [
            *("said", "Says", "SAY", "told", "tells", "according to", "stated", "States"),
            *("added", "announced", "declared", "noted", "warned", "spokeswoman", "salad"),
            *("stat", "tel"),
        ]
    )
)
def test_reporting_prefilter_never_hides_a_reporting_word(text: str) -> None:
    assert grounding._reports(text) == bool(grounding._REPORTING.search(text))


_DATE_WORDS = [
    *("March 16, 2018", "16 March 2018", "2018-03-16", "May 2018", "in May", "late April"),
    *("March 16", "on Friday", "Friday's", "last Monday", "next week", "this month"),
    *("earlier this year", "today", "yesterday", "tomorrow", "in 2018", "May", "the"),
    *("\u017fept. 5, 2018", "Fr\u0131day", "next wee\u212a", "in \u017fept"),
]


@settings(max_examples=300)
@given(
    text=_text_of(_DATE_WORDS),
    published=st.sampled_from([None, dt.date(2018, 3, 17), dt.date(2019, 12, 31)]),
    direction=st.sampled_from(["past", "future"]),
)
def test_date_prefilters_never_hide_a_date(
    text: str, published: dt.date | None, direction: dates.Direction
) -> None:
    fast = dates.resolve_date(text, published, direction)
    fast_published = dates.detect_published(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_may_hold_a_date", lambda phrase: True)
        patch.setattr(dates, "_ANY_YEAR", re.compile(""))
        assert fast == dates.resolve_date(text, published, direction)
        assert fast_published == dates.detect_published(text)


_HISTORICAL = ["Soviet", "Soviets", "USSR", "U.S.S.R.", "East German", "Yugoslav", "Russia"]


@settings(max_examples=200)
@given(text=_text_of([*_HISTORICAL, "Czechoslovakia", "German", "Germany", "Soviet Union"]))
def test_historical_prefilter_never_hides_a_historical_state(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_GAZETTEER, "_historical_cues", [""])  # "" is in every text
        unfiltered = _GAZETTEER.historical_named(text)
    assert _GAZETTEER.historical_named(text) == unfiltered


_RULE_WORDS = [
    *("on", "about", "over", "to discuss", "for", "but", "while", "whereas", "between"),
    *("against", "targeting", "the", "by", "of", "The", "upon", "onward", "abut", "x"),
]


def _check_rule_patterns(text: str, position: int) -> None:
    from diplosum.backends.offline import clauses as rules

    plain = {
        rules.CLAUSE_START: r"[;:]|\b(?:but|although|while|whereas)\b",
        rules.SANCTION_TARGET: r"\b(?:against|on|targeting|over|to|for)\b",
    }
    # From inside a word the plain pattern, given a slice, sees a word start where the
    # fast one, given the whole text, does not: compare from word breaks only.
    if not (position and (text[position - 1].isalnum() or text[position - 1] == "_")):
        for fast, slow in plain.items():
            expected = [m.span() for m in re.finditer(slow, text[position:])]
            got = [
                (m.start() - position, m.end() - position) for m in fast.finditer(text, position)
            ]
            assert got == expected, fast.pattern
    for words in (("the",), ("the", "by", "of")):
        slow_end = r"\b(?:" + "|".join(words) + r")\s+$"
        expected_end = re.search(slow_end, text[:position], re.I) is not None
        assert rules.ends_with_word(text, position, words) == expected_end


@settings(max_examples=300)
@given(text=_text_of(["we", "Our", "us", "I", "my", "x" * 17, "said", ",", "aim"]))
def test_first_person_search_of_the_tail_equals_that_of_the_whole(text: str) -> None:
    from diplosum.backends.offline import goals as event_rules

    for end in range(len(text) + 1):
        whole = event_rules._FIRST_PERSON.search(text[:end]) is not None
        assert event_rules._first_person_before(text, end) == whole, (text, end)


@settings(max_examples=300)
@given(text=_text_of(_RULE_WORDS), data=st.data())
def test_rule_patterns_equal_their_plain_forms(text: str, data: st.DataObject) -> None:
    _check_rule_patterns(text, data.draw(st.integers(0, len(text))))


def test_rule_patterns_equal_their_plain_forms_at_every_position_of_a_sample() -> None:
    text = (
        "Talks on trade, about aid; over: regarding x, concerning y against z amid w. After "
        "before since which who that to discuss to coordinate for but although while "
        "whereas between targeting THE by Of upon onward abut, the. The  talks: by\n"
    )
    for position in range(len(text) + 1):
        _check_rule_patterns(text, position)


def _check_places(text: str) -> None:
    from diplosum.backends.offline import places, private_names

    def plain(mention: Mention) -> bool:
        start, end, kind = mention.start, mention.end, mention.kind
        # A name, a seat, or an adjective used as a name ("in Chinese.", "in the U.S. for").
        if kind in ("name", "seat") or (
            kind == "adjective" and places.NO_NOUN_AFTER.match(text, end) is not None
        ):
            if places._PREPOSITION_BEFORE.search(text, max(0, start - 20), start):
                return True
            line_start = text.rfind("\n", 0, start) + 1
            if places._DATELINE_BEFORE.fullmatch(text, line_start, start):
                return True
        return private_names._COMPANY.match(text, end, end + 80) is not None

    for mention in _GAZETTEER.find(text):
        assert places.is_place(text, mention) == plain(mention), text[: mention.end]


_PLACE_WORDS = [
    *("in", "at", "at the", "from", "near", "inside", "outside", "across", "throughout"),
    *("the", "(in", "xin", "In", "OSLO,", "Inc", "\n", "China", "Japan", "Beijing"),
    *("Chinese", "Japanese", "Widget Corp", "plc"),
]


@settings(max_examples=300)
@given(text=_text_of(_PLACE_WORDS))
def test_place_check_equals_its_plain_form(text: str) -> None:
    _check_places(text)


def test_place_check_equals_its_plain_form_after_every_place_word() -> None:
    for word in _PLACE_WORDS:
        for spacing in (" ", "  ", "\n", " the ", "the "):
            _check_places(f"Talks {word}{spacing}China and {word}{spacing}Beijing Widget Corp")


@settings(max_examples=200)
@given(text=_text_of([*_WORDS, "held talks", "talks"]), data=st.data())
def test_hits_by_span_are_the_hits_inside_the_span(text: str, data: st.DataObject) -> None:
    hits = _LEXICON.scan(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text) + 1))
    for name in _LEXICON.phrases:
        inside = [h for h in hits.find(name) if start <= h.start and h.end <= end]
        assert hits.find(name, start, end) == inside
        assert hits.has(name, start, end) == bool(inside)


def test_word_starts_finds_whole_words_with_the_joins_asked_for() -> None:
    from diplosum.text.matching import word_starts

    text = "Kono met Konoe; Kono-led talks, x.Kono and _Kono. Kono"
    assert list(word_starts(text, "Kono")) == [0, 16, 34, 50]
    assert list(word_starts(text, "Kono", joins_before="-", joins_after="-")) == [0, 34, 50]
    assert list(word_starts(text, "Kono", joins_before=".")) == [0, 16, 50]


_OLD_TOKEN = re.compile(
    r"[A-Z](?:\.[A-Z])+\.?|[A-Z]\.(?=\s+[A-Z])|(?:al|el|bin|ben|abu)-[A-Z][\w-]*"
    r"|[A-Z][\w-]*|['\u2019]s\b|[a-z][\w-]*|\S"
)


@settings(max_examples=300)
@given(
    text=_text_of(
        ["U.S.", "U.N", "John F. Kennedy", "F.", "al-Assad", "bin", "Iran's", "Kang Kyung-wha"]
    ),
    data=st.data(),
)
def test_person_tokens_are_those_of_the_plain_pattern(text: str, data: st.DataObject) -> None:
    from diplosum.backends.offline import name_runs

    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    fast = [m.span(1) for m in name_runs._TOKEN.finditer(text, start, stop)]
    assert fast == [m.span() for m in _OLD_TOKEN.finditer(text, start, stop)]


def test_person_tokens_are_those_of_the_plain_pattern_from_every_position_of_a_sample() -> None:
    from diplosum.backends.offline import name_runs

    text = "John F.  Kennedy met U.S.\n officials, al-Assad\u2019s and Iran's F. x. Y.Z ab-Cd -"
    for start in range(len(text) + 1):
        fast = [m.span(1) for m in name_runs._TOKEN.finditer(text, start)]
        assert fast == [m.span() for m in _OLD_TOKEN.finditer(text, start)], start


_VISIT_WORDS = ["arrived", "landed", "travelled", "flew", "heading", "is", "was", "invited"]
_VISIT_WORDS += ["in", "to", "now", "Kampala", "Tokyo", "xarrived", "rearrived", "invitedx"]


@settings(max_examples=300)
@given(text=_text_of(_VISIT_WORDS))
def test_visit_patterns_equal_their_plain_forms(text: str) -> None:
    from diplosum.backends.offline import visits

    arrivals = r"arrived|arrives|arriving|arrive|landed|lands"
    travels = r"travel|travels|travelled|traveled|travelling"
    flights = r"flew|flies|fly|flying|headed|heading|heads"
    plain = {
        visits._ARRIVED_IN: rf"\b(?:{arrivals})\s+in\s+|\b(?:{travels})\s+to\s+"
        rf"|\b(?:{flights})\s+to\s+",
        visits._STAY_IN: r"\b(?:is|was)\s+(?:currently\s+|now\s+|already\s+)?in\s+[A-Z]",
        visits._INVITED: r"\b(?:invited|invites|invite)\s+\Z",
    }
    for fast, slow in plain.items():
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(slow, text)
        ], fast.pattern
