"""Who a pronoun stands for, for ``RuleSentence``: "he" or "she" (the person named last
before it, in the sentence or before it, or an office named since: ``he_or_she``),
"they", "both sides", "the two leaders" (the last two states or people named before
the sentence: ``the_two_before``), and the subject of a clause that is such a pronoun
or an office or institution named again (``referents``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text.gazetteer import gazetteer
from ...text.people import people
from . import coordination, offices
from .actors import ActorMention
from .breaks import clause_breaks
from .clauses import SENTENCE_END, joins_list, office_after
from .institutions import institution_subject
from .mention import PEOPLE
from .no_speaker import A_NAME, unknown_person_opens
from .quotations import CLOSING_MARKS, opens_quotation

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = ["fits_pronoun", "he_or_she", "referents", "relative_clause_person", "the_two_before"]


_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|alongside|beside|by|from|against|than|for)\s+"
    # past a title in small letters too: "hosted by British finance minister Tom Lee"
    r"(?:(?:[A-Z][\w.'\u2019-]*|finance|foreign|prime|defen[cs]e|trade|deputy|vice|"
    r"economy|interior|minister|secretary|president|chancellor|premier|ambassador|envoy)"
    r"\s+){0,5}\Z"
)
_ONE_NAME = re.compile(r"\s+(?:[A-Z]\.?\s+)*")
_SAID = re.compile(r"\b(?:said|says|told|tells|added|argued|stressed|insisted|noted)\b")
# A capitalised name right before a reporting verb, opening a clause: ", Lopez told CNN".
_NAME_SAID = re.compile(
    rf"(?:^|[,.;:\"\u201d]\s+)({A_NAME})\s+(?:told|said|says|added|tells)\b", re.MULTILINE
)
# One unnamed speaking, after a clause's break: ", a senior official close to the talks
# said", "a senior Russian official said", "an aide told Reuters".
_UNNAMED_SAID = re.compile(
    r"(?:^|[,.;:\"\u201d]\s+)(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:official|diplomat|"
    r"source|aide|adviser|advisor|spokesman|spokeswoman|envoy|negotiator|delegate)\b"
    r"[^.;\"\u201c]{0,80}?\s(?:said|says|told|added)\b",
    re.MULTILINE,
)
# How far before its sentence the person a pronoun stands for may be named (characters:
# about the sentence before).
_PRONOUN_REACH = 250
# A pronoun subject of the clause that ends where the search ends.
# "the two leaders", "both men": people, so the last two people named (of two states).
_TWO_PEOPLE = re.compile(r"(?:leaders|presidents|ministers|heads\s+of\s+state|men|women)\b")
_SUBJECT_PRONOUN = re.compile(
    r"(?:^(?:(?:But|And|Yet|So)\s+(?=[Hh]e\b|[Ss]he\b))?|[,;]\s+|\band\s+(?:said\s+|says\s+|added\s+)?"
    # "An aide said she will condemn", "noting that she plans to condemn": the
    # reported clause's own subject.
    r"|\b(?:said|says|saying|added|adding|noted|noting|stressed|stressing)\s+(?:that\s+)?)"
    r"\s*\b([Hh]e|[Ss]he|They|they|"
    # "Both sides agreed", "The two countries pledged": as "they" for the last two named.
    r"(?:[Bb]oth|[Tt]he\s+two)\s+(?:sides|countries|nations|governments|leaders|delegations|"
    r"ministers|presidents|neighbours|neighbors|men|women|capitals|allies|prime\s+ministers|"
    r"foreign\s+ministers|heads\s+of\s+state)"
    # "Both condemned the attack": "both" alone, right before its verb.
    r"|[Bb]oth(?=\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|say|says)\b|\s*(?:\w+ly\s*)?$))\b[^,;]*$"
)


# A person's government or country opening a clause as its subject: "His cabinet has rejected",
# "Since then her government has said" (not "Soto said his government would": whoever
# speaks, ``reporting``'s).
_HIS_INSTITUTION = re.compile(
    r"(?:^(?:[A-Z]\w*(?:\s+\w+){0,2},?\s+)?|[,;]\s+)[\"'\u201c]?([Hh]is|[Hh]er)\s+"
    r"(?:[Gg]overnment|[Cc]abinet|[Aa]dministration|[Cc]ountry|[Nn]ation)\b[^,;]*$"
)


_THEY_MET = re.compile(
    r"\s*They\s+(?:\w+\s+){0,2}?(?:met|meet|talked|spoke|held\s+talks|conferred|shook\s+hands)\b"
)


def fits_pronoun(mention: ActorMention, *, she: bool) -> bool:
    """Whether "she" (``she``) or "he" may stand for ``mention``: "she" is no man the
    people gazetteer knows, "he" no woman."""
    woman = people().is_woman(mention.actor.name)
    return woman is None or woman == she


# Someone unnamed, brought in by an indefinite article, then a verb of saying: "he" or
# "she" right after is that one ("a banker said he was optimistic"; not "a Peruvian
# official said he", whose adjective places him, nor "the minister said he"). Not one who
# speaks for another: "an aide said she will condemn" is the minister's aide's word on her.
_SOMEONE_SAID = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,3}"
    r"(?!(?:aide|aides|spokesman|spokeswoman|spokesperson|official|source|adviser|advisor|"
    r"assistant|secretary|envoy|representative|deputy)\s)[a-z]+\s+"
    r"(?:said|says|told\s+[a-z]+|added|adds|noted|believes|thinks|felt|feels)\s+(?:that\s+)?\Z"
)


def he_or_she(s: RuleSentence, offset: int) -> ActorMention | None:
    """Who "he" or "she" at ``offset`` stands for: the person named last before it in
    the sentence, else before the sentence, or an office named without a name after
    that person ("The Chilean foreign minister flew to Lima. He met ..."); never a
    woman the people gazetteer knows for "he", nor a man it knows for "she"."""
    she = s.text[offset : offset + 3].lower() in ("she", "her")  # "her visit" too
    if _SOMEONE_SAID.search(s.text, max(0, offset - 60), offset):
        return None  # "One bank officer said he ...": that officer, no one named before
    opening = unknown_person_opens(s)
    if opening is not None and opening <= offset:
        return None  # "Ana Soto, who leads the claim against Peru, says he": Soto

    def fits(mention: ActorMention) -> bool:
        return fits_pronoun(mention, she=she)

    # "After talks with Mr Blair, he said": one named after a preposition in the
    # sentence is not "he", nor is that person named earlier.
    objects = {
        a.actor.name
        for a in s.actors
        if a.end <= offset
        and a.kind in PEOPLE
        and _AFTER_PREPOSITION.search(s.text, max(0, a.start - 60), a.start)
    }
    # Nor is anyone named after it in its sentence: "He told Kerry ...", "He said Kerry
    # was wrong" (a name the pronoun governs is someone else).
    objects |= {a.actor.name for a in s.actors if a.start > offset and a.kind in PEOPLE}
    before = [
        a
        for a in s.actors
        if a.end <= offset and a.kind in PEOPLE and fits(a) and a.actor.name not in objects
    ]
    if before and opens_quotation(s) and _after_closing_mark(s.text, offset):
        before = []  # '"... lies with President Vera," he said': not one it names
    earlier = [p for p in s.previous_people if fits(p) and p.actor.name not in objects]
    person = before[-1] if before else _subject_before(s, earlier)
    named_offices = [p for p in s.previous_parties if _office_of(s, p)]
    # Not an office the person spoke of ("Soto said the Chilean prime minister was a
    # friend. He added ..." is still Soto).
    if (
        not before
        and named_offices
        and (person is None or named_offices[-1].start > person.start)
        and (person is None or not _SAID.search(s.article, person.end, named_offices[-1].start))
    ):
        person = named_offices[-1]
    if not before and person is not None and _unknown_spoke_since(s, person):
        return None  # "..., Lopez told CNN. '...,' he added": Lopez, whom no rule places
    if _unplaced_named_since(s, before[-1].end if before else 0, offset):
        return None  # '"Mr. Soto has news to share, and he wants to share it"': Soto
    if not before and person is not None and s.start - person.end > _PRONOUN_REACH:
        # Named too long ago to be sure who "he" is, unless an office of theirs opens a
        # sentence since ("The prime minister took charge ... He also spoke to").
        again = offices.named_again(s.article, person, s.start)
        if again is None or s.start - again > _PRONOUN_REACH:
            return None
    return person if person is not None and person.code else None


# A person named with an honorific: "Mr. Soto", "Mrs Vera".
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'\u2019-]+")


def _unplaced_named_since(s: RuleSentence, start: int, offset: int) -> bool:
    """Whether a person named with an honorific whom no rule places ("Mr. Soto") stands
    in ``s`` between ``start`` and the pronoun at ``offset``: "he" is that person."""
    named = _HONORIFIC_NAME.finditer(s.text, start, offset)
    return any(not s.names_actor(*name.span()) for name in named)


def _after_closing_mark(text: str, offset: int) -> bool:
    """Whether ``offset`` follows a quotation's closing mark and a space ('..." he said')."""
    before = text[max(0, offset - 4) : offset]
    mark = before.rstrip()[-1:]
    return mark != "" and before[-1:].isspace() and mark in CLOSING_MARKS


