"""Speakers named by an office before their name: "the EU ambassador to the WTO, Ana
Soto, said" speaks for the EU, "its ambassador to Kuwait, Ernest Zverev, said" for the
state the sentence opens with; "the ambassador to Peru, Ana Soto, said" for no one the
rules can tell. For ``reporting``.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .lexicon import Hit
from .mention import PEOPLE
from .sentence import RuleSentence
from .subjects import posting_state

__all__ = ["office_holder_speaker", "opening_state"]

# An office, then its holder's name between commas, then the verb: "the EU ambassador to
# the WTO, Ana Soto, said" (the comma before "said" closes the name, no quotation).
_OFFICE_THEN_NAME = re.compile(
    r"([^,;:\"\u201c\u201d]{3,90}),\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*,\s*\Z"
)
_ITS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\b")


def office_holder_speaker(s: RuleSentence, clause: Hit) -> tuple[bool, ActorMention | None]:
    """Whether an office named before its holder's name and reporting ``clause`` decides
    the speaker, and who: that office's state ("the EU ambassador to the WTO, Ana Soto,
    said"), or the sentence's for "its ambassador"; ``(False, None)`` when none is named."""
    if not s.text[: clause.start].rstrip().endswith(","):
        return False, None  # no name set off right before the verb (most clauses)
    office = _OFFICE_THEN_NAME.search(s.text, max(0, clause.start - 150), clause.start)
    if office is None:
        return False, None
    if _ITS.search(s.text, *office.span(1)):
        return True, opening_state(s)  # "its ambassador to Kuwait, ..."
    start, end = office.span(1)
    inside = [a for a in s.actors if start <= a.start and a.end <= end and a.code]
    return (True, _office_state(s, inside[0])) if inside else (False, None)


def _office_state(s: RuleSentence, first: ActorMention) -> ActorMention | None:
    """The state or body of an office named before its holder's name and the reporting
    verb, whose first party is ``first``: "the EU ambassador to the WTO" is the EU's,
    "the ambassador to Peru" no one's the rules can tell."""
    if first.kind not in PEOPLE and s.text.endswith(" to ", 0, first.start):
        return None  # an envoy to that state ("an adviser to Assad" is Assad's)
    speaker = posting_state(s, first)
    return speaker if s.is_agent(speaker) else None


def opening_state(s: RuleSentence) -> ActorMention | None:
    """The state or body the sentence opens with as its subject, if any."""
    first = s.actors[0] if s.actors else None
    if (
        first is None
        or first.code is None
        or s.text[s.opens() : first.start].strip()
        or not s.is_agent(first)
    ):
        return None
    return first
