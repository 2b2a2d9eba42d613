"""A state named right before a sanction's measure, for ``imposers`` and
``sanction_targets``: its target, not its imposer.

- ``adjective_target``: a state's adjective right after an imposing verb names the
  target ("the U.S. will impose Japanese sanctions", "Washington eased Cuban sanctions"),
  and ``imposer_of_adjective`` the verb's subject, who imposes;
- ``adjacent_target``: a state named right before a measure whose imposer follows "by"
  ("the Peruvian sanctions act, passed by Chile").
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .imposer_words import IMPOSER_GAP, MEASURE_WORDS
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["adjacent_target", "adjective_target", "imposer_of_adjective"]


# "the U.S. will impose Japanese sanctions": a state's adjective right after the imposing
# verb names the target; the verb's subject imposes (``adjective_target``).
_IMPOSE_VERB = re.compile(
    r"\b(?:impose[sd]?|imposing|slap(?:s|ped)?|levy|levie[sd]|"
    # "Congress passed the South African sanctions bill", "Washington eased Cuban
    # sanctions": the subject's measure on the state whose adjective names it
    r"pass(?:es|ed|ing)?|approv(?:e|es|ed|ing)|enact(?:s|ed|ing)?|adopt(?:s|ed|ing)?|"
    r"ease[sd]?|easing|lift(?:s|ed|ing)?|tighten(?:s|ed|ing)?|extend(?:s|ed|ing)?|"
    r"renew(?:s|ed|ing)?|"
    # "the U.S. announced Japanese sanctions", "weighs Brazilian curbs": its own measure
    r"announc(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?)\s+"
    r"(?:(?:new|fresh|further|more|the|its|their|comprehensive|sweeping|broad|punitive|tough|"
    r"tougher|economic|trade)\s+)"
    r"{0,3}\Z",
    re.IGNORECASE,
)


def adjective_target(s: RuleSentence, trigger: Hit) -> ActorMention | None:
    """The state's adjective right before ``trigger`` after an imposing verb, if any."""
    before = s.before(trigger.start)
    if before is None or before.kind != "adjective":
        return None
    if not _MEASURE_GAP.fullmatch(s.text, before.end, trigger.start):
        return None  # "Japanese trade curbs", not "Japanese firms' curbs"
    if _ON_NAMED.match(s.text, trigger.end):
        return None  # "easing U.S. sanctions on Cuba": whose, the target after "on"
    verb = _IMPOSE_VERB.search(s.text, max(0, before.start - 40), before.start)
    if verb is None or _ASKED.search(s.text, max(0, verb.start() - 30), verb.start()):
        return None  # "Cuba urged lifting the U.S. embargo": the one asked to lift owns it
    return before


# Asking another to act: what is asked to be lifted or imposed is not the asker's.
_ASKED = re.compile(
    r"\b(?:urg|call(?:s|ed|ing)?\s+for|ask|press|demand|seek|sought)\w*\s+(?:(?:the|an)\s+)?\Z"
)
_MEASURE_GAP = re.compile(rf"\s*(?:(?:{MEASURE_WORDS})\s+)*")
_ON_NAMED = re.compile(
    r"\s+(?:on|against)\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]"
)


def imposer_of_adjective(
    s: RuleSentence, before: ActorMention | None, trigger: Hit
) -> list[ActorMention]:
    """The subject of "impose" when a state's adjective names the target after it."""
    if before is None or adjective_target(s, trigger) is not before:
        return []
    subject = s.before(before.start)
    if subject is None or subject.code == before.code:
        return []
    verb = _IMPOSE_VERB.search(s.text, max(0, before.start - 40), before.start)
    right_before = verb is not None and _AUXILIARIES.fullmatch(s.text, subject.end, verb.start())
    if not (IMPOSER_GAP.fullmatch(s.text, subject.end, before.start) or right_before):
        return []
    return s.listed_before(subject)


# Between a subject and its verb: "Congress | has also | passed".
_AUXILIARIES = re.compile(
    r"\s+(?:(?:has|have|had|will|would|also|then|\w+ly|is|are|was|were|"
    # "the U.S. weighs lifting Japanese curbs", "decided to impose": the subject's own act
    r"(?:weigh|consider|plan|decide|vote|move|agree)(?:s|ed|ing)?(?:\s+to)?)\s+)*"
)


def adjacent_target(s: RuleSentence, trigger: Hit, imposer: ActorMention) -> ActorMention | None:
    """The state named right before a measure whose imposer is named after it, following
    "by" ("the Peruvian sanctions act, passed by Chile")."""
    if imposer.start < trigger.end:
        return None
    before = s.before(trigger.start)
    if before is None or s.text[before.end : trigger.start].strip():
        return None
    return before
