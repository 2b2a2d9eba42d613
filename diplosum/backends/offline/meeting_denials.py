"""Whether the words around a meeting's trigger deny it, for ``meeting_status``: "no
talks", "refused to meet", "ruled out talks", "skipped the summit", "reports of a
meeting were denied", "talks were not on the agenda", "no plans to meet". A denial of
something said of the meeting ("did not mention that they met") leaves it.
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["denied"]

# Words before a trigger that deny the meeting, or make it a wish (matched in lower case).
_DENIED = re.compile(
    # "no progress was made in talks": the talks were held, their outcome is denied.
    r"\b(?:no(?!\s+(?:progress|breakthrough|agreement|deal|results?|headway|sign|"
    r"conclusion|decision)\b)|not|never|neither|without|in the absence of|lack of|"
    # "absent talks between the two sides" (as a preposition, not "the absent president")
    r"absent(?=(?:\s+(?:any|further|direct|new|serious))?\s*$)|"
    r"refused to|refuses to|refusing to|"
    r"declined to|ruled out|"
    r"rules out|rejected|rejects|won't|will not|did not|didn't|cannot|can't|unable to|"
    # "they couldn't have a meeting", "failed to meet", "have not held talks since 2015"
    r"couldn't|could not|failed to|fails to|has not|have not|had not|hasn't|haven't|hadn't|"
    r"(?:declined|rejected|turned down) (?:an|the|a|its|his|her) (?:[\w-]+ )?invitation|"
    r"denied|denies|deny|denying|unwilling to|boycott|boycotted|boycotting|boycotts|boycott of|"
    # "will skip the summit", "will miss a speech at the summit by"
    r"skip|skips|skipped|skipping|will miss|to miss|missed|misses|"
    r"stayed away from|stay away from|"
    # "had pulled out of the talks": not there (those who stay are named elsewhere)
    r"pulled out of|pull out of|pulls out of|pulling out of)\b"
    r"(?:[^,.;]|(?<=\b[A-Za-z])\.){0,40}$"
)
# No plan for the one who would go, however long their title: "no plans for
# Peruvian finance minister Luis Vera to meet", "no immediate plans to hold talks".
_NO_PLAN = re.compile(
    r"\b[Nn]o\s+(?:immediate\s+|firm\s+|concrete\s+|current\s+)?(?:plans?|intention)\s+"
    r"(?:for\s+(?:[^,.;:]|(?<=\b[A-Za-z])\.){1,100}?\s+)?to\s+(?:\w+\s+){0,2}\Z"
)
# "without noting that Harris met Netanyahu", "did not mention that they met": the
# negation is of the saying; the meeting is the writer's fact.
_NOT_SAYING = re.compile(
    r"\b(?:noting|noted|mentioning|mentioned|mention|saying|adding|acknowledging|acknowledged)"
    r"\s+that\b"
)
# "any peace talks", "any future negotiations": whatever meeting there may be, none held
# or set.
_ANY_BEFORE = re.compile(r"\bany\s+(?:[a-z-]+\s+){0,2}$")
_DENIED_AFTER = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:denied|dismissed|ruled\s+out|rejected)\b"
)
# The meeting as the subject of "not on the agenda": "talks with Peru were not on the
# agenda", "a summit is off the table" (not "met Peru, and trade was not on the agenda").
_OFF_AGENDA = re.compile(
    r"(?:\s+(?:with|between|on|in|of)\s+[^,;:.]{1,60}?)?\s+(?:is|are|was|were)\s+"
    r"(?:(?:not|no\s+longer)\s+on|off)\s+the\s+(?:agenda|table|cards)\b"
)


def denied(s: RuleSentence, trigger: Hit, lowered: str, end: int) -> bool:
    """Whether the sentence denies the meeting of ``trigger`` ("no talks", "reports of a
    meeting ... were denied"), not reports a denial of something said. ``lowered``: the
    words before the trigger in lower case; ``end``: where its clause ends."""
    found = _DENIED.search(lowered)
    if found is not None and not _NOT_SAYING.search(lowered, found.start()):
        return True
    if _ANY_BEFORE.search(lowered):
        return True  # "objected to including the rebels in any peace talks"
    if _NO_PLAN.search(s.text, max(0, trigger.start - 140), trigger.start):
        return True  # "no plans for Peru's finance minister Luis Vera to meet": a long way
    return (
        _DENIED_AFTER.search(s.text, trigger.end, end) is not None
        or _OFF_AGENDA.match(s.text, trigger.end) is not None
    )
