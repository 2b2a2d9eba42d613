"""Events across articles: one event per happening, however many articles report it.

``merge_events(summaries)`` reads summaries (JSONL records as ``diplosum summarise``
writes them, ``Result``s of ``summarise_many``, or ``ArticleSummary`` objects) and returns
``Event``s, each with every **mention**: the article id, the verbatim quote, its offsets
in that article's text, a little of the text around it, and the status that report gave.

The rules, in order (``merge.py``; each has a test in ``tests/test_events.py``):

- **Meetings** are the same happening when they have the same parties (the set of codes:
  who met whom, not who was named first) and compatible dates. Reports with a resolved
  date join the nearest meeting of those parties whose dates lie within
  ``DATE_WINDOW_DAYS`` (2) of theirs; a week, month or year stands for all its days, so
  "in March" joins "on 15 March". A report without a date joins a dated meeting of the
  same parties only when exactly one lies within ``UNDATED_WINDOW_DAYS`` (14) of the
  report's publication date (nothing else competes); when several do, it stays an event
  of its own, flagged; when none does, it joins the undated reports of those parties
  published within 14 days of it. A report with neither a meeting date nor a
  publication date stands alone: nothing places it in time. Two meetings of the same
  parties in one article are two meetings ("met on Monday and will meet again in May").
- **Sanctions** are the same when they have the same imposer, target and measures (the
  measures' content words: "new sanctions on oil" = "sanction on oil"). A report without
  measures joins the one sanction between the same parties, if there is exactly one.
- **Stances** are the same when they have the same actor and topic (its content words),
  whatever the position: a change of position is the history of one stance.
- **Goals** are the same when they have the same actor and statement (content words).

Every report's status (a stance's position) is kept in ``status_history``, oldest report
first; ``status`` is the latest report's. Reports that cannot all be true are kept and
**flagged**, never resolved: a meeting reported held and cancelled, or planned after it was
reported held; different days for one meeting; a sanction imposed and blocked; a stance
reported as support and as oppose. The result is deterministic: the same summaries, in
any order, give the same events with the same ids.
"""

from __future__ import annotations

from .items import Item, read_records
from .merge import DATE_WINDOW_DAYS, UNDATED_WINDOW_DAYS, Event, Mention, merge_events
from .report import FILES, ReportSummary, report

__all__ = [
    "DATE_WINDOW_DAYS",
    "FILES",
    "UNDATED_WINDOW_DAYS",
    "Event",
    "Item",
    "Mention",
    "ReportSummary",
    "merge_events",
    "read_records",
    "report",
]
