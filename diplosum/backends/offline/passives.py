"""Stance verbs in the passive, for ``stances``: "was condemned", a participle with its
agent ("troops supported by planes", "the deal, welcomed by Egypt": the agent's position),
"blamed on" set off after what is blamed, "accused of" with no one accused between ("a
rebel accused of the raid"), and a headline's participle right after its subject ("UK
urged over detention ruling": the subject is urged). The subject of such a verb holds no
position by it.
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .positions import PATIENT_VERBS
from .sentence import RuleSentence

__all__ = ["headline_participle", "in_the_passive", "with_own_agent"]


_BY = re.compile(r"\s+by\s")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|got|gets)\s+"
    # past an adverb or two: "is almost entirely blamed"
    r"(?:(?:\w+ly|also|otherwise|then|now|not|never|again|almost|still|often|already|even|"
    r"long|so|too|much)\s+){0,2}\Z",
    re.IGNORECASE,
)


def with_own_agent(text: str, hit: Hit) -> bool:
    """Whether ``hit`` is a verb of taking a position with its agent after "by" ("troops
    supported by planes", "the deal, welcomed by Egypt"): that agent's position, not the
    subject's nor a speaker's."""
    return hit.phrase in PATIENT_VERBS and _BY.match(text, hit.end) is not None


def in_the_passive(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a stance verb in the passive ("was condemned", or a
    participle with its agent: "troops supported by planes")."""
    return (
        with_own_agent(s.text, trigger)
        or (
            trigger.phrase in PATIENT_VERBS
            and _PASSIVE_BEFORE.search(s.text, max(0, trigger.start - 24), trigger.start)
            is not None
        )
        or (
            # "a Peruvian rebel accused of the raid": the active names the one accused
            # before "of" ("accused Peru of")
            trigger.phrase == "accused"
            and _OF.match(s.text, trigger.end) is not None
            # (not a relative clause on the one accused: "Chile, which Peru has
            # accused of", "a bank it accused of")
            and _RELATIVE_SUBJECT.search(s.text, max(0, trigger.start - 60), trigger.start) is None
        )
        or (
            trigger.phrase == "blamed"
            and _BLAMED_ON.match(s.text, trigger.end) is not None
            and _SET_OFF.search(s.text, max(0, trigger.start - 12), trigger.start) is not None
        )
    )


# "prices, blamed partly on the reforms": what is blamed comes before; active, the verb
# names it first ("blamed the rise on").
_OF = re.compile(r"\s+of\b")
_RELATIVE_SUBJECT = re.compile(
    r"(?:\b(?:which|that|whom|who)\s+(?:[\w.'\u2019-]+\s+){1,4}?|\b(?:it|they|he|she|we|I)\s+)"
    r"(?:(?:has|have|had|also|repeatedly|often|long)\s+){0,2}\Z"
)
_BLAMED_ON = re.compile(r"\s+(?:\w+ly\s+)?on\b")
# Set off after its noun by a comma, with no subject of its own ("which Washington blamed
# on Russia" is active).
_SET_OFF = re.compile(r",\s+(?:\w+ly\s+)?\Z")


# A headline's participle right after its subject: "UK urged over detention ruling",
# "Act on ruling, France told": the subject is urged (headlines put acts in the present,
# "UK urges").
_HEADLINE_SUBJECT = re.compile(r"(?:^|,\s+|\b)[A-Z][\w.'-]*\s+\Z")


def headline_participle(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a participle right after the subject of the article's
    headline: a first line with no full stop."""
    if s.start != 0 or s.text.rstrip().endswith((".", '"', "\u201d")):
        return False
    if "\n" not in s.article[s.start + len(s.text) : s.start + len(s.text) + 2]:
        return False
    return trigger.phrase.endswith("ed") and bool(
        _HEADLINE_SUBJECT.search(s.text, max(0, trigger.start - 30), trigger.start)
    )
