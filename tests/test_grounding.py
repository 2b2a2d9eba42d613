"""Grounding: the library, not the model, finds every quote and its offsets."""

from __future__ import annotations

import json

from hypothesis import assume, given
from hypothesis import strategies as st

from diplosum import ArticleSummary
from diplosum.postprocess.grounding import ground_summary
from diplosum.text.quotes import find_quote, fold_quote

from .conftest import ARTICLES, RESPONSES

_SPACE_NOISE = st.sampled_from([" ", "  ", "\n", "\t", " \n "])
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=300
)


def _noisy(quote: str, data: st.DataObject) -> str:
    """The quote as a model might copy it: other spacing, quote marks, dashes and case."""
    out = []
    for char in quote:
        if char.isspace():
            out.append(data.draw(_SPACE_NOISE))
        elif char == "'":
            out.append(data.draw(st.sampled_from(["'", "\u2019", "\u2018"])))
        elif char == '"':
            out.append(data.draw(st.sampled_from(['"', "\u201c", "\u201d"])))
        elif char == "-":
            out.append(data.draw(st.sampled_from(["-", "\u2013", "\u2014"])))
        else:
            out.append(
                char.upper() if data.draw(st.booleans()) and len(char.upper()) == 1 else char
            )
    return "".join(out)


@given(text=_TEXT, data=st.data())
def test_a_span_cut_from_the_text_is_found_whatever_the_noise(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    # A quote of nothing but spaces and set-aside characters (a lone combining mark) has
    # nothing to match: find_quote says None for it by design.
    assume(fold_quote(quote))
    span = find_quote(text, _noisy(quote, data))
    assert span is not None
    found = text[span[0] : span[1]]
    # The match reads the same as the quote once folded, and is the first such place:
    # never later than the span we cut, after what the quote opens with that folds to
    # nothing (whitespace, a combining mark with no letter before it).
    assert find_quote(found, quote) == (0, len(found))
    lead = next(i for i, char in enumerate(quote) if fold_quote(char))
    assert span[0] <= start + lead


@given(text=_TEXT, absent=st.text(alphabet="QXZJ", min_size=3, max_size=20))
def test_a_string_absent_from_the_text_is_never_found(text: str, absent: str) -> None:
    assume(absent.lower() not in text.lower())
    assert find_quote(text, absent) is None


def test_offsets_on_a_real_article_with_noisy_quotes() -> None:
    article = (ARTICLES / "seed-000.txt").read_text(encoding="utf-8")
    quote = 'the U.S.-South Korea alliance is the "lynchpin" of regional stability'
    noisy = "THE U.S.\u2013South  Korea alliance is the \u201clynchpin\u201d of\nregional stability"
    span = find_quote(article, noisy)
    assert span is not None
    assert article[span[0] : span[1]] == quote


def test_reference_summaries_ground_completely() -> None:
    for name in ("seed-000", "seed-002"):
        article = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        output = json.loads((RESPONSES / f"{name}.json").read_text())["output"]
        grounded = ground_summary(ArticleSummary.model_validate(output), article)
        assert grounded.rejected == []
        for section in (grounded.meetings, grounded.goals, grounded.sanctions, grounded.stances):
            for item in section:
                for ev in item.evidence:
                    assert ev.start is not None and ev.end is not None
                    assert article[ev.start : ev.end] == ev.quote


def test_invented_quotes_are_removed_and_listed_never_dropped_silently() -> None:
    article = "Officials from France and Germany met in Paris on Monday."
    summary = ArticleSummary.model_validate(
        {
            "headline": "h",
            "summary": "s",
            "meetings": [
                {
                    "participants": [
                        {"name": "France", "kind": "state", "country": "FRA"},
                        {"name": "Atlantis", "kind": "state", "country": "ATA"},
                    ],
                    "status": "held",
                    "evidence": [{"quote": "France met Atlantis"}],
                },
                {
                    "participants": [
                        {"name": "France", "kind": "state", "country": "FRA"},
                        {"name": "Germany", "kind": "state", "country": "DEU"},
                    ],
                    "status": "held",
                    "evidence": [
                        {"quote": "France and Germany met in Paris"},
                        {"quote": "a warm handshake"},
                    ],
                },
            ],
        }
    )
    grounded = ground_summary(summary, article)
    assert len(grounded.meetings) == 1
    assert [e.quote for e in grounded.meetings[0].evidence] == ["France and Germany met in Paris"]
    assert sorted(r.quote or "" for r in grounded.rejected) == [
        "France met Atlantis",
        "a warm handshake",
    ]
    assert grounded.rejected[0].item["participants"][1]["name"] == "Atlantis"


def test_every_case_variant_of_every_character_folds_alike() -> None:
    from diplosum.text.quotes import _fold_char

    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        for variant in (char.upper(), char.lower()):
            if len(variant) == 1:
                assert _fold_char(char) == _fold_char(variant), hex(code)
    assert find_quote("10 µg of ıodine", "10 Μg OF IODINE") == (0, 15)


def test_offsets_that_hold_the_quote_are_kept_and_wrong_ones_replaced() -> None:
    article = "France and Germany met. Later, France and Germany met again."
    quote = "France and Germany met"
    later = article.rindex(quote)

    def meeting(start: int | None, end: int | None) -> dict[str, object]:
        return {
            "participants": [
                {"name": "France", "kind": "state", "country": "FRA"},
                {"name": "Germany", "kind": "state", "country": "DEU"},
            ],
            "status": "held",
            "evidence": [{"quote": quote, "start": start, "end": end}],
        }

    summary = ArticleSummary.model_validate(
        {
            "headline": "h",
            "summary": "s",
            "meetings": [meeting(0, len(quote)), meeting(later, later + len(quote)), meeting(3, 9)],
        }
    )
    grounded = ground_summary(summary, article)
    # Offsets that hold the quote (the offline extractor's own): the very item is kept,
    # at its own occurrence. Wrong offsets: replaced by the quote's first occurrence, as
    # when none are given. (A model's offsets never get here: the pipeline drops them.)
    assert grounded.meetings[0] is summary.meetings[0]
    assert grounded.meetings[1] is summary.meetings[1]
    spans = [[(e.start, e.end) for e in item.evidence] for item in grounded.meetings]
    assert spans == [[(0, len(quote))], [(later, later + len(quote))], [(0, len(quote))]]
