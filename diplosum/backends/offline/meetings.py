"""Meetings: who met whom, read from the parts of a clause, and whether it happened.

For each meeting trigger of a sentence ("met", "held talks", "a visit to", "summit"):

- the *subject*: the actors the clause opens with, and those listed with them ("Sullivan
  and Kono held talks");
- the *objects*: the actors after the trigger, reached through words that lead to a party
  ("with", "between", "to", titles, "his counterpart", a place after "in"), and those
  listed with them ("with A, B and C"); the list ends at the first word that starts
  something else (", the closest ally of", "on", "to discuss", "which");
- the participants: subject and objects, one per state or body (a person before a state,
  never a capital beside its state). "Separately" or "separate talks" with more than two
  makes one meeting per partner of the first.

Status, from the words around the trigger: denied or refused ("no talks", "refused to
meet", "ruled out talks") is no meeting at all; "would meet if", "called for talks",
"offered" is proposed; "will", "due to", "expected", "next week" is planned; "called off",
"postponed" is cancelled; a past tense ("met", "held talks") or nothing, held.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Literal

from ...models import Actor, Meeting
from ...text.gazetteer import gazetteer
from ...text.matching import word_alternatives
from .actors import ActorMention, place_at
from .lexicon import Hit, lexicon
from .sentence import RuleSentence, ends_with_word, local_clause

__all__ = ["meetings", "names_parties_indirectly"]

MeetingStatus = Literal["held", "planned", "proposed", "cancelled"]
_CUES: tuple[MeetingStatus, ...] = ("cancelled", "proposed", "planned")

# Words that may stand between a trigger and its first party, or between two parties of a
# list: prepositions, determiners, titles, and words that describe a party.
_LEAD_WORDS = frozenset(
    {
        *("with", "between", "to", "by", "of", "from", "and", "&", "as", "well", "the", "a"),
        *("an", "his", "her", "its", "their", "both", "visiting", "counterpart", "counterparts"),
        *("leaders", "leader", "officials", "official", "delegation", "delegations", "envoys"),
        *("separate", "separately", "bilateral", "trilateral", "direct", "first", "new"),
        *("in", "at", "on", "late", "early", "last", "this", "next", "week", "day", "month"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("counterparts", "ministers", "government", "representatives", "chiefs", "heads"),
        *("two", "three", "four", "times", "twice", "once", "again", "repeatedly", "also"),
        *("secretly", "privately", "briefly", "formally", "informally", "jointly", "later"),
        *("then", "yesterday", "today", "predecessor", "successor", "joint", "way"),
        *("incoming", "outgoing", "newly", "elected", "visiting", "top", "senior", "policy"),
        # "hosted by Qatar and attended by the United States and ...": one list of parties.
        "attended",
    }
)
_TOKEN = re.compile(r"[A-Za-z][\w.'\u2019-]*|\d+|[^\s\w]")
# Where a list of parties ends, whatever follows: a new clause or the meeting's subject.
_TIME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|\d)"
)
_LIST_END = re.compile(
    rf"\b(?:who|which|that|where|when|on(?!\s+{_TIME})|about|over|to discuss|to talk|amid|"
    r"after|before|since|for|regarding|concerning|against|but|while|said|says)\b"
    r"|[;:!?\"\u201c\u201d()]"
)
# "envoy to Syria", "ambassador to China": the state a person is posted to is no party.
_WHEN = re.compile(rf"\b{_TIME}|\b(?:week|month|year|yesterday|today)\b")
_POSTED = re.compile(r"\b(?:envoy|ambassador|representative|mission)s?\s+(?:to|for)\s*$", re.I)
# Words before a trigger that deny the meeting, or make it a wish.
_DENIED = re.compile(
    r"\b(?:no|not|never|without|refused to|refuses to|refusing to|declined to|ruled out|"
    r"rules out|rejected|rejects|won't|will not|did not|didn't|cannot|can't|unable to|"
    r"denied|denies|deny|denying)\b"
    r"[^,.;]{0,40}$",
    re.IGNORECASE,
)
_WISHED = re.compile(
    r"\b(?:would|could|might|may)\s+(?:\w+\s+)?$|\b(?:called for|calls for|urged|urges|"
    r"offered|offers|proposed|proposes|invited|invites|ready to|willing to|open to|"
    r"possible|possibility of|prepared to)\b[^,.;]{0,30}$",
    re.IGNORECASE,
)
_KIND_RANK = {"person": 0, "name": 1, "igo": 1, "adjective": 2, "seat": 3}


def _tokens_allowed(gap: str, offices: frozenset[str]) -> bool:
    """Whether ``gap`` holds only words that lead to, or join, parties (a place name after
    "in" or "at" too)."""
    previous = ""
    for token in _TOKEN.findall(gap):
        lowered = token.lower().rstrip(".")
        if token[0].isupper() and previous in ("in", "at"):
            continue  # "a meeting in New Delhi with ...": a place on the way to the party
        if lowered in _LEAD_WORDS or lowered in offices or token in (",", "'s", "\u2019s"):
            previous = lowered
            continue
        if token in ("'", "\u2019", "-"):
            continue
        return False
    return True


def _listed(s: RuleSentence, first: ActorMention, stop: int) -> list[ActorMention]:
    """``first`` and the actors listed after it before ``stop`` ("A, B and C")."""
    offices = gazetteer().office_words
    chosen = [first]
    for mention in s.actors:
        if mention.start < chosen[-1].start or mention.start >= stop or not mention.code:
            continue
        if mention is first:
            continue
        # One mention may name several ("the two Koreas"): they share its span.
        same_span = mention.start == chosen[-1].start
        gap = s.text[chosen[-1].end : mention.start]
        if not same_span and not _tokens_allowed(gap, offices):
            break
        if "," in gap and _WHEN.search(gap):
            break  # "met Erdogan on Monday, and Macron will ...": the list ended at its date
        if not _POSTED.search(gap):
            chosen.append(mention)
    return chosen


def _objects(s: RuleSentence, trigger: Hit) -> tuple[list[ActorMention], bool]:
    """The parties after the trigger (see the module docstring), and whether they came
    after "between" (then they are all the parties)."""
    start = trigger.end
    between = s.text.find(" between ", trigger.end, trigger.end + 80)
    named_between = (
        between >= 0
        and not re.search(r"[,;:]", s.text[trigger.end : between])
        # "a gathering at a time of tensions between Washington and Moscow": the parties
        # of something else.
        and s.text[:between].rsplit(None, 1)[-1].lower() not in _RELATIONS
    )
    if named_between:  # "the meeting on trade between A and B": the parties follow it
        listed = _listed_from(s, between + len(" between"))
        if listed:
            return listed, True
        # "will visit A and B to mediate in a dispute between the two neighbours"
    if trigger.phrase in _ABOUT:
        # "discussed Syria with Erdogan": what was discussed comes first; with whom, after.
        with_at = s.text.find(" with ", trigger.end, trigger.end + 80)
        if with_at < 0:
            return [], False
        start = with_at + len(" with")
    return _listed_from(s, start), False


def _listed_from(s: RuleSentence, start: int) -> list[ActorMention]:
    """The parties listed from ``start``: the first actor, reached through words that lead
    to a party, and those listed with it, up to where the list ends."""
    end = _LIST_END.search(s.text, start)
    stop = end.start() if end else len(s.text)
    first = next((a for a in s.actors if a.start >= start and a.code), None)
    if first is None or first.start >= stop or not s.is_agent(first):
        return []
    gap = s.text[start : first.start]
    if not _tokens_allowed(gap, gazetteer().office_words):
        return []
    return _listed(s, first, stop)


# Nouns whose "between" names the sides of a quarrel, not the parties of a meeting ("a
# gathering at a time of tensions between Washington and Moscow"). Not "trade", "war" or
# "relations": talks on those between A and B are usually A's and B's talks.
_RELATIONS = frozenset(
    {"tensions", "tension", "rift", "row", "feud", "standoff", "rivalry", "differences"}
    | {"divide", "clashes", "fighting", "hostilities", "animosity", "mistrust"}
)
# Triggers whose object is a subject matter, not a party ("the two discussed Syria").
_ABOUT = frozenset({"discuss", "discussed", "discusses"})
_MODIFIES = re.compile(r"(?:'s|\u2019s)?(?:\s+[a-z][\w-]*){0,3}\s+")
# Words that end a noun phrase: a party before them is no modifier of the trigger
# ("Norway called for talks" is Norway asking, not "Norwegian talks").
_NOT_IN_NOUN_PHRASE = frozenset(
    [
        "for",
        "to",
        "with",
        "by",
        "on",
        "in",
        "at",
        "of",
        "from",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "must",
        "wants",
        "want",
        "seeks",
        "seek",
        "sought",
        "called",
        "calls",
        "urged",
        "urges",
        "proposed",
        "proposes",
        "offered",
        "offers",
        "said",
        "says",
        "held",
        "holds",
        "hosted",
        "hosts",
        "backed",
        "backs",
        "supports",
        "supported",
        "rejected",
        "rejects",
        "hopes",
        "hoped",
        "plans",
        "agreed",
        "agrees",
        "asked",
        "asks",
        "demanded",
        "demands",
        "pushed",
        "pushes",
    ]
)
_JOINS = re.compile(r"\s*(?:[-\u2013/]|,|and|,\s*and)\s*")


def _modifiers(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The parties named in the trigger's own noun phrase: "Syrian peace talks", "the
    Turkey-EU talks", "U.S.-Philippines exercises"."""
    found: list[ActorMention] = []
    position = trigger.start
    for mention in reversed([a for a in s.actors if a.end <= trigger.start and a.code]):
        gap = s.text[mention.end : position]
        joined = _MODIFIES.fullmatch(gap) if not found else _JOINS.fullmatch(gap)
        if joined is not None and not found and _NOT_IN_NOUN_PHRASE & set(gap.split()):
            joined = None
        if joined is None and not (found and mention.start == found[-1].start):
            break
        found.append(mention)
        position = mention.start
    return found[::-1]


