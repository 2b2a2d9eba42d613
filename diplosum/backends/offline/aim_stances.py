"""The stance a goal states: an aim at an outcome of diplomacy ("seeks a peaceful
settlement", "wants closer ties") is its holder's support for that outcome, as the
annotation guide codes a position; an aim to leave or stop it ("plans to leave the
talks") is none.
"""

from __future__ import annotations

import re

from ...models import Goal, Stance
from .no_aim import OUTCOMES

__all__ = ["aims_supported"]


# An outcome's word used as a verb: "ready to deal with any threat" aims at no deal (but
# "to reach a deal with Chile" does).
_AS_A_VERB = re.compile(r"(?:^|\bto\s+)deal\s+with\b")
_WORD = re.compile(r"[a-z]+")
# An aim to leave or stop the outcome is no support for it: "plans to leave ICO talks",
# "to break off negotiations", "to boycott the summit".
_LEAVING = re.compile(
    r"(?:leave|leaving|quit|quitting|abandon|boycott|boycotting|walk\s+out|pull\s+out|"
    r"withdraw|withdrawing|exit|end|ending|suspend|suspending|halt|halting|scrap|"
    r"break\s+off|stop|stopping|cancel|cancelling|block|blocking|derail|torpedo|sabotage)\b",
    re.IGNORECASE,
)


def aims_supported(goals: list[Goal], taken: set[str | None]) -> list[Stance]:
    """A goal aimed at an outcome of diplomacy ("a peaceful settlement", "closer ties") is
    its holder's support for that outcome, as the annotation guide codes a position; one
    for each holder with no stance from the sentence yet (``taken``)."""
    return [
        Stance(actor=g.actor, topic=g.statement, position="support", evidence=g.evidence)
        for g in goals
        if g.actor.country not in taken
        and not OUTCOMES.isdisjoint(_WORD.findall(_AS_A_VERB.sub("", g.statement.lower())))
        and not _leaves_outcome(g.statement)
    ]


def _leaves_outcome(statement: str) -> bool:
    """Whether an aim leaves or stops the outcome it names, its object within three
    words: "leave ICO talks Tuesday", "break off the talks" (not "end the shelling
    and revive the negotiations": what it ends is no outcome)."""
    leaving = _LEAVING.match(statement)
    if leaving is None:
        return False
    words = _WORD.findall(statement[leaving.end() :].lower())[:4]
    return not OUTCOMES.isdisjoint(words)
