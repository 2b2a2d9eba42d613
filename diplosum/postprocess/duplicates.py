"""Duplicates: meetings dated, then items that report the same thing merged into one. Runs
after the support check, last of the post-processing.

Dates: each meeting's ``date_text`` (or, if it has none, a date in its evidence) is resolved
by ``dates.resolve_date`` against ``published``, looking back for held and cancelled
meetings and ahead for planned and proposed ones.

Duplicates: meetings with the same participant codes, the same status and compatible dates;
sanctions with the same imposer, target and status; stances with the same actor, topic and
position; goals with the same actor and statement: each becomes one item, with the evidence
of all (and, for meetings, the topics of all).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from ..models import Actor, ArticleSummary, Evidence, Goal, Meeting, Sanction, Stance
from ..text.dates import Direction, resolve_date

__all__ = ["merge_duplicates"]

_Item = TypeVar("_Item", Meeting, Goal, Sanction, Stance)
_T = TypeVar("_T")


def merge_duplicates(summary: ArticleSummary, published: dt.date | None) -> ArticleSummary:
    """A copy of ``summary`` with meetings dated against ``published`` and duplicates merged.

    It runs after each item's evidence has been checked on its own (``support``), so a
    merged item never stands on evidence that would not have supported it alone.
    """
    meetings = [_with_date(m, published) for m in summary.meetings]
    return summary.model_copy(
        update={
            "meetings": _merge(
                meetings, lambda m: (frozenset(_code(a) for a in m.participants), m.status)
            ),
            "sanctions": _merge(
                summary.sanctions, lambda s: (_code(s.imposer), _code(s.target), s.status)
            ),
            "stances": _merge(
                summary.stances, lambda s: (_code(s.actor), _fold(s.topic), s.position)
            ),
            "goals": _merge(summary.goals, lambda g: (_code(g.actor), _fold(g.statement))),
        }
    )


def _with_date(meeting: Meeting, published: dt.date | None) -> Meeting:
    direction: Direction = "past" if meeting.status in ("held", "cancelled") else "future"
    phrases = [meeting.date_text] if meeting.date_text else [e.quote for e in meeting.evidence]
    for phrase in phrases:
        date, precision = resolve_date(phrase, published, direction)
        if date is not None:
            return meeting.model_copy(update={"date": date, "date_precision": precision})
    if meeting.date is None and meeting.date_precision is None:
        return meeting
    return meeting.model_copy(update={"date": None, "date_precision": None})


def _code(actor: Actor) -> str:
    return actor.country or actor.name.lower()


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """Whether two ISO dates (of any precision) can be the same day: "2018-03" and
    "2018-03-16" can, "2018-03-16" and "2018-03-17" cannot; an unknown date can be any."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _best_participants(first: list[Actor], second: list[Actor]) -> list[Actor]:
    """Per state, the most specific actor either report names: a person over a state."""
    chosen = list(first)
    for candidate in second:
        for index, actor in enumerate(chosen):
            if _code(actor) == _code(candidate) and actor.kind != "person" == candidate.kind:
                chosen[index] = candidate
    return chosen


def _first(values: Iterable[_T | None]) -> _T | None:
    return next((value for value in values if value is not None and value != ""), None)


def _united(group: list[_Item]) -> _Item:
    """One item from a group of duplicates: the first, with the evidence of all (each quote
    once), and for meetings the most specific participants, every topic, the first date."""
    first = group[0]
    if len(group) == 1:
        return first
    seen: set[tuple[int | None, int | None, str]] = set()
    evidence: list[Evidence] = []
    for item in group:
        for quote in item.evidence:
            if (quote.start, quote.end, quote.quote) not in seen:
                seen.add((quote.start, quote.end, quote.quote))
                evidence.append(quote)
    update: dict[str, Any] = {"evidence": evidence}
    if isinstance(first, Meeting):
        meetings = [m for m in group if isinstance(m, Meeting)]
        participants = first.participants
        for meeting in meetings[1:]:
            participants = _best_participants(participants, meeting.participants)
        update |= {
            "participants": participants,
            "topics": list(dict.fromkeys(t for m in meetings for t in m.topics)),
            "date": _first(m.date for m in meetings),
            "date_precision": _first(m.date_precision for m in meetings),
            "date_text": _first(m.date_text for m in meetings),
            "location": _first(m.location for m in meetings),
        }
    return first.model_copy(update=update)


def _merge(items: list[_Item], key: Callable[[_Item], Hashable]) -> list[_Item]:
    """Duplicates merged, in order of first appearance: items grouped by key (meetings
    also by compatible dates, against the date the group has so far), then each group
    united once, so a thousand reports of one meeting cost a thousand steps, not a
    million."""
    groups: list[list[_Item]] = []
    by_key: dict[Hashable, list[tuple[list[_Item], list[str | None]]]] = {}
    for item in items:
        date = item.date if isinstance(item, Meeting) else None
        for group, group_date in by_key.setdefault(key(item), []):
            if not isinstance(item, Meeting) or _dates_compatible(group_date[0], date):
                group.append(item)
                group_date[0] = group_date[0] or date
                break
        else:
            group = [item]
            groups.append(group)
            by_key[key(item)].append((group, [date]))
    return [_united(group) for group in groups]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())
