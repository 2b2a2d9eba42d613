"""Who the subject of a clause is, for the offline rules (``RuleSentence.holders``).

The subject of the clause that ends at an offset: an adjective or possessive right before
it ("an EU demand"), else the first actor after the last clause break, with those listed
with it ("Sullivan and Kono", "Britain, France, and Japan") or named along with it
("Russia, along with Iran, condemned"); past an appositive or a relative clause ("Chile,
a close ally of Spain, has refused"), the one it follows; after a participle (",
saying ..."), the clause before's; in a clause a conjunction opens ("comes after Bush
criticised Iran"), the actor right after it; else the nearest actor before. Where clauses
break is ``breaks``'; which asides a subject may stand before is ``asides``'; a subject
named before its clause (past an aside, or a clause before's) is ``subject_before``'s; a
reported clause's own subject ("Germany said Russia rejected ...") is ``reported``'s;
what a clause's opening says of its subject ("he", a conjunction, an institution named
again) is ``clause_openings``'; which actors a list joins is ``coordination``'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import ActorMention
from .agent_nouns import of_no_agent, without_objects_of_with
from .agent_words import NOT_AGENTS
from .appositive_subjects import appositive_pair
from .breaks import clause_breaks
from .clause_openings import clause_subjects, opening
from .clauses import AUXILIARIES, posted_to
from .coordination import list_start, oxford_list, with_listed
from .subject_after import after_opening_participle
from .subject_before import (
    Clause,
    accompanied,
    before_participle_phrase,
    before_the_clause,
    exemplified,
    past_aside,
    previous_segment,
)

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["holders", "posting_state"]

# A relative pronoun right before the verb, with no comma: a restrictive relative clause
# whose subject is the noun before it ("firms that support", "states which oppose").
_THAT_VERB = re.compile(
    r"(?<=\w)\s+(?:that|which|who)\s+(?:(?:also|still|openly|\w+ly|have|has|had)\s+)*\Z"
)
_HEAD_NOUN = re.compile(r"\s+[a-z][\w-]*")


_WRITTEN_TO = re.compile(
    r"\b(?:wrote|written|writes|writing|appealed|appeals|appealing|complained|complains|"
    r"sent\s+(?:a\s+)?letters?)\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w.'-]*|of)\s+){0,6}\Z"
)


_AMID = re.compile(r"\b(?:amid|amidst)\s+(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,45}\Z", re.IGNORECASE)
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


def holders(s: RuleSentence, offset: int, *, within_clause: bool = False) -> list[ActorMention]:
    """The subject of the clause ending at ``offset``, with coordinated ones ("Sullivan
    and Kono"): an adjective or possessive right before it ("an EU demand"), else the
    first actor after the last clause break, else (unless ``within_clause``) the
    nearest actor before. A person of no state ("former President Ana Soto") may be that
    subject: what they say is no state's (``rules`` drops the items they hold)."""
    if pair := appositive_pair(s, offset):
        return pair  # "Ana Soto, Peru's envoy, and Luis Vega, Chile's envoy, met": both
    shared = _SECOND_VERB.search(s.text, max(0, offset - 16), offset)
    if shared is None or (first := _first_verb(s, shared.start())) is None:
        return _clause_subject(s, offset, within_clause)
    found = holders(s, first, within_clause=within_clause)
    if found or "but" not in shared.group():
        return found
    # After "but", where the first verb's subject is no actor ("a lawyer welcomed Peru's
    # decree but urged ...") or is not read there ("she is free to back Peru but also
    # wants"): the subject stands before the first verb, never in its object.
    return [a for a in _clause_subject(s, offset, within_clause) if a.start < first]


def _clause_subject(s: RuleSentence, offset: int, within_clause: bool) -> list[ActorMention]:
    """``holders`` of a verb that shares no subject with one before it."""
    earlier = _candidates(s, offset)
    if not earlier:
        return after_opening_participle(s, offset)  # "Condemning the attack, France ..."
    near = _next_to_verb(s, earlier, offset, within_clause)
    if near is not None:
        return near
    breaks = clause_breaks(s, offset)
    c = Clause(s, offset, earlier, breaks, breaks[-1].end() if breaks else 0)
    joined = accompanied(c) or exemplified(c)
    if joined:
        return joined
    in_clause = [
        a
        for a in earlier
        if a.start >= c.start and not _A_PLACE.search(s.text, max(0, a.start - 40), a.start)
    ]
    found = opening(c, in_clause)
    if found is None:
        in_clause = clause_subjects(c, in_clause)
        found = past_aside(c, in_clause)
    if found is None and not in_clause:
        found = before_participle_phrase(c)
    if found is None and not in_clause:
        found = before_the_clause(c, within_clause)
    if found is not None:
        return found
    if not in_clause and len(breaks) >= 2:
        in_clause = previous_segment(c)
        if not in_clause and _A_PREDICATE.match(s.text, breaks[-2].end()):
            # "Chile, an old ally of Peru, has sent envoys, meeting ...": a participle's
            # subject is that of the predicate before it, which names none of its own.
            return holders(s, breaks[-1].start(), within_clause=within_clause)
    return _first_or_nearest(c, in_clause)


# A segment that opens on its verb: "has undertaken", "will also send".
_A_PREDICATE = re.compile(rf"{AUXILIARIES}\s+(?:(?:also|since|now|already)\s+)?[a-z]+(?:ed|en)\b")


# "and" or "while" after a common noun, before a name and its verb: a new clause.
_AND_A_NAME = re.compile(r"\b[a-z][\w-]*\s+(?:and|while|whereas)\s+(?:the\s+)?\Z")
# A verb right after "and" or "but": the second of two that share a subject ("The
# charity criticised the British plan and called for ...", "a lawyer welcomed Peru's
# decree but urged ..."), not a state named after the first.
_SECOND_VERB = re.compile(r"(?:\s+and|,?\s+but)\s+(?:[a-z]+ly\s+|also\s+)?\Z")
# What may stand between the two verbs: no clause break, no clause of its own.
_ONE_PREDICATE = re.compile(r"[^,;:()\"\u201c\u201d]*")
# (Not "as" after a verb of seeing: "faulted Brussels over what they saw as its
# practices and called for": one predicate goes on.)
_OWN_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|whose|after|before|when|while|but|"
    r"(?<!\bsaw\s)(?<!\bsee\s)(?<!\bsees\s)(?<!\bseen\s)as)\b"
)


