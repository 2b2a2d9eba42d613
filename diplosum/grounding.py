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

Before that, ``quote_checker`` lets validation refuse an answer with invented quotes and
tell the model which ones (item and quote), within the re-ask budget.

Attribution (stances and goals): the sentence holding a quote, or a neighbouring sentence
with a reporting clause ("said", "told reporters", "according to"), must name the actor:
its name, a person's surname, or any name, adjective or seat of government of its state
or body. Items that fail are kept, marked ``attributed=False`` and counted in
``ArticleSummary.unattributed``.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any

from .gazetteer import gazetteer
from .matching import is_word_char, word_starts
from .models import ArticleSummary, Evidence, RejectedItem
from .sentences import sentence_spans

__all__ = ["FoldedText", "find_quote", "flag_attribution", "ground_summary", "quote_checker"]

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


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding each character, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()
_SPACES = re.compile(r"\s+")


@dataclasses.dataclass(frozen=True)
class FoldedText:
    """A text folded for matching, and where each of its pieces starts in the original.

    Folding keeps one character per character, except that a run of whitespace becomes
    one space; so the folded text is a series of pieces, each a 1:1 copy or one space.
    """

    text: str
    _starts: tuple[int, ...]
    _origins: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> FoldedText:
        translated = original.translate(_TABLE)
        parts: list[str] = []
        starts: list[int] = []
        origins: list[int] = []
        position = folded_length = 0
        for run in _SPACES.finditer(translated):
            if run.start() > position:
                starts.append(folded_length)
                origins.append(position)
                parts.append(translated[position : run.start()])
                folded_length += run.start() - position
            starts.append(folded_length)
            origins.append(run.start())
            parts.append(" ")
            folded_length += 1
            position = run.end()
        if position < len(translated):
            starts.append(folded_length)
            origins.append(position)
            parts.append(translated[position:])
        return cls("".join(parts), tuple(starts), tuple(origins))

    def original(self, position: int) -> int:
        """The offset in the original text of the folded character at ``position``."""
        piece = bisect.bisect_right(self._starts, position) - 1
        return self._origins[piece] + position - self._starts[piece]


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_TABLE)).strip()


class _LazyFolded:
    """An article and, built only when a quote is not found verbatim, its folded form."""

    def __init__(self, article: str) -> None:
        self.article = article
        self._folded: FoldedText | None = None

    @property
    def folded(self) -> FoldedText:
        if self._folded is None:
            self._folded = FoldedText.of(self.article)
        return self._folded


def find_quote(article: FoldedText | str | _LazyFolded, quote: str) -> tuple[int, int] | None:
    """``(start, end)`` of ``quote`` in the original article, or ``None`` if it is not there."""
    if isinstance(article, _LazyFolded):
        stripped = quote.strip()
        exact = article.article.find(stripped) if stripped else -1
        if exact >= 0:  # the common case, at C speed: the quote is verbatim
            return exact, exact + len(stripped)
        article = article.folded
    folded = article if isinstance(article, FoldedText) else FoldedText.of(article)
    needle = _fold(quote)
    if not needle:
        return None
    position = folded.text.find(needle)
    if position < 0:
        return None
    last = position + len(needle) - 1
    return folded.original(position), folded.original(last) + 1


def ground_summary(summary: ArticleSummary, article: str) -> ArticleSummary:
    """A copy of ``summary`` with offsets filled and ungrounded items moved to ``rejected``
    (``summary`` itself when every quote already has the offsets grounding would give)."""
    folded = _LazyFolded(article)
    updates: dict[str, list[object]] = {}
    rejected = list(summary.rejected)
    changed = False
    for section in SECTIONS:
        kept: list[object] = []
        for item in getattr(summary, section):
            found: list[Evidence] = []
            missing: list[str] = []
            moved = False
            for evidence in item.evidence:
                span = find_quote(folded, evidence.quote)
                if span is None:
                    missing.append(evidence.quote)
                elif span == (evidence.start, evidence.end):
                    found.append(evidence)  # already right: no copy
                else:
                    found.append(Evidence(quote=evidence.quote, start=span[0], end=span[1]))
                    moved = True
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
            unchanged = not missing and not moved
            if found and unchanged:
                kept.append(item)
            elif found:
                kept.append(item.model_copy(update={"evidence": found}))
            changed = changed or not (found and unchanged)
        updates[section] = kept
    if not changed:
        return summary
    return summary.model_copy(update={**updates, "rejected": rejected})


