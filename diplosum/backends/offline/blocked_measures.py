"""Whose measure a veto or a block stops, for ``imposers``: a state named before "vetoed"
or "blocked" imposes none of what it blocks ("Russia and China vetoed new sanctions
against Peru"); the measure is the body's named "at" or "in" after it ("blocked sanctions
against Peru at the United Nations"), else none here (``sanctions`` gives a veto to the
Security Council). A president, or a state's head or legislature named by office, vetoes
his own state's measure ("Reagan vetoed sanctions against", "Peru's president vetoed").
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .lexicon import Hit
from .mention import PEOPLE
from .sentence import RuleSentence

__all__ = ["blockers_measure"]


# A verb that blocks a measure before it is imposed: "vetoed", "blocked".
_BLOCKED = re.compile(r"\b(?:veto(?:ed|es|ing)?|block(?:ed|s|ing)?)\b")
# A state's head or legislature, who vetoes its own state's measure: "Peru's president".
_HEAD_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:president|prime\s+minister|premier|leader|congress|parliament|"
    r"senate|legislature)\b",
    re.IGNORECASE,
)
# The body whose measure was blocked, named after it: "at the United Nations", "in the
# Security Council".
_AT_BODY = re.compile(r"\s(?:at|in)\s+(?:the\s+)?\Z")


def _body_after(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The body named "at" or "in" after a blocked measure, in its clause, if one is."""
    for after in s.actors:
        if after.start < trigger.end or after.start - trigger.end > 80:
            continue
        if any(mark in s.text[trigger.end : after.start] for mark in ",;:"):
            break
        if after.kind == "igo" and _AT_BODY.search(s.text, max(0, after.start - 12), after.start):
            return [after]
    return []


def blockers_measure(
    s: RuleSentence, before: ActorMention, trigger: Hit
) -> list[ActorMention] | None:
    """The imposers of a measure that ``before``, named before it, blocks (see the module
    docstring); ``None`` where no verb of blocking stands between them."""
    if not _BLOCKED.search(s.text, before.end, trigger.start):
        return None
    own = before.kind in PEOPLE or _HEAD_AFTER.match(s.text, before.end) is not None
    return s.listed_before(before) if own else _body_after(s, trigger)
