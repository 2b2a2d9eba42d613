"""Whether a state's name or adjective stands for an agent of the state, from the nouns
around it: "the Chinese government" acts for China, "a Palestinian woman", "Italian
banks", "EU firms" and "the Iraq war" do not, nor "Researchers at the | German Aerospace
Center", nor the object of "with" ("talks with | Peru to try to"). (The annotation guide
codes a group based in a state, "Syrian rebels", as the state: armed and political groups
act for it.)
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ...text.gazetteer import gazetteer
from ...text.people import people
from .agent_words import (
    AGENT_GROUPS,
    AGENT_HEADS,
    AGENT_TEAMS,
    BODY_OFFICERS,
    EVENTS,
    GROUPS,
    NOT_AGENTS,
    PRESS,
    STATE_OWNED,
    TEAMS,
    TIES,
    UNTIL_VERB,
)
from .mention import ActorMention
from .titles import OFFICE_AFTER

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = [
    "a_national",
    "an_office_held",
    "describes_other_than_agent",
    "formerly",
    "names_other_than_agent",
    "of_no_agent",
    "without_objects_of_with",
]

# The words after an adjective ("Palestinian woman", "U.S. defense officials"), among
# which ``agent_words`` finds those that make it describe something other than an agent
# of its state or of a group based there (the annotation guide codes "Syrian rebels" as
# SYR). (past a number's compound: "Peru's 12-bank steering group" is of banks)
_NEXT_WORDS = re.compile(r"\s+(?:\d+-)?((?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]*)")


# Another adjective coordinated with the first: "Chilean and Peruvian trade groups"
# share their head noun.
_AND_ADJECTIVE = re.compile(r"\s+(?:and|or)\s+(?:[A-Z][\w.-]*\s+){1,2}(?=[a-z])")


# Past an adjective of size, age or standing: "USA big man Anthony Davis", "Chinese young
# people".
_NOUN_AFTER = re.compile(
    r" (?:(?:big|small|young|old|ordinary|rich|poor|elderly|local)\s+)?([a-z][a-z-]*)\b"
)


# A body's office someone holds, named with their possessive: "his rotating EU presidency".
_HOLDER_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}\Z")
_HELD_OFFICE = re.compile(r"\s+(?:presidency|chairmanship|chairship|term|tenure|mandate)\b")


def an_office_held(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` names an office someone holds ("his rotating EU
    presidency"): the holder acts, not the body."""
    return (
        _HELD_OFFICE.match(text, end) is not None
        and _HOLDER_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def names_other_than_agent(text: str, end: int, *, body: bool = False) -> bool:
    """Whether a state's or body's name ending at ``end`` is used as an adjective of
    something other than its agent ("EU firms", "China banks"): the word right after it.
    A ``body``'s team is its mission ("an IMF team held talks"), not a side in a sport,
    and its prosecutor its officer ("ICC prosecutor Karim Khan")."""
    noun = _NOUN_AFTER.match(text, end)
    if noun is not None and body and noun.group(1) in BODY_OFFICERS:
        return False
    return noun is not None and (
        noun.group(1) in NOT_AGENTS
        or noun.group(1) in GROUPS
        or noun.group(1) in EVENTS
        or noun.group(1) in TIES
    )


# A noun that acts for no state, then a preposition, right before a name: "Researchers at
# the German Aerospace Center", "citizens of Switzerland". Not a bank or a team: "the
# central banks of Mexico and Peru", "a team of Nigerian officials" act for them; nor a
# word of a name ("Export-Import Bank of Japan").
_NOUN_AND_PREPOSITION = re.compile(
    r"\b([A-Za-z][a-z-]*)\s+(?:at|of|from|with|for|in)\s+(?:the\s+|a\s+|an\s+)?"
    # past a title: "Critics of President Ana Soto's government"
    r"(?:(?:President|Prime\s+Minister|King|Queen|Premier|Chancellor)\s+)?\Z"
)
_ACTING_FOR = frozenset({"bank", "banks"}) | TEAMS


def of_no_agent(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows a noun that acts for no state and a
    preposition ("Researchers at the | German Aerospace Center"): no subject of a verb."""
    noun = _NOUN_AND_PREPOSITION.search(text, max(0, start - 40), start)
    if noun is None:
        return False
    word = noun.group(1)
    if word[0].isupper() and text[: noun.start(1)].strip() not in ("", "The", "the"):
        return False  # a word of a name, not the sentence's opening noun
    return word.lower() in NOT_AGENTS and word.lower() not in _ACTING_FOR


# An adjective as a noun, a national: "an American detained in Russia", "a Briton who".
_A_NATIONAL = re.compile(r"\b(?:a|an|A|An)\s+\Z")
# An appositive of the adjective alone: ", an Australian,".
_SET_OFF_A = re.compile(r",\s+(?:a|an)\s+\Z")
_NATIONAL_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:who|detained|held|jailed|arrested|imprisoned|kidnapped|abducted|killed|"
    r"convicted|sentenced|accused|charged|living|working|studying)\b"
)


# One of a state's people in a plight, whatever follows: "a wounded Iraqi", "an unarmed
# Palestinian teenager", "a detained Chilean fisherman" (not "a senior U.S. official").
_A_PERSON_IN_PLIGHT = re.compile(
    r"\b(?:a|an|A|An)\s+(?:wounded|injured|unarmed|dead|elderly|missing|detained|jailed|"
    r"kidnapped|abducted|imprisoned)\s+\Z"
)


# A people's identity, said of its members: "identify as Syrian", "consider themselves
# Chilean", "see themselves as Peruvian".
_IDENTIFIED_AS = re.compile(
    r"\b(?:identif(?:y|ies|ied|ying)\s+as|(?:see|sees|saw|consider|considers|considered|"
    r"call|calls|called)\s+(?:themselves|himself|herself)(?:\s+as)?)\s+\Z"
)


def a_national(text: str, start: int, end: int) -> bool:
    """Whether the state's adjective at ``start:end`` names one of its people, a noun
    after "a" ("an American detained in Russia", "a Chilean who lives in Lima"), one in
    a plight ("a wounded Iraqi"), an appositive of the adjective alone ("Luis Vega, a
    Peruvian,"), or an identity ("identify as Syrian")."""
    if _A_PERSON_IN_PLIGHT.search(text, max(0, start - 16), start) is not None:
        return True
    if _IDENTIFIED_AS.search(text, max(0, start - 36), start) is not None:
        return True  # "residents there identify as Chilean": who they are, no agent
    if _SET_OFF_A.search(text, max(0, start - 6), start) and text.startswith(",", end):
        return True  # "Luis Vega, a Peruvian, said": who he is, not what he acts for
    return (
        _A_NATIONAL.search(text, max(0, start - 4), start) is not None
        and _NATIONAL_AFTER.match(text, end) is not None
    )


# "a former U.S. official", "former Soviet leader": one who no longer acts for the state.
_FORMER = re.compile(r"\b(?:[Ff]ormer\s+|[Ee]x-)\Z")
_FORMER_AFTER = re.compile(r"\s+(?:former\s|ex-)")


# "the former UN envoy for refugees and Irish president": a second office of the one
# person, joined by "and" under the same "former" (one office after the adjective, not
# "the former president and Chinese leaders", who are others).
_FORMER_PAIRED = re.compile(r"\b[Ff]ormer\s+(?:[\w.'-]+\s+){1,6}and\s+\Z")
_ONE_OFFICE = re.compile(
    r"\s+(?:president|prime\s+minister|premier|(?:foreign\s+|defen[cs]e\s+)?minister|"
    r"chancellor|leader|ambassador|envoy|king|queen)\b(?!-)"
)


def formerly(text: str, start: int, end: int) -> bool:
    """Whether the state's adjective at ``start:end`` follows "former" or "ex-", or names
    a second office of a former holder ("the former envoy and Irish president")."""
    if _FORMER.search(text, max(0, start - 8), start) is not None:
        return True
    return (
        _FORMER_PAIRED.search(text, max(0, start - 80), start) is not None
        and _ONE_OFFICE.match(text, end) is not None
    )


# A sporting event named after a state, its name capitalised: "the French Open", "the
# Spanish Grand Prix", "the African Cup of Nations" (not "the U.S. will open its market").
_SPORTING_EVENT = re.compile(
    r"\s+(?:Open|Grand\s+Prix|Cup|Championships?|League|Masters|Games|Derby|Marathon)\b"
)


# Two capitalised words right after an adjective: a person's name, or an office's or a
# body's ("Foreign Minister", "Trade Representative"), which the gazetteer knows.
# (with a word in small letters after them, a verb's: not "Internal Revenue Service",
# "Taoiseach Simon Harris", "Air Force official")
_TWO_NAMES = re.compile(
    r"\s+([A-Z][a-z]+)\s+([A-Z][a-z]+)(?=\s+(?!(?:of|for|and|official|officials|officer)\b)[a-z])"
)


# Words that end the name of an organ of state: "the US Postal Service said".
_ORGAN_ENDINGS = frozenset(
    {"service", "services", "force", "forces", "guard", "guards", "corps", "authority"}
    | {"administration", "police", "reserve", "board", "agency", "institute", "directorate"}
)


@functools.cache
def _no_personal_names() -> frozenset[str]:
    """Words, in small letters, that name an office or a body, never a person (the
    gazetteer's office words, which hold its portfolios, and its institutions)."""
    gz = gazetteer()
    return gz.office_words | gz.institutions | _ORGAN_ENDINGS


def _a_national_by_name(text: str, end: int) -> bool:
    """Whether a person's name follows the adjective ending at ``end`` with no office
    between ("South Korean Lee Sedol"): one of its nationals, unless the people
    gazetteer knows the name for an office."""
    named = _TWO_NAMES.match(text, end)
    if named is None:
        return False
    words = {named.group(1), named.group(2)}
    if not words.isdisjoint(gazetteer().terms):
        return False
    if not {word.lower() for word in words}.isdisjoint(_no_personal_names()):
        return False
    return not people().holders(f"{named.group(1)} {named.group(2)}")


_OWNED_BY_STATE = ("state-owned ", "state-run ", "government-owned ", "state-controlled ")


def describes_other_than_agent(text: str, end: int) -> bool:
    """Whether the words after a state's adjective ending at ``end`` make it describe
    something other than an agent of the state ("a Palestinian woman", "Italian banks",
    "Chilean and Peruvian trade groups")."""
    if _FORMER_AFTER.match(text, end):
        return True  # "Ukraine's former president": one who acts for it no more
    if _SPORTING_EVENT.match(text, end):
        return True  # "the Australian Open final": a tournament named after a state
    if OFFICE_AFTER.match(text, end):
        return False  # "Argentina's economy minister": an office, whatever its portfolio
    if _a_national_by_name(text, end):
        return True  # "South Korean Lee Sedol won": a national, named, holding no office
    coordinated = _AND_ADJECTIVE.match(text, end)
    if coordinated is not None:
        end = coordinated.end() - 1
    head = _NEXT_WORDS.match(text, end)
    if head is not None and head.group(1).lower().startswith(_OWNED_BY_STATE):
        # "Peruvian state-owned aircraft engine maker": the firm, read past the
        # ownership (but "state-owned media" speak for the state, ``PRESS``)
        owned = _NEXT_WORDS.match(text, text.index(" ", head.start(1)))
        if owned is not None and PRESS.isdisjoint(owned.group(1).lower().split()):
            head = owned
    if head is None:
        return False  # "an EU demand" with nothing after, or a name follows
    words = head.group(1).lower().split()
    more = _NEXT_WORDS.match(text, head.end()) if "and" in words[1:] else None
    if more is not None:
        # "Peruvian mining equipment and truck maker Andes": the head after the "and"
        words += more.group(1).lower().split()
    if words[0] in AGENT_HEADS:
        return False  # "the Chinese government suspended imports": what follows is its act
    if words[:2] in (["central", "bank"], ["central", "banks"]):
        return False  # "Ireland's central bank warned": the state's, as the Bank of Japan
    if words[0] in TIES:
        return True
    for index, word in enumerate(words):
        if word in GROUPS and (index == 0 or words[index - 1] not in AGENT_GROUPS):
            return True
        if word in PRESS and UNTIL_VERB.isdisjoint(words[:index]):
            # "French media reported": the press, not the state ("state media" speaks for
            # it; "the U.S. will press for" is a verb)
            return index == 0 or words[index - 1] not in STATE_OWNED
        if word in TEAMS and index and words[index - 1] in AGENT_TEAMS:
            return False  # "a Japanese trade team", "a U.S. Senate team": a delegation
        if word == "sources" and index and words[index - 1] in _MARKET_SOURCES:
            return True  # "West German banking sources": bankers, not officials
    return any(word in NOT_AGENTS for word in words)


# Those a market's sources are in ("banking sources", "trade sources": Reuters' bankers and
# traders), not "diplomatic sources" or "government sources".
_MARKET_SOURCES = frozenset(
    {"banking", "market", "trade", "business", "financial", "trading", "shipping", "oil"}
    | {"commodity", "grain", "currency", "money", "insurance", "exchange", "dealing"}
)


# The object of "with" is no subject: "We continue talks with the government of Peru to
# try to reach a deal" is the speaker's aim, not Peru's. (Not "along with", nor one that a
# participle or a relative pronoun follows: "with Peru accusing Chile", "with the U.S.,
# which seeks".)
_WITH_OBJECT = re.compile(
    r"(?<!along )(?<!together )\bwith\s+(?:(?:the|its|their|his|her)\s+)?"
    r"(?:[\w-]+\s+of\s+(?:the\s+)?)?\Z"
)
_OWN_PREDICATE = re.compile(
    r"\s*,?\s*(?:which|who|whose|that)\b|\s+[a-z]+ing\b|\s+in\s+the\b"
    # "with Thai authorities hailing it": the agents named by the adjective act
    r"|\s+(?:[a-z]+\s+)?(?:government|authorities|officials|leaders|forces|troops|"
    r"diplomats|ministers|ministry)\s+[a-z]+ing\b"
)


def without_objects_of_with(s: RuleSentence, actors: list[ActorMention]) -> list[ActorMention]:
    """``actors`` less those that are the object of "with", and those listed with them
    ("talks with Chile, Peru and Bolivia"; not "with Peru, Chile said": two by a comma)."""
    dropped: set[int] = set()
    for a in actors:
        if a.start in dropped or not _WITH_OBJECT.search(s.text, max(0, a.start - 30), a.start):
            continue
        if not _OWN_PREDICATE.match(s.text, a.end):
            dropped.update(listed.start for listed in s.listed_from(a))
    return [a for a in actors if a.start not in dropped]
