"""Which stance words of a sentence are read as stances (``stances``).

Each position's trigger phrases (``data/lexicon.json``'s ``stance`` lists), less those
inside a longer trigger of another position ("called for" inside "called for
restraint"), support inside a meeting's words ("welcomed his counterpart"), a verb
restating the position its object names ("reaffirmed its rejection of"), "X's
supporters" as a noun phrase of its own, and words that take no position where they
stand: "a favour", "stand by to help", "slammed into", "a lack of commitment", a word of
a question asked, a word of a name ("the Union of Concerned Scientists").
"""

from __future__ import annotations

import re

from .addressed import ON_A_DATE
from .appeals import EVERY_SIDE
from .clauses import OBJECT_OPENS, PASSIVE_AUXILIARY
from .lexicon import Hit
from .positions import Position
from .questions import in_question
from .sentence import RuleSentence
from .word_senses import in_a_name

__all__ = ["PROGRESSIVE", "stance_triggers"]

_POSITIONS: tuple[Position, ...] = ("oppose", "support", "neutral")
_LISTS = {position: f"stance.{position}" for position in _POSITIONS}


def _inside(hit: Hit, other: Hit) -> bool:
    """Whether ``hit`` lies within the longer ``other``."""
    return (
        other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > (hit.end - hit.start)
    )


def stance_triggers(s: RuleSentence) -> dict[Position, list[Hit]]:
    """Each position's triggers in ``s``, less those inside a longer trigger of another
    position ("called for" inside "called for restraint"), and support inside a meeting's
    ("welcomed his counterpart" greets a visitor, "a courtesy call on" visits; "complained
    to" is still a complaint)."""
    by_position = {p: s.find(_LISTS[p]) for p in _POSITIONS}
    every = [hit for hits in by_position.values() for hit in hits]
    greetings = s.find("meeting.triggers")
    by_position["support"] = [
        hit for hit in by_position["support"] if not any(_inside(hit, g) for g in greetings)
    ]
    return {
        position: [
            hit
            for hit in hits
            if not any(_inside(hit, o) for o in every)
            and not _restates(s, hit, every)
            and not _owned_supporters(s, hit)
            and not _no_stance_word(s, hit)
        ]
        for position, hits in by_position.items()
    }


# "Soto's supporters", "his loyal supporters": people who back the one named, not that
# one's position ("Chile, a supporter of the plan" is Chile's).
_OWNED = re.compile(r"(?:'s|\u2019s|s'|\b(?:his|her|their|its))\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)


_PREDICATED = re.compile(
    r"\b(?:(?:is|are|was|were|been|remains?|remained)\s+(?:among\s+)?|one\s+of\s+|a\s+|an\s+)"
    r"(?:the\s+)?(?:[\w'\u2019]+\s+){0,3}\Z"
)


def _owned_supporters(s: RuleSentence, hit: Hit) -> bool:
    """Whether ``hit`` is "X's supporters" or "supporters of X" as a noun phrase of its
    own, not said of a holder ("Germany, one of Ukraine's biggest supporters", "Chile is a
    strong supporter of the plan")."""
    if hit.phrase not in ("supporter", "supporters"):
        return False
    window = max(0, hit.start - 40)
    # "Soto's supporters", or "supporters of Soto" (the one they back after "of")
    owned = _OWNED.search(s.text, window, hit.start) is not None or s.text.startswith(
        " of ", hit.end
    )
    return owned and _PREDICATED.search(s.text, window, hit.start) is None


# An adjective that states a position only of the subject of a copula: "Chile remains
# undecided" (not "undecided voters", "sway undecided lawmakers"). ("Optimistic" before a
# noun is as often a view someone holds: "optimistic forecasts".)
_PREDICATIVE_ONLY = frozenset({"undecided", "satisfied"})
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|remained|remaining|stays?|stayed|seems?|"
    # (not "'s": "Chile's undecided voters" is a possessive)
    r"seemed|appears?|appeared|feels?|felt|sounded|am|'re|\u2019re|'m|\u2019m|"
    r"became|become|becomes|grew|looked|looks)\s+"
    r"(?:(?:still|very|quite|too|more|less|not|so|also|now|rather|always|never|again|\w+ly)\s+)"
    r"{0,2}\Z",
    re.IGNORECASE,
)


