"""What the offline coder's rule tests ask of a made-up text: the keys the scorer compares
(each stance's state and position, each meeting's participants, ...), read from
``extract_summary`` or the full offline pipeline."""

from __future__ import annotations

from collections.abc import Iterable

from diplosum import ArticleSummary, summarise
from diplosum.backends.offline.rules import extract_summary
from diplosum.models import Sanction
from diplosum.text.sentences import sentence_spans

__all__ = [
    "goal_codes",
    "meeting_codes",
    "meetings_of",
    "offline",
    "sanction_pairs",
    "sanction_statuses",
    "sentences",
    "stance_keys",
]


def stance_keys(text: str) -> set[tuple[str | None, str]]:
    """Each (state, position) of the stances the rules find in ``text``."""
    return {(s.actor.country, s.position) for s in extract_summary(text).stances}


def meeting_codes(text: str) -> list[set[str | None]]:
    """The participants' codes of each meeting the rules find in ``text``."""
    return [{p.country for p in m.participants} for m in extract_summary(text).meetings]


def goal_codes(text: str) -> list[str | None]:
    """The holder's code of each goal the rules find in ``text``."""
    return [g.actor.country for g in extract_summary(text).goals]


def sanction_pairs(text: str) -> list[tuple[str | None, str | None]]:
    """(imposer, target) of each sanction the rules find in ``text``."""
    return [(s.imposer.country, s.target.country) for s in extract_summary(text).sanctions]


def sanction_statuses(sanctions: Iterable[Sanction]) -> list[tuple[str | None, str | None, str]]:
    """(imposer, target, status) of each of ``sanctions``."""
    return [(s.imposer.country, s.target.country, s.status) for s in sanctions]


def offline(text: str) -> ArticleSummary:
    """The full offline pipeline's summary of ``text`` (grounding, normalisation, ...)."""
    return summarise(text, backend="offline", cache=False)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, as ``sentence_spans`` cuts them."""
    return [text[a:b] for a, b in sentence_spans(text)]


def meetings_of(text: str) -> set[tuple[frozenset[str | None], str]]:
    """(participants' codes, status) of each meeting the rules find in ``text``."""
    return {
        (frozenset(a.country for a in m.participants), m.status)
        for m in extract_summary(text).meetings
    }