def _first_verb(s: RuleSentence, end: int) -> int | None:
    """Where the verb before the one "and" at ``end`` joins to it starts: the last stance or
    reporting verb before it, with one predicate between them."""
    first = max((v for v in s.verb_starts() if v < end), default=None)
    if first is None or _ONE_PREDICATE.fullmatch(s.text, first, end) is None:
        return None
    return None if _OWN_CLAUSE.search(s.text, first, end) else first


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
    return [a for a in earlier if not _named_aside(s.text, a.start) and not _in_time(s, a, offset)]


_DURING = re.compile(r"\bduring\s+(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,45}\Z", re.IGNORECASE)


def _in_time(s: RuleSentence, actor: ActorMention, offset: int) -> bool:
    """Whether ``actor`` names a time set off before the verb at ``offset`` ("during Peru's
    chairmanship of the OAS, said a spokesman"), not the subject of a noun in it ("during
    Soto's stay in Lima")."""
    # (The rare "during" first: this runs for every candidate subject of every clause.)
    return (
        _DURING.search(s.text, max(0, actor.start - 50), actor.start) is not None
        and s.text.find(",", actor.end, offset) >= 0
    )


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
    if (
        not gap.strip()
        and last.kind in ("name", "seat", "person")
        and (joined := _AND_A_NAME.search(s.text, max(0, last.start - 30), last.start))
        and any(v < joined.start() for v in s.verb_starts())
    ):
        # "welcomed the plan and Peru called for talks": a clause of the name's own after
        # another's verb, not the first clause's subject's (not "The Chilean government
        # and Peru condemned": a subject of two)
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
    common = _COMMON_SUBJECT.search(s.text, last.end, offset)
    if common is not None and common.group(1) in NOT_AGENTS:
        # "as the company got ready to", ", and the firm vowed to": a clause of its own
        # whose subject no state is, not the state named before it.
        return []
    return None


def _first_or_nearest(c: Clause, in_clause: list[ActorMention]) -> list[ActorMention]:
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


# The subject made one of those a relative clause holds: "is among leaders, including
# Arce, who have", "is one of the countries that".
_AMONG_WHO = re.compile(
    r"\b(?:is|are|was|were)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*(?P<aside>,\s+including\s+[^,;]{1,80},)?\s+(?:who|that)\s+(?:[a-z]+\s+){0,2}\Z"
)
# A clause that opens with a common noun as its subject, right before its verb (after a
# comma, or a conjunction of a clause: not "the government and the company have").
_COMMON_SUBJECT = re.compile(
    r"(?:[,;]\s+(?:and\s+|but\s+)?|\b(?:as|while|when|because|after|before|since|"
    r"although|though|but)\s+)(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)??([a-z]+)\s+"
    r"(?:(?:has|had|have|is|was|were|are|will|would|also|then|now|\w+ly)\s+){0,2}\Z"
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
_A_PLACE = re.compile(
    r"\b(?:to|into|towards?)\s+(?:(?:the|a|an)\s+)?\Z"
    # "land it holds in both Peru and Bolivia": places, as "both" says
    r"|\bin\s+both\s+(?:the\s+)?\Z"
    # "his policies in Cusco and Peru": a place listed after another
    r"|\b(?:in|to|into|across|throughout)\s+(?:both\s+)?(?:the\s+)?[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*)?\s+and\s+(?:the\s+)?\Z"
)


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
