"""Sanctions: who imposes what on whom, and whether it is imposed, threatened, lifted or
blocked.

For each sanction trigger of a sentence ("sanctions", "embargo", "expelled", "froze the
assets of"): the imposer is the actor right before it when only an imposing verb and
words for the measures stand between ("the EU imposed new sanctions", "U.S. sanctions"),
else the agents after "imposed by"; the target is the state after "against", "on", "to"
(with those listed with it), or for a measure whose object names it, the state there
("expelled two Saudi diplomats"). A state's name right before the noun is its target
("Iran sanctions"). Status from the cue words of the trigger's clause.
"""

from __future__ import annotations

import re
from typing import Literal

from ...models import Actor, Sanction, Stance
from .actors import ActorMention
from .clauses import IMPOSES_AHEAD, SANCTION_TARGET, ends_with_word, local_clause
from .lexicon import Hit
from .sentence import RuleSentence, joins_list
from .speech import reporting_actor

__all__ = ["sanction_stances", "sanctions_in"]

SanctionStatus = Literal["imposed", "threatened", "lifted", "blocked"]


_CUES: tuple[SanctionStatus, ...] = ("blocked", "lifted", "threatened", "imposed")
_CUE_LISTS = {status: f"sanction.{status}" for status in _CUES}


def _status(s: RuleSentence, trigger: Hit) -> SanctionStatus:
    """The first status whose cue words occur in the trigger's clause, else "imposed".

    The clause is worked out only when the sentence holds some cue: most do not.
    """
    present = [status for status in _CUES if s.has(_CUE_LISTS[status])]
    if not present:
        return "imposed"
    start, end = local_clause(s.text, trigger.start, trigger.end)
    for status in present:
        # A cue inside the trigger is part of the measure ("suspended trade"), not its status.
        if any(
            start <= hit.start
            and hit.end <= end
            and (hit.end <= trigger.start or hit.start >= trigger.end)
            for hit in s.find(_CUE_LISTS[status])
        ):
            return status
    return "imposed"


def _coordinated_after(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The actor after ``offset`` and those listed with it ("China, Burma and Zimbabwe")."""
    first = s.after(offset)
    return [] if first is None else s.listed_from(first)


# Between a sanction's imposer and the sanction: nothing but an imposing verb and words that
# describe the measures ("the EU imposed new economic sanctions", "Canada's sanctions").
_IMPOSER_GAP = re.compile(
    r"(?:'s|\u2019s)?\s*(?:(?:has|have|had|will|would|could|may|might|is|was|were|are|to|"
    # "EU leaders agreed to", "Saudi Arabia and its allies cut": those who act for it.
    r"leaders|officials|ministers|government|governments|authorities|lawmakers|administration|"
    r"(?:and\s+)?(?:its|their)\s+allies|"
    # "adopted a resolution tightening sanctions"
    r"adopted|approved|passed|signed|(?:a|an|the|new)\s+(?:executive\s+)?(?:resolution|package|"
    r"bill|law|order|decree)"
    r"(?:\s+(?:that|which))?|"
    r"tightening|extending|expanding|renewing|"
    # "Norway said on Monday that it had expelled": the imposer reports its own measure.
    r"(?:said|says|announced|announces|confirmed|declared|stated)"
    r"(?:\s+on\s+\w+|\s+today|\s+yesterday)?(?:\s+that)?\s+(?:it|they)|"
    r"also|already|now|again|on\s+\w+|\w+ly|(?:moved|decided|voted|agreed|plans?|planned|"
    r"sought|seeks?|wants?|wanted|set|expected|going|ready|prepared|threatened|promised|"
    r"vowed|pledged|began|started|tried|tries)"
    # "agreed on Monday to extend"
    r"(?:\s+on\s+\w+|\s+today|\s+yesterday)?\s+to|considering|weighing|mulling|discussing|"
    r"proposing|threatening|preparing|debating|(?:pushing|pushed|calling|called)\s+for|seeking|"
    r"sought|urging|urged|demanding|demanded|(?:retaliated|responded|hit\s+back)\s+(?:with|by)|in|"
    r"(?:resolution|measure|proposal|draft|bill)\s+"
    r"(?:that|which)\s+would\s+have)\s+)*(?:(?:imposed|imposes|impose|imposing|sanctioned|reimposed|"
    r"slapped|threatened|threatens|threaten|lifted|lifts|lift|lifting|eased|eases|ease|"
    r"extended|extends|extend|tightened|tightens|tighten|approved|adopted|announced|vetoed|"
    r"blocked|expelled|expels|froze|freezes|suspended|renewed|unveiled|agreed|introduced|"
    r"levied|placed|put|considered|considers|consider|proposed|proposes|cut|severed|broke|"
    r"keep|keeps|kept|maintain|maintains|maintained|roll\s+over|rolled\s+over)\s+"
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


def _imposers(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Who imposes the sanction of ``trigger``: the actor before it when only an imposing
    verb and the measures' words stand between ("the EU imposed new sanctions", "U.S.
    sanctions"), else the agents after "imposed by" ("sanctions imposed by the UN, the
    United States and the EU"). Anyone else nearby is no imposer ("Iran has complained
    that ... sanctions")."""
    before = s.before(trigger.start)
    if before is not None and trigger.start - before.end <= 80 and s.is_agent(before):
        gap_fits = _IMPOSER_GAP.fullmatch(s.text, before.end, trigger.start) is not None
        # "the imposition by Canada of punitive duties"
        by_of = _BY_BEFORE.search(s.text, max(0, before.start - 8), before.start) and (
            _BY_OF.fullmatch(s.text, before.end, trigger.start) is not None
        )
        if gap_fits or by_of:
            return _coordinated_before(s, before)
    by = _IMPOSED_BY.match(s.text, trigger.end)
    if by is not None:
        return _coordinated_after(s, by.end())
    return []


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
    r"\b(?:threaten(?:ed|s|ing)?|hit|hits|slapped|punish(?:ed|es)?)\s+\Z", re.IGNORECASE
)
_WITH_MEASURES = re.compile(
    r"\s+with\s+(?:(?:new|fresh|further|more|tough|tougher|economic|financial|trade)\s+)*"
)


