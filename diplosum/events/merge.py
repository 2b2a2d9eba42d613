"""Merging items across articles into events (the rules are in ``diplosum.events``)."""

from __future__ import annotations

import calendar
import collections
import dataclasses
import datetime as dt
import hashlib
import itertools
from collections.abc import Iterable
from typing import Any

from ..text.gazetteer import gazetteer
from .items import Item, items_of

__all__ = [
    "DATE_WINDOW_DAYS",
    "TYPES",
    "UNDATED_WINDOW_DAYS",
    "Event",
    "Mention",
    "merge_events",
    "merge_items",
]

#: Two dated reports of one meeting may differ by this many days (time zones, "yesterday").
DATE_WINDOW_DAYS = 2
#: An undated report joins a dated meeting held this close to its publication date.
UNDATED_WINDOW_DAYS = 14

_PREFIX = {"meeting": "mtg", "sanction": "snc", "stance": "stn", "goal": "gol"}
#: The kinds of event, in the order outputs list them.
TYPES = tuple(_PREFIX)


@dataclasses.dataclass(slots=True)
class Mention:
    """One quote of one report of an event, with the status that report gave."""

    article_id: str
    published: str | None
    status: str | None
    quote: str
    start: int | None
    end: int | None
    before: str
    after: str

    def to_record(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__slots__}  # flat: no deep copy needed


@dataclasses.dataclass(slots=True)
class Event:
    """One happening (or one position, or one aim) across every article that reports it."""

    event_id: str
    type: str
    actors: dict[str, list[str]]
    names: dict[str, str]
    label: str
    status: str | None
    status_history: list[dict[str, Any]]
    date: str | None
    date_precision: str | None
    location: str | None
    first_reported: str | None
    last_reported: str | None
    flags: list[str]
    mentions: list[Mention]

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(m.article_id for m in self.mentions))

    @property
    def codes(self) -> list[str]:
        return [c for codes in self.actors.values() for c in codes]

    def to_record(self) -> dict[str, Any]:
        """The ``events.jsonl`` line: ``event_id``, ``type``, the actors' codes by role,
        ``status`` and its history, ``date``, ``flags`` and every mention."""
        record: dict[str, Any] = {"event_id": self.event_id, "type": self.type}
        record.update(self.actors)
        record.update(
            names=self.names,
            label=self.label,
            status=self.status,
            status_history=self.status_history,
            date=self.date,
            date_precision=self.date_precision,
            location=self.location,
            first_reported=self.first_reported,
            last_reported=self.last_reported,
            reports=len(self.articles),
            conflict=bool(self.flags),
            flags=self.flags,
            mentions=[m.to_record() for m in self.mentions],
        )
        return record


def merge_events(records: Iterable[Any]) -> list[Event]:
    """Events from summary records (see ``items_of``), in a stable order."""
    items = [item for order, record in enumerate(records) for item in items_of(record, order)]
    return merge_items(items)


def merge_items(items: list[Item]) -> list[Event]:
    """Events from items, whatever their order: the same items give the same events."""
    items = sorted(items, key=lambda i: (i.published or "9999", i.article_id, i.order))
    groups: dict[tuple[str, Any], list[Item]] = collections.defaultdict(list)
    for item in items:
        roles = item.actors.values()
        who = frozenset(item.actors["participants"]) if item.type == "meeting" else tuple(roles)
        groups[(item.type, who)].append(item)
    events: list[Event] = []
    seen: set[str] = set()
    for (kind, _), group in groups.items():
        clusters = _meetings(group) if kind == "meeting" else _by_words(group, kind)
        for cluster in clusters:
            event = _event(cluster)
            while event.event_id in seen:  # two events alike in every detail hashed
                event.event_id += "x"
            seen.add(event.event_id)
            events.append(event)
    events.sort(key=lambda e: (TYPES.index(e.type), e.date or e.first_reported or "", e.event_id))
    return events


# -- meetings: who, and when -----------------------------------------------------------


