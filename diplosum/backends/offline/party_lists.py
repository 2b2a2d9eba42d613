"""Lists of parties, for ``parties``: from a place in a sentence, the first actor reached
through words that lead to a party ("with", "between", titles, "his counterpart", a day, a
place after "in") and those listed with it ("with A, B and C"), up to the first word that
starts something else (", the closest ally of", "on", "to discuss", "which").
"""

from __future__ import annotations

import re

from ...text.dates import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS
from ...text.gazetteer import gazetteer
from .actors import ActorMention
from .clauses import posted_to
from .sentence import RuleSentence

__all__ = ["VENUE", "listed_from"]

# Where a meeting is, before who: "held talks at the OAS with Chile's minister".
VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?\Z")

# Nouns for the members of a group, named after it: "the founding members of the OAS -
# Chile, Peru, ...", "leaders of the Andean countries, Peru, Bolivia and Ecuador".
_GROUPS = frozenset(
    {"countries", "states", "nations", "members", "member", "neighbours", "neighbors"}
    | {"partners", "allies", "powers", "governments", "republics", "monarchies"}
)
_MEMBERS_OF = re.compile(r"\b(?:members|member\s+states|states|countries)\s+of\s+(?:the\s+)?\Z")
# Words that may stand between a trigger and its first party, or between two parties of a
# list: prepositions, determiners, titles, and words that describe a party.
_LEAD_WORDS = frozenset(
    {
        *("with", "between", "to", "by", "of", "from", "and", "&", "as", "well", "the", "a"),
        *("an", "his", "her", "its", "their", "both", "visiting", "counterpart", "counterparts"),
        *("leaders", "leader", "officials", "official", "delegation", "delegations", "envoys"),
        *("separate", "separately", "bilateral", "trilateral", "direct", "first", "new"),
        *("in", "at", "on", "late", "early", "last", "this", "next", "week", "day", "month"),
        # "met on Monday with ...", "opened talks last August with ...": a day or a month
        # on the way to the party.
        *(name.lower() for name in (*WEEKDAY_NAMES, *MONTH_NAMES)),
        "year",
        *("counterparts", "ministers", "government", "representatives", "chiefs", "heads"),
        # "spoke to the presidents of Chile and Peru": offices held by many.
        *("presidents", "prime", "premiers", "chancellors", "kings", "monarchs", "rulers"),
        # "the dialogue between the foreign ministries of Chile and Peru": who acts for them.
        *("governments", "ministry", "ministries"),
        *("two", "three", "four", "times", "twice", "once", "again", "repeatedly", "also"),
        # "talks with mediator counterparts from Oman": a role before the party's people
        *("mediator", "mediators", "negotiators", "negotiator", "senior", "top"),
        *("secretly", "privately", "briefly", "formally", "informally", "jointly", "later"),
        *("then", "yesterday", "today", "predecessor", "successor", "joint", "way"),
        # "will hold talks afterward with ...", "met there with ...": when or where, on
        # the way to the party.
        *("afterward", "afterwards", "subsequently", "shortly", "soon", "there", "directly"),
        *("earlier", "recently", "ago", "days", "weeks", "months", "tomorrow", "tonight"),
        # "met Tuesday morning with ..."
        *("morning", "afternoon", "evening", "night"),
        *("incoming", "outgoing", "newly", "elected", "visiting", "top", "senior", "policy"),
        # "the meeting in Munich included Russia, the United States and ...": its members.
        *("included", "includes", "including", "involving", "involved", "grouping"),
        *("that", "which", "brought", "together"),
        # "hosted by Qatar and attended by the United States and ...": one list of parties.
        "attended",
        *("five", "six", "seven", "eight", "nine", "ten", "several", "other", "founding"),
        # "a summit of NATO leaders, including Chancellor Kohl": the members named.
        *("including", "such", "notably", "among", "them"),
        # "met a group of EU officials", "a team from the IMF".
        *("group", "team", "panel", "committee", "mission"),
        *_GROUPS,
    }
)
_MONTH_WORDS = frozenset(name.lower() for name in MONTH_NAMES)
_TOKEN = re.compile(r"[A-Za-z][\w.'\u2019-]*|\d+|[^\s\w]")
# Where a list of parties ends, whatever follows: a new clause or the meeting's subject.
_TIME = (
    rf"(?:{WEEKDAYS}|{MONTHS}|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|\d)"
)
_LIST_END = re.compile(
    # "a meeting that included Russia, ...": its members, not a new clause
    rf"\b(?:who|(?:which|that)(?!\s+(?:included|includes|involved|brought\s+together)\b)|"
    rf"where|when|on(?!\s+{_TIME})|about|over|to discuss|to talk|amid|"
    r"after|before|since|for|regarding|concerning|against|but|while|said|says)\b"
    r"|[;:!?\"\u201c\u201d()]"
)
_WHEN = re.compile(rf"\b{_TIME}|\b(?:week|month|year|yesterday|today)\b")


