"""Who an office named again stands for: "the prime minister" after "Peruvian Prime
Minister Luis Vera", or after "Gordon Brown" (whose office the people gazetteer knows), as a
clause's subject ("The prime minister rejected ...") or right before its verb mid-clause
("a point the prime minister wanted to"). For ``RuleSentence.office_subject`` and
``office_holder``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text.people import people
from .dateline_hosts import dateline_state
from .mention import PEOPLE, ActorMention

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["OFFICE_NAMED_AGAIN", "named_again", "office_holder", "office_subject"]

#: An office named again after its holder was named with it ("the prime minister", "the
#: foreign minister"): group 1 of the patterns that use it (``office_holder``).
OFFICE_NAMED_AGAIN = (
    r"[Tt]he\s+((?:(?:foreign|prime|defen[cs]e|deputy|crown)\s+)?"
    r"(?:minister|president|premier|chancellor|secretary|king|queen|emir|prince|sultan))"
)
# "The prime minister rejected ...": an office as the subject of the clause to its end.
_OFFICE_SUBJECT = re.compile(r"(?:^|[,;:]\s+)[\"'\u201c]?\s*" + OFFICE_NAMED_AGAIN + r"\b[^,;]*$")
# "a point the prime minister wanted to": an office right before the verb, mid-clause.
_OFFICE_BEFORE_VERB = re.compile(
    r"\b"
    + OFFICE_NAMED_AGAIN.replace("[Tt]he", "the", 1)
    # (past a copula: "she thinks the premier is eager to")
    + r"\s+(?:(?:was|is|were|are|remains|remained|(?:has|had)\s+been|would\s+be|will\s+be)\s+)?"
    + r"[\"'\u201c]?\Z"
)

# The offices of the people gazetteer (``text.people``) an office named again stands for.
_GAZETTEER_OFFICES = {
    **dict.fromkeys(("prime minister", "premier", "chancellor"), "hg"),
    **dict.fromkeys(("president", "king", "queen", "emir", "sultan"), "hs"),
    "foreign minister": "fm",
    **dict.fromkeys(("defence minister", "defense minister"), "dm"),
}


def _holds(person: ActorMention, office: str) -> bool:
    """Whether ``person`` holds ``office`` ("prime minister"): by their title, or for one
    named without it ("Gordon Brown", "Mr Brown"), by the people gazetteer."""
    if (person.actor.title or "").lower().endswith(office):
        return True
    held = _GAZETTEER_OFFICES.get(office)
    return held is not None and held in people().offices(person.actor.name)


# An office opening a sentence: "The prime minister took charge ...".
_OFFICE_OPENS = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+)" + OFFICE_NAMED_AGAIN + r"\b")


def named_again(article: str, person: ActorMention, end: int) -> int | None:
    """Where, between ``person`` and ``end``, a sentence last opens with an office they
    hold ("Tony Blair ... The prime minister took charge ..."), or ``None``."""
    last = None
    for office in _OFFICE_OPENS.finditer(article, person.end, end):
        if _holds(person, office.group(1).lower()):
            last = office.end()
    return last


def office_subject(s: RuleSentence, offset: int) -> ActorMention | None:
    """The holder of the office that is the subject of the clause ending at ``offset``
    ("The prime minister rejected ..." after "Peruvian Prime Minister Luis Vera")."""
    opens = s.opens_before(offset)  # past a dateline: "LIMA - The president ..."
    office = _OFFICE_SUBJECT.search(s.text[opens:offset]) or _OFFICE_BEFORE_VERB.search(
        s.text[opens:offset], max(0, offset - opens - 60)
    )
    if office is None:
        return None
    start, end = opens + office.start(1), opens + office.end(1)
    if any(a.start >= opens + office.end() and a.end <= offset for a in s.actors):
        return None
    holder = office_holder(s, office.group(1), start)
    if holder is None and not _people_named(s, start):
        # "LIMA - The president on Monday welcomed ...", no one named before: the head of
        # the state the story is told from (where the story names it again)
        state = dateline_state(s.article)
        if state is not None and office.group(1).lower() in _HEADS:
            return ActorMention(start, end, state, "name", state.country)
    return None if holder is None else holder._replace(start=start, end=end)


# Offices a state has one holder of at a time: its head's, its government's, and the
# foreign minister who speaks for it abroad.
_HEADS = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "foreign minister"}
)


def _people_named(s: RuleSentence, offset: int) -> bool:
    """Whether the article names a person before ``offset`` of ``s``."""
    return bool(s.previous_persons or s.previous_people) or any(
        a.kind in PEOPLE and a.end <= offset for a in s.actors
    )


def office_holder(s: RuleSentence, office: str, offset: int) -> ActorMention | None:
    """The person named last before ``offset`` (in ``s`` or the three people named before
    it) who holds ``office`` ("the prime minister" after "Peruvian Prime Minister Luis
    Vera"), if one state's."""
    office = office.lower()
    # (each of three people once: "Mr Blair" named three times leaves room for Bush)
    named = [*s.previous_persons, *s.previous_people, *(a for a in s.actors if a.end <= offset)]
    people_named = [a for a in named if a.kind in PEOPLE]
    titled = [a for a in people_named if (a.actor.title or "").lower().endswith(office)]
    # One the article titles so ("Prime Minister Al-Sabah") outranks one the people
    # gazetteer says held the office ("Mr Brown"), even when their state is unknown.
    holders = [a for a in titled or people_named if a.code and _holds(a, office)]
    if not holders or len({a.code for a in holders}) > 1:
        return None
    return holders[-1]
