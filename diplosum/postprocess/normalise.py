"""Normalisation: canonical actors, resolved dates, merged duplicates. Runs after grounding.

Actors (every actor of every item):

- A ``country`` that is not ISO 3166-1 alpha-3 (current or historical) nor an IGO code is
  repaired from the actor's name, then title ("North Korea", "DPRK", "Pyongyang", "the
  North" in an article about Korea -> PRK; "Moscow" -> RUS). A missing code is filled the
  same way. For states and bodies, a name that names another state wins over the code given
  ("Pyongyang" labelled KOR becomes PRK); for people, a title that names a state does
  ("South Korean Foreign Minister" -> KOR).
- Codes follow history: RUS in an article published before 1991-12-26 is SUN, and "Soviet"
  is always SUN (likewise YUG, DDR, CSK; see ``data/actors_extra.json``).
- An item with a code that cannot be repaired is removed into ``rejected`` with the reason.
- One canonical actor per person within a summary: people of the same state who share a
  surname ("Sullivan", "John Sullivan", "Deputy Secretary Sullivan") all take the fullest
  name and the longest title among them.

Dates: each meeting's ``date_text`` (or, if it has none, a date in its evidence) is resolved
by ``dates.resolve_date`` against ``published``, looking back for held and cancelled
meetings and ahead for planned and proposed ones.

Structure: an item removed into ``rejected`` with the reason if, once its actors have
codes, a state or body has none, a meeting has fewer than two different codes, or a
sanction's imposer is its target.

Duplicates: meetings with the same participant codes, the same status and compatible dates;
sanctions with the same imposer, target and status; stances with the same actor, topic and
position; goals with the same actor and statement: each becomes one item, with the evidence
of all (and, for meetings, the topics of all).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from ..models import (
    Actor,
    ArticleSummary,
    Evidence,
    Goal,
    Meeting,
    RejectedItem,
    Sanction,
    Stance,
    is_known_code,
)
from ..text.dates import Direction, resolve_date
from ..text.gazetteer import gazetteer

__all__ = ["merge_duplicates", "normalise_actors"]

_Item = TypeVar("_Item", Meeting, Goal, Sanction, Stance)
_SECTIONS = ("meetings", "goals", "sanctions", "stances")


class _Unrepairable(Exception):
    pass


def _repair(actor: Actor, article: str, published: dt.date | None, named: frozenset[str]) -> Actor:
    gz = gazetteer()
    in_name = gz.find(actor.name, context=article)
    if actor.country in {code for m in in_name for code in m.codes}:
        # "the two Koreas" names KOR and PRK: either code given for it is right.
        country = gz.in_force(actor.country, published, named)
        return actor if country == actor.country else actor.model_copy(update={"country": country})
    from_name = in_name[0].codes[0] if in_name else None
    from_title = gz.resolve(actor.title, context=article)
    given = actor.country if actor.country and is_known_code(actor.country) else None
    if actor.kind == "person":
        inferred = from_title or from_name
        chosen = inferred or given
    else:
        chosen = from_name or given or from_title
    if chosen is None and actor.country:
        raise _Unrepairable(
            f"country {actor.country!r} of {actor.name!r} is not an ISO 3166-1 alpha-3 or IGO "
            "code, and neither the name nor the title names a known state or body"
        )
    if chosen is None and actor.kind in ("state", "organization"):
        raise _Unrepairable(
            f"{actor.name!r} is given as a {actor.kind} but has no ISO 3166-1 alpha-3 or IGO "
            "code, and its name names no known state or body"
        )
    if chosen is not None:
        chosen = gz.in_force(chosen, published, named)
    return actor if chosen == actor.country else actor.model_copy(update={"country": chosen})


def _actors_of(item: Any) -> dict[str, Actor | list[Actor]]:
    if isinstance(item, Meeting):
        return {"participants": item.participants}
    if isinstance(item, Sanction):
        return {"imposer": item.imposer, "target": item.target}
    return {"actor": item.actor}


def _map_actors(item: _Item, fix: Callable[[Actor], Actor]) -> _Item:
    update: dict[str, Any] = {}
    changed = False
    for field, value in _actors_of(item).items():
        if isinstance(value, list):
            fixed_list = []
            for actor in value:
                fixed = fix(actor)
                changed = changed or fixed is not actor
                fixed_list.append(fixed)
            update[field] = fixed_list
        else:
            fixed = fix(value)
            changed = changed or fixed is not value
            update[field] = fixed
    # Most actors need no repair: copy only the items that change.
    return item.model_copy(update=update) if changed else item


def _surname(actor: Actor) -> str:
    return actor.name.split()[-1].lower()


def _bare(actor: Actor) -> Actor:
    """A person with office words moved out of the name into the title."""
    name, office = gazetteer().split_office(actor.name)
    if office is None:
        return actor
    return actor.model_copy(update={"name": name, "title": actor.title or office})


def _canonical_people(items: list[Any]) -> Callable[[Actor], Actor]:
    people: dict[tuple[str | None, str], list[Actor]] = {}
    for item in items:
        for value in _actors_of(item).values():
            for actor in value if isinstance(value, list) else [value]:
                if actor.kind == "person":
                    bare = _bare(actor)
                    people.setdefault((bare.country, _surname(bare)), []).append(bare)
    canonical: dict[tuple[str | None, str], Actor] = {}
    for key, group in people.items():
        fullest = max(group, key=lambda a: (len(a.name.split()), len(a.name)))
        titles = [a.title for a in group if a.title]
        title = max(titles, key=len) if titles else None
        canonical[key] = (
            fullest if fullest.title == title else fullest.model_copy(update={"title": title})
        )
    # A surname mentioned without a state ("Sullivan") joins the one person who has it.
    by_surname: dict[str, list[Actor]] = {}
    for (country, surname), actor in canonical.items():
        if country is not None:
            by_surname.setdefault(surname, []).append(actor)

    memo: dict[int, tuple[Actor, Actor]] = {}

    def fix(actor: Actor) -> Actor:
        if actor.kind != "person":
            return actor
        # The same actor object recurs across items: unify each once.
        if id(actor) in memo and memo[id(actor)][0] is actor:
            return memo[id(actor)][1]
        memo[id(actor)] = (actor, unified(actor))
        return memo[id(actor)][1]

    def unified(actor: Actor) -> Actor:
        bare = _bare(actor)
        surname = _surname(bare)
        if bare.country is None and len(by_surname.get(surname, [])) == 1:
            chosen = by_surname[surname][0]
        else:
            chosen = canonical.get((bare.country, surname), bare)
        # The same person already: keep the item's own object, so the item is not copied.
        return actor if chosen == actor else chosen

    return fix


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


def _dates_compatible(a: Meeting, b: Meeting) -> bool:
    return (
        a.date is None or b.date is None or a.date.startswith(b.date) or b.date.startswith(a.date)
    )


def _merge_evidence(first: list[Evidence], second: list[Evidence]) -> list[Evidence]:
    seen = {(e.start, e.end, e.quote) for e in first}
    return first + [e for e in second if (e.start, e.end, e.quote) not in seen]


def _best_participants(first: list[Actor], second: list[Actor]) -> list[Actor]:
    """Per state, the most specific actor either report names: a person over a state."""
    chosen = list(first)
    for candidate in second:
        for index, actor in enumerate(chosen):
            if _code(actor) == _code(candidate) and actor.kind != "person" == candidate.kind:
                chosen[index] = candidate
    return chosen


def _merge(items: list[_Item], key: Callable[[_Item], Hashable]) -> list[_Item]:
    merged: list[_Item] = []
    # A merge keeps the key (participants are replaced only by actors of the same state):
    # each item's key is computed once.
    keys: list[Hashable] = []
    for item in items:
        item_key = key(item)
        for index, kept in enumerate(merged):
            if keys[index] != item_key:
                continue
            if isinstance(kept, Meeting) and isinstance(item, Meeting):
                if not _dates_compatible(kept, item):
                    continue
                update: dict[str, Any] = {
                    "participants": _best_participants(kept.participants, item.participants),
                    "topics": kept.topics + [t for t in item.topics if t not in kept.topics],
                    "date": kept.date or item.date,
                    "date_precision": kept.date_precision or item.date_precision,
                    "date_text": kept.date_text or item.date_text,
                    "location": kept.location or item.location,
                }
            else:
                update = {}
            update["evidence"] = _merge_evidence(kept.evidence, item.evidence)
            merged[index] = kept.model_copy(update=update)
            break
        else:
            merged.append(item)
            keys.append(item_key)
    return merged


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _structure_problem(item: Any) -> str | None:
    """Why an item cannot be what it says once its actors have codes, or ``None``."""
    if isinstance(item, Meeting):
        codes = {a.country for a in item.participants if a.country}
        if len(codes) < 2:
            found = ", ".join(sorted(codes)) or "none"
            return (
                "item removed: a meeting needs participants of two different states or bodies "
                f"(codes: {found})"
            )
    if isinstance(item, Sanction) and item.imposer.country == item.target.country is not None:
        return f"item removed: the imposer and the target are the same ({item.imposer.country})"
    return None


def normalise_actors(
    summary: ArticleSummary, article: str, published: dt.date | None
) -> ArticleSummary:
    """A copy of ``summary`` with actors repaired and unified, and the items that cannot be
    what they say (see "Structure") moved to ``rejected``."""
    rejected = list(summary.rejected)
    named = gazetteer().historical_named(article) if published is None else frozenset()
    memo: dict[tuple[str, str, str | None, str | None], Actor] = {}

    def repair(actor: Actor) -> Actor:
        # The same actor recurs across items; repair each distinct one once.
        key = (actor.name, actor.kind, actor.title, actor.country)
        if key not in memo:
            memo[key] = _repair(actor, article, published, named)
        return memo[key]

    repaired: dict[str, list[Any]] = {}
    for section in _SECTIONS:
        kept = []
        for item in getattr(summary, section):
            try:
                kept.append(_map_actors(item, repair))
            except _Unrepairable as exc:
                rejected.append(
                    RejectedItem(
                        section=section, item=item.model_dump(mode="json"), reason=str(exc)
                    )
                )
        repaired[section] = kept
    everyone = [item for section in _SECTIONS for item in repaired[section]]
    unify = _canonical_people(everyone)
    for section in _SECTIONS:
        kept = []
        for item in repaired[section]:
            unified = _map_actors(item, unify)
            problem = _structure_problem(unified)
            if problem is None:
                kept.append(unified)
            else:
                dumped = item.model_dump(mode="json")
                rejected.append(RejectedItem(section=section, item=dumped, reason=problem))
        repaired[section] = kept
    return summary.model_copy(update={**repaired, "rejected": rejected})


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
