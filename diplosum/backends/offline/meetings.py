"""Meetings: who met whom, read from the parts of a clause, and whether it happened.

For each meeting trigger of a sentence ("met", "held talks", "a visit to", "summit"):

- the *subject*: the actors the clause opens with, and those listed with them ("Sullivan
  and Kono held talks");
- the *objects* and visits (``parties``, ``visits``): the actors after the trigger
  ("with A, B and C") or where a visitor went ("travelled to Riyadh"); the *modifiers*
  (``own_parties``): those in its own noun phrase ("U.S.-Soviet talks");
- the participants: subject and objects, one per state or body. "Separately", "separate
  talks" or "calls" with more than two makes one meeting per partner of the first.

Whether it happened is ``meeting_status``'s: held, planned, proposed, cancelled, or no
meeting at all ("no talks", "refused to meet").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ...models import Actor, Meeting
from .actors import ActorMention
from .agents import joined
from .clauses import TO_BEFORE
from .lexicon import Hit
from .meeting_status import meeting_status
from .meeting_subjects import (
    TRAVELS,
    favoured_by_several,
    names_noun,
    private_trip,
    subject_of,
)
from .no_meeting import names_no_meeting
from .own_parties import (
    attended_by,
    gathered_where,
    leads,
    members_body,
    modifiers,
    participants,
    talked_about,
)
from .parties import dealt_with, objects, urged_parties
from .phrases import without_dateline
from .places import NAMES_OR_SEATS
from .referred import antecedent_parties, in_opening_phrase, the_two_as_subject
from .sentence import RuleSentence
from .speakers import reporting_actor
from .visits import (
    STAYS,
    addressee,
    arrived_in,
    capital_visited,
    for_a_gathering,
    guest,
    held_here,
    held_in,
    stay,
    visited_in,
)

__all__ = ["meetings"]

# Between two parties listed after a trigger: a place of the first ("talks with Netanyahu
# in Jerusalem and Abbas in Ramallah"), so they are met in different places.
_ELSEWHERE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")


def _groups(
    s: RuleSentence, trigger: Hit, actors: list[Actor], objects: list[ActorMention]
) -> Iterator[list[Actor]]:
    window = s.text[max(0, trigger.start - 40) : trigger.end + 40].lower()
    apart = any(_ELSEWHERE.match(s.text[a.end : b.start]) for a, b in itertools.pairwise(objects))
    visitor = _tour_visitor(s, trigger, actors, objects)
    each = apart or "separate" in window or "bilateral" in window or _hosts_in(s, objects)
    each = each or (trigger.phrase in _CALLS and "conference" not in window)
    caller = _one_caller(trigger, window, actors, objects) if len(actors) > 2 else None
    if caller is not None:
        # "Korea's and Japan's ministers have phoned Mogherini": a call each.
        yield from ([caller, other] for other in actors if other.country != caller.country)
        return
    if len(actors) > 2 and (each or visitor):
        host = visitor or next(
            (a for a in actors if a not in [o.actor for o in objects]), actors[0]
        )
        for other in actors:
            if other.country != host.country:
                yield [host, other]
    else:
        yield actors


# Calls in the plural with several named: one call each ("in calls with the Jordanian and
# Qatari ministers"); a conference call is one.
_CALLS = frozenset({"calls with", "phone calls", "telephone calls"})


def _one_caller(
    trigger: Hit, window: str, actors: list[Actor], objects: list[ActorMention]
) -> Actor | None:
    """The one party of a telephone call ("phoned", "spoke by phone with") whose other
    side names several: a call is between two, so each of those had one with it. None
    for a conference call, or where both sides name several."""
    phrase = trigger.phrase
    by_phone = "phone" in phrase or "telephon" in phrase
    if phrase in _CALLS or "conference" in window or not by_phone:
        return None
    called = {o.code for o in objects}
    side = [a for a in actors if (a.country in called) == (len(called) == 1)]
    return side[0] if side and len({a.country for a in side}) == 1 else None


def _tour_visitor(
    s: RuleSentence, trigger: Hit, actors: list[Actor], objects: list[ActorMention]
) -> Actor | None:
    """The visitor of a visit to several places ("Jaafari visited Cairo and Amman, with an
    Iraqi cleric"): one meeting with each place. Not with the visitor unknown, nor to
    bring those visited together ("will visit Niger and Chad to mediate between them")."""
    if not (
        trigger.phrase.startswith(("visit", "tour", "trip")) or trigger.phrase in TRAVELS
    ) or _TOGETHER.search(s.text, trigger.end):
        return None
    places = {o.code for o in objects if o.kind in NAMES_OR_SEATS}
    visitors = [a for a in actors if a.country not in places]
    if len(places) < 2 or len(visitors) != 1:
        return None
    # Besides the places, only the visitor's own side may be named after the verb.
    others = {o.code for o in objects if o.kind not in NAMES_OR_SEATS}
    return visitors[0] if others <= {visitors[0].country} else None


# "talks with officials in Britain, France and Italy": the officials of each place, met
# there, one meeting each.
_OFFICIALS_IN = re.compile(
    r"\b(?:officials|leaders|governments|authorities|counterparts|ministers)\s+in\s+(?:the\s+)?\Z"
)


def _hosts_in(s: RuleSentence, objects: list[ActorMention]) -> bool:
    """Whether ``objects``, two or more, are places whose officials were met."""
    if len(objects) < 2:
        return False
    first = objects[0]
    return _OFFICIALS_IN.search(s.text, max(0, first.start - 40), first.start) is not None


# What brings those visited together: a mediation, or talks between them.
_TOGETHER = re.compile(r"\b(?:mediat\w*|between|joint|trilateral|together)\b")


# "On the sidelines of the G20 summit, Obama met ...": the gathering, opening the sentence.
_SIDELINES_OPENING = re.compile(
    r"\s*(?:[Oo]n|[Aa]t)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+[^,;]+,"
)
# "held talks on the sidelines of the G7 summit": two meetings, the summit not the talks.
_SIDELINES = re.compile(r"\bsidelines\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,3}\Z")

# Between a subject and talks named by their state ("Syria peace talks"): the subject
# speaks of them, or hopes or expects something of them.
_OF_THEM = re.compile(
    r"\b(?:that|hopes?|hoped|expects?|expected|believes?|believed|confident|optimistic)\b"
)


def _reports(s: RuleSentence, start: int, end: int) -> bool:
    """Whether the subject ending at ``start`` says, hopes or judges something of the
    talks at ``end`` ("Germany said Syria peace talks would resume", "France hailed the
    outcome of the Afghan peace talks"), rather than taking part."""
    return (
        s.has("reporting", start, end)
        or _OF_THEM.search(s.text, start, end) is not None
        or any(not hit.phrase.startswith(_TAKES_PART) for hit in _judgments(s, start, end))
    )


# Words of a stance that commit one to the talks rather than judge them ("agreed to join
# the Syrian peace talks", "committed to the Cyprus talks").
_TAKES_PART = ("agree", "commit")


def _judgments(s: RuleSentence, start: int, end: int) -> list[Hit]:
    """The words of support or opposition between ``start`` and ``end``."""
    return [
        hit
        for name in ("stance.support", "stance.oppose")
        for hit in s.find(name)
        if start <= hit.start and hit.end <= end
    ]


# A host or go-between of talks between others takes part in them: "Egypt is brokering
# talks between Israel and Hamas", "Switzerland will host talks between ...".
_MEDIATES = re.compile(
    r"\b(?:brok|mediat|host|facilitat|sponsor|conven|organi[sz]|arrang)[a-z]*\s+"
    r"(?:(?:the|a|new|fresh|direct|indirect|peace|\w+ly)\s+)*\Z"
)


# "commercial bank discussions with Argentina": talks of others than the speaker's state.
_OTHERS_TALKS = re.compile(
    r"\b(?:bank|banks|commercial|business|company|industry)\s+\Z", re.IGNORECASE
)


# Someone no state sends, a relative clause's subject: "a tourist who was visiting".
_SOMEONE_WHO = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+who\s+[^,;]*\Z")


def _speakers_side(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
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


# Those a meeting is with, named right after it.
_WITH = re.compile(r"\s+with\s")


# "a recent trip to Japan by senior Nigerian officials": the traveller after "by".
_BY_TRAVELLER = re.compile(r"[^,;]{0,40}?\bby\s+")


def _traveller(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a state's traveller follows the trip's destination, after "by"."""
    by = _BY_TRAVELLER.match(s.text, trigger.end)
    return by is not None and any(a.code and 0 <= a.start - by.end() <= 30 for a in s.actors)


def meetings(s: RuleSentence) -> list[Meeting]:
    """The meetings of one sentence: its first trigger's with two parties, and any later
    trigger's whose parties are neither those of an earlier one nor part of them ("A met B
    on Monday, and C will visit D", "... before heading to Britain"). A denied meeting ("no
    talks between ...") ends the sentence's reading."""
    found: list[Meeting] = []
    toured: set[str | None] = set()  # everyone in meetings one trigger named apart
    triggers = s.find("meeting.triggers")
    discussed_from = len(s.text)
    earlier_own: set[int] = set()
    aside = _SIDELINES_OPENING.match(s.text, len(s.text) - len(without_dateline(s.text)))
    for trigger in triggers:
        if trigger.start >= discussed_from:
            break  # "to discuss ... China's part in the talks on North Korea": a subject
        if (
            trigger.phrase == "discuss"
            and trigger is not triggers[0]
            and TO_BEFORE.search(s.text, 0, trigger.start)
        ):
            # "will meet Li to discuss ...": what the meeting before is about, and so is
            # any meeting named after it.
            discussed_from = trigger.end
            continue
        if names_no_meeting(s, trigger) or private_trip(s, trigger):
            continue
        subject = (
            the_two_as_subject(s, trigger)
            or subject_of(s, trigger, earlier_own)
            or antecedent_parties(s, trigger)
        )
        if trigger.phrase in STAYS:
            # "Iranian Prime Minister X is currently in Damascus": a person's stay abroad.
            place = stay(s, trigger, subject)
            if place is None:
                continue
            subject, others, named_between = subject[:1], [place], False
        else:
            others, named_between = objects(s, trigger)
            others = (
                others
                or arrived_in(s, trigger)
                or addressee(s, trigger)
                or held_in(s, trigger)
                or visited_in(s, trigger)
                or capital_visited(s, trigger)
                or joined(s, trigger, at=True)
            )
            if trigger.phrase in TRAVELS or trigger.phrase.startswith("visit"):
                others = [o for o in others if not for_a_gathering(s, o)]
            if not others and (dealt := dealt_with(s, trigger)):
                # "Chile agreed with Peru at talks": who dealt with them, and they.
                others, subject = dealt, [a for a in s.holders(dealt[0].start) if a.code]
            others += guest(s, trigger) + gathered_where(s, trigger) + attended_by(s, trigger)
            others += held_here(s, trigger)
        status = meeting_status(s, trigger)
        own = modifiers(s, trigger)
        if aside is not None and aside.end() <= trigger.start:
            # "On the sidelines of the U.N. General Assembly, Kerry met Zarif": where they
            # met, no party of the meeting (as when it is named after the verb)
            subject = [a for a in subject if a.start >= aside.end()]
            own = [a for a in own if a.start >= aside.end()]
        earlier_own.update(m.start for m in own if names_noun(s, m, trigger))
        if not others and not own and favoured_by_several(s, subject, trigger):
            continue  # "Italy and Germany favour an early start to talks": with others
        if (
            not subject
            and not own
            and len({other.code for other in others}) > 1
            and _WITH.match(s.text, trigger.end)
            and not in_opening_phrase(s, trigger)
        ):
            continue  # "after months of talks with Moscow and Washington": each with someone
        if trigger.phrase in TRAVELS and not subject and not own and not _traveller(s, trigger):
            continue  # "foreign fighters traveling to Iraq and Syria": places, no visitor
        if (
            trigger.phrase.startswith("visit")
            and not subject
            and not own
            and len(others) > 1
            and all(o.kind in NAMES_OR_SEATS for o in others)
            and not _traveller(s, trigger)
        ):
            continue  # "Smith plans to visit Canada and Japan": places visited, who is unknown
        if (
            (
                named_between
                and not _MEDIATES.search(s.text, max(0, trigger.start - 40), trigger.start)
            )
            or len({m.code for m in own}) > 1
            or any(leads(s, m) for m in own)
            or (own and subject and _reports(s, subject[-1].end, trigger.start))
        ):
            # "Norway called for talks between Sudan and Chad", "Germany welcomed progress
            # in U.S.-Soviet talks", "Kerry said talks between Russia and Ukraine would
            # resume": the meeting is of others ("between" names all its parties).
            subject = []
        elif (urged := urged_parties(s, trigger)) is not None:
            subject = urged  # "Chile urged Peru to resume talks with Bolivia": Peru's talks
        # "G7 leaders, including Obama and Abe, met": the body and its members named.
        subject = members_body(s, subject or own) + subject
        actors = participants(subject + own + others, s.actors)
        if len(actors) == 1:
            actors = participants(subject + own + others + talked_about(s, trigger), s.actors)
        if len(actors) == 1 and others and not subject and not named_between:
            actors = participants(others + _speakers_side(s, trigger), s.actors)
        if len(actors) < 2:
            continue
        if status is None:
            return found
        codes = {a.country for a in actors}
        if any(codes <= {p.country for p in m.participants} for m in found) or codes <= toured:
            continue  # the same meeting named again, or part of it (or of a tour's visits)
        sidelines = _SIDELINES.search(s.text, max(0, trigger.start - 40), trigger.start)
        states = [a for a in actors if a.kind != "organization"]
        if found and len(states) < 2 and sidelines:
            continue  # "met Wang on the sidelines of the G20 summit": one state and the body
        groups = list(_groups(s, trigger, actors, others))
        fuller = [i for i, m in enumerate(found) if {p.country for p in m.participants} < codes]
        if fuller and not sidelines and len(groups) == 1:
            # "Kerry will travel to Tokyo, holding talks with the ministers of Japan and
            # South Korea": the trip's meeting, with everyone in it.
            found[fuller[0]] = found[fuller[0]].model_copy(update={"participants": actors})
            continue
        if len(groups) > 1:
            # "whose last visit to Chile ..., arrives for talks with Bachelet in Santiago and
            # Humala in Lima": one meeting each, less those already found.
            toured |= codes
            met = [{p.country for p in m.participants} for m in found]
            groups = [g for g in groups if {a.country for a in g} not in met]
        found += [
            Meeting(participants=group, status=status, evidence=s.evidence()) for group in groups
        ]
    return found
