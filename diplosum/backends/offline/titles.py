"""Titled people in running text: a capitalised name run right after an office ("Foreign
Minister Taro Kono", "U.S. Deputy Secretary of State John Sullivan") or after a state's
possessive ("Iran's Zarif", one known or named in full elsewhere, not "Taiwan's Foxconn");
the state is the one named in the title or the possessive. (People named before an
appositive giving their office, "Michael Jopling, British minister of agriculture,", are
``appositive_people``'.) How far a name runs is ``name_runs``'. A minister's office in
small letters opens a title too ("acting prime minister Ana Soto").
"""

from __future__ import annotations

import functools
import re

from ...models import Actor
from ...text.gazetteer import Mention, gazetteer
from ...text.matching import is_word_char, trie_pattern
from .envoys import posted_to_a_body
from .mention import ActorMention
from .name_runs import Tokens, appositive_run, name_run
from .title_states import (
    a_national_named,
    named_as_person,
    posted_to,
    states_of_title,
    title_code,
)

__all__ = [
    "COURTESY",
    "OFFICES_AFTER",
    "OFFICE_AFTER",
    "POSSESSIVE",
    "office_start",
    "titled_people",
]


POSSESSIVE = ("'s", "\u2019s")
# Titles of courtesy, which name no office ("Mr Blair", "Dr Soto").
COURTESY = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# After a state's adjective, an office held by one person: "the Russian foreign minister",
# "British minister of agriculture".
_OFFICE_AFTER = (
    r"\s+(?:(?:foreign|prime|defen[cs]e|deputy|vice|chief|top|interior|trade|finance|"
    r"agriculture|economics?|economy|energy|oil|commerce|industry|industries|justice|labou?r|"
    r"environment|information|state|"
    # "Guinean natural resources minister", "British home secretary"
    r"mines|mining|fisheries|health|education|transport|tourism|planning|petroleum|culture|"
    r"communications|development|immigration|intelligence|natural\s+resources|resources|"
    # "Malaysian primary industries minister"
    r"primary\s+industries|"
    r"home|external\s+affairs|"
    # "a Chilean consumer affairs minister", "a Peruvian sports minister"
    r"corporate\s+affairs|consumer\s+affairs|sports?|science|technology|telecommunications|"
    r"housing|welfare|aviation|shipping|forestry|budget)\s+)*(?:minister|president|premier|chancellor|leader|envoy|"
    r"ambassador|secretary|king|emir|spokesman|spokeswoman|spokesperson|delegate|negotiator|"
    # "Canada's deputy chief of delegation", "the Chilean head of the delegation"
    r"representative|(?:head|chief)\s+of\s+(?:the\s+|its\s+)?delegation)"
)
OFFICE_AFTER = re.compile(_OFFICE_AFTER + r"\b", re.IGNORECASE)
# The same held by several: "the Chilean and Peruvian foreign ministers".
OFFICES_AFTER = re.compile(_OFFICE_AFTER + r"s\b", re.IGNORECASE)


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
    # A title and a name fit in a short window, tokenised only as far as needed.
    tokens = Tokens(text, opener, min(len(text), opener + 240))
    index, host = _past_office(tokens, states)
    opening = tokens.get(index)
    if index and opening is not None and _heading_past(opening, gz.office_words):
        # "ISLAMIC STATE" as a heading, then "Trump said"; a headline's "says Chinese
        # ambassador", then a caption's "Prime Minister Ana Soto (L)": no title of theirs.
        return None, opener + 1
    end = name_run(tokens, index)
    if end == index:
        index, end = appositive_run(tokens, index, gz.office_words, posted=host is not None)
    if end == index:
        return None, opener + 1
    first, last = tokens.get(index), tokens.get(end - 1)
    assert first is not None and last is not None  # both were read by name_run
    name_start, name_end = first.start(1), last.end(1)
    name = text[name_start:name_end]
    if _no_one_named(tokens, end, name):
        return None, opener + 1
    # Less the possessive it opens or ends with ("Chile's Foreign Minister Ana Soto", "Iran's
    # Zarif"), not a letter of the title itself ("Ms Soto").
    title = _POSSESSIVE_EDGE.sub("", text[opener:name_start]).strip(" ,") or None
    if title and {w.lower() for w in title.split()} <= gz.portfolios | {"and", "&"}:
        return None, opener + 1  # "Petroleum Co", "Economic Cooperation": no office
    if title is None and not named_as_person(text, name):
        return None, opener + 1  # "Taiwan's Foxconn", "Russia's Gazprom": no person
    title_states = states_of_title(text, opener, (name_start, name_end), states, state_ends, host)
    title_states = posted_to_a_body(text, title, title_states, states)
    code = title_code(title_states[-1], name) if title_states else None
    if title is None and title_states and a_national_named(name, title_states[-1]):
        code = None  # "Australia's Ana Soto won gold": a national, no state's voice
    if title and not _ACADEMIC.isdisjoint(title.lower().rstrip(".").split()):
        code = None  # "Chilean Professor Ana Soto of Lima University": a scholar's own words
    actor = Actor(name=name.rstrip("."), kind="person", title=title, country=code)
    return ActorMention(name_start, name_end, actor, "person", code), name_end