# Base forms that are nouns or idle as often as verbs of support: "did him a favour",
# "troops stand by to help", "stand by and watch" take no position; so "favors" with no
# object ("Lima will not be handing out favors.") is the noun.
_BASE_FORMS = frozenset({"favour", "favor", "stand by", "favours", "favors"})
_DETERMINED = re.compile(
    r"(?:\b(?:a|an|the|any|no|his|her|its|their|our|my|your|for|of|on|with)|'s|\u2019s)\s+"
    r"(?:[a-z]+\s+)?\Z",
    re.IGNORECASE,
)
# A proposal or a demand is a position on what it asks for, named right after the verb
# ("proposed a freeze", "proposes that the talks resume", "proposed joint patrols",
# "proposed to the coalition that", "demanding a cut"); not "the proposed deal", "a
# demanding task", "a plan proposed by Peru" (whose topic comes before it) or "the cut
# it had proposed earlier".
_PROPOSALS = frozenset({"proposed", "proposes", "proposing", "demanding"})
_PROPOSED_OBJECT = re.compile(
    r"\s+(?:a|an|the|that|to|its|their|his|her|our|new|joint|further|talks|[a-z]+ing)\b"
)
_IDLE_AFTER = re.compile(r"\s*(?:to|and|for|as|while|[,.;:])(?!\w)")


_LACKING = re.compile(
    r"\b(?:(?:lack|absence)\s+of\s+(?:[a-z]+\s+)?"
    # "its unwillingness to step in to support the peso": a purpose of what is refused
    # (a refusal right before the word, "its refusal to support", opposes: ``positions``)
    r"|(?:unwillingness|reluctance|refusal|failure|inability)\s+to\s+(?:[a-z]+\s+){1,3})\Z",
    re.IGNORECASE,
)
# What leans "in favour of" something without taking a side: "a bias in favour of".
_TILT = re.compile(r"\b(?:bias|tilt|skew|skewed|weighted|slanted|imbalance)\s+\Z", re.IGNORECASE)
# Participles that describe a noun after a determiner or possessive: "Soto's welcoming
# policy", "the opposing camp", "a supporting role" (not "of opposing sanctions": after a
# preposition the gerund has its object).
_ATTRIBUTIVE = frozenset({"welcoming", "opposing", "supporting"})
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our)|'s|\u2019s)\s+\Z", re.IGNORECASE
)
# ... and before a noun.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|to|of|for|and|or|in|on|at|with|it|them|him|her|its|their|his|our|"
    r"this|that|these|those)\b)[a-z]+\b"
)
# Base forms read as verbs only where they stand as one (``_BACK_SUBJECT``).
_VERB_OR_NOUN = frozenset({"back", "block", "veto"})
# What such a verb ("back", "block", "veto") follows: an auxiliary, "to" or "help", an
# adverb of degree, a pronoun, a name or a dash that closes an aside after its subject.
_BACK_SUBJECT = re.compile(
    r"(?:\b(?:will|would|could|should|can|may|might|must|to|not|also|strongly|fully|help|"
    r"firmly|unanimously|did|do|does|they|we|I|who|which|that|"
    # "refused to openly back", "would never back", "still backs"
    r"openly|publicly|formally|explicitly|officially|actively|tacitly|never|still|now)"
    r"|\b[A-Z][\w.]*|[-\u2013\u2014])"
    r"\s+\Z"
)
# "calls" as the noun, met or answered by the subject: "faces calls for", "amid calls
# for", "resisted calls for" (not "its calls for restraint": whose they are).
_CALLS_MET = re.compile(
    r"\b(?:face|faces|faced|facing|amid|despite|ignored|ignoring|ignores|resisted|"
    r"resisting|resists|rebuffed|dismissed|rejected|rejecting|heeded|heeding)\s+"
    r"(?:(?:further|growing|mounting|fresh|new|renewed|repeated|widespread)\s+)?\Z",
    re.IGNORECASE,
)
# An article or degree before "welcome": the adjective ("a welcome step").
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|most|very)\s+\Z", re.IGNORECASE)
# A welcome given as a ceremony: "an official welcome", "his ceremonial welcome at the
# palace", "a red-carpet welcome" (a reception, no position on anything; "a warm
# welcome to the plan" is one).
_CEREMONY_BEFORE = re.compile(
    r"\b(?:official|ceremonial|formal|red-carpet|lavish|grand|state|royal|"
    r"hero's|hero\u2019s|military|full)\s+\Z",
    re.IGNORECASE,
)
# "The shell slammed into a school": a blow, and "a grand slam" a title, not a rebuke.
_SLAMS = frozenset({"slam", "slammed", "slamming", "slams"})
_STRUCK = re.compile(r"\s+(?:into|onto|against|shut)\b")
# "pressed Peru to open its market", "presses Chile for talks", "pressed Lima on trade":
# a demand of someone, on what follows; "pressed an offensive", "pressed its assault on
# the town", "pressed ahead with", "pressed on" push their own course, no position.
_PRESSED = frozenset({"pressed", "presses"})
_PRESSED_FOR = re.compile(
    r"\s+(?!(?:on|ahead|home)\b|(?:an?|the|its|their)\s+(?:[a-z]+\s+)?(?:offensive|assault|"
    r"attacks?|advance|push|drive|siege|bombardment|campaign)\b)"
    r"(?:(?:[^,;.]{0,60}?\s)?(?:to|for)|(?:(?:him|her|them|[A-Z][\w.'\u2019-]*)\s+)+(?:on|over))\s"
)


