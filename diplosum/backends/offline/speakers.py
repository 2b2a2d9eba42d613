"""Who speaks: the speaker of a reporting clause, or of a quotation.

The speaker is the actor of a reporting clause in the sentence ("X said", "said X",
"according to X", "Juan Perez, the Chilean foreign minister, said": ``reporting``'s), or,
for a sentence that is a quotation, of the next sentence or the one before. A clause
whose own words name no one the rules can place ("..., officials said") has no speaker,
not the state named before it. What was said, and the position it takes, is ``speech``'s;
where quotations open and close, ``quotations``'.
"""

from __future__ import annotations

import itertools
import re

from ...text.gazetteer import gazetteer
from ...text.sentences import paragraph_start
from .actors import ActorMention
from .clauses import joins_list, office_end
from .lexicon import Hit
from .mention import PEOPLE
from .no_speaker import (
    inverted,
    named_after_break,
    no_state_speaks,
    people_speak,
)
from .pronouns import fits_pronoun
from .quotations import (
    QUOTE_MARKS,
    next_to,
    one_quotation,
    open_quote,
    opens_quotation,
)
from .reporting import after_closing_mark, reporting_actor
from .sentence import Nearby, RuleSentence
from .titles import OFFICES_AFTER, office_start

__all__ = ["inverted", "joint_speakers", "quoted_speaker", "reporting_actor", "speaker"]

_FIRST_PERSON = re.compile(r"(?:We|I)\b")


# A reporting verb that opens a quotation in its own sentence: 'with finance minister Ana
# Soto telling parliament: "We must ..."'.
_OPENS_QUOTATION = re.compile(r"(?:[^\"\u201c\u201d.;]|(?<=\b[A-Za-z])\.){0,40}[:,]\s*[\"\u201c]")
# A name right before it: "Ana Soto telling", "Mr Soto said", "Soto's lawyer, Luis Vera, said"
# (not "An unnamed source said", whom a neighbour may place).
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w'-]+)*,?\s+\Z")


def _introduces_quotation(s: RuleSentence, clause: Hit) -> bool:
    """Whether reporting ``clause`` introduces a quotation that follows in ``s``, its
    speaker named right before it: that person said it, placed or not, never a
    neighbour's speaker."""
    return (
        _OPENS_QUOTATION.match(s.text, clause.end) is not None
        and _NAME_BEFORE.search(s.text, max(0, clause.start - 40), clause.start) is not None
    )


def speaker(s: RuleSentence, nearby: Nearby) -> ActorMention | None:
    """Who a sentence is attributed to: its own reporting clause, else, for a quotation,
    a neighbour's ('"Our goal remains ..." ... the US official said'); not for a
    quotation attributed in the sentence to someone the rules cannot place ('"...," said
    an analyst at a bank')."""
    found = reporting_actor(s)
    if found is not None:
        return found
    if any(
        after_closing_mark(s, clause)
        or _introduces_quotation(s, clause)
        or no_state_speaks(s, clause)
        or people_speak(s, clause)
        or named_after_break(s, clause)
        for clause in s.find("reporting")
    ):
        return None
    # Inside a quotation opened earlier in its paragraph and closing without a speaker,
    # the sentence is not the next paragraph's speaker's.
    unattributed = not s.has("reporting") and _inside_quotation(s)
    quoted_before = _after_attributed_quotation(s, nearby) if opens_quotation(s) else None
    if quoted_before is not None:
        return reporting_actor(quoted_before)
    for other in nearby():
        if not next_to(s, other) and not one_quotation(s, other):
            continue
        if unattributed and paragraph_start(s.article, other.start) > s.start:
            continue
        if other.has("reporting") and (found := reporting_actor(other)) is not None:
            if other.start > s.start and not _goes_on(s, other, found):
                continue
            return found
    return None


