"""The parties a meeting trigger's own words name, and one participant per state or body.

- *Modifiers*: the parties in the trigger's own noun phrase ("Syrian peace talks",
  "U.S.-Philippines exercises"), with the one who convenes them ("U.N.-led talks").
- *Subject matter*: the state "talks on" name when only their convener is named
  ("U.N.-led peace talks on Yemen").
- *A body before its members*: "G7 leaders, including Obama and Abe".
- *Go-betweens* named after the talks, who take part in them: "talks between Peru and
  Chile, mediated by Brazil" (``with_go_betweens``).
- *Participants*: one actor per state or body (a person before a state, never a capital
  beside its state).

The parties after the trigger (its objects) are ``parties``'.
"""

from __future__ import annotations

import re

from ...models import Actor
from .actors import ActorMention
from .breaks import OPENING_PLACE
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = [
    "attended_by",
    "gathered_where",
    "leads",
    "members_body",
    "modifiers",
    "participants",
    "talked_about",
    "with_go_betweens",
]

_KIND_RANK = {"person": 0, "name": 1, "igo": 1, "adjective": 2, "seat": 3}

# "Syrian peace talks", "Iran's nuclear talks", "U.N.-led peace talks" (the one who leads
# or brokers them takes part).
_LED = r"-(?:led|brokered|sponsored|mediated|backed|hosted|organi[sz]ed|convened)"
# ("the Peruvian president's visit": a word of the phrase may be a possessive.)
_MODIFIES = re.compile(rf"(?:'s|\u2019s|{_LED})?(?:\s+[a-z][\w-]*(?:'s|\u2019s)?){{0,3}}\s+")
_LEADS = re.compile(_LED)
# The one who leads them, before a state's name: "U.N.-brokered Syria peace talks".
_LED_BEFORE = re.compile(rf"{_LED}\s+")


# A verb of taking part right before the talks' phrase: "Yemeni officials held
# U.N.-brokered talks", "the opposition quit the U.N.-led talks", "joined Peruvian
# envoys in U.N.-led talks".
_TAKES_PART = re.compile(
    r"\b(?:join(?:ed|s|ing)?\s+(?:the\s+)?[^,;]{2,40}?\s+(?:in|at)|"
    r"(?:held|holds?|holding|resumed?|resumes|resuming|attended|attends?|attending|"
    r"joined|joins?|joining|began|begins?|opened|entered|enters?|boycotted|boycotts?|quit|"
    r"quits)|(?:took|takes?|taking)\s+part\s+in|(?:returned|returns?|returning)\s+to|"
    r"(?:walked|walks?|walking|pulled|pulls?|pulling)\s+out\s+of|(?:withdrew|withdraws?)"
    r"\s+from)\s+(?:(?:the|a|new|fresh|another|its|their)\s+)*(?:round\s+of\s+)?\Z"
)


def leads(s: RuleSentence, mention: ActorMention) -> bool:
    """Whether ``mention`` convenes the talks it modifies ("U.N.-led talks") and their
    parties are others than the clause's subject: not where the subject takes part
    ("Yemeni officials held U.N.-brokered talks": Yemen and the U.N. met)."""
    if _LEADS.match(s.text, mention.end) is None:
        return False
    return _TAKES_PART.search(s.text, max(0, mention.start - 60), mention.start) is None


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
        # A pronoun or a conjunction opens another clause: "backed Israel while saying she
        # told Netanyahu" (the talk is hers, not Israel's).
        *("he", "she", "it", "they", "we", "while", "whereas", "although", "though"),
        *("because", "if", "unless", "when", "saying", "adding", "noting"),
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
        if found and "," in gap and OPENING_PLACE.match(s.text, s.opens(), mention.start):
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


# "peace talks on Yemen", "peace talks for Syria": the state whose conflict or case the
# talks are about.
_TALKS = frozenset({"talks", "peace talks", "negotiations", "peace negotiations"})
_ABOUT_STATE = re.compile(r"\s+(?:on|over|about|for)\s+(?:the\s+)?")


