"""The sentence as the offline rules read it.

``RuleSentence`` is one sentence with its actors (offsets relative to it) and the
article's lexicon hits, looked up by list name and span; it knows who the subject of a
clause is (``holders``, worked out in ``subjects``), who a pronoun stands for
(``referents``, ``he_or_she``, in ``pronouns``), which actors a list joins (``joins_list``,
``listed_from``), which adjectives name agents (``is_agent``) and who an office named
again is (``office_subject``, worked out in ``offices``). Clause-level word tests shared
by the rules are ``clauses``'.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator

from ...models import Evidence
from . import coordination, offices, pronouns, subjects
from .actors import ActorMention
from .agent_nouns import (
    a_national,
    an_office_held,
    describes_other_than_agent,
    formerly,
    names_other_than_agent,
)
from .clauses import appositive_possessive, joins_list, office_after
from .datelines import without_dateline
from .lexicon import Hit, Hits
from .places import names_a_thing
from .private_names import company_after

__all__ = [
    "MAX_QUOTE",
    "Nearby",
    "RuleSentence",
]

MAX_QUOTE = 400


_NAMED_AFTER_A_CITY = re.compile(
    r"\s+(?:peace\s+)?(?:process|accords?|agreements?|declaration|protocol|format|framework|"
    r"convention|conventions|communiqu\S*|charter|consensus|plan|"
    # capitalised as names are ("the Lima Accord", "the Lima Agenda"), and bodies named
    # after a city ("the Lima Council", a think tank; "the Paris Club" is in the gazetteer)
    r"treaty|agenda|strategy|council|club|institute|forum)\b",
    re.IGNORECASE,
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


# A state named after a city as where something happens: "in Cusco, Peru, on
# Monday", "at a base near Kandahar, Afghanistan." (not "In Berlin, Germany said").
_CITY_BEFORE = re.compile(
    r"\b(?:in|at|near|from|outside)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*,\s+\Z"
)
_PLACE_CLOSED = re.compile(r"\s*(?:[,.;]|\s(?:on|in|at|last|this|next|and|where|to)\b)")


def _place_of_a_city(text: str, mention: ActorMention, actors: list[ActorMention]) -> bool:
    """Whether ``mention`` names the state of a city named right before it, as a place (a
    city, its capital too: "in Lima, Peru,"; not another state listed before it: "from
    Bahrain, Kuwait, Oman")."""
    city = _CITY_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if city is None or not _PLACE_CLOSED.match(text, mention.end):
        return False
    comma = text.rfind(",", city.start(), mention.start)
    return not any(a.end == comma and a.code != mention.code for a in actors)


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


# A relative named by a person's name: "Vera son", "Soto's wife" (not an office).
_RELATIVE_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:son|sons|daughter|daughters|wife|husband|brother|sister|nephew|"
    r"niece|cousin|father|mother|widow|widower|son-in-law|daughter-in-law|family)\b"
)


# A firm or an institution named after a person: "Harris bank", "Rice University".
_NAMED_AFTER_PERSON = re.compile(
    # (and a leader's: "the Reagan presidential library", "the Carter Center")
    r"\s+(?:presidential\s+)?(?:bank|banks|corp|corporation|company|group|fund|foundation|"
    r"university|institute|college|school|industry|association|library|museum|center|"
    r"centre|airport|stadium|hospital|memorial|prize)\b",
    re.IGNORECASE,
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
    #: The last three people the article named before this sentence, each once (for an
    #: office named again: "the president" after "Mr Blair" said three times).
    previous_persons: tuple[ActorMention, ...] = ()
    _evidence: Evidence | None = None
    _found: dict[str, list[Hit]] = dataclasses.field(default_factory=dict)
    _verbs: frozenset[int] | None = None
    _opens: int | None = None

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

    def names_actor(self, start: int, end: int) -> bool:
        """Whether an actor the rules found overlaps ``start:end`` (a name they place)."""
        return any(a.start < end and a.end > start for a in self.actors)

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
        if mention.kind == "adjective" and self.text.startswith(("'s ", "\u2019s "), mention.end):
            # "the UK's Corus": a short name as a possessive, whose as "Japan's" is
            return not (
                describes_other_than_agent(self.text, mention.end + 2)
                or company_after(self.text, mention.end + 2)
                or self._thing_named_at(mention.end + 3)
            )
        if mention.kind == "adjective":
            if a_national(self.text, mention.start, mention.end):
                return False  # "an American detained in Russia": a national, no agent
            if formerly(self.text, mention.start, mention.end):
                return False  # "a former U.S. official" acts for no state now
            # "The U.S. urges surplus nations to ...": a stance or reporting verb right
            # after the adjective makes it the state itself.
            if self.text.startswith(" ", mention.end) and mention.end + 1 in self.verb_starts():
                return True
            return not describes_other_than_agent(self.text, mention.end)
        if mention.kind in ("name", "igo") and (
            names_other_than_agent(self.text, mention.end, body=mention.kind == "igo")
            or an_office_held(self.text, mention.start, mention.end)
        ):
            return False  # "EU firms", "China banks", "his EU presidency": an adjective
        if mention.kind == "name" and _place_of_a_city(self.text, mention, self.actors):
            return False  # "unveiled in Cusco, Peru, on Monday": where, not who
        if mention.kind == "name" and self.text.endswith("Team ", 0, mention.start):
            return False  # "Team USA", "Team GB": a national side, no agent of the state
        if self.text.startswith(("-based", "-born"), mention.end):
            return False  # "an Italy-based investor", "a Beijing-based diplomat": where
        if mention.kind == "person" and _RELATIVE_AFTER.match(self.text, mention.end):
            return False  # "Trump son offered", "Soto's wife said": a relative, no office
        if mention.kind == "person" and _NAMED_AFTER_PERSON.match(self.text, mention.end):
            return False  # "Harris bank analyst", "Rice University": named after a person
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

    def opens(self) -> int:
        """Where the sentence's own words begin: past the dateline a wire story's first
        sentence opens with ("BEIJING (Reuters) - In talks with Kerry, ..."), else 0.
        Patterns of how a sentence opens match from here."""
        if self._opens is None:
            self._opens = len(self.text) - len(without_dateline(self.text))
        return self._opens

    def opens_before(self, offset: int) -> int:
        """``opens()`` where that is before ``offset``, else 0: where to read a clause
        that ends at ``offset`` from ("LIMA - The government rejected")."""
        return self.opens() if self.opens() < offset else 0

    def verb_starts(self) -> frozenset[int]:
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
        """Who "he" or "she" at ``offset`` stands for (``pronouns.he_or_she``)."""
        return pronouns.he_or_she(self, offset)

    def office_subject(self, offset: int) -> ActorMention | None:
        """The holder of the office that is the subject of the clause ending at ``offset``
        (``offices.office_subject``)."""
        return offices.office_subject(self, offset)

    def office_holder(self, office: str, offset: int) -> ActorMention | None:
        """The person named last before ``offset`` who holds ``office``
        (``offices.office_holder``)."""
        return offices.office_holder(self, office, offset)

    def referents(self, offset: int) -> list[ActorMention]:
        """Who the subject of the clause ending at ``offset`` stands for when it is a
        pronoun or an office or institution named again (``pronouns.referents``)."""
        return pronouns.referents(self, offset)

    def the_two_before(self, phrase: str) -> list[ActorMention]:
        """Whom "they", "both sides" or "the two leaders" stand for
        (``pronouns.the_two_before``)."""
        return pronouns.the_two_before(self, phrase)

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
