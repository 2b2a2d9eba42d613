"""Attribution of stances and goals: does the article say whose position it is?

The sentence holding a quote, or a neighbouring sentence with a reporting clause ("said",
"told reporters", "according to"), must name the actor: its name, a person's surname, or
any name, adjective or seat of government of its state or body. Items that fail are kept,
marked ``attributed=False`` and counted in ``ArticleSummary.unattributed``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..models import ArticleSummary
from ..text.gazetteer import actor_terms
from ..text.matching import has_any_word, is_word_char
from ..text.sentences import sentence_spans

__all__ = ["flag_attribution"]

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
        if has_any_word(article[spans[index][0] : spans[index][1]], terms):
            return True
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(spans):
                text = article[spans[neighbour][0] : spans[neighbour][1]]
                if neighbour not in reports:
                    reports[neighbour] = _reports(text)
                if reports[neighbour] and has_any_word(text, terms):
                    return True
        return False

    unattributed = 0
    updates: dict[str, list[Any]] = {}
    for section in ("goals", "stances"):
        flagged = []
        for item in getattr(summary, section):
            actor = item.actor
            terms = actor_terms(actor.name, actor.kind, actor.country)
            ok = any(names_near(ev.start, terms) for ev in item.evidence if ev.start is not None)
            unattributed += not ok
            flagged.append(item.model_copy(update={"attributed": ok}))
        updates[section] = flagged
    return summary.model_copy(update={**updates, "unattributed": unattributed})