def _threatened_with(
    s: RuleSentence, trigger: Hit
) -> tuple[ActorMention, ActorMention, SanctionStatus] | None:
    """(imposer, target, status) of "A threatened B with sanctions" (threatened) or "A hit
    B with tariffs" (imposed)."""
    target = s.before(trigger.start)
    if target is None or not _WITH_MEASURES.fullmatch(s.text, target.end, trigger.start):
        return None
    verb = _THREATENED_WITH.search(s.text, max(0, target.start - 20), target.start)
    if verb is None:
        return None
    imposer = s.before(verb.start())
    if imposer is None or not _IMPOSER_GAP.fullmatch(s.text, imposer.end, verb.start()):
        return None
    return imposer, target, "threatened" if verb.group().lower().startswith("threat") else "imposed"


# "added two Chinese firms to a trade blacklist", "put Iranian banks on its sanctions list"
_ONTO_LIST = re.compile(r"\s+(?:to|on|onto)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?\Z")
_LISTING_VERB = re.compile(r"\b(?:added|adds|adding|put|puts|putting|placed|places)\s+")


def _put_on_list(s: RuleSentence, trigger: Hit) -> tuple[ActorMention, ActorMention] | None:
    """(imposer, target) of "A added B's firms to a blacklist" (imposed)."""
    onto = _ONTO_LIST.search(s.text, max(0, trigger.start - 30), trigger.start)
    if onto is None:
        return None
    verbs = list(_LISTING_VERB.finditer(s.text, max(0, onto.start() - 60), onto.start()))
    if not verbs:
        return None
    verb = verbs[-1]
    target = s.after(verb.end())
    imposer = s.before(verb.start())
    if target is None or target.end > onto.start() or imposer is None:
        return None
    if not _IMPOSER_GAP.fullmatch(s.text, imposer.end, verb.start()):
        return None
    return imposer, target


# Measures whose object names their target: expulsions, asset freezes, import bans,
# "sanctioned three Iranian officials", "cut diplomatic ties with Qatar".
_TARGET_IN_OBJECT = frozenset(
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
)
# Verbs that are a measure against a state only when their object names it.
_ONLY_WITH_TARGET = frozenset(
    {"banned", "barred", "banning", "bans", "barring", "halted", "halting", "ban on"}
)
# What stands between such a measure and the state it names: "expelled two Saudi
# diplomats", "the expulsion of 23 Russian diplomats", "froze the assets of British
# companies", "banned imports of Australian wine".
_OBJECT_GAP = re.compile(
    r"(?:\s+(?:of|the|its|their|all|some|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozen|dozens|more|than|several|a|an|\d+|imports|exports|"
    r"ambassador|envoy|diplomats?|consul|attaches?|staff|officials?|on|from|with))*"
    # "banned imports of food from the EU": the goods, in a word or two.
    r"(?:\s+of(?:\s+[a-z]+){1,2}\s+from(?:\s+the)?|"
    # "halted coal imports from North Korea"
    r"(?:\s+[a-z]+){0,2}\s+(?:imports|exports|shipments|purchases|goods|products|sales)"
    r"(?:\s+of\s+[a-z]+)?\s+(?:from|to)(?:\s+the)?)?\s+"
)


