"""The speaker of a reporting clause in a sentence: "X said", "said X", "according to
X", "Juan Perez, the Chilean foreign minister, said", '"...," he said', "the foreign
ministry said" (``reporting_actor``).

Each reporting clause is read in turn: first whether it reports the sentence's words at
all (an amount "added", a poll, a relative clause: ``unreported``), then where its speaker is named
(quoted as, a pronoun, right before the verb, an appositive, an office and its holder,
inverted after it as ``speaker_after`` reads it, an office or institution named alone),
then the clause's subject.
A clause whose own words name no one the rules can place ("..., officials said") has no
speaker. A quotation's speaker in a neighbouring sentence is ``speakers``'.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import TypeAlias

from ...text.gazetteer import gazetteer
from .actors import ActorMention
from .agent_nouns import of_no_agent
from .institutions import institution_speaker, unnamed_institution
from .lexicon import Hit
from .no_speaker import (
    mark_before,
    named_after_break,
    no_state_speaks,
    people_speak,
)
from .office_speakers import office_holder_speaker, opening_state
from .offices import OFFICE_NAMED_AGAIN
from .quotations import CLOSING_MARKS
from .sentence import RuleSentence
from .speaker_after import speaker_after
from .subjects import posting_state
from .unreported import unreported

__all__ = ["after_closing_mark", "reporting_actor"]


class _Verdict(enum.Enum):
    """What one reading of a reporting clause decides besides a speaker or none."""

    UNDECIDED = "undecided"  # nothing: the next reading decides
    NEXT_CLAUSE = "next clause"  # the clause names no speaker: read the next one


_Reading: TypeAlias = ActorMention | _Verdict | None


def reporting_actor(s: RuleSentence) -> ActorMention | None:
    """The speaker of a reporting clause: "said a senior Peruvian official" or "Chile said"."""
    clauses = s.find("reporting")
    for clause in clauses:
        found = _speaker_of(s, clause, clauses)
        if not isinstance(found, _Verdict):
            return found
    return None


def _speaker_of(s: RuleSentence, clause: Hit, clauses: list[Hit]) -> _Reading:
    """The speaker of reporting ``clause``, none, or ``NEXT_CLAUSE``: the first reading
    in ``_READINGS`` that decides, else ``_last_resorts``."""
    found = _no_report(s, clause, clauses)
    for read in _READINGS:
        if found is not _Verdict.UNDECIDED:
            return found
        found = read(s, clause)
    return _last_resorts(s, clause) if found is _Verdict.UNDECIDED else found


def _no_report(s: RuleSentence, clause: Hit, clauses: list[Hit]) -> _Reading:
    """Whether ``clause`` reports no words of the sentence's (``unreported``)."""
    found = unreported(s, clause, clauses)
    if found == "no speaker":
        return None
    return _Verdict.NEXT_CLAUSE if found == "next clause" else _Verdict.UNDECIDED


def _quoted_as(s: RuleSentence, clause: Hit) -> _Reading:
    """For "the agency quoted Zverev as saying", Zverev, not the agency; one it
    describes or whose state it does not say ("a Foreign Ministry spokesman", "Oil
    Minister Gholamreza Aqazadeh") speaks for the agency's state."""
    quoted = _QUOTED_AS.search(s.text, max(0, clause.start - 90), clause.start)
    if quoted is None:
        return _Verdict.UNDECIDED
    start, end = quoted.span(1)
    inside = [a for a in s.actors if start <= a.start and a.end <= end]
    if inside and inside[-1].code and s.is_agent(inside[-1]):
        return inside[-1]
    if not inside and _names_someone(s.text[start:end]):
        return None
    return _Verdict.UNDECIDED


