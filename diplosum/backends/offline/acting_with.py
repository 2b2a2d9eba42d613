"""Those who act with a stance's holder, for ``stances``: named after ", along with"
("West Germany is against the tax, along with Britain"), the ones the subject "joined"
in the act ("Britain joined France in condemning"; at a meeting, "joined EU leaders at a
summit", for ``meetings``), the subject that echoes or shares another's position ("Chile
echoed Peru's criticism of"), and the agents of an absolute "with" phrase ("with Chile
strongly opposed to the tax").
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["along_with", "joined", "sharers", "with_absolute"]

# "West Germany is against the tax, along with Britain and Denmark": they hold it too.
_ALONG_AFTER = re.compile(r",\s+(?:along|together)\s+with\s+(?:the\s+)?")


# "Britain joined France in condemning": France condemns too.
_JOINED_IN = re.compile(r"\bjoin(?:ed|s|ing)?\s+(?:the\s+)?(?P<rest>[^,;]{2,60}?)\s+in\s+\Z")


# "Chile will join OAS leaders at a summit in Lima", "joined Peruvian envoys in U.N.-led
# peace talks", "joined his Peruvian counterpart at": they meet it there.
_JOINED_AT = re.compile(
    r"\bjoin(?:ed|s|ing)?\s+(?:(?:the|his|her|their)\s+)?(?P<rest>[^,;]{2,60}?)\s+(?:at|for|in)\s+"
    r"(?:a|an|the|its|their)?\s*(?:[\w.-]+\s+){0,3}\Z"
)


def joined(s: RuleSentence, trigger: Hit, *, at: bool = False) -> list[ActorMention]:
    """The actors that the subject "joined" in the act of ``trigger`` ("joined France in
    condemning the attack"), with those listed; ``at``: at the meeting ``trigger`` names
    ("joined EU leaders at a summit")."""
    pattern = _JOINED_AT if at else _JOINED_IN
    joined = pattern.search(s.text, max(0, trigger.start - 100), trigger.start)
    first = s.after(joined.start("rest")) if joined is not None else None
    if joined is None or first is None or first.start != joined.start("rest"):
        return []
    return s.listed_from(first)


def along_with(s: RuleSentence, offset: int, until: int) -> list[ActorMention]:
    """The actors named right after ", along with" between ``offset`` and ``until`` (the
    next trigger: "backs a tax which Bonn is against, along with Britain" is Bonn's), with
    those listed."""
    along = _ALONG_AFTER.search(s.text, offset, until)
    first = s.after(along.end()) if along is not None else None
    if along is None or first is None or first.start != along.end():
        return []
    listed = s.listed_from(first)
    if _TO_ACT.match(s.text, listed[-1].end):
        # "urged Chile and Peru, along with Bolivia, to hold talks": with those urged,
        # who are to act, not with the one who urges.
        return []
    return listed


_TO_ACT = re.compile(r",?\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)[a-z]")


# "with Chile and Bolivia strongly opposed to the tax": an absolute phrase,
# whose noun is the subject of the adjective or participle after it.
# (An appositive may follow the noun: "with Chile, the most eager to cut, opposed".)
_WITH_ABSOLUTE = re.compile(r"[,;(]\s*with\s+([^,;:]{2,60}?)(?:,[^,;:]{1,100},)?\s+(?:\w+ly\s+)?\Z")


def with_absolute(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The agents an absolute "with" phrase names right before ``trigger`` ("with
    Chile strongly opposed to"): the position is theirs; none when "with" names
    no agent, or names one who is met or dealt with ("talks with Chile")."""
    if not trigger.phrase.split()[0].endswith(("ed", "ing")):
        return []  # the absolute's adjective or participle: "opposed", "backing"
    absolute = _WITH_ABSOLUTE.search(s.text, max(0, trigger.start - 180), trigger.start)
    if absolute is None or absolute.group(1).endswith((" and", " or")):
        return []
    start, end = absolute.span(1)
    named = [a for a in s.actors if start <= a.start and a.end <= end and a.code]
    if not named or not all(s.is_agent(a) for a in named):
        return []
    # Nothing but the names of a list: "with Britain and the Netherlands".
    rest, at = [], start
    for mention in named:
        rest.append(s.text[at : mention.start])
        at = mention.end
    rest.append(s.text[at:end])
    return named if _LIST_GLUE.fullmatch(" ".join(rest)) else []


_LIST_GLUE = re.compile(r"(?:\s|,|\band\b|\bthe\b|\bboth\b)*")


# "Chile echoed Peru's criticism of ...", "shares Peru's concerns about ...": right before
# the owner of a stance noun.
_SHARED = re.compile(r"\b(?:echo(?:ed|es|ing)?|shar(?:e|ed|es|ing))\s+(?:the\s+)?\Z")


def sharers(s: RuleSentence, owners: list[ActorMention]) -> list[ActorMention]:
    """Those who echo or share the position that ``owners`` hold as a noun's possessive
    ("Chile echoed Peru's criticism": Chile opposes what Peru does), less the owners."""
    if not owners:
        return []
    verb = _SHARED.search(s.text, max(0, owners[0].start - 20), owners[0].start)
    if verb is None:
        return []
    codes = {owner.code for owner in owners}
    return [m for m in s.holders(verb.start(), within_clause=True) if m.code not in codes]
