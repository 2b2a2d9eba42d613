"""The parties of a meeting trigger, read from the parts of its clause.

- *Objects*: the actors after the trigger, reached through words that lead to a party
  ("with", "between", "to", titles, "his counterpart", a place after "in"), and those
  listed with them ("with A, B and C"); the list ends at the first word that starts
  something else (", the closest ally of", "on", "to discuss", "which").
- *Those urged to attend*: "pressed the government and the opposition to attend the
  talks" names their parties in place of the clause's subject.

The parties in the trigger's own noun phrase, and one participant per state or body, are
``own_parties``'.
"""

from __future__ import annotations

import re

from ...text.dates import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS
from ...text.gazetteer import gazetteer
from .actors import ActorMention
from .clauses import SIDELINES, posted_to
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["dealt_with", "objects", "urged_parties"]

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
        # "meeting with mediator counterparts from Qatar": a role before the party's people
        *("mediator", "mediators", "negotiators", "negotiator", "senior", "top"),
        *("secretly", "privately", "briefly", "formally", "informally", "jointly", "later"),
        *("then", "yesterday", "today", "predecessor", "successor", "joint", "way"),
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


# Who a meeting will include, right after its noun: "the port talks are set to include |
# ministers of Peru, Chile and Bolivia", "the summit will involve | Chile".
_TO_INCLUDE = re.compile(
    r"\s+(?:(?:is|are|was|were|will|would|also|expected|set|due|likely|to)\s+){1,4}"
    r"(?:include|involve)\b"
)

_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?\Z")
# What talks were about, then with whom: "held talks on trade with Putin".
_TALK_NOUNS = frozenset(
    {"talks", "meeting", "meetings", "discussions", "negotiations", "consultations"}
)
_TOPIC_WITH = re.compile(
    r"\s+(?:on|about|over|regarding)\s+[^,;:.\"\u201c\u201d()]{1,50}?\s+with(?=\s)"
)
# How long a meeting lasted, right after its trigger: "for more than an hour".
_DURATION = re.compile(
    r"\s+for\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+)?"
    r"(?:an?|one|two|three|four|five|six|half\s+an|\d+)\s+(?:hours?|minutes)\b"
    # "talks would take place with Iran", "talks will be held with", "talks resumed with"
    r"|\s+(?:(?:would|will|could|may|might|are\s+to|is\s+to|to|had|have|has)\s+)?"
    r"(?:(?:take|took|taken|takes|taking)\s+place|(?:be|been|was|were|are|is)\s+held|"
    r"began|begin|begins|resume|resumed|resumes|continue|continued|continues)(?=\s+with\b)"
    # "the free trade talks under way with the U.S."
    r"|\s+(?:now\s+|currently\s+|already\s+)?(?:under\s?way|going\s+on)(?=\s+with\b)"
)


# A meeting noun's own verb of taking place, before "with": "Discussions have begun with".
_UNDER_WAY_WITH = re.compile(
    r"\s+(?:(?:have|has|had|will|would|were|was|are|is)\s+)?(?:also\s+|now\s+|already\s+)?"
    r"(?:been\s+)?(?:begun|began|begin|started|resumed|opened|continued|held|"
    r"taken\s+place|took\s+place)(?=\s+with\s)"
)


# "between the two sides", "between the leaders of the two countries": those named before.
_THE_TWO_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:leaders|presidents|prime\s+ministers|foreign\s+ministers|"
    r"ministers|officials|envoys|delegations|heads\s+of\s+state)\s+of\s+the\s+)?two\s+"
    r"(?:countries|nations|sides|states|governments|neighbours|neighbors|leaders)\b"
)


_HIM_AND = re.compile(r"\s+(?:him|her)(?:self)?\s+and\b")


def objects(s: RuleSentence, trigger: Hit) -> tuple[list[ActorMention], bool]:
    """The parties after the trigger (see the module docstring), and whether they came
    after "between" (then they are all the parties)."""
    # "met for more than an hour with"; "Talks have begun with Peru": the meeting's own
    # verb, then with whom.
    passed = (
        _DURATION.match(s.text, trigger.end)
        or _UNDER_WAY_WITH.match(s.text, trigger.end)
        or _TO_INCLUDE.match(s.text, trigger.end)
        or (
            _TOPIC_WITH.match(s.text, trigger.end)
            if trigger.phrase.rsplit(None, 1)[-1] in _TALK_NOUNS
            else None
        )
    )
    start = passed.end() if passed is not None else trigger.end
    between = s.text.find(" between ", trigger.end, trigger.end + 80)
    named_between = (
        between >= 0
        and not re.search(r"[,;:]", s.text[trigger.end : between])
        # "a forum held amid tensions between Lima and Santiago": the parties
        # of something else.
        and s.text[:between].rsplit(None, 1)[-1].lower() not in _RELATIONS
        # "talks about whether to allow an airline to fly between A and B": another
        # verb's places.
        and not _INFINITIVE.search(s.text, trigger.end, between)
        # "will meet Li to discuss relations between ...": the one met comes first ("a
        # meeting at the United Nations between A and B": where, not who).
        and not any(
            trigger.end <= a.start < between and not _VENUE.search(s.text, 0, a.start)
            for a in s.actors
            if a.code
        )
    )
    if named_between:  # "the meeting on trade between A and B": the parties follow it
        him_and = _HIM_AND.match(s.text, between + len(" between"))
        if him_and is not None:
            # "hoped talks could be set up between him and Hu": the one who spoke of
            # it (the subject, as with "meet Hu"), and those after "and".
            return _listed_from(s, him_and.end()), False
        listed = _listed_from(s, between + len(" between"))
        if listed:
            return listed, True
        if _THE_TWO_AFTER.match(s.text, between + len(" between")):
            # "a meeting between the envoys of the two states": the two named before
            named = [a for a in s.actors if a.end <= between and a.code and s.is_agent(a)]
            if len({a.code for a in named[-2:]}) == 2:
                return named[-2:], True
        # "will visit A and B to mediate in a dispute between the two neighbours"
    if trigger.phrase in _ABOUT:
        # "discussed Syria with Erdogan": what was discussed comes first; with whom, after.
        with_at = s.text.find(" with ", trigger.end, trigger.end + 80)
        if with_at < 0:
            return [], False
        start = with_at + len(" with")
    return _listed_from(s, start), False


