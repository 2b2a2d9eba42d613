"""The sentence as the offline rules read it.

``RuleSentence`` is one sentence with its actors (offsets relative to it) and the
article's lexicon hits, looked up by list name and span; it knows who the subject of a
clause is (``holders``, worked out in ``subjects``), who a pronoun stands for
(``referents``, ``he_or_she``), which actors a list joins (``joins_list``,
``listed_from``), which adjectives name agents (``is_agent``) and who an office named
again is (``office_subject``, worked out in ``offices``). Clause-level word tests shared
by the rules are ``clauses``'.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

from ...models import Evidence
from ...text.gazetteer import gazetteer
from ...text.people import people
from . import coordination, offices, subjects
from .actors import ActorMention
from .agent_nouns import (
    a_national,
    an_office_held,
    describes_other_than_agent,
    formerly,
    names_other_than_agent,
)
from .breaks import clause_breaks
from .clauses import SENTENCE_END, appositive_possessive, joins_list, office_after
from .institutions import institution_subject
from .lexicon import Hit, Hits
from .mention import PEOPLE
from .no_speaker import A_NAME, unknown_person_opens
from .places import company_after, names_a_thing

__all__ = [
    "MAX_QUOTE",
    "Nearby",
    "RuleSentence",
]

MAX_QUOTE = 400


_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|alongside|beside|by|from|against|than|for)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}\Z"
)
_NAMED_AFTER_A_CITY = re.compile(
    r"\s+(?:peace\s+)?(?:process|accords?|agreements?|declaration|protocol|format|framework|"
    r"convention|conventions|communiqu\S*|charter|consensus|plan)\b"
)
_ROUND_AFTER = re.compile(r"\s+[Rr]ounds?\b")
# A meeting named after its city, after a preposition or a verb of attending: "at their
# Paris meeting", "attend the Vienna conference", "ahead of the Venice economic summit"
# (not "Beijing talks with ...", a verb; nor "the London conference aims to", a subject).
_A_CITY_S_MEETING = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:meetings?|talks|conference|summit|negotiations|sessions?|"
    r"gathering|consultations)\b"
)
_SEATS_OF_GOVERNMENT = frozenset({"Kremlin", "Pentagon", "Elysee", "\u00c9lys\u00e9e"})


def _a_city(text: str, mention: ActorMention) -> bool:
    """Whether ``mention`` is a capital city named as itself (one word, not a building
    that houses a government: "White House", "Kremlin")."""
    name = text[mention.start : mention.end]
    return mention.kind == "seat" and " " not in name and name not in _SEATS_OF_GOVERNMENT


_AT_THE_PLACE_BEFORE = re.compile(
    r"\b(?:at|to|in|for|of|from|during|after|before|ahead\s+of|attend\w*|join\w*|"
    r"skip\w*|leav\w*)\s+(?:the|their|its|his|her|our|this|last|next|a)\s+\Z",
    re.IGNORECASE,
)
# Lexicon lists of verbs whose subject a state's adjective may be ("U.S. urges").
_VERBS_AFTER = ("stance.any", "reporting")
_ONE_NAME = re.compile(r"\s+(?:[A-Z]\.?\s+)*")
_SAID = re.compile(r"\b(?:said|says|told|tells|added|argued|stressed|insisted|noted)\b")
# A capitalised name right before a reporting verb, opening a clause: ", Lopez told CNN".
_NAME_SAID = re.compile(
    rf"(?:^|[,.;:\"\u201d]\s+)({A_NAME})\s+(?:told|said|says|added|tells)\b", re.MULTILINE
)
# How far before its sentence the person a pronoun stands for may be named (characters:
# about the sentence before).
_PRONOUN_REACH = 250
# A pronoun subject of the clause that ends where the search ends.
# "the two leaders", "both men": people, so the last two people named (of two states).
_TWO_PEOPLE = re.compile(r"(?:leaders|presidents|ministers|heads\s+of\s+state|men|women)\b")
_SUBJECT_PRONOUN = re.compile(
    r"(?:^(?:(?:But|And|Yet|So)\s+(?=[Hh]e\b|[Ss]he\b))?|[,;]\s+|\band\s+(?:said\s+|says\s+|added\s+)?"
    # "An aide said she will condemn", "noting that she is expected to condemn": the
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


_THEY_MET = re.compile(
    r"\s*They\s+(?:\w+\s+){0,2}?(?:met|meet|talked|spoke|held\s+talks|conferred|shook\s+hands)\b"
)


@dataclasses.dataclass(slots=True)
class RuleSentence:
    """One sentence of ``article``, from offset ``start``: its text, its actors (offsets
    relative to the sentence) and the article's lexicon hits."""

    start: int
    text: str
    actors: list[ActorMention]
    hits: Hits
    article: str
    #: The person the article named last before this sentence (for "he" and "she").
    previous_people: tuple[ActorMention, ...] = ()
    #: The last two states or bodies the article named before this sentence.
    previous_parties: tuple[ActorMention, ...] = ()
    _evidence: Evidence | None = None
    _found: dict[str, list[Hit]] = dataclasses.field(default_factory=dict)
    _verbs: frozenset[int] | None = None

    def find(self, name: str) -> list[Hit]:
        """Lexicon list ``name``'s hits in this sentence, with offsets relative to it."""
        found = self._found.get(name)
        if found is None:
            offset = self.start
            found = []
            for hit in self.hits.find(name, offset, offset + len(self.text)):
                found.append(Hit(hit.start - offset, hit.end - offset, hit.text, hit.phrase))
            self._found[name] = found
        return found

    def has(self, name: str, start: int = 0, end: int | None = None) -> bool:
        stop = len(self.text) if end is None else end
        return self.hits.has(name, self.start + start, self.start + stop)

    def evidence(self) -> list[Evidence]:
        if self._evidence is None:
            quote = self.text[:MAX_QUOTE].strip()
            # Offsets as grounding would find them (the quote's first occurrence), so that it
            # can keep this evidence as it is.
            start = self.article.find(quote)
            self._evidence = Evidence(quote=quote, start=start, end=start + len(quote))
        # Items from one sentence share its evidence object (as they share actor objects):
        # the pipeline copies an item before changing it, never changes one in place.
        return [self._evidence]

    def before(self, offset: int) -> ActorMention | None:
        found = None
        for mention in self.actors:
            if mention.end <= offset and mention.code:
                found = mention
        return found

    def in_compound(self, mention: ActorMention) -> bool:
        """A modifier inside a compound ("U.S.-Japan alliance") holds no role."""
        if self.text.startswith("-wide", mention.end):
            return False  # "EU-wide sanctions": the EU's
        after = self.text[mention.end : mention.end + 1]
        before = self.text[mention.start - 1 : mention.start] if mention.start else ""
        return (after != "" and after in "-\u2013") or (before != "" and before in "-\u2013")

    def is_agent(self, mention: ActorMention) -> bool:
        """Whether a mention can act for its state: a name, a person, a body, or an adjective
        heading an agent of the state ("Israeli troops", "the Chinese government", "a U.S.
        official"), not one describing anything else ("a Palestinian woman", "Italian
        banks"), nor a possessive of such things ("Bolivia's football team"), nor a national
        side ("Team USA"), nor where someone is based or born ("a Beijing-based
        diplomat"), nor a capital
        that names a text or a process ("the Oslo process"), nor a state or city naming a
        round of negotiations ("the Uruguay Round")."""
        if mention.kind == "adjective":
            if a_national(self.text, mention.start, mention.end):
                return False  # "an American detained in Russia": a national, no agent
            if formerly(self.text, mention.start):
                return False  # "a former U.S. official" acts for no state now
            # "The U.S. urges surplus nations to ...": a stance or reporting verb right
            # after the adjective makes it the state itself.
            if self.text.startswith(" ", mention.end) and mention.end + 1 in self._verb_starts():
                return True
            return not describes_other_than_agent(self.text, mention.end)
        if mention.kind in ("name", "igo") and (
            names_other_than_agent(self.text, mention.end, body=mention.kind == "igo")
            or an_office_held(self.text, mention.start, mention.end)
        ):
            return False  # "EU firms", "China banks", "his EU presidency": an adjective
        if mention.kind == "name" and self.text.endswith("Team ", 0, mention.start):
            return False  # "Team USA", "Team GB": a national side, no agent of the state
        if self.text.startswith(("-based", "-born"), mention.end):
            return False  # "an Italy-based investor", "a Beijing-based diplomat": where
        if _ROUND_AFTER.match(self.text, mention.end):
            return False  # "the Uruguay Round", "the Doha round": a negotiation's name
        if mention.kind in ("name", "seat") and self.text.startswith(
            ("'s ", "\u2019s "), mention.end
        ):
            # "Bolivia's football team", "Chile's central bank", "Japan's Toyota Motor
            # Corp": whose, not who (though a measure against the company is on Japan).
            return not (
                describes_other_than_agent(self.text, mention.end + 2)
                or company_after(self.text, mention.end + 2)
                or self._thing_named_at(mention.end + 3)
            )
        # "the Oslo process", "the Minsk agreements": a capital naming a text or a process.
        if _a_city(self.text, mention) and _A_CITY_S_MEETING.match(self.text, mention.end):
            # "at their Paris meeting", "the Vienna conference": where, not who (but "a
            # White House meeting", "the Kremlin talks" are the host's)
            return not _AT_THE_PLACE_BEFORE.search(
                self.text, max(0, mention.start - 24), mention.start
            )
        return mention.kind != "seat" or _NAMED_AFTER_A_CITY.match(self.text, mention.end) is None

    def _thing_named_at(self, start: int) -> bool:
        """Whether a name no actor's mention opens stands at ``start`` and names a thing, not
        an office or an organ of state ("Taiwan's Foxconn said": the firm speaks)."""
        if any(other.start == start for other in self.actors):
            return False
        return names_a_thing(self.text, start)

    def _verb_starts(self) -> frozenset[int]:
        """Where the stance and reporting verbs of this sentence start."""
        if self._verbs is None:
            self._verbs = frozenset(hit.start for name in _VERBS_AFTER for hit in self.find(name))
        return self._verbs

    def is_official(self, mention: ActorMention) -> bool:
        """Whether ``mention`` is a person, or an office held by one ("the French
        president", "France's president")."""
        if mention.kind == "person":
            return True
        if mention.kind == "name" and self.text.startswith(("'s ", "\u2019s "), mention.end):
            return office_after(self.text, mention.end + 2)  # "Peru's president"
        return mention.kind == "adjective" and office_after(self.text, mention.end)

    def holders(self, offset: int, *, within_clause: bool = False) -> list[ActorMention]:
        """The subject of the clause ending at ``offset`` (``subjects.holders``)."""
        return subjects.holders(self, offset, within_clause=within_clause)

    def he_or_she(self, offset: int) -> ActorMention | None:
        """Who "he" or "she" at ``offset`` stands for: the person named last before it in
        the sentence, else before the sentence, or an office named without a name after
        that person ("The Russian foreign minister flew to Ankara. He met ..."); never a
        woman the people gazetteer knows for "he", nor a man it knows for "she"."""
        she = self.text[offset : offset + 3].lower() == "she"
        opening = unknown_person_opens(self)
        if opening is not None and opening <= offset:
            return None  # "Ana Soto, who leads the claim against Peru, says he": Soto

        def fits(mention: ActorMention) -> bool:
            # "she" is no man the people gazetteer knows, "he" no woman.
            woman = people().is_woman(mention.actor.name)
            return woman is None or woman == she

        # "After talks with Mr Blair, he said": one named after a preposition in the
        # sentence is not "he", nor is that person named earlier.
        objects = {
            a.actor.name
            for a in self.actors
            if a.end <= offset
            and a.kind in PEOPLE
            and _AFTER_PREPOSITION.search(self.text, max(0, a.start - 60), a.start)
        }
        before = [
            a
            for a in self.actors
            if a.end <= offset and a.kind in PEOPLE and fits(a) and a.actor.name not in objects
        ]
        earlier = [p for p in self.previous_people if fits(p) and p.actor.name not in objects]
        person = before[-1] if before else self._subject_before(earlier)
        named_offices = [p for p in self.previous_parties if self._office_of(p)]
        # Not an office the person spoke of ("Abbas said the British prime minister was a
        # friend. He added ..." is still Abbas).
        if (
            not before
            and named_offices
            and (person is None or named_offices[-1].start > person.start)
            and (
                person is None
                or not _SAID.search(self.article, person.end, named_offices[-1].start)
            )
        ):
            person = named_offices[-1]
        if not before and person is not None and self._unknown_spoke_since(person):
            return None  # "..., Lopez told CNN. '...,' he added": Lopez, whom no rule places
        if not before and person is not None and self.start - person.end > _PRONOUN_REACH:
            # Named too long ago to be sure who "he" is, unless an office of theirs opens a
            # sentence since ("The prime minister took charge ... He also spoke to").
            again = offices.named_again(self.article, person, self.start)
            if again is None or self.start - again > _PRONOUN_REACH:
                return None
        return person if person is not None and person.code else None

    def _unknown_spoke_since(self, person: ActorMention) -> bool:
        """Whether someone no rule places (a name neither a state's, a body's nor the people
        gazetteer's) was said to speak between ``person`` and this sentence: "he" after
        "The charges against Boric ... include war crimes, Lopez told CNN." is Lopez."""
        for spoke in _NAME_SAID.finditer(self.article, person.end, self.start):
            name = spoke.group(1)
            if people().holders(name.split()[-1]) or gazetteer().find(name):
                continue
            return True
        return False

    def _subject_before(self, earlier: list[ActorMention]) -> ActorMention | None:
        """Who "he" opening a sentence stands for among the people named before it: the
        first named in the last sentence that names one, past those named after a
        preposition ("Baldrige said he hopes Nakasone will ... with President Reagan. He
        also said ...": Baldrige); one after a preposition only if nobody else could be."""
        subjects = [
            p
            for index, p in enumerate(earlier)
            if not _AFTER_PREPOSITION.search(self.article, max(0, p.start - 60), p.start)
            # "George | W Bush": a part of the next one's name.
            and not (
                index + 1 < len(earlier)
                and _ONE_NAME.fullmatch(self.article, p.end, earlier[index + 1].start)
            )
        ]
        if not subjects:
            return earlier[-1] if earlier else None
        first = len(subjects) - 1
        while first and not SENTENCE_END.search(
            self.article, subjects[first - 1].end, subjects[first].start
        ):
            first -= 1
        return subjects[first]

    def office_subject(self, offset: int) -> ActorMention | None:
        """The holder of the office that is the subject of the clause ending at ``offset``
        (``offices.office_subject``)."""
        return offices.office_subject(self, offset)

    def office_holder(self, office: str, offset: int) -> ActorMention | None:
        """The person named last before ``offset`` who holds ``office``
        (``offices.office_holder``)."""
        return offices.office_holder(self, office, offset)

    def _office_of(self, mention: ActorMention) -> bool:
        """Whether ``mention`` names an office's state: "the Russian foreign minister",
        "Britain's foreign secretary"."""
        if mention.kind == "adjective":
            return office_after(self.article, mention.end)
        possessive = self.article.startswith(("'s", "\u2019s"), mention.end)
        return mention.kind == "name" and possessive and office_after(self.article, mention.end + 2)

    def referents(self, offset: int) -> list[ActorMention]:
        """Who the subject of the clause ending at ``offset`` stands for when it is a
        pronoun: "he" or "she" (``he_or_she``), or "they" opening the sentence (the last
        two states named before); or an office or institution named again ("The prime
        minister": ``offices``; "The ministry": ``institutions``)."""
        head = self.text[:offset]
        office = self.office_subject(offset) or institution_subject(self, offset)
        if office is not None:
            return [office]
        pronoun = _SUBJECT_PRONOUN.search(head)
        if pronoun is None or any(
            a.start >= pronoun.end() and a.end <= offset for a in self.actors
        ):
            return []
        if pronoun.group(1).lower() in ("they", "both") or " " in pronoun.group(1):
            if pronoun.start() == 0:
                two = self.the_two_before(pronoun.group(1))
                # "They" alone is as often a group named before ("Congress ... They are
                # dismayed") as a pair: the last two states only when named together
                # ("the report named Chile and Peru. They rejected") or when they meet
                # ("Kerry flew to see Lavrov. They met").
                paired = self._named_together(two) or _THEY_MET.match(self.text) is not None
                return two if pronoun.group(1) != "They" or paired else []
            # "Ivorian rebels turned down ..., and said they would oppose": the subject of
            # the sentence's first clause.
            first = [a for a in self.actors if a.end <= pronoun.start() and a.code]
            if first and not clause_breaks(self, first[0].end + 1) and self.is_agent(first[0]):
                return coordination.with_listed(self, first[0], first)
            return []
        person = self.he_or_she(pronoun.start(1))
        return [person] if person is not None else []

    def the_two_before(self, phrase: str) -> list[ActorMention]:
        """Whom "they", "both sides" or "the two leaders" (``phrase``) stand for: the last
        two people of different states named before the sentence when ``phrase`` names
        people ("both men"), else the last two states or bodies named before it."""
        people = self._last_two_people() if _TWO_PEOPLE.search(phrase) else []
        return people or list(self.previous_parties)

    def _named_together(self, two: list[ActorMention]) -> bool:
        """Whether ``two`` (named before the sentence) were named as one list."""
        return len(two) == 2 and joins_list(self.article[two[0].end : two[1].start])

    def _last_two_people(self) -> list[ActorMention]:
        """The last two people of different states named before the sentence, if two."""
        found: list[ActorMention] = []
        for person in reversed(self.previous_people):
            if person.code and all(person.code != p.code for p in found):
                found.insert(0, person)
        return found[-2:] if len(found) >= 2 else []

    def listed_from(self, first: ActorMention) -> list[ActorMention]:
        """``first`` and the actors listed after it ("China, Burma and Zimbabwe")."""
        chosen = [first]
        for mention in self.actors:
            if mention.start <= chosen[-1].start or not mention.code:
                continue
            if not joins_list(self.text[chosen[-1].end : mention.start]):
                break
            if appositive_possessive(self.text, mention.end):
                break  # "Chile, Peru's main trading partner,": what Chile is to Peru
            chosen.append(mention)
        return coordination.two_by_a_comma(self.text, chosen)

    def listed_before(
        self, last: ActorMention, among: list[ActorMention] | None = None
    ) -> list[ActorMention]:
        """``last`` and the actors listed right before it ("Britain and Canada imposed",
        "Japan and the U.S. held"), from ``among`` (else every actor with a state)."""
        chosen = [last]
        for mention in reversed(self.actors if among is None else among):
            if mention.end > chosen[0].start or not mention.code:
                continue
            if not joins_list(self.text[mention.end : chosen[0].start]):
                break
            chosen.insert(0, mention)
        return coordination.two_by_a_comma(self.text, chosen, keep=-1)

    def after(self, offset: int) -> ActorMention | None:
        for mention in self.actors:
            if mention.start >= offset and mention.code:
                return mention
        return None


#: The sentences around one, nearest first (the next, the one before, then further on),
#: each built only when looked at.
Nearby = Callable[[], Iterator[RuleSentence]]
