"""The parties of a meeting trigger, read from the parts of its clause.

- *Objects*: the actors after the trigger, past its duration or what it was about ("met
  for an hour with", "talks on trade with"), or after "between", listed as
  ``party_lists`` reads a list ("with A, B and C").
- *Those urged to attend*: "pressed the government and the opposition to attend the
  talks" names their parties in place of the clause's subject.

The parties in the trigger's own noun phrase, and one participant per state or body, are
``own_parties``'.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .clauses import SIDELINES
from .lexicon import Hit
from .party_lists import VENUE, listed_from
from .sentence import RuleSentence

__all__ = ["dealt_with", "discussed_between", "objects", "urged_parties"]

# Who a meeting will include, right after its noun: "the port talks are set to include |
# ministers of Peru, Chile and Bolivia", "the summit will involve | Chile".
_TO_INCLUDE = re.compile(
    r"\s+(?:(?:is|are|was|were|will|would|also|expected|set|due|likely|to)\s+){1,4}"
    r"(?:include|involve)\b"
)

# What talks were about, then with whom: "held talks on trade with Putin".
_TALK_NOUNS = frozenset(
    {"talks", "meeting", "meetings", "discussions", "negotiations", "consultations"}
)
_TOPIC_WITH = re.compile(
    r"\s+(?:on|about|over|regarding)\s+[^,;:.\"\u201c\u201d()]{1,50}?\s+with(?=\s)"
)
# How long a meeting lasted, right after its trigger: "for more than an hour".
_DURATION = re.compile(
    r"\s+for\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+)?"
    r"(?:an?|one|two|three|four|five|six|half\s+an|\d+)\s+(?:hours?|minutes)\b"
    # "talks would take place with Iran", "talks will be held with", "talks resumed with"
    r"|\s+(?:(?:would|will|could|may|might|are\s+to|is\s+to|to|had|have|has)\s+)?"
    r"(?:(?:take|took|taken|takes|taking)\s+place|(?:be|been|was|were|are|is)\s+held|"
    r"began|begin|begins|resume|resumed|resumes|continue|continued|continues)(?=\s+with\b)"
    # "the free trade talks under way with the U.S."
    r"|\s+(?:now\s+|currently\s+|already\s+)?(?:under\s?way|going\s+on)(?=\s+with\b)"
)


# Who meets, then the ties the meeting is to mend, with whom: "suggested a meeting of foreign
# ministers to repair relations with Peru" (Peru is the other side).
_TIES_WITH = re.compile(
    r"\s+(?:of\s+(?:the\s+(?:two\s+)?)?(?:prime\s+ministers|leaders|presidents|foreign\s+ministers|"
    r"ministers|officials|envoys|delegations)\s+)?to\s+(?:improve|mend|repair|normali[sz]e|"
    r"restore|strengthen|boost|discuss|rebuild|expand)\s+(?:bilateral\s+|their\s+|the\s+)?"
    r"(?:ties|relations)\s+with(?=\s)"
)


# A meeting noun's own verb of taking place, before "with": "Discussions have begun with".
_UNDER_WAY_WITH = re.compile(
    r"\s+(?:(?:have|has|had|will|would|were|was|are|is)\s+)?(?:also\s+|now\s+|already\s+)?"
    r"(?:been\s+)?(?:begun|began|begin|started|resumed|opened|continued|held|"
    r"taken\s+place|took\s+place)(?=\s+with\s)"
)


# "between the two sides", "between the leaders of the two countries": those named before.
_THE_TWO_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|"
    r"ministers|officials|envoys|delegations|heads\s+of\s+state)\s+of\s+the\s+)?two\s+"
    r"(?:countries|nations|sides|states|governments|neighbours|neighbors|leaders)\b"
)


_HIM_AND = re.compile(r"\s+(?:him|her)(?:self)?\s+and\b")


def objects(s: RuleSentence, trigger: Hit) -> tuple[list[ActorMention], bool]:
    """The parties after the trigger (see the module docstring), and whether they came
    after "between" (then they are all the parties)."""
    # "met for more than an hour with"; "Talks have begun with Peru": the meeting's own
    # verb, then with whom.
    passed = (
        _DURATION.match(s.text, trigger.end)
        or _UNDER_WAY_WITH.match(s.text, trigger.end)
        or _TIES_WITH.match(s.text, trigger.end)
        or _TO_INCLUDE.match(s.text, trigger.end)
        or (
            _TOPIC_WITH.match(s.text, trigger.end)
            if trigger.phrase.rsplit(None, 1)[-1] in _TALK_NOUNS
            else None
        )
    )
    start = passed.end() if passed is not None else trigger.end
    between = s.text.find(" between ", trigger.end, trigger.end + 80)
    # "talked of the struggle between A and B": what was talked of, not who talked
    talked_of = trigger.phrase == "talked" and _OF_OR_ABOUT.match(s.text, trigger.end)
    named_between = (
        between >= 0
        and not talked_of
        and not re.search(r"[,;:]", s.text[trigger.end : between])
        # "a forum held amid tensions between Lima and Santiago": the parties
        # of something else.
        and s.text[:between].rsplit(None, 1)[-1].lower() not in _RELATIONS
        # "talks about whether to allow an airline to fly between A and B": another
        # verb's places.
        and not _INFINITIVE.search(s.text, trigger.end, between)
        # "will meet Li to discuss relations between ...": the one met comes first ("a
        # meeting at the United Nations between A and B": where, not who).
        and not any(
            trigger.end <= a.start < between and not VENUE.search(s.text, 0, a.start)
            for a in s.actors
            if a.code
        )
    )
    if named_between:  # "the meeting on trade between A and B": the parties follow it
        him_and = _HIM_AND.match(s.text, between + len(" between"))
        if him_and is not None:
            # "hoped talks could be set up between him and Hu": the one who spoke of
            # it (the subject, as with "meet Hu"), and those after "and".
            return listed_from(s, him_and.end()), False
        listed = listed_from(s, between + len(" between"))
        if listed:
            return listed, True
        two = _THE_TWO_AFTER.match(s.text, between + len(" between"))
        if two is not None:
            # "a meeting between the envoys of the two states": the two named before,
            # in the sentence or, if it names none, before it ("Chile wants Peruvian
            # copper. ... talks between envoys of the two nations")
            named = [a for a in s.actors if a.end <= between and a.code and s.is_agent(a)]
            if not named:
                named = s.the_two_before(two.group())
            if len({a.code for a in named[-2:]}) == 2:
                return named[-2:], True
        # "will visit A and B to mediate in a dispute between the two neighbours"
    if trigger.phrase in _ABOUT or talked_of:
        # "discussed Syria with Erdogan": what was discussed comes first; with whom, after.
        with_at = s.text.find(" with ", trigger.end, trigger.end + 80)
        if with_at < 0:
            return [], False
        start = with_at + len(" with")
    return listed_from(s, start), False


# An infinitive right before "between": its own places or sides ("to fly between"), not
# the talks' parties ("due to resume between", "to mediate between" are the talks').
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:mediate|be|take|begin|start|resume|open|continue|meet)\b)[a-z]+\Z"
)
# Nouns whose "between" names the sides of a quarrel, not the parties of a meeting ("a
# gathering at a time of tensions between Washington and Moscow"). Not "trade", "war" or
# "relations": talks on those between A and B are usually A's and B's talks.
_RELATIONS = frozenset(
    {"tensions", "tension", "rift", "row", "feud", "standoff", "rivalry", "differences"}
    | {"divide", "clashes", "fighting", "hostilities", "animosity", "mistrust"}
)
# Triggers whose object is a subject matter, not a party ("the two discussed Syria").
_ABOUT = frozenset({"discuss", "discussed", "discusses", "discussing"})
# "is negotiating a bilateral investment treaty with China": what first, with whom after.
_ABOUT |= frozenset({"negotiate", "negotiated", "negotiating", "negotiates"})
# "signed a trade protocol with Bolivia": the agreement first, with whom after.
_ABOUT |= frozenset({"signed", "signing", "signs"})
_OF_OR_ABOUT = re.compile(r"\s+(?:also\s+)?(?:of|about)\s")


# Those urged to attend talks are their parties, not who urged them: "Russia and the U.S.
# pressed the government and the opposition to attend the talks". (Not an invitation: a
# host invites.)
_URGED_TO_ATTEND = re.compile(
    r"\b(?:press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|"
    r"ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|push(?:es|ed|ing)?|persuad(?:e|es|ed|ing)|"
    r"want(?:s|ed)?|"
    # "allowed Peru to hold talks with Bolivia": those let to meet
    r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing))"
    r"\s+(?:[^;:.]|(?<=\b[A-Za-z])\.){1,80}?\s+to\s+(?:(?:attend|join|enter|"
    r"return\s+to|resume|take\s+part\s+in|participate\s+in|come\s+to|"
    # "renewed calls for Rwanda and Congo to hold high-level talks": they are to meet;
    # "urged Peru to meet Chile", "to hold talks": the trigger is the verb.
    r"hold|have|open|start|begin)\s+(?:(?:the|a|new|fresh|[\w-]+)\s+){0,4})?\Z"
)


def urged_parties(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """Those urged to attend the talks at ``trigger`` ("pressed the government and the
    opposition to attend"), who take part in them in place of the clause's subject; or
    ``None`` when no one is urged to."""
    urged = _URGED_TO_ATTEND.search(s.text, max(0, trigger.start - 140), trigger.start)
    if urged is None:
        return None
    return [
        a
        for a in s.actors
        if a.code and urged.start() < a.start and a.end <= urged.end() and s.is_agent(a)
    ]


# "clinched a deal with Italy at a summit", "agreed with EU leaders during talks": whom
# the subject dealt with, named right before where they met.
_AT_MEETING = re.compile(
    rf"\s+(?:at|during|on\s+the\s+{SIDELINES}\s+of)\s+(?:(?:a|an|the|their|this)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}\Z"
)
_PEOPLE_AFTER = re.compile(r"(?:\s+(?:leaders|officials|ministers|counterparts|trade|foreign))*")
_WITH = re.compile(r"\bwith\s+(?:(?:the|other|its|their)\s+)?\Z")


def dealt_with(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Those named after "with" right before the place of ``trigger`` ("a deal with Italy
    at a summit"): the other side of the meeting."""
    at = _AT_MEETING.search(s.text, max(0, trigger.start - 40), trigger.start)
    if at is None:
        return []
    last = s.before(at.start())
    if last is None or not _PEOPLE_AFTER.fullmatch(s.text, last.end, at.start()):
        return []
    listed = s.listed_before(last)
    opening = _WITH.search(s.text, max(0, listed[0].start - 16), listed[0].start)
    return listed if opening is not None else []


# The purpose of a meeting, before the "between" of what it is about: "met to discuss
# the clash between", "met on Monday to debate the dispute between".
_TO_DISCUSS = re.compile(r"\bto\s+(?:discuss|debate|consider|review|examine|address)\b")


def discussed_between(
    s: RuleSentence, trigger: Hit, subject: list[ActorMention], between: list[ActorMention]
) -> bool:
    """Whether the states after "between" are what a body's own meeting is to discuss:
    its subject a body (none of them), "to discuss" between the trigger and them. (Not
    a state's: "Brazil hosted talks to discuss the dispute between Chile and Peru" are
    likely the two's talks.)"""
    if not subject or not between or {a.code for a in subject} & {a.code for a in between}:
        return False
    if any(a.actor.kind != "organization" for a in subject):
        return False
    return _TO_DISCUSS.search(s.text, trigger.end, between[0].start) is not None