def _pronoun_speaks(s: RuleSentence, clause: Hit) -> _Reading:
    """For '"...," he said', whoever "he" or "she" stands for, placed where the pronoun
    is (not "X said he was ...": that "he" is what X said)."""
    pronoun = _PRONOUN_BEFORE.search(s.text, max(0, clause.start - 24), clause.start)
    if pronoun is None:
        return _Verdict.UNDECIDED
    person = s.he_or_she(pronoun.start())
    if person is None:
        return None
    return person._replace(start=pronoun.start(), end=pronoun.end())


def _named_before(s: RuleSentence, clause: Hit) -> _Reading:
    """The speaker named right before the verb: the first verb's subject past "and",
    the actor a few words before, one an appositive describes."""
    before = s.before(clause.start)
    gap = s.text[before.end : clause.start] if before else ","
    if _DISCOURSE_ASIDE.fullmatch(gap):
        gap = " "  # "Abe, for his part, said": the subject right before, set off
    if before is not None and "," not in gap and "and" in gap.split():
        # "Goria met Funaro today and expressed ...": the first verb's subject.
        subject = [a for a in s.holders(clause.start) if a.code and s.is_agent(a)]
        # Not an object ("Tamura urged Yeutter to ... and argued"): no verb before it.
        if not subject or _AFTER_A_VERB.search(s.text, 0, subject[0].start):
            return None
        return subject[0]
    if (
        before is not None
        and "," not in gap
        and len(gap.split()) <= 3
        # '"... like Bolivia?" said Ana Rojas': a state inside a quotation is no speaker
        and '"' not in gap
        and "\u201d" not in gap
    ):
        # "the Chilean ambassador to the OAS said": Chile's envoy speaks;
        # "a resident of Lima said": no one for a state.
        before = posting_state(s, before)
        return before if s.is_agent(before) and not of_no_agent(s.text, before.start) else None
    appositive = _APPOSITIVE_SUBJECT.match(s.text, s.opens(), clause.start)
    if appositive is None:
        return _Verdict.UNDECIDED
    # "Juan Perez, the Chilean foreign minister, said": what he is names his state;
    # "Chile, Peru's main trading partner, said": a state before it speaks itself.
    start, end = appositive.span(1)
    # (The whole name before the comma: not "The Lima Times, the paper, said".)
    comma = s.text.rfind(",", 0, start)
    opening = [a for a in s.actors if a.end == comma and a.code]
    inside = [a for a in s.actors if start <= a.start and a.end <= end and a.code]
    # "Ana Soto, Deputy U.N. Ambassador of Chile, said": the state an envoy is "of"
    # sends them, the body before the office is where they are posted.
    sending = [a for a in inside if _ENVOY_OF.search(s.text, max(0, a.start - 40), a.start)]
    said_by = opening or sending or inside
    return said_by[0] if said_by and s.is_agent(said_by[0]) else None


def _no_state_or_it(s: RuleSentence, clause: Hit) -> _Reading:
    """No speaker for words no state says ("said one economist at a Tokyo bank"); for
    "it said", a body that opens the sentence."""
    if no_state_speaks(s, clause):
        return None  # "..., said one economist at a Tokyo bank": nobody's position
    if not _IT_SAID.search(s.text, max(0, clause.start - 24), clause.start):
        return _Verdict.UNDECIDED
    # "..., the U.S. was fuelling protectionism, it said in a report": "it" is a body
    # named before (the report's author), not a state inside what it said; a body that
    # opens the sentence may be it ("The Asean communique noted ...").
    first = s.actors[0] if s.actors else None
    if first is None or len(s.text[s.opens() : first.start].split()) > 1:
        return None
    return first if first.kind == "igo" else None


def _office_holder_named(s: RuleSentence, clause: Hit) -> _Reading:
    """The state of an office named before its holder's name and the verb
    (``office_speakers``)."""
    decided, speaker = office_holder_speaker(s, clause)
    return speaker if decided else _Verdict.UNDECIDED


