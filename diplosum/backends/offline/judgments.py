"""Judgments named by a verb of calling, for ``speech``: "Turkey called the decision a
mistake" is Turkey's position on the decision; "the election was described as
illegitimate by Canada" is Canada's. The judgment's word (``data/lexicon.json``,
``evaluation``) sets the polarity.
"""

from __future__ import annotations

import re

from ...models import Stance
from .phrases import readable
from .sentence import RuleSentence

__all__ = ["called", "judged_by"]


# Naming something with a judgment: "called the strikes a violation", "calling it
# unacceptable", "called Peru's decision a grave mistake", "called the trip “an act of
# aggression”".
_CALLED = re.compile(
    r"\b(?:called|calls|calling|call)\s+((?:it|this|that|them|(?:the|its|their|[A-Z][\w.-]*'s)"
    r"(?:\s+[\w.-]+){1,10}?))\s+[\"\u201c]?(?:(?:an?|as(?:\s+an?)?)\s+(?:\w+\s+){0,2}?|\w+ly\s+)?"
    r"[\"\u201c]?\Z"
)


def called(s: RuleSentence, taken: set[str]) -> list[Stance]:
    """The subject's position that calling something a judgment states ("Turkey called the
    decision a mistake"): the judgment's polarity, about what was named."""
    for name in ("evaluation.oppose", "evaluation.support"):
        for hit in s.find(name):
            called = _CALLED.search(s.text, max(0, hit.start - 70), hit.start)
            if called is None or called.group(1).split()[0] in ("for", "on", "upon"):
                continue
            holders = s.holders(called.start(), within_clause=True)
            # "the decision", or with the judgment for a pronoun: "it a grave mistake".
            topic = readable(s.text[: called.end(1)], called.start(1)) or readable(
                s.text, called.start(1)
            )
            if not holders or holders[0].code in taken or topic is None:
                continue
            position = "oppose" if name.endswith("oppose") else "support"
            return [
                Stance(
                    actor=holders[0].actor, topic=topic, position=position, evidence=s.evidence()
                )
            ]
    return []


# A judgment passed on the subject, its judges named after "by": "The election was
# described as illegitimate by Canada and the United States", "was called a farce by".
_JUDGED = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:described|called|termed|labell?ed|"
    r"branded|deemed|dubbed)\s+(?:as\s+)?[\"\u201c]?(?:an?\s+)?(?:\w+\s+){0,2}?\Z"
)
_BY_JUDGES = re.compile(
    r"[\"\u201d]?\s+by\s+(?:(?!\b(?:said|says|told|added)\b)(?:[^;:.]|(?<=\b[A-Za-z])\.)){0,60}?\Z"
)


_PHRASE_BREAK = re.compile(r"[,;:]\s+|\band\s+")


def judged_by(s: RuleSentence, taken: set[str]) -> list[Stance]:
    """The position of those named after "by" who passed a judgment on the sentence's
    subject ("was described as illegitimate by Canada and the United States"), about it."""
    for name in ("evaluation.oppose", "evaluation.support"):
        for hit in s.find(name):
            judged = _JUDGED.search(s.text, max(0, hit.start - 60), hit.start)
            judges = next(
                (
                    a
                    for a in s.actors
                    if a.code and a.start > hit.end and _BY_JUDGES.match(s.text, hit.end, a.start)
                ),
                None,
            )
            if judged is None or judges is None:
                continue
            listed = s.listed_from(judges)
            if "," in s.text[hit.end : judges.start] and len(listed) < 2:
                continue  # "was called a success by officials, Chile said": not Chile's
            # What was judged: the subject, from its clause's start ("..., and the 2018
            # vote that kept him in power was described as ...").
            head = s.text[: judged.start()]
            topic = readable(head, max((m.end() for m in _PHRASE_BREAK.finditer(head)), default=0))
            if topic is None:
                continue
            position = "oppose" if name.endswith("oppose") else "support"
            return [
                Stance(actor=a.actor, topic=topic, position=position, evidence=s.evidence())
                for a in listed
                if a.code not in taken
            ]
    return []
