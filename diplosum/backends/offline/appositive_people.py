"""People named before an appositive that gives their office and its state, as older
wire copy names them ("Michael Jopling, British minister of agriculture, warned", "Ana
Soto, Peru's trade minister,", "Ana Soto, deputy prime minister of Peru,"), with that
state: for ``actors``, beside ``titles``' people named after their office.
"""

from __future__ import annotations

import re

from ...models import Actor
from ...text.gazetteer import Mention, gazetteer
from .mention import ActorMention
from .name_runs import NOT_NAMES
from .titles import OFFICE_AFTER, POSSESSIVE

__all__ = ["appositive_people"]

# "Michael Jopling, British minister of agriculture, warned": a name of two to four words,
# then a comma, an article at most, a state's adjective and an office.
_APPOSITIVE_NAME = re.compile(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][\w'-]+){1,3}),\s+(?:the\s+|a\s+|an\s+)?\Z"
)


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")

# "Ana Soto, deputy prime minister of Peru," and "Ana Soto, who is foreign minister of
# Peru,": an office of the state named after "of", set off after a name.
_OFFICE_OF = re.compile(
    r"\b(?:(?:deputy|vice|first|acting)\s+)*(?:(?:prime|foreign|defen[cs]e|finance|trade|"
    r"interior|oil|economy|agriculture)\s+)?(?:minister|president|premier|chancellor|king|"
    r"emir|ambassador|envoy|representative)\s+of\s+(?:the\s+)?\Z"
)
_NAME_WHO_IS = re.compile(
    r"\b([A-Z][a-z]+(?:[ -][A-Z][\w'-]+){1,3}),\s+(?:who\s+(?:is|was)\s+)?(?:the\s+)?\Z"
)


def appositive_people(text: str, states: list[Mention]) -> list[ActorMention]:
    """People named before an appositive that gives their office and its state ("Michael
    Jopling, British minister of agriculture", "Ana Soto, Peru's trade minister"), with
    that state. ``states`` are in order."""
    gz = gazetteer()
    found: list[ActorMention] = []
    for state in states:
        if len(state.codes) != 1:
            continue
        # "Ana Soto, Peruvian trade minister," and "Ana Soto, Peru's trade minister,"
        if state.kind == "adjective":
            office = OFFICE_AFTER.match(text, state.end)
        elif state.kind == "name" and text[state.end : state.end + 2] in POSSESSIVE:
            office = OFFICE_AFTER.match(text, state.end + 2)
        elif state.kind == "name":
            found.extend(_office_of(text, state))  # "Ana Soto, deputy prime minister of Peru,"
            continue
        else:
            continue
        if office is None or _NAME_AFTER.match(text, office.end()):
            continue  # "..., Chinese President Xi Jinping": the title of the next name
        named = _APPOSITIVE_NAME.search(text, max(0, state.start - 60), state.start)
        if named is None:
            continue
        name = named.group(1)
        words = name.split()
        if words[0] in NOT_NAMES or any(
            w in gz.terms or w.lower() in gz.institutions for w in words
        ):
            continue
        title = text[state.start : office.end()]
        actor = Actor(name=name, kind="person", title=title, country=state.codes[0])
        found.append(ActorMention(named.start(1), named.end(1), actor, "person", state.codes[0]))
    return found


def _office_of(text: str, state: Mention) -> list[ActorMention]:
    """The person named before "OFFICE of STATE" ("Ana Soto, deputy prime minister of
    Peru,"), with that state, as a list of one; empty if none is."""
    office = _OFFICE_OF.search(text, max(0, state.start - 50), state.start)
    if office is None:
        return []
    named = _NAME_WHO_IS.search(text, max(0, office.start() - 60), office.start())
    if named is None or named.group(1).split()[0] in NOT_NAMES:
        return []
    name, code = named.group(1), state.codes[0]
    title = text[office.start() : state.end]
    actor = Actor(name=name, kind="person", title=title, country=code)
    return [ActorMention(named.start(1), named.end(1), actor, "person", code)]
