"""Grounding: find each evidence quote in the article and fill its real offsets.

The model is never trusted with offsets. Each quote is looked up with
``diplosum.text.quotes.find_quote`` (spacing, quote marks, dashes, case, Unicode
normalisation and zero-width characters folded); a found quote becomes the article's own
text, ``quote == article[start:end]``, so every output prints words that are in the
article.

A quote must also be long enough to state an item: at least ``MIN_QUOTE_WORDS`` words
("the" or "." state nothing, whatever item they are attached to).

An item none of whose quotes can be found (or is long enough) is removed from the summary
and listed in ``ArticleSummary.rejected`` with the quote as the model sent it and the
reason: nothing ungrounded is kept, and nothing is dropped silently. Such quotes of an
item that has another, good quote are dropped from that item and listed too.
"""

from __future__ import annotations

import re
from typing import Any

from ..models import ArticleSummary, Evidence, RejectedItem
from ..text.quotes import LazyFolded, find_quote

__all__ = ["MIN_QUOTE_WORDS", "SECTIONS", "ground_summary"]

SECTIONS = ("meetings", "goals", "sanctions", "stances")
MIN_QUOTE_WORDS = 3
_WORD = re.compile(r"\w+")
# Why a quote is refused: (as the item's only evidence, beside other good evidence).
_NOT_FOUND = (
    "item removed: no evidence quote found in the article",
    "quote removed: not found in the article (item kept on other evidence)",
)
_TOO_SHORT = (
    f"item removed: its evidence is too short to state it (fewer than {MIN_QUOTE_WORDS} words)",
    f"quote removed: too short to state the item (fewer than {MIN_QUOTE_WORDS} words; item "
    "kept on other evidence)",
)


def _long_enough(quote: str) -> bool:
    return sum(1 for _ in zip(range(MIN_QUOTE_WORDS), _WORD.finditer(quote), strict=False)) >= (
        MIN_QUOTE_WORDS
    )


def _grounded(
    item: Any, folded: LazyFolded
) -> tuple[list[Evidence], list[tuple[str, tuple[str, str]]]]:
    """The item's evidence with the article's spans, and the quotes refused, with why."""
    found: list[Evidence] = []
    missing: list[tuple[str, tuple[str, str]]] = []
    article = folded.article
    for evidence in item.evidence:
        start, end = evidence.start, evidence.end
        if (
            start is not None
            and end is not None
            and 0 <= start < end
            and (article[start:end] == evidence.quote)
        ):
            # Offsets that already hold the quote (the offline extractor's, or a caller's
            # own ArticleSummary): checked, not searched for, which keeps grounding linear
            # in a long article. A model's offsets never get here: they are dropped first.
            span: tuple[int, int] | None = (start, end)
        else:
            span = find_quote(folded, evidence.quote)
        if span is None:
            missing.append((evidence.quote, _NOT_FOUND))
            continue
        quote = article[span[0] : span[1]]
        if not _long_enough(quote):
            missing.append((evidence.quote, _TOO_SHORT))
            continue
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
            dumped = item.model_dump(mode="json") if missing else None
            for quote, (alone, beside) in missing:
                reason = beside if found else alone
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