def _describe(item: Any) -> str:
    if hasattr(item, "participants"):
        return " / ".join(a.name for a in item.participants)
    if hasattr(item, "imposer"):
        return f"{item.imposer.name} -> {item.target.name}"
    return str(item.actor.name)


def quote_checker(article: str) -> Callable[[ArticleSummary], list[str]]:
    """A check for validation: one message per evidence quote not found in ``article``."""
    folded = _LazyFolded(article)

    def check(summary: ArticleSummary) -> list[str]:
        problems = []
        for section in SECTIONS:
            for i, item in enumerate(getattr(summary, section)):
                for j, evidence in enumerate(item.evidence):
                    if find_quote(folded, evidence.quote) is None:
                        problems.append(
                            f'{section}[{i}] ({_describe(item)}) evidence[{j}]: "{evidence.quote}"'
                        )
        return problems

    return check


_REPORTING_WORDS = (
    r"said|says|say|told|tells|according to|stated|states|added|announced|declared|"
    r"noted|warned|spokes(?:man|woman|person)"
)
_REPORTING = re.compile(rf"\b(?:{_REPORTING_WORDS})\b", re.IGNORECASE)
# Each alternative above starts with one of these. Finding them with str.find and trying
# the pattern only there is several times cheaper than a case-insensitive scan, which is
# tried at every position.
_REPORTING_STEMS = (
    *("said", "say", "told", "tell", "according to", "stated", "states", "added"),
    *("announced", "declared", "noted", "warned", "spokes"),
)
_REPORTING_HERE = re.compile(rf"(?:{_REPORTING_WORDS})\b")


def _reports(text: str) -> bool:
    """Whether ``_REPORTING`` finds a reporting word in ``text``."""
    lowered = text.lower()
    for stem in _REPORTING_STEMS:
        start = lowered.find(stem)
        while start >= 0:
            if not (start and is_word_char(lowered[start - 1])) and _REPORTING_HERE.match(
                lowered, start
            ):
                return True
            start = lowered.find(stem, start + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _actor_terms(name: str, kind: str, country: str | None) -> tuple[str, ...]:
    """Words that name an actor: its name (and surname) first, the likeliest to be found.

    Cached: the same actors ("China", "Foreign Minister Wang Yi") recur across articles.
    """
    terms = [name]
    if kind == "person":
        terms.append(name.split()[-1])
    if country:
        terms += gazetteer().terms_for(country)
    return tuple(t for t in dict.fromkeys(terms) if t)


def _names(window: str, terms: tuple[str, ...]) -> bool:
    """Whether ``window`` has any of ``terms`` as a whole word (not inside a longer one)."""
    # A substring test first: most of a state's terms are not in a sentence at all.
    return any(
        term in window and next(word_starts(window, term), None) is not None for term in terms
    )


def flag_attribution(summary: ArticleSummary, article: str) -> ArticleSummary:
    """Mark each stance and goal ``attributed`` or not, and count the ones that are not."""
    spans = sentence_spans(article)
    starts = [s for s, _ in spans]
    reports: dict[int, bool] = {}

    def names_near(start: int, terms: tuple[str, ...]) -> bool:
        """Whether the sentence at ``start``, or a neighbour with a reporting verb, names
        one of ``terms``. The neighbours are read only when the sentence does not."""
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or start >= spans[index][1]:
            return False
        if _names(article[spans[index][0] : spans[index][1]], terms):
            return True
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(spans):
                text = article[spans[neighbour][0] : spans[neighbour][1]]
                if neighbour not in reports:
                    reports[neighbour] = _reports(text)
                if reports[neighbour] and _names(text, terms):
                    return True
        return False

    unattributed = 0
    updates: dict[str, list[Any]] = {}
    for section in ("goals", "stances"):
        flagged = []
        for item in getattr(summary, section):
            actor = item.actor
            terms = _actor_terms(actor.name, actor.kind, actor.country)
            ok = any(names_near(ev.start, terms) for ev in item.evidence if ev.start is not None)
            unattributed += not ok
            flagged.append(item.model_copy(update={"attributed": ok}))
        updates[section] = flagged
    return summary.model_copy(update={**updates, "unattributed": unattributed})
