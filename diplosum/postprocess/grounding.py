"""Grounding: find each evidence quote in the article and fill its real offsets.

The model is never trusted with offsets. Each quote is looked up with
``diplosum.text.quotes.find_quote`` (spacing, quote marks, dashes, case, Unicode
normalisation and zero-width characters folded); a found quote becomes the article's own
text, ``quote == article[start:end]``, so every output prints words that are in the
article.

An item none of whose quotes can be found is removed from the summary and listed in
``ArticleSummary.rejected`` with the quote as the model sent it and the reason: nothing
ungrounded is kept, and nothing is dropped silently. Unfound quotes of an item that has
another, found quote are dropped from that item and listed too.
"""

from __future__ import annotations

from typing import Any

from ..models import ArticleSummary, Evidence, RejectedItem
from ..text.quotes import LazyFolded, find_quote

__all__ = ["SECTIONS", "ground_summary"]

SECTIONS = ("meetings", "goals", "sanctions", "stances")


def _grounded(item: Any, folded: LazyFolded) -> tuple[list[Evidence], list[str]]:
    """The item's evidence with the article's spans, and the quotes not found."""
    found: list[Evidence] = []
    missing: list[str] = []
    for evidence in item.evidence:
        span = find_quote(folded, evidence.quote)
        if span is None:
            missing.append(evidence.quote)
            continue
        quote = folded.article[span[0] : span[1]]
        if (evidence.quote, evidence.start, evidence.end) == (quote, *span):
            found.append(evidence)  # already right: no copy
        else:
            found.append(Evidence(quote=quote, start=span[0], end=span[1]))
    return found, missing


def ground_summary(summary: ArticleSummary, article: str) -> ArticleSummary:
    """A copy of ``summary`` with every quote the article's own span, and ungrounded items
    moved to ``rejected`` (``summary`` itself when nothing changes)."""
    folded = LazyFolded(article)
    updates: dict[str, list[object]] = {}
    rejected = list(summary.rejected)
    changed = False
    for section in SECTIONS:
        kept: list[object] = []
        for item in getattr(summary, section):
            found, missing = _grounded(item, folded)
            reason = (
                "quote removed: not found in the article (item kept on other evidence)"
                if found
                else "item removed: no evidence quote found in the article"
            )
            dumped = item.model_dump(mode="json") if missing else None
            for quote in missing:
                rejected.append(
                    RejectedItem(section=section, item=dumped or {}, quote=quote, reason=reason)
                )
            if found == item.evidence:
                kept.append(item)  # every quote already the article's span
                continue
            changed = True
            if found:
                kept.append(item.model_copy(update={"evidence": found}))
        updates[section] = kept
    if not changed:
        return summary
    return summary.model_copy(update={**updates, "rejected": rejected})
