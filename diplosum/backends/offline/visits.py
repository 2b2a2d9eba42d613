"""Visits: a meeting's party named as where a visitor went or is, or as its guest.

- Where a visitor arrived or travelled for the visit or talks ("arrived in Kampala for
  talks", "will travel to Ethiopia for talks");
- where an official is or goes, for the triggers of ``meeting.stays`` ("is currently in
  Damascus", "travelled to Riyadh");
- a guest "invited" to the meeting ("Biden invited Modi to Washington for talks").

The one a visitor addresses in person (told, called on, welcomed) is ``addressed``'.
"""

from __future__ import annotations

import re

from ...text.matching import word_alternatives
from .actors import ActorMention, dateline_capital, place_at
from .lexicon import Hit, lexicon
from .meeting_subjects import TRAVELS
from .sentence import RuleSentence
from .trip_purposes import for_a_gathering

__all__ = [
    "STAYS",
    "arrived_in",
    "capital_visited",
    "guest",
    "held_here",
    "held_in",
    "inviter",
    "stay",
    "visit_named",
    "visited_in",
]


# "arrived in Amman on a two-day visit", "will travel to Ethiopia for talks": the place
# the visitor came to is the host (not "arrived in Vienna" alone: a city may host a body).
_ARRIVED_IN = re.compile(
    word_alternatives(["arrived", "arrives", "arriving", "arrive", "landed", "lands"])
    + r"\s+in\s+|"
    + word_alternatives(["travel", "travels", "travelled", "traveled", "travelling"])
    + r"\s+to\s+|"
    + word_alternatives(["flew", "flies", "fly", "flying", "headed", "heading", "heads"])
    + r"\s+to\s+|"
    + word_alternatives(["go", "goes", "going", "went", "come", "comes", "coming", "came"])
    + r"\s+to\s+|"
    # "will send a senior official to Washington for talks": the sender's envoy goes.
    + word_alternatives(["send", "sends", "sending", "sent"])
    + r"\s+(?:[\w-]+\s+){1,8}?to\s+"
)
_VISIT_WORDS = frozenset(
    {"visit", "visits", "talks", "trip to", "tour of", "negotiate", "negotiations", "discussions"}
    # "arrived in Caracas last night to discuss an aid plan": there for talks
    | {"consultations", "discuss"}
)


# Meeting triggers that name no meeting but where an official is or goes: "is currently in
# Damascus", "travelled to Riyadh", "before heading to Britain" (``data/lexicon.json``).
STAYS = lexicon().phrases["meeting.stays"]


_STAY_IN = re.compile(
    word_alternatives(["is", "was"]) + r"\s+(?:currently\s+|now\s+|already\s+)?in\s+[A-Z]"
)


# "Biden invited Modi to Washington for talks": the guest is the other party.
# (past an article or possessive: "invited the Chinese premier", "his U.S. counterpart")
_INVITED = re.compile(
    word_alternatives(["invited", "invites", "invite", "inviting"])
    + r"\s+(?:(?:the|his|her|their|its)\s+)?\Z"
)


