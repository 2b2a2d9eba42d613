"""What a trip or talks are for, and with whom: a body's gathering held where one goes
("flying to Manila for the yearly meeting of a development bank"), another party named
("flew to Brussels to meet Chile's president"), or private people ("flew to Lima for debt
talks with creditor banks", "is in Santiago to brief exporters", "negotiations with
investors"). The place is then where the meeting was, not a state met: the annotation
guide counts contacts between officials, so private people met are no party, unless an
official is named past them ("with bankers and Peru's finance minister").
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["for_a_gathering", "talks_with_private_people"]


def for_a_gathering(s: RuleSentence, place: ActorMention) -> bool:
    """Whether the trip to ``place`` is for a body's gathering held there ("travelling to
    Manila for the yearly meeting of a development bank"), to meet another named, or to
    meet private people: the body's, the other's or a private meeting, not the host's."""
    if _FOR_A_GATHERING.match(s.text, place.end) is not None:
        return True
    gathering = _FOR_BODY_GATHERING.match(s.text, place.end)
    if gathering is not None and any(
        a.kind == "igo" and gathering.start(1) <= a.start < gathering.end(1) for a in s.actors
    ):
        return True
    if _met_privately(s, _FOR_PRIVATE_PEOPLE.match(s.text, place.end)):
        return True  # "flew to Lima for debt talks with creditor banks"
    # "flew to Brussels to meet Chile's president", "goes to Washington for talks with
    # the Fund's staff": the one met is named, the place is where.
    talks = _FOR_TALKS_WITH.match(s.text, place.end)
    return talks is not None and any(
        a.code
        and (a.kind == "igo" or a.code != place.code)
        and talks.start(1) <= a.start < talks.end(1)
        for a in s.actors
    )


# Going "for" or "to attend" a gathering, and the gathering's words.
_FOR_THE = r"\s+(?:\w+\s+){0,2}?(?:for|to\s+attend)\s+(?:the|a|an|its|this\s+week's)\s+"
_GATHERING = r"(?:meetings?|summit|conference|session|assembly|congress)"
# A gathering of a body's held where one goes, not its host's talks: "(travelled to Manila)
# for the yearly meeting of a development bank", "to attend a summit of".
_FOR_A_GATHERING = re.compile(_FOR_THE + r"(?:[\w-]+\s+){0,3}?" + _GATHERING + r"\s+(?:of|at)\b")
# The same with the body named before the gathering: "for the IMF meeting", "for the
# Andean Community (CAN) session".
_FOR_BODY_GATHERING = re.compile(_FOR_THE + r"((?:[\w().-]+\s+){1,5}?)" + _GATHERING + r"\b")
# Talks with a body at its seat: "will go to Washington in May for talks with the Fund's
# staff" (the host state is where, not with whom).
_FOR_TALKS_WITH = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:for\s+talks|to\s+(?:hold\s+)?talks|for\s+meetings|to\s+meet|"
    # "for a business meeting with", "to hold a meeting with"
    r"(?:for|to\s+hold)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?meeting)"
    r"\s+(?:with\s+)?(?:the\s+)?((?:[\w().'\u2019-]+\s+){1,4})"
)


# Who is met for business of their own, at the head of the phrase after "with" or "to
# meet": lenders, firms and their people, trades, unions, the press.
_PRIVATE = (
    r"(?:creditors?|(?:creditor\s+|commercial\s+|private\s+)?banks|bankers|lenders|"
    r"businessmen|businesspeople|business\s+(?:leaders|people|executives|groups|community)|"
    r"executives|investors|industry\s+(?:leaders|executives|representatives)|"
    r"(?:the\s+)?private\s+sector|companies|firms|producers|exporters|importers|"
    r"farmers|traders|(?:trade\s+)?unions|union\s+leaders|students|journalists|reporters)\b"
)
# The nouns of talks, as a trigger's last word and in a trip's purpose.
_TALKS_NOUNS = frozenset(
    {"talks", "negotiations", "meeting", "meetings", "discussions", "consultations"}
)
_MEETING_NOUNS = "(?:" + "|".join(sorted(_TALKS_NOUNS, key=len, reverse=True)) + ")"
# Words that may qualify them or the talks: "fresh debt", "Peruvian business leaders".
_QUALIFIERS = r"(?:[\w'-]+\s+){0,3}?"
# After the place of a trip or a stay: "for fresh debt talks with creditors", "to brief
# exporters", "to meet investors".
_FOR_PRIVATE_PEOPLE = re.compile(
    rf"\s+(?:(?:for|to\s+hold|to\s+have)\s+{_QUALIFIERS}{_MEETING_NOUNS}\s+with|"
    rf"to\s+(?:meet|meet\s+with|brief|address|woo|court))\s+{_QUALIFIERS}{_PRIVATE}"
)
# After a meeting noun: "negotiations with creditors".
_WITH_PRIVATE_PEOPLE = re.compile(rf"\s+with\s+{_QUALIFIERS}{_PRIVATE}")
# Others met with them: "with bankers and Peru's finance minister".
_LISTED_WITH = re.compile(r"\s+(?:and|as\s+well\s+as|along\s+with|plus)\s+[^,;:.!?]{1,60}")


def talks_with_private_people(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger``, a meeting noun, is followed by private people as those met
    ("negotiations with creditors"), none of them nor of those listed with them of a
    state or body (``_met_privately``)."""
    if trigger.phrase.rsplit(None, 1)[-1] not in _TALKS_NOUNS:
        return False
    return _met_privately(s, _WITH_PRIVATE_PEOPLE.match(s.text, trigger.end))


def _met_privately(s: RuleSentence, found: re.Match[str] | None) -> bool:
    """Whether ``found`` names private people met, and neither they ("the Fund's
    staff" are the Fund's) nor those listed with them ("with bankers and Peru's
    finance minister") are of a state or body."""
    if found is None:
        return False
    listed = _LISTED_WITH.match(s.text, found.end())
    end = listed.end() if listed is not None else found.end()
    return not any(a.code and found.start() <= a.start < end and s.is_agent(a) for a in s.actors)
