"""The offline extractor's rules: a dictionary-based diplomatic event coder.

In the tradition of dictionary-based event coders (PETRARCH, behind GDELT and ICEWS), it
reads one sentence at a time:

1. Actors: states, bodies and people with their states (``actors``).
2. Triggers from ``data/lexicon.json`` for meetings, sanctions, stances and goals, found
   in one pass over the article (``lexicon``); only sentences with one are read.
3. Roles by position, one module per kind of item: ``meetings`` (subject, objects and
   the trigger's own modifiers), ``sanctions`` (imposer before, target after),
   ``stances`` (a stance word's holder) and ``speech`` (a reported speaker's position),
   goals here (the holder of an aim, or the speaker of "our goal").
4. Status and polarity from cue words in the trigger's clause (``will``, ``expected`` ->
   planned; ``offered`` -> proposed; ``called off`` -> cancelled; ``lifted``, ``vetoed``).

The evidence of every item is its sentence, verbatim; the pipeline grounds, normalises
and merges it like any model's answer. The headline and summary are the article's lead.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ...models import Actor, ArticleSummary, Goal
from ...text.dates import detect_published
from ...text.sentences import sentence_spans
from .actors import ActorMention, find_actors
from .lead import headline_and_summary
from .lexicon import Hit, lexicon
from .meetings import meetings, names_parties_indirectly
from .phrases import readable
from .sanctions import sanction_stances, sanctions_in
from .sentence import Nearby, RuleSentence
from .speech import quoted_at, reported_stances
from .speech import speaker as speaker_of
from .stances import stances_in

__all__ = ["extract_summary"]

_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my)\b[^,;.]{0,40}$", re.I)
# A match ends at the end and is at most 43 characters long ("our" and 40 more). The pattern
# opens with "\b", tried at every position: searching only the tail of a long sentence,
# not the whole of it, finds the same.
_FIRST_PERSON_REACH = 44


def _first_person_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a clause of "we", "our", "us", "I" or "my"."""
    return _FIRST_PERSON.search(text, max(0, end - _FIRST_PERSON_REACH), end) is not None


# Right before a goal trigger: "accused Spain of trying to" (someone else's
# account), "not aimed at" (a denial), "a woman who tried to" (whoever "who" stands for).
_NOT_OWN_AIM = re.compile(r"\b(of|who|not|never|no)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)


# A participle right after a common noun is that noun's ("rebels trying to overthrow",
# "fishermen hoping to return"), unless the noun is an auxiliary or an adverb.
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+\Z")
_NOT_A_HEAD = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "also", "still", "now", "not"}
    | {"already", "and", "or", "but", "while", "by", "of", "in", "on", "for", "again"}
)


