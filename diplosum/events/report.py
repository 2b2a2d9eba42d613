"""``report``: summaries in, a folder out (events, PLOVER, the network, the page)."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..export import open_private
from ..models import ArticleSummary
from .items import Item, items_of, read_records
from .merge import TYPES, Event, merge_items
from .network import meeting_network
from .page import render_page
from .plover import plover_records

__all__ = ["FILES", "Collector", "ReportSummary", "report", "write_report"]

#: What ``report`` writes, in the order it writes them.
FILES = (
    "events.jsonl",
    "events.plover.jsonl",
    "network.gexf",
    "network.graphml",
    "nodes.csv",
    "edges.csv",
    "index.html",
)


@dataclasses.dataclass(frozen=True)
class ReportSummary:
    """What a report was made of: articles and items in, events and PLOVER records out."""

    folder: Path
    articles: int
    items: int
    events: dict[str, int]
    plover: int
    skipped: list[str]
    events_list: list[Event] = dataclasses.field(repr=False, default_factory=list)

    def line(self) -> str:
        """'102 articles, 690 items -> 560 events (80 meetings, ...); 300 PLOVER records'."""
        kinds = ", ".join(f"{self.events.get(t, 0)} {t}s" for t in TYPES)
        return (
            f"{self.articles:,} articles, {self.items:,} items -> "
            f"{sum(self.events.values()):,} events ({kinds}); {self.plover:,} PLOVER records "
            f"in {self.folder}"
        )


class Collector:
    """Items gathered from summaries as they come (``summarise --report`` feeds it each
    result); summaries that are not summaries are noted in ``skipped``."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.articles = 0
        self.skipped: list[str] = []

    def add(self, summary: Any) -> None:
        if not isinstance(summary, dict | ArticleSummary) and getattr(summary, "ok", True) is False:
            return  # a Result that failed: no summary to report on
        try:
            self.items.extend(items_of(summary, self.articles + len(self.skipped)))
        except InputError as exc:
            self.skipped.append(str(exc))
            return
        self.articles += 1


def report(summaries: Iterable[Any] | str | Path, out: str | Path) -> ReportSummary:
    """Merge ``summaries`` into events and write ``FILES`` into the folder ``out``.

    ``summaries``: a JSONL results file (or a list of them, as paths), or summary records,
    ``Result``s or ``ArticleSummary`` objects. A file that cannot be read raises
    ``InputError``; a line or a record that is no summary is passed over and named in
    the returned ``skipped``.
    """
    if isinstance(summaries, str | Path):
        summaries = [summaries]
    paths = isinstance(summaries, list | tuple) and all(
        isinstance(s, str | Path) for s in summaries
    )
    collector = Collector()
    # Records are read one at a time and reduced to their items: memory holds no texts.
    for summary in read_records(summaries, collector.skipped) if paths else summaries:
        collector.add(summary)
    return write_report(collector, out)


def write_report(collector: Collector, out: str | Path) -> ReportSummary:
    """Merge ``collector``'s items into events and write ``FILES`` into ``out``."""
    events = merge_items(collector.items)
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create the report folder: {exc.strerror}") from exc
    with open_private(folder / "events.jsonl") as stream:
        for event in events:
            stream.write(json.dumps(event.to_record(), ensure_ascii=False) + "\n")
    plover = 0
    with open_private(folder / "events.plover.jsonl") as stream:
        for record in plover_records(events, dt.date.today().isoformat()):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            plover += 1
    network = meeting_network(events)
    network.write_gexf(folder / "network.gexf")
    network.write_graphml(folder / "network.graphml")
    network.write_csv(folder / "nodes.csv", folder / "edges.csv")
    items = len(collector.items)
    with open_private(folder / "index.html") as stream:
        stream.write(render_page(events, network, collector.articles, items))
    counts = collections.Counter(e.type for e in events)
    return ReportSummary(
        folder, collector.articles, items, dict(counts), plover, list(collector.skipped), events
    )
