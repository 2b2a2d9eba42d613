"""The items of article summaries, as the merge reads them: who, what, when, and the quotes.

Input is what ``diplosum summarise --format jsonl`` writes (one record per article: ``id``,
``source``, the summary's sections, ``meta.published`` and the ``text``), or ``Result`` /
``ArticleSummary`` objects. Records are read one at a time and reduced to ``Item``s at
once: an article's text is kept only as the few words around each quote.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import ArticleSummary

__all__ = ["CONTEXT_CHARS", "Item", "MentionText", "items_of", "read_records", "token_key"]

#: Characters of the article kept on each side of a quote, for a reader's context.
CONTEXT_CHARS = 90

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    """a an the of to in on for and or with by at from its their his her this that these
    those be is are was were will would has have had as it into over about against new
    any all more further""".split()  # noqa: SIM905 - a list literal of 40 words is unreadable
)


@dataclasses.dataclass(frozen=True, slots=True)
class MentionText:
    """One quote of one report: verbatim, at ``start:end`` of that article's text."""

    article_id: str
    quote: str
    start: int | None
    end: int | None
    before: str
    after: str


@dataclasses.dataclass(frozen=True, slots=True)
class Item:
    """One meeting, sanction, stance or goal as one article reported it."""

    type: str  # meeting | sanction | stance | goal
    article_id: str
    order: int  # the article's place in the input, for a stable order
    published: str | None
    actors: dict[str, tuple[str, ...]]  # participants | imposer, target | actor
    names: dict[str, str]  # code -> the name the article used
    status: str | None  # a meeting's or sanction's status; a stance's position
    label: str  # topics, measures, topic or statement, as reported
    key: frozenset[str]  # the label's content words (see ``token_key``)
    mentions: tuple[MentionText, ...]
    date: str | None = None
    date_precision: str | None = None
    location: str | None = None


@functools.lru_cache(maxsize=65536)
def token_key(text: str) -> frozenset[str]:
    """The content words of ``text``, lower-cased, a plural's final "s" dropped: "the
    new sanctions on Iran's oil" and "sanction on Iran oil" give the same key."""
    return frozenset(
        w[:-1] if len(w) > 3 and w[-1] == "s" else w
        for w in _WORD.findall(text.lower())
        if w not in _STOPWORDS
    )


def read_records(
    paths: Iterable[str | Path], skipped: list[str] | None = None
) -> Iterator[dict[str, Any]]:
    """The records of JSONL results files, one at a time. A line that is not a JSON
    object raises ``InputError`` naming the file and line, or, given a ``skipped`` list,
    is noted there and passed over. A file that cannot be read always raises."""
    for path in paths:
        try:
            stream = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
        with stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                try:
                    yield _parse(line, f"{path}:{number}")
                except InputError as exc:
                    if skipped is None:
                        raise
                    skipped.append(str(exc))


def _parse(line: str, where: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg})") from exc
    if not isinstance(record, dict):
        raise InputError(f"{where}: not a JSON object")
    return record


def _code(actor: dict[str, Any]) -> str:
    # An actor with no code stands for itself, apart from every coded state or body.
    return actor.get("country") or f"~{actor.get('name', '?')}"


def _mentions(
    evidence: list[dict[str, Any]], article_id: str, text: str | None
) -> tuple[MentionText, ...]:
    found = []
    for e in evidence:
        start, end = e.get("start"), e.get("end")
        before = after = ""
        if text is not None and start is not None and end is not None:
            before = text[max(0, start - CONTEXT_CHARS) : start]
            after = text[end : end + CONTEXT_CHARS]
        found.append(MentionText(article_id, e.get("quote", ""), start, end, before, after))
    return tuple(found)


def items_of(record: Any, order: int) -> list[Item]:
    """The items of one summary (see ``_items_of``); ``InputError`` when it is not one."""
    try:
        return _items_of(record, order)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        name = record.get("id", order) if isinstance(record, dict) else order
        reason = f"{type(exc).__name__}: {exc}"
        raise InputError(f"summary {name}: not a summary record ({reason})") from exc


def _items_of(record: Any, order: int) -> list[Item]:
    """The items of one summary: a JSONL record, a ``Result`` of ``summarise_many`` (one
    that failed has none) or an ``ArticleSummary`` (its id is its place in the input)."""
    if isinstance(record, ArticleSummary):
        record = record.model_dump(mode="json")
    elif not isinstance(record, dict) and hasattr(record, "summary"):  # a runner Result
        if record.summary is None:
            return []
        summary = record.summary.model_dump(mode="json")
        record = {"id": record.id, **summary, "text": record.text}
    if not isinstance(record, dict):
        raise InputError(f"summary {order}: not a record, Result or ArticleSummary")
    article_id = str(record.get("id") or record.get("source") or order)
    meta = record.get("meta") or {}
    made = _Maker(article_id, order, meta.get("published") or record.get("published"))
    text = record.get("text")
    items: list[Item] = []
    for m in record.get("meetings") or []:
        parties = m.get("participants", [])
        codes = tuple(dict.fromkeys(_code(p) for p in parties))
        topics = "; ".join(m.get("topics") or [])
        mentions = _mentions(m.get("evidence", []), article_id, text)
        when = (m.get("date"), m.get("date_precision"), m.get("location"))
        met = {"participants": codes}
        items.append(made("meeting", met, parties, m.get("status"), topics, mentions, when))
    for s in record.get("sanctions") or []:
        roles: dict[str, tuple[str, ...]] = {
            "imposer": (_code(s["imposer"]),),
            "target": (_code(s["target"]),),
        }
        measures = "; ".join(s.get("measures") or [])
        mentions = _mentions(s.get("evidence", []), article_id, text)
        parties = [s["imposer"], s["target"]]
        items.append(made("sanction", roles, parties, s.get("status"), measures, mentions))
    for kind, field, status in (("stance", "topic", "position"), ("goal", "statement", None)):
        for entry in record.get(f"{kind}s") or []:
            actor = entry["actor"]
            said = entry.get(status) if status else None
            mentions = _mentions(entry.get("evidence", []), article_id, text)
            label = entry.get(field, "")
            items.append(made(kind, {"actor": (_code(actor),)}, [actor], said, label, mentions))
    return items


@dataclasses.dataclass(frozen=True)
class _Maker:
    """Items of one article: what they all share."""

    article_id: str
    order: int
    published: str | None

    def __call__(
        self,
        kind: str,
        roles: dict[str, tuple[str, ...]],
        actors: list[dict[str, Any]],
        status: str | None,
        label: str,
        mentions: tuple[MentionText, ...],
        when: tuple[str | None, str | None, str | None] = (None, None, None),
    ) -> Item:
        names = _names(actors)
        return Item(
            kind,
            self.article_id,
            self.order,
            self.published,
            roles,
            names,
            status,
            label,
            token_key(label),
            mentions,
            *when,
        )


def _names(actors: list[dict[str, Any]]) -> dict[str, str]:
    return {_code(a): a.get("name", "") for a in actors}