# "used its veto to block the resolution": the verb after it states the same opposition,
# and its object is what is opposed.
_VETO_TO = re.compile(r"\s+to\s+")
_TOO = re.compile(r"\b(?:too|overly|unduly|excessively)\s+\Z", re.IGNORECASE)


def _asks_a_state_to(s: RuleSentence, hit: Hit) -> bool:
    """Whether "asked" at ``hit`` asks a state or body named right after it to do
    something ("asked Peru to lift the sanctions"), or every side of a quarrel ("asked
    both sides to"), in the active voice."""
    if PASSIVE_AUXILIARY.search(s.text, max(0, hit.start - 24), hit.start):
        return False
    every = EVERY_SIDE.match(s.text, hit.end)
    if every is not None:
        return s.text.startswith(" to ", every.end())
    asked = s.after(hit.end)
    if asked is None or not asked.code or s.text[hit.end : asked.start].strip() not in ("", "the"):
        return False
    return s.text.startswith(" to ", asked.end)


def _no_stance_word(s: RuleSentence, hit: Hit) -> bool:
    """Whether ``hit`` takes no position where it stands: a base form of ``_BASE_FORMS``
    as a noun (after a determiner or preposition) or with no object ("stand by to
    help"), "back" not as the verb, calls the subject faces, an adjective
    (``_adjective_use``), "slammed" as a blow, a stance word said to be lacking ("a lack
    of commitment to", "its refusal to step in to back", whose lack the sentence does
    not say), a veto used "to" do what another word of opposition says, "insisted on"
    a day, a word after "too" ("too optimistic": a fault found), "asked" of no state
    named right after it ("asked not to be named"), or a word of the
    question someone was asked ("Asked if Peru was content with ...": the answer says)."""
    if _LACKING.search(s.text, max(0, hit.start - 60), hit.start):
        return True
    if hit.phrase in ("asked", "asks") and not _asks_a_state_to(s, hit):
        return True  # "asked not to be named", "asked reporters to leave": no state asked
    if _TOO.search(s.text, max(0, hit.start - 12), hit.start):
        return True  # "forecasts were too optimistic": a fault the speaker finds, not a view
    if hit.phrase.startswith("insist") and ON_A_DATE.match(s.text, hit.end):
        # "insisted on Monday that ...": a time, not what is insisted on ("called on
        # Monday for talks" still calls for them: ``topics``)
        return True
    to = _VETO_TO.match(s.text, hit.end) if hit.phrase.endswith(" veto") else None
    if to is not None and s.has("stance.oppose", to.end(), to.end() + 20):
        return True
    if hit.phrase.startswith("in favo") and _TILT.search(s.text, max(0, hit.start - 24), hit.start):
        return True  # "a bias in favour of slow markets": a lean described, no position
    if in_question(s.text, hit):
        return True
    if s.text[hit.start].isupper() and in_a_name(s.text, hit):
        return True
    adjective = _adjective_use(s, hit)
    if adjective is not None:
        return adjective
    if hit.phrase.lower() in _VERB_OR_NOUN:
        # "will back the plan", "Chile and Peru back the rebels" (not "came back to",
        # "back down", "a stab in the back"): the verb only between a subject or an
        # auxiliary and its object.
        return not (
            _BACK_SUBJECT.search(s.text, max(0, hit.start - 30), hit.start)
            and OBJECT_OPENS.match(s.text, hit.end)
        )
    if hit.phrase.lower().startswith("calls ") and _CALLS_MET.search(
        s.text, max(0, hit.start - 40), hit.start
    ):
        return True  # "could face calls for restraint": others' calls, not its own
    if hit.phrase in _PRESSED:
        return _PRESSED_FOR.match(s.text, hit.end) is None
    if hit.phrase in _SLAMS:
        grand = s.text[max(0, hit.start - 6) : hit.start].lower() == "grand "
        return grand or _STRUCK.match(s.text, hit.end) is not None
    if hit.phrase not in _PROPOSALS and hit.phrase not in _BASE_FORMS:
        return False
    if _DETERMINED.search(s.text, max(0, hit.start - 30), hit.start):
        return True  # a noun or an adjective: "a favour", "the proposed deal"
    if hit.phrase in _BASE_FORMS:
        return _IDLE_AFTER.match(s.text, hit.end) is not None
    # "demanding" only after "is", "has been": a participle's subject is far off ("sent a
    # letter to Biden ..., demanding a ceasefire").
    unbound = hit.phrase.endswith("ing") and not PROGRESSIVE.search(
        s.text, max(0, hit.start - 24), hit.start
    )
    return unbound or _PROPOSED_OBJECT.match(s.text, hit.end) is None


