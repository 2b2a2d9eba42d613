"""The offline extractor's rules: a dictionary-based diplomatic event coder.

In the tradition of dictionary-based event coders (PETRARCH, behind GDELT and ICEWS), it
reads one sentence at a time:

1. Actors: states, bodies and people with their states (``actors``).
2. Triggers from ``data/lexicon.json`` for meetings, sanctions, stances and goals, found
   in one pass over the article (``lexicon``); only sentences with one are read.
3. Roles by position, one module per kind of item: ``meetings`` (subject, objects and
   the trigger's own modifiers), ``sanctions`` (imposer before, target after),
   ``stances`` (a stance word's holder), ``speech`` (a reported speaker's position) and
   ``goals`` (the holder of an aim, or the speaker of "our goal").
4. Status and polarity from cue words in the trigger's clause (``will``, ``expected`` ->
   planned; ``offered`` -> proposed; ``called off`` -> cancelled; ``lifted``, ``vetoed``).
5. An article of several sentences whose items all come from sentences naming one state
   or body alone reports that state's domestic affairs: it has none (``_one_party``).

The evidence of every item is its sentence, verbatim; the pipeline grounds, normalises
and merges it like any model's answer. The headline and summary are the article's lead.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ...models import Actor, ArticleSummary
from ...text.dates import detect_published
from ...text.reading import reading as text_reading
from .actors import ActorMention, find_actors
from .aim_stances import aims_supported
from .article_sentences import ArticleSentences
from .dateline_hosts import may_meet_dateline
from .goals import goals_in
from .lead import headline_and_summary
from .lexicon import lexicon
from .meetings import meetings
from .referred import names_parties_indirectly
from .reported import adjectival
from .sanction_stances import sanction_stances
from .sanctions import sanctions_in
from .sentence import Nearby, RuleSentence
from .speech import reported_stances
from .stances import stances_in
from .verbatim import condensed, quoted_from

__all__ = ["extract_summary"]


#: The fewest sentences in which one party alone means domestic affairs (``_one_party``):
#: in a sentence or two ("The EU condemned the attack."), that party is all there is to see.
ONE_PARTY_ARTICLE = 4


def _one_party(sections: dict[str, list[Any]], read: Iterable[RuleSentence]) -> bool:
    """Whether every item of ``sections`` comes from sentences that name one state or body
    alone, and is held by it: diplomacy is between parties, and an article whose positions
    and aims all stay within one state (a minister defends a bill, police warn of a
    threat) reports domestic affairs, whatever words of stance it uses."""
    by_start = {sentence.start: sentence for sentence in read}
    codes: set[str | None] = set()
    for items in sections.values():
        for item in items:
            sentence = by_start.get(item.evidence[0].start)
            if sentence is None:
                return False  # not from a sentence read here: keep the article's items
            # A foreign leader out of office ("Mexico criticised candidate Ana Soto" of
            # Peru) makes it foreign affairs, though no party to them.
            codes.update(mention.code or mention.origin for mention in sentence.actors)
            codes.update(actor.country for actor in item.parties())
    codes.discard(None)
    return len(codes) == 1


def _of_states(items: list[Any]) -> list[Any]:
    """``items`` without those whose parties include a person of no state the rules found
    ("former President Ana Soto"): a stance or goal of theirs is no state's, a sanction by
    or on them none, and those they met did not meet each other."""
    return [item for item in items if all(party.country for party in item.parties())]


def extract_summary(article: str, *, published: dt.date | None = None) -> ArticleSummary:
    """Summarise ``article`` with rules alone; ``published`` (else a date in its dateline)
    dates the people it names.

    Hard-wrapped text (a line break every 70 characters, as in older wire archives) is read
    with its wrapped line breaks as spaces, so that "New\\nZealand" is a name and
    "imposed\\nsanctions" a trigger, Windows line ends ("\\r\\n") as line breaks, HTML
    character references ("&#039;") as their characters, and a word capitalised only for
    following "U.S." ("the U.S. And Japan") in small letters (``text.casing``); each quote
    is then taken from ``article`` itself (``verbatim``).
    """
    plain, spans = condensed(article)
    reading = text_reading(plain)
    summary = _extract(reading, published)
    return summary if reading is article else quoted_from(summary, article, spans)


def _extract(article: str, published: dt.date | None) -> ArticleSummary:
    dated = published or detect_published(article)
    mentions = find_actors(
        article, year=dated.year if dated else None, month=dated.month if dated else None
    )
    # "under repeated attack": a reporting verb's participle as an adjective reports nothing.
    hits = lexicon().scan(article).without("reporting", lambda hit: adjectival(article, hit))
    sentences = ArticleSentences(article, hits, mentions)
    main_other = _main_other(mentions)
    sections: dict[str, list[Any]] = {"meetings": [], "sanctions": [], "stances": [], "goals": []}
    # Only sentences with a trigger are read, and a neighbour when a quote's speaker is
    # looked for next door; most sentences are neither.
    for index in sentences.triggered():
        _read(sentences.at(index), sentences.nearby(index), main_other, sections)
    sections = {name: _of_states(items) for name, items in sections.items()}
    read = sentences.read
    if len(sentences.spans) >= ONE_PARTY_ARTICLE and _one_party(sections, read.values()):
        sections = {name: [] for name in sections}
    eventful = {
        index
        for index in read
        for item in (*sections["meetings"], *sections["sanctions"])
        if item.evidence[0].start == read[index].start
    }
    headline, summary = headline_and_summary(article, sentences.spans, eventful)
    return ArticleSummary(headline=headline, summary=summary, **sections)


def _main_other(mentions: list[ActorMention]) -> dict[str, Actor]:
    """For each state or body, the state the article is most about besides it: the target
    of "Canada's move to impose fresh sanctions"."""
    states = [m for m in mentions if m.code and m.actor.kind != "person"]
    counts = Counter(m.code for m in states)
    first = {m.code: m.actor for m in reversed(states)}
    # Only states, and the EU (a customs union, the target of trade reprisals): other
    # bodies are seldom a measure's target (UN sanctions reported in a story about the IMF
    # are not on the IMF).
    ranked = [
        code for code, _ in counts.most_common() if first[code].kind == "state" or code == "EU"
    ][:2]
    main_other: dict[str, Actor] = {}
    for code in counts:
        # A body's measures fall on a state (UN sanctions are on a state, not on the EU).
        state_only = first[code].kind != "state"
        other = next(
            (c for c in ranked if c != code and (first[c].kind == "state" or not state_only)),
            None,
        )
        if code is not None and other is not None:
            main_other[code] = first[other]
    return main_other


def _read(
    sentence: RuleSentence,
    nearby: Nearby,
    main_other: dict[str, Actor],
    sections: dict[str, list[Any]],
) -> None:
    """Add the goals, stances, meetings and sanctions of ``sentence`` to ``sections``."""
    goals = goals_in(sentence, nearby)  # a goal's holder may be named next door
    sections["goals"] += goals
    stances = stances_in(sentence, nearby)
    taken = {stance.actor.country for stance in stances if stance.actor.country}
    stances += reported_stances(sentence, nearby, taken)
    stances += aims_supported(goals, {stance.actor.country for stance in stances})
    # A meeting needs two states named in the sentence (or "he", "the two leaders" for
    # those named before it, or one and the story's dateline as host); a sanction or a
    # stance one. Sentences that name fewer are ruled out here (most are) without
    # reading them.
    codes = {mention.code for mention in sentence.actors if mention.code}
    if sentence.has("meeting.triggers") and (
        len(codes) >= 2
        or names_parties_indirectly(sentence)
        or (len(codes) == 1 and may_meet_dateline(sentence))
    ):
        sections["meetings"] += meetings(sentence)
    if not codes:
        sections["stances"] += stances
        return
    new_sanctions = sanctions_in(sentence, main_other)
    sections["sanctions"] += new_sanctions
    sections["stances"] += sanction_stances(sentence, new_sanctions)
    sections["stances"] += stances