def _unknown_spoke_since(s: RuleSentence, person: ActorMention) -> bool:
    """Whether someone no rule places (a name neither a state's, a body's nor the people
    gazetteer's) was said to speak between ``person`` and this sentence: "he" after
    "The charges against Boric ... include war crimes, Lopez told CNN." is Lopez."""
    for spoke in _NAME_SAID.finditer(s.article, person.end, s.start):
        name = spoke.group(1)
        if people().holders(name.split()[-1]) or gazetteer().find(name):
            continue
        return True
    # "..., a senior official close to the talks said. He also foresaw ...": one
    # unnamed (whose state, if named, is no person's the pronoun can take).
    return _UNNAMED_SAID.search(s.article, person.end, s.start) is not None


def _subject_before(s: RuleSentence, earlier: list[ActorMention]) -> ActorMention | None:
    """Who "he" opening a sentence stands for among the people named before it: the
    first named in the last sentence that names one, past those named after a
    preposition ("Baldrige said he hopes Nakasone will ... with President Reagan. He
    also said ...": Baldrige); one after a preposition only if nobody else could be."""
    subjects = [
        p
        for index, p in enumerate(earlier)
        if not _AFTER_PREPOSITION.search(s.article, max(0, p.start - 60), p.start)
        # "George | W Bush": a part of the next one's name.
        and not (
            index + 1 < len(earlier)
            and _ONE_NAME.fullmatch(s.article, p.end, earlier[index + 1].start)
        )
    ]
    if not subjects:
        return earlier[-1] if earlier else None
    first = len(subjects) - 1
    while first and not SENTENCE_END.search(
        s.article, subjects[first - 1].end, subjects[first].start
    ):
        first -= 1
    return subjects[first]


