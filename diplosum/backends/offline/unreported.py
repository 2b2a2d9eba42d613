"""Reporting clauses that report none of their sentence's words, for ``reporting``: an
amount "added" ("adding $7.5 billion"), "added" as an adjective ("added support"), a
clause inside a quotation attributed later, a poll, a clause of reason or condition
("because Pretoria insists"), a relative clause ("which Chile says is costly").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal, TypeAlias

from .lexicon import Hit
from .no_speaker import polled
from .quotations import open_quote

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["Unreported", "unreported"]

Unreported: TypeAlias = Literal["next clause", "no speaker"] | None


def unreported(s: RuleSentence, clause: Hit, clauses: list[Hit]) -> Unreported:
    """What ``clause`` is when it reports no words of the sentence's (an amount added, a
    quotation attributed in it, a poll, a clause of reason, a relative clause): "next
    clause" (read the next one) or, for a poll, "no speaker"; ``None`` when it reports."""
    if clause.phrase.startswith("add") and _ADDS_AMOUNT.match(s.text, clause.end):
        return "next clause"  # "soared 20 percent, adding $7.5 billion": an amount
    if clause.phrase == "added" and _ADDED_AS_ADJECTIVE.search(
        s.text, max(0, clause.start - 16), clause.start
    ):
        return "next clause"  # "would receive added support": more of it, no speech
    if _quoted_before_attribution(s, clause, clauses):
        # '"... Peru and Bolivia have confirmed ...," Ms Soto said': quoted
        return "next clause"
    if polled(s, clause):
        return "no speaker"  # "most Chilean respondents said": a poll, no state's words
    if _SUBORDINATE_REPORT.search(s.text, max(0, clause.start - 60), clause.start):
        # "called for sanctions because Pretoria insists on ...": the reason's speaker,
        # not the sentence's
        return "next clause"
    if _in_relative_clause(s, clause):
        # "condemned the plan, which Chile says is costly": Chile's words are about the
        # plan, not the sentence's
        return "next clause"
    return None


# A reporting clause inside a clause of reason, concession or condition: its subject
# right after the conjunction ("because Pretoria insists"). (Not one of time: "after
# Reagan announced plans to ..." is often the clause the stance is in.)
_SUBORDINATE_REPORT = re.compile(
    r"\b(?:because|although|though|whereas|unless|if)\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,4}\Z"
)

# After "added" or "adding", an amount or "to": something added ("added to doubts"), not
# words.
_ADDS_AMOUNT = re.compile(
    r"\s+(?:to\s|(?:(?:more\s+than|another|some|nearly|almost)\s+)?[$\u20ac\u00a3\d])"
)

# "added" as an adjective, after a determiner or a verb that takes a noun: "an added
# burden", "would receive added support", "with added pressure".
_ADDED_AS_ADJECTIVE = re.compile(
    r"\b(?:an?|the|some|any|with|for|of|receiv(?:e|es|ed|ing)|gets?|got|getting|giv(?:e|es|en|ing)|"
    r"gave|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|bring(?:s|ing)?|brought)\s+\Z",
    re.IGNORECASE,
)


def _quoted_before_attribution(s: RuleSentence, clause: Hit, clauses: list[Hit]) -> bool:
    """Whether reporting ``clause`` stands inside a quotation that closes before another
    reporting clause of ``s``, the quotation's own attribution."""
    if open_quote(s.text[: clause.start]) is None:
        return False
    marks = [at for at in (s.text.find(m, clause.end) for m in '"\u201d') if at >= 0]
    return bool(marks) and any(other.start > min(marks) for other in clauses)


# A relative clause whose subject is the speaker: "which Chile says", "what the Foreign
# Office says".
_RELATIVE_OPENS = re.compile(r"\b(?:which|what)\s+(?:the\s+)?\Z")


def _in_relative_clause(s: RuleSentence, clause: Hit) -> bool:
    """Whether reporting ``clause`` opens with "which" or "what" and its subject."""
    before = s.before(clause.start)
    if before is None:
        return False
    gap = s.text[before.end : clause.start]
    return (
        "," not in gap
        and len(gap.split()) <= 3
        and _RELATIVE_OPENS.search(s.text, max(0, before.start - 12), before.start) is not None
    )
