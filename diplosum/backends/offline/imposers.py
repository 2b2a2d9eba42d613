"""Who imposes a sanction, and on whom: the parties around a sanction trigger.

- ``imposers_of``: the actor right before the measure when only an imposing verb and words
  for the measures stand between ("the EU imposed new sanctions", "U.S. sanctions"), else
  the agents after "imposed by".
- ``threatened_with`` and ``put_on_list``: "A threatened B with sanctions", "A added B's
  firms to a blacklist", where the target stands between imposer and measure.
- ``object_target``: the state a measure names in its object ("expelled two Saudi
  diplomats", "banned imports of Australian wine").

``sanctions.py`` reads a sentence's triggers with these and sets each one's status.
"""

from __future__ import annotations

import re
from typing import Literal

from .actors import ActorMention
from .clauses import joins_list
from .lexicon import Hit
from .sentence import RuleSentence

# A sentence shaped around its measure ("A threatened B with sanctions"): imposer, target,
# and the status the shape itself states, if any.
Shaped = tuple[ActorMention, ActorMention, Literal["threatened", "imposed"] | None]

__all__ = [
    "IMPOSER_GAP",
    "ONLY_WITH_TARGET",
    "ORDERED_OUT",
    "TARGET_IN_OBJECT",
    "Shaped",
    "coordinated_after",
    "imposers_of",
    "object_target",
    "passive_of",
    "put_on_list",
    "threatened_with",
]


