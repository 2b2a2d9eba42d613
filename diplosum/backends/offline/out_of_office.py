"""People a text says hold no office: "former President Ana Soto", "Gordon Brown, the
former prime minister", "Republican presidential candidate Ana Soto", "Soto -- now the
presumptive nominee". What they say or do is no state's: the people gazetteer may list an
office for them in the article's years, but the text tells us they did not hold it (or
no longer do) as they spoke. "then-President Soto" held it then, and keeps it.

``without_office`` applies that to the people an article names, with the people
gazetteer's terms at the article's date: a candidate who holds an office that year keeps
it, and one whose term begins only next year holds none before November.
"""

from __future__ import annotations

import re

from ...text.people import family_name
from ...text.people import people as people_gazetteer
from .mention import ActorMention
from .titles import COURTESY

__all__ = ["out_of_office", "without_office"]

# The offices whose holders speak for a state, as the last word of a "former" title.
_OFFICE = (
    r"(?:president|prime minister|premier|chancellor|leader|minister|secretary|"
    r"secretary of state|foreign secretary|head of state|ambassador|king|dictator)"
)
# Words for one running for an office, not holding it.
_RUNNING = r"candidates?|nominees?|hopefuls?|challengers?|contenders?|front-runners?|frontrunners?"
# Right before the name, on its line: "former President ", "former Soviet leader ",
# "ex-Prime Minister ", "Republican presidential candidate ", "Democratic front-runner ". Not a
# past office after a present one ("The European commissioner and former trade minister").
_BEFORE = re.compile(
    rf"(?:(?<!and )\b(?:[Ff]ormer|[Ee]x-) ?(?:[A-Z][\w.'-]* ){{0,3}}(?i:{_OFFICE})"
    # "former U.S. Ambassador to Ukraine ": where the office was held
    r"(?: to (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})? "
    rf"|\b(?P<running>{_RUNNING}) )\Z"
)
# An appositive right after the name: ", the former prime minister", "-- now the
# presumptive nominee", ", a Democratic candidate for". One that goes on to a present
# office ("a former foreign minister who is now president") is left alone.
_AFTER = re.compile(
    r" ?(?:,|--|\u2013|\u2014) ?(?:now )?(?:the|a|an) (?P<words>[^,.;\n\u2013\u2014]{0,60})"
)
# A part of each word ``_BEFORE``'s branches open with: plain string tests spare its
# search for most names.
_BEFORE_CUES = (
    *("ormer", "x-", "candidate", "nominee", "hopeful", "challenger", "contender", "runner"),
)
_GONE = re.compile(
    rf"(?:[\w.'-]+ ){{0,2}}?(?:(?:former|ex-) ?(?:[\w.'-]+ ){{0,2}}?{_OFFICE}|"
    rf"(?P<running>{_RUNNING}))\b",
    re.IGNORECASE,
)
# Between two people listed: "Ana Soto and Luis Vera", "Soto, Vera".
_LISTED = re.compile(r",?\s+(?:and\s+)?")
_PRESENT = re.compile(r"\b(?:now|current|currently|sitting|incumbent)\b")