def _listed_from(s: RuleSentence, start: int) -> list[ActorMention]:
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
    if first.kind in ("igo", "seat") and _VENUE.search(s.text, start, first.start):
        # "held talks at the OAS with Chile's minister": where, then who.
        with_at = s.text.find(" with ", first.end, stop)
        if with_at >= 0:
            return _listed_from(s, with_at + len(" with"))
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


# An infinitive right before "between": its own places or sides ("to fly between"), not
# the talks' parties ("due to resume between", "to mediate between" are the talks').
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:mediate|be|take|begin|start|resume|open|continue|meet)\b)[a-z]+\Z"
)
# Nouns whose "between" names the sides of a quarrel, not the parties of a meeting ("a
# gathering at a time of tensions between Washington and Moscow"). Not "trade", "war" or
# "relations": talks on those between A and B are usually A's and B's talks.
_RELATIONS = frozenset(
    {"tensions", "tension", "rift", "row", "feud", "standoff", "rivalry", "differences"}
    | {"divide", "clashes", "fighting", "hostilities", "animosity", "mistrust"}
)
# Triggers whose object is a subject matter, not a party ("the two discussed Syria").
_ABOUT = frozenset({"discuss", "discussed", "discusses", "discussing"})
# "is negotiating a bilateral investment treaty with China": what first, with whom after.
_ABOUT |= frozenset({"negotiate", "negotiated", "negotiating", "negotiates"})


# Those urged to attend talks are their parties, not who urged them: "Russia and the U.S.
# pressed the government and the opposition to attend the talks". (Not an invitation: a
# host invites.)
_URGED_TO_ATTEND = re.compile(
    r"\b(?:press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|"
    r"ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|push(?:es|ed|ing)?|persuad(?:e|es|ed|ing)|"
    r"want(?:s|ed)?|"
    # "allowed Peru to hold talks with Bolivia": those let to meet
    r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:e|es|ed|ing))"
    r"\s+(?:[^;:.]|(?<=\b[A-Za-z])\.){1,80}?\s+to\s+(?:(?:attend|join|enter|"
    r"return\s+to|resume|take\s+part\s+in|participate\s+in|come\s+to|"
    # "renewed calls for Rwanda and Congo to hold high-level talks": they are to meet;
    # "urged Peru to meet Chile", "to hold talks": the trigger is the verb.
    r"hold|have|open|start|begin)\s+(?:(?:the|a|new|fresh|[\w-]+)\s+){0,4})?\Z"
)


def urged_parties(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """Those urged to attend the talks at ``trigger`` ("pressed the government and the
    opposition to attend"), who take part in them in place of the clause's subject; or
    ``None`` when no one is urged to."""
    urged = _URGED_TO_ATTEND.search(s.text, max(0, trigger.start - 140), trigger.start)
    if urged is None:
        return None
    return [
        a
        for a in s.actors
        if a.code and urged.start() < a.start and a.end <= urged.end() and s.is_agent(a)
    ]


# "clinched a deal with Italy at a summit", "agreed with EU leaders during talks": whom
# the subject dealt with, named right before where they met.
_AT_MEETING = re.compile(
    rf"\s+(?:at|during|on\s+the\s+{SIDELINES}\s+of)\s+(?:(?:a|an|the|their|this)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}\Z"
)
_PEOPLE_AFTER = re.compile(r"(?:\s+(?:leaders|officials|ministers|counterparts|trade|foreign))*")
_WITH = re.compile(r"\bwith\s+(?:(?:the|other|its|their)\s+)?\Z")


def dealt_with(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Those named after "with" right before the place of ``trigger`` ("a deal with Italy
    at a summit"): the other side of the meeting."""
    at = _AT_MEETING.search(s.text, max(0, trigger.start - 40), trigger.start)
    if at is None:
        return []
    last = s.before(at.start())
    if last is None or not _PEOPLE_AFTER.fullmatch(s.text, last.end, at.start()):
        return []
    listed = s.listed_before(last)
    opening = _WITH.search(s.text, max(0, listed[0].start - 16), listed[0].start)
    return listed if opening is not None else []
