"""Aims whose clause has a subject of its own that names no actor, for ``no_aim``.

"Peru said the rebels were working to end attacks": the aim is the rebels', a subject in
small letters that the rules place in no state, and never the reporting state's, though
that is the nearest actor before the aim. Nouns that stand for a state's own agents
("the government was working to", "the ministry wants to") are not such a subject:
the rules find their state elsewhere (``institutions``).
"""

from __future__ import annotations

import re

from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["common_subject"]

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
