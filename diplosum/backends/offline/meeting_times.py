"""Whether a meeting was held or is planned, as the words of time and travel around it
tell (``meeting_status`` asks after what the sentence states outright).

A trip made for it ("flew to Geneva to meet") or the sentence's opening phrase naming
it ("At a meeting of EC ministers, Britain called for") is held, as is a visit named
after "after" or "since" ("heads to Lima after visiting Quito", ``done_before``), a
meeting with a time gone by in its clause ("last week") or right after it was begun
("opened talks with"); a journey ahead for it ("is going to Moscow for talks") or a
present verb with a day to come ("arrives for talks on Wednesday") is planned.
"""

from __future__ import annotations

import re
from typing import Literal

from ...text.dates import WEEKDAYS
from ...text.matching import word_alternatives
from .clauses import A_TIME_BEFORE, SIDELINES
from .lexicon import Hit, lexicon
from .sentence import RuleSentence

__all__ = ["DAY_NAMED", "done_before", "told_by_time"]


# What is still to come, before "after visiting": "will fly to Lima after visiting Quito".
_FUTURE_WORD = re.compile(
    r"\b(?:will|would|shall|'ll|plans?\s+to|planning\s+to|(?:is|are)\s+(?:due\s+)?to|"
    r"expected\s+to|set\s+to|next)\b",
    re.IGNORECASE,
)


def done_before(s: RuleSentence, trigger: Hit, lowered: str) -> bool:
    """Whether ``trigger`` is a gerund after "after" or "since" ("after visiting Quito",
    ``lowered``: the words before it in small letters) in a sentence of nothing still to
    come: done before the sentence's main act."""
    return (
        trigger.phrase.endswith("ing")
        and lowered.endswith(("after ", "since "))
        and not _FUTURE_WORD.search(s.text, 0, trigger.start)
    )


# A meeting something followed: "announced the proposal after a meeting in Doha".
_AFTER_IT = re.compile(
    r"\b(?:after|following)\s+(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){0,3}\Z"
)


# A past journey whose purpose the meeting was: "flew to Geneva to meet", "escorted him
# into the Oval Office to meet". ("will fly to Geneva to meet" is a plan.)
_JOURNEYED = (
    r"\b(?:flew|travell?ed|went|came|arrived|returned|headed|drove|sailed|escorted|accompanied)\b"
)


_TRAVELLED_TO = re.compile(_JOURNEYED + r"[^,;:]{0,70}\bto\s+\Z")


# A past choice or feat whose act the meeting is: "chose his first week in office to
# visit Boric", "managed to meet", "used the trip to meet" (not "chose not to").
_DID_SO = re.compile(
    r"\b(?:chose|managed|used|seized|took\s+(?:the|that|this)\s+(?:opportunity|chance|time))"
    r"\b(?!\s+not\b)[^,;:]{0,70}\bto\s+\Z"
)


# A journey ahead, for the meeting: "is going to Moscow for talks", "would go to
# Quito for talks", "will send an envoy to Lima for talks".
_JOURNEY_AHEAD = re.compile(
    r"\b(?:will|would|shall|is|are|to|be)\s+(?:\w+ly\s+|also\s+|soon\s+)?"
    r"(?:go|going|travel|travell?ing|fly|flying|head|heading|come|coming|send|sending)\b"
    r"[^,;:]{0,70}\Z"
)


# A meeting named in the phrase that opens the sentence, as where its main clause
# happened: "At a meeting of Andean trade ministers, Britain called for a debate".
_OPENS_AT = re.compile(
    rf"\s*(?:(?:At|During|On\s+the\s+{SIDELINES}\s+of)\s+(?:a|an|the|their|its|his|her|this|"
    r"last|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\b"
    # "A day after speaking with Garcia, the Chilean leader posted": what came before.
    rf"|(?:{A_TIME_BEFORE}after|After|Following)\b)[^,;:]*\Z"
)


# A stay named by a past journey ("travelled to Riyadh"): held, whatever it was for.
_PAST_JOURNEY = re.compile(_JOURNEYED)


# A time gone by in the trigger's clause: what it names happened.
_PAST_TIME = re.compile(
    rf"\b(?:(?:last|earlier\s+this)\s+(?:week|month|year|weekend|{WEEKDAYS})|yesterday|"
    r"\w+\s+(?:days|weeks|months)\s+ago|"
    # "following the recent G7 meeting", "at their previous summit"
    r"(?:the|their|its|a)\s+(?:recent|previous|last|earlier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|meetings|summit|talks|visit|round))\b"
)


