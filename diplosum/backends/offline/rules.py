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

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ...models import Actor, ArticleSummary
from ...text.dates import detect_published
from ...text.reading import reading as text_reading
from ...text.sentences import sentence_spans
from .actors import ActorMention, find_actors
from .agent_nouns import describes_other_than_agent
from .goals import goals_in
from .lead import headline_and_summary
from .lexicon import lexicon
from .measures import marks as measure_marks
from .meetings import meetings
from .mention import PEOPLE
from .quotations import quoted_at
from .referred import names_parties_indirectly
from .sanction_stances import sanction_stances
from .sanctions import sanctions_in
from .sentence import RuleSentence
from .speech import reported_stances
from .stances import aims_supported, stances_in
from .verbatim import condensed, quoted_from

__all__ = ["extract_summary"]


def _last_two(mentions: list[ActorMention], article: str) -> tuple[ActorMention, ...]:
    """The last two states or bodies named in ``mentions`` (for "the two leaders", "they"),
    not adjectives of others than their agents ("the Irish duo", "the US tycoon")."""
    found: list[ActorMention] = []
    for mention in reversed(mentions):
        if mention.kind == "adjective" and describes_other_than_agent(article, mention.end):
            continue
        if mention.code and all(mention.code != m.code for m in found):
            found.insert(0, mention)
            if len(found) == 2:
                break
    return tuple(found)


def _last_people(
    mentions: list[ActorMention], end: int, article: str, start: int
) -> tuple[ActorMention, ...]:
    """The last three people named in ``mentions[:end]``, in order; for a sentence starting
    at ``start`` outside quotation marks, not those named inside one ('"The fact is that
    Pinera is there," he argued. He also ...': he is the speaker, not the one he spoke
    of)."""
    found: list[ActorMention] = []
    quoted = quoted_at(article, start)  # the sentence's own start
    for mention in reversed(mentions[:end]):
        if mention.kind in PEOPLE and (quoted or not quoted_at(article, mention.start)):
            found.insert(0, mention)
            if len(found) == 3:
                break
    return tuple(found)


#: The longest stretch read as one sentence. A real sentence is far shorter; text with no
#: sentence ends (a list, a table, a run-on scrape) is read in pieces of this size, so the
#: rules, which compare every actor of a sentence with the others, stay linear in the text.
MAX_SENTENCE = 1000


