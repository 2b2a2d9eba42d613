"""Stances stated with a stance word: "Germany welcomed the deal", "rejected by China".

For each trigger of ``data/lexicon.json``'s ``stance`` lists (those read as stances:
``stance_triggers``; the position is the list's unless what is around it turns it:
``positions``), the holder is the agent after "by" in a passive ("was rejected by
China"; which verbs are passive is ``passives``'), else the subject of the trigger's
clause ("Kenya and Tanzania oppose ..."), else the speaker of the sentence's reporting
clause ("..., said a senior US official"). A holder takes the first position it is given
in a sentence: a later trigger is usually the object of the first ("resisting calls for
stimulus"), unless "but" contrasts them (``stance_chains``). What it is about is
``topics``'; positions said without a stance word are ``speech.reported_stances``'.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from ...models import Stance
from .acting_with import along_with, joined, sharers, with_absolute
from .agents import (
    NEEDS_AGENT,
    agents_of,
    document_owner,
    feeling_of_named,
    named_before,
    owned_by_unplaced,
)
from .appeals import asked_in_passive, asked_of_another, stopped_topic
from .clauses import MODALS
from .holderless import held_by_no_one
from .lexicon import Hit
from .mention import ActorMention
from .no_position import names_no_position, no_threat_made
from .no_speaker import others_open
from .passives import describes_a_noun, headline_participle, in_the_passive, with_own_agent
from .positions import Position, asked_from, position_of, received_at
from .pronouns import relative_clause_person
from .reported import adjectival, reported_of_unplaced
from .reporting import reporting_actor
from .sentence import Nearby, RuleSentence
from .speakers import joint_speakers, quoted_speaker
from .stance_chains import held_again, listed_verb
from .stance_nouns import apposed_holder, asks_nothing_said, met_by, stands_as_verb, stated_at
from .stance_triggers import stance_triggers
from .subject_after import opening_participle_end
from .topics import asked_end, names_only_holder, received_topic, stance_topic

__all__ = ["stances_in"]


# Judgments said of a subject: "the plan is unacceptable" is the speaker's, not the plan's.
_JUDGMENTS = frozenset({"unacceptable", "not acceptable", "non-viable"})
# (A quotation mark may open the judgment: 'are "not acceptable"'.)
_COPULA = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains|seemed|seems)\s+(?:\w+ly\s+)?[\"\u201c']?\Z"
)
# "steps that have rendered the accord unacceptable": what is made so is judged (by the
# speaker), not by the one who made it so.
_MADE = re.compile(
    r"\b(?:make|makes|made|making|render|renders|rendered|rendering)\s+"
    r"(?:[\w'\u2019-]+\s+){1,5}?\Z"
)


def _next(triggers: list[tuple[Hit, Position]], at: int, s: RuleSentence) -> int:
    """Where the first trigger past the one at ``at`` starts, else the sentence's end."""
    end = triggers[at][0].end
    return next((hit.start for hit, _ in triggers[at + 1 :] if hit.start >= end), len(s.text))


# Unnamed others as the subject: "several nations criticised", "many states have backed".
_OTHERS = re.compile(
    r"\b(?:several|many|some|other|few|numerous|various|most)\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+"
    r"(?:\w+ly\s+|also\s+|have\s+|had\s+|has\s+)?\Z",
    re.IGNORECASE,
)

# A position someone else says a third party must take: "Chile said Peru must respect the
# deal", "Lima should show its commitment to ..., he said" (not "we must support", the
# speaker's own).
_MUST = re.compile(
    rf"(?<![Ww]e\s)(?<!\bI\s)\b{MODALS}\s+"
    r"(?:[\"'\u201c]?[a-z]+\s+){0,3}[\"'\u201c]?(?:[a-z]+\s+)?\Z"
)


