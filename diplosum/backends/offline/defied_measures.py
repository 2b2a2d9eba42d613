"""The target of a measure that names none of its own, as the one that lives under it,
defies it or drew it, for ``sanction_targets``.

- ``under_them``: the state named right before "under" and the measure's imposer
  ("Russia, under U.S. sanctions over Ukraine, ...");
- ``under_it``: the last agent before "under" that opens the phrase of the measure
  ("let Iraq sell its oil ... under tough U.N. sanctions");
- ``defier``: the state that defies or breaks it ("nuclear tests carried out in breach
  of the embargo");
- ``provoked_by``: the state whose act drew it ("after it tested a missile, triggering
  new U.N. sanctions").
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["defier", "provoked_by", "under_it", "under_them"]


# The one under the measure, named right before "under": "Russia, under U.S. sanctions
# over Ukraine,", "Iran, still under U.N. sanctions": the target, not a state the measure
# is over.
_UNDER_IT = re.compile(
    r",?\s+(?:(?:is|was|were|are|remains|remained|still|now)\s+){0,2}under\s+(?:the\s+)?"
)


def under_them(s: RuleSentence, trigger: Hit, imposers: list[ActorMention]) -> list[ActorMention]:
    """The state named right before "under" and the measure's imposer (its adjective)."""
    imposer = imposers[0]
    if imposer.end > trigger.start:
        return []
    under = s.before(imposer.start)
    if under is None or under.code in {i.code for i in imposers}:
        return []
    return [under] if _UNDER_IT.fullmatch(s.text, under.end, imposer.start) else []


# Defying or breaking a measure, right before it: its target is who does so ("nuclear
# tests carried out in breach of the embargo", "ships that violate the embargo").
_DEFIED = re.compile(
    r"\b(?:in\s+(?:defiance|violation|breach)\s+of|defy|defies|defied|defying|violat\w*|"
    r"breach\w*|evad\w*|skirt\w*|circumvent\w*)\s+"
    # what names the measure, not another act ("violating rules by restricting imports")
    r"(?:(?!by\b|with\b|through\b|and\b)[\w.-]+\s+){0,3}?\Z"
)


def defier(s: RuleSentence, trigger: Hit, imposers: list[ActorMention]) -> list[ActorMention]:
    """The state that defies or breaks the measure ``trigger`` names, the nearest named
    before the words that say so, past a reporting clause set off between ("Bolivia
    tested a missile, Peru's ministry said, in defiance of a U.N. ban": Bolivia), when
    the measure names no target of its own."""
    defied = _DEFIED.search(s.text, max(0, trigger.start - 50), trigger.start)
    if defied is None:
        return []
    aside = _REPORTED_ASIDE.search(s.text, max(0, defied.start() - 80), defied.start())
    return _last_agent_before(s, aside.start() if aside else defied.start(), imposers)


# A reporting clause set off by commas right before the words of defiance.
_REPORTED_ASIDE = re.compile(
    r",\s+(?:[\w.'\u2019-]+\s+){1,5}?(?:said|says|reported|reports|announced|added)"
    r"(?:\s+on\s+\w+)?,\s+\Z"
)


# "under" before a measure and its imposer: "food short under tough U.N. sanctions".
_UNDER_MEASURE = re.compile(r"\bunder\s+(?:(?:a|an|the|strict|tough|harsh|international)\s+)*\Z")


def under_it(s: RuleSentence, trigger: Hit, imposers: list[ActorMention]) -> list[ActorMention]:
    """The state that lives under the measure ``trigger`` names, when "under" opens the
    phrase of the measure and its imposer ("let Iraq sell its oil ... under tough
    U.N. sanctions"): the last agent named before "under", other than the imposers."""
    first = imposers[0]
    if first.start > trigger.start:
        return []
    under = _UNDER_MEASURE.search(s.text, max(0, first.start - 40), first.start)
    if under is None:
        return []
    his = _HIS_COUNTRY.search(s.text, max(0, under.start() - 60), under.start())
    if his is not None:
        # "took office after the Soviet era, and his nation through March lived under EU
        # sanctions": the state of whom "his" stands for, not the last one named
        person = s.he_or_she(his.start(1))
        imposing = {i.code for i in imposers}
        return [person] if person is not None and person.code not in imposing else []
    return _last_agent_before(s, under.start(), imposers)


# "his country" as the subject of the one under a measure: "and his nation through
# March lived under EU sanctions".
_HIS_COUNTRY = re.compile(
    r"\b([Hh]is|[Hh]er)\s+(?:country|nation)\s+(?:[\w,]+\s+){0,4}?"
    r"(?:is|was|were|are|remains|remained|had\s+been|has\s+been|lived|lives)\s+(?:\w+\s+){0,2}\Z"
)


def _last_agent_before(
    s: RuleSentence, offset: int, imposers: list[ActorMention]
) -> list[ActorMention]:
    """The last agent named before ``offset`` that is none of ``imposers``, as a list of
    one (empty if none is)."""
    imposing = {i.code for i in imposers}
    before = [
        a
        for a in s.actors
        if a.code and a.end <= offset and a.code not in imposing and s.is_agent(a)
    ]
    return before[-1:]


# A measure an act drew on its actor: "after it tested a missile, triggering new
# U.N. sanctions", "..., prompting fresh EU sanctions".
_PROVOKED = re.compile(
    r",\s+(?:triggering|prompting|provoking|sparking|drawing|leading\s+to|resulting\s+in)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,3}\Z"
)


def provoked_by(s: RuleSentence, trigger: Hit, imposers: list[ActorMention]) -> list[ActorMention]:
    """The state whose act, in the clause before ", triggering", drew the measure
    ``trigger`` names, other than the imposers: that clause's subject, or, where it is
    "it" ("after it tested"), the last agent named before "it"."""
    provoked = _PROVOKED.search(s.text, max(0, trigger.start - 60), trigger.start)
    if provoked is None:
        return []
    it_acted = _IT_ACTED.search(s.text, max(0, provoked.start() - 100), provoked.start())
    if it_acted is not None:
        # "attacks by Peru after it tested a missile, triggering": what "it" stands for
        return _last_agent_before(s, it_acted.start(), imposers)
    imposing = {i.code for i in imposers}
    acting = [a for a in s.holders(provoked.start()) if a.code and a.code not in imposing]
    return acting[:1]


# A clause of time or reason whose subject is "it", right before the act's comma.
_IT_ACTED = re.compile(r"\b(?:after|when|as|because|since|once)\s+it\s+[^,;]*\Z")
