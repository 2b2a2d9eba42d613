"""Meeting triggers that name no meeting where they stand.

A "news conference" is one side talking to reporters; "the negotiating table" and "a
refugee host" are nouns; "a truce mediated by Qatar" names who brought something about;
"bilateral cooperation" is no talks, "received US aid" no visitor, "called Putin a
genius" no call, "called on Japan to act" an appeal, "welcomed the decision" a stance and
"told reporters" no meeting (``visits`` tells the calls, courtesy calls, welcomes and
words to an official that are meetings).
"""

from __future__ import annotations

import re

from .addressed import (
    CALLED_ON,
    TOLD_OR_SEEN,
    WELCOMED,
    courtesy_call,
    told_official,
    welcomed_visitor,
)
from .clauses import ends_with_word, local_clause
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["HOST_VERBS", "MET_DEMAND", "RECEIVE_VERBS", "agreed_alone", "names_no_meeting"]


def names_no_meeting(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the meeting trigger ``trigger`` names no meeting where it stands in ``s``."""
    if _NOT_A_MEETING.get(trigger.phrase) and ends_with_word(
        s.text, trigger.start, _NOT_A_MEETING[trigger.phrase]
    ):
        return True
    if trigger.phrase in HOST_VERBS and _HOSTS_NO_GUEST.match(s.text, trigger.end):
        return True  # "Turkey hosts U.S. troops", "hosted two million refugees"
    if trigger.phrase in RECEIVE_VERBS and _RECEIVES_A_THING.match(s.text, trigger.end):
        return True  # "received US aid for arms", "receives Chinese loans": a thing given
    if trigger.phrase == "negotiating" and _NEGOTIATING_NOUN.match(s.text, trigger.end):
        return True  # "to the negotiating table": an adjective
    if trigger.phrase == "negotiated" and _negotiated_outcome(s, trigger):
        return True  # "backs a negotiated settlement between ...": a kind of outcome
    if trigger.phrase == "bilateral" and _BILATERAL_ADJECTIVE.match(s.text, trigger.end):
        return True  # "bilateral law enforcement cooperation": ties, no meeting
    if _brokers_only(s, trigger) or _not_a_call(s, trigger):
        return True
    if trigger.phrase.startswith("travel") and _RULED_TRAVEL.search(
        s.text, max(0, trigger.start - 50), trigger.start
    ):
        return True  # "put out an alert on travel to Haiti": others' trips, ruled on
    if _ROLE_FOR.search(s.text, max(0, trigger.start - 70), trigger.start):
        return True  # "special envoy for Israeli-Palestinian negotiations": a post
    if trigger.phrase in _MEET_VERBS and MET_DEMAND.match(s.text, trigger.end):
        return True  # "to meet the challenges of the 1990s", "met its targets"
    if trigger.phrase in CALLED_ON and not courtesy_call(s, trigger):
        return True  # "called on Japan to act": an appeal (``stances``)
    if trigger.phrase in WELCOMED and not welcomed_visitor(s, trigger):
        return True  # "welcomed the decision": a stance (``stances``)
    return trigger.phrase in TOLD_OR_SEEN and not told_official(s, trigger)  # "told reporters"


# An agreement two or more states reached together: "Chile and Peru agreed on Monday to
# reopen the border", "Chile, Peru and Bolivia have agreed that ...": a contact between
# them (not "agreed with Peru that", a view shared; nor where a meeting they agreed on is
# named after it; nor one body's members, "G7 leaders agreed", none of them named).
_AGREED = frozenset({"agreed"})
_AGREED_GAP = re.compile(
    r"\s*(?:,\s*)?(?:(?:have|had|has|both|also|jointly|finally)\s+)*"
    # a signing to come: "Chile and Peru will sign", "are expected to sign"
    r"(?:(?:will|would|are|were|expected|due|set|scheduled|planning|plan|to)\s+)*\Z"
)
_NOT_AGREED_WITH = re.compile(r"\s+with\b")
# A signing that states do together: "signed a $700m agreement", "signing a memorandum of
# understanding", "signs the joint communique"; the partner, if not in the subject,
# after "with" ("signed a trade protocol with Peru").
_SIGNED = frozenset({"signed", "signing", "signs", "sign"})
_SIGNED_AGREEMENT = re.compile(
    r"\s+(?:a|an|the|their|two|three|several|\d+)\s+(?:[\w$.,-]+\s+){0,3}?"
    r"(?:agreements?|accords?|deals?|protocols?|memorandums?|memoranda|treat(?:y|ies)|pacts?|"
    r"communiqu[e\u00e9]s?|declarations?|conventions?|charters?)\b"
)
_WITH_PARTNER = re.compile(r"(?:\s+(?:on|for|of)\s+[\w\s-]{0,40}?)?\s+with\s+(?:the\s+)?")


def agreed_alone(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is an "agreed" or "signed" that names no meeting: not two or
    more states listed as its subject right before it, or a view shared ("agreed with"),
    or a meeting agreed on named right after it ("agreed to begin talks": that one is the
    meeting); "signed" only with an agreement as its object ("signed an accord", not
    "signed a petition"), and then also with the other state after "with" ("Chile signed
    a trade deal with Peru")."""
    if trigger.phrase in _SIGNED:
        signed = _SIGNED_AGREEMENT.match(s.text, trigger.end)
        if signed is None:
            return True
        partner = s.after(signed.end())
        if partner is not None and _WITH_PARTNER.fullmatch(s.text, signed.end(), partner.start):
            return False
    elif trigger.phrase not in _AGREED:
        return False
    elif _NOT_AGREED_WITH.match(s.text, trigger.end):
        return True
    if any(
        trigger.end < hit.start < trigger.end + 40
        and "," not in s.text[trigger.end : hit.start]
        and hit.phrase != "sign"  # "agreed to sign the accord": the agreement is the contact
        for hit in s.find("meeting.triggers")
    ):
        return True  # "agreed to begin talks", "to exchange visits": the meeting agreed on
    before = s.before(trigger.start)
    if before is None or not _AGREED_GAP.fullmatch(s.text, before.end, trigger.start):
        return True
    return len({m.code for m in s.listed_before(before)}) < 2


# Travel as what a rule is about, before "travel to": "an alert on travel to Haiti",
# "eased restrictions on non-essential travel to", "a ban on travel to North Korea".
_RULED_TRAVEL = re.compile(
    r"\b(?:warnings?|advisor(?:y|ies)|bans?|restrictions?|curbs?|limits?|rules?|advice|"
    r"controls?|alerts?)\s+(?:on|against|for|about)\s+"
    r"(?:(?:all|non-essential|nonessential|unnecessary|essential|further|most|any)\s+)?\Z"
)


# "bilateral" names a meeting as a noun ("held a bilateral with Peru"); before another
# noun it describes ties ("bilateral trade", "bilateral cooperation"), and before "talks"
# or "meeting" those words name the meeting themselves.
_BILATERAL_ADJECTIVE = re.compile(
    r"\s+(?!(?:with|on|at|in|between|during|after|before|and|or|later|earlier|this|last|"
    r"next|today|tomorrow|yesterday|was|is|will|would|had|has)\b)[a-z]"
)


# A post named after the talks it serves: "special envoy for Israeli-Palestinian
# negotiations" (a person's office, no meeting; "envoy to the Syria talks" attends them).
_ROLE_FOR = re.compile(
    r"\b(?:envoy|envoys|negotiator|negotiators|mediator|coordinator|representative|"
    r"emissary)\s+for\s+(?:the\s+)?[^,;.\s]+(?:\s+peace)?\s+\Z"
)


# Trigger words that name no meeting after these: a "news conference" is one side talking
# to reporters; "a refugee host" or "the host country" is a noun.
_NOT_A_MEETING = {
    "conference": ("news", "press"),
    "host": ("a", "the", "as", "refugee", "summit"),
    "hosts": ("the", "refugee", "summit"),
}


# What a state hosts that is no visit: troops, bases, refugees, a headquarters.
HOST_VERBS = frozenset({"host", "hosts", "hosted", "hosting"})
RECEIVE_VERBS = frozenset({"receive", "receives", "received", "receiving"})
# What is received when no one is: aid, money, arms, a message ("received US aid").
_RECEIVES_A_THING = re.compile(
    r"\s+(?:[\w.$'\u2019-]+\s+){0,6}?(?:aid|assistance|help|support|funding|funds|money|loans?|"
    r"credits?|grants?|weapons|arms|equipment|supplies|shipments?|deliveries|letters?|messages?|"
    r"calls?|reports?|requests?|complaints?|votes|backing|approval|guarantees?|assurances?|"
    r"offers?|invitations?|payments?|visas?|asylum|training|intelligence)\b",
    re.IGNORECASE,
)
_HOSTS_NO_GUEST = re.compile(
    r"(?:\s+(?!(?:talks|summit|meeting|visit|delegation|counterpart|president|minister)\b)"
    r"[\w.,'\u2019-]+){0,5}?\s+(?:troops|forces|soldiers|bases?|missiles?|weapons|refugees|"
    r"migrants|asylum|personnel|warplanes|jets|aircraft|facilit(?:y|ies)|headquarters|fleet|"
    r"embass(?:y|ies)|garrison|contingent|"
    # "by the time they host the Olympics": a sporting or cultural event, no meeting
    r"olympics|games|world\s+cup|cup|tournament|championships?|festival|expo|exhibition|"
    r"world\s+fair|grand\s+prix|marathon)\b",
    re.IGNORECASE,
)


# "meet the challenges", "met its obligations": to satisfy something, not to meet someone.
_MEET_VERBS = frozenset({"meet", "meets", "met", "meeting"})
MET_DEMAND = re.compile(
    r"\s+(?:(?:the|its|their|his|her|our|all|these|those|such|new|any)\s+)*"
    # "doesn't meet the union's budget rules"
    r"(?:[\w.-]+(?:'s|\u2019s)\s+)?(?:[\w.-]+\s+){0,2}?"
    # "meet U.S. complaints on its fishing fleet", "met Peruvian concerns"
    r"(?:challenges?|demands?|needs|targets?|requirements?|obligations?|deadlines?|costs?|"
    r"complaints|concerns|grievances|wishes|"
    r"criteria|conditions|standards|expectations|goals?|commitments?|payments?|quotas?|"
    r"guidelines?|benchmarks?|thresholds?|limits?|agenda|aims?|objectives?|terms|rules|bills?|"
    r"debts?|shortfalls?|expenses)\b"
)


_NEGOTIATING_NOUN = re.compile(
    r"\s+(?:table|position|positions|team|teams|process|partner|partners|mandate|round|"
    r"stance|tactics|strategy|power|skills|session|sessions)\b"
)


# "Negotiated" as an adjective after an article, before the outcome it qualifies: "a
# negotiated settlement between Peru and Bolivia" is the kind of outcome wished for or
# spoken of, no talks reported (the verb, "Peru and Bolivia negotiated a settlement",
# is).
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|any|its|their)\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)
_OUTCOME_AFTER = re.compile(
    r"\s+(?:settlement|solution|resolution|end|peace|outcome|transition|exit|withdrawal|"
    r"ceasefire|cease-fire|truce|compromise)\b"
)


