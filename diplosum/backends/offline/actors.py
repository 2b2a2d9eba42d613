"""Actor mentions in running text, for the offline extractor: states, bodies and people.

- States and bodies come from the gazetteer (names, adjectives, seats, abbreviations).
- People are named after an office or a state's possessive (``titles``), or by a name
  the people gazetteer knows ("Lavrov"), with the state they stood for then
  (``known_people``).
- A surname met later ("Sullivan", "Kono") is resolved back to the full mention.
"""

from __future__ import annotations

import re
from functools import cache

from ...models import Actor
from ...text.gazetteer import Mention, gazetteer
from ...text.matching import trie_pattern, word_starts
from ...text.people import family_name
from ...text.people import people as people_gazetteer
from .appositive_people import appositive_people
from .described import without_described
from .headline import ministers_of_the_headline
from .initials import by_head_word, by_initials
from .known_people import known_people
from .mention import BY_START, ActorMention
from .namesakes import (
    a_month_s_date,
    after_another_name,
    before_another_name,
    borne_by_a_person,
    first_named,
    state_surnames,
)
from .namesakes import namesakes as find_namesakes
from .out_of_office import without_office
from .places import NAMES_OR_SEATS, NO_NOUN_AFTER, is_place
from .titles import titled_people

__all__ = [
    "ActorMention",
    "dateline_capital",
    "find_actors",
    "place_at",
]


# A dateline opening a line near the top, after any headline: in capitals ("SEOUL, June 18
# -", "NEW DELHI (Reuters) -"), or with its date ("Tokyo, April 17 -").
_DATELINE_CITY = re.compile(
    r"^(?:([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?=,| \(| [-\u2013\u2014])"
    r"|([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b))",
    re.MULTILINE,
)


def dateline_capital(article: str) -> ActorMention | None:
    """The state whose capital the article's dateline names ("SEOUL, June 18 -": South
    Korea, and "LIMA Chile's foreign minister ...", the city in capitals right before the
    text, as some wire copy has it), placed at the dateline; ``None`` without one, or for
    a city that is no capital ("GENEVA", which hosts others' meetings)."""
    dateline = _DATELINE_CITY.search(article, 0, 400)
    if dateline is None:
        return _bare_dateline(article)
    group = 1 if dateline.group(1) else 2
    return _capital_at(dateline.group(group), dateline.start(group))


def _capital_at(city: str, start: int) -> ActorMention | None:
    """The state whose capital ``city`` (in capitals, at ``start``) is, if it is one."""
    place = place_at(city.title(), 0)
    # "WASHINGTON" is the state's name for its government (not a seat), as a capital is.
    if place is None or place.kind not in NAMES_OR_SEATS or place.end != len(city):
        return None
    return place._replace(start=start, end=start + len(city))


# The bare form: one to three words in capitals opening a line near the top, then the
# text ("NEW DELHI India's ...", "WASHINGTON U.S. President ..."), the city one of the
# leading runs of those words.
_BARE_DATELINE = re.compile(r"^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}) (?=[A-Z])", re.MULTILINE)


def _bare_dateline(article: str) -> ActorMention | None:
    """The capital a bare dateline names, the longest run of its words that is one."""
    bare = _BARE_DATELINE.search(article, 0, 400)
    if bare is None:
        return None
    words = bare.group(1).split(" ")
    for count in range(len(words), 0, -1):
        city = " ".join(words[:count])
        capital = _capital_at(city, bare.start(1))
        # A capital, or "WASHINGTON"; not a state's name opening the text ("U.S. President
        # Obama said") or a headline in capitals ("NORWAY APPROVES TRADE BAN").
        if capital is not None and (capital.kind == "seat" or city == "WASHINGTON"):
            return capital
    return None


def place_at(text: str, start: int) -> ActorMention | None:
    """The state named as a place at ``start`` ("in Kampala", which ``find_actors`` leaves
    out), by its name or its capital; ``None`` if no single state is named there."""
    window = text[start : start + 40]
    for mention in gazetteer().find(window):
        at_start = mention.start == 0 or window[: mention.start] in ("the ", "The ")
        if (
            at_start
            and len(mention.codes) == 1
            and (
                mention.kind in NAMES_OR_SEATS
                # "in New Zealand for talks", "in the UK on Monday": a name that doubles as an
                # adjective, with no noun after it ("in New Zealand waters" has one).
                or (mention.kind == "adjective" and NO_NOUN_AFTER.match(window, mention.end))
            )
        ):
            actor = _state_actors(mention)[0]
            kind = "name" if mention.kind == "adjective" else mention.kind
            return ActorMention(
                start + mention.start, start + mention.end, actor, kind, actor.country
            )
        if (
            mention.kind == "adjective"
            and len(mention.codes) == 1
            and window[: mention.start] in ("the ", "The ")
            and window.startswith(" capital", mention.end)
        ):
            # "arrived in the Syrian capital": the state whose capital it is.
            actor = _state_actors(mention)[0]
            end = start + mention.end + len(" capital")
            return ActorMention(start + mention.start, end, actor, "seat", actor.country)
    return None


