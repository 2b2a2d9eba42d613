"""A reported clause's own subject, for ``subjects``: "Germany said Russia rejected the
plan" (Russia rejects), "he said Iran rejected it", "Kyodo reported on Tuesday that Ri Su
Yong would visit", "in what the US government dismissed as a sham" (the US); not past a
pronoun that is the subject itself ("says she told Netanyahu").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text.dates import WEEKDAYS
from .actors import ActorMention
from .clauses import PASSIVE_AUXILIARIES
from .lexicon import Hit

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = [
    "TOLD_AUDIENCE",
    "adjectival",
    "past_opener",
    "reported_of_unplaced",
    "reported_subject",
]

# Relative pronouns that open a clause inside another (not "that": "a hope that Spain is
# ready to" asserts nothing of Spain).
_OPENER = re.compile(r"\b(?:what|which|whom)\s")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+)?\Z")
_AND_VERB = re.compile(r"\band\s+(?:also\s+|then\s+)?[a-z]+(?:s|ed)\b")


# A reporting verb's participle used as an adjective: after a determiner or a preposition
# of circumstance, before a noun ("under repeated attack", "the stated aim", "its
# declared policy"); not "has repeated its call", "Peru stated that".
_ADJECTIVAL = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|under|after|despite|amid|with|of|in|by|to)\s+\Z",
    re.IGNORECASE,
)
_NOUN_NEXT = re.compile(r"\s+(?!that\b|by\b|to\b|as\b|on\b|in\b|at\b|for\b)[a-z]")


# "views" and "regards" report only as verbs with their "as": "Peru views the plan as a
# threat" (not "dissident views", "his views on trade").
_NOUN_OR_VERB = frozenset({"views", "regards"})
_AS_AFTER = re.compile(r"[^,;:.]{1,60}?\bas\b")


# "Chile was told ...", "has been told to": the subject is the one told, and reports
# nothing.
_TOLD_IN_PASSIVE = re.compile(rf"\b{PASSIVE_AUXILIARIES}\s+(?:\w+ly\s+|also\s+)?\Z", re.IGNORECASE)


def adjectival(text: str, hit: Hit) -> bool:
    """Whether the reporting verb ``hit`` in ``text`` is a participle used as an
    adjective, which reports nothing ("under repeated attack by Iran"), "views" a
    noun ("silences dissident views"), or a verb of telling in the passive ("Chile was
    told that ...": the one told reports nothing)."""
    if hit.phrase in _NOUN_OR_VERB:
        return _AS_AFTER.match(text, hit.end) is None
    if hit.phrase == "told" and _TOLD_IN_PASSIVE.search(text, max(0, hit.start - 24), hit.start):
        return True
    return (
        hit.phrase.endswith("ed")
        and " " not in hit.phrase
        and _ADJECTIVAL.search(text, max(0, hit.start - 12), hit.start) is not None
        and _NOUN_NEXT.match(text, hit.end) is not None
    )


#: Whom one tells, when it is no actor: "told reporters Japan had rejected", "told a news
#: conference", "told parliament", "told his colleagues".
TOLD_AUDIENCE = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:news|press|weekly|daily)\s+)?"
    r"(?:reporters|journalists|colleagues|counterparts|"
    r"conference|briefing|press|parliament|lawmakers|legislators|MPs|deputies|delegates|"
    r"audience|crowd|rally|interviewer|Reuters|AFP|CNN|BBC|Congress|Senate|House|Commons|"
    # (not a possessive: "told CNN's Pamela Brown"; "BBC News", "a Commons select committee")
    r"television|radio|newspaper)\b(?!['\u2019]s\b)(?:\s+News|(?:\s+select)?\s+committee)?"
    r"(?:\s+(?:on|late|early|this|last)\s+\w+)?(?:\s+that)?"
)


_TOLD_THAT = re.compile(r"\s+(?:[\w.'\u2019-]+\s+){1,6}?that\b")


def _said_between(s: RuleSentence, start: int, offset: int) -> list[Hit]:
    """The reporting verbs between ``start`` and ``offset`` that open what was said; not
    "told", whose object is the one told ("told Juncker that Britain hopes"), unless that
    is an audience ("told reporters Japan had rejected": ends past the audience)."""
    said = []
    for hit in s.find("reporting"):
        if not (start <= hit.start and hit.end <= offset):
            continue
        if not hit.phrase.startswith(("told", "tell")):
            said.append(hit)
            continue
        # "told reporters" is one phrase of the lexicon: its audience is read again after
        # the verb, its first word.
        verb_end = hit.start + len(hit.phrase.split()[0])
        audience = TOLD_AUDIENCE.match(s.text, verb_end)
        if audience is not None and audience.end() <= offset:
            said.append(hit._replace(end=audience.end()))
            continue
        # "told Japan that Peru rejected": the clause after "that" (not the one told).
        that = _TOLD_THAT.match(s.text, hit.end)
        if that is not None and that.end() <= offset:
            said.append(hit._replace(end=that.end()))
    return said


def reported_subject(
    s: RuleSentence, start: int, in_clause: list[ActorMention], offset: int
) -> ActorMention | None:
    """The actor standing first in the clause that the last reporting verb between
    ``start`` and ``offset`` opens ("he said Iran", "and said that Germany"; not after
    "told", whose object is the one told), if any."""
    verbs = _said_between(s, start, offset)
    if not verbs:
        return None
    after = [a for a in in_clause if a.start >= verbs[-1].end]
    if not after or len(s.text[verbs[-1].end : after[0].start].split()) > 2:
        return None
    return after[0]


