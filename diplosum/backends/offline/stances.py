"""Stances stated with a stance word: "Germany welcomed the deal", "rejected by China".

For each trigger of ``data/lexicon.json``'s ``stance`` lists (the position is the list's),
the holder is the agent after "by" in a passive ("was rejected by China"), else the
subject of the trigger's clause ("Kenya and Tanzania oppose ..."), else the speaker of the
sentence's reporting clause ("..., said a senior US official"). A holder takes the first
position it is given in a sentence: a later trigger is usually the object of the first
("resisting calls for stimulus"). Positions said without a stance word are
``speech.reported_stances``'.
"""

from __future__ import annotations

from typing import Literal

from ...models import Stance
from .actors import ActorMention
from .lexicon import Hit
from .phrases import readable
from .sentence import BY, RuleSentence
from .speech import reporting_actor

__all__ = ["stances_in"]

Position = Literal["support", "oppose", "neutral"]
_POSITIONS: tuple[Position, ...] = ("oppose", "support", "neutral")
_LISTS = {position: f"stance.{position}" for position in _POSITIONS}


def _passive_agent(s: RuleSentence, offset: int) -> ActorMention | None:
    """The actor after "by" in a passive ("blocked by Pyongyang's main ally China")."""
    by = BY.match(s.text, offset)
    if by is None:
        return None
    window = by.end() + 60
    candidates = [a for a in s.actors if a.start >= by.end() and a.end <= window and a.code]
    # "Pyongyang's main ally China": the head of the phrase is its last actor.
    return candidates[-1] if candidates else None


def _stance_triggers(s: RuleSentence) -> dict[Position, list[Hit]]:
    """Each position's triggers in ``s``, less those inside a longer trigger of another
    position ("called for" inside "called for restraint")."""
    by_position = {p: s.find(_LISTS[p]) for p in _POSITIONS}
    every = [hit for hits in by_position.values() for hit in hits]
    return {
        position: [
            hit
            for hit in hits
            if not any(
                o.start <= hit.start and hit.end <= o.end and o.end - o.start > hit.end - hit.start
                for o in every
            )
        ]
        for position, hits in by_position.items()
    }


def stances_in(s: RuleSentence) -> list[Stance]:
    """Each holder's position in ``s``, from the first stance trigger it holds (a later
    one is usually the object of the first: "resisting calls for stimulus")."""
    found: list[Stance] = []
    if not s.has("stance.any"):
        return found
    triggers = sorted(
        ((hit, position) for position, hits in _stance_triggers(s).items() for hit in hits),
        key=lambda pair: pair[0].start,
    )
    held: set[str | None] = set()
    for trigger, position in triggers:
        agent = _passive_agent(s, trigger.end)
        holders = [agent] if agent else s.holders(trigger.start, within_clause=True)
        if not holders:
            # "..., said a senior US official": the speaker holds it.
            reporter = reporting_actor(s)
            holders = [reporter] if reporter else []
        holders = [h for h in holders if h.code not in held]
        topic = (
            readable(s.text, trigger.end)
            or readable(s.text, trigger.start)
            or readable(s.text, 0, 16)
        )
        if not holders or topic is None:
            continue
        held.update(h.code for h in holders)
        found += [
            Stance(actor=h.actor, topic=topic, position=position, evidence=s.evidence())
            for h in holders
        ]
    return found
