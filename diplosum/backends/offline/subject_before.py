"""A clause's subject named before it, for ``subjects.holders``: past an aside set off
by commas (a subordinate or relative clause, an appositive, an insertion naming those who
act with the subject or examples of it), or, for a clause with no subject of its own, the
subject of the clause before (a second predicate, a participle's clause, a clause going on
past a relative one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .actors import ActorMention
from .asides import (
    accompanying,
    antecedent,
    before_appositive,
    opens_relative,
    relative_break,
)
from .clauses import AUXILIARIES
from .coordination import with_listed
from .reported import past_opener

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = [
    "VERB_FIRST",
    "Clause",
    "accompanied",
    "before_participle_phrase",
    "before_the_clause",
    "exemplified",
    "past_aside",
    "previous_segment",
]


class Clause(NamedTuple):
    """The clause ending at ``offset``: the actors before it that may be its subject
    (``earlier``), the clause breaks before it and where the last of them ends."""

    s: RuleSentence
    offset: int
    earlier: list[ActorMention]
    breaks: list[re.Match[str]]
    start: int


# A clause opening with an auxiliary verb, whose subject stands before it.
VERB_FIRST = re.compile(rf"\s*{AUXILIARIES}\s")


def accompanied(c: Clause) -> list[ActorMention]:
    """For a predicate right after an insertion naming those who act with the subject
    ("Peru, along with Chile, attended the OAS summit"), the subject before it and those
    it names: the actors after the verb are its objects."""
    s, earlier, breaks = c.s, c.earlier, c.breaks
    if len(breaks) < 2 or not s.text[c.start : c.start + 1].islower():
        return []
    names = accompanying(s, earlier, breaks[-2], breaks[-1])
    subject = before_appositive(s, earlier, breaks[-2], breaks[-1], breaks[-1].end())
    if names and subject is not None and _OTHERS_OF.match(s.text, subject.end, breaks[-2].start()):
        return names  # "Soto's old allies, like Chile and Peru, ...": the allies
    return with_listed(s, subject, earlier) + names if names and subject is not None else []


# A state's allies or rivals are others: "Soto's old allies, like Chile, were quick".
_OTHERS_OF = re.compile(
    r"(?:'s|\u2019s)\s+(?:[a-z]+\s+){0,2}(?:allies|partners|neighbou?rs|rivals|enemies|"
    r"critics|friends|backers|supporters|opponents|foes)\s*\Z"
)


# An aside naming examples of the subject: "including ...", "such as ...", "from ... to".
_EXAMPLES_ASIDE = re.compile(r"(?:including|such\s+as|from)\s")


def exemplified(c: Clause) -> list[ActorMention]:
    """For a predicate right after an aside naming examples of a subject no actor names
    ("Foreign leaders, from Boric to Arce, have called on", "Many states, including Chile,
    condemned"), the actors the aside names."""
    s, breaks = c.s, c.breaks
    if len(breaks) < 2 or not s.text[c.start : c.start + 1].islower():
        return []
    opens, closes = breaks[-2], breaks[-1]
    segment_start = breaks[-3].end() if len(breaks) >= 3 else 0
    if not _EXAMPLES_ASIDE.match(s.text, opens.end()) or any(
        segment_start <= a.start < opens.start() or closes.end() <= a.start < c.offset
        for a in s.actors
    ):
        return []  # (nor where the clause names its own: ", though Peru's leader has")
    # (all it names: "from Chile" is no origin here)
    return [
        a
        for a in s.actors
        if opens.end() <= a.start and a.end <= closes.start() and a.code and s.is_agent(a)
    ]


def past_aside(c: Clause, in_clause: list[ActorMention]) -> list[ActorMention] | None:
    """The subject a clause set off by commas stands after: a subordinate clause, a
    relative clause, an appositive. ``None`` when the clause follows none."""
    s, earlier, breaks = c.s, c.earlier, c.breaks
    if not in_clause and len(breaks) >= 2 and VERB_FIRST.match(s.text, c.start):
        opener = _opening_subject(s, earlier, breaks[0])
        if opener is not None and _SUBORDINATE_ASIDE.match(s.text, breaks[0].end()):
            # "Brazil, while firm in backing Peru, which ..., has tried
            # to": past a subordinate clause set off by commas, the sentence's subject.
            return with_listed(s, opener, earlier)
    if (
        breaks
        and opens_relative(s.text, c.start)
        and (not in_clause or _SECOND_VERB_BEFORE.match(s.text, c.start, c.offset))
    ):
        # "Vietnam, which opposes ...": the relative clause's subject is what it follows;
        # so is a second verb's there ("Ana Soto, who opposes aid for Peru and warned"),
        # past the first verb's objects.
        return _antecedents(s, earlier, breaks[-1])
    if not in_clause and len(breaks) >= 2:
        opens = relative_break(s, breaks) or breaks[-2]
        subject = before_appositive(s, earlier, opens, breaks[-1], c.offset)
        if subject is not None:
            # "Kyodo reported that Ana Soto, one of Peru's officials, would
            # visit": the subject of what was reported, not of the reporting.
            segment = [a for a in earlier if subject.start <= a.start and a.end <= opens.start()]
            if segment:
                subject = past_opener(s, segment, subject.start, opens.start())[0]
            return with_listed(s, subject, earlier) + accompanying(s, earlier, opens, breaks[-1])
    return None


# A subordinate clause set off by commas ("Brazil, while firm ..., has").
_SUBORDINATE_ASIDE = re.compile(r"\s*(?:while|whilst|although|though|despite|when|since)\s")


def _opening_subject(
    s: RuleSentence, earlier: list[ActorMention], before: re.Match[str]
) -> ActorMention | None:
    """The actor that opens the sentence ("The Brazilian government") when it and at most
    two words are all that stand before the clause break ``before``."""
    first = next((a for a in earlier if a.start < before.start()), None)
    if first is None or len(s.text[s.opens() : first.start].split()) > 1:
        return None
    return first if len(s.text[first.end : before.start()].split()) <= 2 else None


# A relative pronoun that is its clause's subject, a second verb of it right before the
# trigger: "who opposes aid for Peru and | warned".
_SECOND_VERB_BEFORE = re.compile(
    r"\s*(?:who|which|that)\s+(?:\w+ly\s+)?"
    # not an object's relative clause ("which the North called ... and threatened")
    r"(?!(?:the|a|an|its|his|her|their|our|this|these|those|it|he|she|they|we)\b)"
    r"[a-z]+[^,;:]*\s(?:and|but)\s+(?:also\s+)?\Z"
)


# A relative clause whose verb is singular: "which has", "who says".
_SINGULAR_RELATIVE = re.compile(
    r"\s*(?:which|who|that)\s+(?:\w+ly\s+|also\s+)?(?:has|is|was|does|[a-z]+[^s\W]s)\b"
)


def _antecedents(
    s: RuleSentence, earlier: list[ActorMention], brk: re.Match[str]
) -> list[ActorMention]:
    """What a relative clause after ``brk`` follows, with those listed before it: "Chile
    and Peru, which both border Bolivia, have urged" (``asides.antecedent``)."""
    found = antecedent(s, earlier, brk)
    if not found or _SINGULAR_RELATIVE.match(s.text, brk.end()):
        return found  # "the UN and the EU, which has agreed a fund": the EU alone
    return s.listed_before(found[0], earlier)


def before_the_clause(c: Clause, within_clause: bool) -> list[ActorMention] | None:
    """For a clause that names no subject: a clause before's (a second predicate, past a
    relative clause, a participle's), or none ``within_clause``. ``None`` when no
    such clause decides it."""
    s, earlier, breaks = c.s, c.earlier, c.breaks
    if breaks:
        second = _second_predicate(c)
        if second is not None:
            return second
    relative = relative_break(s, breaks)
    if relative is not None:
        # "Peru, which claims the islands, had insisted": the subject is what
        # the relative clause follows (the clause goes on past the relative one).
        return _antecedents(s, earlier, relative)
    if within_clause:
        return []
    if breaks and _PARTICIPLE.match(s.text, c.start):
        # "India rejected Pakistan's offer, saying ...": the subject of the clause
        # before, not the nearest actor.
        segment_start = _clause_before(s, breaks)
        previous = [a for a in earlier if segment_start <= a.start < c.start]
        if previous and _AN_OBJECT.search(
            s.text, max(0, previous[0].start - 20), previous[0].start
        ):
            # "Ministers from European governments called on the US to ..., saying": the
            # one called on is no subject of the clause before
            return []
        if previous:
            return with_listed(s, previous[0], earlier)
        relative = relative_break(s, breaks[:-1]) if len(breaks) >= 3 else None
        if relative is not None:
            # "Chile, which chaired the talks with Peru, has withdrawn ... but backed the
            # offensive, saying": the clause before names no one; what its relative
            # clause follows is its subject.
            return _antecedents(s, earlier, relative)
    return None


# ", saying ...", ", adding that ...": a reporting participle, whose subject is the main
# clause's; so is a perfect one's (", having met with ...").
_PARTICIPLE = re.compile(r"(?:saying|adding|noting|insisting|arguing|stressing|telling|having)\s")
# What a comma of a list of things parts ("of spreading lies, | hate and fear |, saying"):
# a few words in small letters, no clause.
_LIST_ITEM = re.compile(r"\s*(?:[a-z]+\s+){0,4}[a-z]+")


def _clause_before(s: RuleSentence, breaks: list[re.Match[str]]) -> int:
    """Where the clause before a participle's last comma starts: at the break before
    that comma, past the commas of a list of things in it."""
    at = len(breaks) - 2
    while at >= 0 and _LIST_ITEM.fullmatch(s.text, breaks[at].end(), breaks[at + 1].start()):
        at -= 1
    return breaks[at].end() if at >= 0 else 0


# An actor that is a verb's or a preposition's object: "called on the US", "urged Peru".
_AN_OBJECT = re.compile(
    r"\b(?:on|to|with|against|at|into|for|urged|asked|told|pressed|warned)\s+(?:the\s+)?\Z"
)


def _second_predicate(c: Clause) -> list[ActorMention] | None:
    """The subject of the first of a list of predicates, for one after ", and" or a
    comma alone: "The EC ran a deficit with Japan, and seeks redress", "Peru recalled its
    envoy, condemned the attack and ..."."""
    s, earlier, breaks = c.s, c.earlier, c.breaks
    # ("..., visiting U.S. Under-Secretary Allen Wallis told": an attribute, not a verb.)
    second = _AND_PREDICATE.match(s.text, c.start) or (
        not s.text[c.start : c.offset].strip()
        and "," in breaks[-1].group()
        and not s.text.startswith("visiting", c.offset)
    )
    if not second:
        return None
    ends = _first_predicate(s, earlier, breaks)
    segment_start = breaks[ends - 1].end() if ends >= 1 else 0
    previous = [a for a in earlier if segment_start <= a.start < breaks[ends].start()]
    # Only a subject that opens that clause ("The EC ran ...", not "They say it is
    # blurred by Poland's economy, and dismiss ...").
    if previous and (
        len(s.text[segment_start : previous[0].start].split()) <= 1
        or _SPEAKS.match(s.text, previous[0].end)
    ):
        return with_listed(s, previous[0], earlier)
    if _ASIDE_OPENS.match(s.text, segment_start):
        # "Seoul warned ..., in contravention of U.N. resolutions, and urged China":
        # past a phrase set off by commas, the sentence's subject.
        first = [a for a in earlier if a.start < breaks[0].start()]
        if first and len(s.text[s.opens() : first[0].start].split()) <= 1:
            return with_listed(s, first[0], earlier)
    return None


# A second predicate with no subject of its own, after a comma: ", and seeks redress".
_AND_PREDICATE = re.compile(
    r"\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+|instead\s+|still\s+|"
    # "..., but on the contrary wants talks", "and at the same time seeks"
    r"on\s+the\s+contrary\s+|in\s+turn\s+|at\s+the\s+same\s+time\s+)?"
    r"(?:[a-z]+(?:s|ed)|said|told)\b"
)


# A first clause's subject right before its reporting verb ("Democratic candidate Ana
# Soto said ..., and said"), whatever words stand before it.
_SPEAKS = re.compile(r"\s+(?:said|says|told|tells|added|stated)\b")


# A clause that opens with its verb: "was ready to", "made the deal".
_VERB_OPENS = re.compile(r"\s*(?:was|were|is|are|has|have|had|will|would|[a-z]+ed)\s")


def _first_predicate(
    s: RuleSentence, earlier: list[ActorMention], breaks: list[re.Match[str]]
) -> int:
    """The index of the break that ends the first of a list of predicates ending at the
    last break: back past segments that open with their verb and name no one ("Chile made
    the deal, was keen to apply it, and urged")."""
    last = len(breaks) - 1
    while last >= 1:
        start = breaks[last - 1].end()
        if any(start <= a.start < breaks[last].start() for a in earlier):
            break
        if not _VERB_OPENS.match(s.text, start):
            break
        last -= 1
    return last


# A phrase set off by commas that is no clause: a preposition opens it.
_ASIDE_OPENS = re.compile(
    r"\s*(?:in|on|at|by|for|with|without|despite|after|before|under"
    # "Ana Soto, reelected on Thursday, condemned": a participle's phrase set off
    r"|(?:re)?(?:elected|appointed|named|sworn|reappointed|nominated))\s"
)


# A participle opening a phrase set off by commas: ", indicating ...,", ", noting ...,".
# (Not the prepositions in "-ing": ", including Chile's president," lists who.)
_PARTICIPLE_OPENS = re.compile(
    r"\s*(?!(?:being|including|excluding|according|regarding|concerning|following|during|"
    r"notwithstanding)\b)[a-z]+ing\s"
)


def before_participle_phrase(c: Clause) -> list[ActorMention] | None:
    """Past a participle's phrase set off by commas right before the clause ("A Peruvian
    spokesman, indicating the talks were close to a deal, told", "Peru, citing concerns,
    rejected"), the subject that opens the segment before it, not a state inside it;
    ``None`` where no such phrase stands there."""
    s, earlier, breaks = c.s, c.earlier, c.breaks
    if len(breaks) < 2 or not _PARTICIPLE_OPENS.match(s.text, breaks[-2].end()):
        return None
    if s.text[breaks[-1].end() : c.offset].strip():
        return None  # the clause has words of its own before the verb
    start = breaks[-3].end() if len(breaks) >= 3 else s.opens()
    opener = [a for a in earlier if start <= a.start < breaks[-2].start()]
    if opener and len(s.text[start : opener[0].start].split()) <= 2:
        return opener[:1]
    return None


def previous_segment(c: Clause) -> list[ActorMention]:
    """For a participle's clause (", vowing to ..."), the previous clause's subject; past
    an appositive ("Chile, Peru's old rival, has vowed ... as it seeks to"), the subject
    it describes (past a participle's phrase, ``before_participle_phrase`` has found it
    before this is asked)."""
    s, earlier, breaks = c.s, c.earlier, c.breaks
    previous = [a for a in earlier if breaks[-2].end() <= a.start < c.start]
    opens = relative_break(s, breaks) or breaks[-2]
    # (not past a quotation: '"...," the UK Foreign, Commonwealth Office said')
    described = (
        before_appositive(s, earlier, opens, breaks[-1], breaks[-1].end())
        if previous and opens.group().rstrip() == ","
        else None
    )
    return [described] if described is not None else previous[:1]
