"""What stands between a passive judgment and its agent, for ``agents`` and the topics: an
accusation's charge ("was accused | of espionage | by Peru") or what the judgment calls
its subject ("was hailed | as a breakthrough | by Chile").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import PASSIVE_AUXILIARY
from .lexicon import Hit

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["charge_before_agent", "charged_by"]

# A charge, then its agent: "was accused of espionage by Peru" (a few words, no verb of
# theirs: not "accused of backing attacks by rebels").
_CHARGING = frozenset({"accused", "charged", "suspected"})
_CHARGE_THEN_BY = re.compile(r"\s+of\s+(?:(?![a-z]+ing\b)[a-z-]+\s+){1,3}?(by)\s+")
# What a judgment calls its subject, then its agent: "hailed as a breakthrough by Peru".
_AS_THEN_BY = re.compile(r"\s+as\s+(?:(?![a-z]+ing\b|by\b)[\w'\"\u201c\u201d-]+\s+){1,4}?(by)\s+")


def charged_by(s: RuleSentence, trigger: Hit) -> re.Match[str] | None:
    """A passive accusation's charge and "by" after ``trigger`` ("accused | of espionage
    by"), if the trigger is one; or what a passive judgment calls its subject, and "by"
    ("was hailed | as a breakthrough by", "Condemned as illegal by Peru, the fee")."""
    if trigger.phrase in _CHARGING:
        return _CHARGE_THEN_BY.match(s.text, trigger.end)
    called = _AS_THEN_BY.match(s.text, trigger.end)
    if called is None:
        return None
    before = s.text[max(0, trigger.start - 24) : trigger.start]
    # In the passive, or a participle opening the sentence or set off by a comma: not
    # "Chile hailed as historic the visit by Peru's president" (Chile's, of a visit).
    passive = PASSIVE_AUXILIARY.search(before) or not before.strip() or before.endswith(", ")
    return called if passive else None


def charge_before_agent(s: RuleSentence, trigger: Hit) -> int | None:
    """Where "by" starts after the charge of a passive accusation ("was accused of
    espionage | by Peru") or what a passive judgment calls its subject ("was hailed as a
    breakthrough | by Chile"), if ``trigger`` has either."""
    by = charged_by(s, trigger)
    return by.start(1) - 1 if by is not None else None
