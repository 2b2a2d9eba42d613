"""Stance triggers whose clause names no holder, for ``stances``: the verb of "you" (whom
a speaker addresses, or anyone: '"Whether you back the plan or not, we will talk," the
president said' is no position of the president's), and the verb of a relative clause
whose head is a thing ("in a row that threatened to spread", "an accord which supports
sugar prices"), not a state, its people or a document they issued.
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
# A relative clause right before the verb whose head is a thing, no one who acts (not "the
# government, which opposes", nor a name's: "Chile, which opposes").
_THING_THAT = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}"
    r"(?!(?:government|ministry|administration|country|state|nation|regime|side|party|"
    r"president|minister|leader|official|authorities|council|bloc|alliance|union)\b)"
    r"[a-z]+,?\s+(?:that|which)\s+(?:\w+ly\s+)?\Z"
)
# A document speaks for whoever issued it: "issued a communique which reaffirmed", "an
# opinion on the plan which called for".
_DOCUMENT = re.compile(
    r"\b(?:communiqu\w*|statements?|resolutions?|declarations?|reports?|letters?|opinions?)\b"
)


def held_by_no_one(s: RuleSentence, hit: Hit) -> bool:
    """Whether the stance trigger ``hit`` is the verb of "you" or of a thing's relative
    clause: a position no one the sentence names holds."""
    if _YOU.search(s.text, max(0, hit.start - 24), hit.start):
        return True
    thing = _THING_THAT.search(s.text, max(0, hit.start - 60), hit.start)
    return thing is not None and not _DOCUMENT.search(
        s.text, max(0, thing.start() - 40), thing.end()
    )
