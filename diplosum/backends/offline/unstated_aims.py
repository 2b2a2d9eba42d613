"""Aim words whose aim is not stated where they stand, for ``no_aim``.

Supposed ("If Chile wants to"), doubted or unlikely, charged or alleged ("for allegedly
trying to"), others' aim thwarted ("disrupt efforts to"), disclaimed ("has no plans to"),
denied or disowned, guessed at ("suspects the aim is to"), against the one named ("a
push to remove him"), or given up ("abandoned its bid to").
"""

from __future__ import annotations

import re

from .clauses import DOUBTED, UNLIKELY, dropped
from .lexicon import Hit
from .questions import OPEN_QUESTION, in_question
from .sentence import RuleSentence

__all__ = ["not_stated"]


# A wish inside a condition: "if Chile wants to export", "unless Peru intends to" (the
# trigger before the condition's comma). An aim named there is still stated: "if OPEC
# achieves its stated goal of", "unless Japan acts as pledged in the Paris accord".
_SUPPOSED = re.compile(
    r"\b(?:[Ii]f|[Uu]nless)\s+(?:[^,;:.\"\u201c\u201d]|(?<=\b[A-Za-z])\.){1,60}\Z"
)


_WISH = re.compile(r"(?:is\s+|are\s+)?(?:want|hope|wish|intend|willing|prepared|seek)")


# Aims named by a noun that can be given up ("abandoned its bid to").
_GIVEN_UP_AIMS = frozenset({"plan to", "plans to", "plans", "bid to", "effort to", "efforts to"})
_GIVEN_UP_AIMS |= frozenset({"a move to", "attempt to", "attempts to", "intention to"})
_GIVEN_UP_AIMS |= frozenset({"policy of", "policies of"})


# An attempt someone is punished or charged for: "was sentenced to 12 years for trying
# to", "arrested on suspicion of plotting to", "accused of seeking to".
_PUNISHED_FOR = re.compile(
    r"\b(?:sentenced|convicted|jailed|imprisoned|arrested|charged|accused|detained|"
    r"punished|fined|indicted|prosecuted|suspected|suspicion|guilty)\b"
    r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,60}?\b(?:for|of)\s+"
    # "charged five hackers for breaking into networks in order to steal secrets": the
    # purpose of the act charged, the charged ones'
    # (not a second verb of the subject's: "accused Mexico of sending ... and vowed to")
    r"(?:[a-z]+ing\b(?:[^,;:.]|\.(?=\w|\s+[a-z])){0,80}?\s+"
    r"(?<!\band\s)(?<!\bbut\s)(?<!\band\shas\s)(?<!\band\shad\s)(?<!\band\swill\s))?\Z"
)


# An aim alleged by others: "for allegedly trying to", "a plot by Peru to (try to)".
_ALLEGED = re.compile(
    r"\b(?:allegedly\s+|alleged\s+|plot(?:s|ted|ting)?\s+(?:by\s+(?:[^,;:.]|(?<=\b[A-Za-z])\.){1,40}?\s+)?to\s+)\Z"
)


# A verb of hindering or opposing right before an aim's noun: "disrupt efforts to",
# "criticised plans to", "thwarted a bid to" (the aim is others', unnamed).
_HINDERED = re.compile(
    r"\b(?:disrupt|undermin|thwart|foil|frustrat|derail|obstruct|hamper|sabotag|torpedo|"
    r"resist|oppos|criticis|criticiz|condemn|reject|denounc|block)[a-z]*\s+"
    r"(?:(?:the|a|an|any|all|such|these|those|new|recent)\s+)?\Z"
)


# An aim disclaimed: "has no plans to seek", "does not intend to", "had no intention of
# leaving" (not "not only plans to").
_DISCLAIMED = re.compile(
    # "has no plans to", and "denied plans to" ("Japan denies plans to cut duties")
    r"\b(?:no|not|never|den(?:y|ies|ied|ying))\s+(?!only\b)(?:\w+\s+)?(?:plans?|planning|"
    r"intentions?|intends?|intending|intend)\s+(?:to|of)(?:\s+[\w-]+)?\s*\Z",
    re.IGNORECASE,
)


# The aim itself denied: "denies it has aimed to", "denied that it was seeking to".
_DENIED_AIM = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:it|he|she|they|we)\s+"
    r"(?:(?:has|had|have|is|was|were|are|ever|would)\s+)*\Z",
    re.IGNORECASE,
)


