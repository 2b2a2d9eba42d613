"""How a stance trigger stands to an earlier one of its sentence, for ``stances``: whether
a holder of the earlier one holds it too, or it is the earlier one's object ("resisting
calls for stimulus"); and whether it is a bare verb listed after the earlier one's
object, of the same subject ("is expected to back the plan, condemn the attack").
"""

from __future__ import annotations

import re

from .agents import NEEDS_AGENT
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["held_again", "listed_verb"]

# A contrast between two positions: "backed the pact but was concerned", "approved the sale
# while rejecting the request".
_BUT = re.compile(r"\b(?:but|while|whereas)\b")
# The main verb after a relative clause that held the first trigger: "Iran, which backs
# the Syrian government, | condemned the strikes".
# (A name may open the next: "Condemning the attack, Chile called for calm".)
_CLAUSE_CLOSED = re.compile(
    r"[^,;]*,\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}(?:\w+ly\s+|also\s+)?\Z"
)
# A second verb of the same subject: "rejected the charge and called for talks".
_AND_THEN = re.compile(r",?\s+and\s+(?:also\s+)?\Z")
# A relative clause with its own subject: "signed a pact in which Japan agreed to ...".
_IN_WHICH = re.compile(r"\b(?:in|under|by|through)\s+which\b|\bwhereby\b")


def held_again(s: RuleSentence, held_until: int | None, hit: Hit) -> bool:
    """Whether a holder whose earlier stance's trigger ended at ``held_until`` (``None``:
    no earlier stance) holds ``hit`` too: only if "but" contrasts them ("backed the
    pact but was concerned about a ban"), "and" or a comma closes the first clause, or
    "in which" opens another; else ``hit`` is the earlier one's object."""
    if held_until is None:
        return True
    return bool(
        _BUT.search(s.text, held_until, hit.start)
        or _AND_THEN.search(s.text, held_until, hit.start)
        or _IN_WHICH.search(s.text, held_until, hit.start)
        or _CLAUSE_CLOSED.match(s.text, held_until, hit.start)
    )


# A verb in the infinitive or after a modal (a few words before the trigger: "to
# underscore a commitment to"), and another listed after its object: "is expected to back
# the plan, condemn the attack and ...".
_TO_OR_MODAL = re.compile(
    r"\b(?:to|will|would|shall|can|could|may|might|must|should)\s+(?:[\w'\u2019-]+\s+){0,3}\Z"
)
_LISTED = re.compile(r"(?:[^;:.]|(?<=\b[A-Za-z])\.)*,\s+\Z")


def listed_verb(s: RuleSentence, first: Hit, trigger: Hit) -> bool:
    """Whether ``trigger`` is a verb listed after ``first`` and its object, of the same
    subject: both bare verbs, the second right after a comma."""
    return (
        _TO_OR_MODAL.search(s.text, max(0, first.start - 30), first.start) is not None
        and _LISTED.match(s.text, first.end, trigger.start) is not None
        and trigger.phrase not in NEEDS_AGENT
        and not trigger.phrase.endswith(("ed", "ing", "s"))
    )
