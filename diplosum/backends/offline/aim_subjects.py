"""Aims whose clause's subject does not state them, for ``no_aim`` and ``goals``.

"Peru said the rebels were working to end attacks": the aim is the rebels', a subject in
small letters that the rules place in no state, and never the reporting state's, though
that is the nearest actor before the aim. Nouns that stand for a state's own agents
("the government was working to", "the ministry wants to") are not such a subject:
the rules find their state elsewhere (``institutions``).

An aim's noun opening a subordinate clause with no owner ("as efforts to impeach her
gained pace") and "they" standing for things just named ("saying they sought to smear
him") hold none either.

"An analyst said Chilean officials should meet Soto to try to understand him": advice to
the subject, whose aim it is not unless the subject's own side gives it (``advised``);
"'Chile wants to sow discord,' the Peruvian president said": a motive another state's
speaker gives it (``motive_alleged``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .aim_owners import AIM_NOUN_WORDS
from .lexicon import Hit
from .mention import ActorMention
from .quotations import quoted_at
from .sentence import RuleSentence

__all__ = ["advised", "common_subject", "motive_alleged", "things_they", "unowned_in_subordinate"]

#: The sentence's speaker, found only when asked for (``speakers.speaker``).
Speaker = Callable[[], ActorMention | None]

# A reported or believed clause whose subject is a noun phrase in small letters, right
# before the aim: "said the rebels were working to", "any sign that the militants want to".
_COMMON_SUBJECT = re.compile(
    r"\b(?:said|says|say|saying|that|sign|signs|believes?|believed|doubts?|doubted|fears?|"
    r"feared|thinks?|thought)\s+(?:that\s+)?(?:the|some|many|most|those|these|such)\s+"
    r"(?P<noun>[a-z][\w-]*)(?:\s+[a-z][\w-]*)?\s+"
    r"(?:(?:were|was|are|is|had|have|has|would|will|could|might|may|still|now|also|not|"
    r"really|actively|been)\s+){0,3}\Z"
)

# A state's own agents, whose state the rules find elsewhere: not such a subject.
_AGENT_NOUNS = frozenset(
    {"government", "governments", "authorities", "ministry", "administration", "country"}
    | {"regime", "leadership", "military", "army", "side", "sides", "officials", "two"}
    | {"council", "commission", "parliament", "cabinet", "state", "nation", "president"}
    | {"minister", "leader", "leaders", "premier", "delegation", "junta", "kingdom"}
)


def common_subject(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the clause of ``trigger`` has its own subject in small letters that names
    no state's agent ("said the rebels were working to")."""
    found = _COMMON_SUBJECT.search(s.text, max(0, trigger.start - 80), trigger.start)
    return found is not None and found.group("noun") not in _AGENT_NOUNS


# A modal of advice right after the subject of the aim: "officials should meet Soto to
# try to", "OPEC ought to", "the government must", "Peru needs to".
_ADVICE = re.compile(
    r"(?:\s+(?:officials|government|authorities|leaders|leadership))?[\"\u201d]?\s+"
    r"(?:\w+ly\s+)?(?:should|ought\s+to|must|needs?\s+to|has\s+to|have\s+to)\b"
)


def advised(s: RuleSentence, trigger: Hit, holders: list[ActorMention], speaker: Speaker) -> bool:
    """Whether the aim of ``trigger`` is advice to ``holders`` ("officials should meet
    Soto to try to understand him") from someone not of their side: a ``speaker()`` of
    another state, or one the rules cannot place who reports it before naming them ("an
    analyst said Peru should try to"; not "Peru needs to try to, the minister said")."""
    if not holders:
        return False
    last = max(holders, key=lambda h: h.end)
    if last.end > trigger.start or _ADVICE.match(s.text, last.end) is None:
        return False
    said_by = speaker()
    if said_by is not None:
        return all(h.code != said_by.code for h in holders)
    first = min(h.start for h in holders)
    return any(hit.end <= first for hit in s.find("reporting"))


# A subordinate clause whose subject is an aim's noun with no owner: "as efforts to".
_SUBORDINATE_OPENS = re.compile(
    r"\b(?:as|while|whereas|although|though|because|since|until|when)\s+"
    r"(?:(?:the|new|renewed|fresh|international|diplomatic|mounting|growing)\s+)*\Z"
)


def unowned_in_subordinate(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is an aim's noun opening a subordinate clause as its subject,
    with no owner named before or after it ("as efforts to impeach her gained pace", not
    "as efforts by Peru to")."""
    return (
        trigger.phrase.split()[0] in AIM_NOUN_WORDS
        and _SUBORDINATE_OPENS.search(s.text, max(0, trigger.start - 40), trigger.start) is not None
        and not s.text.startswith(" by ", trigger.end)
    )


# "They" standing for things just named, right before the aim: "brushed off the rumours,
# saying they sought to smear him" (the rumours' aim, no one's stated).
_THINGS_THEY = re.compile(
    r"\b(?:the|these|those|such)\s+(?:[a-z]+\s+)?(?:reports|claims|allegations|accusations|"
    r"articles|stories|documents|leaks|rumou?rs|remarks|comments|statements|papers|videos)"
    r"\b[^.;:\"\u201c\u201d]{0,40}?\bthey\s+(?:were\s+|are\s+)?\Z"
)


def things_they(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "they" right before ``trigger`` stands for things just named ("brushed off
    the rumours, saying they sought to smear him"): the things' aim, no one's stated."""
    return _THINGS_THEY.search(s.text, max(0, trigger.start - 100), trigger.start) is not None


# Purposes an act is said to serve: "in order to" (not "in a bid to", which
# more often gives the actor's own account of its act).
_PURPOSES = frozenset({"in order to"})


def motive_alleged(
    s: RuleSentence, trigger: Hit, holders: list[ActorMention], speaker: Speaker
) -> bool:
    """Whether the aim ``trigger`` states is told of ``holders`` by a ``speaker()`` of
    another state: a purpose told after a reporting verb ("Peru said Chile had massed
    troops in order to provoke a war"), or any aim given to holders named inside the
    speaker's quotation: the speaker's account of their motive, no aim they state."""
    if not holders:
        return False
    if trigger.phrase in _PURPOSES:
        told = any(hit.end <= trigger.start for hit in s.find("reporting"))
    else:
        # "'Chile wants to sow discord,' the Peruvian president said": an aim a quoted
        # speaker gives a state he names, his charge against it.
        told = all(quoted_at(s.article, s.start + h.start) for h in holders)
    if not told:
        return False
    said_by = speaker()
    return said_by is not None and all(h.code != said_by.code for h in holders)
