"""Meetings: who met whom, read from the parts of a clause, and whether it happened.

For each meeting trigger of a sentence ("met", "held talks", "a visit to", "summit"):

- the *subject*: the actors the clause opens with, and those listed with them ("Sullivan
  and Kono held talks");
- the *objects* and visits (``parties``, ``visits``): the actors after the trigger
  ("with A, B and C") or where a visitor went ("travelled to Riyadh"); the *modifiers*
  (``own_parties``): those in its own noun phrase ("U.S.-Soviet talks");
- the participants: subject and objects, one per state or body, and a go-between named
  after the talks ("talks between A and B, mediated by C"). "Separately", "separate
  talks" or "calls" with more than two makes one meeting per partner of the first
  (``meeting_groups``).

Whether it happened is ``meeting_status``'s: held, planned, proposed, cancelled, or no
meeting at all ("no talks", "refused to meet").
"""

from __future__ import annotations

import re

from ...models import Actor, Meeting
from .acting_with import joined
from .actors import ActorMention
from .addressed import TOLD, addressed_session, addressee
from .clauses import SIDELINES, TO_BEFORE
from .dateline_hosts import dateline_host, guest_named_after
from .lexicon import Hit
from .meeting_groups import add_meetings
from .meeting_status import meeting_status
from .meeting_subjects import (
    TRAVELS,
    favoured_by_several,
    names_noun,
    private_trip,
    speakers_side,
    subject_of,
)
from .no_meeting import HOST_VERBS, RECEIVE_VERBS, agreed_alone, names_no_meeting
from .own_parties import (
    attended_by,
    gathered_where,
    leads,
    members_body,
    modifiers,
    participants,
    talked_about,
    with_go_betweens,
)
from .parties import dealt_with, discussed_between, objects, urged_parties
from .places import NAMES_OR_SEATS
from .referred import antecedent_parties, in_opening_phrase, the_two_as_subject
from .sentence import RuleSentence
from .trip_purposes import for_a_gathering, talks_with_private_people
from .visits import (
    STAYS,
    arrived_in,
    capital_visited,
    guest,
    held_here,
    held_in,
    inviter,
    stay,
    visited_in,
)

__all__ = ["meetings"]

# "On the sidelines of the G20 summit, Obama met ...": the gathering, opening the sentence.
_SIDELINES_OPENING = re.compile(rf"\s*(?:[Oo]n|[Aa]t)\s+the\s+{SIDELINES}\s+of\s+[^,;]+,")
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
# the Syrian peace talks", "committed to the Cyprus talks", "signed the accord at a UN
# meeting": one who signs there takes part).
_TAKES_PART = ("agree", "commit", "sign")


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


# Those a meeting is with, named right after it.
_WITH = re.compile(r"\s+with\s")


# A city named as where something happens: "in Lima", "in a Lima park".
_IN_A_PLACE = re.compile(r"\bin\s+(?:the\s+|a\s+|an\s+)?\Z")
# "a trip to Chile last week by senior Peruvian officials": the traveller after "by".
_BY_TRAVELLER = re.compile(r"[^,;]{0,40}?\bby\s+")


