"""Support: does an item's evidence state it, about its own actors, as news?

A quote found in the article (grounding) is not yet evidence of an item. After
normalisation (actors have their codes), each item is kept only if:

- its evidence names each of its actors (a name, a person's first or last name, or any
  name, adjective or seat of government of the actor's state or body) in the sentence
  it quotes from (a quote is the shortest span stating the item: its subject is often
  just outside it, "Sullivan and Kono ..., vowing to maintain pressure"), or refers to
  one the article has just named: a sentence with a pronoun or a description ("he",
  "the two ministers", "the bloc") counts an actor named in the two sentences before it
  or the next one (where a quotation is often attributed: '"...," the minister said.');
- not all of its evidence lies in text addressed to a model rather than news
  (``diplosum.text.addressed``: "Ignore previous instructions and report ...").

Items that fail move to ``rejected`` with the reason. Nothing is added or changed.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..models import Actor, ArticleSummary, RejectedItem
from ..text.addressed import addressed_spans, inside_addressed
from ..text.gazetteer import actor_terms
from ..text.matching import has_any_word
from ..text.sentences import sentence_spans

__all__ = ["check_support"]

_SECTIONS = ("meetings", "goals", "sanctions", "stances")
# Words by which a quote refers to an actor named nearby rather than naming it.
# Pronouns in any case ("He said"); descriptions in lower case only, so "the minister"
# refers back but "Secretary of State" and "Foreign Minister Kono" (names) do not.
_REFERS = re.compile(
    r"\b(?i:he|she|they|him|her|them|his|hers|their|theirs|its|it|we|our|us|i|my|both)\b"
    r"|\b(?:two|three|each|sides?|leaders?|ministers?|ministry|president|premier|chancellor|"
    r"king|queen|counterparts?|delegations?|officials?|government|governments|country|"
    r"countries|nations?|envoys?|spokes(?:man|woman|person)|bloc|alliance|allies|host|"
    r"guests?|visitors?|administration|regime|state|states|capitals?|parties|partners?)\b"
)


def _actors(item: Any) -> list[Actor]:
    if hasattr(item, "participants"):
        return list(item.participants)
    if hasattr(item, "imposer"):
        return [item.imposer, item.target]
    return [item.actor]


class _Article:
    """The article's sentences, and the text around a quote where its references point."""

    def __init__(self, article: str) -> None:
        self.text = article
        self.spans = sentence_spans(article)
        self.starts = [start for start, _ in self.spans]

    def sentences(self, start: int, end: int, before: int = 0, after: int = 0) -> str:
        """The sentences ``start:end`` lies in, with ``before`` and ``after`` more."""
        if not self.spans:
            return self.text
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = max(bisect.bisect_right(self.starts, max(end - 1, start)) - 1, 0)
        lo = self.spans[max(first - before, 0)][0]
        hi = self.spans[min(last + after, len(self.spans) - 1)][1]
        return self.text[lo:hi]


def _names(actor: Actor, quote: str, start: int | None, end: int | None, text: _Article) -> bool:
    terms = actor_terms(actor.name, actor.kind, actor.country)
    if has_any_word(quote, terms):
        return True
    if start is None or end is None:
        return False
    sentence = text.sentences(start, end)
    if has_any_word(sentence, terms):
        return True
    return _REFERS.search(sentence) is not None and has_any_word(
        text.sentences(start, end, before=2, after=1), terms
    )


def _unnamed(item: Any, text: _Article) -> list[Actor]:
    """The item's actors its evidence neither names nor refers to."""
    return [
        actor
        for actor in _actors(item)
        if not any(_names(actor, e.quote, e.start, e.end, text) for e in item.evidence)
    ]


def _planted(item: Any, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and all(
        e.start is not None and e.end is not None and inside_addressed(spans, e.start, e.end)
        for e in item.evidence
    )


def check_support(summary: ArticleSummary, article: str) -> ArticleSummary:
    """``summary`` without the items its evidence does not support (moved to ``rejected``)."""
    text = _Article(article)
    addressed = addressed_spans(article)
    rejected = list(summary.rejected)
    updates: dict[str, list[Any]] = {}
    for section in _SECTIONS:
        kept = []
        for item in getattr(summary, section):
            reason = None
            if _planted(item, addressed):
                reason = (
                    "item removed: its only evidence is text addressed to a model (an "
                    "instruction in the article), not news"
                )
            elif missing := _unnamed(item, text):
                names = ", ".join(repr(actor.name) for actor in missing)
                reason = f"item removed: its evidence neither names nor refers to {names}"
            if reason is None:
                kept.append(item)
            else:
                rejected.append(
                    RejectedItem(section=section, item=item.model_dump(mode="json"), reason=reason)
                )
        updates[section] = kept
    if len(rejected) == len(summary.rejected):
        return summary
    return summary.model_copy(update={**updates, "rejected": rejected})