def _participants(mentions: list[ActorMention], named: list[ActorMention]) -> list[Actor]:
    """One actor per state or body, in order: a person before a name, a name before an
    adjective, never a capital ("Tokyo") when the sentence names its state (``named``)."""
    best: dict[str, ActorMention] = {}
    codes = {m.code for m in mentions}
    for mention in [*mentions, *(m for m in named if m.code in codes)]:
        code = mention.code or ""
        held = best.get(code)
        if held is None or _KIND_RANK.get(mention.kind, 9) < _KIND_RANK.get(held.kind, 9):
            best[code] = mention
    return [mention.actor for mention in best.values()]


def _status(s: RuleSentence, trigger: Hit) -> MeetingStatus | None:
    """The meeting's status, or ``None`` when the sentence denies it happened or will."""
    before = s.text[max(0, trigger.start - 60) : trigger.start]
    if _DENIED.search(before):
        return None
    start, end = local_clause(s.text, trigger.start, trigger.end)
    if s.has("meeting.cancelled", start, end):
        return "cancelled"
    if _WISHED.search(before):
        return "proposed"
    if trigger.phrase in lexicon().phrases["meeting.held"]:
        return "held"
    for cue in _CUES:
        if s.has(f"meeting.{cue}", start, min(len(s.text), end + 190)):
            return cue
    return "held"


