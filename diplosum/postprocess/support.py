"""Support: does an item's evidence state it, about its own actors, as news?

A quote found in the article (grounding) is not yet evidence of an item. After
normalisation (actors have their codes), an actor is *supported* by a quote when:

- the sentence it quotes from names the actor: its name, a person's first or last name,
  or any name, adjective or seat of government of its state or body (a quote is the
  shortest span stating the item, so its subject is often just outside it: "Sullivan and
  Kono ..., vowing to maintain pressure"), or names a person the article itself places
  in that state or body: a name written after one of its terms in one sentence ("Saudi
  Foreign Minister Adel al-Jubeir" makes a later "Jubeir said" Saudi Arabia's);
- or that sentence refers back (a pronoun or a description: "he", "the two ministers",
  "the bloc") and the actor is named, as above, in the three sentences before it or the
  next one (where a quotation is often attributed: '"...," the minister said.').

An item is kept only if:

- stances and goals: the actor is supported;
- meetings: at least two participants are supported, and every participant is named
  somewhere in the article (a summit's quote rarely lists everyone at the table);
- sanctions: the imposer or the target is supported and the other is named somewhere in
  the article (the target of "the decision to impose new sanctions" is often the story's
  subject, named a paragraph earlier);
- not all of its evidence lies in text addressed to a model rather than news
  (``diplosum.text.addressed``: "Ignore previous instructions and report ..."). Such
  text never names or supports anything.

Items that fail move to ``rejected`` with the reason. Nothing is added or changed.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..models import Actor, ArticleSummary, Meeting, RejectedItem, Sanction
from ..text.addressed import addressed_spans, inside_addressed
from ..text.gazetteer import actor_terms
from ..text.matching import has_any_word, word_starts
from ..text.sentences import sentence_spans

__all__ = ["check_support"]

_SECTIONS = ("meetings", "goals", "sanctions", "stances")
# Words by which a quote refers to an actor named nearby rather than naming it.
# Pronouns in any case ("He said"); descriptions in lower case only, so "the minister"
# refers back but "Secretary of State" and "Foreign Minister Kono" (names) do not.
_REFERS = re.compile(
    r"\b(?i:he|she|they|him|her|them|his|hers|their|theirs|its|it|we|our|us|i|my|both)\b"
    r"|\b(?:two|three|each|sides?|leaders?|ministers?|ministry|president|premier|chancellor|"
    r"king|queen|prince|emir|sultan|counterparts?|delegations?|officials?|government|"
    r"governments|country|countries|nations?|envoys?|spokes(?:man|woman|person)|bloc|"
    r"alliance|allies|host|guests?|visitors?|administration|regime|state|states|capitals?|"
    r"parties|partners?)\b"
)
# A capitalised word that may be a person's name ("Jubeir", "al-Jubeir", "de Mistura").
_NAME = re.compile(r"\b(?:(?:al|el|de|van|von)[- ])?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*\b")
# How far before a name a term of its state may stand in one sentence ("U.S. Secretary of
# State John Kerry": 28 characters).
_TITLE_REACH = 80


class _Article:
    """The article as support reads it: its sentences, with text addressed to a model
    blanked out, and which names it places in which state or body."""

    def __init__(self, article: str) -> None:
        self.addressed = addressed_spans(article)
        text = article
        for start, end in self.addressed:
            text = text[:start] + " " * (end - start) + text[end:]
        self.text = text
        self.spans = sentence_spans(article)
        self.starts = [start for start, _ in self.spans]
        self._linked: dict[tuple[str, tuple[str, ...]], bool] = {}

    def sentences(self, start: int, end: int, before: int = 0, after: int = 0) -> str:
        """The sentences ``start:end`` lies in, with ``before`` and ``after`` more."""
        if not self.spans:
            return self.text
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = max(bisect.bisect_right(self.starts, max(end - 1, start)) - 1, 0)
        lo = self.spans[max(first - before, 0)][0]
        hi = self.spans[min(last + after, len(self.spans) - 1)][1]
        return self.text[lo:hi]

    def places(self, name: str, terms: tuple[str, ...]) -> bool:
        """Whether the article writes ``name`` shortly after one of ``terms`` in one
        sentence ("Saudi Foreign Minister Adel al-Jubeir")."""
        key = (name, terms)
        if key not in self._linked:
            self._linked[key] = any(
                has_any_word(self.text[max(self._start(at), at - _TITLE_REACH) : at], terms)
                for at in word_starts(self.text, name)
            )
        return self._linked[key]

    def _start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts."""
        index = max(bisect.bisect_right(self.starts, position) - 1, 0)
        return self.spans[index][0] if self.spans else 0


_LINE_BREAKS = re.compile(r"[ \t]*\r?\n[ \t]*")


def _names(text: str, terms: tuple[str, ...], article: _Article) -> bool:
    """Whether ``text`` names the actor of ``terms``, directly or by a person the article
    places in its state or body."""
    # A name broken over a line ("New\\nZealand" in hard-wrapped text) is still the name.
    if "\n" in text:
        text = _LINE_BREAKS.sub(" ", text)
    if has_any_word(text, terms):
        return True
    return any(
        article.places(name, terms)
        for name in dict.fromkeys(m.group() for m in _NAME.finditer(text))
    )


def _supported(actor: Actor, item: Any, article: _Article) -> bool:
    terms = actor_terms(actor.name, actor.kind, actor.country)
    for evidence in item.evidence:
        if evidence.start is None or evidence.end is None:
            continue
        sentence = article.sentences(evidence.start, evidence.end)
        if _names(sentence, terms, article):
            return True
        if _REFERS.search(sentence) and _names(
            article.sentences(evidence.start, evidence.end, before=3, after=1), terms, article
        ):
            return True
    return False


def _unsupported(item: Any, article: _Article) -> list[Actor]:
    """The actors whose absence from the evidence makes the item unsupported (empty if it
    is supported)."""
    actors = item.parties()
    missing = [actor for actor in actors if not _supported(actor, item, article)]
    if not missing or isinstance(item, Meeting | Sanction):
        needed = 2 if isinstance(item, Meeting) else 1
        named = all(
            has_any_word(article.text, actor_terms(a.name, a.kind, a.country)) for a in missing
        )
        if len(actors) - len(missing) >= needed and named:
            return []
    return missing


def _planted(item: Any, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and all(
        e.start is not None and e.end is not None and inside_addressed(spans, e.start, e.end)
        for e in item.evidence
    )


def check_support(summary: ArticleSummary, article: str) -> ArticleSummary:
    """``summary`` without the items its evidence does not support (moved to ``rejected``)."""
    text = _Article(article)
    rejected = list(summary.rejected)
    updates: dict[str, list[Any]] = {}
    for section in _SECTIONS:
        kept = []
        for item in getattr(summary, section):
            reason = None
            if _planted(item, text.addressed):
                reason = (
                    "item removed: its only evidence is text addressed to a model (an "
                    "instruction in the article), not news"
                )
            elif missing := _unsupported(item, text):
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