_ENVOY_OF = re.compile(
    r"\b(?:ambassador|envoy|representative|delegate|delegation|mission)\s+(?:of|from)\s+"
    r"(?:the\s+)?\Z",
    re.IGNORECASE,
)


# Set off between a subject and its verb, no appositive: "Peru, for its part, said".
_DISCOURSE_ASIDE = re.compile(
    r",\s*(?:for\s+(?:his|her|its|their)\s+part|in\s+turn|meanwhile|however|though|too|"
    r"instead|in\s+response)\s*,\s*"
)


def _inverted_speaker(s: RuleSentence, clause: Hit) -> _Reading:
    """Inverted, after a quotation or a clause (``speaker_after``): '"...," said a senior
    Peruvian official', "said Ana Lopez, a spokeswoman for Peru's foreign ministry"."""
    decided, speaker = speaker_after(s, clause)
    return speaker if decided else _Verdict.UNDECIDED


def _office_or_institution(s: RuleSentence, clause: Hit) -> _Reading:
    """A speaker named by office or institution alone: "the prime minister said" after
    the holder was named, "the foreign ministry said", "a spokesman said"."""
    office = _THE_OFFICE.search(s.text, max(0, clause.start - 50), clause.start)
    if office is not None and (holder := s.office_holder(office.group(1), office.start())):
        # "The prime minister said" after "Peruvian Prime Minister Luis Vera".
        return holder._replace(start=office.start(1), end=office.end(1))
    institution = unnamed_institution(s, clause)
    if institution is not None:
        return institution_speaker(s, institution)  # "the foreign ministry said"
    unnamed = _UNNAMED_SUBJECT.search(s.text, max(0, clause.start - 60), clause.start)
    if unnamed is None:
        return _Verdict.UNDECIDED
    # "China will never allow it, a spokesman said": one who speaks for the state the
    # sentence opens with; "..., the prime minister said": someone unplaced.
    return opening_state(s) if _SPOKESPERSON.search(unnamed.group()) else None


def _last_resorts(s: RuleSentence, clause: Hit) -> _Reading:
    """What is left: past a quotation the speaker follows the verb (the next clause);
    "its envoy"; no one for a name or people no rule places; else the clause's subject
    near enough, or the next clause."""
    if after_closing_mark(s, clause):
        # '"... war with Iran," said a senator': the speaker follows the verb, and
        # nobody in the quotation said it.
        return _Verdict.NEXT_CLAUSE
    if _ITS_ENVOY.search(s.text, max(0, clause.start - 120), clause.start):
        # "..., its ambassador to Kuwait, Ernest Zverev, said": "its" is the state the
        # sentence opens with, not the one the envoy is sent to.
        return opening_state(s)
    if named_after_break(s, clause):
        return None  # "..., particularly Peru, but Soto said": Soto, unplaced
    if people_speak(s, clause):
        return None  # "..., two sources close to the talks told reporters"
    # "Chile, seen as the likeliest mediator, has said": the clause's subject.
    subject = s.holders(clause.start)
    if subject and clause.start - subject[0].end < 120:
        return subject[0]
    first = s.actors[0] if s.actors else None
    if (
        first is not None
        and s.text[s.opens() : first.start].strip() == ""
        and _RELATIVE_ASIDE.fullmatch(s.text, first.end, clause.start)
        and s.is_agent(first)
    ):
        return first  # "Soto, whose standing has fallen since the ..., said": however long
    return _Verdict.NEXT_CLAUSE


# A relative clause set off between the sentence's subject and its verb of saying.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose)\s[^;:\"\u201c\u201d]*,\s*(?:\w+ly\s+)?")


# The readings of a reporting clause after ``_no_report``, in order.
_READINGS: tuple[Callable[[RuleSentence, Hit], _Reading], ...] = (
    _quoted_as,
    _pronoun_speaks,
    _named_before,
    _no_state_or_it,
    _office_holder_named,
    _inverted_speaker,
    _office_or_institution,
)


