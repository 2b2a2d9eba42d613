"""Grounding: find each evidence quote in the article and fill its real offsets.

The model is never trusted with offsets. A quote matches the article when both agree after
folding the differences a model (or a copy-paste) introduces without changing the words:

- runs of whitespace, line breaks included, count as one space;
- curly and straight quote marks are the same (‘ ’ ‚ ‛ ′ → ', “ ” „ ‟ ″ → ");
- hyphens and dashes are the same (‐ ‑ ‒ – — ― − → -);
- letter case is ignored.

``start``/``end`` are offsets into the article string exactly as the caller passed it, so
``article[start:end]`` is the real span (with the article's own spacing and punctuation).
An item none of whose quotes can be found is removed from the summary and listed in
``ArticleSummary.rejected`` with the quote and the reason: nothing ungrounded is kept, and
nothing is dropped silently. Unfound quotes of an item that has another, found quote are
dropped from that item and listed too.
"""

from __future__ import annotations

import dataclasses

from .models import ArticleSummary, Evidence, RejectedItem

__all__ = ["FoldedText", "find_quote", "ground_summary"]

_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
SECTIONS = ("meetings", "goals", "sanctions", "stances")


def _fold_char(char: str) -> str:
    folded = char.translate(_FOLD)
    # Upper-case first, then casefold, so every case variant meets: "µ"/"Μ" (Μ.lower() is
    # "μ", not "µ") and "ı"/"I". A character that folds to two ("ß" -> "ss") falls back
    # to a one-character form or stays whole, so offsets stay 1:1.
    for candidate in (folded.upper().casefold(), folded.casefold(), folded.lower()):
        if len(candidate) == 1:
            return candidate
    return folded


@dataclasses.dataclass(frozen=True)
class FoldedText:
    """A text folded for matching, with each folded character's offset in the original."""

    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> FoldedText:
        chars: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(original):
            if char.isspace():
                if chars and chars[-1] == " ":
                    continue
                chars.append(" ")
            else:
                chars.append(_fold_char(char))
            origin.append(index)
        return cls("".join(chars), tuple(origin))


def _fold(text: str) -> str:
    return FoldedText.of(text).text.strip()


def find_quote(article: FoldedText | str, quote: str) -> tuple[int, int] | None:
    """``(start, end)`` of ``quote`` in the original article, or ``None`` if it is not there."""
    folded = article if isinstance(article, FoldedText) else FoldedText.of(article)
    needle = _fold(quote)
    if not needle:
        return None
    position = folded.text.find(needle)
    if position < 0:
        return None
    last = position + len(needle) - 1
    return folded.origin[position], folded.origin[last] + 1


def ground_summary(summary: ArticleSummary, article: str) -> ArticleSummary:
    """A copy of ``summary`` with offsets filled and ungrounded items moved to ``rejected``."""
    folded = FoldedText.of(article)
    updates: dict[str, list[object]] = {}
    rejected = list(summary.rejected)
    for section in SECTIONS:
        kept: list[object] = []
        for item in getattr(summary, section):
            found: list[Evidence] = []
            missing: list[str] = []
            for evidence in item.evidence:
                span = find_quote(folded, evidence.quote)
                if span is None:
                    missing.append(evidence.quote)
                else:
                    found.append(Evidence(quote=evidence.quote, start=span[0], end=span[1]))
            for quote in missing:
                rejected.append(
                    RejectedItem(
                        section=section,
                        item=item.model_dump(mode="json"),
                        quote=quote,
                        reason="item removed: no evidence quote found in the article"
                        if not found
                        else "quote removed: not found in the article (item kept on other "
                        "evidence)",
                    )
                )
            if found:
                kept.append(item.model_copy(update={"evidence": found}))
        updates[section] = kept
    return summary.model_copy(update={**updates, "rejected": rejected})
