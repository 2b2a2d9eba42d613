"""A meeting's parties named by reference rather than by a state's name: "he" or "she"
(the person named last), "the two leaders" or "They" (the last two named), an office
named before ("The prime minister met ..."), the subject after an opening phrase
("During a visit to Peru, the Chilean minister urged ..."), or where a visitor went
(``visits``). For ``meetings``; ``rules`` reads a sentence with fewer than two states
only if it may name a party so.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .clauses import A_TIME_BEFORE, THE_TWO
from .institutions import AN_INSTITUTION, institution_subject
from .lexicon import Hit
from .offices import OFFICE_NAMED_AGAIN
from .quotations import quoted_at
from .sentence import RuleSentence
from .visits import visit_named

__all__ = [
    "antecedent_parties",
    "in_opening_phrase",
    "names_parties_indirectly",
    "the_two_as_subject",
]

_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_AN_OFFICE = re.compile(r"\b" + OFFICE_NAMED_AGAIN + r"\b")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b[^,;]*$")
_OPENING_PHRASE = re.compile(
    r"(?:During|On|In|After|Before|While|At|Following|Speaking|Talking|Meeting"
    # "A day after speaking with Garcia, the Chilean leader ...": a time before "after".
    rf"|{A_TIME_BEFORE}(?:after|before|following))\b[^,]*,\s*"
)


_THE_TWO_NAMED = re.compile(THE_TWO)
# "They met in Munich": a sentence that opens with "they" and names no one before the
# trigger means the last two named.
_THEY = re.compile(r"\s*They\s+(?:\w+\s+){0,3}$")
# "They have been negotiated under GATT rules": "they" are what was negotiated.
_PASSIVE_BEFORE = re.compile(r"\b(?:been|be|being|are|were)\s+$")
# "they" opening a clause of time or condition that ends at the trigger: "when they meet".
_THEY_WHEN = re.compile(
    r"\b(?:when|where|after|before|once|if|as|until|while)\s+they\s+"
    r"(?:will\s+|would\s+|can\s+|could\s+|next\s+|first\s+)?\Z"
)
# ... as the subject of the clause that ends at the trigger.
# (Or an aside in small letters right after it: "The two leaders, meeting in Bonn, also
# discussed ...", its participle too.)
_THE_TWO = re.compile(THE_TWO + r"(?:[^,;]*|,\s+|,\s+[a-z][^,;]*,\s+(?:[a-z]+\s+){0,2})$")


def names_parties_indirectly(s: RuleSentence) -> bool:
    """Whether ``s`` may name a party other than by a state's name: by reference to
    earlier ones ("he", "she", "the two leaders", "they") or as where a visitor arrived,
    went or is ("arrived in Kampala for talks", "travelled to Riyadh", "is in Damascus")."""
    if visit_named(s):
        return True
    two = _THE_TWO_NAMED.search(s.text) if "two" in s.text or "oth" in s.text else None
    if two is not None and not (
        two.group().lstrip().startswith(("Both", '"', "\u201c")) and quoted_at(s.article, s.start)
    ):
        # A speaker's "Both sides will ..." may mean any two, not the last two named.
        return True
    if s.text.lstrip().startswith("They "):
        return True
    if _AN_OFFICE.search(s.text) is not None or AN_INSTITUTION.search(s.text) is not None:
        # "The prime minister met Putin", "The ministry summoned the U.S. envoy": an office
        # or institution named before
        return True
    return _HE_OR_SHE.search(s.text) is not None


def antecedent_parties(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Who the clause's subject is when no actor: for "he" or "she", the person named last
    (in the sentence, else before it); for "the two leaders", the last two named before
    (``RuleSentence.the_two_before``); for an opening phrase ("During a visit to Peru,
    the Chilean minister urged ..."), the main clause's subject after it."""
    two = _THE_TWO.search(s.text, 0, trigger.start) or _they(s, trigger)
    if two is not None:
        inside = [a for a in s.actors if a.end <= two.start() and a.code]
        named = inside[-2:] if len({a.code for a in inside[-2:]}) == 2 else []
        return named or s.the_two_before(two.group())
    pronoun = _PRONOUN.search(s.text, 0, trigger.start)
    if pronoun is not None:
        person = s.he_or_she(pronoun.start())
        return [person] if person is not None else []
    # "The prime minister met ...", "The ministry summoned ..."
    office = s.office_subject(trigger.start) or institution_subject(s, trigger.start)
    if office is not None:
        return [office]
    opening = _OPENING_PHRASE.match(s.text, s.opens())
    if opening is not None and opening.end() > trigger.end:
        main = [a for a in s.actors if a.start >= opening.end() and a.code]
        return main[:1] if main and s.is_agent(main[0]) else []
    return []


def _they(s: RuleSentence, trigger: Hit) -> re.Match[str] | None:
    """ "They" opening the sentence as the subject of ``trigger`` (not of a passive one)."""
    they = _THEY.match(s.text, s.opens(), trigger.start)
    if (
        they is not None
        and trigger.phrase.endswith("ed")
        and _PASSIVE_BEFORE.search(s.text, 0, trigger.start)
    ):
        return None
    return they


def the_two_as_subject(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Whom "the two sides" (or "the two leaders") stand for when they are the subject of
    the clause that ends at ``trigger``, though the sentence's own subject is another ("A
    Peruvian minister said the two sides had agreed to hold talks")."""
    they = _THEY_WHEN.search(s.text, max(0, trigger.start - 40), trigger.start)
    if they is not None:
        # "Trump will press Xi when they meet": the two named before, if two states
        inside = [a for a in s.actors if a.end <= they.start() and a.code and s.is_agent(a)]
        return inside[-2:] if len({a.code for a in inside[-2:]}) == 2 else []
    two = _THE_TWO.search(s.text, 0, trigger.start)
    if two is None or any(two.end() <= a.start < trigger.start for a in s.actors):
        return []
    return antecedent_parties(s, trigger)


def in_opening_phrase(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is in a phrase that opens the sentence ("In talks with Miyazawa,
    the U.S. group urged"): its subject comes after it."""
    opening = _OPENING_PHRASE.match(s.text, s.opens())
    return opening is not None and opening.end() > trigger.end
