"""Who holds a stance besides the subject of its clause.

The agent after "by" or "from" ("welcomed by Egypt", "condemnation from France"; not
"abstained from the vote"), or after "of" ("won the backing of Germany"); the body or
state named right before a stance noun ("an EU demand", "Australia's objection"). Those
the holder acts with ("along with Britain", "joined France in condemning") are
``acting_with``'s; ``stances`` decides which to use.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .agent_words import NOT_AGENTS
from .appeals import asked_for
from .charges import charged_by
from .clauses import OBJECT_OPENS
from .lexicon import Hit, lexicon
from .places import ABOUT, CAME
from .sentence import RuleSentence

__all__ = [
    "HELD_AFTER_OF",
    "NEEDS_AGENT",
    "STANCE_NOUNS",
    "THREAT_NOUNS",
    "agents_of",
    "document_owner",
    "feeling_of_named",
    "named_before",
    "owned_by_unplaced",
    "reaction_about",
]

#: Stance words that hold no position without an agent named ("the opposition", "concern").
NEEDS_AGENT = lexicon().phrases["stance.needs_agent"]
#: Nouns of threatening: a position only as the act of an agent named after them
#: ("threats from Chile to impose new duties"), else a danger ("threats from Peru").
THREAT_NOUNS = frozenset({"threat", "threats", "warning"})
# Stance words that are nouns as well as those of needs_agent: "an EU demand".
STANCE_NOUNS = frozenset({"demand", "demands", "criticism", "support", "warning", "warnings"})


# A trigger's agent after it: "was welcomed by Egypt", "condemnation from France",
# "concerns raised by Israel", "protests also came from Peru".
# (Past a second participle of the same passive: "encouraged and sponsored by Castro".)
_AGENT = re.compile(
    # ("agreed to by", "objected to by": a prepositional verb's particle)
    r"\s+(?:and\s+[a-z]+(?:ed|en)\s+(?=by\s))?(?:(?:to|on|upon)\s+(?=by\s))?"
    r"(?:(?:raised|voiced|expressed|lodged|made|issued|aired)\s+)?(?:by|from)\s+"
    rf"|{CAME}\s+from\s+"
)
# "objections to the tax from Portugal", "criticism of Tokyo's policy from Chile": a
# reaction noun names what it is about first, then whose it is.
_REACTIONS = frozenset(
    {"objection", "objections", "opposition", "criticism", "condemnation", "protest"}
    | {"protests", "complaint", "complaints", "support", "backing", "praise"}
)
_ABOUT_THEN_FROM = re.compile(rf"{ABOUT}(?:{CAME})?\s+from\s+")
# A noun in small letters opening the phrase after "by" or "from": whose it is.
_HEAD_NOUN = re.compile(r"(?:(?:some|many|several|other|the|a|an)\s+)?([a-z]+)\b")
# Money or means after "by": "financed by the reserves of", "supported by loans from".
_MEANS = re.compile(
    r"(?:(?:the|its|their|[a-z]+)\s+)?(?:reserves|funds|funding|money|loans|credits?|"
    r"guarantees?|collateral|assets|cash|capital|financing|bonds|securities|deposits)\b"
)
# What ends the phrase after "by" before an actor is reached: a clause break, a verb.
_PAST_PHRASE = re.compile(
    r"[,;:]|\b(?:is|are|was|were|has|have|had|will|would|despite|amid|after|before|because|"
    r"although|though|while|but)\b"
)
# Words that end one phrase and start another: the actor after them is another's
# ("demands from Germany for Turkey to release ...": Germany's demand, not Turkey's).
_JOINS = frozenset({"and", "or", "but", "by", "from"})
_PREPOSITIONS = frozenset({"for", "to", "on", "against", "over", "with", "about", "in", "at"})
_INCLUDING = re.compile(r"\b(?:including|such as|among them)\s+")
# States unnamed heading a list of agents, the rest named: "by European allies, Peru and".
_UNNAMED_FIRST = re.compile(
    r"(?:(?:the|its|their|other|[A-Z][a-z]+|[a-z]+)\s+){0,2}(?:allies|partners|countries|"
    r"nations|states|governments|powers|neighbours|neighbors),\s+(?=(?:the\s+)?[A-Z])"
    # "from Andean, Asian and Arab states as well as Peru and Bolivia": kinds of states
    # listed, then those named
    r"|(?:[A-Z][a-z]+,?\s+(?:and\s+|or\s+)?){1,4}(?:countries|nations|states|governments)"
    r"\s+(?:as\s+well\s+as|and|along\s+with)\s+(?=(?:the\s+)?[A-Z])"
)


# "won the backing of Germany": support whose holder follows "of".
HELD_AFTER_OF = ("won the", "has the", "enjoys the", "gained the", "secured the")
_OF = re.compile(r"\s+of\s+")


# Verbs whose "from" names what is kept away from, not an agent: "abstained from the vote
# at the United Nations".
_FROM_OBJECT = ("abstain", "refrain", "withdr", "distanc", "retreat", "recus")


# A feeling whose "by" names its cause, not who holds it.
_FEELINGS = (
    *("concerned", "disturbed", "worried", "alarmed", "dismayed", "disappointed"),
    *("unconvinced", "convinced", "outraged", "angered", "upset", "displeased", "troubled"),
)


# "pro-" or "anti-" before a state's name or adjective: those for or against it.
_FOR_OR_AGAINST = re.compile(r"(?:pro|anti)-\Z", re.IGNORECASE)


def agents_of(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The actors after "by" or "from" right after a trigger, with those listed with them
    ("welcomed by Egypt and Jordan", "concern from states such as Peru, Chile and
    Bolivia"); of one phrase with several ("blocked by Pyongyang's main ally China"), its
    head, the last."""
    offset = trigger.end
    by = (_OF if trigger.phrase.startswith(HELD_AFTER_OF) else _AGENT).match(s.text, offset)
    if by is None:
        by = charged_by(s, trigger)  # "was accused of espionage by Peru"
    if by is None:
        by = reaction_about(s, trigger)
    if by is not None and trigger.phrase.startswith(_FROM_OBJECT) and "from" in by.group():
        return []
    if by is not None and trigger.phrase.endswith(_FEELINGS):
        return []  # "Peru was concerned by Chile's decision": the cause, Peru feels it
    if by is not None and "from" in by.group() and asked_for(s, trigger):
        return []  # "asked for support from Peru": the one asked, whose support it is not
    if by is None:
        return []
    start = by.end()
    # "by European partners including Poland and Estonia": the members.
    including = _INCLUDING.search(s.text, start, start + 60)
    head = _HEAD_NOUN.match(s.text, start)
    if including is None and head is not None and head.group(1) in NOT_AGENTS:
        # "objections from people close to the administration": theirs, no state's (but
        # "from other exporters, such as Peru": the states named are those exporters)
        return []
    if _MEANS.match(s.text, start):
        return []  # "a fund guaranteed by cash reserves of the IMF": money, no position
    if including is not None:
        start = including.end()
    unnamed = _UNNAMED_FIRST.match(s.text, start)
    if unnamed is not None:
        start = unnamed.end()  # "resisted by Western powers, Peru and Chile": those named
    window = start + 60
    named = [a for a in s.actors if a.start >= start and a.end <= window and a.code]
    if named and _FOR_OR_AGAINST.search(s.text, max(0, named[0].start - 5), named[0].start):
        return []  # "criticized by pro-Palestinian voices for ... of Palestinian heritage"
    candidates = [a for a in named if s.is_agent(a)]
    # The agent opens the phrase after "by": not "backed by the army, was rejected by Peru".
    if not candidates or _PAST_PHRASE.search(s.text, start, candidates[0].start):
        return []
    listed = s.listed_from(candidates[0])
    if len(listed) > 1:
        return listed
    # "Pyongyang's main ally China": a few words of one noun phrase end in its head; not
    # "a protest from Tokyo and may deepen anger at the U.S. bases there".
    first, last = candidates[0], candidates[-1]
    between = s.text[first.end : last.start]
    words = between.split()
    # Not "welcomed by Germany and criticised by Poland": two agents of two triggers.
    one_phrase = (
        "," not in between
        and len(words) <= 3
        and _JOINS.isdisjoint(words)
        and _PREPOSITIONS.isdisjoint(words)
    )
    # "backed by the North's main diplomatic ally, China": the one the phrase names after
    # its comma.
    if _POSSESSOR_THEN_NAME.fullmatch(between) and len(candidates) > 1:
        return [candidates[1]]
    return [last] if one_phrase else [first]