# Adjectives whose people are not named by adding "s": "the British", "the Chinese".
_NO_S_PLURAL = ("sh", "ch", "ese", "ss", "s", "x", "z")


@cache
def _collective_scanner() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of "the Americans", "the Soviets": a state's people named as its side,
    and the state of each plural."""
    plurals = {
        term + "s": codes[0]
        for term, (codes, kind) in gazetteer().terms.items()
        if kind == "adjective" and len(codes) == 1 and term[0].isupper()
        if not term.endswith(_NO_S_PLURAL) and term + "s" not in gazetteer().terms
    }
    # Not "the Syrians who fled": people, not the state. Opening with the literal "he"
    # lets the regex engine skip ahead, eight times faster than a word boundary first;
    # the "T" or "t" before it is checked after.
    pattern = re.compile(rf"he\s+({trie_pattern(plurals)})\b(?!\s+who\b)")
    return pattern, plurals


_AND_PLURAL = re.compile(r"\s+and\s+(?:the\s+)?([A-Z][a-z]+s)\b(?!\s+who\b)")


def _collectives(text: str) -> list[Mention]:
    """Each "the Americans" of ``text``, as the state's mention, and a second people
    listed with it ("the Bolivians and Peruvians")."""
    pattern, plurals = _collective_scanner()
    found = []
    for m in pattern.finditer(text):
        if (
            not m.start()
            or text[m.start() - 1] not in "Tt"
            or text[m.start() - 2 : m.start() - 1].isalnum()
        ):
            continue
        found.append(Mention(m.start(1), m.end(1), m.group(1), (plurals[m.group(1)],), "adjective"))
        listed = _AND_PLURAL.match(text, m.end(1))
        if listed is not None and listed.group(1) in plurals:
            code = plurals[listed.group(1)]
            found.append(
                Mention(listed.start(1), listed.end(1), listed.group(1), (code,), "adjective")
            )
    return found


def _state_actors(mention: Mention) -> list[Actor]:
    """One actor per code: "the two Koreas" is both KOR (South Korea) and PRK (North Korea)."""
    kind = "organization" if mention.kind == "igo" else "state"
    if len(mention.codes) == 1:
        return [Actor(name=mention.text, kind=kind, country=mention.codes[0])]
    names = gazetteer().primary_names
    return [Actor(name=names.get(code, code), kind=kind, country=code) for code in mention.codes]


# Between places listed: "in Iraq and Syria", "in Iraq, Syria and Lebanon" (a comma only
# in a list of states' names that goes on: "At talks in Lima, Chile, Peru and Bolivia
# said" lists the speakers after a city, "At talks in London, Peru said" nothing).
_LISTED_AFTER = frozenset({" and ", ", and ", " or "})


def _not_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less places (``places.is_place``), and less the states listed right
    after a state named as a place ("territory in Iraq and Syria": both are where)."""
    kept: list[Mention] = []
    place = False
    surnames = state_surnames(text, mentions)
    for index, mention in enumerate(mentions):
        listed = index > 0 and _listed_after(text, mentions, index)
        place = (listed and place) or is_place(text, mention)
        if (
            place
            or _a_given_name(text, mention)
            or _ENDS_A_SCHOOL.search(text, max(0, mention.start - 12), mention.start)
        ):
            continue
        if not surnames or not borne_by_a_person(text, mention, surnames):
            kept.append(mention)
    return kept


# A school named with its city: "King's College London", "University College Dublin".
_ENDS_A_SCHOOL = re.compile(r"\b(?:College|University|School|Institute)\s+\Z")


# A title for a person, right before a name ("Mayor London Breed", "Rep. Victoria Ruiz").
_PERSONAL_TITLE = re.compile(
    r"\b(?:Mayor|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Judge|Justice|"
    r"Councilman|Councilwoman|Councillor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+\Z"
)
_SURNAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _a_given_name(text: str, mention: Mention) -> bool:
    """Whether a one-word state or capital is someone's given name: after a personal title
    and before a surname ("Mayor London Breed" is no British agent)."""
    return (
        mention.kind in NAMES_OR_SEATS
        and " " not in mention.text
        and _PERSONAL_TITLE.search(text, max(0, mention.start - 16), mention.start) is not None
        and _SURNAME_AFTER.match(text, mention.end) is not None
    )