def guest(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The party "invited" to the meeting of ``trigger`` in the same clause."""
    for mention in s.actors:
        if mention.end > trigger.start or not mention.code:
            continue
        invited = _INVITED.search(s.text, max(0, mention.start - 24), mention.start)
        if invited and not any(mark in s.text[mention.end : trigger.start] for mark in ",;:"):
            return [mention]
    return []


# "a Peruvian invitation for talks", "an invitation from Peru for talks": who invites,
# right before the invitation or after its "from", then what it is for.
_INVITATION_FOR = re.compile(r"\s+invitations?\s+(?:for|to)\s+(?:[\w-]+\s+){0,4}?\Z")
_FOR_IT = re.compile(r"\s+(?:for|to)\s+(?:[\w-]+\s+){0,4}?\Z")
_INVITATION_FROM = re.compile(r"\binvitations?\s+from\s+(?:the\s+)?\Z")


def inviter(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The party whose invitation is to the meeting of ``trigger`` ("has not answered a
    Peruvian invitation for talks"), named before "invitation" or after its "from"."""
    for mention in s.actors:
        if not mention.code or not trigger.start - 70 <= mention.end <= trigger.start:
            continue
        if _INVITATION_FOR.fullmatch(s.text, mention.end, trigger.start) or (
            _INVITATION_FROM.search(s.text, max(0, mention.start - 20), mention.start)
            and _FOR_IT.fullmatch(s.text, mention.end, trigger.start)
        ):
            return [mention]
    return []


# Gatherings a state named by its name hosts and sits at: "arrived in Peru for a
# summit meeting" (a capital may host a body's: "arrived in Vienna for an OPEC meeting").
_HOSTED_GATHERINGS = frozenset({"meeting", "meetings", "summit", "summits"})


def _of_a_body(s: RuleSentence, start: int, end: int) -> bool:
    """Whether a body is named as the gathering's between ``start`` and just past ``end``
    ("for a Group of Seven summit", "for a meeting of OPEC"): its members are who sit
    there, the host as one of them or not at all."""
    return any(a.kind == "igo" and start <= a.start and a.start <= end + 12 for a in s.actors)


def arrived_in(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state a visitor "arrived in" for the visit or talks of ``trigger``, in the
    same clause."""
    gathering = trigger.phrase in _HOSTED_GATHERINGS
    if trigger.phrase not in _VISIT_WORDS and not gathering:
        return []
    arrived = _ARRIVED_IN.search(s.text, max(0, trigger.start - 120), trigger.start)
    place = place_at(s.text, arrived.end()) if arrived is not None else None
    between = s.text[place.end : trigger.start] if place is not None else ""
    if place is None or any(mark in between for mark in ",;:"):
        return []
    if gathering and (place.kind != "name" or _of_a_body(s, place.end, trigger.end)):
        return []
    if gathering and for_a_gathering(s, place):
        return []  # "flew to Kenya for a meeting with Ethiopia's minister": where, not whom
    # "to arrive in London Monday to attend the talks": talks held there, not with it
    return [] if _TO_ATTEND.search(between) else [place]


_IN = re.compile(r"\s+in\s+")
_HERE = re.compile(r"\s+(here)\b")
# Come "here" for talks: "on arriving here for talks", "flew here to discuss".
_CAME_HERE = re.compile(
    word_alternatives(["arrived", "arrives", "arriving", "arrive", "came", "comes", "flew"])
    + r"\s+(here)\b"
)
_ARRIVED_HERE = re.compile(
    _CAME_HERE.pattern + r"\s+(?:\w+\s+){0,3}?(?:for|to)\s+(?:\w+\s+){0,2}?\Z"
)
# "here" on a visit or for talks, after a comma or "is": "Vega, here on a two-day visit",
# "who is here for talks".
_HERE_ON = re.compile(
    r"(?:,|\b(?:is|was|are|were))\s+(here)\s+(?:on|for)\s+(?:(?:a|an|his|her|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?\Z"
)
# "here this week by", "here by the": the visitor follows.
_BY_VISITOR = re.compile(r"(?:\s+(?:this|last|next)\s+\w+)?\s+by\s+(?:the\s+)?")
_TO_ATTEND = re.compile(r"\bto\s+(?:attend|join|take\s+part\s+in|chair)\b")


def held_in(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The states named as where talks or a visit were ("after talks in Japan", "talks
    in Chile and Bolivia"): their officials are the other party, one meeting each. By
    their names only: a city may host others' talks ("talks in Geneva")."""
    if trigger.phrase.rsplit(None, 1)[-1] not in _VISIT_WORDS:
        return []  # "talks", "held talks", "a visit"
    where = _IN.match(s.text, trigger.end)
    place = place_at(s.text, where.end()) if where is not None else None
    before = _IN_FOR.search(s.text, max(0, trigger.start - 80)) if place is None else None
    if before is not None and before.end() == trigger.start:
        # "Yeutter, in New Zealand for informal ministerial talks, told ...": there for them.
        place = place_at(s.text, before.start(1))
    if place is None or place.kind != "name":
        return []
    return _listed_after(s, place, ("name",))


def _listed_after(
    s: RuleSentence, place: ActorMention, kind: tuple[str, ...] | None
) -> list[ActorMention]:
    """``place`` and the places listed after it ("in Chile, Bolivia and Peru"), those
    of a ``kind`` if given."""
    places = [place]
    while (joined := _NEXT_PLACE.match(s.text, places[-1].end)) is not None:
        listed = place_at(s.text, joined.end())
        if listed is None or (kind is not None and listed.kind not in kind):
            break
        places.append(listed)
    return places


def held_here(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state of the capital a story is datelined in, for talks or a visit "here"
    ("SEOUL, June 18 - An IMF team held talks here", "on arriving here for talks",
    "Soto, here on a two-day visit"): its officials are the other party, with a visitor
    named after "by" ("a visit here this week by Ecuador's minister"). Not a city that is
    no capital ("GENEVA"), where others meet."""
    before = max(0, trigger.start - 60)
    here = (
        _HERE.match(s.text, trigger.end)
        or _ARRIVED_HERE.search(s.text, before, trigger.start)
        or _HERE_ON.search(s.text, before, trigger.start)
    )
    if here is None or trigger.phrase.rsplit(None, 1)[-1] not in _VISIT_WORDS:
        return []
    capital = dateline_capital(s.article)
    if capital is None:
        return []
    by = _BY_VISITOR.match(s.text, here.end())
    visitor = [a for a in s.actors if a.code and by is not None and a.start == by.end()]
    return [capital._replace(start=here.start(1), end=here.end(1)), *visitor]


# A visit to a place in a state: "visited a port in the Peruvian capital Lima", "will visit
# an orphanage in Tanzania" (a few words of one noun phrase, no clause break).
_VISITED = frozenset({"visit", "visits", "visited", "visiting"})
_PLACE_IN = re.compile(
    r"\s+(?:(?:a|an|the|some|several|two|three)\s+)?"
    r"(?:(?!(?:after|before|to|for|with|on|at|by|during|and|or|of|from|talks)\b)[\w/'-]+\s+){1,4}?"
    r"in\s+"
)


_VISITED_IN = re.compile(r"\bvisit(?:s|ed|ing)?" + _PLACE_IN.pattern + r"(?:the\s+)?[A-Z]")


def visited_in(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state where a visitor went to see a place ("visited a factory in China"),
    by its name or its capital."""
    if trigger.phrase not in _VISITED:
        return []
    where = _PLACE_IN.match(s.text, trigger.end)
    place = place_at(s.text, where.end()) if where is not None else None
    return [place] if place is not None else []


# A capital named by its state's adjective right after a visit: "visited the Peruvian
# capital" (its people are no agents, so the object rules pass it by).
# "visited the Peruvian capital", "a visit to the Peruvian capital", "flew to the Peruvian
# capital"
_THE_CAPITAL = re.compile(r"\s+(?:to\s+)?(?=the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+capital\b)")


def capital_visited(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state whose capital a visit or a journey goes to, named by its adjective."""
    if not trigger.phrase.startswith("visit") and trigger.phrase not in TRAVELS:
        return []
    capital = _THE_CAPITAL.match(s.text, trigger.end)
    place = place_at(s.text, capital.end()) if capital is not None else None
    return [place] if place is not None else []


# Where one is for talks, named before them: "in New Zealand for informal talks".
_IN_FOR = re.compile(r",\s+in\s+((?:the\s+)?[A-Z][^,;:]{1,40}?)\s+for\s+(?:[\w-]+\s+){0,4}")


def stay(s: RuleSentence, trigger: Hit, subject: list[ActorMention]) -> list[ActorMention]:
    """For a trigger of ``STAYS`` ("is currently in", "travelled to"), the states of the
    places listed, when the subject is an official ("Iranian Prime Minister X is currently
    in Damascus", "travelled to France, Germany and Italy"); else none."""
    place = place_at(s.text, trigger.end + 1)
    if place is None or not any(_official_or_delegation(s, a) for a in subject[:1]):
        return []
    places = _listed_after(s, place, None)
    return [] if for_a_gathering(s, places[-1]) else places


def _official_or_delegation(s: RuleSentence, mention: ActorMention) -> bool:
    """Whether ``mention`` is an official, or a state's delegation or officials ("a
    Chilean delegation is in Lima for talks"; not "Chilean tourists")."""
    if s.is_official(mention):
        return True
    start = mention.end + 2 if s.text.startswith(("'s", "\u2019s"), mention.end) else mention.end
    return mention.kind != "person" and _DELEGATION.match(s.text, start) is not None


# A state's people sent on its business: "a Chilean (trade) delegation", "Peru's envoys".
_DELEGATION = re.compile(
    r"\s+(?:(?:trade|negotiating|government|official|diplomatic|high-level|senior|"
    r"ministerial|military)\s+)?(?:delegations?|negotiators|envoys|officials|diplomats|"
    r"mission|emissaries)\b"
)


# Between two places listed: "France, Germany and Italy" (not "France, the minister").
_NEXT_PLACE = re.compile(r",?\s+and\s+|,\s+(?=[A-Z])")


_TALKS_IN = re.compile(
    word_alternatives(["talks", "visit", "visits"]) + r"\s+(?:in\s+[A-Z]|here\b)"
)


def visit_named(s: RuleSentence) -> bool:
    """Whether ``s`` may name a party as where a visitor arrived, is, or held talks
    ("talks in Japan", "talks here", "arrived here for talks")."""
    return (
        _ARRIVED_IN.search(s.text) is not None
        or _STAY_IN.search(s.text) is not None
        or _TALKS_IN.search(s.text) is not None
        or _IN_FOR.search(s.text) is not None
        or _VISITED_IN.search(s.text) is not None
        or _CAME_HERE.search(s.text) is not None
    )