# Between two parties listed after a trigger: a place of the first ("talks with Netanyahu
# in Jerusalem and Abbas in Ramallah"), so they are met in different places.
_ELSEWHERE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")


def _groups(
    s: RuleSentence, trigger: Hit, actors: list[Actor], objects: list[ActorMention]
) -> Iterator[list[Actor]]:
    window = s.text[max(0, trigger.start - 40) : trigger.end + 40].lower()
    apart = any(_ELSEWHERE.match(s.text[a.end : b.start]) for a, b in itertools.pairwise(objects))
    if len(actors) > 2 and (apart or "separate" in window or "bilateral" in window):
        host = next((a for a in actors if a not in [o.actor for o in objects]), actors[0])
        for other in actors:
            if other is not host:
                yield [host, other]
    else:
        yield actors


_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b[^,;]*$")
_OPENING_PHRASE = re.compile(r"(?:During|On|In|After|Before|While|At|Following)\b[^,]*,\s*")


_TWO = (
    r"\b[Tt]he\s+two\s+(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|ministers|"
    r"sides|countries|nations|governments|delegations|heads\s+of\s+state|men|women)\b"
)
_THE_TWO_NAMED = re.compile(_TWO)
# "They met in Munich": a sentence that opens with "they" and names no one before the
# trigger means the last two named.
_THEY = re.compile(r"\s*They\s+(?:\w+\s+){0,3}$")
# ... as the subject of the clause that ends at the trigger.
_THE_TWO = re.compile(_TWO + r"[^,;]*$")