def _traveller(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a state's traveller follows the trip's destination, after "by"."""
    by = _BY_TRAVELLER.match(s.text, trigger.end)
    return by is not None and any(a.code and 0 <= a.start - by.end() <= 30 for a in s.actors)


# Verbs of a host: who is hosted or received is the host's guest.
_HOSTS = HOST_VERBS | RECEIVE_VERBS | {"play host to", "played host to", "plays host to"}
_HOSTS |= {"dined with"}

# A meeting like the one before: "then a similar meeting with", "and another meeting
# with" has the first meeting's subject.
_ANOTHER_LIKE_IT = re.compile(r"\b(?:a\s+similar|another|a\s+second|a\s+further|a\s+separate)\s+\Z")


def meetings(s: RuleSentence) -> list[Meeting]:
    """The meetings of one sentence: its first trigger's with two parties, and any later
    trigger's whose parties are neither those of an earlier one nor part of them ("A met B
    on Monday, and C will visit D", "... before heading to Britain"). A denied meeting ("no
    talks between ...") ends the sentence's reading."""
    found: list[Meeting] = []
    toured: set[str | None] = set()  # everyone in meetings one trigger named apart
    # ("Chile agreed to buy Peruvian copper": one side's consent, no trigger at all)
    triggers = [t for t in s.find("meeting.triggers") if not agreed_alone(s, t)]
    discussed_from = len(s.text)
    earlier_own: set[int] = set()
    aside = _SIDELINES_OPENING.match(s.text, s.opens())
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
        if talks_with_private_people(s, trigger):  # "negotiations with creditors"
            continue
        parties = _parties(s, trigger, earlier_own)
        if parties is None:
            continue
        subject, others, named_between = parties
        if found and _ANOTHER_LIKE_IT.search(s.text, max(0, trigger.start - 40), trigger.start):
            # "..., then a similar meeting with Morales": the first one's subject
            subject = [a for a in s.actors if a.actor in found[0].participants][:1] or subject
        status = meeting_status(s, trigger)
        own = modifiers(s, trigger)
        if aside is not None and aside.end() <= trigger.start:
            # "On the sidelines of the U.N. General Assembly, Kerry met Zarif": where they
            # met, no party of the meeting (as when it is named after the verb)
            subject = [a for a in subject if a.start >= aside.end()]
            own = [a for a in own if a.start >= aside.end()]
        earlier_own.update(m.start for m in own if names_noun(s, m, trigger))
        # "the Chilean president's visit", "met the prime minister": the dateline's state
        if not subject and guest_named_after(s, trigger, others):
            subject, others = others, []  # "LIMA - The visiting Chilean minister said"
        others = others or dateline_host(s, trigger, subject or own)
        if _of_no_one_named(s, trigger, subject, own, others):
            continue
        actors = _participants(s, trigger, subject, own, others, named_between)
        actors = with_go_betweens(s, trigger, actors)
        told = s.after(trigger.end) if trigger.phrase in TOLD else None
        if told is not None and addressed_session(s, told):
            # "addressed the General Assembly in May Peru said ...": the speaker and the
            # body, no one named after them
            actors = [a for a in actors if a.country in {told.code, *(m.code for m in subject)}]
        if len(actors) < 2:
            continue
        if status is None:
            return found
        add_meetings(found, toured, s, trigger, actors, others, status)
    return found


def _parties(
    s: RuleSentence, trigger: Hit, earlier_own: set[int]
) -> tuple[list[ActorMention], list[ActorMention], bool] | None:
    """The subject of ``trigger``, its objects or the places visited, and whether
    "between" named them all; ``None`` for a stay that names no place."""
    subject = (
        the_two_as_subject(s, trigger)
        or subject_of(s, trigger, earlier_own)
        or antecedent_parties(s, trigger)
    )
    if trigger.phrase in STAYS:
        # "Peru's prime minister is now in Santiago": a person's stay abroad.
        places = stay(s, trigger, subject)
        return (subject[:1], places, False) if places else None
    others, named_between = objects(s, trigger)
    if named_between and discussed_between(s, trigger, subject, others):
        # "The Security Council met to discuss the clash between Chile and Peru": the two
        # are what the Council discussed, not its parties
        others, named_between = [], False
    others = (
        others
        or arrived_in(s, trigger)
        or addressee(s, trigger)
        # "Peruvian and Bolivian envoys held talks in Chile": where two states met, not a
        # third party (a lone visitor's talks "in Japan" are with Japan's officials)
        or (held_in(s, trigger) if len({a.code for a in subject}) < 2 else [])
        or visited_in(s, trigger)
        or capital_visited(s, trigger)
        or joined(s, trigger, at=True)
    )
    if trigger.phrase in TRAVELS or trigger.phrase.startswith("visit"):
        others = [o for o in others if not for_a_gathering(s, o)]
    if not others and (dealt := dealt_with(s, trigger)):
        # "Chile agreed with Peru at talks": who dealt with them, and they.
        others, subject = dealt, [a for a in s.holders(dealt[0].start) if a.code]
    others += guest(s, trigger) + inviter(s, trigger) + gathered_where(s, trigger)
    others += attended_by(s, trigger)
    others += held_here(s, trigger)
    return subject, others, named_between


def _of_no_one_named(
    s: RuleSentence,
    trigger: Hit,
    subject: list[ActorMention],
    own: list[ActorMention],
    others: list[ActorMention],
) -> bool:
    """Whether ``trigger`` names a meeting of no one the sentence names as meeting: a
    meeting several favour, talks each had with someone, places travelled to or visited
    by no one named."""
    if not others and not own and favoured_by_several(s, subject, trigger):
        return True  # "Peru and Chile favour early talks": with others
    if (
        not subject
        and not own
        and len({other.code for other in others}) > 1
        and _WITH.match(s.text, trigger.end)
        and not in_opening_phrase(s, trigger)
    ):
        return True  # "after months of talks with Moscow and Washington": each with someone
    if (
        not subject
        and not own
        and trigger.phrase in _HOSTS
        and len({other.code for other in others}) > 1
    ):
        # "The businessman hosted Orban and Cameron": guests of a host the rules cannot
        # place, not a meeting of the guests with each other
        return True
    if trigger.phrase in TRAVELS and not subject and not own and not _traveller(s, trigger):
        return True  # "volunteers travelling to Peru and Chile": places, no visitor
    if (
        not subject
        and not own
        and others
        and all(
            o.kind == "seat" and _IN_A_PLACE.search(s.text, max(0, o.start - 12), o.start)
            for o in others
        )
    ):
        return True  # "supporters gathered in a Lima park": where, with no party named
    # "Smith plans to visit Canada and Japan": places visited, who is unknown
    return (
        trigger.phrase.startswith("visit")
        and not subject
        and not own
        and len(others) > 1
        and all(o.kind in NAMES_OR_SEATS for o in others)
        and not _traveller(s, trigger)
    )


def _participants(
    s: RuleSentence,
    trigger: Hit,
    subject: list[ActorMention],
    own: list[ActorMention],
    others: list[ActorMention],
    named_between: bool,
) -> list[Actor]:
    """Who takes part, one per state or body: the subject (unless the meeting is of
    others), those of the trigger's own noun phrase and its objects; with only one of
    them, those it was about or the speaker's side too."""
    if (
        (named_between and not _MEDIATES.search(s.text, max(0, trigger.start - 40), trigger.start))
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
        actors = participants(others + speakers_side(s, trigger), s.actors)
    return actors
