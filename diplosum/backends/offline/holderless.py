"""Stance triggers whose clause names no holder, for ``stances``: the verb of "you", whom
a speaker addresses, or anyone ('"Whether you back the plan or not, we will talk," the
president said' is no position of the president's).

(The verb of a relative clause whose head is a thing, "in a row that threatened to
spread", was read here too for a while, and is again the clause subject's: see the
commit that took it out.)
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["held_by_no_one"]

# "you" right before the verb, past an adverb or an auxiliary: whom a speaker addresses.
_YOU = re.compile(
    r"\b[Yy]ou\s+(?:(?:also|all|really|do|did|will|would|must|may|might|can|could|should)\s+)?\Z"
)


def held_by_no_one(s: RuleSentence, hit: Hit) -> bool:
    """Whether the stance trigger ``hit`` is the verb of "you": a position no one the
    sentence names holds."""
    return _YOU.search(s.text, max(0, hit.start - 24), hit.start) is not None
