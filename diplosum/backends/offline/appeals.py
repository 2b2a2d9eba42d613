"""What an appeal asks for turns the position its word states, for ``positions``: asking
another to stop something, not to act, or to make redress is opposition ("urged Iran not
to", "called on Israel to halt", "demanded an apology"); asking for restraint, a
peaceful way or an explanation is neutral; resolve to punish someone is opposition
("ready to take punitive trade action against Peru"). And what is asked for is not yet
anyone's: a position asked of a state named in the call ("called for more U.S.
support") is not that state's, nor one asked "from" it ("asked for clarification from
Peru").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import ASKED_FOR, PASSIVE_AUXILIARIES
from .lexicon import Hit
from .phrases import readable
from .sentence import RuleSentence

if TYPE_CHECKING:
    from .positions import Position

__all__ = [
    "EVERY_SIDE",
    "STOPPING",
    "asked_for",
    "asked_in_passive",
    "asked_of_another",
    "stopped_topic",
    "turned_by_appeal",
]

_APPEALS = ("call", "appeal", "urge", "stressed the need", "stresses the need", "emphasi")
# Verbs of backing what they name: a measure backed is supported, not a call to punish.
_BACKING = ("support", "back", "endors", "welcom", "favo", "prais", "applau", "hail")
# Triggers that ask something of another: what is asked may be that it stop ("urged Iran
# not to", "called on Israel to halt"); "welcomed the deal and urged ... not to" is not.
_ASKS = (*_APPEALS, "urging", "press", "push", "demand", "ask", "encourag", "lobb")

# Verbs of stopping something: what an appeal asks when it opposes.
STOPPING = (
    r"stop|halt|end|cease|withdraw|abandon|drop|scrap|reverse|suspend|cancel|renounce|"
    r"rescind|revoke|repeal|step\s+down|resign|quit|pull\s+out|reconsider|rethink|"
    # "urged Peru to lift its tariffs", "to reject the provisions": against what is there
    r"lift|remove|reject|dismantle|pull\s+back|"
    # "urged China to rein in its neighbour": to hold another back
    r"rein\s+in|restrain|"
    # "urged the Peruvian ship to leave the area": to go from where it is (not "to leave
    # the door open")
    r"leave(?=\s+(?:the|its|their)\s+(?:area|country|territory|waters|region|zone|islands?)\b)"
)
# The same asked as a noun: "called for an end to the exemption", "demanded the withdrawal
# of Peruvian troops", "called for the resignation of the president".
_STOP_NOUN = re.compile(
    r"\s+(?:(?:an?|the)\s+)?(?:(?:immediate|complete|full|swift|total|quick|early)\s+)?"
    r"(?:(?:end|halt|stop)\s+to|(?:withdrawal|removal|resignation|ouster|departure|"
    r"cancellation|suspension|repeal|scrapping|abolition)\s+of)\b"
)
# Right after an appeal's word, up to what it asks for, whoever is asked: "for", "(Peru)
# to", "that (Peru)". A pattern fragment, no group.
_ASKED_THEN = (
    r"\s+(?:for\s+)?(?:(?:[\w.'\u2019-]+\s+){0,5}?to\s+|that\s+(?:[\w.'\u2019-]+\s+){1,4}?)?"
)
# Redress asked for a wrong: "demanded an apology from Peru", "demands compensation",
# "demanded that Peru apologise", "called on Peru to apologise": a grievance against the
# one asked.
_REDRESS = re.compile(
    # (the noun too: "its demand for compensation")
    _ASKED_THEN + r"(?:(?:an?|the|full|formal|public)\s+)*"
    r"(?:apology|apologies|apologi[sz]e|compensation|reparations|redress)\b"
)
# An explanation asked for: "asked Peru to explain the troop movements", "demanded that
# Peru explain", "called for a full explanation": a question put, no side taken (as
# "sought clarification" is among the neutral words).
_EXPLAIN = re.compile(
    _ASKED_THEN + r"(?:(?:an?|the|full|formal|public|detailed|prompt)\s+)*"
    r"(?:explain|explanations?|clarify|clarification|account\s+for)\b"
)
# A measure asked to be stopped, in the passive: "(for the sanctions to) be lifted",
# "(that the ban) be scrapped". A pattern fragment, no group.
_BE_STOPPED = (
    r"be\s+(?:lifted|removed|scrapped|withdrawn|ended|dropped|cancell?ed|rescinded|revoked|"
    r"repealed|suspended|abolished|halted)"
)
# After an appeal, what is asked for is that something not happen, or stop.
_NOT_TO = re.compile(
    # (a quotation may open at what is asked: 'called on Iran to "cease all tests"')
    r"\s+(?:[\w.'\u2019-]+\s+){0,5}?(?:not\s+to|(?:to\s+|that\s+(?:[\w.'\u2019-]+\s+){1,4}?)"
    r"[\"\u201c]?"
    # "called for the sanctions to be lifted", "demanded that the ban be scrapped"
    rf"(?:{STOPPING}|refrain|forsake|{_BE_STOPPED}|"
    # "urged Iran to release the sailors"; not "urged the IMF to release a loan"
    r"release(?!\s+(?:[\w.'\u2019-]+\s+){0,6}?(?:loans?|funds?|aid|money|tranches?|credits?|"
    r"payments?)\b)))\b"
)
# The same without "to": a name, then the verb ("we demand China revoke the measures").
_NAMED_STOP = re.compile(
    rf"\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){{0,2}}\s+(?:{STOPPING})\b"
)
# Readiness or resolve to punish someone: "ready to take punitive trade action against
# Peru", "determined to take measures against" (not "ready to impose order").
_PUNISHING = re.compile(
    # (past the one asked: "urged the EU to impose sanctions on ...")
    r"\s*(?:(?:[\w.'\u2019-]+\s+){1,4}?to\s+)?"
    # ("would consider imposing tariffs on", in the "-ing" form too)
    r"(?:impos|slap|levy|tak|adopt|retaliat)(?:e|ing|ping)?\b"
    r"(?:[^,;.]|(?<=\b[A-Za-z])\.){0,60}?"
    r"\b(?:sanctions|tariffs|curbs|measures|action|reprisals|duties)\s+(?:against|on)\s"
    # the measure itself asked for: "called for tougher sanctions on Iran"
    r"|\s*(?:(?:new|fresh|tougher|tough|more|further|wider|international|economic|"
    r"punitive)\s+)*(?:sanctions|an\s+embargo|reprisals)\s+(?:against|on)\s"
    # a ban asked for: "asked for a prohibition on some banks", "a ban on its imports"
    r"|\s*(?:an?\s+|the\s+)?(?:(?:total|complete|full|outright|immediate|global)\s+)?"
    r"(?:ban|prohibition)\s+on\s"
    # force threatened: "ready to use force against", "stands ready to use its weapons"
    r"|\s*(?:(?:[\w.'\u2019-]+\s+){1,4}?to\s+)?(?:use\s+(?:military\s+|armed\s+)?force|"
    r"use\s+(?:its\s+|their\s+|his\s+|our\s+)?(?:nuclear\s+|chemical\s+)?weapons|"
    r"go\s+to\s+war|wage\s+war)\b"
)
# Attacks asked for: "called for strikes against its bases", "for the army to be ready to
# mount attacks on Peru" (only asked: "defended attacks on the plan" is no call for any).
_ATTACKS = re.compile(
    r"\s*(?:(?:[\w.'\u2019-]+\s+){1,8}?to\s+(?:mount|launch|carry\s+out|stage)\s+)?"
    r"(?:(?:pre-?emptive|military|air|missile|retaliatory|new|more)\s+)*"
    r"(?:attacks|strikes|air\s+strikes|airstrikes|raids)\s+(?:against|on)\s"
)
# An appeal for restraint or calm takes no side (the annotation guide's example of neutral).
# So does one for a peaceful way, whatever the outcome: "called for a peaceful resolution",
# "urged both sides to uphold the rule of law", "a diplomatic solution".
_RESTRAINT = re.compile(
    r"\s+(?:[\w.'\u2019-]+\s+){0,8}?(?:(?:self-)?restraint|calm|de-escalation|dialogue|"
    # "urged both parties to be patient", "to wait patiently for the ruling"
    r"patien(?:ce|t|tly)|"
    r"peacefully|peaceful\s+(?:resolution|solution|settlement|means|negotiations|talks)|"
    r"rule\s+of\s+law|"
    # "urged Peru and Bolivia to resolve their differences": settled between them, no
    # side named the one to yield (not "to settle its dispute with Chile")
    r"(?:resolve|settle|narrow|overcome|bridge)\s+(?:all\s+)?their\s+"
    r"(?:differences|dispute|disputes|disagreements)|"
    # "to avoid the use of force", "to avoid violence", "to avoid any escalation", "to
    # avoid further provocations": to hold back, whoever would start it
    r"avoid\s+(?:(?:the\s+)?use\s+of\s+)?(?:force|violence|bloodshed)|"
    r"avoid\s+(?:(?:any|further|an?|new)\s+)?(?:escalation|confrontation|provocations?)|"
    r"international\s+law|diplomatic\s+(?:solution|means)|"
    r"respect\s+(?:for\s+)?(?:the\s+)?(?:ceasefire|cease-fire|truce))\b",
    re.IGNORECASE,
)


# Every side of a quarrel as the ones an appeal is made to: "urged all sides to", "called
# on both parties to", "appealed to all concerned".
EVERY_SIDE = re.compile(
    r"\s+(?:(?:on|upon|to)\s+)?(?:(?:all|both|the\s+two)\s+(?:sides|parties|claimants|camps)|"
    r"all\s+concerned|all\s+involved)\b",
    re.IGNORECASE,
)


def _every_side_asked(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` asks something of every side ("urged all sides to", "pressed
    both parties to", "asked the two sides to"); not "encouraged by both sides'
    pledges", where the word is how its subject feels."""
    return (
        trigger.phrase.startswith(_ASKS)
        and not trigger.phrase.endswith(" by")
        and EVERY_SIDE.match(s.text, trigger.end) is not None
    )


