"""The state a story is datelined in as the host of a meeting that names no other party.

A wire story opens on the city it is told from ("LIMA -"). A visit that names no place
("ahead of the Chilean president's visit") and talks with officials the sentence does
not place ("met the prime minister", "held talks with government officials") are, when
the visitor is another state's official, the dateline state's: where the story is told
is where they happen. Not a city that is no capital ("GENEVA", where others meet), nor a
bureau's city the story never names again ("DAKAR - ... visiting Chad"). "Here" is
``visits.held_here``'s. Likewise an institution or a head of state named alone ("LIMA -
The government rejected ...", "The president welcomed ...") with no state or person
named before is the dateline state's (``dateline_state``, for ``institutions`` and
``offices``), never a body's seat's ("BRUSSELS - The government": Belgium's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...models import IGO_CODES, Actor
from ...text.gazetteer import gazetteer
from .actors import ActorMention, dateline_capital
from .lexicon import Hit

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["dateline_host", "dateline_state", "guest_named_after", "may_meet_dateline"]


def dateline_host(
    s: RuleSentence, trigger: Hit, visitors: list[ActorMention]
) -> list[ActorMention]:
    """The state of the capital the story is datelined in, for a visit that names no
    place or talks with officials named by office alone, by ``visitors`` of another
    state (one of them an official), where the story names that state past its dateline."""
    if not visitors or not _names_no_host(s, trigger):
        return []
    capital = dateline_capital(s.article)
    if capital is None or any(v.code == capital.code for v in visitors):
        return []
    if not any(s.is_official(v) for v in visitors):
        return []
    if not _named_past_dateline(s.article, capital):
        return []
    return [capital._replace(start=trigger.start, end=trigger.end)]


def dateline_state(article: str) -> Actor | None:
    """The state of the capital ``article`` is datelined in, where the story names that
    state past its dateline ("LIMA - The government said ..., Peru's ..."): whose
    institutions named alone ("the government", "the foreign ministry") are."""
    capital = dateline_capital(article)
    if capital is None or capital.code in IGO_CODES:
        return None  # "BRUSSELS - The government ...": Belgium's, not the EU's
    return capital.actor if _named_past_dateline(article, capital) else None


def guest_named_after(s: RuleSentence, trigger: Hit, others: list[ActorMention]) -> bool:
    """Whether ``others`` name the guest of an adjectival "visiting" ("the visiting
    Chilean minister"), not a place visited, in a sentence that names no one else."""
    return (
        trigger.phrase == "visiting"
        and len({o.code for o in others}) == 1
        and _THE_BEFORE.search(s.text, max(0, trigger.start - 8), trigger.start) is not None
        and others[0].start - trigger.end <= 2
    )


def may_meet_dateline(s: RuleSentence) -> bool:
    """Whether ``s`` holds a meeting whose host may be its story's dateline state (for the
    sentences ``rules`` reads for meetings: those that name one state only)."""
    return any(_names_no_host(s, hit) for hit in s.find("meeting.triggers")) and (
        dateline_capital(s.article) is not None
    )


def _names_no_host(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a visit that names no place after it, or a meeting with
    officials named by their office alone ("met the president", "talks with officials")."""
    if trigger.phrase in _VISIT_NOUNS:
        return _TO_A_PLACE.match(s.text, trigger.end) is None
    if trigger.phrase == "visiting":
        # "the visiting Chilean minister", "who is visiting, said": a guest, of no place
        return (
            _THE_BEFORE.search(s.text, max(0, trigger.start - 8), trigger.start) is not None
            or _NOTHING_AFTER.match(s.text, trigger.end) is not None
        )
    return _OFFICE_MET.match(s.text, trigger.end) is not None


def _named_past_dateline(article: str, capital: ActorMention) -> bool:
    """Whether ``article`` names the state of its dateline's ``capital`` past the dateline."""
    return any(
        capital.code in mention.codes and mention.start > capital.end
        for mention in gazetteer().find(article)
    )


_VISIT_NOUNS = frozenset({"visit", "visits", "trip"})
# The place a visit names right after it: "a visit to", "his trip in", "visits abroad".
_TO_A_PLACE = re.compile(r"\s+(?:(?:to|in|into|of|at|abroad|overseas|across)\b|here\b)")
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|his|her|their|its)\s+\Z")
_NOTHING_AFTER = re.compile(r"\s*(?:[,;.]|\s+(?:said|says|told)\b)")
# Officials met, named by office alone: "met the president", "held talks on Monday with
# senior government officials", "talks with the prime minister" (the office ends the
# phrase: not "the president of Peru", "officials from Bolivia").
_OFFICE_MET = re.compile(
    r"(?:\s+on\s+\w+)?(?:\s+with)?\s+(?:the\s+)?(?:(?:senior|top|government|local|"
    r"host)\s+)*(?:president|prime\s+minister|premier|king|emir|chancellor|"
    r"foreign\s+minister|officials|ministers|leaders|authorities)\b"
    r"(?!\s+(?:of|from|in)\b|['\u2019])"
)