def _past_office(tokens: Tokens, states: list[Mention]) -> tuple[int, Mention | None]:
    """The index of the first token past the office that opens ``tokens`` ("Secretary of
    State", "Energy and Mines Minister", "Chile's Foreign Minister"), and the state an
    envoy is posted to ("U.S. Ambassador to GATT"), if any."""
    gz = gazetteer()
    office_words, terms = gz.office_words, gz.terms
    index = 0
    host: Mention | None = None
    while (token := tokens.get(index)) is not None:
        if index and "\n" in token.group(0) and _heads_office(tokens.get(index - 1)):
            break  # a second office on the next line (see ``_person_at``)
        word = token.group(1)
        lowered = word.lower().rstrip(".")
        following = tokens.get(index + 1)
        if lowered == "to" and index and host is None:
            posted = posted_to(tokens, index, states)
            if posted is not None:
                # "Peruvian Ambassador to the WTO Ana Soto": the post, then the name.
                index, host = posted
                continue
        if (
            lowered in ("and", "&")
            and following is not None
            and following.group(1).lower() in office_words
        ):
            index += 1  # "Energy and Mines Minister", "Trade and Industry Secretary"
            continue
        if index and word in _NEWLY:
            # "China's new ambassador", "Peru's newly appointed envoy": how recently the
            # office was taken is part of the title (in small letters: "New Zealand").
            index += 2 if word == "newly" and _participle(following) else 1
            continue
        if not (
            lowered in office_words
            # "Foreign Ministry spokesman Ana Rios": the office's ministry (not
            # "Ministry of Trade", nor a ministry before a name).
            or (
                lowered == "ministry"
                and following is not None
                and following.group(1).lower() in _SPOKESPEOPLE
            )
            # "NATO Foreign Ministers": a plural office names no one after it.
            or lowered.removesuffix("s") in office_words
            or word in POSSESSIVE
            or terms.get(word, ((), ""))[1] == "adjective"
        ):
            break
        index += 1
    return index, host


#: The words an office ends with: past one, at a line break, a new office opens a new
#: line ("... says Chinese ambassador", then "Prime Minister Ana Soto (L) greets ...").
_OFFICE_HEADS = (
    frozenset({"ambassador", "minister", "president", "premier", "chancellor", "envoy"})
    | _SPOKESPEOPLE
)


def _heads_office(token: re.Match[str] | None) -> bool:
    return token is not None and token.group(1).lower() in _OFFICE_HEADS


def _heading_past(opening: re.Match[str], office_words: frozenset[str]) -> bool:
    """Whether the token after an office, ``opening``, is on another line than the office:
    past a blank line, or past a line break as a second office."""
    space = opening.group(0)
    return "\n\n" in space or ("\n" in space and opening.group(1).lower() in office_words)


_NEWLY = frozenset({"new", "newly", "incoming", "outgoing"})


def _participle(token: re.Match[str] | None) -> bool:
    return token is not None and token.group(1).endswith("ed")