def _adjective_use(s: RuleSentence, hit: Hit) -> bool | None:
    """Whether a stance word that may be an adjective is one where it stands, and so
    takes no position: "undecided" but after a copula ("undecided voters"), "welcome"
    after a copula or an article ("the offer is welcome", "a welcome step": it judges its
    noun, for whoever says it) or a word of ceremony ("an official welcome": a
    reception), "welcoming", "opposing", "supporting" between a determiner and a noun.
    ``None`` for other words, and where the use decides nothing."""
    if hit.phrase in _PREDICATIVE_ONLY:
        return _COPULA_BEFORE.search(s.text, max(0, hit.start - 40), hit.start) is None
    if hit.phrase == "welcome" and (
        _COPULA_BEFORE.search(s.text, max(0, hit.start - 40), hit.start)
        or _ARTICLE_BEFORE.search(s.text, max(0, hit.start - 16), hit.start)
        or _CEREMONY_BEFORE.search(s.text, max(0, hit.start - 16), hit.start)
    ):
        return True
    if hit.phrase in _ATTRIBUTIVE and _OWNER_BEFORE.search(
        s.text, max(0, hit.start - 8), hit.start
    ):
        return _NOUN_AFTER.match(s.text, hit.end) is not None
    return None


# Verbs that restate a position their object names: "reaffirmed the United States'
# rejection of ..." states the rejection, not support.
_RESTATING = frozenset({"reaffirm", "reaffirmed", "reaffirming", "reaffirms"})


def _restates(s: RuleSentence, hit: Hit, every: list[Hit]) -> bool:
    """Whether ``hit`` restates a position named by another trigger in its object."""
    if hit.phrase not in _RESTATING:
        return False
    return any(0 < o.start - hit.end <= 40 for o in every)


PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|by)\s+(?:[a-z]+ly\s+)?\Z")
