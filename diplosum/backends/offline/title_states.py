"""The state a title names, for ``titles``: the state or body named in an office or right
before it ("Chilean Deputy Minister", "President Ana Soto of Peru"), not where an envoy
is posted ("Ambassador to the United Nations"); the state of a shared adjective
("Congolese") by the person the people gazetteer knows; the state an office means alone
("Defense Secretary"); and whether a name after a state's possessive is a person's
("Iran's Zarif") and one of its officers rather than its people ("Chile's Luis Vega won
the race").
"""

from __future__ import annotations

import bisect
import re

from ...text.gazetteer import Mention, gazetteer
from ...text.people import people
from .name_runs import NOT_NAMES, Tokens

__all__ = [
    "a_national_named",
    "named_as_person",
    "posted_to",
    "states_of_title",
    "title_code",
    "title_state",
]


def states_of_title(
    text: str,
    opener: int,
    name: tuple[int, int],
    states: list[Mention],
    state_ends: list[int],
    host: Mention | None,
) -> list[Mention]:
    """The states named inside the title opening at ``opener`` or right before it ("Chilean
    Deputy Minister"), less where an envoy is posted (``host``); else one right after
    the name (``name``: its start and end) after "of"."""
    name_start, name_end = name
    title_states = []
    for mention in states[bisect.bisect_left(state_ends, opener - 3) :]:
        if mention.start >= name_start:
            break
        # "Ministry of Energy and Mines (MEM) Vice Minister": a state
        # (or its ministry) in brackets right before the office is the title's too.
        between = text[mention.end : opener]
        if mention is host:
            continue  # where an ambassador is posted, not whose
        if mention.end > opener or (not between.strip(" )") and "\n" not in between):
            title_states.append(mention)
    if not title_states and not _CHAIR_BEFORE.search(text, max(0, opener - 80), opener):
        # "President Ana Soto of Peru": the state right after the name (not where the
        # text has just named the body that person chairs, and speaks for).
        later = states[bisect.bisect_left(state_ends, name_end) :]
        if later and text[name_end : later[0].start] in (" of ", " of the "):
            title_states.append(later[0])
    return title_states


def a_national_named(name: str, state: Mention) -> bool:
    """Whether ``name``, in full after a state's possessive with no office ("Chile's Ana
    Soto"), is one of its people rather than its officer: one the people gazetteer does
    not know by name or surname. News names its athletes, business people and firms so
    ("Chile's Luis Vega won the race"), its leaders with their office or by a name the
    gazetteer holds ("Russia's Vladimir Putin"). A body's person is its officer ("the
    WHO's Ana Soto")."""
    if state.kind == "igo" or " " not in name:
        return False  # a one-word name is one known or named in full (``named_as_person``)
    return not people().holders(name) and not people().holders(name.split()[-1])


def posted_to(tokens: Tokens, index: int, states: list[Mention]) -> tuple[int, Mention] | None:
    """For "to" at token ``index`` right after an office one is posted with ("Ambassador
    to the United Nations"), the token after the state or body posted to, and that one."""
    office = tokens.get(index - 1)
    following = tokens.get(index + 1)
    posted = gazetteer().posted_offices
    if office is None or following is None or office.group(1).lower() not in posted:
        return None
    after = index + 1
    if following.group(1) == "the":
        after += 1
    first = tokens.get(after)
    if first is None:
        return None
    host = next((m for m in states if m.start == first.start(1)), None)
    if host is None:
        return None
    while (token := tokens.get(after)) is not None and token.start(1) < host.end:
        after += 1
    return after, host


def named_as_person(text: str, name: str) -> bool:
    """Whether a one-word ``name`` after a state's possessive alone is a person's: one the
    people gazetteer knows ("Iran's Zarif"), or one the article names with a given name or
    a title before it ("Ana Soto", "Mr Soto"). Most such words name a company, a place or
    a newspaper ("Taiwan's Foxconn", "Japan's Nikkei"); a longer name is left as it is."""
    if " " in name or people().holders(name):
        return True
    before = re.compile(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(name)}\b")
    return any(m.group(1) not in NOT_NAMES for m in before.finditer(text))


def title_code(mention: Mention, name: str) -> str:
    """The state of a title's adjective or name: of an adjective several states share
    ("Congolese": the DR Congo's and the Congo's), the one the people gazetteer knows the
    person for, else the adjective's own."""
    sharing = gazetteer().shared_adjectives.get(mention.text, frozenset())
    known = people().code(name) if sharing else None
    return known if known is not None and known in sharing else mention.codes[0]


# "the head of the talks committee, Ambassador Ana Soto of Peru": the body's voice.
_CHAIR_BEFORE = re.compile(
    r"\b(?:chairman|chairwoman|chairperson|chair|head)\s+of\s+the\s+[^,]{3,50},\s*\Z"
)


def title_state(title: str) -> str | None:
    """The state an office means when named without one ("Defense Secretary": the United
    States), if it means one."""
    return next((c for t, c in gazetteer().title_states.items() if title.endswith(t)), None)