def _goes_on(s: RuleSentence, after: RuleSentence, found: ActorMention) -> bool:
    """Whether ``found``, the speaker of the sentence ``after`` ``s``, may have said
    ``s`` too: not when ``s`` is attributed to "it" or "they", which point back, nor to
    "he" or "she" when ``after`` names a body, or one newly introduced in full, or one of
    the other sex ('"...," she said. Peruvian President Juan Ruiz said ...'), where the
    surname alone goes on ('"...," he said. Ruiz said ...')."""
    pronoun = _PRONOUN_SAID.search(s.text)
    if pronoun is None:
        return True
    said_by = pronoun.group(1).lower()
    if said_by not in ("he", "she"):
        return False  # "it" or "they" points back too, and names no person again
    return (
        found.kind in PEOPLE
        and " " not in after.text[found.start : found.end].strip()
        and fits_pronoun(found, she=said_by == "she")
    )


# (Opening the sentence too: "He said he hoped ..." is his, whoever the rules take him for.)
_PRONOUN_SAID = re.compile(
    r"(?:\A\s*|[,\"\u201d]\s+)([Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:said|added|says|adds|told|tells|wrote|writes)\b"
)


def _after_attributed_quotation(s: RuleSentence, nearby: Nearby) -> RuleSentence | None:
    """The sentence right before ``s``, a whole quotation with no reporting clause, when
    that one opens a quotation attributed in itself ('"...," Ana Soto said. "We are
    concerned."'): its speaker goes on, placed or not, and the next sentence's ("Chile
    said ...") is someone else's."""
    if s.has("reporting") or open_quote(s.text) is not None:
        return None  # its own speaker, or a quotation that goes on to the next sentence
    for other in nearby():
        if other.start < s.start and next_to(s, other):
            if not opens_quotation(other) or not other.has("reporting"):
                return None
            # '"...," it said': a pronoun the rules may not resolve; the neighbours decide
            said_by_pronoun = _PRONOUN_SAID.search(other.text) is not None
            return None if said_by_pronoun and reporting_actor(other) is None else other
    return None


def _inside_quotation(s: RuleSentence) -> bool:
    """Whether ``s`` stands inside a quotation opened earlier in its paragraph."""
    return open_quote(s.article[paragraph_start(s.article, s.start) : s.start]) is not None


def quoted_speaker(s: RuleSentence, nearby: Nearby) -> ActorMention | None:
    """For a sentence that opens a quotation or speaks as "we" or "I", who said it."""
    if not opens_quotation(s) and not _FIRST_PERSON.match(s.text.lstrip(" " + QUOTE_MARKS)):
        return None
    return speaker(s, nearby)


# A list's last member, then its verb of saying: "Canada and the EC | told", "Japan and
# the U.S. | have said", "Costa Rica and Honduras | said on Monday".
_LIST_SAYS = re.compile(
    r"\s+(?:(?:have|has|had|also|both|jointly)\s+)*"
    r"(?:said|say|says|told|tell|stated|declared|announced|added|agreed|warned)\b"
)


_LIST_GAP = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?")
_LIST_AND = re.compile(r"\band\b")
_LIST_OPENS = re.compile(r"(?:\A|[,;:]\s+|\bthat\s+)(?:the\s+)?\Z", re.IGNORECASE)


def _subject_list(s: RuleSentence, who: ActorMention) -> list[ActorMention]:
    """``who`` and the actors listed right before it, when the list opens its clause and
    only commas and "and" join it ("Chile, Peru and Bolivia said"; a person with the
    state and office before the name is one item: "Chilean Trade Minister Ana Soto
    and Peru's Luis Vega said")."""
    units = _listed_units(s, who)
    gaps = [(_past_office(s, a), start) for (a, _), (_, start) in itertools.pairwise(units)]
    # (past each one's office: "Chile's foreign minister and Peru's president said")
    if any(not _LIST_GAP.fullmatch(s.text, start, end) for start, end in gaps):
        return [who]
    # A list ends on "and": "Turkey, the Greek minister said, ..." lists no one.
    if gaps and not _LIST_AND.search(s.text, *gaps[-1]):
        return [who]
    # (from where the sentence's own words begin: "\A" is their start, past a dateline)
    opens = _LIST_OPENS.search(s.text[s.opens() : units[0][1]])
    return [mention for mention, _ in units] if opens else [who]