def _listed_after(text: str, mentions: list[Mention], index: int) -> bool:
    """Whether state name ``mentions[index]`` is listed right after the one before it."""
    previous, mention = mentions[index - 1], mentions[index]
    if mention.kind not in NAMES_OR_SEATS:
        return False  # "in Lima and Chilean President ...": an adjective
    gap = text[previous.end : mention.start]
    if gap in _LISTED_AFTER:
        return True
    later = mentions[index + 1 : index + 2]
    return (
        gap == ", "
        and previous.kind == "name"
        and bool(later)
        and text[mention.end : later[0].start] in (", ", *_LISTED_AFTER)
    )


def find_actors(
    text: str,
    *,
    context: str | None = None,
    year: int | None = None,
    month: int | None = None,
) -> list[ActorMention]:
    """Every actor mentioned in ``text``, left to right, surnames resolved to full names.

    Places are left out: a state or capital after "in", "at" or "from", or in a dateline.
    People the people gazetteer knows take the state they stood for around ``year``, or
    in an undated text, in the years of the people it names ("Shultz": 1982-1989).
    """
    states = _not_places(text, gazetteer().find(text, context=context or text))
    states = without_described(text, sorted(states + _collectives(text), key=BY_START))
    named = {code for state in states for code in state.codes}
    names, found = first_named(text, people_gazetteer().find(text))
    titled = sorted(titled_people(text, states) + appositive_people(text, states), key=BY_START)
    namesakes = find_namesakes(text, names, found, states) if found else frozenset()
    names = tuple(name for name in names if name.form not in namesakes)
    # An undated text is dated by the people it names, for the names that need a date.
    when = (year, year) if year is not None else people_gazetteer().era(names)
    home = dateline_capital(text)
    people = without_office(
        text, known_people(text, titled, when, named, names, namesakes, home), year, month
    )
    # Before surnames are gathered: "Santos Alvite" later is the headline state's minister.
    people = ministers_of_the_headline(text, people, states, home.actor if home else None)
    by_surname: dict[str, Actor] = {}
    # The fullest mention of a surname with a state stands for every other mention of it.
    for person in sorted(people, key=lambda p: -len(p.actor.name.split())):
        if person.actor.country:
            by_surname.setdefault(family_name(person.actor.name, person.code), person.actor)
    # A person named once without a state takes the state of a fuller mention elsewhere.
    for index, person in enumerate(people):
        fuller = by_surname.get(family_name(person.actor.name, person.code))
        if person.actor.country is None and fuller is not None:
            people[index] = person._replace(actor=fuller, code=fuller.country)
    covered = bytearray(len(text) + 1)
    for person in people:
        covered[person.start : person.end] = b"\x01" * (person.end - person.start)
    mentions = list(people)
    for surname, actor in by_surname.items():
        # Written family name first ("Kim Jong Un"), another bearer named since ("Kim
        # Jee-hyun") is whom "Kim" means until the person's full name comes again.
        family_first = actor.name.startswith(surname + " ")
        other_bearer = False
        for start in word_starts(text, surname, joins_before="-", joins_after="-"):
            end = start + len(surname)
            if family_first:
                if text.startswith(actor.name, start):
                    other_bearer = False
                elif before_another_name(text, end, actor.name):
                    other_bearer = True
            # "Air Deccan" after "India's Deccan": another's name, not that person's.
            if not (
                covered[start]
                or other_bearer
                or after_another_name(text, start, actor.name)
                or a_month_s_date(text, start, end)
            ):
                mentions.append(ActorMention(start, end, actor, "person", actor.country))
                covered[start:end] = b"\x01" * len(surname)
    # One actor object per distinct state mention in this text, not one per occurrence.
    actors: dict[tuple[str, tuple[str, ...], str], list[Actor]] = {}
    for state in states:
        if covered[state.start]:
            continue
        key = (state.text, state.codes, state.kind)
        built = actors.get(key)
        if built is None:
            built = actors[key] = _state_actors(state)
        for actor in built:
            mentions.append(ActorMention(state.start, state.end, actor, state.kind, actor.country))
    mentions.sort(key=BY_START)
    return by_head_word(text, by_initials(text, _with_abbreviations(text, mentions)))


def _with_abbreviations(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with a body's abbreviation in brackets after its name made one with it
    ("the European Union (EU) and Japan" lists two actors, as without the brackets)."""
    merged: list[ActorMention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.code == mention.code
            and last.kind != "person"
            and text[last.end : mention.start] in ("(", " (")
            and text.startswith(")", mention.end)
        ):
            merged[-1] = last._replace(end=mention.end + 1)
            continue
        merged.append(mention)
    return merged