# "said he was pleased to meet": a meeting had, in the past tense of a feeling about it.
_PLEASED_TO = re.compile(
    r"\b(?:was|were)\s+(?:very\s+|so\s+)?(?:pleased|happy|glad|delighted|honou?red)\s+to\s+$"
)


# A day to come named: "on Wednesday", "tomorrow" (a pattern fragment).
DAY_NAMED = rf"on\s+(?:{WEEKDAYS})|tomorrow"


# A meeting begun or ended, in the past tense, right before it: "opened talks with",
# "began two days of talks", "concluded their meeting".
_BEGUN = re.compile(
    r"\b(?:opened|began|started|resumed|concluded|ended|wrapped\s+up)\s+(?:[\w-]+\s+){0,3}\Z"
)


# A present tense with a day to come is news of a plan: "Boric arrives for talks with
# Lula on Wednesday", "Putin meets Xi tomorrow".
_PRESENT_VERB = re.compile(
    word_alternatives(
        (
            *("arrives", "visits", "meets", "holds", "flies", "travels", "heads", "hosts"),
            *("leaves", "departs", "sets off"),
            # "Chile and Peru kick off trade talks tomorrow", "they open talks on Monday"
            *("kick off", "kicks off", "begin", "begins", "open", "opens", "start", "starts"),
            *("resume", "resumes", "hold", "meet", "convene", "convenes"),
        )
    )
    + r"\b"
)


# The meeting the subject of a present verb: "the talks begin tomorrow".
_PRESENT_AFTER = re.compile(
    r"\s+(?:begin|open|start|resume|continue|take\s+place|get\s+under\s+way|are\s+held)\b"
)


_DAY_AHEAD = re.compile(
    rf"\b(?:{DAY_NAMED}|tonight|this\s+(?:evening|afternoon|weekend)|later\s+today)\b"
)


def _opens_sentence_held(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a meeting in the sentence's opening phrase with no plan or
    time to come in that phrase, and a main clause in the past after it."""
    if _OPENS_AT.match(s.text, s.opens(), trigger.start) is None:
        return False
    comma = s.text.find(",", trigger.end)
    if comma < 0 or s.has("meeting.planned", 0, comma) or s.has("meeting.cancelled", 0, comma):
        return False
    return _PAST_MAIN.match(s.text, comma + 1) is not None


# The main clause after the opening phrase, its verb in the past: "Britain called for".
# Not "the two will be joined by": a future passive.
_PAST_MAIN = re.compile(
    r"\s*(?:(?!(?:will|would|shall|be)\b)[\w.'\u2019-]+\s+){1,6}?"
    r"(?:\w+ed|said|told|met|held|made|gave)\b"
)


# Who did it first or last, in the past: "was the first head of state to see Obama",
# "became the only Peruvian president to visit" (not "will be the first to").
_FIRST_TO = re.compile(
    r"\b(?:was|were|became|has\s+been|had\s+been)\s+(?:the\s+)?(?:first|second|third|last|"
    r"only|latest)\s+(?:[\w-]+\s+){0,4}?to\s+\Z"
)


def told_by_time(
    s: RuleSentence, trigger: Hit, before: str, lowered: str, clause: tuple[int, int]
) -> Literal["held", "planned"] | None:
    """Held or planned, as the words of time and travel around the meeting tell: a trip
    made or ahead, "after" it, a present verb with a day ahead, a past time; else
    ``None``."""
    start, end = clause
    if _opens_sentence_held(s, trigger):
        return "held"
    if _JOURNEY_AHEAD.search(before):
        return "planned"
    if _FIRST_TO.search(lowered):
        return "held"  # "was the first head of state to see him": done, in the past
    if (
        _TRAVELLED_TO.search(before)
        or _PAST_JOURNEY.match(trigger.phrase)
        or _DID_SO.search(s.text, max(0, trigger.start - 100), trigger.start)
    ):
        return "held"  # "flew to Geneva to meet Shevardnadze": the trip's purpose, met
    if _AFTER_IT.search(lowered) and not s.has("meeting.planned", start, end):
        return "held"  # "announced the proposal after a previously undisclosed meeting"
    present = _PRESENT_VERB.search(s.text, start, trigger.end) or _PRESENT_AFTER.match(
        s.text, trigger.end
    )
    if present and _DAY_AHEAD.search(s.text, start, end):
        return "planned"  # "Boric arrives for talks with Lula on Wednesday"
    if (
        trigger.phrase in lexicon().phrases["meeting.held"]
        or _PAST_TIME.search(s.text, start, end)
        or _BEGUN.search(lowered)
        or _PLEASED_TO.search(lowered)
    ):
        return "held"  # "met", "at a meeting in Paris last month", "opened talks with"
    return None