def _interval(item: Item) -> tuple[dt.date, dt.date] | None:
    """The days ``item``'s date may stand for: one day, or a whole week, month or year."""
    if not item.date:
        return None
    try:
        day = dt.date.fromisoformat(item.date)
    except ValueError:
        return None
    if item.date_precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if item.date_precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if item.date_precision == "week":
        return day, day + dt.timedelta(days=6)
    return day, day


@dataclasses.dataclass
class _Cluster:
    items: list[Item]
    low: dt.date | None = None
    high: dt.date | None = None
    flags: list[str] = dataclasses.field(default_factory=list)
    articles: set[str] = dataclasses.field(default_factory=set)

    def __post_init__(self) -> None:
        self.articles.update(i.article_id for i in self.items)

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.articles.add(item.article_id)

    def reported_by(self, item: Item) -> bool:
        """Whether ``item``'s article already reports this meeting: two meetings of the
        same parties in one article are two meetings ("met on Monday and will meet
        again in May")."""
        return item.article_id in self.articles

    def distance(self, low: dt.date, high: dt.date) -> int | None:
        """Days between this cluster's dates and ``low..high`` (0 when they overlap), or
        ``None`` when it has no date."""
        if self.low is None or self.high is None:
            return None
        return max((low - self.high).days, (self.low - high).days, 0)


def _published(item: Item) -> dt.date | None:
    try:
        return dt.date.fromisoformat(item.published) if item.published else None
    except ValueError:
        return None


def _meetings(group: list[Item]) -> list[_Cluster]:
    """Dated reports join the nearest meeting of the same parties within the date
    window; then each undated report joins the one dated meeting near its publication
    date, or, with none, the undated reports near it; with several, it stands alone."""
    dated = sorted((i for i in group if _interval(i)), key=lambda i: _interval(i) or ())
    clusters: list[_Cluster] = []
    for item in dated:
        low, high = _interval(item) or (dt.date.min, dt.date.min)
        near = [
            (d, c)
            for c in clusters
            if (d := c.distance(low, high)) is not None and not c.reported_by(item)
        ]
        near = [(d, c) for d, c in near if d <= DATE_WINDOW_DAYS]
        if near:
            cluster = min(near, key=lambda pair: pair[0])[1]
            cluster.add(item)
            if high - low < (cluster.high or high) - (cluster.low or low):  # a narrower date
                cluster.low, cluster.high = low, high
        else:
            clusters.append(_Cluster([item], low, high))
    undated: list[_Cluster] = []
    for item in (i for i in group if not _interval(i)):
        published = _published(item)
        if published is None:  # nothing places it in time: it stands alone
            undated.append(_Cluster([item]))
            continue
        candidates = [
            c
            for c in clusters
            if (c.distance(published, published) or 0) <= UNDATED_WINDOW_DAYS
            and not c.reported_by(item)
        ]
        if len(candidates) == 1:
            candidates[0].add(item)
        elif len(candidates) > 1:
            note = f"undated report: it could be any of {len(candidates)} meetings of these parties"
            undated.append(_Cluster([item], flags=[note]))
        else:
            _join_undated(undated, item, published)
    return clusters + undated


def _join_undated(undated: list[_Cluster], item: Item, published: dt.date) -> None:
    for cluster in undated:
        first = _published(cluster.items[0])  # from the first report: no drifting chains
        if cluster.flags or first is None or cluster.reported_by(item):
            continue
        if abs((published - first).days) <= UNDATED_WINDOW_DAYS:
            cluster.add(item)
            return
    undated.append(_Cluster([item]))


# -- sanctions, stances and goals: who, and the same words ------------------------------


def _by_words(group: list[Item], kind: str) -> list[_Cluster]:
    """Reports with the same content words are one event. A sanction reported without
    its measures joins the one sanction between the same parties, if there is one."""
    by_key: dict[frozenset[str], _Cluster] = {}
    loose: list[Item] = []
    for item in group:
        if kind == "sanction" and not item.key:
            loose.append(item)
        else:
            by_key.setdefault(item.key, _Cluster([])).add(item)
    clusters = list(by_key.values())
    if loose and len(clusters) == 1:
        for item in loose:
            clusters[0].add(item)
    elif loose:
        clusters.append(_Cluster(loose))
    return clusters


