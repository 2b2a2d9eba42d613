"""Trade measures said as policy, not punishment.

Tariffs, duties, quotas and restrictions are as often a state's trade policy as a
sanction ("asked Chile to drop its import duties on wheat", "curbs on capital"). When
the sentence names no target, ``sanction_targets`` lets such a measure fall on the state
the article is most about besides its imposer only if the sentence gives a punitive cause
("in retaliation for", "dumping") or does not say it as policy.
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["trade_policy"]


# Trade measures that are as often policy as punishment: on the article's other state only
# where the sentence gives a punitive cause, or they are not said as trade policy: on
# imports ("lift import tariffs"), on goods and no state ("restrictions on capital"), or
# cut back ("remove tariffs and quotas").
_TRADE_POLICY = frozenset(
    {"tariffs", "tariff on", "duties", "curbs", "import quotas", "restrictions", "restricted",
     "restricting", "restricts"}
)  # fmt: skip
_PUNITIVE = re.compile(
    r"\b(?:retaliat\w*|reprisals?|punitive|punish\w*|penal\w*|sanction\w*|dumping|"
    r"unfair|trade\s+war|violat\w*|breach\w*|fail(?:ed|ure|ing)?\s+to|in\s+response)\b",
    re.IGNORECASE,
)
_AS_POLICY = re.compile(
    # (the kind of trade or money they govern: "investment restrictions", "capital curbs")
    r"(?:\b(?:import|export|investment|capital|ownership|currency|lending)s?"
    r"|\b(?:remov|cut|reduc|lower|eliminat|scrap|abolish|dismantl)"
    r"\w*\s+(?:(?:its|their|the|all|some)\s+)?)\s*\Z",
    re.IGNORECASE,
)
_ON_GOODS = re.compile(r"\s+(?:on|against)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?=[\s,.;]|\Z)")


def trade_policy(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a trade measure said as policy, with no punitive cause."""
    if trigger.phrase not in _TRADE_POLICY or _PUNITIVE.search(s.text):
        return False
    if _AS_POLICY.search(s.text, max(0, trigger.start - 40), trigger.start):
        return True
    return _on_goods_alone(s, trigger)


def _on_goods_alone(s: RuleSentence, trigger: Hit) -> bool:
    """Whether goods follow ``trigger`` after "on" or "against" ("on capital") with no
    state named in the next few words ("on a list of Peruvian goods" names one)."""
    on_goods = _ON_GOODS.match(s.text, trigger.end)
    if on_goods is None:
        return False
    reach = on_goods.end() + 40
    return not any(trigger.end < a.start < reach for a in s.actors)
