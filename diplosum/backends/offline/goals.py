"""Goals: aims an actor states for itself ("China wants to resolve the dispute", "our goal
is ...", "In a bid to ease tensions, Japan ...").

The holder of an aim is whoever "who" stands for, the speaker of "we ... do all we can
to" or "our goal", else the clause's subject (or its pronoun's referent), else the
sentence's speaker. Not someone else's account ("accused Spain of trying to"), a denial
("not aimed at") or a common noun's aim ("rebels trying to overthrow"): whose aim it is
when not the clause subject's is ``aim_owners``'; where an aim word states no aim at all
(a question, an aim disclaimed, loyalty sworn ...) is ``no_aim``'s. What the aim is, as a
phrase, is ``statements``'.
"""

from __future__ import annotations

import functools
import re

from ...models import Goal
from .aim_cues import averted
from .aim_owners import AIM_NOUN_WORDS, relative_head
from .aim_phrases import opening_aim, trailing_aim
from .aim_subjects import advised, motive_alleged
from .aims_by import aims_by
from .appeals import asked_in_passive
from .clauses import CHARACTERISED, CHARGED_THAT, possessive_then
from .lexicon import Hit
from .mention import ActorMention
from .no_aim import names_no_aim
from .no_speaker import others_open, unknown_person_opens
from .phrases import readable
from .pronouns import relative_clause_person
from .sentence import Nearby, RuleSentence
from .speakers import speaker as speaker_of
from .statements import (
    DETERMINER,
    NOUN_AIMS,
    VERB_OPENS,
    aim_statement,
)

__all__ = ["goals_in"]

# Case matters: "US" is the United States, not "us".
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b(?:[^,;.]|(?<=\b[A-Za-z])\.){0,40}$")
# A match ends at the end and is at most 43 characters long ("our" and 40 more). The pattern
# opens with "\b", tried at every position: searching only the tail of a long sentence,
# not the whole of it, finds the same.
_FIRST_PERSON_REACH = 44


def _first_person_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a clause of "we", "our", "us", "I" or "my"."""
    return _FIRST_PERSON.search(text, max(0, end - _FIRST_PERSON_REACH), end) is not None


# After a verb's "to", a name, a determiner or a plural noun: "to" is a preposition
# ("offered to Central America", "pledged to the victims", "an offer to Peru on Monday",
# "its offer to banks"), not an infinitive's (a verb never ends in one "s" after "to":
# not "to discuss", "to focus").
# (Or initials: "set out the plan to U.S. diplomats"; not a word in capitals, which may be
# a headline's verb: "PLANS TO CUT".)
_TO_WHOM = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their)\s|[A-Z][a-z]+\s+[A-Z]|[A-Z][a-z]+(?:[,.;]|\s+[a-z])|"
    r"[A-Z]\.(?:[A-Z]\.)+|"
    r"[a-z]+[^su\s]s\b)"
)


def _to_whom(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the "to" ending ``trigger`` names to whom, not what for; not after
    "commitment to", whose aim is a noun ("committed to the peace plan")."""
    return (
        trigger.phrase.endswith(" to")
        and not trigger.phrase.startswith("commit")
        and _TO_WHOM.match(s.text, trigger.end) is not None
    )


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


# A state's possessive, and a word or two, before a noun of aim: "Israel's ultimate plan
# to", "South Korea's five-year plan to".
_OWNED_AIM = possessive_then(2)
# Triggers that are verbs or nouns ("vowed to" / "Peru's vow to"): a noun of aim only
# after a possessive, which no verb follows.
_NOUN_AFTER_POSSESSIVE = frozenset({"vow to", "pledge to", "promise to", "push to", "offer to"})