def past_opener(
    s: RuleSentence, in_clause: list[ActorMention], start: int, offset: int
) -> list[ActorMention]:
    """``in_clause`` from the last clause in it that a reporting verb (with or without
    "that") or a relative pronoun opens, when an actor stands first there ("Germany said
    Russia rejected the plan": Russia rejects; "in what the US government dismissed as a
    sham": the US)."""
    if len(in_clause) < 2:
        return in_clause
    said = [hit.end for hit in _said_between(s, start, offset)]
    ends = said + [m.end() for m in _OPENER.finditer(s.text, start, offset)]
    ends += [m.end() for m in _REPORTED_THAT.finditer(s.text, start, offset)]
    ends += [m.end() for m in _THEY_SAY.finditer(s.text, start, offset)]
    ends += [m.end() for m in _IS_THAT.finditer(s.text, start, offset)]
    if not ends:
        return in_clause
    opened = max(ends)
    if len(said) > 1 and opened == said[-1] and not any(a.start >= opened for a in in_clause):
        # "Peru said Chile and Brazil wrote to the council to protest": a last reporting
        # verb with no actor after it is the reported clause's own verb, not its opener.
        opened = said[-2]
    # "said on Thursday the Syrian government had agreed": when it was said comes first.
    when = _WHEN_SAID.match(s.text, opened)
    opened = when.end() if when is not None else opened
    after = [a for a in in_clause if a.start >= opened]
    # Its subject comes first in it ("said the ministry would work with the Japanese
    # government" is no Japanese act), and a second predicate after "and" may be the
    # first subject's ("Seoul says Japan is a partner and wants to widen ties with it").
    if (
        not after
        or len(s.text[opened : after[0].start].split()) > 2
        # "Harris says she told Netanyahu": a pronoun is the reported clause's subject
        or _PRONOUN_SUBJECT.match(s.text, opened)
        or _AND_VERB.search(s.text, after[0].end, offset)
        or _AND_BEFORE.search(s.text, max(0, offset - 12), offset)
    ):
        return in_clause
    return after


# "says she told Netanyahu": the pronoun's verb takes an object; not "said he hoped Bonn
# would", whose verb opens a clause of its own with its own subject.
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:he|she|they|we|I)\s+(?!(?:hope|hopes|hoped|expect|expects|expected|understand|"
    r"understands|understood|believe|believes|believed|think|thinks|thought|feel|feels|felt|"
    r"know|knows|knew|fear|fears|feared|doubt|doubts|doubted|suspect|suspects|suspected|"
    r"assume|assumes|assumed|and)\b)"
)
_WHEN_SAID = re.compile(
    rf"\s*(?:on\s+(?:{WEEKDAYS})|yesterday|today|last\s+(?:week|month|night)|"
    r"this\s+(?:week|month))\s+(?:that\s+)?"
)


# "Russian news agencies reported that India and Russia would discuss": what was reported
# has its own subject. (Not a reporting verb: the media that report hold no position.)
_REPORTED_THAT = re.compile(
    # "reported on Tuesday that", "reported last week that"
    r"\breport(?:ed|s)\s+(?:(?:on|last|this|early|late)\s+\w+\s+)?that\s+"
)


# "U.S. officials say Israel has backed it": plural "say" opens a clause with its own
# subject too (not a reporting verb of the lexicon: alone, "say" is read too loosely to
# name a speaker; not "to say", "a say", "not say").
_THEY_SAY = re.compile(r"(?<!\bto\s)(?<!\ba\s)(?<!\bnot\s)\bsay\s+(?:that\s+)?")


# "One scenario mentioned by Chilean officials is that Peru may try to": a clause after a
# copula and "that" has its own subject too. (Not yet after a reporting aside: "The risk,
# Chilean officials said, is that Peru ..." still goes to the speakers.)
_IS_THAT = re.compile(r"\b(?:is|was|are|were|remains|remained)\s+that\s+")


# A reported clause opening with a name, then its verb: "said Gazprom had signed", "said
# that Rosneft agreed".
_NAME_THEN_VERB = re.compile(
    r"\s*(?:that\s+)?(?!(?:He|She|It|They|We|I|The|This|That|These|Those|A|An)\b)"
    r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}(?=\s+"
    r"(?:had|has|have|was|were|is|are|will|would|could|may|might|also|[a-z]+ed)\b)"
)
# Where the clause ends: ", a claim Peru rejected", "and China said" open another.
_CLAUSE_ENDS = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


def reported_of_unplaced(s: RuleSentence, offset: int) -> bool:
    """Whether the clause the last reporting verb before ``offset`` opens has for subject
    a name no rule places ("Russia said Gazprom had signed a deal"): its act, not the
    speaker's."""
    verbs = _said_between(s, 0, offset)
    if not verbs:
        return False
    opened = verbs[-1].end
    when = _WHEN_SAID.match(s.text, opened)
    opened = when.end() if when is not None else opened
    named = _NAME_THEN_VERB.match(s.text, opened)
    if named is None or named.end() > offset or _CLAUSE_ENDS.search(s.text, named.end(), offset):
        return False
    return not any(opened <= a.start < named.end() for a in s.actors)
