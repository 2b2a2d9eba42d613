"""State and body names that describe someone rather than name an actor, for ``actors``:
an envoy's brief ("U.N. Syria envoy"), one member of a body ("NATO member Turkey", "the
OPEC nation"), and Americans of an origin ("an Iranian-American businessman"), or another
state's people of one ("Greek Cypriots" are Cypriots).
"""

from __future__ import annotations

import re

from ...text.gazetteer import Mention, gazetteer

__all__ = ["without_described"]


def without_described(text: str, states: list[Mention]) -> list[Mention]:
    """``states`` (in order) less the names that describe rather than act."""
    return _without_name_parts(
        text,
        _without_members(
            text,
            _of_an_origin(
                text,
                _without_hyphenated_americans(
                    text, _without_others_seats(text, _without_portfolios(text, states))
                ),
            ),
        ),
    )


def _without_others_seats(text: str, states: list[Mention]) -> list[Mention]:
    """``states`` less a seat of one state right after another's adjective ("the German
    Foreign Office" is Germany's, not the British one's), and less a seat that names a
    political party ("the Congress Party" is India's, no seat of the U.S. government)."""
    return [
        m
        for i, m in enumerate(states)
        if not (
            i
            and m.kind == "seat"
            and states[i - 1].kind == "adjective"
            and text[states[i - 1].end : m.start] == " "
            and not set(states[i - 1].codes) & set(m.codes)
        )
        and not (m.kind == "seat" and text.startswith((" Party", " party"), m.end))
    ]


# "U.N. Syria envoy", "U.S. North Korea negotiator": a state's name between an actor and
# such an office is the envoy's brief, not whom the envoy speaks for.
_BRIEF_OFFICE = re.compile(r"\s+(?:special\s+)?(?:envoy|negotiator|mediator|coordinator)\b")


def _without_portfolios(text: str, states: list[Mention]) -> list[Mention]:
    """``states`` less the names that are an envoy's brief ("U.N. Syria envoy"), or a
    post's after someone's possessive ("the bloc's China delegation")."""
    return [
        m
        for i, m in enumerate(states)
        if not (
            m.kind == "name"
            and (
                (
                    i
                    and text[states[i - 1].end : m.start] == " "
                    and _BRIEF_OFFICE.match(text, m.end)
                )
                or (
                    _POSSESSIVE_BEFORE.search(text, max(0, m.start - 4), m.start)
                    and _POST.match(text, m.end)
                )
            )
        )
    ]


# Someone's post in a state: "the bloc's China delegation", "Britain's Iran envoy".
_POSSESSIVE_BEFORE = re.compile(r"\w(?:'s|\u2019s)\s\Z")
_POST = re.compile(r"\s+(?:special\s+)?(?:envoy|delegation|mission|representative|office)\b")


# "NATO member Turkey", "the OPEC nation", "an EU member state": one state of a body, not
# the body (its members together, "EU member states", are the body).
_ONE_MEMBER = re.compile(
    r"\s+(?:member|nation|country|state|ally|partner)\b(?!\s+(?:states|countries|nations)\b)"
)


def _without_members(text: str, states: list[Mention]) -> list[Mention]:
    """``states`` less the bodies named as the kind of one state ("NATO member Turkey")."""
    return [m for m in states if not (m.kind == "igo" and _ONE_MEMBER.match(text, m.end))]


# "an Iranian-American businessman", "African American voters": Americans of an origin,
# no act of either state ("Russian-American relations" are both states').
_ORIGIN_BEFORE = re.compile(r"\b(?:African|Asian|Arab|Hispanic|Native)[- ]\Z")
_AMERICANS_AFTER = re.compile(r"[- ]Americans\b")
_BILATERAL_AFTER = re.compile(
    r"s?\s+(?:relations|ties|talks|summit|summits|agreement|accord|treaty|trade|border|war|"
    r"alliance|cooperation|dialogue|partnership|deal|negotiations|meeting|rivalry|friendship|"
    r"commission|joint)\b"
)


def _without_hyphenated_americans(text: str, states: list[Mention]) -> list[Mention]:
    """``states`` less "American" after an origin ("Iranian-American", "Arab American"),
    and less that origin's own mention, unless two states' relations follow."""
    dropped: set[int] = set()
    for i, m in enumerate(states):
        if m.kind == "adjective" and _AMERICANS_AFTER.match(text, m.end):
            dropped.add(i)  # "Iranian-Americans were charged"
        if m.text != "American" or _BILATERAL_AFTER.match(text, m.end):
            continue
        origin = i > 0 and states[i - 1].kind == "adjective" and states[i - 1].end == m.start - 1
        if origin and text[m.start - 1] in "- ":
            dropped.update((i - 1, i))
        elif _ORIGIN_BEFORE.search(text, max(0, m.start - 10), m.start):
            dropped.add(i)
    return [m for i, m in enumerate(states) if i not in dropped]


# The people of a state, capitalised, right after a space: "Greek | Cypriots" (not the
# first part of a compound: "US Indo-Pacific Command").
_PEOPLE_AFTER = re.compile(r" ([A-Z][a-z]+?)(s?)\b(?!-)")


def _of_an_origin(text: str, states: list[Mention]) -> list[Mention]:
    """``states`` with a state's adjective right before another state's people or adjective
    ("Greek Cypriots", "Turkish Cypriot leader") made that other state's mention: a people
    of that origin, who live in the other state (not "Greek Turkish relations": both)."""
    terms = gazetteer().terms
    found: list[Mention] = []
    for m in states:
        after = _PEOPLE_AFTER.match(text, m.end) if m.kind == "adjective" else None
        term = terms.get(after.group(1)) if after is not None else None
        if (
            after is None
            or term is None
            or term[1] != "adjective"
            or set(term[0]) & set(m.codes)
            or _BILATERAL_AFTER.match(text, after.end())
        ):
            found.append(m)
            continue
        if after.group(2):  # "Cypriots": no mention of the gazetteer's; made here
            found.append(
                Mention(after.start(1), after.end(), after.group(0)[1:], term[0], "adjective")
            )
    return found


# A capitalised word joined to a state's name by a hyphen: "France-Massin", "Georgia-Pacific".
_HYPHEN_WORD = re.compile(r"-[A-Z][a-z]+")


def _without_name_parts(text: str, states: list[Mention]) -> list[Mention]:
    """``states`` less a state's name that is part of a hyphenated name with a word that
    names no actor ("Deborah France-Massin", "Georgia-Pacific"; not "Russia-Ukraine", nor
    "Israel-Hezbollah", whose second part is an actor too)."""
    starts = {m.start for m in states}
    return [
        m
        for m in states
        if not (
            m.kind in ("name", "seat")
            and _HYPHEN_WORD.match(text, m.end)
            and m.end + 1 not in starts
        )
    ]
