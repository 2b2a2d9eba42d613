"""Positions of people who act for no state, for ``no_position``: the public, investors,
voters as a stance's subject ("the public has become skeptical", "Spanish farmers
demanding a better deal ... blocked roads"), and supporters who are people (spoken to,
counted, or someone's: "told supporters", "thousands of supporters", "Trump
supporters"), not a state's backing.
"""

from __future__ import annotations

import re

from .agent_words import NOT_AGENTS
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["peoples_position", "supporters_as_people"]


# Someone's supporters, people: "Trump supporters", "his supporters".
_WHOSE_SUPPORTERS = re.compile(
    r"(?:(?<![.!?\"\u201c]\s)(?<!\A)\b[A-Z][a-z]+|\b(?:his|her|their|its|our)"
    # "opposition supporters", "government supporters": a side's people
    r"|\b(?:[Oo]pposition|[Gg]overnment|[Pp]arty|[Cc]ampaign|[Rr]ebel)"
    # "sentenced five supporters to death", "thousands of supporters": people, counted
    r"|\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|other|"
    r"(?:dozens|hundreds|thousands|scores)\s+of))\s+\Z"
)
# Supporters spoken to: "told supporters", "addressing thousands of his supporters".
_AUDIENCE = re.compile(
    r"\b(?:told|tells|telling|addressed|addresses|addressing|urged|urges|urging|thanked|"
    r"thanks|thanking|greeted|greets|greeting|rallied|rallies|rallying|to|before)\s+"
    r"(?:(?:his|her|their|its|the|cheering|thousands\s+of|hundreds\s+of|[a-z-]+)\s+){0,2}\Z",
    re.IGNORECASE,
)


def supporters_as_people(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "supporters" at ``trigger`` are people spoken to or someone's."""
    return bool(
        _AUDIENCE.search(s.text, max(0, trigger.start - 60), trigger.start)
        or _WHOSE_SUPPORTERS.search(s.text, max(0, trigger.start - 30), trigger.start)
    )


# The subject right before a stance verb, with only auxiliaries and adverbs between:
# "the public has become skeptical", "citizens who accuse him". When it is of those who
# act for no state (``NOT_AGENTS``: the public, investors, voters), the position is theirs,
# not a state's nor the speaker's who reports it.
_SUBJECT_BEFORE = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)\b([a-z]+)\s+(?:(?:who|that)\s+)?(?:(?:has|have|had|is|are|was|were|been|be|become|"
    r"becomes|became|remain|remains|remained|grew|grown|also|still|now|not|never|will|would|"
    r"could|may|might|can|do|does|did|\w+ly)\s+){0,4}\Z"
)


# Not after "a" ("a firm call" is no firm's), nor a passive's subject ("refugees were
# welcomed by Germany"), nor a team that may be a politician's ("Harris' team rejects").
_ALSO_AGENTS = frozenset({"team"})


# The sentence's opening subject, of people, and what describes them before its verb:
# "Spanish farmers | demanding a better deal from the European Community | blocked roads".
_OPENING_PEOPLE = re.compile(
    # (a quotation may open it, and a count: '"Two million people living in')
    r"[\"\u201c]?(?:[A-Z][\w.-]*\s+){0,2}(?:(?:hundred|thousand|million|[\d,.]+)\s+){0,3}"
    r"([a-z]+)\s+(?=who\s|[a-z]+ing\s)[^,;:\"\u201c]*\Z"
)


def peoples_position(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the subject right before ``trigger``, or the sentence's opening subject
    described before it, is of people who act for no state."""
    if s.text.startswith(" by ", trigger.end):
        return False
    opening = _OPENING_PEOPLE.match(s.text, s.opens(), trigger.start)
    if opening is not None and opening.group(1) in NOT_AGENTS:
        return True
    subject = _SUBJECT_BEFORE.search(s.text, max(0, trigger.start - 60), trigger.start)
    return (
        subject is not None
        and subject.group(1) in NOT_AGENTS
        and subject.group(1) not in _ALSO_AGENTS
        # "Peru's central bank has cautioned": the state's bank speaks for it
        and not s.text.endswith("central ", 0, subject.start(1))
        and not _listed_with_a_state(s, subject.start(1))
    )


# "The US government and the company have denied": listed after another subject (past
# other items: "the EU, a charity and their members"); "Chile and other producers",
# "Chile, Bolivia and the rest of the exporters": the state is one of them.
_LISTED_AFTER = re.compile(
    r"(?:,|\band)\s+(?:the\s+rest\s+of\s+(?:the\s+)?|(?:(?:most|all|several|some|many|the)\s+)?"
    r"other\s+|fellow\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?\Z"
)
_LIST_ITEMS = re.compile(r"(?:(?:,\s+|\s+)[\w.'\u2019-]+)*\s*")


def _listed_with_a_state(s: RuleSentence, start: int) -> bool:
    """Whether the word at ``start`` is listed after a state or body named before it in
    the same list ("the US government and the newspaper"): their position is the
    state's too."""
    listed = _LISTED_AFTER.search(s.text, max(0, start - 30), start)
    return listed is not None and any(
        a.code
        and listed.start() - 60 <= a.end <= listed.start()
        and _LIST_ITEMS.fullmatch(s.text, a.end, listed.start()) is not None
        for a in s.actors
    )