def coordinated_after(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The actor after ``offset`` and those listed with it ("China, Burma and Zimbabwe")."""
    first = s.after(offset)
    return [] if first is None else s.listed_from(first)


# Between a sanction's imposer and the sanction: nothing but an imposing verb and words that
# describe the measures ("the EU imposed new economic sanctions", "Canada's sanctions").
IMPOSER_GAP = re.compile(
    r"(?:'s|\u2019s)?\s*(?:(?:has|have|had|will|would|could|may|might|is|was|were|are|to|"
    # "EU leaders agreed to", "Saudi Arabia and its allies cut": those who act for it.
    r"leaders|officials|ministers|government|governments|authorities|lawmakers|administration|"
    # "the U.S. Treasury sanctioned", "Britain's Foreign Office expelled"
    r"treasury|(?:state\s+|commerce\s+|justice\s+)?department|(?:foreign\s+)?ministry|"
    r"foreign\s+office|"
    r"(?:and\s+)?(?:its|their)\s+allies|"
    # "adopted a resolution tightening sanctions"
    r"adopted|approved|passed|signed|(?:a|an|the|new)\s+(?:executive\s+)?(?:resolution|package|"
    r"bill|law|order|decree)"
    r"(?:\s+(?:that|which))?|"
    r"tightening|extending|expanding|renewing|broadening|widening|toughening|strengthening|"
    # "the U.S. Senate voted on Wednesday for legislation broadening sanctions"
    r"legislation|for\s+(?:a\s+|the\s+|new\s+)?(?:legislation|bill|measure|resolution)|"
    # "Norway said on Monday that it had expelled": the imposer reports its own measure.
    r"(?:said|says|announced|announces|confirmed|declared|stated|warned|warns|signalled|"
    r"signaled|indicated|hinted)"
    r"(?:\s+on\s+\w+|\s+today|\s+yesterday)?(?:\s+that)?\s+(?:it|they)|"
    r"also|already|now|again|on\s+\w+|\w+ly|voted|decided|"
    r"(?:moved|decided|voted|agreed|plans?|planned|"
    r"sought|seeks?|wants?|wanted|set|expected|going|ready|prepared|threatened|promised|"
    r"vowed|pledged|began|started|tried|tries)"
    # "agreed on Monday to extend"
    r"(?:\s+on\s+\w+|\s+today|\s+yesterday)?\s+to|considering|weighing|mulling|discussing|"
    r"proposing|threatening|preparing|debating|(?:pushing|pushed|calling|called)\s+for|seeking|"
    # "warned of sanctions against Bolivia"
    r"warn(?:s|ed|ing)?\s+of|"
    # "led calls for sanctions against Iraq"
    r"(?:led\s+|renewed\s+)?calls\s+for|"
    r"sought|urging|urged|demanding|demanded|(?:retaliated|responded|hit\s+back)\s+(?:with|by)|in|"
    r"(?:resolution|measure|proposal|draft|bill)(?:\s+(?:that|which)\s+would\s+have)?|"
    # "the U.S. Senate voted to impose"
    r"senate|congress|parliament|legislators|cabinet|house(?:\s+of\s+representatives)?|"
    r"assembly)\s+)*(?:(?:imposed|imposes|impose|imposing|sanctioned|reimposed|"
    r"slapped|slap|slaps|ordered|orders|ordering|threatened|threatens|threaten|lifted|lifts|lift|lifting|eased|eases|ease|"
    r"extended|extends|extend|tightened|tightens|tighten|approved|adopted|announced|vetoed|"
    r"blocked|expelled|expels|froze|freezes|suspended|renewed|unveiled|agreed|introduced|"
    r"levied|placed|put|considered|considers|consider|proposed|proposes|cut|severed|broke|"
    r"keep|keeps|kept|maintain|maintains|maintained|roll\s+over|rolled\s+over|dropped|drops|"
    r"drop|phase\s+out|phased\s+out|phasing\s+out)\s+"
    # after an imposing verb, a word or two more of the measure ("imposed retaliatory")
    r"(?:[a-z][\w-]*\s+){0,2}?)?"
    r"(?:(?:new|fresh|further|tough|tougher|harsher|stiff|economic|"
    r"financial|trade|targeted|sweeping|additional|more|its|their|the|a|an|unilateral|"
    r"international|existing|remaining|punitive|broad|limited|travel|"
    # "imposed 100 pct tariffs", "a 25 percent tariff"
    r"\d[\d.,]*|pct|percent|per\s+cent)\s+)*",
    re.IGNORECASE,
)
_IMPOSED_BY = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:imposed|adopted|agreed|approved|announced|levied|slapped)?\s*by\s+"
    # "sanctions imposed on North Korea by the United Nations", "sanctions against Iran
    # were tightened last year by the United States"
    r"|\s+(?:(?:imposed|levied|placed)\s+)?(?:on|against)\s+[^,;]{1,60}?\s+by\s+",
    re.IGNORECASE,
)


# "the imposition by Canada of (new, punitive) duties"
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?\Z")
_BY_OF = re.compile(r"\s+of\s+(?:(?:the|new|fresh|further|punitive|tough|economic|trade)\s+)*")


def imposers_of(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Who imposes the sanction of ``trigger``: the actor before it when only an imposing
    verb and the measures' words stand between ("the EU imposed new sanctions", "U.S.
    sanctions"), else the agents after "imposed by" ("sanctions imposed by the UN, the
    United States and the EU"). Anyone else nearby is no imposer ("Iran has complained
    that ... sanctions")."""
    before = s.before(trigger.start)
    if before is not None and trigger.start - before.end <= 80 and s.is_agent(before):
        gap_fits = IMPOSER_GAP.fullmatch(s.text, before.end, trigger.start) is not None
        # "the imposition by Canada of punitive duties"
        by_of = _BY_BEFORE.search(s.text, max(0, before.start - 8), before.start) and (
            _BY_OF.fullmatch(s.text, before.end, trigger.start) is not None
        )
        if gap_fits or by_of:
            return _coordinated_before(s, before)
    by = _IMPOSED_BY.match(s.text, trigger.end)
    if by is not None:
        return coordinated_after(s, by.end())
    return []


# "Qatar was placed under a blockade by ...", "Iran has been subjected to an embargo by":
# the measure's subject is its target, its imposers follow "by".
# "Bolivia could face sanctions from the United Nations": likewise, after "from".
_FACES_GAP = re.compile(
    r"\s+(?:(?:could|would|may|might|will|is\s+likely\s+to|now)\s+)?(?:face|faces|faced|facing)\s+"
    r"(?:(?:new|fresh|further|tough|tougher|economic|trade|possible)\s+)*\Z",
    re.IGNORECASE,
)
_FROM = re.compile(r"\s+from\s+")
_MAY = re.compile(r"\s+(?:could|would|may|might|is\s+likely\s+to)\b", re.IGNORECASE)
_PASSIVE_GAP = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being|was\s+being)\s+"
    r"(?:\w+ly\s+)?(?:placed|put|hit|targeted|subjected|kept)\s+(?:under|with|to)?\s*"
    r"(?:(?:a|an|the|new|fresh|further|tough|economic|trade|total|partial)\s+)*\Z",
    re.IGNORECASE,
)