def _negotiated_outcome(s: RuleSentence, trigger: Hit) -> bool:
    return bool(
        _OUTCOME_AFTER.match(s.text, trigger.end)
        and _ARTICLE_BEFORE.search(s.text, max(0, trigger.start - 24), trigger.start)
    )


# "A truce mediated by Qatar and Egypt": those who brought it about, not a meeting
# of theirs; "brokered by Qatar between the U.S. and the Taliban" names the parties.
_BROKERED = frozenset({"brokered", "mediated", "negotiated"})
_BY = re.compile(r"\s+by\s")
_BETWEEN_OR_WITH = re.compile(r"\b(?:between|with|among)\b")


def _brokers_only(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a passive "brokered by" naming only who brokered something."""
    if trigger.phrase not in _BROKERED or _BY.match(s.text, trigger.end) is None:
        return False
    _, end = local_clause(s.text, trigger.start, trigger.end)
    return _BETWEEN_OR_WITH.search(s.text, trigger.end, end) is None


# "Putin called Erdogan on Tuesday": a call when the one called ends the clause or is
# followed by when, how or why; not "called Putin a genius", "called for", "called on".
_NOT_CALLED = re.compile(r"\s+(?:for|on|upon|off|out|in|back|up|it|them|him|to|that|this)\b")
_TO_THE_CALLED = re.compile(r"\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w.-]+\s+){0,4}?")
_CALLED_OFFICE = re.compile(
    # "called Peru's president on Monday": past the state's possessive
    r"(?:'s|\u2019s)?\s+(?:counterpart|president|prime\s+minister|leader|king|chancellor)s?\b"
)
_CALL_AFTER = re.compile(
    r"\s*(?:[,.;]|$|\s(?:and|on|by|late|early|yesterday|today|last|this|overnight|"
    r"to\s+(?:discuss|offer|congratulate|express|thank|brief|talk|convey|urge|ask)))"
)


def _not_a_call(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a bare "called" is no telephone call: not followed by whom it called,
    then an end, a time or a purpose."""
    if trigger.phrase != "called":
        return False
    called = s.after(trigger.end)
    if (
        _NOT_CALLED.match(s.text, trigger.end)
        or called is None
        or not _TO_THE_CALLED.fullmatch(s.text, trigger.end, called.start)
    ):
        return True
    rest = s.listed_from(called)[-1].end
    office = _CALLED_OFFICE.match(s.text, rest)
    return _CALL_AFTER.match(s.text, office.end() if office else rest) is None
