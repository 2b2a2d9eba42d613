"""Judgments named by a verb of calling, for ``speech``: "Turkey called the decision a
mistake" is Turkey's position on the decision; "the election was described as
illegitimate by Canada" is Canada's. The judgment's word (``data/lexicon.json``,
``evaluation``) sets the polarity.
"""

from __future__ import annotations

import re

from ...models import Stance
from .lexicon import Hit
from .phrases import readable
from .sentence import RuleSentence

__all__ = ["NAMING_WORDS", "SEEING", "called", "judged_by"]


# Naming something with a judgment: "called the strikes a violation", "calling it
# unacceptable", "called Peru's decision a grave mistake", "called the trip “an act of
# aggression”", "described the vote as a historic mistake" (what is named ends before
# "as").
_NAMED = (
    r"((?:it|this|that|them|(?:the|its|their|[A-Z][\w.-]*'s)"
    r"(?:\s+(?!as\b|to\s+be\b)[\w.-]+){1,10}?))"
)
_CALLED = re.compile(
    r"\b(?:called|calls|calling|call|described|describes|describing|termed|terms|"
    r"characteri[sz]ed|characteri[sz]es|labell?ed|dubbed)\s+" + _NAMED + r"\s+[\"\u201c]?"
    r"(?:(?:an?|as(?:\s+an?)?)\s+(?:\w+\s+){0,2}?|\w+ly\s+)?[\"\u201c]?\Z"
)
# Seeing something as one, the "as", "to be" or article required: "sees the plan as a
# welcome step", "considered the talks to be useful" (not "views the deadlock
# seriously", a judgment of its own).
_DENIED = re.compile(r"\b(?:not|never|n't|no\s+longer)\s+(?:\w+ly\s+)?\Z")
SEEING = re.compile(r"\b(?:considered|considers|regarded|regards|sees|saw|viewed|views)\s")
_SEEN = re.compile(
    SEEING.pattern + _NAMED + r"\s+"
    r"(?:as|to\s+be|(?:as\s+|to\s+be\s+)?an?)\s+(?:\w+\s+){0,2}?[\"\u201c]?\Z"
)
# A state or person called something by name, the article required ("called Spain an
# indispensable partner"; not "called Peru on Monday", a telephone call).
_CALLED_NAME = re.compile(
    r"\b(?:called|calls|calling|call)\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+[\"\u201c]?"
    r"(?:an?|the)\s+(?:\w+\s+){0,2}?\Z"
)


# The judgment of what the clause before it reports, its caller after "what": "..., in
# what Lima called a hostile act", "what Peru described as a provocation", or after a noun
# that sums the clause up ("..., a move Lima called illegal"); or of the noun before a
# relative "which": "the drills, which Lima called a provocation,".
_WHAT_CALLED = re.compile(
    r",?\s+(?:(?:in\s+)?what|which|"
    r"(?<=,\s)(?:a|an)\s+(?:move|decision|step|measure|action|act)(?:\s+(?:that|which))?)"
    r"\s+((?:[^,;:\"\u201c]){2,50}?)\s+(?:called|calls|described\s+as|"
    r"termed|branded|dubbed|labell?ed)\s+[\"\u201c]?(?:(?:an?|the)\s+)?(?:\w+\s+){0,3}?[\"\u201c]?\Z"
)


_NOUN_BEFORE = re.compile(r"\b(?:a|an|the)\s+\w+\s+(?:\w+\s+)?[\"\u201c]?\Z")


def _what_called(s: RuleSentence, hit: Hit, position: str, taken: set[str]) -> Stance | None:
    """The position of the one who named, after "what", what the clause before it reports
    ("... slashing a boat, in what Lima called an act of aggression"), about that."""
    what = _WHAT_CALLED.search(s.text, max(0, hit.start - 90), hit.start)
    if what is None or (hit.phrase.endswith("ed") and _NOUN_BEFORE.search(what.group())):
        return None  # "what Peru called a gesture agreed in haste": a participle, no judgment
    callers = [a for a in s.actors if what.start(1) <= a.start < what.end(1) and a.code]
    head = s.text[: what.start()]
    topic = readable(head, max((m.end() for m in _PHRASE_BREAK.finditer(head)), default=0))
    if not callers or callers[0].code in taken or topic is None:
        return None
    return Stance(actor=callers[0].actor, topic=topic, position=position, evidence=s.evidence())


#: Words one of which the patterns above need ("called", "described as", "in what",
#: "sees ... as"): a cheap test before ``called``, kept beside them so the two agree.
NAMING_WORDS = (
    *("call", "what ", "describ", "term", "characteri", "label", "dubbed", "consider"),
    *("regard", "sees", "saw ", "view"),
)


# A question before the verb of naming: "whether Peru sees the plan as".
_ASKED_WHETHER = re.compile(r"\b(?:whether|if)\s+(?:[\w.'\u2019-]+\s+){1,4}\Z")


def called(s: RuleSentence, taken: set[str]) -> list[Stance]:
    """The subject's position that calling something a judgment states ("Turkey called the
    decision a mistake"), or that of one who called what a clause reports a judgment ("in
    what Peru called a provocation"): the judgment's polarity, about what was named."""
    for name in ("evaluation.oppose", "evaluation.support"):
        other = "evaluation.support" if name.endswith("oppose") else "evaluation.oppose"
        for hit in s.find(name):
            if any(next_.start == hit.end + 1 for next_ in s.find(other)):
                continue  # "a historic mistake": the noun judges, not its adjective
            position = "oppose" if name.endswith("oppose") else "support"
            if (what := _what_called(s, hit, position, taken)) is not None:
                return [what]
            window = max(0, hit.start - 70)
            called = (
                _CALLED.search(s.text, window, hit.start)
                or _SEEN.search(s.text, window, hit.start)
                or _CALLED_NAME.search(s.text, window, hit.start)
            )
            if called is None or called.group(1).split()[0] in ("for", "on", "upon"):
                continue
            if _ASKED_WHETHER.search(s.text, max(0, called.start() - 40), called.start()):
                continue  # "asked whether China considers it a breach": a question
            if _DENIED.search(s.text, max(0, called.start() - 20), called.start()):
                continue  # "never saw the accord as a breakthrough": a judgment denied
            holders = s.holders(called.start(), within_clause=True)
            # "the decision", or with the judgment for a pronoun: "it a grave mistake".
            topic = readable(s.text[: called.end(1)], called.start(1)) or readable(
                s.text, called.start(1)
            )
            if not holders or holders[0].code in taken or topic is None:
                continue
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