def names_parties_indirectly(s: RuleSentence) -> bool:
    """Whether ``s`` may name a party other than by a state's name: by reference to
    earlier ones ("he", "she", "the two leaders", "they") or as where a visitor arrived
    ("arrived in Kampala for talks")."""
    if _ARRIVED_IN.search(s.text) is not None or _STAY_IN.search(s.text) is not None:
        return True
    if "two" in s.text and _THE_TWO_NAMED.search(s.text) is not None:
        return True
    if s.text.lstrip().startswith("They "):
        return True
    return _HE_OR_SHE.search(s.text) is not None


def _antecedent(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Who the clause's subject is when no actor: for "he" or "she", the person named last
    (in the sentence, else before it); for "the two leaders", the last two states named
    before; for an opening phrase ("During a visit to Mongolia, Kerry urged ..."), the
    main clause's subject after it."""
    two = _THE_TWO.search(s.text, 0, trigger.start) or _THEY.match(s.text, 0, trigger.start)
    if two is not None:
        inside = [a for a in s.actors if a.end <= two.start() and a.code]
        named = inside[-2:] if len({a.code for a in inside[-2:]}) == 2 else []
        return named or list(s.previous_parties)
    pronoun = _PRONOUN.search(s.text, 0, trigger.start)
    if pronoun is not None:
        person = s.he_or_she(pronoun.start())
        return [person] if person is not None else []
    opening = _OPENING_PHRASE.match(s.text)
    if opening is not None and opening.end() > trigger.end:
        main = [a for a in s.actors if a.start >= opening.end() and a.code]
        return main[:1] if main and s.is_agent(main[0]) else []
    return []


# "arrived in Amman on a two-day visit", "will travel to Ethiopia for talks": the place
# the visitor came to is the host (not "arrived in Vienna" alone: a city may host a body).
_ARRIVED_IN = re.compile(
    word_alternatives(["arrived", "arrives", "arriving", "arrive", "landed", "lands"])
    + r"\s+in\s+|"
    + word_alternatives(["travel", "travels", "travelled", "traveled", "travelling"])
    + r"\s+to\s+|"
    + word_alternatives(["flew", "flies", "fly", "flying", "headed", "heading", "heads"])
    + r"\s+to\s+"
)
_VISIT_WORDS = frozenset({"visit", "visits", "talks", "trip to", "tour of"})


_STAYS = frozenset(
    {"is in", "was in", "is currently in", "was currently in", "is now in", "was already in"}
    # "The Egyptian president travelled to Riyadh", "before heading to Britain"
    | {"travelled to", "traveled to", "travel to", "travels to", "heading to", "head to"}
    | {"heads to", "headed to", "flew to", "flies to", "fly to"}
)


_STAY_IN = re.compile(
    word_alternatives(["is", "was"]) + r"\s+(?:currently\s+|now\s+|already\s+)?in\s+[A-Z]"
)


# "Biden invited Modi to Washington for talks": the guest is the other party.
_INVITED = re.compile(word_alternatives(["invited", "invites", "invite"]) + r"\s+\Z")


def _guest(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The party "invited" to the meeting of ``trigger`` in the same clause."""
    for guest in s.actors:
        if guest.end > trigger.start or not guest.code:
            continue
        invited = _INVITED.search(s.text, max(0, guest.start - 10), guest.start)
        if invited and not any(mark in s.text[guest.end : trigger.start] for mark in ",;:"):
            return [guest]
    return []


def _arrived_in(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state a visitor "arrived in" for the visit or talks of ``trigger``, in the
    same clause."""
    if trigger.phrase not in _VISIT_WORDS:
        return []
    arrived = _ARRIVED_IN.search(s.text, max(0, trigger.start - 120), trigger.start)
    place = place_at(s.text, arrived.end()) if arrived is not None else None
    if place is None or any(mark in s.text[place.end : trigger.start] for mark in ",;:"):
        return []
    return [place]


# Trigger words that name no meeting after these: a "news conference" is one side talking
# to reporters; "a refugee host" or "the host country" is a noun.
_NOT_A_MEETING = {
    "conference": ("news", "press"),
    "host": ("a", "the", "as", "refugee", "summit"),
    "hosts": ("the", "refugee", "summit"),
}


def _overlaps(codes: set[str | None], other: set[str | None]) -> bool:
    """Whether a meeting of ``codes`` is one of ``other`` named again, or part of it."""
    return codes <= other or other <= codes


def meetings(s: RuleSentence) -> list[Meeting]:
    """The meetings of one sentence: its first trigger's with two parties, and any later
    trigger's whose parties share none with those ("A met B on Monday, and C will visit D").
    A denied meeting ("no talks between ...") ends the sentence's reading."""
    found: list[Meeting] = []
    for trigger in s.find("meeting.triggers"):
        if _NOT_A_MEETING.get(trigger.phrase) and ends_with_word(
            s.text, trigger.start, _NOT_A_MEETING[trigger.phrase]
        ):
            continue
        subject = [a for a in s.holders(trigger.start) if a.code] or _antecedent(s, trigger)
        if trigger.phrase in _STAYS:
            # "Iranian Prime Minister X is currently in Damascus": a person's stay abroad.
            place = place_at(s.text, trigger.end + 1)
            if place is None or not any(s.is_official(a) for a in subject[:1]):
                continue
            subject, objects, named_between = subject[:1], [place], False
        else:
            objects, named_between = _objects(s, trigger)
            objects = (objects or _arrived_in(s, trigger)) + _guest(s, trigger)
        status = _status(s, trigger)
        modifiers = _modifiers(s, trigger)
        if (named_between and status == "proposed") or len({m.code for m in modifiers}) > 1:
            # "Norway called for talks between Sudan and Chad", "Germany welcomed progress
            # in U.S.-Soviet talks": the meeting is of others.
            subject = []
        actors = _participants(subject + modifiers + objects, s.actors)
        if len(actors) < 2:
            continue
        if status is None:
            return found
        codes = {a.country for a in actors}
        if any(_overlaps(codes, {p.country for p in m.participants}) for m in found):
            continue  # the same meeting named again, or part of it
        found += [
            Meeting(participants=group, status=status, evidence=s.evidence())
            for group in _groups(s, trigger, actors, objects)
        ]
    return found
