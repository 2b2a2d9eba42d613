"""Sanctions: who imposes what on whom, and whether it is imposed, threatened, lifted or
blocked.

For each sanction trigger of a sentence ("sanctions", "embargo", "expelled", "froze the
assets of"), the parties come from ``shapes.py`` ("A threatened B with sanctions"),
``envoy_passives`` ("two Chilean diplomats were expelled from Peru") or
``imposers.py``: the imposer right before the measure or after "imposed by"; the target
(``sanction_targets``) named in the measure's object ("expelled two Saudi diplomats"),
else after "against", "on", "to" (with those listed with it). A state's name right
before the noun is its target ("Iran sanctions"). Its status is ``sanction_status``'s. Each pair of
parties once a sentence: a later trigger adds only pairs not found before ("Russia
answered U.S. sanctions by expelling U.S. diplomats" holds two).
"""

from __future__ import annotations

import re

from ...models import Actor, Sanction
from .actors import ActorMention
from .envoy_passives import PASSIVE_RECALLS, envoys_sent_home
from .imposer_words import MEASURE_WORDS
from .imposers import imposers_of
from .lexicon import Hit
from .measure_objects import expels_no_envoys
from .measures import BAN_VERBS, ban_as_verb, stopped_measures, trade_measure_owner
from .no_measure import names_no_measure
from .questions import OPEN_QUESTION
from .reporting import reporting_actor
from .sanction_status import sanction_status
from .sanction_targets import imposed_by, state_right_after
from .sentence import RuleSentence
from .shapes import ORDERED_OUT, passive_of, put_on_list, retaliates_if, threatened_with

__all__ = ["sanctions_in"]


# What someone thinks a state ought to do: "should also threaten to", "must impose".
_ADVISED = re.compile(r"\b(?:should|must|ought\s+to)\s+(?:\w+\s+){0,5}\Z")


