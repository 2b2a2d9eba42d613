"""Aims named by a noun whose holders follow it after "by": "long-standing bids by Qatar,
Kuwait and Bahrain to buy fighter jets", "attempts by the United States to isolate". For
``goals``: a lexicon trigger ("bid to") needs the noun and its "to" side by side.
"""

from __future__ import annotations

import re

from ...models import Goal
from .coordination import with_listed
from .lexicon import Hit
from .sentence import RuleSentence
from .statements import aim_statement

__all__ = ["aims_by"]

_NOUN_BY = re.compile(
    r"\b(?:bids?|efforts?|attempts?|plans?|push|moves?|drive|campaign)\s+by\s+(?:the\s+)?"
)
# "any attempts by", "no effort by", "a lack of steady effort by": an aim supposed or
# said to be missing.
_ANY = re.compile(
    r"\b(?:any|no|(?:lack|absence)\s+of(?:\s+any)?(?:\s+[a-z-]+)?)\s+\Z", re.IGNORECASE
)
# "to", past an appositive on the holder: "an attempt by Peru, the biggest copper
# producer, to save the talks".
_TO_VERB = re.compile(r"(?:,\s+(?:the|a|an|its)\s+[^,;:()]{1,60},)?\s+to(?=\s+[a-z])")
# The phrase the rules read such a noun as: an aim named by a noun (``NOUN_AIMS``).
_AS_PHRASE = "effort to"


def aims_by(s: RuleSentence, held: set[str | None]) -> list[Goal]:
    """The aims of ``s`` named by "bids by X to ...", one for each holder listed after
    "by" not in ``held`` (the codes already holding an aim in ``s``). Named, the aim is
    theirs even when others oppose it ("rejected attempts by Chile to"), as "Chile's
    plan to" is (``goals``)."""
    found: list[Goal] = []
    if "by" not in s.text:
        return found  # (most sentences: the search is spared)
    for noun in _NOUN_BY.finditer(s.text):
        if _ANY.search(s.text, max(0, noun.start() - 40), noun.start()):
            continue  # "any attempts by Chile to ... would fail": an aim supposed
        first = next((a for a in s.actors if a.start == noun.end()), None)
        if first is None or not first.code or not s.is_agent(first):
            continue
        holders = with_listed(s, first, s.actors)
        to = _TO_VERB.match(s.text, holders[-1].end)
        if to is None:
            continue
        at = to.end() - len("to")
        trigger = Hit(at, to.end(), "to", _AS_PHRASE)
        statement = aim_statement(s, trigger, s.text, may_open_on_trigger=lambda *_: False)
        if statement is None:
            continue
        for holder in holders:
            if holder.code and holder.code not in held:
                held.add(holder.code)
                found.append(Goal(actor=holder.actor, statement=statement, evidence=s.evidence()))
    return found
