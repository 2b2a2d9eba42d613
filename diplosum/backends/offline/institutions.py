"""Who an unnamed institution speaks for: "the foreign ministry said", "the government said".

Wire copy names a state's institutions without the state once the story has made it
plain whose they are: under the headline "Turkey says Russia violated its airspace",
"the foreign ministry said" is Turkey's. Left to the rules for subjects, the speaker
would be the nearest state before the verb, often the one spoken about ("a Russian jet
violated Turkish airspace, the foreign ministry said"). So the speaker is the state the
article's headline opens with (its first line, when that is a headline; else its first
sentence), when it opens with one as its subject ("Turkey says ...", "Iranian officials
say ..."), and nobody otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import SENTENCE_END
from .dateline_hosts import dateline_state
from .datelines import without_dateline
from .headline import headline_state
from .lexicon import Hit
from .mention import ActorMention

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = [
    "AN_INSTITUTION",
    "institution_opening",
    "institution_speaker",
    "institution_subject",
    "unnamed_institution",
]

# A state's institution named without its state: "the foreign ministry", "the embassy".
_NAMED = (
    r"(?:(?:foreign|defen[cs]e|interior|economy|finance|trade|justice|energy|oil)\s+)?"
    r"(?:ministry|embassy|government|presidency|cabinet|foreign\s+office|president's\s+office|"
    r"prime\s+minister's\s+office)"
)
# "The ministry summoned ...": one named again, whose state the sentence may not name.
AN_INSTITUTION = re.compile(r"\b[Tt]he\s+" + _NAMED + r"\b")
# "The foreign ministry said", "..., the defence ministry said in a statement": a state's
# institution with no state named in it.
_INSTITUTION = re.compile(
    r"(?:^|[,;:\"\u201d]\s*)[\"'\u201c]?\s*(?:[Tt]he|[Ii]ts)\s+"
    + _NAMED
    + r"\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)?\Z"
)


def unnamed_institution(s: RuleSentence, clause: Hit) -> re.Match[str] | None:
    """The unnamed institution standing right before the reporting ``clause``, if any."""
    return _INSTITUTION.search(s.text, max(0, clause.start - 60), clause.start)


def institution_speaker(s: RuleSentence, institution: re.Match[str]) -> ActorMention | None:
    """The state the unnamed ``institution`` (``unnamed_institution``'s) speaks for: the
    state named just before with such an institution (``institution_subject``), else the
    article's headline state (not for an embassy, which is a guest's: "the embassy said"
    in a story on the Philippines is China's); ``None`` when neither."""
    start = institution.start() + len(institution.group()) - len(institution.group().lstrip())
    named = _named_before(s)
    if named is not None:
        return named._replace(start=start, end=institution.end())
    actor = headline_state(s.article)
    if actor is None or "embassy" in institution.group().lower():
        return None
    return ActorMention(start, institution.end(), actor, "name", actor.country)


# "The ministry condemned ...": such an institution as the subject of a clause; or "It"
# opening a sentence with a verb of its own ("It condemned", not "It is regrettable").
_SUBJECT = re.compile(
    r"(?:(?:^|[,;:]\s+)[\"'\u201c]?\s*[Tt]he\s+(" + _NAMED + r")|^\s*(It|"
    # "But on Friday, it started criticizing", "Then it said": past a short opening
    r"(?:(?:But|And|Yet|Then|Later|Earlier|Instead|However|Meanwhile)(?:\s+(?:on|in|last|this)"
    r"\s+\w+)?|(?:On|In|Last|This)\s+[A-Z0-9]\w*),?\s+it)"
    # "Peru protested ... Its foreign ministry said": the institution of the state that
    # opened the sentence before
    r"|^\s*(?:(?:And|But)\s+)?[Ii]ts\s+(" + _NAMED + r"))\b[^,;]*$"
)
_IT_ACTS = re.compile(
    r"\s+(?:also\s+)?(?!(?:is|was|has|had|will|would|could|can|may|might|must|should|seems|"
    r"seemed|appears|appeared|remains|remained|takes|took|comes|came|means|meant)\b)"
    r"[a-z]+(?:ed|s|id)\b"
    # "It has also imposed", "It had already expelled" (not "It has been"):
    r"|\s+(?:has|had)\s+(?:also\s+|already\s+)?(?!been\b)[a-z]+ed\b"
)
# The same named right after a state's name: "Pakistan's Ministry of Foreign Affairs", "the
# Chilean foreign ministry", "Peru's embassy in Lima".
_AFTER_STATE = re.compile(r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,2}?" + _NAMED + r"\b", re.IGNORECASE)


def institution_subject(s: RuleSentence, offset: int) -> ActorMention | None:
    """The state whose institution ("the ministry", "the embassy") is the subject of the
    clause ending at ``offset``: of the last two states named before the sentence, the
    later with such an institution right after its name ("Peru's Ministry of Foreign
    Affairs said ... The ministry condemned ...", "... It condemned ...")."""
    # (past a dateline: "LIMA - The government on Monday rejected")
    opens = s.opens_before(offset)
    subject = _SUBJECT.search(s.text[opens:offset])
    if subject is None:
        return None
    group = next(index for index in (1, 2, 3) if subject.group(index))
    start, end = opens + subject.start(group), opens + subject.end(group)
    if group == 2 and not _IT_ACTS.match(s.text, end):
        return None  # "It is regrettable": no one
    if any(a.start >= end and a.end <= offset for a in s.actors):
        return None
    if group == 3:
        named = _subject_just_before(s)  # "Its ministry": the last sentence's subject's
    else:
        named = _named_before(s) or (_subject_just_before(s) if group == 2 else None)
    if named is None and group == 1 and "embassy" not in subject.group(1).lower():
        # "The government has dismissed the claims", no state's institution named before:
        # the headline's state, as for "the foreign ministry said" (``institution_speaker``),
        # else the dateline's ("LIMA - The government on Monday rejected ...")
        actor = headline_state(s.article) or dateline_state(s.article)
        if actor is not None:
            return ActorMention(start, end, actor, "name", actor.country)
    if named is None or (group != 1 and not _opens_sentence(s.article, named.start)):
        return None  # "It" is the subject of the sentence before, not any institution in it
    return named._replace(start=start, end=end)


def _subject_just_before(s: RuleSentence) -> ActorMention | None:
    """The state or body that opens the sentence right before ``s`` as its subject, which
    "It" opening ``s`` with a verb of its own goes on from ("Peru rejected the plan. It
    said it wanted new talks")."""
    for party in s.previous_parties:
        between = s.article[party.end : s.start]
        if (
            party.code
            and party.kind != "person"
            and len(SENTENCE_END.findall(between)) == 1
            and _opens_sentence(s.article, party.start)
        ):
            return party
    return None


_OPENING = re.compile(r"[\"'\u201c]?\s*[Tt]he\s+" + _NAMED + r"\b")


def institution_opening(s: RuleSentence) -> ActorMention | None:
    """The state of the institution named again at the opening of ``s`` ("Turkey's
    foreign ministry issued a statement. The ministry summoned the Greek ambassador"),
    placed where the institution is; ``None`` when the sentence opens otherwise or the
    two states named before have no such institution."""
    opening = _OPENING.match(s.text, s.opens())
    named = _named_before(s) if opening is not None else None
    if opening is None or named is None:
        return None
    start = opening.end() - len(opening.group().lstrip("\"'\u201c \t"))
    return named._replace(start=start, end=opening.end())


def _opens_sentence(article: str, start: int) -> bool:
    """Whether at most one word ("The") stands between ``start`` and the end of the
    sentence before it, past a dateline ("LIMA (Reuters) - Peru ...")."""
    before = article[max(0, start - 80) : start]
    opening = max(before.rfind(". "), before.rfind("\n"), before.rfind('." '))
    if opening < 0 and start >= 80:
        return False
    words = before[opening + 1 :] + article[start : start + 1]
    return len(without_dateline(words.lstrip()).split()) <= 2


def _named_before(s: RuleSentence) -> ActorMention | None:
    """Of the last two states named before ``s``, the later with an institution right after
    its name, if either."""
    for party in reversed(s.previous_parties):
        if party.code and _AFTER_STATE.match(s.article, party.end):
            return party
    return None