def _bounded(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``spans``, each longer than ``MAX_SENTENCE`` cut at the last clause break (else
    space) before that length."""
    if all(end - start <= MAX_SENTENCE for start, end in spans):
        return spans  # nearly always
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            limit = start + MAX_SENTENCE
            cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
            if cut <= start + MAX_SENTENCE // 2:
                cut = text.rfind(" ", start, limit)
            cut = cut + 1 if cut > start else limit
            bounded.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            bounded.append((start, end))
    return tuple(bounded)


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
    hits = lexicon().scan(article)
    spans = _bounded(article, sentence_spans(article))
    dated = published or detect_published(article)
    mentions = find_actors(article, year=dated.year if dated else None)
    states = [m for m in mentions if m.code and m.actor.kind != "person"]
    counts = Counter(m.code for m in states)
    first = {m.code: m.actor for m in reversed(states)}
    # "Canada's move to impose fresh sanctions": the target is the state the article is
    # most about besides the imposer.
    main_other: dict[str, Actor] = {}
    # Only states, and the EU (a customs union, the target of trade reprisals): other
    # bodies are seldom a measure's target (UN sanctions reported in a story about the IMF
    # are not on the IMF).
    ranked = [
        code for code, _ in counts.most_common() if first[code].kind == "state" or code == "EU"
    ][:2]
    for code in counts:
        # A body's measures fall on a state (UN sanctions are on a state, not on the EU).
        state_only = first[code].kind != "state"
        other = next(
            (c for c in ranked if c != code and (first[c].kind == "state" or not state_only)),
            None,
        )
        if code is not None and other is not None:
            main_other[code] = first[other]
    sections: dict[str, list[Any]] = {"meetings": [], "sanctions": [], "stances": [], "goals": []}
    starts = [m.start for m in mentions]
    triggered = [False] * len(spans)
    sentence_starts = [start for start, _ in spans]
    # A stopped measure ("suspended aid to", "suspended Mali") is a sanction trigger.
    for hit in (*hits.find("any"), *hits.find("reporting"), *measure_marks(hits)):
        index = bisect.bisect_right(sentence_starts, hit.start) - 1
        if index >= 0 and hit.end <= spans[index][1]:
            triggered[index] = True
    # An evaluative word in a quotation whose speaker comes sentences later ('"We will
    # never accept this. It is a violation of law," Lavrov said').
    for hit in (*hits.find("evaluation.oppose"), *hits.find("evaluation.support")):
        index = bisect.bisect_right(sentence_starts, hit.start) - 1
        if index >= 0 and not triggered[index] and quoted_at(article, spans[index][0]):
            triggered[index] = True
    # Only sentences with a trigger are read, and a neighbour when a quote's speaker is
    # looked for next door; most sentences are neither.
    sentences: dict[int, RuleSentence] = {}

    def sentence_at(index: int) -> RuleSentence:
        if index not in sentences:
            start, end = spans[index]
            first_mention = bisect.bisect_left(starts, start)
            last_mention = bisect.bisect_left(starts, end)
            actors = []
            for m in mentions[first_mention:last_mention]:
                if m.end <= end:
                    actors.append(m._replace(start=m.start - start, end=m.end - start))
            # The people named last, with a state or not: "he" is never someone named
            # before an unknown envoy who spoke since, nor "she" a man named after her.
            previous = _last_people(mentions, first_mention, article, start)
            sentences[index] = RuleSentence(
                start,
                article[start:end],
                actors,
                hits,
                article,
                previous_people=previous,
                previous_parties=_last_two(
                    mentions[max(0, first_mention - 12) : first_mention], article
                ),
            )
        return sentences[index]

    for index in range(len(spans)):
        if not triggered[index]:
            continue
        sentence = sentence_at(index)

        def nearby(index: int = index) -> Iterator[RuleSentence]:
            # Further on, a quotation may run over several sentences to its speaker.
            for i in (index + 1, index - 1, index + 2, index + 3):
                if 0 <= i < len(spans):
                    yield sentence_at(i)

        goals = goals_in(sentence, nearby)  # a goal's holder may be named next door
        sections["goals"] += goals
        stances = stances_in(sentence, nearby)
        taken = {stance.actor.country for stance in stances if stance.actor.country}
        stances += reported_stances(sentence, nearby, taken)
        stances += aims_supported(goals, {stance.actor.country for stance in stances})
        # A meeting needs two states named in the sentence (or "he", "the two leaders" for
        # those named before it); a sanction or a stance one. Sentences that name fewer
        # are ruled out here (most are) without reading them.
        codes = {mention.code for mention in sentence.actors if mention.code}
        if sentence.has("meeting.triggers") and (
            len(codes) >= 2 or names_parties_indirectly(sentence)
        ):
            sections["meetings"] += meetings(sentence)
        if not codes:
            sections["stances"] += stances
            continue
        new_sanctions = sanctions_in(sentence, main_other)
        sections["sanctions"] += new_sanctions
        sections["stances"] += sanction_stances(sentence, new_sanctions)
        sections["stances"] += stances
    sections = {name: _of_states(items) for name, items in sections.items()}
    if len(spans) >= ONE_PARTY_ARTICLE and _one_party(sections, sentences.values()):
        sections = {name: [] for name in sections}
    eventful = {
        index
        for index in sentences
        for item in (*sections["meetings"], *sections["sanctions"])
        if item.evidence[0].start == sentences[index].start
    }
    headline, summary = headline_and_summary(article, spans, eventful)
    return ArticleSummary(headline=headline, summary=summary, **sections)
