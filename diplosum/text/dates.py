"""Date resolution: a phrase from the article plus a reference date -> an ISO date and precision.

Deterministic; the model only copies the phrase (``Meeting.date_text``). ``published`` is the
reference: the ``published`` argument, else a date in the article's dateline (first 300
characters). ``direction`` says which way an ambiguous phrase points: ``past`` for events
held or cancelled, ``future`` for planned or proposed ones. Rules, tried in this order:

1. Full date: "March 16, 2018", "Mar. 16, 2018", "16 March 2018", "2018-03-16" -> day.
2. Month and year: "May 2018", "in May of 2018" -> month.
3. Month and day, no year: "March 16" -> day, in the year that puts it on the ``direction``
   side of ``published`` (a past "December 30" read on 2018-01-02 is 2017-12-30).
4. Month alone, with optional "early", "mid", "late": "in May", "late April" -> month, year
   chosen as in rule 3.
5. Weekday: "on Friday", "Friday's", "last Friday", "next Monday", "this Friday" -> day: the
   nearest such day on or before ``published`` for the past, on or after it for the future;
   "last" and "next" skip ``published`` itself.
6. "today", "yesterday", "tomorrow" -> day.
7. "this week", "last week", "next week", "earlier this week" -> week (dated its Monday).
8. "this month", "last month", "next month" -> month.
9. "this year", "earlier this year", "later this year", "last year", "next year" -> year.
10. A bare year: "in 2018" -> year.

Without ``published`` only rules 1, 2 and 10 apply; anything else leaves the date empty
(never a guess) and the phrase is kept for the reader.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "Direction",
    "Precision",
    "detect_published",
    "resolve_date",
]

#: The months and the days of the week as running text names them, and each list as a
#: regex alternation (no group): ``rf"on\s+(?:{WEEKDAYS})"``.
MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = "|".join(MONTH_NAMES)
WEEKDAYS = "|".join(WEEKDAY_NAMES)

Precision = Literal["day", "week", "month", "year"]
Direction = Literal["past", "future"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = [day.lower() for day in WEEKDAY_NAMES]
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FULL = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b", re.I)
_MONTH_DAY = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I),
    re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I),
]
_MONTH_ONLY = re.compile(rf"\b(?:(?:early|mid|late|in|by|until|since)[\s-]+)?{_MONTH}\b", re.I)
_WEEKDAY = re.compile(
    r"\b(?P<which>last|next|this|on|coming)?\s*(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b", re.I
)
_RELATIVE = re.compile(
    r"\b(?P<word>today|yesterday|tomorrow|(?:earlier |later )?(?:this|last|next) "
    r"(?:week|month|year)|the (?:past|previous|coming) (?:week|month|year))\b",
    re.I,
)
_BARE_YEAR = re.compile(rf"\b{_YEAR}\b")
# Rules 1, 2 and 10 (and a dateline) need a year: without one they are not tried.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
# Every rule needs a digit or one of these in the lower-cased phrase ("monday" and "today"
# end in "day"): most evidence has none, and a few substring tests rule it out.
_DIGIT = re.compile(r"\d")
_HINT_WORDS = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("day", "week", "month", "year", "tomorrow"),
)


# Non-ASCII letters that a case-insensitive pattern takes for ASCII ones: "Fr\u0131day"
# (dotless i) is a weekday to it, "\u017fept." (long s) a month.
_LOOKALIKE_CHARS = ("\u0130", "\u0131", "\u017f", "\u212a")
_LOOKALIKES = str.maketrans(dict(zip(_LOOKALIKE_CHARS, "iisk", strict=True)))


def _fold(text: str) -> str:
    """``text`` in lower case as the patterns read it, to look up what they matched."""
    if text.isascii() or not any(char in text for char in _LOOKALIKE_CHARS):
        return text.lower()
    return text.translate(_LOOKALIKES).lower()  # a table lookup per character: rare


def _may_hold_a_date(phrase: str) -> bool:
    # Substring tests: a pattern of these alternatives would be tried at every position.
    lowered = _fold(phrase)
    return any(word in lowered for word in _HINT_WORDS) or _DIGIT.search(phrase) is not None


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS[_fold(text).rstrip(".")]


def _pick_year(month: int, day: int | None, published: dt.date, direction: Direction) -> int:
    """The year that puts month (and day) on the ``direction`` side of ``published``."""
    year = published.year
    if day is None:
        later, earlier = month > published.month, month < published.month
    else:
        later = (month, day) > (published.month, published.day)
        earlier = (month, day) < (published.month, published.day)
    if direction == "past" and later:
        return year - 1
    if direction == "future" and earlier:
        return year + 1
    return year


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _relative(word: str, published: dt.date) -> tuple[str, Precision]:
    word = _fold(word).replace("earlier ", "").replace("later ", "")
    word = word.replace("the past", "last").replace("the previous", "last")
    word = word.replace("the coming", "next")
    if word in ("today", "yesterday", "tomorrow"):
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
        return (published + dt.timedelta(days=offset)).isoformat(), "day"
    which, unit = word.split()
    step = {"this": 0, "last": -1, "next": 1}[which]
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return monday.isoformat(), "week"
    if unit == "month":
        return _shift_months(published, step).isoformat()[:7], "month"
    return str(published.year + step), "year"


def _weekday(which: str, weekday: str, published: dt.date, direction: Direction) -> dt.date:
    target = _WEEKDAYS.index(_fold(weekday))
    which = _fold(which)
    forward = which in ("next", "coming") or (which != "last" and direction == "future")
    if forward:
        ahead = (target - published.weekday()) % 7
        if ahead == 0 and which in ("next", "coming"):
            ahead = 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - target) % 7
    if back == 0 and which == "last":
        back = 7
    return published - dt.timedelta(days=back)


def resolve_date(
    phrase: str | None, published: dt.date | None, direction: Direction = "past"
) -> tuple[str | None, Precision | None]:
    """``(iso_date, precision)`` for ``phrase``, or ``(None, None)`` when it cannot be fixed."""
    if not phrase:
        return None, None
    has_year = _ANY_YEAR.search(phrase) is not None
    # Without a reference date only the rules that need a year apply.
    if not (has_year if published is None else _may_hold_a_date(phrase)):
        return None, None
    for pattern in _FULL if has_year else ():
        if match := pattern.search(phrase):
            try:
                day = dt.date(int(match["year"]), _month_number(match["month"]), int(match["day"]))
            except (ValueError, KeyError):
                continue
            return day.isoformat(), "day"
    if has_year and (match := _MONTH_YEAR.search(phrase)):
        return f"{match['year']}-{_month_number(match['month']):02d}", "month"
    if published is not None:
        for pattern in _MONTH_DAY:
            if match := pattern.search(phrase):
                month, day_number = _month_number(match["month"]), int(match["day"])
                year = _pick_year(month, day_number, published, direction)
                try:
                    return dt.date(year, month, day_number).isoformat(), "day"
                except ValueError:
                    continue
        if match := _RELATIVE.search(phrase):
            return _relative(match["word"], published)
        if match := _WEEKDAY.search(phrase):
            day = _weekday(match["which"] or "", match["weekday"], published, direction)
            return day.isoformat(), "day"
        for match in _MONTH_ONLY.finditer(phrase):
            # "May" is also a verb and a name: it is a month only after a qualifier ("in May").
            qualified = _fold(match.group()) != _fold(match["month"]).rstrip(".")
            if _fold(match["month"]) == "may" and not qualified:
                continue
            month = _month_number(match["month"])
            return f"{_pick_year(month, None, published, direction)}-{month:02d}", "month"
    if has_year and (match := _BARE_YEAR.search(phrase)):
        return match["year"], "year"
    return None, None


def detect_published(article: str) -> dt.date | None:
    """A full date in the article's dateline (its first 300 characters), if there is one."""
    head = article[:300]
    for pattern in _FULL if _ANY_YEAR.search(head) else ():
        if match := pattern.search(head):
            try:
                return dt.date(int(match["year"]), _month_number(match["month"]), int(match["day"]))
            except ValueError:
                continue
    return None