def _office_of(s: RuleSentence, mention: ActorMention) -> bool:
    """Whether ``mention`` names an office's state: "the Chilean foreign minister",
    "Britain's foreign secretary"."""
    if mention.kind == "adjective":
        return office_after(s.article, mention.end)
    possessive = s.article.startswith(("'s", "\u2019s"), mention.end)
    return mention.kind == "name" and possessive and office_after(s.article, mention.end + 2)


def referents(s: RuleSentence, offset: int) -> list[ActorMention]:
    """Who the subject of the clause ending at ``offset`` stands for when it is a
    pronoun: "he" or "she" (``he_or_she``), or "they" opening the sentence (the last
    two states named before); or an office or institution named again ("The prime
    minister": ``offices``; "The ministry": ``institutions``)."""
    head = s.text[:offset]
    office = s.office_subject(offset) or institution_subject(s, offset)
    if office is not None:
        return [office]
    owned = _HIS_INSTITUTION.search(head)
    if owned is not None and not any(a.start >= owned.end() and a.end <= offset for a in s.actors):
        # "His cabinet rejected the deal": the government of whom "his" stands for
        person = he_or_she(s, owned.start(1))
        return [person] if person is not None and person.code else []
    pronoun = _SUBJECT_PRONOUN.search(head)
    if pronoun is None or any(a.start >= pronoun.end() and a.end <= offset for a in s.actors):
        return []
    if pronoun.group(1).lower() in ("they", "both") or " " in pronoun.group(1):
        if pronoun.start() == 0:
            two = the_two_before(s, pronoun.group(1))
            # "They" alone is as often a group named before ("Congress ... They are
            # dismayed") as a pair: the last two states only when named together
            # ("the report named Chile and Peru. They rejected") or when they meet
            # ("Kerry flew to see Lavrov. They met").
            paired = _named_together(s, two) or _THEY_MET.match(s.text, s.opens()) is not None
            return two if pronoun.group(1) != "They" or paired else []
        # "Ivorian rebels turned down ..., and said they would oppose": the subject of
        # the sentence's first clause.
        first = [a for a in s.actors if a.end <= pronoun.start() and a.code]
        if first and not clause_breaks(s, first[0].end + 1) and s.is_agent(first[0]):
            return coordination.with_listed(s, first[0], first)
        return []
    person = he_or_she(s, pronoun.start(1))
    return [person] if person is not None else []


