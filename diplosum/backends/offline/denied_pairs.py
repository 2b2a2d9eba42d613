"""Two words of position denied in one breath, joined by "nor" or "or". Of opposite
sides ("neither supported nor opposed the bid", "did not welcome or condemn the coup"),
the holder says, in so many words, that it takes no side: a neutral position, stated once,
by the second word (whose object is what it is about); the first word states none. Of one
side ("did not condemn or criticise the coup"), the second is denied as the first is, and
says it once, with its object: no opposition stated, or opposition for denied support
("did not welcome or endorse the plan").
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["DeniedPair", "denied_pair"]

# Between the two words: "nor" or "or", an adverb allowed after it ("nor openly opposed").
_JOINED = re.compile(r"\s+n?or\s+(?:\w+ly\s+)?\Z")
# Before the first word: "neither", or a negation ("did not", "would never", "won't"), an
# adverb between allowed ("did not publicly").
_DENIED = re.compile(
    r"(?:\b(?:neither|not|never)|n['\u2019]t)\s+(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)
_SIDES = ("stance.support", "stance.oppose")


class DeniedPair(NamedTuple):
    """Where ``trigger`` stands in a denied pair, and whether the other word is of its side."""

    place: Literal["first", "second"]
    same_side: bool


def denied_pair(s: RuleSentence, trigger: Hit, listed: str) -> DeniedPair | None:
    """Whether ``trigger``, a word of the ``listed`` position, is the first or the second of
    two denied words of position joined by "nor" or "or" (see the module docstring), else
    ``None``."""
    if listed not in ("support", "oppose"):
        return None
    for name in _SIDES:
        for other in s.find(name):
            if other.start >= trigger.end and _pair(s, trigger, other):
                return DeniedPair("first", name == f"stance.{listed}")
            if other.end <= trigger.start and _pair(s, other, trigger):
                return DeniedPair("second", name == f"stance.{listed}")
    return None


def _pair(s: RuleSentence, first: Hit, second: Hit) -> bool:
    return bool(
        _JOINED.match(s.text[first.end : second.start])
        and _DENIED.search(s.text, max(0, first.start - 24), first.start)
    )
