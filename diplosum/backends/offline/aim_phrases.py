"""Phrases of aim set off by a comma, for ``goals``: an opening one ("In a bid to ease
tensions, China sent ..."), whose holder is the main clause's subject after its comma,
and a trailing one ("Brazil may block Venezuela, in a bid to weaken Maduro"), whose
holder is the subject of the clause before its comma, past an aside set off right
before it ("launched a raid on Peru, now known as the Tacna raid, in order to").
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["opening_aim", "trailing_aim"]

# An opening phrase of aim, whose holder is the main clause's subject after its comma.
_OPENING_AIM = re.compile(
    r"\s*(?:In\s+(?:a|an)\s+(?:bid|effort|attempt|move)|In\s+order|Seeking|Hoping|Aiming|"
    r"Trying|Determined|Eager|Keen)\b[^,;]*,\s*"
)


# A phrase of aim after a comma: ", in a bid to", ", in an effort to" (the trigger is
# "bid to", "effort to"), ", in order to", ", seeking to".
_TRAILING_AIM = re.compile(r",\s+(?:in\s+(?:a|an)\s+)?\Z")
# A reduced relative or appositive set off right before a trailing aim.
_ASIDE = re.compile(
    r",\s+(?:(?:now|also|later|\w+ly)\s+){0,2}(?:known|called|dubbed|named|seen|described)"
    r"\s[^,;:]*\Z"
)
_TRAILING_PHRASES = frozenset(
    {"bid to", "effort to", "efforts to", "attempt to", "in order to", "seeking to", "aiming to"}
)


def opening_aim(s: RuleSentence, trigger: Hit) -> int | None:
    """Where the opening phrase of aim that holds ``trigger`` ends ("In a bid to ease
    tensions, | China sent ..."); ``None`` if the trigger is in no such phrase."""
    opening = _OPENING_AIM.match(s.text, s.opens())
    return opening.end() if opening is not None and trigger.end <= opening.end() else None


def trailing_aim(s: RuleSentence, trigger: Hit) -> int | None:
    """Where the clause ends whose subject holds the trailing aim ``trigger`` (", in a
    bid to"): at the comma before it, or at the one before an aside ("..., now known as
    the Tacna raid, in order to"); ``None`` if ``trigger`` trails no clause so."""
    trailing = _TRAILING_AIM.search(s.text, max(0, trigger.start - 12), trigger.start)
    if trailing is None or trigger.phrase not in _TRAILING_PHRASES:
        return None
    aside = _ASIDE.search(s.text, max(0, trailing.start() - 80), trailing.start())
    return aside.start() if aside is not None else trailing.start()
