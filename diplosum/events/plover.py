"""Events as PLOVER event data (openeventdata/PLOVER, the manual's JSON fields), one JSON
object a line, for political scientists' own tools.

The mapping, from the PLOVER manual's category definitions:

==========================  ============  ===========================================
diplosum                    PLOVER event  mode
==========================  ============  ===========================================
meeting held                CONSULT       ``phone`` for a call, ``multilateral`` for
                                          more than two parties or an IGO among them
meeting planned, proposed   AGREE         (future meetings and invitations are AGREE)
meeting cancelled           REJECT        ``meet`` (cancelled meetings are REJECT)
sanction imposed            SANCTION      ``expel`` for expulsions, else ``discontinue``
sanction threatened         THREATEN      ``expel``, ``relations`` or ``restrict``
sanction lifted             CONCEDE       (easing restrictions)
stance support              SUPPORT
stance oppose               ACCUSE        ``disapprove``
==========================  ============  ===========================================

Not exported, and counted in ``report``'s summary: blocked sanctions (no sanction
happened, and the record does not say who blocked it), neutral stances (no PLOVER
category), goals (an aim is not an event).

One record per event and status: a meeting reported first as planned, then as held,
gives an AGREE and a CONSULT, each with its own reports. Fields: ``id`` (the event id
and the category), ``date`` (the meeting's date where known, else the first report's
publication date; ``date_source`` says which), ``actor`` and ``recipient`` (entity
objects: ``code`` an ISO 3166 alpha-3 code, or ``IGO`` with ``identifier_text`` naming
the body; a meeting's parties are all actors, as PLOVER codes reciprocal events),
``event``, ``mode``, ``context``, ``quad_code`` (1 verbal cooperation, 3 verbal conflict,
4 material conflict), ``event_text`` (the quotes), ``text_info`` (the first quote's
article and offsets), ``link`` (the diplosum event id, shared by an event's records),
``mentions`` (every report: article id and offsets), ``coder`` and ``comment``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..text.gazetteer import gazetteer
from .merge import Event, Mention

__all__ = ["NOT_EXPORTED", "plover_records"]

_QUAD = {
    "CONSULT": 1,
    "AGREE": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "REJECT": 3,
    "ACCUSE": 3,
    "THREATEN": 3,
    "SANCTION": 4,
}
_PHONE = re.compile(r"\b(?:phone|telephone|called|call|video ?conference)\b", re.IGNORECASE)
_EXPEL = re.compile(r"\bexpel|\bexpuls", re.IGNORECASE)
_RELATIONS = re.compile(r"\brelations\b|\bties\b|\bembass", re.IGNORECASE)
_ECONOMIC = re.compile(
    r"\b(?:trade|tariff|export|import|oil|asset|bank|financ|econom|invest|goods)", re.IGNORECASE
)
#: What has no PLOVER record: (type, status).
NOT_EXPORTED = frozenset({("sanction", "blocked"), ("stance", "neutral")})


def plover_records(events: list[Event], coded_date: str) -> Iterator[dict[str, Any]]:
    """The PLOVER records of ``events`` (see the module docstring)."""
    for event in events:
        if event.type == "goal":
            continue
        statuses = dict.fromkeys(m.status for m in event.mentions if m.status)
        for status in statuses:
            if (event.type, status) in NOT_EXPORTED:
                continue
            mentions = [m for m in event.mentions if m.status == status]
            yield _record(event, status, mentions, coded_date)


def _category(event: Event, status: str, quotes: str) -> tuple[str, list[str], list[str]]:
    """PLOVER event, modes and contexts."""
    if event.type == "meeting":
        codes = event.actors.get("participants", [])
        multilateral = len(codes) > 2 or any(c in gazetteer().igo_codes for c in codes)
        if status == "held":
            mode = "phone" if _PHONE.search(quotes) else "multilateral" if multilateral else None
            return "CONSULT", [mode] if mode else [], ["diplomatic"]
        if status == "cancelled":
            return "REJECT", ["meet"], ["diplomatic"]
        return "AGREE", [], ["diplomatic"]
    if event.type == "sanction":
        words = f"{event.label} {quotes}"
        context = ["economic"] if _ECONOMIC.search(words) else ["diplomatic"]
        if status == "threatened":
            mode = "relations" if _RELATIONS.search(words) else "restrict"
            return "THREATEN", ["expel" if _EXPEL.search(words) else mode], context
        if status == "lifted":
            return "CONCEDE", [], context
        return "SANCTION", ["expel" if _EXPEL.search(words) else "discontinue"], context
    return ("SUPPORT", [], []) if status == "support" else ("ACCUSE", ["disapprove"], [])


def _entity(code: str, names: dict[str, str]) -> dict[str, Any]:
    if code.startswith("~"):  # no code: named only
        return {"entity_text": code[1:]}
    if len(code) == 3 and code.isupper() and code not in gazetteer().igo_codes:
        return {"code": code, "entity_text": names.get(code, code)}
    return {"code": "IGO", "identifier_text": code, "entity_text": names.get(code, code)}


def _record(event: Event, status: str, mentions: list[Mention], coded: str) -> dict[str, Any]:
    quotes = " ".join(m.quote for m in mentions)
    category, modes, contexts = _category(event, status, quotes)
    if event.type == "meeting":
        actor, recipient = event.actors.get("participants", []), []
    elif event.type == "sanction":
        actor, recipient = event.actors["imposer"], event.actors["target"]
    else:
        actor, recipient = event.actors["actor"], []
    first = mentions[0]
    dated = event.date is not None
    return {
        "id": f"{event.event_id}-{category}",
        "date": event.date if dated else min(m.published or "" for m in mentions) or None,
        "date_source": "event" if dated else "first report",
        "date_precision": event.date_precision if dated else "day",
        "actor": [_entity(c, event.names) for c in actor],
        "recipient": [_entity(c, event.names) for c in recipient],
        "event": [category],
        "mode": modes,
        "context": contexts,
        "quad_code": _QUAD[category],
        "event_text": list(dict.fromkeys(m.quote for m in mentions)),
        "text_info": {"article_id": first.article_id, "start": first.start, "end": first.end},
        "link": event.event_id,
        "mentions": [
            {"article_id": m.article_id, "start": m.start, "end": m.end} for m in mentions
        ],
        "coder": "diplosum",
        "coded_date": coded,
        "comment": f"diplosum {event.type}, status {status}"
        + (f": {event.label}" if event.label else ""),
    }
