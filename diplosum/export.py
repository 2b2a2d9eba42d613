"""Turning summaries into output records: JSON objects and Markdown for people."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import IO, Any

from .models import Actor, ArticleSummary, Evidence

__all__ = [
    "CSV_COLUMNS",
    "StreamWriter",
    "open_private",
    "to_csv_rows",
    "to_markdown",
    "to_record",
]


def open_private(path: str | Path) -> IO[str]:
    """Open ``path`` for writing text, readable and writable by its owner only.

    Outputs, failure logs and batch files hold article text and results that may be
    confidential, so they get the same protection as the cache.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an existing file keeps its old mode through os.open
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def to_record(summary: ArticleSummary, source: str, text: str | None = None) -> dict[str, Any]:
    """One JSON object per article: ``source`` (the input path, URL or id), the summary, and
    the ``text`` that was summarised (its offsets refer to it; for a web page, the story
    extracted from it), so a record stands on its own."""
    record = {"source": source, **summary.model_dump(mode="json")}
    if text is not None:
        record["text"] = text
    return record


def _actor(actor: Actor) -> str:
    title = f"{actor.title} " if actor.title else ""
    code = f" ({actor.country})" if actor.country else ""
    return f"{title}{actor.name}{code}"


def _quotes(evidence: list[Evidence]) -> str:
    return "; ".join(
        f"“{e.quote}”" + (f" [{e.start}:{e.end}]" if e.start is not None else "") for e in evidence
    )


def to_markdown(summary: ArticleSummary, source: str) -> str:
    """A readable report of one summary, every item followed by its evidence."""
    lines = [f"# {summary.headline}", "", f"_Source: {source}_", "", summary.summary, ""]
    if summary.meetings:
        lines += ["## Meetings", ""]
        for m in summary.meetings:
            when = f", {m.date}" if m.date else ""
            where = f", {m.location}" if m.location else ""
            who = " and ".join(_actor(a) for a in m.participants)
            lines.append(f"- **{m.status}**{when}{where}: {who}")
            lines.append(f"  - evidence: {_quotes(m.evidence)}")
        lines.append("")
    if summary.goals:
        lines += ["## Goals", ""]
        for g in summary.goals:
            lines.append(f"- {_actor(g.actor)}: {g.statement}")
            lines.append(f"  - evidence: {_quotes(g.evidence)}")
        lines.append("")
    if summary.sanctions:
        lines += ["## Sanctions", ""]
        for s in summary.sanctions:
            measures = f" ({', '.join(s.measures)})" if s.measures else ""
            lines.append(f"- **{s.status}**: {_actor(s.imposer)} → {_actor(s.target)}{measures}")
            lines.append(f"  - evidence: {_quotes(s.evidence)}")
        lines.append("")
    if summary.stances:
        lines += ["## Stances", ""]
        for st in summary.stances:
            lines.append(f"- {_actor(st.actor)}, **{st.position}**: {st.topic}")
            lines.append(f"  - evidence: {_quotes(st.evidence)}")
        lines.append("")
    if summary.rejected:
        lines += ["## Rejected by the library", ""]
        for r in summary.rejected:
            lines.append(
                f"- {r.section}: {r.reason}" + (f" (quote: “{r.quote}”)" if r.quote else "")
            )
        lines.append("")
    if summary.meta is not None:
        meta = summary.meta
        cached = ", from cache" if meta.cached else ""
        lines.append(
            f"_{meta.backend} / {meta.model}, prompt {meta.prompt.name}@{meta.prompt.sha256[:12]}, "
            f"{meta.usage.total_tokens} tokens over {meta.attempts} request(s){cached}_"
        )
    return "\n".join(lines) + "\n"


CSV_COLUMNS = (
    "article_id",
    "source",
    "section",
    "status",
    "actor",
    "actor_country",
    "other",
    "other_country",
    "detail",
    "date",
    "quote",
    "start",
    "end",
)


