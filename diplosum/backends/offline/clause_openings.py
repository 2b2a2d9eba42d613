"""How a clause opens, for ``subjects``: what its opening says of its subject.

A clause that names no subject of its own before its verb may open with a person no rule
places ("Carl Berg, who ..., says"), a subordinate clause's conjunction ("after Bush
criticised Iran"), "he" or "she", or an institution named again ("The ministry
summoned"): ``opening`` reads the subject from those. ``clause_subjects`` gives the
actors of a clause that may be its subject, none where it opens with its verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import ActorMention
from .breaks import OPENING_PLACE
from .clauses import OPENING_SUBORDINATOR
from .coordination import with_listed
from .institutions import institution_opening
from .no_speaker import A_NAME, unknown_person_opens
from .reported import past_opener, reported_subject
from .subject_before import VERB_FIRST, Clause

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["clause_subjects", "opening"]

# A clause that opens with "he" or "she" (after a quotation mark): its subject.
_PRONOUN_FIRST = re.compile(
    r"[\"'\u201c\u2018]?\s*(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ss]o|[Yy]et|"
    # "..., because she wanted it to stay": the conjunction's own subject
    r"[Bb]ecause|[Ss]ince|[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Uu]nless)\s+)?"
    r"\b([Hh]e|[Ss]he)\b(?!')"
)

# A clause that opens with a verb in the past and its object: "called the bid ...".
_PAST_FIRST = re.compile(r"\s*[a-z]+ed\s+(?:the|a|an|his|her|its|their)\s")
# A clause that opens with its verb, after the aside of a subject before it.
_PREDICATE = re.compile(
    r"\s*(?:says|said|told|tells|added|adds|is|was|has|had|believes|believed|thinks|"
    r"argues|argued|wrote|writes)\b"
)


def opening(c: Clause, in_clause: list[ActorMention]) -> list[ActorMention] | None:
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
        and OPENING_PLACE.match(s.text, s.opens(), c.breaks[0].start())
        and _UNPLACED_NAME.match(s.text, c.start)
    ):
        # "During his Peru visit, Smith plans to meet": past an opening phrase of place
        # or occasion, a name no rule places is the subject, not a state in the phrase.
        return []
    if (
        not in_clause
        and len(c.breaks) == 1
        and _OPENING_CLAUSE.match(s.text, s.opens(), c.breaks[0].start())
        and _NAMED_SUBJECT.match(s.text, c.start)
    ):
        # "Even though Bolivia will not extradite them, FBI chief Ana Soto vowed to": past
        # a clause of concession, time or reason, the main clause's named subject, whom no
        # rule places, not the state that clause names.
        return []
    if _common_noun_subject(s, c.start, c.offset):
        return []  # "after an earlier inquiry cast doubt on": the inquiry's doubt
    if _indefinite_subject(s.text, c.offset):
        return []  # "saw that someone had proposed": no one named proposes
    if _people_subject(s, c.offset):
        return []  # "believe that Israelis are seeking to": a people, no state
    subordinate = _subordinate_subject(s, in_clause, c.start, c.offset)
    if subordinate:
        return subordinate
    pronoun = _PRONOUN_FIRST.match(s.text, c.start)
    reported = reported_subject(s, pronoun.end(), in_clause, c.offset) if pronoun else None
    if reported is not None:
        # "He said Iran rejected the plan": the pronoun speaks; Iran rejects.
        return with_listed(s, reported, earlier)
    if pronoun is not None and (not in_clause or pronoun.end() <= in_clause[0].start):
        # "She began by backing Chile and later she voiced concern", "She is
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


def clause_subjects(c: Clause, in_clause: list[ActorMention]) -> list[ActorMention]:
    """The clause's actors that may be its subject, past an opening phrase
    (``reported.past_opener``); none in a clause that opens with its verb."""
    in_clause = past_opener(c.s, in_clause, c.start, c.offset)
    if (
        c.breaks
        and (VERB_FIRST.match(c.s.text, c.start) or _PAST_FIRST.match(c.s.text, c.start))
        and not _SUBORDINATOR.search(c.s.text, c.start, c.offset)
    ):
        # "Orban, whose country holds the EU presidency, has angered the bloc by seeking",
        # "Soto, an aide, called the bid a Chilean ploy and accused": a clause that opens
        # with its verb has its subject before; its actors are objects.
        return []
    return in_clause


# A capitalised name of one to three words, then its verb (no pronoun nor article).
_UNPLACED_NAME = re.compile(rf"\s*{A_NAME}\s+(?:(?:has|have|had|will|would|also|then)\s+)?[a-z]+")


# A sentence that opens with a clause of concession, time, reason or condition, to its comma.
_OPENING_CLAUSE = re.compile(rf"\s*{OPENING_SUBORDINATOR}[^,;]*\Z")
# A main clause that opens with a capitalised word that is no pronoun or determiner: a
# name or a title ("FBI chief Ana Soto", "Soto").
_NAMED_SUBJECT = re.compile(
    r"\s*(?!(?:He|She|It|They|We|I|You|The|This|That|These|Those|Its|His|Her|Their|Our|A|An)"
    r"\b)[A-Z]"
)


# Conjunctions that open a clause with a subject of its own: "Straw's meeting comes after
# Bush criticised Iran", "Bolivia waits as Peru's leaders vow to" (not "states such as
# Peru", "Chile as well as Peru": the list is the subject).
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|since|because|while|whereas|until|although|though|unless|"
    r"once|(?<!\bsuch\s)(?<!\bwell\s)as)\s+"
)


# A people named by its plural: "Israelis", "Peruvians".
_A_PEOPLE = r"[A-Z][a-z]+(?:ns|is)"
_AUXILIARY_RUN = (
    r"(?:(?:had|has|have|would|will|could|might|may|should|did|does|do|was|were|is|are)\s+)*"
)
# A subordinate clause whose subject is a common noun phrase, right before the verb:
# "after an earlier Senate inquiry | cast doubt on"; or a people ("after Britons
# rejected his plan", "when voters had backed").
_COMMON_NOUN_SUBJECT = re.compile(
    r"(?:(?:a|an|the|its|their|his|her)\s+(?:(?!(?:and|or|but|nor)\b)[a-z][\w-]*\s+){1,4}|"
    rf"(?:{_A_PEOPLE}|voters)\s+{_AUXILIARY_RUN})"
    r"(?:\w+ly\s+)?\Z"
)
# No one named as the subject, right before the verb: "saw that someone had proposed".
_INDEFINITE_SUBJECT = re.compile(
    rf"\b(?:someone|somebody|anyone|anybody|no\s+one|nobody|everyone|everybody)\s+"
    rf"{_AUXILIARY_RUN}(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)


def _indefinite_subject(text: str, offset: int) -> bool:
    """Whether "someone", "anyone", "nobody" and the like is the subject right before
    ``offset`` (each ends in "one" or "body": most sentences have neither)."""
    window = text[max(0, offset - 40) : offset]
    return ("one " in window or "body " in window) and bool(_INDEFINITE_SUBJECT.search(window))


# A people named by its plural right before the verb, after "that" or a reporting verb:
# "believe that Israelis are seeking to", "said Peruvians want".
_PEOPLE_SUBJECT = re.compile(
    rf"\b(?:that|said|says|believe|believes|believed)\s+(?:the\s+)?({_A_PEOPLE})\s+"
    rf"{_AUXILIARY_RUN}(?:\w+ly\s+)?\Z"
)


def _people_subject(s: RuleSentence, offset: int) -> bool:
    """Whether a people ("Israelis", "Peruvians") the rules place as no actor is the
    subject right before ``offset``."""
    people = _PEOPLE_SUBJECT.search(s.text, max(0, offset - 50), offset)
    return people is not None and not s.names_actor(*people.span(1))


def _common_noun_subject(s: RuleSentence, start: int, offset: int) -> bool:
    """Whether the verb at ``offset`` is in a subordinate clause (``_SUBORDINATOR``)
    whose subject, right after its conjunction, is a common noun phrase naming no actor."""
    if offset not in s.verb_starts():
        return False
    # Not "as": "as a clear rebuff to" is a role, not a clause.
    conjunctions = [c for c in _SUBORDINATOR.finditer(s.text, start, offset) if c[0][:2] != "as"]
    if not conjunctions:
        return False
    opened = conjunctions[-1].end()
    if any(opened <= a.start < offset for a in s.actors):
        return False
    return _COMMON_NOUN_SUBJECT.fullmatch(s.text, opened, offset) is not None


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