def _noun_participle(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a participle ("trying to") that a common noun before it
    holds, not the clause's subject."""
    if not trigger.phrase.split()[0].endswith("ing"):
        return False
    word = _WORD_BEFORE.search(s.text, max(0, trigger.start - 20), trigger.start)
    if word is None or word.group(1) in _NOT_A_HEAD or word.group(1).endswith("ly"):
        return False
    return not any(a.end == word.end(1) for a in s.actors)


def _relative_head(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """``None`` when the trigger states an aim of the clause's subject; else who holds it:
    nobody, or for "Kerry, who wants to", the agent "who" stands for."""
    if _noun_participle(s, trigger):
        return []
    cue = _NOT_OWN_AIM.search(s.text, max(0, trigger.start - 30), trigger.start)
    if cue is None:
        return None
    if cue.group(1).lower() != "who":
        return []
    head = [a for a in s.actors if a.end <= cue.start() and a.code]
    if head and not s.text[head[-1].end : cue.start()].strip(" ,") and s.is_agent(head[-1]):
        return head[-1:]
    return []


# An opening phrase of aim, whose holder is the main clause's subject after its comma.
_OPENING_AIM = re.compile(
    r"\s*(?:In\s+(?:a|an)\s+(?:bid|effort|attempt|move)|In\s+order|Seeking|Hoping|Aiming|"
    r"Trying|Determined|Eager|Keen)\b[^,;]*,\s*"
)


def _opening_aim(s: RuleSentence, trigger: Hit) -> int | None:
    """Where the opening phrase of aim that holds ``trigger`` ends ("In a bid to ease
    tensions, | China sent ..."); ``None`` if the trigger is in no such phrase."""
    opening = _OPENING_AIM.match(s.text)
    return opening.end() if opening is not None and trigger.end <= opening.end() else None


def _goal_holders(
    s: RuleSentence,
    trigger: Hit,
    nearby: Nearby,
    opening: int | None,
) -> list[ActorMention]:
    """Who states the aim of ``trigger``: "who" stands for, the speaker of "we ... do all
    we can to" or "our goal", else the clause's subject (or its pronoun's referent), else
    the sentence's speaker."""
    relative = _relative_head(s, trigger)
    if relative is not None:
        return relative
    if opening is not None:
        # "In a bid to ease tensions, China sent ...": the main clause's subject.
        subject = [a for a in s.actors if a.start >= opening and a.code]
        return s.holders(subject[0].end) if subject else []
    first_person = _first_person_before(s.text, trigger.end)
    speaker = speaker_of(s, nearby) if first_person else None
    if speaker is not None:
        return [speaker]
    holders = s.holders(trigger.start) or s.referents(trigger.start)
    if not holders and not first_person:
        speaker = speaker_of(s, nearby)
        holders = [speaker] if speaker else []
    return holders


# Aims named by a noun ("his plan to remove the embargo was a worrying issue"): the aim
# ends where the sentence's own verb begins.
_NOUN_AIMS = frozenset(
    {"a move to", "bid to", "effort to", "efforts to", "plan to", "commitment to"}
    | {"determination to", "intention to", "priority to", "aim of", "goal of", "policy of"}
)
_MAIN_VERB = re.compile(r"\s(?:was|is|were|are|has|have|had|will|would|could|may|might)\s")


def _before_main_verb(statement: str) -> str:
    """``statement`` up to the main clause's verb, if two words or more come before it."""
    verb = _MAIN_VERB.search(statement)
    if verb is None or len(statement[: verb.start()].split()) < 2:
        return statement
    return statement[: verb.start()]


def _goals(s: RuleSentence, nearby: Nearby) -> list[Goal]:
    """Each holder's first aim in ``s`` ("Britain promised ..., while Germany said it would
    give ..."). ``nearby`` gives the sentences next door, built only when looked at."""
    found: list[Goal] = []
    held: set[str | None] = set()
    for trigger in s.find("goal.triggers"):
        opening = _opening_aim(s, trigger)
        holders = [h for h in _goal_holders(s, trigger, nearby, opening) if h.code not in held]
        # An opening phrase of aim ends at its comma: "In a bid to ease tensions, ...".
        text = s.text if opening is None else s.text[:opening]
        statement = readable(text.rstrip(", "), trigger.end, 14) or (
            None if _relative_head(s, trigger) is not None else readable(text, trigger.start, 14)
        )
        if not holders or statement is None:
            continue
        if trigger.phrase in _NOUN_AIMS:
            statement = _before_main_verb(statement)
        held.update(h.code for h in holders)
        found += [Goal(actor=h.actor, statement=statement, evidence=s.evidence()) for h in holders]
    return found


def _last_two(mentions: list[ActorMention]) -> tuple[ActorMention, ...]:
    """The last two states or bodies named in ``mentions`` (for "the two leaders")."""
    found: list[ActorMention] = []
    for mention in reversed(mentions):
        if mention.code and all(mention.code != m.code for m in found):
            found.insert(0, mention)
            if len(found) == 2:
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


def extract_summary(article: str) -> ArticleSummary:
    """Summarise ``article`` with rules alone."""
    hits = lexicon().scan(article)
    spans = _bounded(article, sentence_spans(article))
    dated = detect_published(article)
    mentions = find_actors(article, year=dated.year if dated else None)
    states = [m for m in mentions if m.code and m.actor.kind != "person"]
    counts = Counter(m.code for m in states)
    first = {m.code: m.actor for m in reversed(states)}
    # "Canada's move to impose fresh sanctions": the target is the state the article is
    # most about besides the imposer.
    main_other: dict[str, Actor] = {}
    ranked = [code for code, _ in counts.most_common()[:2]]
    for code in counts:
        other = ranked[0] if ranked[0] != code else ranked[1] if len(ranked) > 1 else None
        if code is not None and other is not None:
            main_other[code] = first[other]
    sections: dict[str, list[Any]] = {"meetings": [], "sanctions": [], "stances": [], "goals": []}
    starts = [m.start for m in mentions]
    triggered = [False] * len(spans)
    sentence_starts = [start for start, _ in spans]
    for hit in (*hits.find("any"), *hits.find("reporting")):
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
                    actors.append(
                        ActorMention(m.start - start, m.end - start, m.actor, m.kind, m.code)
                    )
            # The person named last, with a state or not: "he" is never someone named
            # before an unknown envoy who spoke since.
            previous = next(
                (m for m in reversed(mentions[:first_mention]) if m.kind == "person"), None
            )
            sentences[index] = RuleSentence(
                start,
                article[start:end],
                actors,
                hits,
                article,
                previous_person=previous,
                previous_parties=_last_two(mentions[max(0, first_mention - 12) : first_mention]),
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

        goals = _goals(sentence, nearby)  # a goal's holder may be named next door
        sections["goals"] += goals
        stances = stances_in(sentence, nearby)
        taken = {stance.actor.country for stance in stances if stance.actor.country}
        stances += reported_stances(sentence, nearby, taken)
        # A meeting needs two states named in the sentence (or "he", "the two leaders" for
        # those named before it); a sanction or a stance one. Sentences that name fewer
        # are ruled out here (most are) without reading them.
        codes = {mention.code for mention in sentence.actors if mention.code}
        if len(codes) >= 2 or names_parties_indirectly(sentence):
            sections["meetings"] += meetings(sentence)
        if not codes:
            sections["stances"] += stances
            continue
        new_sanctions = sanctions_in(sentence, main_other)
        sections["sanctions"] += new_sanctions
        sections["stances"] += sanction_stances(sentence, new_sanctions)
        sections["stances"] += stances
    eventful = {
        index
        for index in sentences
        for item in (*sections["meetings"], *sections["sanctions"])
        if item.evidence[0].start == sentences[index].start
    }
    headline, summary = headline_and_summary(article, spans, eventful)
    return ArticleSummary(headline=headline, summary=summary, **sections)
