"""Each date-resolution rule of diplosum.dates, in the order its docstring lists them."""

from __future__ import annotations

import datetime as dt

import pytest

from diplosum.text.dates import detect_published, resolve_date

SATURDAY = dt.date(2018, 3, 17)


@pytest.mark.parametrize(
    ("phrase", "direction", "expected"),
    [
        # 1. full dates
        ("on Mar 16, 2018", "past", ("2018-03-16", "day")),
        ("16 March 2018", "past", ("2018-03-16", "day")),
        ("2018-03-16", "future", ("2018-03-16", "day")),
        # 2. month and year
        ("in May of 2019", "future", ("2019-05", "month")),
        # 3. month and day without a year, on the right side of published
        ("March 16", "past", ("2018-03-16", "day")),
        ("December 30", "past", ("2017-12-30", "day")),
        ("January 5", "future", ("2019-01-05", "day")),
        # 4. month alone
        ("in May", "future", ("2018-05", "month")),
        ("late April", "future", ("2018-04", "month")),
        ("in May", "past", ("2017-05", "month")),
        # 5. weekdays
        ("on Friday", "past", ("2018-03-16", "day")),
        ("Friday's meetings", "past", ("2018-03-16", "day")),
        ("on Saturday", "past", ("2018-03-17", "day")),
        ("last Saturday", "past", ("2018-03-10", "day")),
        ("from Monday through Wednesday", "future", ("2018-03-19", "day")),
        ("next Saturday", "future", ("2018-03-24", "day")),
        # 6. today / yesterday / tomorrow
        ("yesterday", "past", ("2018-03-16", "day")),
        ("tomorrow", "future", ("2018-03-18", "day")),
        # 7. weeks, dated by their Monday
        ("next week", "future", ("2018-03-19", "week")),
        ("earlier this week", "past", ("2018-03-12", "week")),
        # 8. months
        ("next month", "future", ("2018-04", "month")),
        ("last month", "past", ("2018-02", "month")),
        # 9. years
        ("earlier this year", "past", ("2018", "year")),
        ("next year", "future", ("2019", "year")),
        # 10. a bare year
        ("in 2016", "past", ("2016", "year")),
    ],
)
def test_rules_with_a_reference_date(
    phrase: str, direction: str, expected: tuple[str, str]
) -> None:
    assert resolve_date(phrase, SATURDAY, direction) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("phrase", ["on Friday", "in May", "next week", "yesterday", "March 16"])
def test_without_a_reference_relative_dates_stay_empty(phrase: str) -> None:
    assert resolve_date(phrase, None) == (None, None)


def test_without_a_reference_absolute_dates_still_resolve() -> None:
    assert resolve_date("Mar 16, 2018", None) == ("2018-03-16", "day")
    assert resolve_date("May 2018", None) == ("2018-05", "month")
    assert resolve_date("in 2018", None) == ("2018", "year")


def test_may_the_verb_is_not_a_month() -> None:
    assert resolve_date("officials said they may meet", SATURDAY, "future") == (None, None)


def test_dateline_detection() -> None:
    assert detect_published("WASHINGTON, March 16, 2018 (Reuters) - Talks ...") == dt.date(
        2018, 3, 16
    )
    assert detect_published("No date in this dateline. " + "x" * 400 + " May 1, 2020") is None


def test_letters_a_case_insensitive_pattern_takes_for_ascii_ones_resolve_not_crash() -> None:
    # Python's re, ignoring case, matches the dotless i (U+0131) to "i" and the long s
    # (U+017F) to "s".
    assert resolve_date("on Fr\u0131day", SATURDAY) == ("2018-03-16", "day")
    assert resolve_date("\u017fept. 5, 2018", None) == ("2018-09-05", "day")
    assert resolve_date("next wee\u212a", SATURDAY) == ("2018-03-19", "week")