def _tokens_allowed(gap: str, offices: frozenset[str]) -> bool:
    """Whether ``gap`` holds only words that lead to, or join, parties (a place name after
    "in" or "at" too)."""
    previous = ""
    tokens = _TOKEN.findall(gap)
    for index, token in enumerate(tokens):
        lowered = token.lower().rstrip(".")
        if token[0].isupper() and previous in ("in", "at"):
            continue  # "a meeting in New Delhi with ...": a place on the way to the party
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if token[0].isupper() and following in _GROUPS:
            continue  # "of the Andean countries, Peru, ...": the members' group, then them
        if lowered in _LEAD_WORDS or lowered in offices or token in (",", "'s", "\u2019s"):
            previous = lowered
            continue
        if token in ("'", "\u2019", "-"):
            continue
        if token.isdigit() and previous in _MONTH_WORDS and following == "and":
            continue  # "met Putin on July 5 and Xi ...": the day of a month
        if token == "s" and index and tokens[index - 1] in ("'", "\u2019"):
            continue  # "Peru's president and Chile's president": a possessive's ending
        return False
    return True


# A listed party who names no state, between two who do: "Boric, | central bank chief
# Ana Soto and | IMF head Luis Vera": a name, with a title or not.
_UNCODED_ITEM = re.compile(
    r",\s+((?:[\w.'\u2019-]+\s+){0,5}[A-Z][\w.'\u2019-]*)(?:,\s+and|,|\s+and)\s+(?:the\s+)?"
)
_HEADS = frozenset({"chief", "head", "leader", "chairman", "governor"})
# A party's office and name in small letters, as older wire copy writes them, before the
# next party: "Guinean | natural resources minister Ousmane Sylla and | Nigerian ...".
_OFFICE_AND_NAME = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}(?:minister|secretary|president|premier|chancellor|envoy|"
    r"ambassador|governor|chairman|representative|delegate|negotiator)"
    r"(?:\s+of\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)?"
    r"\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}and\s+(?:the\s+)?"
)


def _uncoded_item(gap: str, offices: frozenset[str]) -> bool:
    """Whether ``gap`` between two listed parties is one more party who names no state:
    capitalised words, and titles (``offices``)."""
    item = _UNCODED_ITEM.fullmatch(gap)
    return item is not None and all(
        word[0].isupper() or word in offices or word in _HEADS for word in item.group(1).split()
    )


def _listed(s: RuleSentence, first: ActorMention, stop: int) -> list[ActorMention]:
    """``first`` and the actors listed after it before ``stop`` ("A, B and C")."""
    offices = gazetteer().office_words
    chosen = [first]
    for mention in s.actors:
        if mention.start < chosen[-1].start or mention.start >= stop or not mention.code:
            continue
        if mention is first:
            continue
        # One mention may name several ("the two Koreas"): they share its span.
        same_span = mention.start == chosen[-1].start
        gap = s.text[chosen[-1].end : mention.start]
        if (
            not same_span
            and not _tokens_allowed(gap, offices)
            and not _uncoded_item(gap, offices)
            and not _OFFICE_AND_NAME.fullmatch(gap)
        ):
            break
        if "," in gap and _WHEN.search(gap):
            break  # "met Erdogan on Monday, and Macron will ...": the list ended at its date
        if not posted_to().search(gap):
            chosen.append(mention)
    return chosen


def listed_from(s: RuleSentence, start: int) -> list[ActorMention]:
    """The parties listed from ``start``: the first actor, reached through words that lead
    to a party, and those listed with it, up to where the list ends."""
    stop = _list_end(s, start)
    first = next((a for a in s.actors if a.start >= start and a.code), None)
    if first is None or first.start >= stop or not s.is_agent(first):
        return []
    gap = s.text[start : first.start]
    if not _tokens_allowed(gap, gazetteer().office_words):
        return []
    if _AND_ONLY.fullmatch(gap) and _OWN_VERB_AFTER.match(s.text, first.end):
        return []  # "since the OAS talks failed and Peru has sold more": a new clause
    if first.kind in ("igo", "seat") and VENUE.search(s.text, start, first.start):
        # "held talks at the OAS with Chile's minister": where, then who.
        with_at = s.text.find(" with ", first.end, stop)
        if with_at >= 0:
            return listed_from(s, with_at + len(" with"))
    listed = _listed(s, first, stop)
    if len(listed) > 2 and _MEMBERS_OF.search(gap):
        # "members of the Andean Community - Peru, Bolivia, ...": they, not the bloc
        return listed[1:]
    return listed


# "and" alone between a meeting word and an actor with a verb of its own after it: the
# actor opens a new clause ("... the cocoa talks and Ghana has sold more").
_AND_ONLY = re.compile(r"\s+and\s+(?:the\s+)?")
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|said|"
    r"says)\b"
)


def _list_end(s: RuleSentence, start: int) -> int:
    """Where a list of parties from ``start`` ends (``_LIST_END``), past a bracket inside
    an actor's name ("the European Union (EU) and Japan")."""
    end = _LIST_END.search(s.text, start)
    while end is not None:
        inside = next((a for a in s.actors if a.start < end.start() < a.end), None)
        if inside is None:
            return end.start()
        end = _LIST_END.search(s.text, inside.end)
    return len(s.text)