# Acts denied, then what they would be for: "does not engage in any activities intended
# to", "denied any operations aimed at" (an aim disowned with the acts).
_DISOWNED_ACTS = re.compile(
    r"\b(?:not|never|no|any|den(?:y|ies|ied|ying))\s+(?:[\w-]+\s+){0,2}?(?:activities|activity|"
    r"operations?|actions?|acts?|steps|measures|moves?|efforts?|attempts?|objectives)\s+"
    r"(?:or\s+[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


# A guess at the aim of an act, right before its noun: "suspects the aim is to",
# "believes the real goal is".
_SUSPECTED_AIM = re.compile(
    r"\b(?:suspect|suspects|suspected|believe|believes|believed|fear|fears|feared|think|"
    r"thinks|thought)\s+(?:that\s+)?(?:the\s+)?(?:real\s+|true\s+|main\s+|ultimate\s+)?\Z"
)


_GUESSED_AIMS = frozenset(
    {"the aim", "aim", "goal", "the goal", "intention", "the intention", "purpose", "objective"}
    | {"aim is to", "aim was to", "goal is to", "goal was to"}
)


# An aim to put out a person named before by a pronoun: whoever holds it, it is against
# them, not theirs ("a push to remove him", "efforts to oust her").
_AGAINST_A_PERSON = re.compile(
    r"\s+(?:remove|oust|topple|impeach|unseat|overthrow|depose|replace|bring\s+down)\s+"
    r"(?:him|her)\b"
)


# An aim's verb phrase left out: "as Peru had pledged to do", "has promised to do so".
_ELIDED = re.compile(
    r"\s*(?:do(?:\s+so)?|so)\s*(?:[,.;:\"\u201d]|\s(?:but|and|or|as|because|when)\b|\Z)"
)


def not_stated(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the aim of ``trigger`` is not stated: asked, supposed, doubted, charged
    or alleged, others' aim thwarted, disclaimed, disowned or given up, or left out ("as
    it had promised to do")."""
    if OPEN_QUESTION.search(s.text, max(0, trigger.start - 100), trigger.start) or in_question(
        s.text, trigger
    ):
        # "did not specify if the attacker was intending to", "Did Peru intend to
        # leave?": a question, no aim stated
        return True
    if _WISH.match(trigger.phrase) and _SUPPOSED.search(
        s.text, max(0, trigger.start - 60), trigger.start
    ):
        return True  # "If Chile wants to export, it must ...": supposed, not stated
    if UNLIKELY.search(s.text, max(0, trigger.start - 70), trigger.start):
        return True  # "saw little sign of an intention to impose": none stated
    if DOUBTED.search(s.text, max(0, trigger.start - 80), trigger.start):
        return True  # "doubted Chile is ready to give ground": doubted, not stated
    if _PUNISHED_FOR.search(s.text, max(0, trigger.start - 160), trigger.start):
        return True  # "was sentenced ... for trying to join": a charge proved, no aim stated
    if _ALLEGED.search(s.text, max(0, trigger.start - 60), trigger.start):
        return True  # "for allegedly trying to", "a plot by Peru to try to": alleged, unstated
    if trigger.phrase in _GIVEN_UP_AIMS and _HINDERED.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return True  # "to disrupt efforts to restore services": others' aim, thwarted
    if _DISCLAIMED.search(s.text, max(0, trigger.start - 40), trigger.end):
        return True  # "has no plans to seek": no aim stated
    if _DENIED_AIM.search(s.text, max(0, trigger.start - 40), trigger.start):
        return True  # "denies it has sought to build a bomb": the aim denied
    if _DISOWNED_ACTS.search(s.text, max(0, trigger.start - 80), trigger.start):
        return True  # "denied any activities intended to sway": acts and aim disowned
    if trigger.phrase.lower() in _GUESSED_AIMS and _SUSPECTED_AIM.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return True  # "suspects the aim is to": a guess at someone else's
    if _ELIDED.match(s.text, trigger.end):
        return True  # "as it had promised to do": the aim is said elsewhere, not here
    if _AGAINST_A_PERSON.match(s.text, trigger.end):
        return True  # "a push to remove her from office": against one named, not hers
    # "has dropped plans to oppose", "abandoned its bid to", "reversed its policy of trying
    # to": given up
    return (
        trigger.phrase in _GIVEN_UP_AIMS and dropped(s.text, trigger.start, plan_word=True)
    ) or dropped(s.text, trigger.start, plan_word=False)