_POSSESSOR_THEN_NAME = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+")


def reaction_about(s: RuleSentence, trigger: Hit) -> re.Match[str] | None:
    """What a reaction noun is about before "from" and its holder ("objections | to the
    tax | from Portugal"), when no verb comes between."""
    if trigger.phrase not in _REACTIONS or s.text.endswith(" in ", 0, trigger.start):
        return None  # "in opposition to a bid from ...": the subject's, and the bid is from
    about = _ABOUT_THEN_FROM.match(s.text, trigger.end)
    if about is None or _PAST_PHRASE.search(about.group("about")):
        return None
    return about


# Those for or against something, as many: "critics of", "backers of" (with no one named,
# unnamed people: "critics of the plan say").
_PARTISANS = frozenset({"critics of", "backers of", "proponents of", "advocates of"})
# The copula making its subject one of them: "is among the", "have been the staunchest".
_ONE_OF_THEM = re.compile(
    r"\s+(?:is|are|was|were|remains?|remained|(?:has|have|had)\s+been)\s+(?:among\s+|one\s+of\s+)?"
    r"(?:the\s+|its\s+|their\s+)?(?:most\s+)?(?:[\w-]+\s+)?\Z"
)
# Between the subject and its copula: its own government at most ("Peru and its ruling
# party have been").
_SUBJECT_GAP = re.compile(r"(?:\s+and\s+(?:the|its|his|her)\s+(?:[\w-]+\s+)?government)?")


