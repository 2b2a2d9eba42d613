"""Normalisation: canonical actors, and items that cannot be what they say set aside. Runs
after grounding.

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

Structure: an item removed into ``rejected`` with the reason if, once its actors have
codes, a state or body has none, a meeting has fewer than two different codes, or a
sanction's imposer is its target.

Meetings are dated and duplicates merged afterwards, in ``duplicates``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any, TypeVar

from ..models import (
    Actor,
    ArticleSummary,
    Goal,
    Meeting,
    RejectedItem,
    Sanction,
    Stance,
    is_known_code,
)
from ..text.gazetteer import Mention, gazetteer
from ..text.people import NAME_PARTICLES, family_name, people

__all__ = ["normalise_actors"]

_Item = TypeVar("_Item", Meeting, Goal, Sanction, Stance)
_SECTIONS = ("meetings", "goals", "sanctions", "stances")


class _Unrepairable(Exception):
    pass


# More of a person's name after a word of it, past particles: " Hurd", " de Villepin".
# (the particles of ``NAME_PARTICLES``, and French "du")
_NAME_GOES_ON = re.compile(
    r"[ -](?:(?:" + "|".join(sorted(NAME_PARTICLES | {"du"})) + r")\s+)*[A-Z]"
)


def _seat_in_name(name: str, mention: Mention) -> bool:
    """Whether ``mention`` in a person's ``name`` is a seat of government or a state's name
    that is part of the name: a first name ("Douglas Hurd", "Victoria Nuland", "Dominique
    de Villepin", "Jordan Bardella": another capitalised word follows) or a family name
    ("Miguel de la Madrid": a name part or particle before it)."""
    if mention.kind not in ("seat", "name"):
        return False
    if _NAME_GOES_ON.match(name, mention.end):
        return True
    before = name[: mention.start].split()
    return bool(before) and name[mention.start - 1] == " " and before[-1][:1].isalpha()


@functools.cache
def _posted_to() -> re.Pattern[str]:
    """ "Ambassador to Japan": the state an envoy is sent to, not the one they speak for."""
    offices = "|".join(sorted(gazetteer().posted_offices))
    return re.compile(rf"\b({offices})\s+to\b.*", re.IGNORECASE)


def _post_left_out(title: str | None) -> str | None:
    """``title`` less where its holder is posted ("U.S. Ambassador to Japan" names the
    United States only)."""
    return None if title is None else _posted_to().sub(r"\1", title)


def _repair(actor: Actor, article: str, published: dt.date | None, named: frozenset[str]) -> Actor:
    gz = gazetteer()
    in_name = gz.find(actor.name, context=article)
    if actor.kind == "person":
        in_name = [m for m in in_name if not _seat_in_name(actor.name, m)]
    if actor.country in {code for m in in_name for code in m.codes}:
        # "the two Koreas" names KOR and PRK: either code given for it is right.
        country = gz.in_force(actor.country, published, named)
        return actor if country == actor.country else actor.model_copy(update={"country": country})
    from_name = in_name[0].codes[0] if in_name else None
    from_title = gz.resolve(_post_left_out(actor.title), context=article)
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
    return family_name(actor.name, actor.country).lower()


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


def _one_per_code(item: _Item) -> _Item:
    """A meeting with one participant for each code: "Moscow" (RUS, repaired to SUN in a
    Soviet-era story) beside "Soviet" is the same party twice. The person is kept over
    their state (the more specific), else the one named first."""
    if not isinstance(item, Meeting):
        return item
    chosen: dict[str, Actor] = {}
    for actor in item.participants:
        if actor.country is None:
            continue
        kept = chosen.get(actor.country)
        if kept is None or (actor.kind == "person" and kept.kind != "person"):
            chosen[actor.country] = actor
    if len(chosen) == len([a for a in item.participants if a.country]):
        return item  # nearly always
    kept_ids = {id(a) for a in chosen.values()}
    participants = [a for a in item.participants if a.country is None or id(a) in kept_ids]
    return item.model_copy(update={"participants": participants})


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
    named = _undated_historical(article) if published is None else frozenset()
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
            unified = _one_per_code(_map_actors(item, unify))
            problem = _structure_problem(unified)
            if problem is None:
                kept.append(unified)
            else:
                dumped = item.model_dump(mode="json")
                rejected.append(RejectedItem(section=section, item=dumped, reason=problem))
        repaired[section] = kept
    return summary.model_copy(update={**repaired, "rejected": rejected})


def _undated_historical(article: str) -> frozenset[str]:
    """For an article with no date, the historical states it means: those of the years of
    the people it names ("Gorbachev": 1985-1991), and those it names ("Soviet") unless
    they had gone before any of those people held office ("Putin ... since the collapse
    of the Soviet Union" is history told in a later article)."""
    gz = gazetteer()
    named = gz.historical_named(article)
    known = people()
    era = known.era(known.find(article))
    if era is None:
        return named
    first, last = era
    return (named & gz.historical_during(first, first)) | gz.historical_during(first, last)
