"""Who a meeting word's subject is, and when it names no party or no meeting of theirs.

The clause's subject ("Peru and Chile held talks") is a meeting's party, but not when it
is an example in a list ("issues including trade talks"), a destination ("will fly to
Quito, after a trip to ..."), the host that names an earlier meeting ("the Madrid talks
... ahead of an EU summit"), or the subject of another clause ("..., if the talks
stall"). Listed states stating a view on talks that name no party ("Peru and Chile
favour early talks") meet nobody, and private people's trips ("fans
travelling to France") are no official's. Where talks with one state name no other
party, the reporting speaker's side is it ("Talks with Peru have made progress, a Chilean
official said": ``speakers_side``).
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .clauses import SIDELINES
from .lexicon import Hit
from .no_meeting import HOST_VERBS, RECEIVE_VERBS
from .reporting import reporting_actor
from .sentence import RuleSentence
from .titles import OFFICE_AFTER

__all__ = [
    "TRAVELS",
    "favoured_by_several",
    "names_noun",
    "private_trip",
    "speakers_side",
    "subject_of",
]

# Travel to places: with nobody named travelling, the places named meet nobody.
TRAVELS = frozenset(
    {"flew to", "fly to", "flying to", "head to", "headed to", "heading to", "heads to"}
    | {"travel to", "traveled to", "traveling to", "travelled to", "travelling to"}
    | {"travels to", "trip to", "trips to", "tour of"}
    | {"left for", "leaves for", "leave for", "leaving for", "set off for", "sets off for"}
    | {"departed for", "departs for", "depart for", "departing for", "setting off for"}
    # "a tour which took him to Chile and Peru": where the one "him" stands for went
    | {"take him to", "takes him to", "took him to", "taking him to"}
    | {"take her to", "takes her to", "took her to", "taking her to"}
)


# Items given as examples are no clause's subject: "a range of issues, including Ukraine,
# North Korea, Libya and free trade talks".
_EXAMPLES = re.compile(r"\b(?:including|such\s+as|notably|like)\s+(?:the\s+)?\Z")


# A meeting noun that opens a clause of its own, its subject: "..., if the talks stall"
# (not "when the talks end": often those of the clause's subject).
_OWN_CLAUSE = re.compile(
    r"\b(?:if|unless|whether|although|though)\s+"
    r"(?:the|these|those|such)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


# A meeting the clause's act makes possible: "a truce to allow talks to go ahead",
# "to pave the way for negotiations" (whose, unsaid).
_ALLOWED = re.compile(
    r"\b(?:allow|allows|allowed|allowing|enable|enables|enabled|enabling|permit|permits|"
    r"permitted|pave\s+the\s+way\s+for|paving\s+the\s+way\s+for|paved\s+the\s+way\s+for)\s+"
    r"(?:(?:the|new|further|peace|direct|formal)\s+)*\Z"
)


# "to soothe U.S. tempers during his Washington visit": the visit is his, whatever
# stands between ("his week-long Washington visit"); "before her trip to Lima".
_HIS = re.compile(r"\b(his|her)\s+(?:[\w-]+\s+){0,3}\Z")
# The traveller a verb of taking names: "took him to", "takes her to".
_TAKEN = re.compile(r"\s(him|her)\s")


# A common noun's possessive right before the meeting word: "the prime minister's visit".
# Not a time ("this week's meeting") nor the subject's own state ("the country's first").
_OWNED = re.compile(
    r"\b(?!(?:week|weekend|month|year|day|today|tomorrow|yesterday|night|morning|evening|"
    r"country|nation|government|state)(?:'s|\u2019s))"
    r"[a-z][\w-]*(?:'s|\u2019s)\s+(?:[a-z][\w-]*\s+)?\Z"
)


# A subject's source, and the word before it: "guarantees from", "officials from".
_FROM_BEFORE = re.compile(r"\b([\w-]+)\s+from\s+(?:the\s+)?\Z")
# Those sent from a state are its own: "officials from the WHO and the EU met".
_SENT_FROM = frozenset(
    {"officials", "representatives", "ministers", "delegates", "delegation", "delegations",
     "envoys", "diplomats", "leaders", "negotiators", "experts", "counterparts", "teams",
     "team", "official", "representative", "minister", "envoy", "diplomat", "leader"}
)  # fmt: skip


# An infinitive's own subject after "for": "for Americans to visit".
_FOR_TO = re.compile(r"\bfor\s+(?:(?!for\b)[\w'.-]+\s+){1,4}to\s+\Z")


def _for_others(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the infinitive of ``trigger`` has its own subject after "for", neither an
    actor nor an office ("for Americans to visit", not "for its president to visit")."""
    ahead = _FOR_TO.search(s.text, max(0, trigger.start - 50), trigger.start)
    return (
        ahead is not None
        and not OFFICE_AFTER.search(ahead.group())
        and not any(ahead.start() < a.start < trigger.start for a in s.actors)
    )


