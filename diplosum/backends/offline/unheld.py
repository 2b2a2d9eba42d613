"""Positions not held where their word stands, for ``positions``.

A position given up ("withdrew its support", "backed off its demand"), doubted ("little
prospect of ..."), not promised ("made no commitment to"), a question still open
("whether they back"), a condition ("if any member raised objections"), what something
lacks ("without a large military commitment"), a refusal to say ("refused to be drawn
on"), or the content of a belief no one named holds ("the popular view that ...").
"""

from __future__ import annotations

import re

from .clauses import NO_PROMISE, PROMISE_DENIED, PROMISES, UNLIKELY, dropped
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["not_held"]


# A position named as what something lacks: "without a large military commitment",
# "without any backing from".
_WITHOUT = re.compile(
    r"\bwithout\s+(?:(?:a|an|any|the|this|their|its|his|her)\s+)?(?:[a-z-]+\s+){0,2}\Z"
)


# Declining to say: "refused to be drawn on", "declined to be pinned down to a date".
_NOT_PINNED = re.compile(r"\s+(?:to\s+)?be\s+(?:drawn|pinned\s+down|more\s+specific|specific)\b")


# A belief held by no one named, whose content the trigger is in: "the popular view that
# Peru is ready to", "the widespread belief that Chile opposes".
_HELD_VIEW = re.compile(
    # (not one the subject holds: "shares the view that", "is of the view that")
    r"(?<!\bshares\s)(?<!\bshare\s)(?<!\bshared\s)(?<!\btakes\s)(?<!\btook\s)(?<!\btake\s)"
    r"(?<!\bholds\s)(?<!\bheld\s)(?<!\bhold\s)(?<!\bof\s)(?<!\bexpressed\s)(?<!\bvoiced\s)"
    r"\b(?:the|a|this|that)\s+(?:(?:popular|widespread|common|general|prevailing|received|"
    r"conventional)\s+)?(?:view|belief|perception|impression|assumption|notion|wisdom)\s+that\b"
    r"[^;:]*\Z"
)


# A condition or a question the trigger is inside: "if any Opec member raised objections",
# "asked if Japan supports".
_IF_CLAUSE = re.compile(
    r"\b(?:[Ii]f|[Uu]nless)\s+(?:[^,;:.\"\u201c\u201d]|(?<=\b[A-Za-z])\.){1,70}\Z"
)


# "whether they endorse", "whether or not Japan would back": a question, no position.
_WHETHER = re.compile(r"\bwhether\s+(?:or\s+not\s+)?(?:[\w.'\u2019-]+\s+){1,3}\Z")


# A position taken back: "withdrew its support for", "may pull its backing", "ended all
# support to the rebels", "backed off their key demand", "dropped its objection", "called
# off its boycott".
_GIVEN_UP_NOUNS = frozenset(
    {"support", "backing", "endorsement", "demand", "demands", "objection", "objections"}
    # "ended its boycott of Peruvian goods", "lifted its veto", "dropped its opposition"
    | {"boycott", "boycotts", "opposition", "veto"}
)


_WITHDRAWN = re.compile(
    r"\b(?:withdr[ae]w|withdraws?|withdrawn|withdrawing|pull|pulls|pulled|pulling|end|ends|"
    r"ended|ending|drop|drops|dropped|dropping|suspend|suspends|suspended|suspending|"
    r"lift|lifts|lifted|lifting|call(?:s|ed|ing)?\s+off|"
    r"revoke|revokes|revoked|revoking|abandon|abandons|abandoned|abandoning|"
    r"back(?:s|ed|ing)?\s+(?:off|away\s+from|down\s+(?:on|from))|"
    r"(?:give|gives|gave|giving)\s+up)\s+(?:(?:its|their|his|her|the|all|any)\s+)?"
    r"(?:[a-z-]+\s+)?\Z"
)


def not_held(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the position of ``trigger`` is not held now: given up, doubted, not
    promised, a question still open, a condition."""
    if dropped(s.text, trigger.start, plan_word=False):
        return True  # "dropped plans to oppose the request": a position given up
    if trigger.phrase.lower() in _GIVEN_UP_NOUNS and _WITHDRAWN.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return True  # "may pull its support for Bolivia", "backed off its demand": given up
    if UNLIKELY.search(s.text, max(0, trigger.start - 70), trigger.start):
        return True  # "little prospect of Peru agreeing to cut tariffs": none stated
    if NO_PROMISE.search(s.text, max(0, trigger.start - 50), trigger.start) or (
        trigger.phrase.lower().startswith(PROMISES)
        and PROMISE_DENIED.search(s.text, max(0, trigger.start - 24), trigger.start)
    ):
        # "had made no commitments to back Peru's efforts", "made no commitment to
        # the plan": nothing promised, no position either way
        return True
    if _WHETHER.search(s.text, max(0, trigger.start - 40), trigger.start):
        return True  # "to decide whether they back the plan": a question still open
    if _IF_CLAUSE.search(s.text, max(0, trigger.start - 80), trigger.start):
        return True  # "if any member raised objections, a meeting would be called"
    if _WITHOUT.search(s.text, max(0, trigger.start - 40), trigger.start):
        return True  # "would not work without a large military commitment": none had
    if trigger.phrase.startswith(("refus", "declin")) and _NOT_PINNED.match(s.text, trigger.end):
        return True  # "refused to be pinned down on a date": nothing said, no refusal of it
    # "the popular view that Chile opposes": others' belief, not its words
    return _HELD_VIEW.search(s.text, max(0, trigger.start - 80), trigger.start) is not None