def turned_by_appeal(s: RuleSentence, trigger: Hit, position: Position, asked: int) -> Position:
    """``position``, turned by what an appeal asks for: to stop something is opposition,
    restraint neutral, a punishment opposition."""
    if (
        position != "oppose"
        and trigger.phrase.startswith(_ASKS)
        and (
            _NOT_TO.match(s.text, asked)
            or _NAMED_STOP.match(s.text, asked)
            or _STOP_NOUN.match(s.text, asked)
            or _REDRESS.match(s.text, asked)
            or _ATTACKS.match(s.text, asked)
        )
    ):
        # "urged Hanoi not to sign", "called on X to stop", "demand China revoke", "called
        # for an end to the exemption", "called for strikes against"
        return "oppose"
    if position == "support" and (
        (trigger.phrase.startswith(_APPEALS) and _RESTRAINT.match(s.text, asked))
        or _every_side_asked(s, trigger)
        or (trigger.phrase.startswith(_ASKS) and _EXPLAIN.match(s.text, asked))
    ):
        # "urged the two neighbours to show restraint"; "urged all sides to show
        # goodwill": a call on every side takes none; "asked Peru to explain": a question
        return "neutral"
    if (
        position != "oppose"
        and not trigger.phrase.startswith(_BACKING)
        and _PUNISHING.match(s.text, asked)
    ):
        # "ready to impose retaliatory action against Japan"; but to back or welcome a
        # measure is support for it ("Peru would back fresh sanctions against ...")
        return "oppose"
    return position