def _demanded(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is what a reporting speaker says its subject must do."""
    window = max(0, trigger.start - 50)
    return _MUST.search(s.text, window, trigger.start) is not None and s.has("reporting")


class _Trigger(NamedTuple):
    """A stance trigger and what its clause says before its holders are chosen: its
    position, where what is asked for starts, agents after "by", holders named before
    it, where a stance received ("drew criticism from") names its giver, and whether
    its subject is what is judged or a passive's."""

    hit: Hit
    position: Position
    asked: int
    agents: list[ActorMention]
    named: list[ActorMention]
    received: int | None
    judged: bool
    passive: bool


def stances_in(s: RuleSentence, nearby: Nearby) -> list[Stance]:
    """Each holder's position in ``s``, from the first stance trigger it holds (a later
    one is usually the object of the first: "resisting calls for stimulus")."""
    found: list[Stance] = []
    if not s.has("stance.any"):
        return found
    triggers = sorted(
        ((hit, position) for position, hits in stance_triggers(s).items() for hit in hits),
        key=lambda pair: pair[0].start,
    )
    held: dict[str | None, int] = {}  # each holder's code, and where its stance's trigger ended
    last: tuple[Hit, list[ActorMention]] | None = None  # the last trigger held, and by whom
    for at, (hit, listed) in enumerate(triggers):
        trigger = _read_trigger(s, hit, listed)
        if trigger is None:
            continue
        holders = _holders(s, trigger, nearby, functools.partial(_next, triggers, at, s), last)
        # A later trigger is the object of an earlier one, unless "but" contrasts them.
        holders = [h for h in holders if held_again(s, held.get(h.code), hit)]
        topic = _topic(s, trigger)
        if topic is None:
            continue
        # "Peru's minister of mines, Juan Perez, has yet to reply ...": no position on itself.
        holders = [h for h in holders if not names_only_holder(s, topic, h.code)]
        if not holders:
            continue
        held.update((h.code, hit.end) for h in holders)
        last = hit, holders
        found += [
            Stance(actor=h.actor, topic=topic, position=trigger.position, evidence=s.evidence())
            for h in holders
        ]
    return found


def _read_trigger(s: RuleSentence, hit: Hit, listed: Position) -> _Trigger | None:
    """What the clause of ``hit`` says of it, or ``None`` where it states no position or
    none anyone named could hold."""
    if names_no_position(s, hit) or asked_of_another(s, hit) or asked_in_passive(s, hit):
        return None  # "called for more U.S. support": the caller's position, not theirs
    if asks_nothing_said(s, hit):
        return None  # "rejected Peru's demands": what Peru asks is not said here
    if adjectival(s.text, hit):
        return None  # "access to blocked content", "the disputed islands": no one's act
    asked = asked_from(s, hit)
    position = position_of(s, hit, listed, asked)
    if position is None:
        return None
    agents = agents_of(s, hit)
    if no_threat_made(s, hit, agents):
        return None
    named = named_before(s, hit)
    if not agents and not named and owned_by_unplaced(s, hit):
        return None  # "did not respond to Vega's criticism": hers, whom no rule places
    if not agents and not named:
        owners = document_owner(s, hit)
        if owners == []:
            return None  # "a US court order blocking the sale": a ruling, no position
        named = owners or []  # "ignored a UN resolution condemning": the UN's
    received = received_at(s, hit)
    needs_agent = (hit.phrase in NEEDS_AGENT or met_by(s, hit)) and not stands_as_verb(s, hit)
    if not agents and (received is not None or (not named and needs_agent)):
        return None  # "the opposition", "faced criticism" with nobody's name: no stance
    # "Peru's plan was unacceptable", and "Iran was condemned for the attack" (by
    # someone unnamed): the subject is what is judged; the judge, if anyone, speaks.
    judged = hit.phrase in _JUDGMENTS and (
        _COPULA.search(s.text, max(0, hit.start - 24), hit.start) is not None
        or _MADE.search(s.text, max(0, hit.start - 60), hit.start) is not None
    )
    passive = not agents and (in_the_passive(s, hit) or headline_participle(s, hit))
    if passive and with_own_agent(s.text, hit):
        return None  # "troops supported by planes": its agent is named, and no actor
    if not agents and not named and describes_a_noun(s, hit):
        return None  # "faces rivals critical of the pact": the rivals', no state's
    return _Trigger(hit, position, asked, agents, named, received, judged, passive)


def _holders(
    s: RuleSentence,
    trigger: _Trigger,
    nearby: Nearby,
    next_start: Callable[[], int],
    last: tuple[Hit, list[ActorMention]] | None,
) -> list[ActorMention]:
    """Who holds ``trigger``'s position: its agents, those named before it, the subject
    of its clause (with those along with it), else the pronoun's referents or the
    speaker, else the subject of a trigger it is listed after; none for unnamed others.
    ``next_start``: where the next trigger starts."""
    hit = trigger.hit
    if described := feeling_of_named(s, hit):
        return described  # "attacked by Iran, angered at ...": Iran's feeling
    if absolute := with_absolute(s, hit):
        return absolute  # "..., with Chile strongly opposed to the tax": Chile's
    if apposed := apposed_holder(s, hit):
        return apposed  # "Chile, a critic of the plan, voted ...": Chile's
    if held_by_no_one(s, hit):
        return []  # '"Whether you back the plan or not, ..." Peru said': the one spoken to's
    if not trigger.agents and _FIRST_PERSON.search(s.text, max(0, hit.start - 24), hit.start):
        # "Chile has our back and we thank you": the speaker's, not the state before "we"
        reporter = reporting_actor(s) or quoted_speaker(s, nearby)
        return joint_speakers(s, reporter) if reporter else []
    subject = (
        []
        if trigger.judged or trigger.passive
        else s.holders(stated_at(s, hit), within_clause=True)
    )
    if subject and reported_of_unplaced(s, hit.start):
        return []  # "Russia said Gazprom had signed a deal": the company's act
    if subject and _demanded(s, hit):
        subject = []  # "Chile said Peru must respect the deal": Chile's demand
    if trigger.named and (sharing := sharers(s, trigger.named)):
        return trigger.named + sharing  # "Chile echoed Peru's criticism": both hold it
    holders = (
        trigger.agents
        or trigger.named
        or (subject and subject + along_with(s, hit.end, next_start()) + joined(s, hit))
    )
    if holders:
        return holders
    if _OTHERS.search(s.text, max(0, hit.start - 50), hit.start):
        return []  # "several nations criticised it, and X said ...": unnamed others'
    relative = relative_clause_person(s, hit.start)
    if relative is not None:
        # "curbs on his country, which he has called unjust, saying ...": the
        # one "he" stands for, or no one; not the main clause's subject who speaks
        return relative
    if others_open(s, hit.start):
        # "Investors are concerned about ...", "A Canadian who criticized the
        # government ...": theirs, no speaker's
        return []
    # "..., said a senior Peruvian official": the speaker holds it; in a quotation, the
    # speaker its neighbour names ('"We reject this. ..." the president said').
    # "..., and said they would oppose": the pronoun's referents come first.
    # ("She is accused of ...": the pronoun is the one accused, no holder)
    referents = [] if trigger.passive else s.referents(hit.start)
    reporter = None if referents else reporting_actor(s) or quoted_speaker(s, nearby)
    # "France and Italy said the plan was unacceptable": each of those listed says it.
    holders = joint_speakers(s, reporter) if reporter else referents
    if not holders and last is not None and listed_verb(s, last[0], hit):
        return last[1]  # "will back the plan, condemn the attack": the same subject
    return holders


# "we" or "I" right before the verb, past an adverb or an auxiliary.
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\s+(?:(?:also|all|fully|strongly|do|will|must)\s+)?\Z")


def _topic(s: RuleSentence, trigger: _Trigger) -> str | None:
    """What ``trigger``'s stance is about: after a stance received, what it is for
    ("drew criticism from Chile | for its trade policy"), else ``topics``'."""
    if trigger.received is not None:
        topic = received_topic(s, trigger.received, trigger.agents[-1].end)
        if topic:
            return topic
    # A noun whose holder is named before it ("Australia's objection to the plan was
    # noted") is in the subject: its topic ends at the sentence's verb.
    in_subject = trigger.asked != trigger.hit.end or bool(trigger.named)
    if trigger.position == "oppose":
        stop_end = asked_end(s, trigger.asked) if in_subject else len(s.text)
        stopped = stopped_topic(s, trigger.hit, trigger.asked, stop_end)
        if stopped:
            return stopped  # "urged Peru to lift | its tariffs": the tariffs opposed
    topic = stance_topic(
        s,
        trigger.hit,
        judged=trigger.judged or trigger.passive,
        with_agents=bool(trigger.agents),
        asked=trigger.asked if in_subject else None,
    )
    # "Condemning the attack, Chile called for calm": the topic ends with the phrase.
    end = opening_participle_end(s, trigger.hit.start)
    at = s.text.find(topic) if topic and end is not None else -1
    if topic and end is not None and 0 <= at < end < at + len(topic):
        return s.text[at:end]
    return topic