_PRONOUN_BEFORE = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|later\s+|then\s+|again\s+|"
    r"earlier\s+|previously\s+|once\s+)?\Z"
)


# A reporting clause's own subject that names no one the rules know: "..., the prime
# minister said", "..., officials said", "..., a senior official told reporters" (the
# clause's own words, with no actor among them: one right there speaks, found before).
_UNNAMED_SUBJECT = re.compile(
    # '..., the official said', and after a quotation: '...," the official said'
    r"[,;:][\"\u201d]?\s+(?!(?:has|had|have|also|it|and|but|later|then|which|who)\b)"
    r"(?:[\w-]+\s+){1,5}?(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)?\Z",
    re.IGNORECASE,
)

# "The prime minister said", "..., the foreign minister told reporters": an office that
# refers back to the person named with it.
_THE_OFFICE = re.compile(r"(?:^|[,;:\"\u201d]\s*)" + OFFICE_NAMED_AGAIN + r"\s+(?:\w+ly\s+)?\Z")

# A subject named, then what they are, before its reporting verb: "Juan Perez, the
# Chilean foreign minister, said", "Ana Soto, a spokeswoman for Peru's foreign ministry,".
_APPOSITIVE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*,\s+"
    # what they are: "the ...", "a ...", "Chile's ...", not "however" nor "which borders"
    r"((?:the|a|an|another|one\s+of)\s[^,;\"\u201c\u201d]{3,90}|"
    r"[A-Z][\w.]*(?:'s|\u2019s)\s[^,;\"\u201c\u201d]{3,80}|"
    # an office in capitals, of a state: "Deputy U.N. Ambassador of Chile"
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:of|from)\s+(?:the\s+)?[A-Z][^,;\"\u201c\u201d]{1,60}),\s*"
    # (then what the state is: "..., which holds the council's presidency,")
    r"(?:(?:which|who)\s[^,;\"\u201c\u201d]{3,80},\s*)?"
    r"(?:\w+ly\s+|also\s+|has\s+|had\s+)?\Z"
)

# A lower-case word right before a name, other than an article: a verb or a preposition
# whose object the name is.
# (past a title: "congratulated President Bush ... and stressed")
_AFTER_A_VERB = re.compile(r"\b(?!(?:the|a|an)\b)[a-z]+\s+(?:[A-Z][\w.'-]*\s+){0,3}\Z")


# "quoted Soviet Deputy Foreign Minister Vladimir Petrovsky as saying": the one quoted.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+([^,;:\"\u201c\u201d]{1,80}?)\s+as\s+\Z")


# ", its ambassador to Kuwait, Ernest Zverev, said": an office of "its", then a name.
_ITS_ENVOY = re.compile(
    r",\s+(?:its|their)\s+[^,;:\"\u201c\u201d]{3,60},\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}"
    r"[A-Z][\w.'\u2019-]*,?\s+(?:\w+ly\s+)?\Z"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _names_someone(words: str) -> bool:
    """Whether ``words`` hold a name, a capitalised word that is no office or institution
    ("Zverev", not "a Foreign Ministry spokesman")."""
    gz = gazetteer()
    known = gz.office_words | gz.institutions
    return any(w.lower() not in known for w in _CAPITALISED.findall(words))


# "..., it said", '"...," they said': a pronoun after what was said.
_IT_SAID = re.compile(
    r"(?:[,;:]|[\"\u201d])\s*(?:it|they)\s+(?:\w+ly\s+|also\s+|has\s+|have\s+)?\Z"
)


_SPOKESPERSON = re.compile(r"\b(?:spokesman|spokeswoman|spokesperson|official|officials)\b")


def after_closing_mark(s: RuleSentence, clause: Hit) -> bool:
    """Whether reporting ``clause`` comes right after a quotation's closing mark."""
    mark = mark_before(s, clause)
    return mark != "" and mark in CLOSING_MARKS
