"""Cues right before an aim word that say whose aim it is, for ``aim_owners``: "who"
(whoever it stands for, a report set in or not: "a man who police said was planning
to"), a negation or denial ("not aimed at", "don't want to"), someone else's account or
reading ("accused Spain of trying to", "seen as a bid to"); and a wish that something
bad not happen ("did not want the dispute to escalate"), which is an aim to avert it.
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .mention import ActorMention
from .sentence import RuleSentence

__all__ = ["after_a_cue", "averted"]


# Right before a goal trigger: "accused Spain of trying to" (someone else's
# account), "not aimed at" (a denial), "a woman who tried to" (whoever "who" stands for),
# "an offer widely seen as a bid to" (others' reading of it), "interfere with any effort
# to" (an effort anyone might make).
_NOT_OWN_AIM = re.compile(
    r"(?:\b(of|who|not|never|any|no(?:\s+longer)?|(?:saw|seen|sees|see|viewed|regarded)\s+as\s+"
    # "will not be pursuing": the progressive's "be" between.
    r"(?:a|an))|n['\u2019]t)\s+(?:(?:be|been)\s+)?(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)
# "who" with a report set in before its verb: "a rebel who, the army said, was trying
# to", "a man who police said was planning to": still whoever "who" stands for.
_WHO_ASIDE = re.compile(
    r"\b(who)(?:\s*,[^,;]{1,40},|\s+(?:the\s+)?[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+)?\s+"
    r"(?:said|says|believed|believe|believes|alleged|claimed))\s+"
    r"(?:(?:is|was|were|are|has|had|have|been|be)\s+){0,2}(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)
# A wish that something bad not happen: "did not want the dispute to escalate", "does not
# want to see the row spread" is an aim to avert it (the negation, its auxiliary and
# the wish make the aim's statement).
_NOT_WANTED = re.compile(
    r"\b(?:(?:do|does|did|would|will)\s+not|(?:don|doesn|didn|wouldn|won)['\u2019]t)\s+"
    r"(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)
_TURNS_WORSE = re.compile(
    r"(?:\s+to\s+see)?\s+(?:[^,;:.]{1,60}?\s+)?(?:to\s+)?(?:escalate|escalating|worsen|"
    r"worsening|spread|spreading|deteriorate|deteriorating|spiral|spiralling|spiraling|widen|"
    r"widening)\b"
)
_WANTS = frozenset({"want", "wants", "wanted"})


def averted(text: str, trigger: Hit) -> int | None:
    """Where a wish that something bad not happen starts ("| did not want the dispute to
    escalate"), if ``trigger`` is its wish."""
    if trigger.phrase.split()[0].lower() not in _WANTS or not _TURNS_WORSE.match(text, trigger.end):
        return None
    negation = _NOT_WANTED.search(text, max(0, trigger.start - 24), trigger.start)
    return negation.start() if negation is not None else None


def after_a_cue(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """Past a cue right before the trigger: for "who", the agent it stands for; a
    negation or an accusation states no aim (unless one to avert something); with no
    cue, ``None``: the clause's subject's."""
    cue = _NOT_OWN_AIM.search(s.text, max(0, trigger.start - 30), trigger.start) or (
        _WHO_ASIDE.search(s.text, max(0, trigger.start - 70), trigger.start)
    )
    if cue is None:
        return None
    if averted(s.text, trigger) is not None:
        return None  # "did not want the dispute to escalate": an aim to avert it
    if (cue.group(1) or "").lower() != "who":
        return []  # "don't want to", "not aimed at", "accused Spain of trying to"
    head = [a for a in s.actors if a.end <= cue.start() and a.code]
    if head and not s.text[head[-1].end : cue.start()].strip(" ,") and s.is_agent(head[-1]):
        return head[-1:]
    return []
