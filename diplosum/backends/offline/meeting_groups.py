"""How the participants of one meeting trigger become meetings, and join those a
sentence already has (``meetings``).

One meeting of all of them; or one per partner of a single party: talks held apart
("separate talks", "with Soto in Lima and Vega in Santiago"), calls in the
plural, one caller phoning several, a visitor touring several places. A meeting whose
parties one found already holds is the same one named again; one that holds more than
one found takes its place ("Kerry will travel to Tokyo, holding talks with ...").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ...models import Actor, Meeting
from ...text.dates import MONTHS, WEEKDAYS
from .actors import ActorMention
from .clauses import SIDELINES
from .lexicon import Hit
from .meeting_status import MeetingStatus
from .meeting_subjects import TRAVELS
from .places import NAMES_OR_SEATS
from .sentence import RuleSentence

__all__ = ["add_meetings"]


def add_meetings(
    found: list[Meeting],
    toured: set[str | None],
    s: RuleSentence,
    trigger: Hit,
    actors: list[Actor],
    others: list[ActorMention],
    status: MeetingStatus,
) -> None:
    """Add the meeting (or, for a tour or talks held apart, the meetings) of ``actors`` to
    ``found``, unless one found names them all already; a fuller one takes the place of
    one found that named fewer."""
    codes = {a.country for a in actors}
    if any(codes <= {p.country for p in m.participants} for m in found) or codes <= toured:
        return  # the same meeting named again, or part of it (or of a tour's visits)
    # (as far back as a body named in full: "the Organization of American States summit")
    sidelines = _SIDELINES.search(s.text, max(0, trigger.start - 70), trigger.start)
    states = [a for a in actors if a.kind != "organization"]
    if found and len(states) < 2 and sidelines:
        return  # "met Wang on the sidelines of the G20 summit": one state and the body
    groups = list(_groups(s, trigger, actors, others))
    fuller = [i for i, m in enumerate(found) if {p.country for p in m.participants} < codes]
    if fuller and not sidelines and len(groups) == 1:
        # "Kerry will travel to Tokyo, holding talks with the ministers of Japan and
        # South Korea": the trip's meeting, with everyone in it.
        found[fuller[0]] = found[fuller[0]].model_copy(update={"participants": actors})
        return
    if len(groups) > 1:
        # "whose last visit to Chile ..., arrives for talks with Bachelet in Santiago and
        # Humala in Lima": one meeting each, less those already found.
        toured.update(codes)
        met = [{p.country for p in m.participants} for m in found]
        groups = [g for g in groups if {a.country for a in g} not in met]
    found += [Meeting(participants=group, status=status, evidence=s.evidence()) for group in groups]


def _groups(
    s: RuleSentence, trigger: Hit, actors: list[Actor], objects: list[ActorMention]
) -> Iterator[list[Actor]]:
    window = s.text[max(0, trigger.start - 40) : trigger.end + 40].lower()
    apart = any(_ELSEWHERE.match(s.text[a.end : b.start]) for a, b in itertools.pairwise(objects))
    visitor = _tour_visitor(s, trigger, actors, objects)
    each = apart or "separate" in window or "bilateral" in window or _hosts_in(s, objects)
    # "met the presidents of Peru and of Bolivia separately": at the clause's end
    each = each or _SEPARATELY_AFTER.match(s.text, trigger.end) is not None
    each = each or (trigger.phrase in _CALLS and "conference" not in window)
    caller = _one_caller(trigger, window, actors, objects) if len(actors) > 2 else None
    if caller is not None:
        # "Korea's and Japan's ministers have phoned Mogherini": a call each.
        yield from ([caller, other] for other in actors if other.country != caller.country)
        return
    met = [o.actor for o in objects]
    subjects = [a for a in actors if a not in met]
    if len(actors) > 2 and each and not visitor and len(subjects) > 1 and met:
        # "Lula and Bachelet each held separate talks with Peruvian envoys": each
        # subject met those after "with", not the other subject.
        yield from ([subject, other] for subject in subjects for other in actors if other in met)
        return
    if len(actors) > 2 and (each or visitor):
        host = visitor or next((a for a in actors if a not in met), actors[0])
        for other in actors:
            if other.country != host.country:
                yield [host, other]
    else:
        yield actors


# "separately" later in the clause of the trigger, past those met.
_SEPARATELY_AFTER = re.compile(r"[^,;.]{0,160}?\bseparately\b")


# Between two parties listed after a trigger: a place or a day of the first ("talks with
# Soto in Lima and Vega in Santiago", "met Soto on July 5 and Vega ..."), or a sequence
# ("talks with Soto and then with Vega"), so they are met apart.
_ELSEWHERE = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]"
    rf"|(?:['\u2019]s(?:\s+[a-z]+){{1,3}})?\s+on\s+(?:{WEEKDAYS}|{MONTHS})\b"
    r"|(?:['\u2019]s(?:\s+[a-z]+){1,3})?,?\s+(?:and\s+)?(?:then|later|afterwards|subsequently)"
    r"\s+(?:with\s+)?(?:the\s+)?\Z"
)


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


# What brings those visited together: a mediation, or talks between them.
_TOGETHER = re.compile(r"\b(?:mediat\w*|between|joint|trilateral|together)\b")


# "talks with officials in Britain, France and Italy", "after talks in Chile and Bolivia":
# the officials of each place, met there, one meeting each.
_OFFICIALS_IN = re.compile(
    r"\b(?:officials|leaders|governments|authorities|counterparts|ministers|talks|"
    r"negotiations|discussions|consultations)\s+in\s+(?:the\s+)?\Z"
)


def _hosts_in(s: RuleSentence, objects: list[ActorMention]) -> bool:
    """Whether ``objects``, two or more, are places whose officials were met."""
    if len(objects) < 2:
        return False
    first = objects[0]
    return _OFFICIALS_IN.search(s.text, max(0, first.start - 40), first.start) is not None


# "held talks on the sidelines of the G7 summit": two meetings, the summit not the talks.
_SIDELINES = re.compile(rf"\b{SIDELINES}\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){{0,5}}\Z")
