"""Goals: aims an actor states for itself ("China wants to resolve the dispute", "our goal
is ...", "In a bid to ease tensions, Japan ...").

The holder of an aim is whoever "who" stands for, the speaker of "we ... do all we can
to" or "our goal", else the clause's subject (or its pronoun's referent), else the
sentence's speaker. Not someone else's account ("accused Spain of trying to"), a denial
("not aimed at") or a common noun's aim ("rebels trying to overthrow"). What the aim is,
as a phrase, is ``statements``'.
"""

from __future__ import annotations

import re

from ...models import Goal
from .clauses import CHARACTERISED, MODALS, UNLIKELY, dropped
from .lexicon import Hit
from .mention import ActorMention
from .sentence import Nearby, RuleSentence
from .speakers import speaker as speaker_of
from .statements import (
    BARE_PLANS,
    DETERMINER,
    NOUN_AIMS,
    VERB_OPENS,
    aim_statement,
)

__all__ = ["goals_in"]

_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my)\b[^,;.]{0,40}$", re.I)
# A match ends at the end and is at most 43 characters long ("our" and 40 more). The pattern
# opens with "\b", tried at every position: searching only the tail of a long sentence,
# not the whole of it, finds the same.
_FIRST_PERSON_REACH = 44


def _first_person_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a clause of "we", "our", "us", "I" or "my"."""
    return _FIRST_PERSON.search(text, max(0, end - _FIRST_PERSON_REACH), end) is not None


# Right before a goal trigger: "accused Spain of trying to" (someone else's
# account), "not aimed at" (a denial), "a woman who tried to" (whoever "who" stands for),
# "an offer widely seen as a bid to" (others' reading of it).
_NOT_OWN_AIM = re.compile(
    r"(?:\b(of|who|not|never|no(?:\s+longer)?|(?:saw|seen|sees|see|viewed|regarded)\s+as\s+"
    r"(?:a|an))|n['\u2019]t)\s+(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)
# A relative clause set off by a dash, on a thing ("the treaty - which aims to").
_DASH_WHICH = re.compile(r"[a-z]\s+[-\u2013\u2014]\s+which\s+(?:\w+ly\s+)?\Z")
# An aim urged on another: "urged Washington to resist protectionism and instead seek",
# "asked Japan to try to": the urger's position (``stances``), no aim the one urged states.
_URGED_TO = re.compile(
    r"\b(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|asked|asks|pressed|"
    r"presses|encouraged|encourages|advised|advises)\s+[^,;:]{1,60}?\bto\s+[^,;:]{0,60}\Z",
    re.IGNORECASE,
)
# What one ought to seek is a demand on it, not an aim it states ("Brazil should seek");
# not "we must seek" (first person: the speaker's own).
_OUGHT = re.compile(rf"(?<!\bwe )(?<!\bWe )(?<!\bI )\b{MODALS}\s+(?:\w+ly\s+|also\s+)?\Z")
_PARTICIPLES = frozenset({"sought", "pledged", "planned", "intended", "promised"})
_BY_AFTER = re.compile(r"\s+by\b")


def _as_adjective(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a participle trigger describes a noun ("a pledged tough trade response")
    or has its agent after "by" ("the 25 pct sought by New Delhi"): nobody's stated aim
    in this clause."""
    word = trigger.phrase.split()[0]
    if word not in _PARTICIPLES:
        return False
    before = DETERMINER.search(s.text, max(0, trigger.start - 8), trigger.start)
    return before is not None or _BY_AFTER.match(s.text, trigger.start + len(word)) is not None


# Others' account of the aim: "reports that it intended to", "claims that Chile wants to".
_OTHERS_ACCOUNT = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|speculation|"
    r"charges?|speculated|speculate|speculates|surmised)\s+that\s+[^,;:]{0,60}\Z",
    re.IGNORECASE,
)
# "hopes grew that ...", "hopes faded": hope as a noun, nobody's aim.
_HOPES_AS_NOUN = re.compile(r"\s+(?:grew|grow|rose|rise|faded|fade|dimmed|receded|were|are)\b")
# "the hopes", "raised hopes", "amid hopes", or "Hopes" opening the sentence: a noun.
_NOUN_BEFORE_HOPES = re.compile(
    r"(?:\A\s*|\b(?:the|his|her|its|their|our|any|some|no|high|new|raised|dashed|"
    r"growing|fresh|faint|amid|with|and|of|on)\s+)\Z",
    re.IGNORECASE,
)


