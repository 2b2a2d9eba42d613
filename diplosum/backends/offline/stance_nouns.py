"""Stance nouns that are verbs too, for ``stances``: a noun that needs its holder named
with it ("the opposition", "criticism from Peru") states its subject's own position when
it stands as a verb ("summoned the envoy to protest", "Peru is backing the accord", "we
strongly protest") or when the subject states or gives it as its own ("voiced its
opposition to", "gave their backing to"); and one that is what the subject met ("his
visit was met by protests") is no position of the subject's. A noun of a person who holds
a position, set off after a name ("Chile, a fierce critic of the plan, ..."), is that
name's position. An owned noun of asking with nothing asked after it ("rejected Peru's
demands") states no position of its owner's.
"""

from __future__ import annotations

import re

from .clauses import MODAL_VERBS, TO_BEFORE
from .lexicon import Hit
from .mention import ActorMention
from .sentence import RuleSentence
from .stance_triggers import PROGRESSIVE

__all__ = ["apposed_holder", "asks_nothing_said", "met_by", "stands_as_verb", "stated_at"]


# Stance nouns that need a holder named with them, unless they stand as a verb ("to anger
# China" is to make it angry, no stance).
_NOUN_OR_VERB = frozenset({"protest", "rebuke"})
# A pronoun subject or a modal right before one of them makes it a verb: "we strongly
# protest", "Peru will protest".
_VERB_SUBJECT = re.compile(
    rf"\b(?:[Ww]e|[Tt]hey|I|[Yy]ou|{'|'.join(sorted(MODAL_VERBS))})\s+"
    r"(?:\w+ly\s+|also\s+|not\s+)?\Z"
)


# Stating, giving or keeping one's own position as a noun: "reiterated its opposition
# to", "voiced their disappointment", "gave its backing to", "maintained its objection"
# (the subject's own, as a verb would be).
_STATED_OWN = re.compile(
    r"\b(?:voic|express|reiterat|reaffirm|restat|repeat|stat|register|convey|declar|"
    r"underlin|underscor|stress|emphasi[sz]|signal|signall|renew|pledg|offer|lend|lent|"
    r"gave|give|giv|made\s+clear|make\s+clear|made\s+known|make\s+known|"
    # Keeping one's position: "maintains its opposition", "kept up their protests"
    r"maintain|continu|confirm|kept\s+up|keep\s+up|keeps\s+up|keeping\s+up)"
    r"(?:e|es|ed|ing|s)?\s+(?:its|their|his|her|our)\s+(?:[a-z]+\s+){0,2}\Z"
    # Voicing one needs no "its": "voiced strong objections to", "raised concerns about".
    # (Forms that are verbs only: not the noun in "a voice full of anger".)
    r"|\b(?:voic(?:ed|ing)|express(?:ed|es|ing)|register(?:ed|ing|s)|lodg(?:ed|es|ing)|"
    r"rais(?:ed|es|ing)|air(?:ed|ing))\s+(?:(?!the\b)[a-z]+\s+){0,2}\Z"
)


def stated_at(s: RuleSentence, trigger: Hit) -> int:
    """Where the verb that states or gives ``trigger`` as its subject's own starts ("Peru
    | voiced its opposition"), else where ``trigger`` starts: its subject is that verb's."""
    stated = _STATED_OWN.search(s.text, max(0, trigger.start - 50), trigger.start)
    return trigger.start if stated is None else stated.start()


def stands_as_verb(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a stance noun that is a verb too stands as a verb after "to" ("summoned
    the envoy to protest the shelling") or, an "-ing" form, after "is" or "by", whose
    subject is the clause's; or a noun the subject states or gives as its own ("voiced
    its opposition to", "gave their backing to")."""
    if stated_at(s, trigger) != trigger.start:
        return True
    if trigger.phrase.endswith("ing"):
        # "Peru is backing the accord", "angered Chile by backing it"; not "with US backing".
        return PROGRESSIVE.search(s.text, max(0, trigger.start - 24), trigger.start) is not None
    return trigger.phrase in _NOUN_OR_VERB and (
        TO_BEFORE.search(s.text, max(0, trigger.start - 4), trigger.start) is not None
        or _VERB_SUBJECT.search(s.text, max(0, trigger.start - 30), trigger.start) is not None
    )


# Reaction nouns that may be what a passive's subject met: "was met by protests", "greeted
# by angry protests" (the subject's is none; whose they are, "from" names).
_MET = frozenset({"protests", "protest", "criticism", "condemnation", "outrage", "anger"})
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:angry|fierce|mass|large|street|noisy|loud|some)\s+)?\Z")


def met_by(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a reaction noun right after "by", what the subject met."""
    return trigger.phrase in _MET and (
        _BY_BEFORE.search(s.text, max(0, trigger.start - 12), trigger.start) is not None
    )


# Nouns of one who holds a position ("a critic of", "a staunch supporter of").
_HOLDER_NOUNS = ("critic", "opponent", "supporter", "backer", "proponent", "advocate")
# What sets one off after a name: a comma, a word of time, an article and up to three
# words ("Chile, long a vocal critic of", "Peru, the main backer of").
_APPOSED = re.compile(
    r",\s+(?:(?:long|once|now|still|also|itself)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}\Z"
)


def apposed_holder(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state or person named right before a holder's noun set off after it ("Chile,
    a fierce critic of the plan, voted ..."): whose position it is, though the clause's
    verb is another's; none where the noun is not so set off."""
    if not trigger.phrase.startswith(_HOLDER_NOUNS):
        return []
    apposed = _APPOSED.search(s.text, max(0, trigger.start - 60), trigger.start)
    named = s.before(apposed.start()) if apposed is not None else None
    if apposed is None or named is None or named.end != apposed.start():
        return []
    return [named] if s.is_agent(named) else []


# A call or demand as a noun, owned ("Peru's demands", "their calls", "the appeals"),
# with nothing after it to say what is asked: "Chile rejected Peru's demands".
_ASKING_NOUNS = frozenset({"demand", "demands", "calls", "appeals"})
_OWNED = re.compile(
    r"(?:['\u2019]s?|\b(?:its|their|his|her|our|the|these|those|such))\s+(?:\w+\s+)?\Z"
)
_WHAT_ASKED = re.compile(r"\s*(?:for|that|to|on|upon)\b|\s*[:\"\u201c]")


def asks_nothing_said(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is an owned noun of asking with nothing asked after it ("Chile
    rejected Peru's demands", "heeded their calls"): what the owner wants is not said
    here, so no position of theirs is (the one who rejects it states one)."""
    return (
        trigger.phrase in _ASKING_NOUNS
        and _OWNED.search(s.text, max(0, trigger.start - 30), trigger.start) is not None
        and _WHAT_ASKED.match(s.text, trigger.end) is None
    )