# -- one event from its reports ----------------------------------------------------------


def _event(cluster: _Cluster) -> Event:
    items = sorted(cluster.items, key=lambda i: (i.published or "9999", i.article_id, i.order))
    first = items[0]
    history = [
        {"status": i.status, "article_id": i.article_id, "published": i.published}
        for i in items
        if i.status is not None
    ]
    published = [i.published for i in items if i.published]
    date, precision, date_flags = _date(items) if first.type == "meeting" else (None, None, [])
    actors = _actors(items)
    mentions = [
        Mention(m.article_id, i.published, i.status, m.quote, m.start, m.end, m.before, m.after)
        for i in items
        for m in i.mentions
    ]
    return Event(
        event_id=_event_id(first, actors),
        type=first.type,
        actors=actors,
        names=_display_names(items),
        label=_most_common([i.label for i in items if i.label]) or "",
        status=history[-1]["status"] if history else None,
        status_history=history,
        date=date,
        date_precision=precision,
        location=_most_common([i.location for i in items if i.location]),
        first_reported=min(published) if published else None,
        last_reported=max(published) if published else None,
        flags=cluster.flags + date_flags + _status_flags(first.type, history),
        mentions=mentions,
    )


def _actors(items: list[Item]) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for item in items:
        for role, codes in item.actors.items():
            known = roles.setdefault(role, [])
            known.extend(c for c in codes if c not in known)
    if "participants" in roles:
        roles["participants"].sort()
    return roles


def _display_names(items: list[Item]) -> dict[str, str]:
    known = gazetteer().display_names
    names: dict[str, str] = {}
    for item in items:
        for code, name in item.names.items():
            names.setdefault(code, known.get(code) or name or code)
    return names


def _most_common(values: list[Any]) -> Any:
    if not values:
        return None
    counts = collections.Counter(values)
    return max(values, key=lambda v: (counts[v], -values.index(v)))


def _date(items: list[Item]) -> tuple[str | None, str | None, list[str]]:
    """The meeting's date: the most precise one reported (the commonest day among days);
    a flag when reports give different days."""
    dated = [(i.date or "", i.date_precision or "day") for i in items if _interval(i)]
    if not dated:
        return None, None, []
    order = ["day", "week", "month", "year"]
    best = min(order.index(p) if p in order else 0 for _, p in dated)
    precise = [d for d, p in dated if (order.index(p) if p in order else 0) == best]
    flags = []
    if best == 0 and len(set(precise)) > 1:
        flags.append(f"reports give different days: {', '.join(sorted(set(precise)))}")
    return _most_common(precise), order[best], flags


_CLASHES = {
    "meeting": [({"held", "cancelled"}, "reported both as held and as cancelled")],
    "sanction": [({"imposed", "blocked"}, "reported both as imposed and as blocked")],
    "stance": [({"support", "oppose"}, "positions differ: reported both as support and oppose")],
}
_STAGES = {"proposed": 0, "planned": 1, "held": 2}


def _status_flags(kind: str, history: list[dict[str, Any]]) -> list[str]:
    statuses = {str(h["status"]) for h in history}
    flags = [note for clash, note in _CLASHES.get(kind, []) if clash <= statuses]
    if kind == "meeting":
        stages = [
            (h["published"] or "", _STAGES[h["status"]]) for h in history if h["status"] in _STAGES
        ]
        if any(b[0] > a[0] and b[1] < a[1] for a, b in itertools.combinations(stages, 2)):
            flags.append("a later report gives an earlier stage (planned after held)")
    return flags


def _event_id(first: Item, actors: dict[str, list[str]]) -> str:
    anchor = first.mentions[0].start if first.mentions else None
    seed = "|".join(
        [
            first.type,
            repr(sorted(actors.items())),
            " ".join(sorted(first.key)),
            first.article_id,
            str(anchor),
            first.date or "",
        ]
    )
    return f"{_PREFIX[first.type]}-{hashlib.sha1(seed.encode()).hexdigest()[:12]}"
