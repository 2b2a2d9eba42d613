"""The offline backend: a rule-based diplomatic event coder, no model, no network, no key.

- ``rules``: the extractor, section by section (``extract_summary``);
  ``article_sentences``: the sentences it reads, each built when first needed;
  ``verbatim``: the text it reads (line ends, HTML character references) and each quote
  put back as written.
- ``sentence``, ``clauses``: one sentence as the rules read it, and the word patterns they
  look for (``questions``: what is asked states nothing); ``agent_nouns``: whether a
  state's name or adjective stands for its agent (``agent_words``: the nouns around it
  that decide);
  ``subjects``, ``coordination``, ``pronouns``: who a clause's subject is, which actors a
  list joins, who a pronoun stands for (``subject_before`` and ``subject_after``: a
  subject named before the clause, or after the participle phrase it opens with;
  ``appositive_subjects``: two people each set off with an office, as one subject).
- ``actors``: states, bodies and people mentioned in running text (``titles``: people
  named after an office, ``title_states``: the state a title names; ``mention``: the
  ``ActorMention`` the rules pass around; ``namesakes``: a known name the text gives to
  someone else, and ``first_names``: a first name spelt two ways).
- ``lexicon``: the trigger phrases of ``data/lexicon.json``, matched in one pass.
- ``meetings``, ``meeting_subjects`` (who a meeting word's subject is not), ``parties``
  (with ``party_lists``: a list of parties read from a place), ``own_parties``,
  ``referred`` (parties named by reference), ``visits``, ``addressed``
  (the one a visitor calls on, welcomes or tells), ``meeting_groups`` (one meeting or one
  per partner) and ``no_meeting``.
- ``sanctions``, ``imposers``, ``sanction_targets`` and ``sanction_stances`` (the
  imposer's opposition to the target).
- ``stances``, ``stance_triggers`` (which stance words are read), ``agents`` (who holds
  a stance besides its clause's subject), ``speech`` (reported speech), ``reporting``
  (with ``speaker_after``) and ``speakers`` (who speaks), ``legal_terms`` (words of the
  law: no one's judgment).
- ``goals`` and ``aim_stances`` (support for the outcome an aim names); ``phrases``
  (readable topics and aims: ``phrase_starts``, ``phrase_ends``, ``phrase_cuts`` and
  ``phrase_times`` where one starts, ends, is cut short and holds a time; ``datelines``
  what a story's first sentence opens with); ``lead`` (headline and summary;
  ``lead_openings``: where a long lead's headline starts; ``headline_cuts``: where it
  ends).

Its answers are not cached: the coder takes a few milliseconds an article, and a cached
answer would hide every later fix to the rules. The pipeline grounds and normalises its
output like any model's answer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import Extraction
from .rules import extract_summary

__all__ = ["OfflineBackend", "extract_summary"]


class OfflineBackend:
    """The rule-based extractor as a backend: deterministic, fast, no network."""

    name = "offline"
    reads_prompt = False
    #: The article's date tells the rules who a name stood for then ("Shevardnadze" in 1987).
    reads_published = True
    model = "rules-v2"

    def cache_identity(self) -> dict[str, Any] | None:
        return None

    def extract(
        self, messages: list[dict[str, str]], *, article: str, published: dt.date | None = None
    ) -> Extraction:
        summary = extract_summary(article, published=published)
        return Extraction(output=summary, model=self.model, cost_usd=0.0)

    async def aextract(
        self, messages: list[dict[str, str]], *, article: str, published: dt.date | None = None
    ) -> Extraction:
        return self.extract(messages, article=article, published=published)

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""
