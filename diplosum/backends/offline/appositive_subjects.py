"""Two people as one subject when the second (or each) is set off with an appositive
office, for ``subjects``: "Ana Soto, Peru's trade minister, and Luis Vega, Chile's
economy minister, met in Lima", "Trade Minister Ana Soto and Luis Vega, Chile's economy
minister, are due to meet". The list is broken by the commas of the appositives, so the
subject read otherwise is the state named in the last appositive alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import ActorMention

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["appositive_pair"]

# After the second person: its appositive (no clause break inside), then at most three
# words in small letters before the verb ("are due to", "have").
_SECOND_TAIL = re.compile(r",\s+[^,;:\"\u201c\u201d]{3,80},\s+(?:[a-z]+\s+){0,3}\Z")
# Between the two: "and", past the first one's own appositive or state ("of Peru"), if any.
_JOINED = re.compile(
    r"(?:,\s+[^,;:\"\u201c\u201d]{3,80},|\s+of\s+(?:the\s+)?[A-Z][\w.'\u2019-]*)?\s+and\s+\Z"
)
# Before the first: the start of the sentence or of a clause, and the first one's title
# ("Deputy trade minister Ana Soto and ...").
_OPENS = re.compile(r"(?:\A|\bthat\s+|[;:]\s+)[\"\u201c]?(?:[\w.'\u2019-]+\s+){0,6}\Z")


def appositive_pair(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The two people of different states who are the subject of the clause ending at
    ``offset``, the second set off with an appositive office; none where that is not
    the clause's shape."""
    people = [a for a in s.actors if a.end <= offset and a.kind == "person" and a.code]
    # The second is the one the appositive follows (not a title's word read as a name
    # inside it: "deputy minister of International Trade").
    at = next(
        (
            i
            for i in range(len(people) - 1, 0, -1)
            if _SECOND_TAIL.fullmatch(s.text, people[i].end, offset)
        ),
        None,
    )
    if at is None:
        return []
    first, second = people[at - 1], people[at]
    if first.code == second.code:
        return []
    if not _JOINED.fullmatch(s.text, first.end, second.start):
        return []
    if not _OPENS.search(s.text, 0, first.start):
        return []
    # Nothing else named between them but the states of their appositives.
    between = [a for a in s.actors if first.end <= a.start < second.start and a.code]
    if any(a.kind == "person" for a in between):
        return []
    return [first, second]