def _no_one_named(tokens: Tokens, end: int, name: str) -> bool:
    """Whether ``name``, its tokens ending at ``end``, names no person: a state's or an
    institution's name, a headline's words, what heads a place or an institution, a
    company."""
    gz = gazetteer()
    if name in gz.terms or not gz.institutions.isdisjoint(name.lower().split()):
        return True
    if any(gz.terms.get(word, ((), ""))[1] == "adjective" for word in name.split()):
        return True  # "Minister Meets Swiss Officials": a headline, no name
    # "Japan's Okinawa island", "Iran's Mehr news agency": a name that heads a place or
    # an institution is no person's.
    after = tokens.get(end)
    if after is not None and after.group(1) in gz.institutions:
        return True
    # "Peru's Andes and Pacific Plc", "Japan's Toyota Motor Corp": a company
    return _names_a_company(tokens, end) or not _COMPANY_ENDS.isdisjoint(
        word.rstrip(".") for word in name.split()
    )


# Titles of scholars, who speak for no state whatever the state before or after them.
_ACADEMIC = frozenset({"professor", "prof"})

_POSSESSIVE_EDGE = re.compile(r"\A\s*['\u2019]s\b|['\u2019]s?\s*\Z")


_COMPANY_ENDS = frozenset(
    {"Plc", "PLC", "Ltd", "Inc", "Corp", "Co", "AG", "SA", "NV", "GmbH", "Bhd", "Pty"}
    | {"Limited", "Corporation", "Company", "Holdings", "Group"}
    # A trade's name ends a firm's, never a family's: "Germany's Rocket Internet".
    | {"Internet", "Telecom", "Airlines", "Airways", "Motors", "Energy", "Petroleum", "Oil"}
    | {"Steel", "Electric", "Electronics", "Industries", "Systems", "Technologies"}
    | {"Pharmaceuticals", "Chemicals", "Mining", "Foods", "Insurance"}
)


def _names_a_company(tokens: Tokens, end: int) -> bool:
    """Whether a company's ending follows the name ending at token ``end``, past a few
    capitalised words and "and" ("Andes and Pacific Plc", "Toshiba Corp")."""
    for index in range(end, end + 4):
        token = tokens.get(index)
        if token is None:
            return False
        word = token.group(1).rstrip(".")
        if word in _COMPANY_ENDS:
            return True
        if word not in ("and", "&") and not word[:1].isupper():
            return False
    return False


def titled_people(text: str, states: list[Mention]) -> list[ActorMention]:
    """People named after an office ("Foreign Minister Taro Kono") or a state's possessive
    ("Iran's Zarif"), with the state their title names. ``states`` do not overlap and are
    in order."""
    # Only places that can open a title are looked at: the possessive after a state, an
    # office after a state's adjective, and capitalised office words.
    opening = {m.end for m in states if text[m.end : m.end + 2] in POSSESSIVE}
    # "Russian energy minister Viktor Khristenko", "ADB president Ana Soto": an office in
    # small letters after a state's adjective or a body's name.
    opening |= {
        m.end for m in states if m.kind in ("adjective", "igo") and _office_after(text, m.end)
    }
    # "..., acting prime minister Ana Soto said": a minister's office in small letters,
    # with no state before it, right before a capitalised name.
    opening |= {match.start() for match in _SMALL_MINISTER.finditer(text)}
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


# A minister's office in small letters before a capitalised name (not "the trade
# minister's": a name must follow).
_SMALL_MINISTER = re.compile(
    r"(?<![\w'\u2019])(?:(?:acting|deputy)\s+)?(?:(?:prime|foreign|finance|trade|defen[cs]e|"
    r"interior|economy|economics|agriculture|farm|energy|oil|justice|home|health)\s+)+"
    r"minister(?=\s+[A-Z][a-z])"
)


def _office_after(text: str, end: int) -> bool:
    """Whether an office follows a state's adjective ending at ``end``, on its line (a
    line break there ends a paragraph: "... with the U.S.\n    Vice Minister Wang")."""
    office = OFFICE_AFTER.match(text, end)
    return office is not None and "\n" not in text[end : office.end()]


def office_start(text: str, person: ActorMention) -> int:
    """Where the office written right before ``person`` starts ("told | President |
    Humala", from the title the mention carries), else where the person does."""
    title = person.actor.title
    before = text[: person.start].rstrip()
    if person.kind == "person" and title and before.endswith(title):
        return len(before) - len(title)
    return person.start