# A participle right after a common noun is that noun's ("rebels trying to overthrow",
# "fishermen hoping to return"), unless the noun is an auxiliary or an adverb.
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+\Z")
_NOT_A_HEAD = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "also", "still", "now", "not"}
    | {"already", "and", "or", "but", "while", "by", "of", "in", "on", "for", "again"}
)


def _noun_participle(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a participle ("trying to") that a common noun before it
    holds, not the clause's subject."""
    if not trigger.phrase.split()[0].endswith("ing"):
        return False
    word = _WORD_BEFORE.search(s.text, max(0, trigger.start - 20), trigger.start)
    if word is None or word.group(1) in _NOT_A_HEAD or word.group(1).endswith("ly"):
        return False
    return not any(a.end == word.end(1) for a in s.actors)


def _ends_a_list(s: RuleSentence, offset: int) -> bool:
    """Whether the last of a list of actors ends right before ``offset`` ("between the two
    Koreas, China and Russia | aimed at"): a participle there describes what the list
    follows. "U.N. sanctions aimed at" keeps its holder."""
    before = [a for a in s.actors if a.end <= offset]
    return len(before) >= 2 and not s.text[before[-1].end : offset].strip()


# An actor, then the noun it owns or describes, right before an aim: "an EU offer",
# "Iran's proposal", "the U.S. plan".
_OWNED_NOUN = re.compile(r"(?:'s|\u2019s)?\s+(?:new\s+|latest\s+)?[a-z][\w-]*\s+\Z")


def _noun_owner(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The actor whose noun ends right before ``offset`` ("an EU offer | aimed at")."""
    before = [a for a in s.actors if a.end <= offset and a.code]
    if before and _OWNED_NOUN.fullmatch(s.text, before[-1].end, offset) and s.is_agent(before[-1]):
        return before[-1:]
    return []


def _opposed(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a word of opposition governs the noun aim ``trigger`` ("rejected a bid
    to", "blocked Western efforts to"), a few words before it in its clause."""
    return any(
        trigger.start - 30 <= hit.end <= trigger.start
        and not _CLAUSE_BREAK.search(s.text, hit.end, trigger.start)
        for hit in s.find("stance.oppose")
    )


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|that|which|who)\b")


# "Britain's plans for ...", "U.S. plans to ...": a plan is its namer's aim; "his plans"
# and "announced plans" leave the holder to the clause; "immigration plans" are nobody's.
_HOLDER_BEFORE_PLANS = re.compile(
    r"\b(?:his|her|its|their|our|my|(?:announced|announces|unveiled|unveils|outlined|"
    r"outlines|presented|presents|set\s+out|sets\s+out|laid\s+out|drew\s+up|has|have|had)"
    r"(?:\s+(?:a|the|new|its|their|his|her))?)\s+\Z",
    re.IGNORECASE,
)


def _plan_of(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """Who a bare "plans" belongs to: the actor named right before it, ``None`` after a
    possessive pronoun or a verb of making plans known (the clause's holder), else nobody."""
    if _HOLDER_BEFORE_PLANS.search(s.text, max(0, trigger.start - 30), trigger.start):
        return None
    end = len(s.text[: trigger.start].rstrip().removesuffix("'s").rstrip())
    return [a for a in s.actors if a.code and a.end == end][-1:]


def _relative_head(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """``None`` when the trigger states an aim of the clause's subject; else who holds it:
    nobody, or for "Kerry, who wants to", the agent "who" stands for."""
    if _noun_participle(s, trigger):
        return []
    if trigger.phrase in BARE_PLANS:
        return _plan_of(s, trigger)
    if trigger.phrase == "hopes" and (
        _HOPES_AS_NOUN.match(s.text, trigger.end)
        or _NOUN_BEFORE_HOPES.search(s.text, max(0, trigger.start - 20), trigger.start)
    ):
        return []
    if trigger.phrase == "aimed at" and _ends_a_list(s, trigger.start):
        # "talks between Peru, Chile and Bolivia aimed at settling": the talks' aim
        return []
    if trigger.phrase == "aimed at" and (owner := _noun_owner(s, trigger.start)):
        # "Iran rejected an EU offer aimed at ending the row": the offer's, so the EU's
        return owner
    if trigger.phrase in NOUN_AIMS and _opposed(s, trigger):
        return []  # "blocked Western efforts to sanction": the aim of those opposed
    if _OTHERS_ACCOUNT.search(s.text, max(0, trigger.start - 80), trigger.start):
        return []  # "denied reports that it plans to attack ships": others' account
    if _OUGHT.search(s.text, max(0, trigger.start - 30), trigger.start):
        return []  # "bankers said Brazil should seek an understanding": others' demand
    if _URGED_TO.search(s.text, max(0, trigger.start - 120), trigger.start):
        return []  # "urged Washington to ... seek macroeconomic changes": urged, not stated
    if _DASH_WHICH.search(s.text, max(0, trigger.start - 30), trigger.start):
        return []  # "the Kyoto treaty - which aims to cut emissions -": the treaty's aim
    cue = _NOT_OWN_AIM.search(s.text, max(0, trigger.start - 30), trigger.start)
    if cue is None:
        return None
    if (cue.group(1) or "").lower() != "who":
        return []  # "don't want to", "not aimed at", "accused Spain of trying to"
    head = [a for a in s.actors if a.end <= cue.start() and a.code]
    if head and not s.text[head[-1].end : cue.start()].strip(" ,") and s.is_agent(head[-1]):
        return head[-1:]
    return []


# An opening phrase of aim, whose holder is the main clause's subject after its comma.
_OPENING_AIM = re.compile(
    r"\s*(?:In\s+(?:a|an)\s+(?:bid|effort|attempt|move)|In\s+order|Seeking|Hoping|Aiming|"
    r"Trying|Determined|Eager|Keen)\b[^,;]*,\s*"
)


# A phrase of aim after a comma: ", in a bid to", ", in an effort to" (the trigger is
# "bid to", "effort to"), ", in order to", ", seeking to".
_TRAILING_AIM = re.compile(r",\s+(?:in\s+(?:a|an)\s+)?\Z")
_TRAILING_PHRASES = frozenset(
    {"bid to", "effort to", "efforts to", "attempt to", "in order to", "seeking to", "aiming to"}
)


def _opening_aim(s: RuleSentence, trigger: Hit) -> int | None:
    """Where the opening phrase of aim that holds ``trigger`` ends ("In a bid to ease
    tensions, | China sent ..."); ``None`` if the trigger is in no such phrase."""
    opening = _OPENING_AIM.match(s.text)
    return opening.end() if opening is not None and trigger.end <= opening.end() else None


def _goal_holders(
    s: RuleSentence,
    trigger: Hit,
    nearby: Nearby,
    opening: int | None,
) -> list[ActorMention]:
    """Who states the aim of ``trigger``: "who" stands for, the speaker of "we ... do all
    we can to" or "our goal", else the clause's subject (or its pronoun's referent), else
    the sentence's speaker."""
    relative = _relative_head(s, trigger)
    if relative is not None:
        return relative
    if opening is not None:
        # "In a bid to ease tensions, China sent ...": the main clause's subject.
        subject = [a for a in s.actors if a.start >= opening and a.code]
        return s.holders(subject[0].end) if subject else []
    trailing = _TRAILING_AIM.search(s.text, max(0, trigger.start - 12), trigger.start)
    if trailing is not None and trigger.phrase in _TRAILING_PHRASES:
        # "Brazil may block Venezuela, in a bid to weaken Maduro": the clause's subject
        # before the comma, not the state named last.
        return s.holders(trailing.start())
    if _first_person_before(s.text, trigger.end):
        # "we will continue": the speaker's aim, never that of a state named beside it.
        speaker = speaker_of(s, nearby)
        return [speaker] if speaker is not None else []
    # An aim named by its verb ("and ensure that ...") is its own clause's subject's; a
    # state named in another clause ("In respect of Iraq, ...") is not it.
    within = trigger.phrase in VERB_OPENS
    holders = s.holders(trigger.start, within_clause=within) or s.referents(trigger.start)
    if not holders:
        speaker = speaker_of(s, nearby)
        holders = [speaker] if speaker else []
    return holders


# An aim inside an open question: "did not say whether Peru intends to", "it is unclear
# if Chile plans to" (not a condition: "if elected, she aims to" is ended by its comma).
_ASKED = re.compile(
    r"(?:\bwhether|\b(?:specify|specified|say|said|know|knew|known|ask|asked|asking|clear|"
    r"unclear|decide|decided|determine|wonder|wondered|sure|certain|confirm|confirmed)\s+if)"
    r"\s+[^,;:.\"\u201c\u201d]{1,80}\Z"
)


# Who wants it is no one: "items that nobody wants to buy".
_NO_ONE = re.compile(
    r"\b(?:nobody|no\s+one|neither\s+side|neither|none|anyone|anybody|everyone|everybody)\s+\Z",
    re.IGNORECASE,
)


def _of_own_clause(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` states an aim of its clause's subject (``_relative_head``)."""
    return _relative_head(s, trigger) is None


# Aims that are acts of the speech itself: "I want to be very clear", "we want to thank".
_SAYING = re.compile(
    r"(?:(?:be\s+)?(?:very\s+|absolutely\s+|perfectly\s+)?clear|make\s+(?:it\s+)?(?:very\s+)?clear|"
    r"stress|emphasi[sz]e|underline|underscore|say|tell|thank|congratulate|express|note|"
    r"remind|point\s+out|repeat|reiterate)\b",
    re.IGNORECASE,
)


def goals_in(s: RuleSentence, nearby: Nearby) -> list[Goal]:
    """Each holder's first aim in ``s`` ("Peru promised ..., while Chile said it would
    offer ..."). ``nearby`` gives the sentences next door, built only when looked at."""
    found: list[Goal] = []
    held: set[str | None] = set()
    for trigger in s.find("goal.triggers"):
        if s.text.startswith(",", trigger.end):
            continue  # "progress with Argentina and, we hope, Brazil": an aside, no aim
        if s.text.startswith(('"', "\u201d"), trigger.end):
            continue  # 'do "whatever they want" to any member': the quotation ended it
        if s.text.startswith(("...", "\u2026"), trigger.end):
            continue  # '"I want to... express the hope"': the speaker broke off
        if _NO_ONE.search(s.text, max(0, trigger.start - 16), trigger.start):
            continue  # "items that nobody wants to buy": no one's aim
        if _ASKED.search(s.text, max(0, trigger.start - 100), trigger.start):
            continue  # "did not specify if the attacker was intending to": a question
        if UNLIKELY.search(s.text, max(0, trigger.start - 70), trigger.start):
            continue  # "saw no signs of any immediate intention to impose": none stated
        if trigger.phrase.startswith("plan") and dropped(s.text, trigger.start, plan_word=True):
            continue  # "has dropped plans to oppose": an aim given up
        opening = _opening_aim(s, trigger)
        holders = [h for h in _goal_holders(s, trigger, nearby, opening) if h.code not in held]
        characterised = CHARACTERISED.search(s.text, max(0, trigger.start - 80), trigger.start)
        if characterised is not None:
            # "scoffed at what it deemed U.S. efforts to": Moscow's words, no U.S. aim.
            holders = [h for h in holders if h.start < characterised.start()]
        # An opening phrase of aim ends at its comma: "In a bid to ease tensions, ...".
        text = s.text if opening is None else s.text[:opening]
        statement = aim_statement(s, trigger, text, may_open_on_trigger=_of_own_clause)
        if not holders or statement is None or _SAYING.match(statement):
            continue  # "I want to be very clear": a way of speaking, no aim
        if _as_adjective(s, trigger):
            continue  # "averting a pledged tough response", "the 25 pct sought by New Delhi"
        held.update(h.code for h in holders)
        found += [Goal(actor=h.actor, statement=statement, evidence=s.evidence()) for h in holders]
    return found
