"""``index.html``: one self-contained page that opens from disk with no network.

The page's script, style and data are inlined (``diplosum/data/report/``, shipped in the
wheel); its Content-Security-Policy forbids every request, so nothing leaves the machine
even by mistake. For a large corpus it stays usable by capping what it carries, and says
so on the page: the ``EVENT_CAP`` most-reported events (all are in ``events.jsonl``), at
most ``QUOTES_PER_EVENT`` quotes each, and the ``NETWORK_CAP`` most active parties in the
network drawing (all are in ``network.gexf``). The list is paginated.
"""

from __future__ import annotations

import collections
import json
from importlib import resources
from typing import Any

from .merge import TYPES, Event
from .network import Network, layout

__all__ = ["EVENT_CAP", "NETWORK_CAP", "QUOTES_PER_EVENT", "render_page"]

EVENT_CAP = 3000
NETWORK_CAP = 80
QUOTES_PER_EVENT = 3


def _asset(name: str) -> str:
    return (resources.files("diplosum") / "data" / "report" / name).read_text(encoding="utf-8")


def _compact(event: Event) -> dict[str, Any]:
    return {
        "id": event.event_id,
        "type": event.type,
        "roles": event.actors,
        "codes": event.codes,
        "label": event.label,
        "status": event.status,
        "history": [h["status"] for h in event.status_history],
        "date": event.date,
        "precision": event.date_precision,
        "first": event.first_reported,
        "reports": len(event.articles),
        "flags": event.flags,
        "mentions": [
            {
                "article": m.article_id,
                "quote": m.quote,
                "start": m.start,
                "end": m.end,
                "before": m.before,
                "after": m.after,
                "status": m.status,
                "published": m.published,
            }
            for m in _spread(event)
        ],
        "more": max(0, len(event.mentions) - QUOTES_PER_EVENT),
    }


def _spread(event: Event) -> list[Any]:
    """Quotes from as many articles as can be shown, first report first."""
    first_each = list({m.article_id: m for m in reversed(event.mentions)}.values())[::-1]
    if len(first_each) >= QUOTES_PER_EVENT:
        return first_each[:QUOTES_PER_EVENT]
    chosen = {id(m) for m in first_each}
    rest = [m for m in event.mentions if id(m) not in chosen]
    return (first_each + rest)[:QUOTES_PER_EVENT]


def _network(network: Network) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    ranked = sorted(network.labels, key=lambda c: (-network.meetings[c], c))
    drawn = sorted(ranked[:NETWORK_CAP])
    places = layout(network, drawn)
    nodes = [
        {
            "code": c,
            "label": network.labels[c],
            "meetings": network.meetings[c],
            "reports": network.reports[c],
            "x": places[c][0],
            "y": places[c][1],
        }
        for c in drawn
    ]
    chosen = set(drawn)
    edges = [
        {"source": a, "target": b, "weight": d["weight"]}
        for (a, b), d in sorted(network.edges.items())
        if a in chosen and b in chosen
    ]
    note = (
        f"{len(network.labels)} states and bodies, {len(network.edges)} pairs that met; "
        "circle size: meetings; click a circle to filter by it."
    )
    if len(ranked) > NETWORK_CAP:
        note += f" The {NETWORK_CAP} most active are drawn; network.gexf holds all."
    return nodes, edges, note


def render_page(events: list[Event], network: Network, articles: int, items: int) -> str:
    """The page for ``events`` from ``articles`` summaries holding ``items`` items."""
    counts = collections.Counter(e.type for e in events)
    ranked = sorted(events, key=lambda e: (-len(e.articles), e.date or e.first_reported or ""))
    # The list opens with what most articles report: the merged events.
    shown = sorted(
        ranked[:EVENT_CAP],
        key=lambda e: (
            -len(e.articles),
            TYPES.index(e.type),
            e.date or e.first_reported or "",
            e.event_id,
        ),
    )
    nodes, edges, network_note = _network(network)
    names: dict[str, str] = {}
    for event in events:
        names.update(event.names)
    caps = (
        f"The page shows the {EVENT_CAP:,} events reported by most articles, of "
        f"{len(events):,}; events.jsonl holds all. "
        if len(events) > EVENT_CAP
        else ""
    )
    caps += f"Up to {QUOTES_PER_EVENT} quotes an event are shown, from different articles first."
    data = {
        "overview": (
            f"{articles:,} articles, {items:,} items merged into {len(events):,} events: "
            + ", ".join(f"{counts[t]:,} {t}s" for t in TYPES)
        ),
        "caps": caps,
        "network_note": network_note,
        "counts": dict(counts),
        "names": names,
        "countries": sorted(
            {c for e in shown for c in e.codes if not c.startswith("~")},
            key=lambda c: names.get(c, c),
        ),
        "nodes": nodes,
        "edges": edges,
        "events": [_compact(e) for e in shown],
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</" would end the element and "<!--" open a comment: escape "<".
    payload = payload.replace("<", "\\u003c")
    page = _asset("index.html")
    for marker, content in (
        ("/*STYLE*/", _asset("report.css")),
        ("/*SCRIPT*/", _asset("report.js")),
        ("/*DATA*/", payload),
    ):
        page = page.replace(marker, content, 1)
    return page