def _one_of_them(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The subject a copula makes one of the critics or backers before ``trigger``
    ("Britain is among the critics of", "Peru and its ruling party have been the firmest
    backers of")."""
    copula = _ONE_OF_THEM.search(s.text, max(0, trigger.start - 60), trigger.start)
    if copula is None:
        return []
    subject = next(
        (
            a
            for a in reversed(s.actors)
            if a.code
            and a.end <= copula.start()
            and _SUBJECT_GAP.fullmatch(s.text, a.end, copula.start())
        ),
        None,
    )
    return [] if subject is None else s.listed_before(subject)


def named_before(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The body or state named right before a stance noun: "an EU demand", "a NATO
    warning", "Australia's objection", "U.S. complaints" (an adjective right before it
    names whose it is); the subject a copula makes one of "critics of" or "backers of"."""
    if trigger.phrase in _PARTISANS and (subject := _one_of_them(s, trigger)):
        return subject
    if trigger.phrase not in NEEDS_AGENT and trigger.phrase not in STANCE_NOUNS:
        return []
    before = [a for a in s.actors if a.end <= trigger.start and a.code]
    # "Australia's objection to the plan": whose objection, with a word or two between.
    gap = s.text[before[-1].end : trigger.start] if before else ""
    if (
        before
        and before[-1].kind in ("igo", "name", "seat")
        and (not gap.strip() or _POSSESSIVE_GAP.fullmatch(gap))
        and not _verb_of_listed(s, before, trigger)
    ):
        return before[-1:]
    if (
        before
        and before[-1].kind == "adjective"
        and gap == " "
        and s.is_agent(before[-1])
        # "the Syrian opposition", "a U.S. appeals court": a party and a court
        and trigger.phrase != "opposition"
        and not s.text.startswith(" court", trigger.end)
        # "with US backing, took the town": how others acted, no stated position
        and not s.text.endswith("with ", 0, before[-1].start)
    ):
        return s.listed_before(before[-1], before)  # "U.S. complaints about", "EU objections"
    return []


# Set off by a comma right after the agent of a passive, a participle of feeling
# (``_FEELINGS``) describes that agent ("the ships were seized by Peru, angered at
# Chile's new base": Peru's). After an object it may be the subject's ("Peru met Chile,
# worried about the drought"), which the subject's reading gives.
_SET_OFF = re.compile(r",\s+(?:\w+ly\s+)?\Z")


def feeling_of_named(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The agent after "by" that a participle of feeling set off by a comma right after
    it describes, with those listed with it; none for other words and places."""
    if trigger.phrase.split()[0].lower() not in _FEELINGS:
        return []
    comma = _SET_OFF.search(s.text, max(0, trigger.start - 16), trigger.start)
    if comma is None:
        return []
    named = s.before(trigger.start)
    if named is None or named.end != comma.start() or not named.code or not s.is_agent(named):
        return []
    listed = s.listed_before(named)
    return listed if s.text.endswith(" by ", 0, listed[0].start) else []


def _verb_of_listed(s: RuleSentence, before: list[ActorMention], trigger: Hit) -> bool:
    """Whether a bare stance word after names listed with "and" is their verb, with its
    object after it ("Russia and Iran support the government"), not a noun one of them
    owns ("Russia and Iran support for the rebels")."""
    return (
        trigger.phrase in _BARE_VERBS
        and len(s.listed_before(before[-1], before)) > 1
        and OBJECT_OPENS.match(s.text, trigger.end) is not None
    )


# The stance nouns that are also a plural subject's verb: "Peru and Chile demand".
_BARE_VERBS = frozenset({"support", "demand"})


# A text or an act that a participle right after it describes, perhaps with when it came:
# "a UN resolution condemning", "a Chilean court ruling on Monday blocking".
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:resolution|order|ruling|law|decree|bill|motion|statement|declaration|"
    r"communiqu\S|amendment)s?\s+(?:(?:last|this|next)\s+(?:week|month|year)\s+|"
    r"(?:on|last)\s+[A-Z][a-z]+day\s+)?\Z"
)
# Between a document's owner and the document: "UN", "Japan's", "U.N. Security Council".
_OWNER_GAP = re.compile(r"(?:'s|\u2019s)?(?:\s+[A-Z][\w.]*){0,2}\s+|\s+court\s+")
_COURT = re.compile(r"\bcourts?\s+[a-z]+s?\s+(?:\S+\s+){0,3}\Z", re.IGNORECASE)


def document_owner(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """Who holds a participle that describes a text or an act named right before it
    ("ignored a UN resolution condemning the annexation": the UN's, not the subject's): the
    owner named before the noun, none for a court's ("a US court order blocking the sale",
    a ruling, no position), and ``None`` (the clause's subject) when no owner is named
    ("Peru issued a statement condemning ...")."""
    if not trigger.phrase.endswith("ing"):
        return None
    document = _DOCUMENT_BEFORE.search(s.text, max(0, trigger.start - 60), trigger.start)
    if document is None:
        return None
    if _COURT.search(s.text, max(0, document.start() - 8), document.end()):
        return []
    owners = [
        a
        for a in s.actors
        if a.code
        and a.end <= document.start()
        and _OWNER_GAP.fullmatch(s.text, a.end, document.start())
    ]
    return owners[-1:] or None


_POSSESSIVE_GAP = re.compile(
    r"(?:'s|\u2019s|'|\u2019)\s+(?:(?:strong|fierce|growing|firm|angry)\s+)?"  # "States'"
)


# A name's possessive right before a stance noun: "Vega's criticism", "Soto's fresh demand".
_OWNER = re.compile(r"\b([A-Z][\w-]+)['\u2019]s\s+(?:[a-z]+\s+)?\Z")


def owned_by_unplaced(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a stance noun is owned by a name no rule places ("did not respond to
    Vega's criticism"): the owner's position, no state's, not the clause subject's."""
    if trigger.phrase not in STANCE_NOUNS and trigger.phrase not in NEEDS_AGENT:
        return False
    owner = _OWNER.search(s.text, max(0, trigger.start - 40), trigger.start)
    return owner is not None and not s.names_actor(*owner.span(1))