def _advised_by_unplaced(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a measure someone the rules cannot place says a state
    should take ("He said the United States should threaten to blockade Iran", of an
    analyst): advice, no state's threat."""
    return (
        _ADVISED.search(s.text, max(0, trigger.start - 50), trigger.start) is not None
        and s.has("reporting")
        and reporting_actor(s) is None
    )


def sanctions_in(s: RuleSentence, main_other: dict[str, Actor]) -> list[Sanction]:
    """The sanctions of ``s``: its first trigger's with an imposer and a target, and any
    later trigger's between other parties ("Russia answered U.S. sanctions by expelling
    ten American diplomats": two measures, each its own way).

    ``main_other``: for each state, the one the article is most about besides it (the
    target of "Canada's move to impose fresh sanctions").
    """
    found: list[Sanction] = []
    pairs: set[tuple[str | None, str | None]] = set()
    named = [(trigger, False) for trigger in s.find("sanction.triggers")]
    for trigger, stopped in named + [(hit, True) for hit in stopped_measures(s)]:
        if _advised_by_unplaced(s, trigger):
            continue
        # Once one is found, a later measure needs its target named: "halted imports from
        # North Korea in line with U.N. sanctions" is one sanction, the U.N.'s not on China.
        # "a complaint against Peru's wine import ban by the Chilean Winegrowers
        # Association": no Chilean measure against Peru.
        owner = trade_measure_owner(s, trigger)
        for sanction in _of_trigger(s, trigger, stopped, {} if found else main_other):
            pair = (sanction.imposer.country, sanction.target.country)
            if pair not in pairs and (owner is None or pair[1] != owner):
                pairs.add(pair)
                found.append(sanction)
    return found


def _of_trigger(
    s: RuleSentence, trigger: Hit, stopped: bool, main_other: dict[str, Actor]
) -> list[Sanction]:
    """The sanctions of one trigger of ``s``, if it names an imposer and a target."""
    question = OPEN_QUESTION.search(s.text, max(0, trigger.start - 100), trigger.start)
    if question is not None and not _WHETHER_TO.match(question.group()):
        # "Asked by reporters if Peru would retaliate": a question (but "the EU
        # decides whether to extend sanctions" decides on a measure in force)
        return []
    if trigger.phrase in _COUNTERMEASURES and _ARMED.search(s.text) is not None:
        return []  # "tougher countermeasures should the military build-up go on"
    shaped = threatened_with(s, trigger) or put_on_list(s, trigger) or envoys_sent_home(s, trigger)
    if shaped is None and trigger.phrase in PASSIVE_RECALLS:
        return []  # "the offer was withdrawn": no envoys recalled, no measure
    if trigger.phrase == "retaliate":
        # Bare, as often an armed reply: a measure only where the sentence names none
        # and its condition names whom ("would retaliate if Japan did not open"), or
        # the one warned ("warned Japan that it may retaliate").
        armed = _ARMED.search(s.text) is not None
        shaped = None if armed else retaliates_if(s, trigger) or shaped
        if shaped is None:
            return []
    if shaped is not None:
        imposer, target, stated = shaped
        status = stated or sanction_status(s, trigger)
        # "France and Germany warned Moscow ...": each of those listed imposes, on each
        # of those listed as warned ("warned France and Germany that it may retaliate").
        return [
            Sanction(imposer=each.actor, target=one.actor, status=status, evidence=s.evidence())
            for each in s.listed_before(imposer)
            for one in s.listed_before(target)
            if each.code != one.code
        ]
    if trigger.phrase in ORDERED_OUT or names_no_measure(s, trigger):
        return []
    if expels_no_envoys(s, trigger):
        return []  # "expelled 160,000 Greek Cypriots": people, no state's envoys
    if trigger.phrase in _AGAINST_WHAT and (
        state_right_after(s, trigger) is None or _ARMED.search(s.text) is not None
    ):
        # "retaliate against unfair trade practices": a practice, no state; "strikes
        # could provoke retaliation against Peru": armed, no measure
        return []
    if trigger.phrase in _BARE_REPRISALS and not _by_adjective(s, trigger):
        return []  # "in retaliation for the attack": no measure of a state named here
    if trigger.phrase in BAN_VERBS and not ban_as_verb(s, trigger):
        return []  # "the ban", "a ban": a measure named before, or not a state's; "a bar"
    passive = passive_of(s, trigger)
    if passive is not None:
        imposers, target, stated = passive
        status = stated or sanction_status(s, trigger)
        return [
            Sanction(imposer=imposer, target=target.actor, status=status, evidence=s.evidence())
            for imposer in [i.actor for i in imposers] or _unsaid_imposer(s, target, main_other)
            if imposer.country != target.code
        ]
    # "Russia vetoed a resolution imposing sanctions on Syria": the Council's, blocked.
    if vetoed := _council_veto(s, trigger, _VETOED_RESOLUTION):
        return vetoed
    imposers = imposers_of(s, trigger)
    if not imposers:
        return _council_veto(s, trigger, _VETOED_MEASURE) or _unnamed_imposer(
            s, trigger, main_other
        )
    return imposed_by(s, trigger, stopped, imposers, main_other)


_WHETHER_TO = re.compile(r"whether\s+to\b")

# A reprisal against what it names right after: a state ("retaliate against Japan",
# "against the Japanese government", "against a European Community meat rule") or else
# none ("against foreign unfair trade practices").
_AGAINST_WHAT = frozenset({"retaliate against", "retaliation against"})


# Reprisals are a state's measure only when its adjective names them ("possible U.S.
# reprisals", "Japanese retaliation if America goes ahead"); bare, they are as often
# military ("in retaliation for the attack").
_BARE_REPRISALS = frozenset({"reprisals", "retaliation"})


# Countermeasures are a state's measure against another unless the sentence is of armed
# action, where they are as often military.
_COUNTERMEASURES = frozenset(
    {"countermeasures", "counter-measures", "counter-sanctions", "countersanctions"}
)


_ARMED = re.compile(
    r"\b(?:attacks?|strikes?|military|missiles?|bomb\w*|shell\w*|naval|navy|troops|warships?|"
    r"war|raids?|(?:with|by)\s+force)\b",
    re.IGNORECASE,
)


def _by_adjective(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a state's or body's adjective names reprisals in a sentence of no armed
    action."""
    before = s.before(trigger.start)
    return (
        _ARMED.search(s.text) is None
        and before is not None
        # "EC retaliation": a body's short name serves as its adjective
        and before.kind in ("adjective", "igo")
        and not s.text[before.end : trigger.start].strip()
    )


# An imposing verb right before the measure: its subject imposes, and is named or not.
_IMPOSED_BY_SUBJECT = re.compile(
    r"\b(?:imposed|imposes|impose|imposing|slapped|levied|placed|introduced|announced)\s+"
    rf"(?:(?:{MEASURE_WORDS})\s+)*\Z",
    re.IGNORECASE,
)
# "sanctions on Iran", "sanctions relief for Caracas": the target right after the measure;
# "the embargo of Cuba", "a blockade of Qatar": after "of" too, for a measure that closes
# a state off (not "sanctions of the UN", whose they are).
_ON_TARGET = re.compile(r"\s+(?:relief\s+)?(?:on|against|for)\s+(?:the\s+)?")
_OF_TARGET = re.compile(r"\s+(?:on|against|of)\s+(?:the\s+)?")
_CLOSED_OFF = frozenset({"embargo", "embargoes", "blockade"})


def _unnamed_imposer(s: RuleSentence, trigger: Hit, main_other: dict[str, Actor]) -> list[Sanction]:
    """A sanction whose imposer is not named as such: the speaker who reports it after
    it ("... sanctions relief for Caracas, the Chilean foreign ministry said"), or, when the
    sentence names no one before it ("Sanctions on Iran were lifted"), the state the
    article is most about besides the target. Not "China opposes sanctions on Iran":
    a state named before the measure and not imposing it is doing something else."""
    on = (_OF_TARGET if trigger.phrase in _CLOSED_OFF else _ON_TARGET).match(s.text, trigger.end)
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
    elif _IMPOSED_BY_SUBJECT.search(s.text, max(0, trigger.start - 80), trigger.start):
        return []  # "Western governments imposed sanctions on Moscow": no state named
    else:
        imposer = main_other[target.code]
    status = sanction_status(s, trigger)
    return [Sanction(imposer=imposer, target=target.actor, status=status, evidence=s.evidence())]


def _unsaid_imposer(
    s: RuleSentence, target: ActorMention, main_other: dict[str, Actor]
) -> list[Actor]:
    """Who imposes a measure its target is said to face or be threatened with, when no
    one is named after "by" or "from": the speaker who reports it ("Beijing could face
    sanctions, the EU warned"), else the state the article is most about besides the
    target."""
    speaker = reporting_actor(s)
    if speaker is not None and speaker.code and speaker.code != target.code:
        return [speaker.actor]
    other = main_other.get(target.code or "")
    return [other] if other is not None else []


# "vetoed a resolution imposing", "blocked a draft resolution that would have imposed": a
# veto is cast in the Security Council, whose measure it stops.
_VETOED_RESOLUTION = re.compile(
    r"\b(?:vetoed|vetoes|veto|vetoing|blocked|blocks)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"resolution\s+(?:(?:that|which)\s+would\s+have\s+)?(?:imposing|imposed|tightening|"
    r"extending)\s+(?:new\s+|fresh\s+|further\s+|tougher\s+)?\Z"
)
# So is a veto of the measure itself by states, who impose none of it ("Russia and China
# vetoed new sanctions against Peru": ``imposers`` gives them none; a president's veto is
# of his own state's, and ``imposers`` gives him).
_VETOED_MEASURE = re.compile(
    r"\b(?:vetoed|vetoes|vetoing)\s+(?:(?:new|fresh|further|tougher|proposed)\s+)*\Z"
)
_UNITED_NATIONS = Actor(name="United Nations", kind="organization", country="UN")


def _council_veto(s: RuleSentence, trigger: Hit, vetoed: re.Pattern[str]) -> list[Sanction]:
    """The Security Council's sanction a veto blocked, where ``vetoed`` finds the veto
    before the measure ("Russia vetoed a resolution imposing sanctions on Syria"), on the
    target named after the measure."""
    if not vetoed.search(s.text, max(0, trigger.start - 90), trigger.start):
        return []
    on = _ON_TARGET.match(s.text, trigger.end)
    target = s.after(trigger.end) if on is not None else None
    if on is None or target is None or target.start != on.end():
        return []
    return [
        Sanction(
            imposer=_UNITED_NATIONS, target=target.actor, status="blocked", evidence=s.evidence()
        )
    ]
