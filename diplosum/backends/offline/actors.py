"""Actor mentions in running text, for the offline extractor: states, bodies and people.

- States and bodies come from the gazetteer (names, adjectives, seats, abbreviations).
- People are capitalised name runs right after an office ("Foreign Minister Taro Kono",
  "U.S. Deputy Secretary of State John Sullivan") or after a state's possessive ("Iran's
  Zarif"). The state is the one named in the title or the possessive.
- A surname met later ("Sullivan", "Kono") is resolved back to the full mention.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from typing import NamedTuple

from ...models import Actor
from ...text.gazetteer import Mention, gazetteer
from ...text.matching import is_word_char, trie_pattern, word_starts
from ...text.people import NameMention, Years
from ...text.people import people as people_gazetteer

__all__ = [
    "ActorMention",
    "find_actors",
    "place_at",
]

# A token is group 1. The whitespace before it is part of the match: a search that skips
# it instead tries every alternative at each space, twice the cost of the whole match.
_TOKEN = re.compile(
    r"\s*("
    r"[A-Z](?:"
    r"(?:\.[A-Z])+\.?"  # U.S., U.N.
    r"|\.(?=\s+[A-Z])"  # an initial: John F. Kennedy
    r"|[\w-]*)"  # a capitalised word
    r"|[a-z][\w-]*"  # a lower-case word; "al-Assad" too
    r"|['\u2019]s\b|\S)"
)
_NAME_PART = re.compile(
    r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.|(?:al|el|bin|ben|abu)-[A-Z][a-z]+"
)
_JOINERS = frozenset({"al", "bin", "van", "von", "de", "da", "del", "di", "la", "le", "el"})
_NOT_NAMES = frozenset(
    {
        *("The", "A", "An", "On", "In", "At", "He", "She", "It", "They", "But"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    }
)
_POSSESSIVE = ("'s", "\u2019s")
_START = operator.itemgetter(0)  # a mention's start


class ActorMention(NamedTuple):
    """An actor at ``start:end`` of the text searched.

    A named tuple, not a dataclass: an article has dozens and they are made in a hot loop.
    """

    start: int
    end: int
    actor: Actor
    #: How the text names it: "person", or the gazetteer's "name", "adjective", "seat", "igo".
    kind: str
    #: ``actor.country``, kept beside it: the rules read it hundreds of times an article.
    code: str | None


def place_at(text: str, start: int) -> ActorMention | None:
    """The state named as a place at ``start`` ("in Kampala", which ``find_actors`` leaves
    out), by its name or its capital; ``None`` if no single state is named there."""
    for mention in gazetteer().find(text[start : start + 40]):
        if mention.start == 0 and mention.kind in _NAMES_OR_SEATS and len(mention.codes) == 1:
            actor = _state_actors(mention)[0]
            return ActorMention(start, start + mention.end, actor, mention.kind, actor.country)
    return None


def _state_actors(mention: Mention) -> list[Actor]:
    """One actor per code: "the two Koreas" is both KOR (South Korea) and PRK (North Korea)."""
    kind = "organization" if mention.kind == "igo" else "state"
    if len(mention.codes) == 1:
        return [Actor(name=mention.text, kind=kind, country=mention.codes[0])]
    names = gazetteer().primary_names
    return [Actor(name=names.get(code, code), kind=kind, country=code) for code in mention.codes]


class _Tokens:
    """The tokens of a window of text, read only as far as they are looked at."""

    __slots__ = ("_iterator", "_read")

    def __init__(self, text: str, start: int, stop: int) -> None:
        self._iterator = _TOKEN.finditer(text, start, stop)
        self._read: list[re.Match[str]] = []

    def get(self, index: int) -> re.Match[str] | None:
        read = self._read
        while len(read) <= index:
            token = next(self._iterator, None)
            if token is None:
                return None
            read.append(token)
        return read[index]


def _name_run(tokens: _Tokens, index: int) -> int:
    """Index one past the last token of the capitalised name starting at ``index``."""
    end = index
    while (token := tokens.get(end)) is not None:
        text = token.group(1)
        # A name part opens with a capital, or is "al-Assad" and the like (with a hyphen).
        maybe_name = text[0].isupper() or "-" in text
        is_name = maybe_name and _NAME_PART.fullmatch(text) is not None and text not in _NOT_NAMES
        if not is_name and not (
            text.lower() in _JOINERS and end > index and tokens.get(end + 1) is not None
        ):
            break
        end += 1
    return end


@functools.cache
def _office_scanner() -> re.Pattern[str]:
    words = [w for w in gazetteer().office_words if w]
    capitalised = [w[0].upper() + w[1:] for w in words] + [w.upper() for w in words]
    # The left boundary is checked in ``_people``: a leading lookbehind would stop the regex
    # engine from skipping ahead to the next possible first letter.
    return re.compile(rf"(?:{trie_pattern(capitalised)})\.?(?![\w'])")


def _person_at(
    text: str, opener: int, states: list[Mention], state_ends: list[int]
) -> tuple[ActorMention | None, int]:
    """The person whose title opens at ``opener``, and where scanning may resume.

    ``states`` do not overlap and are in order, so ``state_ends`` (their ends) is sorted.
    """
    gz = gazetteer()
    office_words, terms = gz.office_words, gz.terms
    # A title and a name fit in a short window, tokenised only as far as needed.
    tokens = _Tokens(text, opener, min(len(text), opener + 240))
    index = 0
    # Skip the rest of the office ("Secretary of State") to reach the name.
    while (token := tokens.get(index)) is not None:
        word = token.group(1)
        if not (
            word.lower().rstrip(".") in office_words
            or word in _POSSESSIVE
            or terms.get(word, ((), ""))[1] == "adjective"
        ):
            break
        index += 1
    end = _name_run(tokens, index)
    if end == index:
        return None, opener + 1
    first, last = tokens.get(index), tokens.get(end - 1)
    assert first is not None and last is not None  # both were read by _name_run
    name_start, name_end = first.start(1), last.end(1)
    name = text[name_start:name_end]
    if name in gz.terms or not gz.institutions.isdisjoint(name.lower().split()):
        return None, opener + 1
    # The state is named inside the title or right before it ("U.S. Deputy Secretary").
    title_states = []
    for mention in states[bisect.bisect_left(state_ends, opener - 3) :]:
        if mention.start >= name_start:
            break
        if mention.end > opener or not text[mention.end : opener].strip():
            title_states.append(mention)
    title = text[opener:name_start].strip(" ,'\u2019s") or None
    code = title_states[-1].codes[0] if title_states else None
    if code is None and title:
        code = next((c for t, c in gz.title_states.items() if title.endswith(t)), None)
    actor = Actor(name=name.rstrip("."), kind="person", title=title, country=code)
    return ActorMention(name_start, name_end, actor, "person", code), name_end


def _people(text: str, states: list[Mention]) -> list[ActorMention]:
    # Only places that can open a title are looked at: the possessive after a state and
    # capitalised office words.
    opening = {m.end for m in states if text[m.end : m.end + 2] in _POSSESSIVE}
    for match in _office_scanner().finditer(text):
        start = match.start()
        if not start or not (is_word_char(text[start - 1]) or text[start - 1] == "'"):
            opening.add(start)
    openers = sorted(opening)
    state_ends = [m.end for m in states]
    found: list[ActorMention] = []
    resume = 0
    for opener in openers:
        if opener < resume:
            continue
        person, resume = _person_at(text, opener, states, state_ends)
        if person is not None:
            found.append(person)
    return found


# "talks in Geneva", "living in Switzerland": a place, not a party; so is a dateline's
# "FINSTADJORDET, Norway".


# "American Medical International Inc": part of a company's name, not a state.
_COMPANY = re.compile(
    r"(?:\s+[A-Z][\w&.'-]*){0,4}\s+(?:Inc|Corp|Corporation|Co|Ltd|Group|Bank|Airlines?|"
    r"Motors|Holdings|plc|PLC|SA|AG|LLC|Company)\b"
)


# Right before a place: "in ", "at the ", "from "; and a dateline's "OSLO, ".
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|from|near|inside|outside|across|throughout)\s+(?:the\s+)?\Z"
)
# "counterparts from Peru", "delegates from 40 countries including Chile": people who
# come for their state, not a place they travelled from; "condemnation from France": a
# reaction whose source is the state.
_PARTY_FROM = re.compile(
    r"\b(?:counterparts?|delegates?|delegations?|officials?|ministers?|leaders?|envoys?|"
    r"representatives?|diplomats?|negotiators?|ambassadors?|condemnation|criticism|protests?|objections?|"
    r"suspicion|outcry|rebuke|anger|opposition|concerns?|warnings?|complaints?|support|"
    r"backing|praise|calls|pressure|demands?|"
    # "banned imports from Iran": the goods' state, which a measure may target.
    r"imports|exports|shipments|goods|products)\s+from\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .'-]+,\s*")
_NAMES_OR_SEATS = frozenset({"name", "seat"})
# The word before a place ends with one of these (the pattern above needs it): a word that
# does not rules the pattern out with one string test.
_PLACE_WORD_ENDS = ("the", "in", "at", "from", "near", "inside", "outside", "across", "throughout")


def _is_place(text: str, mention: Mention) -> bool:
    start, end = mention.start, mention.end
    if mention.kind in _NAMES_OR_SEATS:
        # Checked per mention on a short window: far cheaper than scanning the whole text.
        before = text[start - 20 if start > 20 else 0 : start]
        body = before.rstrip()
        # Cheap tests first: a preposition needs a space and a word that ends like one before
        # the mention; a dateline, a comma (or only spaces in the window).
        if (
            len(body) < len(before)
            and body.endswith(_PLACE_WORD_ENDS)
            and _PREPOSITION_BEFORE.search(text, start - len(before), start)
            and not _PARTY_FROM.search(text, max(0, start - 40), start)
        ):
            return True
        if body.endswith(",") or not body:
            line_start = text.rfind("\n", 0, start) + 1
            if _DATELINE_BEFORE.fullmatch(text, line_start, start):
                return True
    # A company name goes on with a capitalised word or "plc": most mentions do not.
    if not text[end : end + 1].isspace():
        return False
    rest = text[end : end + 80].lstrip()
    if not (rest[:1].isupper() or rest.startswith("plc")):
        return False
    return _COMPANY.match(text, end, end + 80) is not None


def _known_people(
    text: str,
    titled: list[ActorMention],
    when: Years | None,
    named: set[str],
    names: tuple[NameMention, ...],
) -> list[ActorMention]:
    """People the people gazetteer knows ("Lavrov", "Xi Jinping"), outside titled
    mentions, with the state or body they stood for ``when``; and titled people
    with no state in their title given theirs ("President Xi Jinping"). A name that
    stood for several ("Tusk": Poland, the EU) takes the one the text also names, if one."""
    known = people_gazetteer()

    def code_of(form: str) -> str | None:
        found = known.code(form, when)
        if found is None:
            codes = {holder.code for holder in known.holders(form, when)} & named
            found = codes.pop() if len(codes) == 1 else None
        return found

    found: list[ActorMention] = []
    for person in titled:
        if person.code is None:
            name = person.actor.name
            # "King Abdullah": a form that keeps its title.
            titled_form = f"{person.actor.title} {name}" if person.actor.title else name
            code = code_of(name) or code_of(titled_form) or code_of(name.split()[-1])
            update: dict[str, str] = {}
            if code is None and " " not in name:
                # "Mr Straw": a surname that is also a word, made a name by its title.
                holder = known.titled(name, when)
                if holder is not None:
                    code, update = holder.code, {"name": holder.name}
            if code is not None:
                actor = person.actor.model_copy(update={"country": code, **update})
                person = person._replace(actor=actor, code=code)
        found.append(person)
    taken = bytearray(len(text) + 1)
    for person in titled:
        taken[person.start : person.end] = b"\x01" * (person.end - person.start)
    actors: dict[str, Actor] = {}
    for mention in names:
        code = code_of(mention.form)
        if code is None or any(taken[mention.start : mention.end]):
            continue
        if mention.form not in actors:
            name = known.full_name(mention.form, when) or mention.form
            actors[mention.form] = Actor(name=name, kind="person", country=code)
        found.append(ActorMention(mention.start, mention.end, actors[mention.form], "person", code))
    return sorted(found, key=_START)


def find_actors(
    text: str, *, context: str | None = None, year: int | None = None
) -> list[ActorMention]:
    """Every actor mentioned in ``text``, left to right, surnames resolved to full names.

    Places are left out: a state or capital after "in", "at" or "from", or in a dateline.
    People the people gazetteer knows take the state they stood for around ``year``, or
    in an undated text, in the years of the people it names ("Shultz": 1982-1989).
    """
    states = [m for m in gazetteer().find(text, context=context or text) if not _is_place(text, m)]
    named = {code for state in states for code in state.codes}
    names = people_gazetteer().find(text)
    # An undated text is dated by the people it names, for the names that need a date.
    when = (year, year) if year is not None else people_gazetteer().era(names)
    people = _known_people(text, _people(text, states), when, named, names)
    by_surname: dict[str, Actor] = {}
    # The fullest mention of a surname with a state stands for every other mention of it.
    for person in sorted(people, key=lambda p: -len(p.actor.name.split())):
        if person.actor.country:
            by_surname.setdefault(person.actor.name.split()[-1], person.actor)
    # A person named once without a state takes the state of a fuller mention elsewhere.
    for index, person in enumerate(people):
        fuller = by_surname.get(person.actor.name.split()[-1])
        if person.actor.country is None and fuller is not None:
            people[index] = person._replace(actor=fuller, code=fuller.country)
    covered = bytearray(len(text) + 1)
    for person in people:
        covered[person.start : person.end] = b"\x01" * (person.end - person.start)
    mentions = list(people)
    for surname, actor in by_surname.items():
        for start in word_starts(text, surname, joins_before="-", joins_after="-"):
            if not covered[start]:
                end = start + len(surname)
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
    mentions.sort(key=_START)
    return mentions