def passive_of(
    s: RuleSentence, trigger: Hit
) -> tuple[list[ActorMention], ActorMention, Literal["threatened"] | None] | None:
    """(imposers, target) of a measure said in the passive ("Qatar was placed under a
    blockade by Saudi Arabia and Egypt") or faced ("Bolivia could face sanctions from the
    UN"); ``None`` for any other shape."""
    target = s.before(trigger.start)
    if target is None:
        return None
    stated: Literal["threatened"] | None = None
    faces = _FACES_GAP.match(s.text, target.end, trigger.start)
    if faces is not None:
        by = _FROM.match(s.text, trigger.end)
        stated = "threatened" if _MAY.match(faces.group()) else None
    elif _PASSIVE_GAP.match(s.text, target.end, trigger.start):
        by = _IMPOSED_BY.match(s.text, trigger.end)
    else:
        return None
    imposers = coordinated_after(s, by.end()) if by is not None else []
    return (imposers, target, stated) if imposers else None


def _coordinated_before(s: RuleSentence, last: ActorMention) -> list[ActorMention]:
    """``last`` and the actors listed before it ("Britain and Canada imposed ...")."""
    chosen = [last]
    for mention in reversed(s.actors):
        if mention.end > chosen[0].start or not mention.code:
            continue
        if not joins_list(s.text[mention.end : chosen[0].start]):
            break
        chosen.insert(0, mention)
    return chosen


# "Washington threatened Turkey with sanctions": the threatened state stands between.
_THREATENED_WITH = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?|hit|hits|slapped|punish(?:ed|es)?|warn(?:ed|s|ing)?)\s+\Z",
    re.IGNORECASE,
)
# "with sanctions" after most of those verbs; "warned Russia of further sanctions".
_WITH_MEASURES = re.compile(
    r"\s+(with|of)\s+(?:(?:new|fresh|further|more|tough|tougher|economic|financial|trade)\s+)*"
)


def threatened_with(s: RuleSentence, trigger: Hit) -> Shaped | None:
    """(imposer, target, status) of "A threatened B with sanctions" or "A warned B of
    sanctions" (threatened), or "A hit B with tariffs" (imposed)."""
    target = s.before(trigger.start)
    gap = None if target is None else _WITH_MEASURES.fullmatch(s.text, target.end, trigger.start)
    if target is None or gap is None:
        return None
    verb = _THREATENED_WITH.search(s.text, max(0, target.start - 20), target.start)
    warns = verb is not None and verb.group().lower().startswith("warn")
    if verb is None or warns != (gap.group(1).lower() == "of"):
        return None
    imposer = s.before(verb.start())
    if imposer is None or not IMPOSER_GAP.fullmatch(s.text, imposer.end, verb.start()):
        return None
    threat = warns or verb.group().lower().startswith("threat")
    return imposer, target, "threatened" if threat else "imposed"


# "added two Chinese firms to a trade blacklist", "put Iranian banks on its sanctions list"
_ONTO_LIST = re.compile(r"\s+(?:to|on|onto)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?\Z")
_LISTING_VERB = re.compile(r"\b(?:added|adds|adding|put|puts|putting|placed|places)\s+")
# "ordered Iran's envoy to leave the country", "declared two Iranian diplomats persona non
# grata": whose diplomats go stands between the order and the measure.
_DIPLOMATS_BEFORE = re.compile(
    r"\s+(?:envoy|ambassador|ambassadors|diplomats?|consul|attaches?|embassy\s+staff|officials|"
    r"personnel|nationals|agents|journalists|correspondents)\s+\Z"
)
_ORDERING_VERB = re.compile(r"\b(?:ordered|orders|told|tells|gave|gives|declared|declares)\s+")
#: Measures read only in that shape: "asked to leave the country" alone is no sanction.
ORDERED_OUT = frozenset({"to leave the country", "persona non grata"})


