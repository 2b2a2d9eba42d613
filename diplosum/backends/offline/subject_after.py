"""A clause's subject named after it, for ``subjects.holders``: an opening participle
phrase ("Condemning the attack, France called for calm", "Having condemned the coup,
the AU suspended Mali", "While welcoming the deal, Japan warned ...") has for its
subject that of the main clause after its comma.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import ActorMention

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["after_opening_participle", "opening_participle_end"]


# The sentence's opening participle phrase up to its comma, and what opens the main
# clause's subject; not "According to Peru," (a source), nor prepositions in "-ing"
# ("During the talks,", "Notwithstanding the data,").
_OPENING_PARTICIPLE = re.compile(
    r"(?:(?:After|Before|While|When|Since|By|Despite|Though|Although)\s+)?"
    r"(?!(?:According|Including|Following|Regarding|Concerning|During|Notwithstanding|"
    r"Pending|Barring|Excluding|Nothing|Something|Everything)\b)"
    r"(?:[A-Za-z]+ing|Having\s+[a-z]+(?:ed|en|wn|ught))\b[^,;:\"\u201c]*(,)\s+(?:the\s+)?"
)


def after_opening_participle(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The subject of the main clause, with those listed with it, when ``offset`` lies in
    the participle phrase that opens the sentence; else none."""
    found = _opening(s, offset)
    return found[1] if found is not None else []


def opening_participle_end(s: RuleSentence, offset: int) -> int | None:
    """Where the participle phrase that opens the sentence ends (its comma), when
    ``offset`` lies in it and the main clause's subject after it is an actor; else
    ``None``."""
    found = _opening(s, offset)
    return found[0].start(1) if found is not None else None


def _opening(s: RuleSentence, offset: int) -> tuple[re.Match[str], list[ActorMention]] | None:
    """The opening participle phrase ``offset`` lies in, and the main clause's subject."""
    opening = _OPENING_PARTICIPLE.match(s.text)
    if opening is None or offset >= opening.end():
        return None
    first = next((a for a in s.actors if a.start >= opening.end()), None)
    if first is None or first.start != opening.end() or not s.is_agent(first):
        return None
    if s.text[first.end : first.end + 1] == "-":
        return None  # "U.N.-brokered talks ...": a modifier, not the subject
    return opening, s.listed_from(first)