def talked_about(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state named right after "talks on", "over" or "for": a party to them only
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


# A gathering's relative clause whose subject is who took part: "a NATO summit in Warsaw
# where the United States, Spain and other allies pledged".
_WHERE = re.compile(
    r"(?:[^,;.\"\u201c]|(?<=\b[A-Za-z])\.){0,40}?\b(?:where|at\s+which|during\s+which)\s+(?:the\s+)?"
)
_LISTED = frozenset({", ", " and ", ", and ", ", the ", " and the ", ", and the "})


# A relative clause on the gathering whose subject goes to it: "the G-7 meeting, which
# Peru means to attend".
_WHICH_ATTENDS = re.compile(r",?\s+(?:which|that)\s+(?:the\s+)?")
_ATTENDS = re.compile(
    r"\s+(?:(?:plans?|intends?|is|are|was|were|is\s+due|are\s+due)\s+to\s+|will\s+|would\s+|"
    r"has\s+|have\s+|had\s+)?(?:also\s+)?(?:attend|attends|attended|join|joins|joined)\b"
)


def attended_by(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state or body that a relative clause right after a body's gathering ``trigger``
    says goes to it ("the G-7 meeting, which Peru means to attend")."""
    which = _WHICH_ATTENDS.match(s.text, trigger.end)
    body = s.before(trigger.start)
    if which is None or body is None or body.kind != "igo":
        return []
    if s.text[body.end : trigger.start].strip() not in ("", "'s", "\u2019s"):
        return []  # a body's own gathering only: "Chile hailed the summit, which Peru
        # attended" names no meeting of Chile's
    first = s.after(which.end())
    if first is None or first.start != which.end() or not first.code:
        return []
    return [first] if _ATTENDS.match(s.text, first.end) else []


def gathered_where(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The states or bodies listed (two or more) as the subject of a "where" or "at which"
    clause right after the gathering ``trigger`` names."""
    where = _WHERE.match(s.text, trigger.end)
    if where is None:
        return []
    listed: list[ActorMention] = []
    at = where.end()
    for mention in s.actors:
        if mention.start < at:
            continue
        if mention.start != at or not mention.code or not s.is_agent(mention):
            break
        listed.append(mention)
        gap = next((g for g in _LISTED if s.text.startswith(g, mention.end)), None)
        if gap is None:
            break
        at = mention.end + len(gap)
    # One alone may be any speaker there ("a Munich conference where Russia rejected ..."):
    # a list names those gathered.
    return listed if len(listed) >= 2 else []


# A go-between named after the talks, past whom they were between or with and where:
# "talks between Peru and Chile, mediated by Brazil", "talks in Lima hosted by the OAS",
# "the talks were brokered by the United Nations".
# (Each of those phrases a few words of no other gathering or clause: not "talks with
# Peru after a summit hosted by Chile".)
_WORD = (
    r"(?!(?:after|before|during|following|when|while|ahead|which|that|conference|summit|"
    r"meetings?|sessions?|forum|visit|dinner|ceremony)\b)[^\s,;:()]+"
)
_GO_BETWEEN = re.compile(
    rf"(?:\s+(?:between|with|in|on|at)(?:\s+{_WORD}){{1,6}}?){{0,2}},?\s+(?:(?:which|that)\s+)?"
    r"(?:(?:was|were|is|are|being|been|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:jointly\s+)?(?:mediated|brokered|hosted|sponsored|co-sponsored|chaired|convened|"
    r"facilitated|organi[sz]ed)\s+by\s+(?:the\s+)?"
)


def with_go_betweens(s: RuleSentence, trigger: Hit, actors: list[Actor]) -> list[Actor]:
    """``actors``, two or more, and the states or bodies that a phrase right after
    ``trigger`` says mediated, hosted or convened the talks, with those listed: they take
    part. A go-between joins talks whose parties are named, and names none by itself;
    it is no object of the trigger, so never a group of its own (``meeting_groups``)."""
    by = _GO_BETWEEN.match(s.text, trigger.end) if len(actors) > 1 else None
    first = s.after(by.end()) if by is not None else None
    if by is None or first is None or first.start != by.end():
        return actors
    codes = {actor.country for actor in actors}
    joined = list(actors)
    for mention in s.listed_from(first):
        if mention.code not in codes:
            codes.add(mention.code)
            joined.append(mention.actor)
    return joined