# A person's name in full, its possessive, right before a noun of aim: "Ana Soto's plans".
_PERSON_OWNS = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}['\u2019]s\s+\Z")
_AIM_NOUNS = AIM_NOUN_WORDS | {"plans", "aim", "goal", "intention"}


# Prepositions of a place named in the main clause's predicate.
_PLACE_PREPOSITION = r"\b(?:in|at|of|from|to|into|across|near|throughout)\s+"
# An actor in a prepositional phrase, a few words after the preposition: no subject.
_AFTER_A_PREPOSITION = re.compile(rf"{_PLACE_PREPOSITION}(?:[\w-]+\s+){{0,3}}\Z")


# The main clause's words up to a break, with a place named in them and none as subject.
_PLACE_THEN_BREAK = re.compile(rf"[,\s]*[^,;]*{_PLACE_PREPOSITION}[^,;]*[,;]")


def _a_persons_aim(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a name in full that the rules place in no state ("Ana Soto's plans to",
    one out of office or in opposition) owns the noun of aim of ``trigger``."""
    if trigger.phrase.split()[0] not in _AIM_NOUNS:
        return False
    owned = _PERSON_OWNS.search(s.text, max(0, trigger.start - 40), trigger.start)
    return owned is not None and not any(
        a.start < trigger.start and a.end > owned.start() for a in s.actors
    )


def _owner_of_noun_aim(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state whose possessive names the noun of aim of ``trigger``, if one does."""
    if trigger.phrase not in NOUN_AIMS and trigger.phrase not in _NOUN_AFTER_POSSESSIVE:
        return []
    owner = s.before(trigger.start)
    if owner is None or not owner.code or not s.is_agent(owner):
        return []
    return [owner] if _OWNED_AIM.fullmatch(s.text, owner.end, trigger.start) else []


def _goal_holders(
    s: RuleSentence,
    trigger: Hit,
    nearby: Nearby,
    opening: int | None,
) -> list[ActorMention]:
    """Who states the aim of ``trigger``: "who" stands for, the speaker of "we ... do all
    we can to" or "our goal", else the clause's subject (or its pronoun's referent), else
    the sentence's speaker."""
    relative = relative_head(s, trigger)
    if relative is not None:
        return relative
    person = relative_clause_person(s, trigger.start)
    if person is not None:
        return person  # "the talks that she plans to chair": hers, whoever is named before
    owner = _owner_of_noun_aim(s, trigger)
    if owner:
        return owner  # "the rebels thwarted Peru's plan to": Peru's aim
    if _a_persons_aim(s, trigger):
        return []  # "Peru criticised Ana Soto's plans to": hers, no state's
    if opening is not None:
        # "In a bid to ease tensions, China sent ...": the main clause's subject, not a
        # place its predicate names ("curfews have been set up in parts of Peru").
        subject = [
            a
            for a in s.actors
            if a.start >= opening
            and a.code
            and not _AFTER_A_PREPOSITION.search(s.text, max(0, a.start - 40), a.start)
        ]
        if subject and _PLACE_THEN_BREAK.match(s.text, opening, subject[0].start):
            return []  # a clause break after a place: no subject named before it
        return s.holders(subject[0].end) if subject else []
    trailing = trailing_aim(s, trigger)
    if trailing is not None:
        # "Brazil may block Venezuela, in a bid to weaken Maduro": the clause's subject
        # before the comma, not the state named last.
        return s.holders(trailing)
    if _first_person_before(s.text, trigger.end):
        # "we will continue": the speaker's aim, never that of a state named beside it.
        speaker = speaker_of(s, nearby)
        return [speaker] if speaker is not None else []
    office = s.office_subject(trigger.start)
    if office is not None:
        return [office]  # "she thinks the premier is eager to": the premier's
    # An aim named by its verb ("and ensure that ...") is its own clause's subject's; a
    # state named in another clause ("In respect of Iraq, ...") is not it; nor is it the
    # owner of an aim named by a noun with only an article ("..., the push to end hunger").
    within = trigger.phrase in VERB_OPENS or (
        _ARTICLE_ONLY.search(s.text, max(0, trigger.start - 8), trigger.start) is not None
        and trigger.phrase.split()[0] in AIM_NOUN_WORDS
    )
    holders = s.holders(trigger.start, within_clause=within) or s.referents(trigger.start)
    if not holders and not others_open(s, trigger.start) and not _unplaced_opens(s, trigger):
        speaker = speaker_of(s, nearby)
        holders = (
            [speaker] if speaker and not _speaks_in_a_later_clause(s, trigger, speaker) else []
        )
    return holders


def _unplaced_opens(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a person no rule places opens ``s`` before ``trigger`` ("Luis Vega, the
    front-runner, has drawn fire with his vow to"): the aim is theirs, no neighbour's
    speaker's."""
    named_end = unknown_person_opens(s)
    return named_end is not None and named_end <= trigger.start


# A contrasting clause after the aim: ", though so far only Chile has said that ...".
_CONTRAST = re.compile(r",\s+(?:though|although|while|whereas|but)\s")


def _speaks_in_a_later_clause(s: RuleSentence, trigger: Hit, speaker: ActorMention) -> bool:
    """Whether ``speaker`` reports only a contrasting clause after the aim ("The move
    was aimed at ..., though only Chile has indicated that it would accept it")."""
    return (
        speaker.start > trigger.end
        and _CONTRAST.search(s.text, trigger.end, speaker.start) is not None
        and _SAYS_THAT.match(s.text, speaker.end) is not None
    )


# The speaker's own words after its verb: "have indicated that they would accept it".
_SAYS_THAT = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:said|says|say|indicated|stated|added)\s+that\b")


# A pledge and who made it, then what it is to do: "pledges by the firm to curb".
_PLEDGES = frozenset({"pledge", "pledges", "promise", "promises", "commitment", "commitments"})
_PLEDGED_BY = re.compile(r"\s+(?:by|from)\s+([^,;:]{1,50}?)\s+to\s+")


# An aim's noun with an article and no owner before it: "the push to", "a bid to".
# (Not "in a bid to": a phrase of purpose, its clause's subject's aim.)
_ARTICLE_ONLY = re.compile(r"(?:^|(?<!\bin)\s)(?:the|a|an|The|A|An)\s+\Z")


# A hope whose clause opens with its own subject: "we hope (that) North Korea exercises".
_HOPES = frozenset({"hope", "hopes", "hoped", "hoping", "we hope"})
_THAT = re.compile(r"\s+(?:that\s+)?(?:the\s+)?")


def _hoped_of_another(s: RuleSentence, trigger: Hit, holders: list[ActorMention]) -> bool:
    """Whether ``trigger`` hopes that another state acts: the clause after it opens with
    a state none of ``holders`` is (a position on that state's acts, no aim of theirs)."""
    if trigger.phrase.lower() not in _HOPES:
        return False
    that = _THAT.match(s.text, trigger.end)
    first = s.after(trigger.end)
    return (
        that is not None
        and first is not None
        and first.start == that.end()
        and first.kind != "adjective"  # "hopes U.S. visit will help": his own visit
        and all(h.code != first.code for h in holders)
    )


def _of_own_clause(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` states an aim of its clause's subject (``_relative_head``)."""
    return relative_head(s, trigger) is None


# Aims that are acts of the speech itself: "I want to be very clear", "we want to thank",
# "we have to ask ourselves"; or a judgement put off ("we must see whether").
_SAYING = re.compile(
    r"(?:(?:be\s+)?(?:very\s+|absolutely\s+|perfectly\s+)?clear|make\s+(?:it\s+)?(?:very\s+)?clear|"
    r"stress|emphasi[sz]e|underline|underscore|say|tell|thank|congratulate|express|note|"
    r"remind|point\s+out|repeat|reiterate|ask\s+(?:ourselves|yourselves|themselves|myself)|"
    # "we must see whether ...", "we have to wait and see": a judgement put off, no aim
    r"see\s+(?:if|whether)|wait\s+and\s+see)\b",
    re.IGNORECASE,
)


def goals_in(s: RuleSentence, nearby: Nearby) -> list[Goal]:
    """Each holder's first aim in ``s`` ("Peru promised ..., while Chile said it would
    offer ..."). ``nearby`` gives the sentences next door, built only when looked at."""
    found: list[Goal] = []
    held: set[str | None] = set()
    for trigger in s.find("goal.triggers"):
        if names_no_aim(s, trigger) or asked_in_passive(s, trigger):
            continue  # a question, a denial, a punishment, loyalty ...: no aim (``no_aim``)
        if _to_whom(s, trigger):
            continue  # "the aid offered to Central America": "to" names whom, no aim
        if CHARGED_THAT.search(
            s.text, max(0, trigger.start - 140), trigger.start
        ) and not _owner_of_noun_aim(s, trigger):
            # "Chile charged that Peru was trying to": an accusation, no one's aim (but
            # "complained that Peru's plan to" names a plan Peru made)
            continue
        pledged_by = _PLEDGED_BY.match(s.text, trigger.end) if trigger.phrase in _PLEDGES else None
        if pledged_by is not None:
            # "welcomed pledges by Peru to curb the problem": the one after "by" pledged,
            # and the aim opens after its "to" (no one the rules place, no aim)
            trigger = trigger._replace(end=pledged_by.end())
            start, end = pledged_by.span(1)
            by = [a for a in s.actors if start <= a.start and a.end <= end and a.code]
            holders = [a for a in by if s.is_agent(a) and a.code not in held][:1]
            opening = None
        else:
            opening = opening_aim(s, trigger)
            holders = [h for h in _goal_holders(s, trigger, nearby, opening) if h.code not in held]
        if _hoped_of_another(s, trigger, holders):
            continue  # "we hope North Korea exercises restraint": asked of another, no aim
        # asked for only when needed, and found once for both checks
        speaker = functools.cache(functools.partial(speaker_of, s, nearby))
        if motive_alleged(s, trigger, holders, speaker):
            continue  # "Peru said Chile massed troops in order to provoke": Peru's account
        if advised(s, trigger, holders, speaker):
            continue  # "an analyst said Peru should try to": advice, no aim Peru states
        characterised = CHARACTERISED.search(s.text, max(0, trigger.start - 80), trigger.start)
        if characterised is not None:
            # "scoffed at what it deemed U.S. efforts to": Moscow's words, no U.S. aim.
            holders = [h for h in holders if h.start < characterised.start()]
        # An opening phrase of aim ends at its comma: "In a bid to ease tensions, ...".
        text = s.text if opening is None else s.text[:opening]
        statement = aim_statement(s, trigger, text, may_open_on_trigger=_of_own_clause)
        if (wish := averted(s.text, trigger)) is not None:
            statement = readable(text, wish, 14)  # "did not want the row to escalate"
        if not holders or statement is None or _SAYING.match(statement):
            continue  # "I want to be very clear": a way of speaking, no aim
        if _as_adjective(s, trigger):
            continue  # "averting a pledged tough response", "the 25 pct sought by New Delhi"
        held.update(h.code for h in holders)
        found += [Goal(actor=h.actor, statement=statement, evidence=s.evidence()) for h in holders]
    return found + aims_by(s, held)