def the_two_before(s: RuleSentence, phrase: str) -> list[ActorMention]:
    """Whom "they", "both sides" or "the two leaders" (``phrase``) stand for: the last
    two people of different states named before the sentence when ``phrase`` names
    people ("both men"), else the last two states or bodies named before it."""
    people = _last_two_people(s) if _TWO_PEOPLE.search(phrase) else []
    return people or list(s.previous_parties)


def _named_together(s: RuleSentence, two: list[ActorMention]) -> bool:
    """Whether ``two`` (named before the sentence) were named as one list."""
    return len(two) == 2 and joins_list(s.article[two[0].end : two[1].start])


def _last_two_people(s: RuleSentence) -> list[ActorMention]:
    """The last two people of different states named before the sentence, if two."""
    found: list[ActorMention] = []
    for person in reversed(s.previous_people):
        if person.code and all(person.code != p.code for p in found):
            found.insert(0, person)
    return found[-2:] if len(found) >= 2 else []


# "he" or "she" as the subject of a relative clause: "which she condemned as", "the
# talks that she plans to chair". (Not "that" after a reporting verb: "told X that he".)
_HE_IN_RELATIVE = re.compile(r"\b(which|whom|that)\s+(he|she)\s+(?:[a-z]+\s+){0,2}\Z")


def relative_clause_person(s: RuleSentence, offset: int) -> list[ActorMention] | None:
    """Who "he" or "she" is when it is the subject of a relative clause ending at
    ``offset``: the person it stands for, or no one (``[]``) when the rules cannot place
    it; ``None`` when the clause is no such relative clause."""
    relative = _HE_IN_RELATIVE.search(s.text, max(0, offset - 40), offset)
    if relative is None:
        return None
    if relative.group(1) == "that" and _reported_before(s, relative.start()):
        return None  # "told Peru's president that he ...": whoever "told", as before
    person = he_or_she(s, relative.start(2))
    return [person] if person is not None else []


# A verb of its own between a reporting verb and "that": what was said has begun, and
# "that" opens a relative clause ("suggested Peru should send envoys to the talks that he").
_VERB_BETWEEN = re.compile(r"\b(?:should|would|will|could|can|must|may|might|to|is|are|was|were)\b")


def _reported_before(s: RuleSentence, that: int) -> bool:
    """Whether "that" at ``that`` follows a reporting verb with only its object between
    ("told Peru's president that"): a complementizer, not a relative pronoun."""
    reported = [hit for hit in s.find("reporting") if hit.end <= that and that - hit.end <= 80]
    return bool(reported) and _VERB_BETWEEN.search(s.text, reported[-1].end, that) is None
