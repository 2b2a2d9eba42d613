"""The speaker named after a reporting verb, for ``reporting``: inverted after a
quotation or a clause ('"...," said a senior Peruvian official'), or a name the rules do
not know followed by what they are ("said Ana Lopez, a spokeswoman for Peru's foreign
ministry"); not "the minister said Iran ..." (Iran is what was said), "said of the
Swedish decision" nor "told Erdogan" (whoever follows "told" is the one told).
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .lexicon import Hit
from .no_speaker import INVERTED_AFTER, mark_before
from .sentence import RuleSentence

__all__ = ["speaker_after"]

# Words between the verb and an actor that make the actor no speaker: what was said of
# or to ("said of the Swedish decision"), or the reported clause's own subject ("Ali
# Hassan, an adviser, said he backed the U.S. role").
_NOT_SPEAKER_GAP = frozenset(
    {"of", "about", "on", "to", "in", "at", "with", "that", "after", "before", "for", "from"}
    | {"he", "she", "it", "they", "we", "i"}
    # "..., said if Peru dropped the plan": a subordinate clause's subject
    | {"if", "unless", "when", "once", "because", "although", "though", "whether", "while"}
)
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen"})
# Auxiliaries and modals that open a reported clause: right after the name ("said Tokyo
# would"), or between the verb and the name ("said Juan Vera would urge ...").
_CLAUSE_VERBS = frozenset(
    {"would", "will", "was", "were", "is", "are", "has", "have", "had", "could", "should"}
    | {"must", "may", "might", "can", "did", "does", "do"}
)
# A participle's aside set off before the verb: ", speaking before the council,".
_ASIDE_BEFORE = re.compile(
    r",\s+(?:speaking|addressing|writing|talking|testifying|responding|appearing)\b"
    r"[^,;:\"\u201c\u201d]{0,80},\s*\Z"
)
# A verb right after the name: it opens the reported clause, it is not said by it; so
# too where a quotation opens on it ('said Chile "should be praised"').
_CLAUSE_VERB_AFTER = re.compile(
    # (past a noun or two the name describes: "said the Bolivian plan was unfair")
    # (not a relative clause on the speaker: "said a Peruvian envoy who is to travel")
    r"(?:\s+(?!(?:who|which|that|whom|whose)\b)[a-z]+){0,2}?\s+[\"\u201c]?(?:"
    + "|".join(sorted(_CLAUSE_VERBS))
    + r")\b"
)
# '"...," said Ana Lopez, a spokeswoman for Peru's foreign ministry': a name the
# gazetteer does not know, then what they are, which names the state.
_NAME_THEN_APPOSITIVE = re.compile(
    r"\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3},\s+(?:a|an|the)\s+"
    r"((?:[^,;.\"\u201d]|(?<=\b[A-Za-z])\.){3,80})"
)
_OFFICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "minister", "official", "envoy", "ambassador"}
    | {"adviser", "advisor", "secretary", "diplomat", "negotiator", "president", "premier"}
)


def speaker_after(s: RuleSentence, clause: Hit) -> tuple[bool, ActorMention | None]:
    """Whether the words after reporting ``clause`` decide its speaker, and who: the actor
    right after the verb (``None`` if no agent), or the state of a name and its office;
    ``(False, None)`` when they decide nothing."""
    after = s.after(clause.end)
    words = s.text[clause.end : after.start].lower().split() if after is not None else []
    if (
        after is not None
        and mark_before(s, clause) in INVERTED_AFTER
        and len(words) <= 4
        and not _NOT_SPEAKER_GAP.intersection(_spokesman_for(words))
        # "..., said Juan Vera would urge the Peruvian president": a verb in the gap
        # opens the reported clause; who follows it is no speaker
        and not _CLAUSE_VERBS.intersection(words)
        and not clause.phrase.startswith("told")
        # "Ana Soto, speaking on Monday, described Peru's raids as ...": the comma closes
        # an aside on the subject, no quotation or clause the verb inverts after
        and not _ASIDE_BEFORE.search(s.text, max(0, clause.start - 100), clause.start)
        # "..., said Tokyo would shoot them down": the reported clause's subject
        and not _CLAUSE_VERB_AFTER.match(s.text, after.end)
    ):
        return True, (after if s.is_agent(after) else None)
    titled = _titled_after(s, clause)
    return (titled is not None), titled


def _spokesman_for(words: list[str]) -> list[str]:
    """``words`` less the "for" of "a spokesman for the Chilean foreign ministry", who
    speaks for the state after it."""
    return [
        w for i, w in enumerate(words) if not (w == "for" and i and words[i - 1] in _SPOKESPEOPLE)
    ]


def _titled_after(s: RuleSentence, clause: Hit) -> ActorMention | None:
    """The state of an inverted speaker named with what they are ("said Ana Lopez, a
    spokeswoman for Peru's foreign ministry"), after a quotation or a clause."""
    if mark_before(s, clause) not in INVERTED_AFTER:
        return None
    named = _NAME_THEN_APPOSITIVE.match(s.text, clause.end)
    if named is None or _OFFICES.isdisjoint(named.group(1).lower().split()):
        return None
    start, end = named.span(1)
    inside = [a for a in s.actors if start <= a.start and a.end <= end and a.code]
    return inside[0] if inside and s.is_agent(inside[0]) else None