def put_on_list(s: RuleSentence, trigger: Hit) -> Shaped | None:
    """(imposer, target, no status of its own) of "A added B's firms to a blacklist" or
    "A ordered B's envoy to leave the country"."""
    if trigger.phrase in ORDERED_OUT:
        return _between(s, trigger, _ORDERING_VERB, _DIPLOMATS_BEFORE)
    return _between(s, trigger, _LISTING_VERB, _ONTO_LIST)


def _between(
    s: RuleSentence, trigger: Hit, verbs: re.Pattern[str], connector: re.Pattern[str]
) -> Shaped | None:
    """(imposer, target, None) where the target stands between an imposer's ``verbs``
    and the ``connector`` right before the trigger."""
    joined = connector.search(s.text, max(0, trigger.start - 30), trigger.start)
    if joined is None:
        return None
    found = list(verbs.finditer(s.text, max(0, joined.start() - 60), joined.start()))
    if not found:
        return None
    verb = found[-1]
    target = s.after(verb.end())
    imposer = s.before(verb.start())
    if target is None or target.end > joined.start() or imposer is None:
        return None
    if not IMPOSER_GAP.fullmatch(s.text, imposer.end, verb.start()):
        return None
    return imposer, target, None


# Measures whose object names their target: expulsions, asset freezes, import bans,
# "sanctioned three Iranian officials", "cut diplomatic ties with Qatar".
TARGET_IN_OBJECT = frozenset(
    {"expelled", "expel", "expulsion", "froze the assets", "frozen the assets"}
    | {"freeze the assets", "banned imports", "import ban", "imports ban", "sanctioned"}
    | {"cut diplomatic ties", "cut ties", "severed ties", "severed diplomatic ties"}
    | {"severed relations", "severed diplomatic relations", "broke off diplomatic relations"}
    | {"broke off relations", "cut diplomatic relations", "blacklisted", "banned the import"}
    | {"banned the imports", "halted all trade", "halted trade", "suspended trade"}
    | {"suspended all trade", "cut off trade", "recalled its ambassador", "recalled its envoy"}
    | {"recalled their ambassador", "downgraded diplomatic relations", "downgraded relations"}
    | {"downgraded ties", "withdrew its ambassador", "withdrawn its ambassador"}
    | {"suspended imports", "halted imports", "banned", "barred", "banning", "bans"}
    | {"barring", "halted", "halting", "expels", "expelling", "ban on"}
    | {"withdrew their ambassadors", "recalled its ambassadors", "withdrew its envoy"}
    | {"restricted", "restricting", "restricts"}
    | {"suspended ties", "suspended diplomatic ties", "suspended military ties"}
    | {"suspended defence ties", "suspended defense ties", "suspended diplomatic relations"}
    | {"suspended relations", "froze ties", "froze relations", "froze diplomatic relations"}
    | {"broke diplomatic relations", "broke relations", "broke ties", "broke off ties"}
)
# Verbs that are a measure against a state only when their object names it.
ONLY_WITH_TARGET = frozenset(
    {"banned", "barred", "banning", "bans", "barring", "halted", "halting", "ban on"}
    | {"restricted", "restricting", "restricts"}
)
# What stands between such a measure and the state it names: "expelled two Saudi
# diplomats", "the expulsion of 23 Russian diplomats", "froze the assets of British
# companies", "banned imports of Australian wine".
_OBJECT_GAP = re.compile(
    r"(?:\s+(?:of|the|its|their|all|some|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozen|dozens|more|than|several|a|an|\d+|imports|exports|trade|business|flights|"
    r"ambassador|envoy|diplomats?|consul|attaches?|staff|officials?|on|from|with))*"
    # "banned imports of food from the EU": the goods, in a word or two.
    r"(?:\s+of(?:\s+[a-z]+){1,2}\s+from(?:\s+the)?|"
    # "halted coal imports from North Korea"
    r"(?:\s+[a-z]+){0,2}\s+(?:imports|exports|shipments|purchases|goods|products|sales)"
    r"(?:\s+of\s+[a-z]+)?\s+(?:from|to)(?:\s+the)?)?\s+"
)


def object_target(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state a measure names in its object (whose diplomats go, whose assets or
    goods it stops): its name or adjective right after the verb or noun."""
    target = s.after(trigger.end)
    if target is None or not _OBJECT_GAP.fullmatch(s.text, trigger.end, target.start):
        return []
    return [target]
