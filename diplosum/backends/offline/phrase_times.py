"""Times a phrase holds that are no part of what it says: "on Tuesday" before it, "last
week" after its noun phrase, "today" between the one addressed and what is asked of them,
and spans of time ("for months") before its object."""

from __future__ import annotations

from .clauses import SPAN_COUNTS, SPAN_UNITS

__all__ = ["duration", "time_words", "without_closing_time", "without_inner_time"]

# A time a phrase may open with and is no part of: "on Tuesday", "in 1995", "last week".
_TIME_LEADS = frozenset({"on", "in", "at", "late", "early", "last", "this", "next", "by"})
_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december", "week", "month", "year", "weekend", "morning"}
    | {"afternoon", "evening", "night", "today", "yesterday", "earlier", "later"}
)


def time_words(tokens: list[str]) -> int:
    """How many of ``tokens``' first words state a time ("on Tuesday", "in 1995",
    "earlier")."""
    first = tokens[0].lower().rstrip(",")
    if first in _TIMES:
        return 1
    # "two days ago", "three weeks ago"
    if len(tokens) > 2 and tokens[2].lower().rstrip(",") == "ago":
        return 3
    if len(tokens) > 1 and first in _TIME_LEADS:
        second = tokens[1].lower().rstrip(",")
        if second in _TIMES or (second.isdigit() and len(second) == 4):
            return 2
    return 0


def duration(tokens: list[str]) -> int:
    """How many of ``tokens``' first words are a span of time ("months", "several
    decades", "the past two years"); 0 if none."""
    words = [t.lower().rstrip(",") for t in tokens[:4]]
    at = 2 if words[:2] == ["the", "past"] else 0
    if words[at : at + 1] and (words[at] in SPAN_COUNTS or words[at].isdigit()):
        at += 1
    return at + 1 if words[at : at + 1] and words[at] in SPAN_UNITS else 0


# A time a noun phrase may close with and is no part of: "a treaty of friendship | on
# Monday". Not a clause's ("talks will open | next week"), nor a participle's ("the plans
# set this week", "the accord signed last year"): there the time says when.
_TIME_CLOSES = frozenset({"on", "last", "this", "late", "early"})
_NOUN_PHRASE_OPENS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
_PARTICIPLES = frozenset({"set", "made", "held", "met", "put", "cut", "struck", "reached"})
_TIME_BOUNDS = frozenset(
    {"only", "just", "since", "until", "as", "than", "from", "before", "late", "early"}
)


def without_closing_time(tokens: list[str]) -> list[str]:
    """``tokens`` less a time their noun phrase ends with ("on Monday", "last week",
    "today"), unless fewer than two words would be left; whatever the phrase opens with,
    less a past time at its end ("seek permanent membership on the council | last
    month": the clause's, not part of what it says)."""
    if len(tokens) < 4:
        return tokens
    last = tokens[-1].lower().rstrip(",")
    noun_phrase = tokens[0].lower() in _NOUN_PHRASE_OPENS
    cut = 0
    if not noun_phrase:
        cut = 2 if tokens[-2].lower() == "last" and last in _TIMES else 0
    elif last in ("today", "yesterday"):
        cut = 1
    elif last in _TIMES and tokens[-2].lower() in _TIME_CLOSES:
        cut = 2
    before = tokens[-cut - 1].lower() if cut else ""
    # Not a participle's time ("the accord signed last year", "the gains rebels made last
    # year"), nor a bound's ("only last year") after a phrase of another kind.
    if not cut or before.endswith("ed") or before in _PARTICIPLES:
        return tokens
    if not noun_phrase and before in _TIME_BOUNDS:
        return tokens
    return tokens[:-cut]


def without_inner_time(tokens: list[str]) -> list[str]:
    """``tokens`` less a time between the one addressed and the infinitive asked of them
    ("urged Chile | on Monday | to set a limit", "called on Peru | today | not to yield"):
    when it was asked is no part of what."""
    for at in range(1, len(tokens) - 2):
        word = tokens[at].lower()
        size = 1 if word in ("today", "yesterday") else 0
        if word in _TIME_CLOSES and tokens[at + 1].lower() in _TIMES:
            size = 2
        after = [t.lower() for t in tokens[at + size : at + size + 2]]
        if tokens[at - 1].lower() in _TIMES:
            continue  # "later this year": a time of its own, kept whole
        if size and (after[:1] == ["to"] or after == ["not", "to"]):
            return tokens[:at] + tokens[at + size :]
    return tokens
