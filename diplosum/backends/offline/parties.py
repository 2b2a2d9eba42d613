"""The parties of a meeting trigger, read from the parts of its clause.

- *Objects*: the actors after the trigger, reached through words that lead to a party
  ("with", "between", "to", titles, "his counterpart", a place after "in"), and those
  listed with them ("with A, B and C"); the list ends at the first word that starts
  something else (", the closest ally of", "on", "to discuss", "which").
- *Modifiers*: the parties in the trigger's own noun phrase ("Syrian peace talks",
  "U.S.-Philippines exercises").
- *Subject matter*: the state "talks on" name when only their convener is named
  ("U.N.-led peace talks on Yemen").
- *Participants*: one actor per state or body (a person before a state, never a capital
  beside its state).
"""

from __future__ import annotations

import re

from ...models import Actor
from ...text.dates import MONTHS, WEEKDAYS
from ...text.gazetteer import gazetteer
from .actors import ActorMention
from .breaks import OPENING_PLACE
from .clauses import POSTED_TO
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = [
    "leads",
    "members_body",
    "modifiers",
    "objects",
    "participants",
    "talked_about",
]

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
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("counterparts", "ministers", "government", "representatives", "chiefs", "heads"),
        *("two", "three", "four", "times", "twice", "once", "again", "repeatedly", "also"),
        *("secretly", "privately", "briefly", "formally", "informally", "jointly", "later"),
        *("then", "yesterday", "today", "predecessor", "successor", "joint", "way"),
        *("earlier", "recently", "ago", "days", "weeks", "months", "tomorrow", "tonight"),
        *("incoming", "outgoing", "newly", "elected", "visiting", "top", "senior", "policy"),
        # "the meeting in Munich included Russia, the United States and ...": its members.
        *("included", "includes", "including", "involving", "involved", "grouping"),
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
_TOKEN = re.compile(r"[A-Za-z][\w.'\u2019-]*|\d+|[^\s\w]")
# Where a list of parties ends, whatever follows: a new clause or the meeting's subject.
_TIME = (
    rf"(?:{WEEKDAYS}|{MONTHS}|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|\d)"
)
_LIST_END = re.compile(
    rf"\b(?:who|which|that|where|when|on(?!\s+{_TIME})|about|over|to discuss|to talk|amid|"
    r"after|before|since|for|regarding|concerning|against|but|while|said|says)\b"
    r"|[;:!?\"\u201c\u201d()]"
)
_WHEN = re.compile(rf"\b{_TIME}|\b(?:week|month|year|yesterday|today)\b")
_KIND_RANK = {"person": 0, "name": 1, "igo": 1, "adjective": 2, "seat": 3}


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
        if token == "s" and index and tokens[index - 1] in ("'", "\u2019"):
            continue  # "Peru's president and Chile's president": a possessive's ending
        return False
    return True


# A listed party who names no state, between two who do: "Baker, | Federal Reserve chief
# Paul Volcker and | IMF head Michel Camdessus": a name, with a title or not.
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
        if not POSTED_TO.search(gap):
            chosen.append(mention)
    return chosen


_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?\Z")
# How long a meeting lasted, right after its trigger: "for more than an hour".
_DURATION = re.compile(
    r"\s+for\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+)?"
    r"(?:an?|one|two|three|four|five|six|half\s+an|\d+)\s+(?:hours?|minutes)\b"
    # "talks would take place with Iran", "talks will be held with", "talks resumed with"
    r"|\s+(?:(?:would|will|could|may|might|are\s+to|is\s+to|to|had|have|has)\s+)?"
    r"(?:(?:take|took|taken|takes|taking)\s+place|(?:be|been|was|were|are|is)\s+held|"
    r"began|begin|begins|resume|resumed|resumes|continue|continued|continues)(?=\s+with\b)"
)


def objects(s: RuleSentence, trigger: Hit) -> tuple[list[ActorMention], bool]:
    """The parties after the trigger (see the module docstring), and whether they came
    after "between" (then they are all the parties)."""
    duration = _DURATION.match(s.text, trigger.end)  # "met for more than an hour with"
    start = duration.end() if duration is not None else trigger.end
    between = s.text.find(" between ", trigger.end, trigger.end + 80)
    named_between = (
        between >= 0
        and not re.search(r"[,;:]", s.text[trigger.end : between])
        # "a gathering at a time of tensions between Washington and Moscow": the parties
        # of something else.
        and s.text[:between].rsplit(None, 1)[-1].lower() not in _RELATIONS
        # "will meet Li to discuss relations between ...": the one met comes first ("a
        # meeting at the United Nations between A and B": where, not who).
        and not any(
            trigger.end <= a.start < between and not _VENUE.search(s.text, 0, a.start)
            for a in s.actors
            if a.code
        )
    )
    if named_between:  # "the meeting on trade between A and B": the parties follow it
        listed = _listed_from(s, between + len(" between"))
        if listed:
            return listed, True
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