# A request, in a stance word's own words or right before it ("asked for clarification",
# "sought support"): "from" after it names the one asked.
_REQUEST = (
    r"\b(?:(?:ask|call|appeal|plead|press|push)(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|"
    r"request(?:s|ed|ing)?|demand(?:s|ed|ing)?)\s+"
)
_REQUEST_BEFORE = re.compile(_REQUEST + r"(?:(?:a|an|the|more|some|any)\s+)?\Z")
_REQUEST_OPENING = re.compile(_REQUEST)


def asked_for(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is asked for, in its own words or those right before it."""
    before = _REQUEST_BEFORE.search(s.text, max(0, trigger.start - 30), trigger.start)
    return before is not None or _REQUEST_OPENING.match(trigger.phrase) is not None


def asked_of_another(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a call asks for ``trigger``'s position or aim of a state or body named in
    it ("appealed for a bigger Bolivian effort to", "called for more U.S. support for"):
    what the caller wants of them, not what they have stated (a call for efforts no one
    is named for is the caller's own aim)."""
    asked = ASKED_FOR.search(s.text, max(0, trigger.start - 60), trigger.start)
    return asked is not None and any(
        a.code and asked.start() < a.start < trigger.start for a in s.actors
    )


# Asked of the subject, in the passive: "Chile was urged to back the plan", "has been
# asked by Peru to seek talks". What the subject is asked to do is neither a position
# nor an aim it has stated (the active names the one asked after the verb: "urged Chile
# to", read by ``asked_of_another`` and the appeal's own rules).
# ("To" is required, in the gap or as the trigger's first word: "was told by Peru
# it planned to" reports Peru's plan.)
_ASKED_IN_PASSIVE = re.compile(
    rf"\b{PASSIVE_AUXILIARIES}\s+(?:\w+ly\s+)?(?:urged|asked|pressed|"
    r"encouraged|advised|told|called\s+(?:on|upon)|requested|invited|lobbied)\s+"
    r"(?:by\s+[^,;:]{1,60}?\s+)?(?P<to>to\s+(?:\w+ly\s+)?)?\Z"
)


def asked_in_passive(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is what the subject of a passive appeal is asked to do ("was
    urged to | back the plan")."""
    asked = _ASKED_IN_PASSIVE.search(s.text, max(0, trigger.start - 100), trigger.start)
    return asked is not None and (asked.group("to") is not None or trigger.phrase.startswith("to "))


# What an appeal to stop asks to be stopped: "urged Peru to lift | its tariffs", "called
# on Chile to refrain from | military action", "called for | the quotas | to be lifted",
# "demanded that | the ban | be scrapped", "called on | the minister | to resign".
_ASKED_TO_STOP = re.compile(
    r"\s+(?:(?P<one>(?:[\w.'\u2019-]+\s+){0,5}?)to|that\s+(?P<that>(?:[\w.'\u2019-]+\s+){1,4}?))"
    r"\s*[\"\u201c]?"
    rf"(?:(?P<passive>{_BE_STOPPED})\b"
    rf"|(?P<verb>(?:{STOPPING})\b(?:\s+from\b)?|refrain\s+from\b|forsake\b))"
)


def stopped_topic(s: RuleSentence, trigger: Hit, asked: int, end: int) -> str | None:
    """What an appeal ``trigger`` asks to be stopped, as the topic of the opposition it
    states: the thing stopped, not the call ("urged Peru to lift its tariffs" opposes
    "its tariffs"; "called for an end to the quotas" opposes "the quotas"), so that a
    reader does not take the topic for what is opposed being asked ("oppose | the quotas
    to be lifted" reads as against lifting them). Where no object follows ("called on
    the minister to resign", "urged the trawler to leave the zone"), the one asked; read
    no further than ``end``. ``None`` for other appeals."""
    if not trigger.phrase.startswith(_ASKS):
        return None
    text = s.text[:end]
    noun = _STOP_NOUN.match(text, asked)
    if noun is not None:
        return readable(text, noun.end())
    stop = _ASKED_TO_STOP.match(text, asked)
    if stop is None:
        return None
    named = "one" if stop.group("one") is not None else "that"
    one = readable(text[: stop.end(named)], stop.start(named)) if stop.group(named) else None
    if stop.group("passive") is not None or stop.group("verb").startswith("leave"):
        return one  # "urged the trawler to leave the zone": its presence, not the zone
    return readable(text, stop.end("verb")) or one