def subject_of(s: RuleSentence, trigger: Hit, earlier_own: set[int]) -> list[ActorMention]:
    """The parties that open the clause of ``trigger``, less those that are no subject of
    it; ``earlier_own`` holds where earlier meetings' own parties start."""
    his = _HIS.search(s.text, max(0, trigger.start - 40), trigger.start)
    if his is not None and (owner := s.he_or_she(his.start(1))) is not None:
        return [owner]
    pronoun = _TAKEN.search(trigger.phrase) if trigger.phrase in TRAVELS else None
    if pronoun is not None:
        # "a trip due to take him to Vienna": the one the pronoun stands for
        owner = s.he_or_she(trigger.start + pronoun.start(1))
        return [owner] if owner is not None else []
    if _for_others(s, trigger):
        return []  # "made it harder for Americans to visit Cuba": the visitors, no party
    if _OWNED.search(s.text, max(0, trigger.start - 40), trigger.start):
        # "criticised the Peruvian president's trip to Santiago": the owner's (a party
        # of the trigger's own phrase, ``modifiers``), not the clause subject's
        return []
    # "Humala, who was in Chile for an OAS summit": a body that names the meeting (one of
    # its own parties, ``modifiers``) is no subject; the clause's subject is read before it.
    offset = next(
        (
            a.start
            for a in s.actors
            if a.kind == "igo"
            and a.end <= trigger.start
            and not s.text[a.end : trigger.start].strip()
        ),
        trigger.start,
    )
    # A person of no state stays: the meeting is theirs, and no state's (``rules``).
    subject = [
        a for a in s.holders(offset) or s.holders(trigger.start) if a.code or a.kind == "private"
    ]
    # "will fly to Tokyo, after completing a trip to ...": a destination, no subject;
    # "took guarantees from Chile and Peru to enter the talks": a source, no subject
    source = (
        _FROM_BEFORE.search(s.text, max(0, subject[0].start - 30), subject[0].start)
        if subject
        else None
    )
    if source is not None and source.group(1).lower() not in _SENT_FROM:
        return []
    subject = [a for a in subject if not s.text.endswith(" to ", 0, a.start)]
    if (
        subject
        and _EXAMPLES.search(s.text, max(0, subject[0].start - 16), subject[0].start)
        and "," not in s.text[subject[-1].end : trigger.start]
    ):
        # "touched on issues, including Ukraine, Libya and trade talks": the trigger is
        # one of the examples (not "OAS leaders, including Chile's president, met").
        return []
    if _OWN_CLAUSE.search(s.text, max(0, trigger.start - 40), trigger.start):
        return []  # "would call in the powers, led by X, if the talks stall"
    if _ALLOWED.search(s.text, max(0, trigger.start - 40), trigger.start):
        return []  # "sponsored a truce to allow talks to go ahead": others' talks
    # "The Madrid talks prepared the EU summit": an earlier meeting's own parties name
    # that meeting, and are no subject of a later one.
    return [a for a in subject if a.start not in earlier_own]


# People who travel for themselves, right before their trip: "warned fans travelling to
# Chile", "tourists visiting Peru", "abuse victims who traveled to Italy" (no official's
# visit, whoever the clause's subject).
_TRAVELLING_PEOPLE = (
    r"(?:fans|tourists|travell?ers|citizens|nationals|people|pilgrims|students|visitors|"
    r"migrants|refugees|passengers|holidaymakers|workers|families|athletes|players|victims|"
    r"survivors|relatives|supporters|activists|protesters|journalists|businessmen|"
    r"businesspeople|executives|investors|scholars|academics)"
)
_PRIVATE_TRAVELLERS = re.compile(
    rf"\b{_TRAVELLING_PEOPLE}\s+"
    # "abuse victims who traveled to Italy", "fans who are travelling to"
    r"(?:who\s+(?:(?:are|were|is|was|had\s+been|have\s+been|had|have)\s+)?)?\Z"
)
# Or right after it: "trips to Chile by Peruvian businessmen", "visits to Peru by Chilean
# tourists".
_BY_PRIVATE_TRAVELLERS = re.compile(
    rf"(?:\s+to)?\s+(?:[^,;.]|(?<=\b[A-Za-z])\.){{1,40}}?\s+by\s+(?:[\w.-]+\s+){{0,2}}?{_TRAVELLING_PEOPLE}\b"
)