# Nouns whose "between" names the sides of a quarrel, not the parties of a meeting ("a
# gathering at a time of tensions between Washington and Moscow"). Not "trade", "war" or
# "relations": talks on those between A and B are usually A's and B's talks.
_RELATIONS = frozenset(
    {"tensions", "tension", "rift", "row", "feud", "standoff", "rivalry", "differences"}
    | {"divide", "clashes", "fighting", "hostilities", "animosity", "mistrust"}
)
# Triggers whose object is a subject matter, not a party ("the two discussed Syria").
_ABOUT = frozenset({"discuss", "discussed", "discusses"})
# "Syrian peace talks", "Iran's nuclear talks", "U.N.-led peace talks" (the one who leads
# or brokers them takes part).
_LED = r"-(?:led|brokered|sponsored|mediated|backed|hosted|organi[sz]ed|convened)"
_MODIFIES = re.compile(rf"(?:'s|\u2019s|{_LED})?(?:\s+[a-z][\w-]*){{0,3}}\s+")
_LEADS = re.compile(_LED)
# The one who leads them, before a state's name: "U.N.-brokered Syria peace talks".
_LED_BEFORE = re.compile(rf"{_LED}\s+")


def leads(s: RuleSentence, mention: ActorMention) -> bool:
    """Whether ``mention`` convenes the talks it modifies ("U.N.-led talks"): their
    parties are others than the clause's subject."""
    return _LEADS.match(s.text, mention.end) is not None


# Words that end a noun phrase: a party before them is no modifier of the trigger
# ("Norway called for talks" is Norway asking, not "Norwegian talks").
_NOT_IN_NOUN_PHRASE = frozenset(
    {
        *("for", "to", "with", "by", "on", "in", "at", "of", "from", "and", "or", "but"),
        *("that", "which", "who", "is", "are", "was", "were", "be", "been", "has"),
        *("have", "had", "will", "would", "could", "should", "may", "might", "can"),
        *("must", "wants", "want", "seeks", "seek", "sought", "called", "calls", "urged"),
        *("urges", "proposed", "proposes", "offered", "offers", "said", "says", "held"),
        *("holds", "hosted", "hosts", "backed", "backs", "supports", "supported", "rejected"),
        *("rejects", "hopes", "hoped", "plans", "agreed", "agrees", "asked", "asks"),
        *("demanded", "demands", "pushed", "pushes"),
        # "a protest with Tokyo over the visit": a preposition opens another phrase (not
        # one of time: "a future for the Philippines after talks" names who talked).
        *("over", "about", "against", "despite", "into", "under", "upon", "without"),
        *("than", "as"),
    }
)
_JOINS = re.compile(r"\s*(?:[-\u2013/]|,|and|,\s*and)\s*")


def modifiers(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The parties named in the trigger's own noun phrase: "Syrian peace talks", "the
    Turkey-EU talks", "U.S.-Philippines exercises"."""
    found: list[ActorMention] = []
    position = trigger.start
    for mention in reversed([a for a in s.actors if a.end <= trigger.start and a.code]):
        gap = s.text[mention.end : position]
        if not found:
            joined = _MODIFIES.fullmatch(gap)
        elif found[-1].kind == "igo":
            joined = _JOINS.fullmatch(gap)  # "Soviet-led Comecon": the body is led
        else:
            joined = _JOINS.fullmatch(gap) or _LED_BEFORE.fullmatch(gap)
        if joined is not None and not found and _NOT_IN_NOUN_PHRASE & set(gap.split()):
            joined = None
        if joined is None and not (found and mention.start == found[-1].start):
            break
        if not s.is_agent(mention):
            break  # "Chinese tourists visited": the tourists are no party of the state
        if found and "," in gap and OPENING_PLACE.match(s.text, 0, mention.start):
            # "On the sidelines of the G20, Modi met": where, not who ("The ministers of
            # Russia, Germany and France met" lists who).
            break
        found.append(mention)
        position = mention.start
    return found[::-1]


def participants(mentions: list[ActorMention], named: list[ActorMention]) -> list[Actor]:
    """One actor per state or body, in order: a person before a name, a name before an
    adjective, never a capital ("Tokyo") when the sentence names its state (``named``)."""
    best: dict[str, ActorMention] = {}
    codes = {m.code for m in mentions}
    for mention in [*mentions, *(m for m in named if m.code in codes)]:
        code = mention.code or ""
        held = best.get(code)
        if held is None or _KIND_RANK.get(mention.kind, 9) < _KIND_RANK.get(held.kind, 9):
            best[code] = mention
    return [mention.actor for mention in best.values()]


# "peace talks on Yemen": the state whose conflict or case the talks are about.
_TALKS = frozenset({"talks", "peace talks", "negotiations", "peace negotiations"})
_ABOUT_STATE = re.compile(r"\s+(?:on|over|about)\s+(?:the\s+)?")


def talked_about(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state named right after "talks on" or "talks over": a party to them only
    when no other is named beside their convener ("U.N.-led peace talks on Yemen")."""
    if trigger.phrase not in _TALKS:
        return []
    about = _ABOUT_STATE.match(s.text, trigger.end)
    if about is None:
        return []
    state = s.after(about.end())
    if state is None or state.start != about.end() or state.kind == "igo":
        return []
    return [state]


# "G7 leaders, including Obama and Abe, met": the body whose members are named after it.
_MEMBERS_NAMED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:leaders|ministers|officials|members|envoys|delegates|heads\s+of"
    r"\s+state)\s*,?\s+(?:including|among\s+them|such\s+as|from)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def members_body(s: RuleSentence, members: list[ActorMention]) -> list[ActorMention]:
    """The body right before a list of its members ("EU leaders including Merkel and
    Hollande", "The G7 foreign ministers, from Britain, Canada, ..."), or nothing."""
    if not members:
        return []
    first = min(members, key=lambda m: m.start)
    body = s.before(first.start)
    if body is None or body.kind != "igo":
        return []
    return [body] if _MEMBERS_NAMED.match(s.text, body.end, first.start) else []
