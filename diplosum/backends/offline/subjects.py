"""Who the subject of a clause is, for the offline rules (``RuleSentence.holders``).

The subject of the clause that ends at an offset: an adjective or possessive right before
it ("an EU demand"), else the first actor after the last clause break, with those listed
with it ("Sullivan and Kono", "Britain, France, and Japan") or named along with it
("Russia, along with Iran, condemned"); past an appositive or a relative clause ("Chile,
a close ally of Spain, has refused"), the one it follows; after a participle (",
saying ..."), the clause before's; in a clause a conjunction opens ("comes after Bush
criticised Iran"), the actor right after it; else the nearest actor before. Where clauses
break is ``breaks``'; which asides a subject may stand before is ``asides``'; a reported
clause's own subject ("Germany said Russia rejected ...") is ``reported``'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .actors import ActorMention
from .agent_nouns import of_no_agent, without_objects_of_with
from .asides import (
    accompanying,
    antecedent,
    before_appositive,
    opens_relative,
    relative_break,
)
from .breaks import OPENING_PLACE, clause_breaks
from .clauses import AUXILIARIES, posted_to
from .coordination import list_start, oxford_list, with_listed
from .institutions import institution_opening
from .no_speaker import A_NAME, unknown_person_opens
from .reported import past_opener, reported_subject

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["holders", "posting_state"]

# A relative pronoun right before the verb, with no comma: a restrictive relative clause
# whose subject is the noun before it ("firms that support", "states which oppose").
_THAT_VERB = re.compile(
    r"(?<=\w)\s+(?:that|which|who)\s+(?:(?:also|still|openly|\w+ly|have|has|had)\s+)*\Z"
)
_HEAD_NOUN = re.compile(r"\s+[a-z][\w-]*")
# ", saying ...", ", adding that ...": a reporting participle, whose subject is the main
# clause's; so is a perfect one's (", having met with ...").
_PARTICIPLE = re.compile(r"(?:saying|adding|noting|insisting|arguing|stressing|telling|having)\s")
# A second predicate with no subject of its own, after a comma: ", and seeks redress".
_AND_PREDICATE = re.compile(
    r"\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+(?:s|ed)|said|told)\b"
)
# A relative pronoun that is its clause's subject, a second verb of it right before the
# trigger: "who opposes aid for Peru and | warned".
_SECOND_VERB_BEFORE = re.compile(
    r"\s*(?:who|which|that)\s+(?:\w+ly\s+)?"
    # not an object's relative clause ("which the North called ... and threatened")
    r"(?!(?:the|a|an|its|his|her|their|our|this|these|those|it|he|she|they|we)\b)"
    r"[a-z]+[^,;:]*\s(?:and|but)\s+(?:also\s+)?\Z"
)
# A first clause's subject right before its reporting verb ("Democratic candidate Ana
# Soto said ..., and said"), whatever words stand before it.
_SPEAKS = re.compile(r"\s+(?:said|says|told|tells|added|stated)\b")
# A clause that opens with "he" or "she" (after a quotation mark): its subject.
_PRONOUN_FIRST = re.compile(
    r"[\"'\u201c\u2018]?\s*(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ss]o|[Yy]et)\s+)?\b([Hh]e|[Ss]he)\b(?!')"
)


_WRITTEN_TO = re.compile(
    r"\b(?:wrote|written|writes|writing|appealed|appeals|appealing|complained|complains|"
    r"sent\s+(?:a\s+)?letters?)\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w.'-]*|of)\s+){0,6}\Z"
)


_AMID = re.compile(r"\b(?:amid|amidst)\s+[^,;:.]{0,45}\Z", re.IGNORECASE)
# An actor that is a verb's or a preposition's object: "called on the US", "urged Peru".
_AN_OBJECT = re.compile(
    r"\b(?:on|to|with|against|at|into|for|urged|asked|told|pressed|warned)\s+(?:the\s+)?\Z"
)
# What a thing is about, a state's name or adjective opening it: "over a Gaza ceasefire".
_ABOUT_A = re.compile(r"\b(?:over|about|regarding|concerning)\s+(?:a|an|the)\s+\Z")


def _named_aside(text: str, start: int) -> bool:
    """Whether an actor starting at ``start`` is named where no subject stands: in a
    circumstance ("amid Moscow's mounting threat"), as what something is about ("the
    negotiations over a Gaza ceasefire") or as the one written to ("have written to
    Chilean Foreign Minister Ana Soto urging her")."""
    return bool(
        _AMID.search(text, max(0, start - 50), start)
        or _ABOUT_A.search(text, max(0, start - 24), start)
        or _WRITTEN_TO.search(text, max(0, start - 60), start)
    )


class _Clause(NamedTuple):
    """The clause ending at ``offset``: the actors before it that may be its subject
    (``earlier``), the clause breaks before it and where the last of them ends."""

    s: RuleSentence
    offset: int
    earlier: list[ActorMention]
    breaks: list[re.Match[str]]
    start: int


def holders(s: RuleSentence, offset: int, *, within_clause: bool = False) -> list[ActorMention]:
    """The subject of the clause ending at ``offset``, with coordinated ones ("Sullivan
    and Kono"): an adjective or possessive right before it ("an EU demand"), else the
    first actor after the last clause break, else (unless ``within_clause``) the
    nearest actor before. A person of no state ("former President Ana Soto") may be that
    subject: what they say is no state's (``rules`` drops the items they hold)."""
    earlier = _candidates(s, offset)
    if not earlier:
        return []
    near = _next_to_verb(s, earlier, offset, within_clause)
    if near is not None:
        return near
    breaks = clause_breaks(s, offset)
    c = _Clause(s, offset, earlier, breaks, breaks[-1].end() if breaks else 0)
    accompanied = _accompanied(c) or _exemplified(c)
    if accompanied:
        return accompanied
    in_clause = [
        a
        for a in earlier
        if a.start >= c.start and not _A_PLACE.search(s.text, max(0, a.start - 12), a.start)
    ]
    found = _opening(c, in_clause)
    if found is None:
        in_clause = _past_opener(c, in_clause)
        found = _past_aside(c, in_clause)
    if found is None and not in_clause:
        found = _before_the_clause(c, within_clause)
    if found is not None:
        return found
    if not in_clause and len(breaks) >= 2:
        in_clause = _previous_segment(c)
    return _first_or_nearest(c, in_clause)


def _candidates(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The actors before ``offset`` that may be a subject: agents, not part of a compound,
    not in a circumstance or an object of "with" (``_named_aside``)."""
    earlier = [
        a
        for a in s.actors
        if a.end <= offset
        and (a.code or a.kind == "private")
        and not s.in_compound(a)
        and s.is_agent(a)
        and not of_no_agent(s.text, list_start(s, a))  # "Researchers at the German ..."
    ]
    earlier = without_objects_of_with(s, earlier)
    return [a for a in earlier if not _named_aside(s.text, a.start)]


def _next_to_verb(
    s: RuleSentence, earlier: list[ActorMention], offset: int, within_clause: bool
) -> list[ActorMention] | None:
    """The subject read from the words right before ``offset``, whatever the clause
    breaks: an adjective or possessive right before it, the people of an adjective, a
    clause describing a noun, "is among those who"; none for a relative clause on no
    state's noun. ``None`` when those words decide nothing."""
    last = earlier[-1]
    gap = s.text[last.end : offset]
    if last.kind == "adjective" and (
        not gap.strip() or (_KIND_OF_HELP.fullmatch(gap) and s.text.startswith(_HELP, offset))
    ):
        # "an EU demand"; "Japan and the U.S. held talks": those listed before it too; "under
        # U.S. air support", "Russian military backing": the help its adjective gives.
        return s.listed_before(last, earlier)
    if gap.strip() in ("'s", "\u2019s"):
        return [last]
    if last.kind == "adjective" and _PEOPLE_BEFORE_VERB.fullmatch(gap):
        # "criticized the way U.S. officials try to": the officials right before the verb
        # are its subject, not the sentence's first actor.
        return s.listed_before(last, earlier)
    if (
        last.kind in ("name", "seat")
        and _PERFECT.fullmatch(gap)
        and _RELATIVE_AFTER_NOUN.search(s.text, max(0, last.start - 24), last.start)
    ):
        # "held back vessels Kuwait had sought to release": a clause of Kuwait's own,
        # right after the noun it describes, not the sentence's subject's.
        return [last]
    among = _AMONG_WHO.search(s.text, max(0, offset - 160), offset)
    if among is not None:
        # "Boric is among leaders, including Arce, who have condemned": the
        # subject the copula makes one of them, and those the aside names.
        aside = (
            [a for a in earlier if a.code and among.start("aside") <= a.start]
            if among.group("aside")
            else []
        )
        return holders(s, among.start(), within_clause=within_clause) + aside
    if _of_others(s, offset) or _WHO_UNNAMED.search(s.text, last.end, offset):
        # "sanctions on Chinese firms that support Russia's war": the firms support it,
        # neither the clause's subject nor China; "arrested a man who the police say
        # had hoped to ...": the man, named by no state.
        return []
    return None


def _opening(c: _Clause, in_clause: list[ActorMention]) -> list[ActorMention] | None:
    """The subject of a clause that names none of its own before its verb, read from how
    it opens: a person no rule places, a subordinate clause's conjunction, "he" or "she",
    an institution named again. ``None`` when it opens with none of those."""
    s, earlier = c.s, c.earlier
    if not in_clause and _PREDICATE.match(s.text, c.start) and unknown_person_opens(s) is not None:
        # "Carl Berg, who leads a claim against Chile, says he is confident": the person
        # the sentence opens with, whom no rule places, not a state in the aside.
        return []
    if (
        not in_clause
        and len(c.breaks) == 1
        and OPENING_PLACE.match(s.text, 0, c.breaks[0].start())
        and _UNPLACED_NAME.match(s.text, c.start)
    ):
        # "During his Peru visit, Smith plans to meet": past an opening phrase of place
        # or occasion, a name no rule places is the subject, not a state in the phrase.
        return []
    subordinate = _subordinate_subject(s, in_clause, c.start, c.offset)
    if subordinate:
        return subordinate
    pronoun = _PRONOUN_FIRST.match(s.text, c.start)
    reported = reported_subject(s, pronoun.end(), in_clause, c.offset) if pronoun else None
    if reported is not None:
        # "He said Iran rejected the plan": the pronoun speaks; Iran rejects.
        return with_listed(s, reported, earlier)
    if pronoun is not None and (not in_clause or pronoun.end() <= in_clause[0].start):
        # "She started with support for Israel and then she expressed concern", "She is
        # allowed to back Israel but also wants ...", "In Nairobi, he met ...": the
        # pronoun is the subject, a state after it an object.
        person = s.he_or_she(pronoun.start(1))
        # Placed where the pronoun is, as the subject stands there.
        return (
            [] if person is None else [person._replace(start=pronoun.start(1), end=pronoun.end(1))]
        )
    institution = institution_opening(s) if c.start == 0 else None
    if institution is not None and (not in_clause or institution.end <= in_clause[0].start):
        # "The ministry summoned the Greek ambassador to protest": the institution named
        # again is the subject, as "he" is; a state after it an object ("The ministry said
        # Greece rejected it": what was reported has its own subject).
        reported = reported_subject(s, institution.end, in_clause, c.offset)
        return with_listed(s, reported, earlier) if reported is not None else [institution]
    return None


def _past_opener(c: _Clause, in_clause: list[ActorMention]) -> list[ActorMention]:
    """The clause's actors that may be its subject, past an opening phrase
    (``reported.past_opener``); none in a clause that opens with its verb."""
    in_clause = past_opener(c.s, in_clause, c.start, c.offset)
    if (
        c.breaks
        and _VERB_FIRST.match(c.s.text, c.start)
        and not _SUBORDINATOR.search(c.s.text, c.start, c.offset)
    ):
        # "Orban, whose country holds the EU presidency, has angered the bloc by seeking":
        # a clause that opens with its verb has its subject before; its actors are objects.
        return []
    return in_clause


def _past_aside(c: _Clause, in_clause: list[ActorMention]) -> list[ActorMention] | None:
    """The subject a clause set off by commas stands after: a subordinate clause, a
    relative clause, an appositive. ``None`` when the clause follows none."""
    s, earlier, breaks = c.s, c.earlier, c.breaks
    if not in_clause and len(breaks) >= 2 and _VERB_FIRST.match(s.text, c.start):
        opener = _opening_subject(s, earlier, breaks[0])
        if opener is not None and _SUBORDINATE_ASIDE.match(s.text, breaks[0].end()):
            # "Brazil, while standing strong in its support for Peru, which ..., has tried
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
            # "Kyodo reported that Ri Su Yong, one of North Korea's officials, would
            # visit": the subject of what was reported, not of the reporting.
            segment = [a for a in earlier if subject.start <= a.start and a.end <= opens.start()]
            if segment:
                subject = past_opener(s, segment, subject.start, opens.start())[0]
            return with_listed(s, subject, earlier) + accompanying(s, earlier, opens, breaks[-1])
    return None


def _before_the_clause(c: _Clause, within_clause: bool) -> list[ActorMention] | None:
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
        segment_start = breaks[-2].end() if len(breaks) >= 2 else 0
        previous = [a for a in earlier if segment_start <= a.start < c.start]
        if previous and _AN_OBJECT.search(
            s.text, max(0, previous[0].start - 20), previous[0].start
        ):
            # "Ministers from European governments called on the US to ..., saying": the
            # one called on is no subject of the clause before
            return []
        if previous:
            return with_listed(s, previous[0], earlier)
    return None


def _second_predicate(c: _Clause) -> list[ActorMention] | None:
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
        if first and len(s.text[: first[0].start].split()) <= 1:
            return with_listed(s, first[0], earlier)
    return None


def _previous_segment(c: _Clause) -> list[ActorMention]:
    """For a participle's clause (", vowing to ..."), the previous clause's subject; past
    an appositive ("Chile, Peru's old rival, has vowed ... as it seeks to"), the subject
    it describes."""
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


def _first_or_nearest(c: _Clause, in_clause: list[ActorMention]) -> list[ActorMention]:
    """The clause's first actor (or those leading the group it names) with those listed
    with it; with none in the clause, the nearest actor before that is no place gone to."""
    s, earlier = c.s, c.earlier
    if in_clause:
        leader = _led_by(s, in_clause, c.offset)
        if leader is not None:
            # "a group of EC members led by West Germany, the Netherlands and Denmark were
            # opposed": those leading it hold the group's position.
            return with_listed(s, leader, earlier)
    if not in_clause and not _PRONOUN_BEFORE.search(s.text, max(0, c.offset - 30), c.offset):
        # "returned to a US court to seek": where the subject went, not who it is (but
        # "aid to Ukraine as it tries to": "it" may be the place)
        earlier = [a for a in earlier if not _A_PLACE.search(s.text, max(0, a.start - 12), a.start)]
        if not earlier:
            return []
    listed = oxford_list(s, in_clause[0], earlier) if in_clause else []
    if len(listed) > 1:
        return listed
    return with_listed(s, in_clause[0] if in_clause else _nearest(s, earlier), earlier)


# A subordinate clause set off by commas ("Brazil, while standing strong ..., has").
_SUBORDINATE_ASIDE = re.compile(r"\s*(?:while|whilst|although|though|despite|when|since)\s")


def _opening_subject(
    s: RuleSentence, earlier: list[ActorMention], before: re.Match[str]
) -> ActorMention | None:
    """The actor that opens the sentence ("The Brazilian government") when it and at most
    two words are all that stand before the clause break ``before``."""
    first = next((a for a in earlier if a.start < before.start()), None)
    if first is None or len(s.text[: first.start].split()) > 1:
        return None
    return first if len(s.text[first.end : before.start()].split()) <= 2 else None


# A clause that opens with its verb, after the aside of a subject before it.
_PREDICATE = re.compile(
    r"\s*(?:says|said|told|tells|added|adds|is|was|has|had|believes|believed|thinks|"
    r"argues|argued|wrote|writes)\b"
)


# A group named by a few words after its first actor, then who leads it.
_LED_BY = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+led\s+by\s+(?:the\s+)?\Z")


def _led_by(s: RuleSentence, in_clause: list[ActorMention], offset: int) -> ActorMention | None:
    """The first of those leading the group the clause's subject names ("EC members led
    by West Germany"), if the subject is such a group."""
    first = in_clause[0]
    for actor in in_clause[1:]:
        if actor.start >= offset:
            break
        if _LED_BY.fullmatch(s.text, first.end, actor.start):
            return actor
    return None


def _accompanied(c: _Clause) -> list[ActorMention]:
    """For a predicate right after an insertion naming those who act with the subject
    ("Peru, along with Chile, attended the OAS summit"), the subject before it and those
    it names: the actors after the verb are its objects."""
    s, earlier, breaks = c.s, c.earlier, c.breaks
    if len(breaks) < 2 or not s.text[c.start : c.start + 1].islower():
        return []
    names = accompanying(s, earlier, breaks[-2], breaks[-1])
    subject = before_appositive(s, earlier, breaks[-2], breaks[-1], breaks[-1].end())
    if names and subject is not None and _OTHERS_OF.match(s.text, subject.end, breaks[-2].start()):
        return names  # "Maduro's close allies, like China and Iran, ...": the allies
    return with_listed(s, subject, earlier) + names if names and subject is not None else []


# An aside naming examples of the subject: "including ...", "such as ...", "from ... to".
_EXAMPLES_ASIDE = re.compile(r"(?:including|such\s+as|from)\s")


def _exemplified(c: _Clause) -> list[ActorMention]:
    """For a predicate right after an aside naming examples of a subject no actor names
    ("Foreign leaders, from Boric to Arce, have called on", "Many states, including Chile,
    condemned"), the actors the aside names."""
    s, breaks = c.s, c.breaks
    if len(breaks) < 2 or not s.text[c.start : c.start + 1].islower():
        return []
    opens, closes = breaks[-2], breaks[-1]
    segment_start = breaks[-3].end() if len(breaks) >= 3 else 0
    if not _EXAMPLES_ASIDE.match(s.text, opens.end()) or any(
        segment_start <= a.start < opens.start() for a in s.actors
    ):
        return []
    # (all it names: "from Chile" is no origin here)
    return [
        a
        for a in s.actors
        if opens.end() <= a.start and a.end <= closes.start() and a.code and s.is_agent(a)
    ]


# A state's allies or rivals are others: "Maduro's close allies, like China, were quick".
_OTHERS_OF = re.compile(
    r"(?:'s|\u2019s)\s+(?:[a-z]+\s+){0,2}(?:allies|partners|neighbou?rs|rivals|enemies|"
    r"critics|friends|backers|supporters|opponents|foes)\s*\Z"
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


def _nearest(s: RuleSentence, earlier: list[ActorMention]) -> ActorMention:
    """The actor nearest before, unless a person is posted to it (``posting_state``)."""
    return posting_state(s, earlier[-1])


def posting_state(s: RuleSentence, mention: ActorMention) -> ActorMention:
    """The state whose envoy is posted to ``mention``, named in the same noun phrase ("The
    U.N. envoy to Chile, Ana Rojas, has arrived" is the U.N.'s envoy; "the U.S.
    ambassador to the United Nations said" speaks for the U.S.); else ``mention``."""
    posted = posted_to().search(s.text, max(0, mention.start - 30), mention.start)
    if posted is None:
        return mention
    heads = [a for a in s.actors if a.end <= posted.start() and a.code]
    if not heads or "," in s.text[heads[-1].end : mention.start]:
        return mention
    return heads[-1]


# A clause that opens with its verb: "was ready to", "made the deal".
_VERB_OPENS = re.compile(r"\s*(?:was|were|is|are|has|have|had|will|would|[a-z]+ed)\s")


def _first_predicate(
    s: RuleSentence, earlier: list[ActorMention], breaks: list[re.Match[str]]
) -> int:
    """The index of the break that ends the first of a list of predicates ending at the
    last break: back past segments that open with their verb and name no one ("Chile made
    the deal, was ready to implement it, and urged")."""
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


# A clause opening with an auxiliary verb, whose subject stands before it.
_VERB_FIRST = re.compile(rf"\s*{AUXILIARIES}\s")


# The subject made one of those a relative clause holds: "is among leaders, including
# Arce, who have", "is one of the countries that".
_AMONG_WHO = re.compile(
    r"\b(?:is|are|was|were)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*(?P<aside>,\s+including\s+[^,;]{1,80},)?\s+(?:who|that)\s+(?:[a-z]+\s+){0,2}\Z"
)
# A person named by a common noun, then "who": "a militant who", "the man who".
_WHO_UNNAMED = re.compile(r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+who\s")


# What kind of help a state's adjective gives, right before a noun of help: "Russian air
# support", "U.S. military backing" (a verb after "air" or "military" is rare).
_KIND_OF_HELP = re.compile(
    r"\s+(?:(?:heavy|massive|continued|strong|full|direct)\s+)?"
    r"(?:air|military|financial|logistical|naval|economic|diplomatic|political|moral)\s+"
)
_HELP = ("support", "backing", "aid", "assistance", "help")


# The people of an adjective right before a verb: "U.S. officials try to".
_PEOPLE_BEFORE_VERB = re.compile(
    r"\s+(?:officials|leaders|negotiators|diplomats|authorities|ministers|envoys|delegates)\s+"
    r"(?:(?:have|has|had|are|were|will|would|also|still|now|\w+ly)\s+){0,2}"
)


# A state's name right before "had" or "has" and a verb, after a noun (no preposition,
# conjunction or determiner): the subject of a clause that describes that noun.
_PERFECT = re.compile(r"\s+(?:had|has|have)\s+(?:long\s+|also\s+|\w+ly\s+)?")
_RELATIVE_AFTER_NOUN = re.compile(
    r"\b(?!(?:of|in|to|from|with|by|on|for|against|at|and|or|but|between|than|as|the|a|an|"
    r"that|which|who|said|says|say)\b)[a-z]{3,}\s+\Z"
)


_PRONOUN_BEFORE = re.compile(r"\b(?:it|they)\s+(?:[a-z]+\s+){0,2}\Z")
_A_PLACE = re.compile(r"\b(?:to|into|towards?)\s+(?:(?:the|a|an)\s+)?\Z")


def _of_others(s: RuleSentence, offset: int) -> bool:
    """Whether the verb at ``offset`` opens a restrictive relative clause on a noun that
    a state's adjective describes but that acts for no state ("Chinese firms that")."""
    relative = _THAT_VERB.search(s.text, max(0, offset - 24), offset)
    if relative is None:
        return False
    return any(
        a.kind == "adjective"
        and _HEAD_NOUN.fullmatch(s.text, a.end, relative.start())
        and not s.is_agent(a)
        for a in s.actors
        if a.end <= relative.start()
    )


# A capitalised name of one to three words, then its verb (no pronoun nor article).
_UNPLACED_NAME = re.compile(rf"\s*{A_NAME}\s+(?:(?:has|have|had|will|would|also|then)\s+)?[a-z]+")


# Conjunctions that open a clause with a subject of its own: "Straw's meeting comes after
# Bush criticised Iran", "Bolivia waits as Peru's leaders vow to" (not "states such as
# Peru", "Chile as well as Peru": the list is the subject).
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|since|because|while|whereas|until|although|though|unless|"
    r"once|(?<!\bsuch\s)(?<!\bwell\s)as)\s+"
)


def _subordinate_subject(
    s: RuleSentence, in_clause: list[ActorMention], start: int, offset: int
) -> list[ActorMention]:
    """The subject of a subordinate clause the trigger at ``offset`` is the verb of: the
    actor right after its conjunction ("after US President George Bush criticised")."""
    conjunctions = list(_SUBORDINATOR.finditer(s.text, start, offset))
    if not conjunctions:
        return []
    opened = conjunctions[-1]
    inner = [a for a in in_clause if a.start >= opened.end()]
    if not inner or len(s.text[opened.end() : inner[0].start].split()) > 4:
        return []
    listed = with_listed(s, inner[0], in_clause)
    rest = s.text[listed[-1].end : offset]
    if "," in rest or len(rest.split()) > 3:
        return []  # "after Bush's talks with Iran, Straw criticised": not the verb's subject
    return listed