def _people(actors: list[Actor]) -> tuple[str, str]:
    return "; ".join(a.name for a in actors), "; ".join(a.country or "" for a in actors)


def to_csv_rows(summary: ArticleSummary, article_id: str, source: str) -> list[dict[str, Any]]:
    """Flat rows for a spreadsheet: one per item and evidence quote.

    ``actor`` is the meeting's participants, the sanction's imposer, or the goal's or
    stance's holder; ``other`` the sanction's target; ``detail`` the topics, measures,
    topic or goal; ``status`` the meeting or sanction status, or the stance's position.
    """
    rows: list[dict[str, Any]] = []

    def add(section: str, item: Any, **fields: Any) -> None:
        for evidence in item.evidence:
            rows.append(
                {
                    "article_id": article_id,
                    "source": source,
                    "section": section,
                    **fields,
                    "quote": evidence.quote,
                    "start": evidence.start,
                    "end": evidence.end,
                }
            )

    for m in summary.meetings:
        names, codes = _people(m.participants)
        add(
            "meeting",
            m,
            status=m.status,
            actor=names,
            actor_country=codes,
            detail="; ".join(m.topics),
            date=m.date or m.date_text or "",
        )
    for s in summary.sanctions:
        add(
            "sanction",
            s,
            status=s.status,
            actor=s.imposer.name,
            actor_country=s.imposer.country or "",
            other=s.target.name,
            other_country=s.target.country or "",
            detail="; ".join(s.measures),
        )
    for st in summary.stances:
        add(
            "stance",
            st,
            status=st.position,
            actor=st.actor.name,
            actor_country=st.actor.country or "",
            detail=st.topic,
        )
    for g in summary.goals:
        add("goal", g, actor=g.actor.name, actor_country=g.actor.country or "", detail=g.statement)
    return rows


def _jsonl_line(summary: ArticleSummary, article_id: str, source: str, text: str | None) -> str:
    """``{"id": article_id, **to_record(summary, source, text)}`` as one compact line.

    Spliced from pydantic's own JSON of the summary, which is several times quicker than
    building the dict and encoding it again: a run with worker processes writes every
    line in the calling process, so this is the cost that keeps the others waiting.
    """
    head = json.dumps({"id": article_id, "source": source}, ensure_ascii=False, separators=_COMPACT)
    tail = "" if text is None else ',"text":' + json.dumps(text, ensure_ascii=False)
    return head[:-1] + "," + summary.model_dump_json()[1:-1] + tail + "}\n"


_COMPACT = (",", ":")


class StreamWriter:
    """Writes summaries to a stream as they complete, flushing each, so an interrupted run
    keeps everything it finished. ``json`` is one array, ``jsonl`` one object per line (the
    summary's fields plus ``id`` and ``source``), ``csv`` flat rows, ``markdown`` reports."""

    def __init__(self, stream: IO[str], fmt: str) -> None:
        self.stream, self.fmt, self.count = stream, fmt, 0
        self._closed = False
        self._csv = csv.DictWriter(stream, CSV_COLUMNS) if fmt == "csv" else None
        if self._csv is not None:
            self._csv.writeheader()

    def write(
        self, summary: ArticleSummary, article_id: str, source: str, text: str | None = None
    ) -> None:
        if self._csv is not None:
            self._csv.writerows(to_csv_rows(summary, article_id, source))
        elif self.fmt in ("json", "jsonl"):
            if self.fmt == "jsonl":
                self.stream.write(_jsonl_line(summary, article_id, source, text))
            else:
                record = {"id": article_id, **to_record(summary, source, text)}
                opening = "[\n" if self.count == 0 else ",\n"
                self.stream.write(opening + json.dumps(record, indent=2, ensure_ascii=False))
        else:
            self.stream.write(("\n---\n\n" if self.count else "") + to_markdown(summary, source))
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        """End the output (a JSON array's closing bracket); later calls do nothing."""
        if self._closed:
            return
        self._closed = True
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()