def _listed_units(s: RuleSentence, who: ActorMention) -> list[tuple[ActorMention, int]]:
    """``who`` and those listed before it, each with where its item starts."""
    if who.kind != "person":
        return [(mention, mention.start) for mention in s.listed_before(who)]
    units = [(who, _item_start(s, who))]
    for mention in reversed(s.actors):
        start = units[0][1]
        if mention.end > start or not mention.code:
            continue
        if not joins_list(s.text[mention.end : start]):
            break
        units.insert(0, (mention, _item_start(s, mention)))
    return units


def _item_start(s: RuleSentence, person: ActorMention) -> int:
    """Where the item of ``person`` in a list starts: at the state named in its title or
    possessive ("Chilean Trade Minister | Ana Soto", "Peru's | Luis Vega")."""
    if person.kind != "person":
        return person.start
    start = office_start(s.text, person)
    state = s.before(start)
    if (
        state is not None
        and state.code == person.code
        and not s.text[state.end : start].strip(" '\u2019s")
    ):
        return state.start
    return start


def joint_speakers(s: RuleSentence, who: ActorMention) -> list[ActorMention]:
    """``who`` and those listed with it as its reporting verb's subject ("Canada and Japan
    said the fee was illegal": each says it; not "talks between A, B and C, C said"), or
    as examples set off before it ("several, notably Chile's Ana Soto and Peru's Luis
    Vega, said")."""
    if who not in s.actors:
        return [who]
    if _LIST_SAYS.match(s.text, _past_office(s, who)) is not None:
        return _subject_list(s, who)
    if not _EXAMPLES_BEFORE.search(s.text, max(0, who.start - 20), who.start):
        return [who]
    set_off = _SET_OFF_SAYS.search(s.text, who.end)
    if set_off is None or not _names_only(s.text[who.start : set_off.start()]):
        return [who]
    listed = [a for a in s.actors if who.start <= a.start < set_off.start() and a.code]
    # one item per person: not also the state in the title or possessive before the name
    people_from = [_item_start(s, a) for a in listed if a.kind == "person"]
    return [a for a in listed if a.kind == "person" or a.start not in people_from]


def _names_only(listed: str) -> bool:
    """Whether ``listed`` is names, their states' possessives and offices joined by
    commas and "and" ("Chile's Ana Soto and the Peruvian envoy Luis Vega")."""
    offices = gazetteer().office_words
    return all(
        word[0].isupper() or word.lower() in _LIST_WORDS or word.lower() in offices
        for word in _WORD.findall(listed)
    )


# Examples of those who said it, set off by commas: "several, notably | Chile's Ana Soto
# and Peru's Luis Vega |, said".
_EXAMPLES_BEFORE = re.compile(r"\b(?:notably|including|such\s+as|among\s+them)\s+\Z")
_WORD = re.compile(r"[^\W\d_][\w.-]*")
_LIST_WORDS = frozenset({"and", "the", "of", "s"})
_SET_OFF_SAYS = re.compile(r",\s*" + _LIST_SAYS.pattern.removeprefix(r"\s+"))


def _past_office(s: RuleSentence, mention: ActorMention) -> int:
    """Where ``mention`` ends, with the office after it ("Peru's foreign minister", "the
    Chilean and Peruvian foreign ministers")."""
    one = office_end(s.text, mention.end)
    if one is not None:
        return one
    several = OFFICES_AFTER.match(s.text, mention.end)
    return several.end() if several is not None else mention.end
