"""Turning summaries into output records: JSON objects and Markdown for people."""

from __future__ import annotations

from typing import Any

from .models import Actor, ArticleSummary, Evidence

__all__ = ["to_markdown", "to_record"]


def to_record(summary: ArticleSummary, source: str) -> dict[str, Any]:
    """One JSON object per article: ``source`` (the input path or id), then the summary."""
    return {"source": source, **summary.model_dump(mode="json")}


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