def _object_target(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state a measure names in its object (whose diplomats go, whose assets or
    goods it stops): its name or adjective right after the verb or noun."""
    target = s.after(trigger.end)
    if target is None or not _OBJECT_GAP.fullmatch(s.text, trigger.end, target.start):
        return []
    return [target]


def sanctions_in(s: RuleSentence, main_other: dict[str, Actor]) -> list[Sanction]:
    """The sanctions of ``s``: its first trigger with an imposer and a target.

    ``main_other``: for each state, the one the article is most about besides it (the
    target of "Canada's move to impose fresh sanctions").
    """
    for trigger in s.find("sanction.triggers"):
        threat = _threatened_with(s, trigger)
        if threat is not None:
            imposer, target, status = threat
            return [
                Sanction(
                    imposer=imposer.actor, target=target.actor, status=status, evidence=s.evidence()
                )
            ]
        listed = _put_on_list(s, trigger)
        if listed is not None:
            imposer, target = listed
            return [
                Sanction(
                    imposer=imposer.actor,
                    target=target.actor,
                    status=_status(s, trigger),
                    evidence=s.evidence(),
                )
            ]
        imposers = _imposers(s, trigger)
        if not imposers:
            unnamed = _unnamed_imposer(s, trigger, main_other)
            if unnamed:
                return unnamed
            continue
        imposer = imposers[0]
        # A measure whose object names a state targets it, whatever follows ("blacklisted
        # Chinese firms for helping North Korea"); other measures name theirs after "on".
        in_object = trigger.phrase in _TARGET_IN_OBJECT
        targets = _object_target(s, trigger) if in_object else []
        if not targets and trigger.phrase in _ONLY_WITH_TARGET:
            continue  # "banned protests": a ban on no state
        if not targets:
            preposition = SANCTION_TARGET.search(s.text, trigger.end, trigger.end + 40)
            targets = _coordinated_after(s, preposition.end()) if preposition else []
        # "the embargo" refers back to a sanction already reported, unless its imposer is
        # named right there ("the European Union's arms embargo") or its target is
        # ("extended the arms embargo on Libya", "the expulsion of 23 Russian diplomats").
        adjacent = not s.text[imposer.end : trigger.start].strip(" '\u2019s")
        if (
            ends_with_word(s.text, trigger.start, ("the",))
            and not adjacent
            and imposer.start < trigger.start
            and not targets
        ):
            continue
        # A state's name right before the noun is its target ("Iran sanctions", "China
        # embargo"); an adjective or possessive there is the imposer ("U.S. sanctions").
        if adjacent and imposer.kind == "name" and not targets:
            earlier = s.before(imposer.start)
            if earlier is None or not _IMPOSER_GAP.fullmatch(s.text, earlier.end, imposer.start):
                continue
            targets, imposers = [imposer], [earlier]
        status = _status(s, trigger)
        found = []
        for imposer in imposers:
            codes = {t.code for t in targets}
            target_actors = [t.actor for t in targets if t.code != imposer.code]
            if not target_actors and imposer.code in main_other and imposer.code not in codes:
                target_actors = [main_other[imposer.code]]
            found += [
                Sanction(imposer=imposer.actor, target=target, status=status, evidence=s.evidence())
                for target in target_actors
            ]
        if found:
            return found
    return []


# "sanctions on Iran", "sanctions relief for Tehran": the target right after the measure.
_ON_TARGET = re.compile(r"\s+(?:relief\s+)?(?:on|against|for)\s+(?:the\s+)?")


def _unnamed_imposer(s: RuleSentence, trigger: Hit, main_other: dict[str, Actor]) -> list[Sanction]:
    """A sanction whose imposer is not named as such: the speaker who reports it after
    it ("... sanctions relief for Tehran, the U.S. State Department said"), or, when the
    sentence names no one before it ("Sanctions on Iran were lifted"), the state the
    article is most about besides the target. Not "China opposes sanctions on Iran":
    a state named before the measure and not imposing it is doing something else."""
    on = _ON_TARGET.match(s.text, trigger.end)
    if on is None:
        return []
    target = s.after(trigger.end)
    if target is None or target.start != on.end() or target.code not in main_other:
        return []
    speaker = reporting_actor(s)
    if speaker is not None and speaker.start > target.end and speaker.code != target.code:
        imposer = speaker.actor
    elif any(a.code and a.end <= trigger.start for a in s.actors):
        return []
    else:
        imposer = main_other[target.code]
    status = _status(s, trigger)
    return [Sanction(imposer=imposer, target=target.actor, status=status, evidence=s.evidence())]


def _acts(s: RuleSentence, actor: Actor) -> bool:
    """Whether ``actor`` is the subject of an imposing or threatening verb in ``s``."""
    for mention in s.actors:
        if mention.actor is actor or mention.actor == actor:
            if ends_with_word(s.text, mention.start, ("the", "by", "of")):
                continue
            if IMPOSES_AHEAD.match(s.text, mention.end, mention.end + 40):
                return True
    return False


def sanction_stances(s: RuleSentence, sanctions: list[Sanction]) -> list[Stance]:
    """Imposing or threatening sanctions, said as the imposer's own act ("New Zealand has
    imposed sanctions against Fiji"), states opposition to the target."""
    return [
        Stance(
            actor=sanction.imposer,
            topic=f"{sanction.target.name} ({sanction.status} sanctions)",
            position="oppose",
            evidence=sanction.evidence,
        )
        for sanction in sanctions
        if sanction.status in ("imposed", "threatened") and _acts(s, sanction.imposer)
    ]