def private_trip(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a trip or visit is that of private people named right before or after
    it."""
    travels = trigger.phrase in TRAVELS
    if (travels or trigger.phrase == "visiting") and _PRIVATE_TRAVELLERS.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return True
    return (travels or trigger.phrase.startswith("visit")) and bool(
        _BY_PRIVATE_TRAVELLERS.match(s.text, trigger.end)
    )


def favoured_by_several(s: RuleSentence, subject: list[ActorMention], trigger: Hit) -> bool:
    """Whether states listed as a subject state a view on talks that name no party
    ("Peru and Chile favour early talks", "Peru and Chile backed talks"):
    a shared position on others' talks, not a meeting of theirs."""
    if len({a.code for a in subject}) < 2:
        return False
    # Not "agreed to hold talks": their own meeting, agreed on.
    start, end = subject[-1].end, trigger.start
    if _THEIR_OWN.search(s.text, start, end) or _SETTING.search(s.text, max(start, end - 40), end):
        return False  # "blamed one another for ...", "reaffirmed it at a secret meeting"
    return any(
        start <= hit.start and hit.end <= end and not hit.phrase.startswith(_OWN_ACTS)
        for hit in s.find("stance.any")
    )


# Between listed states and talks: words that make the talks theirs after all.
_THEIR_OWN = re.compile(r"\b(?:one\s+another|each\s+other|their\s+own)\b")
_SETTING = re.compile(
    rf"\b(?:at|during|in|on\s+the\s+{SIDELINES}\s+of)\s+(?:(?:a|an|the|their|this)\s+)?"
    r"(?:[\w-]+\s+){0,2}\Z"
)
# What states do together, not a position on others' talks: "agreed to hold talks".
_OWN_ACTS = ("agree", "sign", "reaffirm", "commit")


# A host's verbs: its subject is the host, never a noun's modifier.
_HOSTING = HOST_VERBS | RECEIVE_VERBS


def names_noun(s: RuleSentence, mention: ActorMention, trigger: Hit) -> bool:
    """Whether ``mention`` stands right before ``trigger``, naming it ("the Madrid
    talks"), not the subject of a verb ("the Madrid government engaged in", "Trump
    heads to China": a verb of travel is no noun)."""
    if trigger.phrase in TRAVELS and trigger.phrase not in _TRAVEL_NOUNS:
        return False
    if trigger.phrase in _HOSTING:
        return False  # "Chile hosted talks with Peru": the host's verb, and Chile a subject
    return s.text[mention.end : trigger.start].strip(" -") in ("", "'s", "\u2019s")


_TRAVEL_NOUNS = frozenset({"trip to", "trips to", "tour of"})


# "commercial bank discussions with Argentina": talks of others than the speaker's state.
_OTHERS_TALKS = re.compile(
    r"\b(?:bank|banks|commercial|business|company|industry)\s+\Z", re.IGNORECASE
)


# Someone no state sends, a relative clause's subject: "a tourist who was visiting".
_SOMEONE_WHO = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+who\s+[^,;]*\Z")


def speakers_side(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The reporting speaker, as the other party of talks with one state that no one
    else holds ("Talks with Peru have made progress, a Chilean official said")."""
    if _OTHERS_TALKS.search(s.text, max(0, trigger.start - 12), trigger.start):
        return []
    if _SOMEONE_WHO.search(s.text, max(0, trigger.start - 100), trigger.start):
        return []  # "a mother who was infected while visiting Peru": no official's trip
    if _YOUR.search(s.text, max(0, trigger.start - 30), trigger.start):
        return []  # '"... before your visit to Lima," Chile's president wrote': theirs
    speaker = reporting_actor(s)
    return [speaker] if speaker is not None and s.is_agent(speaker) else []


# The one spoken to's: "your visit", "your recent trip".
_YOUR = re.compile(r"\b[Yy]our\s+(?:[\w-]+\s+){0,2}\Z")