def out_of_office(
    text: str, people: list[ActorMention], sitting: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The family names of ``people`` the text anywhere calls former holders of an
    office, or candidates for one whom it never gives a present office ("Vice President
    Ana Soto, the Democratic nominee" holds hers) and who are not ``sitting`` (in office
    at the article's date by the people gazetteer)."""
    former: set[str] = set()
    running: set[str] = set()
    in_office: set[str] = set()
    before: ActorMention | None = None
    before_own: re.Match[str] | None = None  # what stands right before ``before``
    for person in people:
        surname = family_name(person.actor.name, person.code)
        window = max(0, person.start - 80)
        before_name = text[window : person.start]
        cued = any(cue in before_name for cue in _BEFORE_CUES)
        own = _BEFORE.search(text, window, person.start) if cued else None
        found = own
        if (
            found is None
            and before_own is not None
            and (before_own.group("running") or "").endswith("s")
            and before is not None
            and _LISTED.fullmatch(text, before.end, person.start)
        ):
            # "presidential candidates Ana Soto and Luis Vera": a plural's later names too
            # (not "former President Soto and Vera": one office, one name)
            found = before_own
        before, before_own = person, own
        if found is None:
            after = _AFTER.match(text, person.end)
            words = after.group("words") if after else ""
            found = _GONE.match(words) if not _PRESENT.search(words) else None
        if found is not None and not found.group("running"):
            former.add(surname)
            continue
        if found is not None:
            running.add(surname)
        title = (person.actor.title or "").rstrip(".")
        if title and title not in COURTESY:  # "Mr Soto" holds no office by that title
            in_office.add(surname)
    running |= _described(_RUNNER_OPENS, text, people)
    # (a description may fit another than the person named last: trust it only where the
    # text gives that person no present office)
    former |= _described(_FORMER_OPENS, text, people) - in_office
    return frozenset(former | (running - in_office - sitting))


# A sentence whose subject is a candidate named by description alone: "The Republican
# front-runner told a rally", "The presumptive nominee said" (not "The nominee, Ana
# Soto,": a name follows). (Each opens on its literal "The", so the engine skips straight
# to it; where a sentence starts is ``_SENTENCE_BEFORE``'s to check.)
_RUNNER_OPENS = re.compile(
    r"The\s+(?:(?:presumptive|likely|probable|apparent)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:(?:party|presidential)\s+)?(?:front-?runner|nominee|candidate|"
    r"hopeful|challenger)\b(?!\s*,?\s+[A-Z])"
)
# And one whose subject is a former holder of an office so named: "The former UN envoy
# and Irish president told a radio station" (not "The former president, Ana Soto,").
_FORMER_OPENS = re.compile(
    rf"The\s+former\s+(?:[\w.'-]+\s+){{0,7}}?(?i:{_OFFICE})\b(?!\s*,?\s+[A-Z])"
)
# Right before a sentence's first word: the text's start, a sentence's end, a new line.
_SENTENCE_BEFORE = re.compile(r"(?:\A|[.!?\"\u201d]\s+|\n)\s*\Z")


def _described(opens: re.Pattern[str], text: str, people: list[ActorMention]) -> set[str]:
    """The family names of the people named last before each sentence that ``opens``
    with a description of its subject: the one it describes."""
    found: set[str] = set()
    for described in opens.finditer(text):
        sentence = _SENTENCE_BEFORE.search(text, max(0, described.start() - 40), described.start())
        if sentence is None:
            continue
        last = [p for p in people if p.end <= sentence.start()]
        if last:
            found.add(family_name(last[-1].actor.name, last[-1].code))
    return found


def without_office(
    text: str, people: list[ActorMention], year: int | None, month: int | None
) -> list[ActorMention]:
    """``people``, those the text calls former office holders or candidates ("former
    President Soto") standing for no state wherever named; not a candidate who holds an
    office in the article's ``year`` (a sitting vice president running for president).
    Nor one whose office begins only next year, in an article dated before November."""
    gone = out_of_office(text, people, _sitting(people, year)) | _not_yet(people, year, month)
    if not gone:
        return people
    return [
        person._replace(
            actor=person.actor.model_copy(update={"country": None}),
            kind="private",
            code=None,
            origin=person.code,
        )
        if family_name(person.actor.name, person.code) in gone
        else person
        for person in people
    ]


def _sitting(people: list[ActorMention], year: int | None) -> frozenset[str]:
    """The family names of ``people`` the people gazetteer has in office for their state
    in ``year`` itself (no year either side)."""
    if year is None:
        return frozenset()
    return frozenset(
        family_name(person.actor.name, person.code)
        for person in people
        if person.code
        and any(
            holder.code == person.code and holder.first <= year <= holder.last
            for holder in people_gazetteer().holders(person.actor.name)
        )
    )


#: From this month a person whose office starts next year may be its holder-elect (the
#: people gazetteer counts a year either side of a term).
_ELECT_FROM_MONTH = 11


def _not_yet(people: list[ActorMention], year: int | None, month: int | None) -> frozenset[str]:
    """The family names of ``people`` whose every term for their state in the people
    gazetteer around ``year`` begins the year after, when the article is dated before
    November: not yet in office, nor elected to it ("Trump" in July 2024)."""
    if year is None or month is None or month >= _ELECT_FROM_MONTH:
        return frozenset()
    gone = set()
    for person in people:
        if not person.code:
            continue
        terms = [
            holder
            for holder in people_gazetteer().holders(person.actor.name, (year, year))
            if holder.code == person.code
        ]
        if terms and all(holder.first == year + 1 for holder in terms):
            gone.add(family_name(person.actor.name, person.code))
    return frozenset(gone)
