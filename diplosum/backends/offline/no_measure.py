"""Sanction words that name no measure where they stand.

Duties lowered ("will cut tariffs on 1,700 goods"): a concession. A price called a
tariff ("raise utilities tariffs", "the tariffs the two companies charge"): no trade
measure. "Sanction" as a verb of approval ("a UN resolution sanctioning the use of
force"): an authorisation, not a penalty. A measure said not taken, past "that" ("did
not mean that Libya had cut its ties", "denied that it had expelled"): none. Flights
stopped for safety's sake ("pending improvements to security"): a precaution.
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["names_no_measure"]


def names_no_measure(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the sanction trigger ``trigger`` names no measure against anyone."""
    return (
        _lowered_duties(s, trigger)
        or _priced(s, trigger)
        or _approves(s, trigger)
        or _DENIED_THAT.search(s.text, max(0, trigger.start - 90), trigger.start) is not None
        or _for_safety(s, trigger)
    )


# A stop for safety's sake: "suspended flights to Sharm pending improvements to security",
# "halted flights over safety concerns" (a precaution, no punishment).
_SAFETY = re.compile(
    r"(?:[^;:.]|(?<=\b[A-Za-z])\.){0,60}?\b(?:pending|over|because\s+of|due\s+to|for|amid)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:security|safety)\b"
)
_STOPPED_TRAVEL = frozenset({"flights", "flight"})


def _for_safety(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` stops travel for safety's sake, not as a measure."""
    return any(word in _STOPPED_TRAVEL for word in trigger.phrase.split()) and bool(
        _SAFETY.match(s.text, trigger.end)
    )


# A measure the sentence says was not taken, past "that": "did not mean that Libya had cut
# its ties", "denied that it had expelled".
_DENIED_THAT = re.compile(
    r"\b(?:(?:not|never)\s+(?:mean|means|meant)|den(?:y|ies|ied|ying)|rejected\s+reports)"
    r"\s+(?:that\s+)?(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,70}\Z"
)


# "will cut tariffs on 1,700 goods", "lowered its import duties": a concession, not a
# measure against anyone.
_LOWERED = re.compile(
    r"\b(?:cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing|"
    r"slash|slashes|slashed|slashing|eliminate|eliminates|eliminated|eliminating)"
    r"\s+(?:(?:its|their|the|some|all|import|export)\s+)*\Z",
    re.IGNORECASE,
)


def _lowered_duties(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` names duties lowered ("cut tariffs on"), not imposed."""
    if not trigger.phrase.endswith(("tariffs", "duties")):
        return False
    return _LOWERED.search(s.text, max(0, trigger.start - 40), trigger.start) is not None


# What a tariff is the price of: "utilities tariffs", "mobile roaming tariffs".
_PRICED = re.compile(
    r"\b(?:utility|utilities|electricity|power|water|gas|phone|telephone|mobile|roaming|"
    r"energy|feed-in|rail|transport|postal|broadband|retail|consumer)\s+\Z",
    re.IGNORECASE,
)
# "the tariffs the two companies charge": a price charged.
_CHARGED = re.compile(r"\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?charges?\b")


def _priced(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the tariffs of ``trigger`` are prices ("utilities tariffs")."""
    if not trigger.phrase.endswith(("tariffs", "tariff")):
        return False
    return bool(
        _PRICED.search(s.text, max(0, trigger.start - 20), trigger.start)
        or _CHARGED.match(s.text, trigger.end)
    )


# "a UN resolution sanctioning the use of force": approving it.
_APPROVED = re.compile(
    r"\s+(?:the\s+)?(?:use\s+of\s+(?:military\s+)?force|military\s+action|war|force|"
    r"an?\s+(?:attack|invasion|strike)|strikes|invasion|intervention)\b",
    re.IGNORECASE,
)


def _approves(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "sanction" at ``trigger`` is a verb of approval ("sanctioning force")."""
    return trigger.phrase in ("sanction", "sanctioned", "sanctioning") and bool(
        _APPROVED.match(s.text, trigger.end)
    )
