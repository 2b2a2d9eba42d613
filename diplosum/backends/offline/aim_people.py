"""Aims of people who act for no state, for ``aim_owners``: a participle a common noun
before it holds ("rebels trying to overthrow", "fishermen hoping to return"), the subject
of a verb of aim that is such people or an unplaced name ("terrorists might try to",
"said ACME planned to"), and their possessive ("the rebels' bid to"): theirs, not the
speaker's nor a state's named before them.
"""

from __future__ import annotations

import re

from ...text.gazetteer import gazetteer
from .agent_words import NOT_AGENTS
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["no_agents_subject", "noun_participle", "owned_by_no_agent", "people_who"]


# A participle right after a common noun is that noun's ("rebels trying to overthrow",
# "fishermen hoping to return"), unless the noun is an auxiliary or an adverb.
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+\Z")
_NOT_A_HEAD = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "also", "still", "now", "not"}
    | {"already", "and", "or", "but", "while", "by", "of", "in", "on", "for", "again"}
)


# Adjectives of aim that describe the noun right before them: "companies keen to stay".
_AIM_ADJECTIVES = frozenset({"keen", "eager", "anxious", "desperate", "willing", "ready"})


def noun_participle(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a participle ("trying to") that a common noun before it
    holds, not the clause's subject; or an adjective of aim right after a noun of those
    who act for no state ("companies keen to stay")."""
    first = trigger.phrase.split()[0]
    if first in _AIM_ADJECTIVES:
        word = _WORD_BEFORE.search(s.text, max(0, trigger.start - 20), trigger.start)
        return word is not None and _for_no_state(word.group(1))
    if not first.endswith("ing") or first in ("everything", "anything", "something"):
        return False  # "would do everything possible to": a pronoun, no participle
    word = _WORD_BEFORE.search(s.text, max(0, trigger.start - 20), trigger.start)
    if word is None or word.group(1) in _NOT_A_HEAD or word.group(1).endswith("ly"):
        return False
    return not any(a.end == word.end(1) for a in s.actors)


# The subject of a finite verb of aim, a common noun for people who act for no state
# ("Terrorists might try to target Chile", "fishermen are hoping to return"): theirs, not
# the speaker's nor a state's named before them.
_NOUN_SUBJECT = re.compile(
    # (a name in capitals too: "said ACME planned to")
    r"\b([A-Za-z][a-z-]+|[A-Z]{2,}[A-Za-z]*)\s+(?:(?:is|are|was|were|will|would|could|might|may|must|can|"
    r"have|has|had|been|be|also|still|now|\w+ly)\s+){0,3}"
    # (a quotation may open at the verb: 'The big producers "want to')
    r"[\"\u201c]?\Z"
)
_OUTLAWS = frozenset(
    {"terrorists", "terrorist", "hackers", "criminals", "gunmen", "attackers", "smugglers"}
    | {"pirates", "kidnappers", "bombers", "gangs"}
)


# Unnamed people counted, standing alone as a subject: "many were still trying to".
_COUNTED = frozenset(
    {"many", "some", "others", "most", "few", "several", "thousands", "hundreds", "dozens"}
    | {"millions", "everyone", "everybody", "nobody", "anyone", "somebody", "someone"}
)


# The press as a subject of aim: "said the media keeps trying to paint him as weak" (not
# in ``NOT_AGENTS``: "Chinese state media said" reports the state's view).
_PRESS = frozenset({"media", "press"})


def _for_no_state(word: str) -> bool:
    """Whether ``word`` names people who act for no state (``NOT_AGENTS``, outlaws,
    unnamed people counted, the press)."""
    return word in NOT_AGENTS or word in _OUTLAWS or word in _COUNTED or word in _PRESS


_AIM_VERBS = re.compile(
    # (a lexicon phrase may hold its auxiliary: "is seeking")
    r"(?:(?:is|are|was|were|has|have|had)\s+)?"
    r"(?:wants?|wanted|tr(?:y|ies|ied|ying)|seeks?|sought|seeking|hop(?:e|es|ed|ing)|"
    # "showed the handset maker planned to use shell companies" (not "plan", "plans" nor
    # "intended": as often a noun, "a national plan to", or a passive, "is intended to")
    r"planned|intends?|intending|aimed\s+to)\b"
)


def no_agents_subject(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the subject right before the verb of aim ``trigger`` is people who act
    for no state (``NOT_AGENTS``, outlaws)."""
    if not _AIM_VERBS.match(trigger.phrase):
        return False  # "a national plan to", "production in order to": no verb's subject
    subject = _NOUN_SUBJECT.search(s.text, max(0, trigger.start - 40), trigger.start)
    if subject is None or any(a.end == subject.end(1) for a in s.actors):
        return False
    word = subject.group(1)
    return _for_no_state(word.lower()) or _unplaced_name(s.text, subject.start(1), word)


# A reported clause's opening: "said that Wang sought", "told officials Wang wants".
_REPORTED_OPENS = re.compile(r"\b(?:that|said|says|told\s+[a-z]+)\s+\Z")


def _unplaced_name(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is a name the rules tie to no state, opening a
    reported clause ("told U.S. authorities that Wang sought"): a person of no state, whose
    aims are no state's, nor the teller's or the one told."""
    if not word[0].isupper() or _REPORTED_OPENS.search(text, max(0, start - 20), start) is None:
        return False
    # "that Palestinians seek": a people, whose aims the rules find elsewhere.
    return not (word.endswith("s") and gazetteer().resolve(word[:-1]) is not None)


# A common noun's possessive right before the aim: "upset by the bank's promise
# to relocate", "the rebels' bid to": that noun's aim, not the clause subject's.
_NOUN_POSSESSIVE = re.compile(r"\b([a-z][\w-]*?)(?:'s|\u2019s|s')\s+(?:[a-z][\w-]*\s+){0,2}\Z")


def owned_by_no_agent(s: RuleSentence, trigger: Hit) -> bool:
    """Whether people who act for no state own the aim by their possessive."""
    owned = _NOUN_POSSESSIVE.search(s.text, max(0, trigger.start - 50), trigger.start)
    if owned is None or any(a.end == owned.end(1) for a in s.actors):
        return False
    word = owned.group(1)
    return _for_no_state(word) or _for_no_state(word + "s")


# A relative clause on people of no state, the aim inside it: "the people who will leave
# Chile to seek work abroad", "workers who hope to".
# (Only "who": after "told businessmen that", "views among analysts that" a "that" opens
# what was said, with its own subject.)
_PEOPLE_WHO = re.compile(r"\b([a-z]+)\s+who\s+(?:[^,;:.\"\u201c\u201d]|(?<=\b[A-Z])\.){0,60}\Z")


def people_who(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` stands in a relative clause on people who act for no state, or
    on a person named right before it whom no rule places (``_unplaced_who``)."""
    if _unplaced_who(s, trigger):
        return True
    who = _PEOPLE_WHO.search(s.text, max(0, trigger.start - 80), trigger.start)
    if who is None or any(a.end == who.end(1) for a in s.actors):
        return False
    return _for_no_state(who.group(1))


# A relative clause on a person named right before it: "said Carl Berg, who lives in Lima
# and has worked to rally voters".
_NAME_WHO = re.compile(
    r"\b([A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2}),\s+who\s+"
    r"(?:[^,;:.\"\u201c\u201d]|(?<=\b[A-Z])\.){0,100}\Z"
)


def _unplaced_who(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` stands in a relative clause on a person named right before it
    whom no rule places ("said Carl Berg, who ... has worked to rally voters"): that
    person's aim, no state's."""
    who = _NAME_WHO.search(s.text, max(0, trigger.start - 140), trigger.start)
    return who is not None and not s.names_actor(*who.span(1))
