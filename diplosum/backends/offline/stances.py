"""Stances stated with a stance word: "Germany welcomed the deal", "rejected by China".

For each trigger of ``data/lexicon.json``'s ``stance`` lists (the position is the list's
unless what is around it turns it: ``positions``), the holder is the agent after "by" in
a passive ("was rejected by China"), else the subject of the trigger's clause ("Kenya and
Tanzania oppose ..."), else the speaker of the sentence's reporting clause ("..., said a
senior US official"). A holder takes the first position it is given in a sentence: a
later trigger is usually the object of the first ("resisting calls for stimulus"), unless
"but" contrasts them. What it is about is ``topics``'; positions said without a stance
word are ``speech.reported_stances``'.
"""

from __future__ import annotations

import re

from ...models import Goal, Stance
from .agents import NEEDS_AGENT, agents_of, along_with, document_owner, joined, named_before
from .clauses import MODALS, TO_BEFORE, in_question
from .lexicon import Hit
from .mention import ActorMention
from .no_aim import OUTCOMES
from .no_position import names_no_position, no_threat_made
from .no_speaker import others_open
from .positions import PATIENT_VERBS, Position, asked_from, position_of, received_at
from .reported import reported_of_unplaced
from .reporting import reporting_actor
from .sentence import Nearby, RuleSentence
from .speakers import quoted_speaker
from .topics import names_only_holder, received_topic, stance_topic

__all__ = ["aims_supported", "stances_in", "with_own_agent"]

_POSITIONS: tuple[Position, ...] = ("oppose", "support", "neutral")
_LISTS = {position: f"stance.{position}" for position in _POSITIONS}


# A contrast between two positions: "backed the pact but was concerned", "approved the sale
# while rejecting the request".
_BUT = re.compile(r"\b(?:but|while|whereas)\b")
# The main verb after a relative clause that held the first trigger: "Iran, which backs
# the Syrian government, | condemned the strikes".
_CLAUSE_CLOSED = re.compile(r"[^,;]*,\s+(?:\w+ly\s+|also\s+)?\Z")
# A second verb of the same subject: "rejected the charge and called for talks".
_AND_THEN = re.compile(r",?\s+and\s+(?:also\s+)?\Z")
# A relative clause with its own subject: "signed a pact in which Japan agreed to ...".
_IN_WHICH = re.compile(r"\b(?:in|under|by|through)\s+which\b|\bwhereby\b")


# Judgments said of a subject: "the plan is unacceptable" is the speaker's, not the plan's.
_JUDGMENTS = frozenset({"unacceptable", "not acceptable", "non-viable"})
# (A quotation mark may open the judgment: 'are "not acceptable"'.)
_COPULA = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains|seemed|seems)\s+(?:\w+ly\s+)?[\"\u201c']?\Z"
)
# "steps that have rendered the accord unacceptable": what is made so is judged (by the
# speaker), not by the one who made it so.
_MADE = re.compile(
    r"\b(?:make|makes|made|making|render|renders|rendered|rendering)\s+"
    r"(?:[\w'\u2019-]+\s+){1,5}?\Z"
)


_BY = re.compile(r"\s+by\s")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|got|gets)\s+"
    # past an adverb or two: "is almost entirely blamed"
    r"(?:(?:\w+ly|also|otherwise|then|now|not|never|again|almost|still|often|already|even|"
    r"long|so|too|much)\s+){0,2}\Z",
    re.IGNORECASE,
)


def with_own_agent(text: str, hit: Hit) -> bool:
    """Whether ``hit`` is a verb of taking a position with its agent after "by" ("troops
    supported by planes", "the deal, welcomed by Egypt"): that agent's position, not the
    subject's nor a speaker's."""
    return hit.phrase in PATIENT_VERBS and _BY.match(text, hit.end) is not None


def _passive(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a stance verb in the passive ("was condemned", or a
    participle with its agent: "troops supported by planes")."""
    return (
        with_own_agent(s.text, trigger)
        or (
            trigger.phrase in PATIENT_VERBS
            and _PASSIVE_BEFORE.search(s.text, max(0, trigger.start - 24), trigger.start)
            is not None
        )
        or (
            trigger.phrase == "blamed"
            and _BLAMED_ON.match(s.text, trigger.end) is not None
            and _SET_OFF.search(s.text, max(0, trigger.start - 12), trigger.start) is not None
        )
    )


# "prices, blamed partly on the reforms": what is blamed comes before; active, the verb
# names it first ("blamed the rise on").
_BLAMED_ON = re.compile(r"\s+(?:\w+ly\s+)?on\b")
# Set off after its noun by a comma, with no subject of its own ("which Washington blamed
# on Russia" is active).
_SET_OFF = re.compile(r",\s+(?:\w+ly\s+)?\Z")


# A headline's participle right after its subject: "UK urged over detention ruling",
# "Act on ruling, France told": the subject is urged (headlines put acts in the present,
# "UK urges").
_HEADLINE_SUBJECT = re.compile(r"(?:^|,\s+|\b)[A-Z][\w.'-]*\s+\Z")


def _headline_participle(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a participle right after the subject of the article's
    headline: a first line with no full stop."""
    if s.start != 0 or s.text.rstrip().endswith((".", '"', "\u201d")):
        return False
    if "\n" not in s.article[s.start + len(s.text) : s.start + len(s.text) + 2]:
        return False
    return trigger.phrase.endswith("ed") and bool(
        _HEADLINE_SUBJECT.search(s.text, max(0, trigger.start - 30), trigger.start)
    )


def _inside(hit: Hit, other: Hit) -> bool:
    """Whether ``hit`` lies within the longer ``other``."""
    return (
        other.start <= hit.start
        and hit.end <= other.end
        and other.end - other.start > (hit.end - hit.start)
    )


def _stance_triggers(s: RuleSentence) -> dict[Position, list[Hit]]:
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


# Base forms that are nouns or idle as often as verbs of support: "did him a favour",
# "troops stand by to help", "stand by and watch" take no position.
_BASE_FORMS = frozenset({"favour", "favor", "stand by"})
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


_LACKING = re.compile(r"\b(?:lack|absence)\s+of\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)
# "The shell slammed into a school": a blow, and "a grand slam" a title, not a rebuke.
_SLAMS = frozenset({"slam", "slammed", "slamming", "slams"})
_STRUCK = re.compile(r"\s+(?:into|onto|against|shut)\b")


# A capitalised word after another, or before one: "the Union of Concerned Scientists".
# (Not after "U.S.", which old wires capitalise the next word after, nor a dateline's
# capitals: "LONDON Support for ...".)
_NAME_BEFORE = re.compile(r"[A-Z][a-z][\w'\u2019-]*\s+(?:of\s+|for\s+|on\s+)?\Z")
_NAME_AFTER = re.compile(r"\S*\s+[A-Z]")
_CAPITALISED = re.compile(r"\b[A-Z]")


def _in_a_name(text: str, hit: Hit) -> bool:
    """Whether capitalised ``hit`` is a word of a name in running text, not a sentence's
    first word nor one of a headline's (most of whose words are capitalised)."""
    if not text[: hit.start].strip(" \"'\u201c\u2018(") or text.isupper():
        return False
    named = _NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start) or _NAME_AFTER.match(
        text, hit.end
    )
    return named is not None and len(_CAPITALISED.findall(text)) * 2 < len(text.split())


def _no_stance_word(s: RuleSentence, hit: Hit) -> bool:
    """Whether ``hit`` takes no position where it stands: a base form of ``_BASE_FORMS``
    as a noun (after a determiner or preposition) or with no object ("stand by to
    help"), "slammed" as a blow, a stance noun said to be lacking ("a lack of
    commitment to", whose lack the sentence does not say), or a word of the question
    someone was asked ("Asked if he was satisfied with ...": the answer says)."""
    if _LACKING.search(s.text, max(0, hit.start - 30), hit.start):
        return True
    if in_question(s.text, hit):
        return True
    if s.text[hit.start].isupper() and _in_a_name(s.text, hit):
        return True
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
    unbound = hit.phrase.endswith("ing") and not _PROGRESSIVE.search(
        s.text, max(0, hit.start - 24), hit.start
    )
    return unbound or _PROPOSED_OBJECT.match(s.text, hit.end) is None


# Verbs that restate a position their object names: "reaffirmed the United States'
# rejection of ..." states the rejection, not support.
_RESTATING = frozenset({"reaffirm", "reaffirmed", "reaffirming", "reaffirms"})


def _restates(s: RuleSentence, hit: Hit, every: list[Hit]) -> bool:
    """Whether ``hit`` restates a position named by another trigger in its object."""
    if hit.phrase not in _RESTATING:
        return False
    return any(0 < o.start - hit.end <= 40 for o in every)


# Stance nouns that need a holder named with them, unless they stand as a verb ("to anger
# China" is to make it angry, no stance).
_NOUN_OR_VERB = frozenset({"protest", "rebuke"})


def _a_verb(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a stance noun that is a verb too stands as a verb after "to" ("summoned
    the envoy to protest the shelling") or, an "-ing" form, after "is" or "by", whose
    subject is the clause's."""
    if trigger.phrase.endswith("ing"):
        # "Peru is backing the accord", "angered Chile by backing it"; not "with US backing".
        return _PROGRESSIVE.search(s.text, max(0, trigger.start - 24), trigger.start) is not None
    return (
        trigger.phrase in _NOUN_OR_VERB
        and TO_BEFORE.search(s.text, max(0, trigger.start - 4), trigger.start) is not None
    )


def _next(triggers: list[tuple[Hit, Position]], at: int, s: RuleSentence) -> int:
    """Where the first trigger past the one at ``at`` starts, else the sentence's end."""
    end = triggers[at][0].end
    return next((hit.start for hit, _ in triggers[at + 1 :] if hit.start >= end), len(s.text))


_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|by)\s+(?:[a-z]+ly\s+)?\Z")
# Unnamed others as the subject: "several nations criticised", "many states have backed".
_OTHERS = re.compile(
    r"\b(?:several|many|some|other|few|numerous|various|most)\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+"
    r"(?:\w+ly\s+|also\s+|have\s+|had\s+|has\s+)?\Z",
    re.IGNORECASE,
)

# A position someone else says a third party must take: "Chile said Peru must respect the
# deal", "Lima should show its commitment to ..., he said" (not "we must support", the
# speaker's own).
_MUST = re.compile(
    rf"(?<![Ww]e\s)(?<!\bI\s)\b{MODALS}\s+"
    r"(?:[\"'\u201c]?[a-z]+\s+){0,3}[\"'\u201c]?(?:[a-z]+\s+)?\Z"
)


# A verb in the infinitive or after a modal (a few words before the trigger: "to
# underscore a commitment to"), and another listed after its object: "is expected to back
# the plan, condemn the attack and ...".
_TO_OR_MODAL = re.compile(
    r"\b(?:to|will|would|shall|can|could|may|might|must|should)\s+(?:[\w'\u2019-]+\s+){0,3}\Z"
)
_LISTED = re.compile(r"[^;:.]*,\s+\Z")


def _listed_verb(s: RuleSentence, first: Hit, trigger: Hit) -> bool:
    """Whether ``trigger`` is a verb listed after ``first`` and its object, of the same
    subject: both bare verbs, the second right after a comma."""
    return (
        _TO_OR_MODAL.search(s.text, max(0, first.start - 30), first.start) is not None
        and _LISTED.match(s.text, first.end, trigger.start) is not None
        and trigger.phrase not in NEEDS_AGENT
        and not trigger.phrase.endswith(("ed", "ing", "s"))
    )


def _demanded(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is what a reporting speaker says its subject must do."""
    window = max(0, trigger.start - 50)
    return _MUST.search(s.text, window, trigger.start) is not None and s.has("reporting")


def stances_in(s: RuleSentence, nearby: Nearby) -> list[Stance]:
    """Each holder's position in ``s``, from the first stance trigger it holds (a later
    one is usually the object of the first: "resisting calls for stimulus")."""
    found: list[Stance] = []
    if not s.has("stance.any"):
        return found
    triggers = sorted(
        ((hit, position) for position, hits in _stance_triggers(s).items() for hit in hits),
        key=lambda pair: pair[0].start,
    )
    held: dict[str | None, int] = {}  # each holder's code, and where its stance's trigger ended
    last: tuple[Hit, list[ActorMention]] | None = None  # the last trigger held, and by whom
    for at, (trigger, listed) in enumerate(triggers):
        if names_no_position(s, trigger):
            continue
        asked = asked_from(s, trigger)
        position = position_of(s, trigger, listed, asked)
        if position is None:
            continue
        agents = agents_of(s, trigger)
        if no_threat_made(s, trigger, agents):
            continue
        named = named_before(s, trigger)
        if not agents and not named:
            owners = document_owner(s, trigger)
            if owners == []:
                continue  # "a US court order blocking the sale": a ruling, no position
            named = owners or []  # "ignored a UN resolution condemning": the UN's
        received = received_at(s, trigger)
        if not agents and (
            received is not None
            or (not named and trigger.phrase in NEEDS_AGENT and not _a_verb(s, trigger))
        ):
            continue  # "the opposition", "faced criticism" with nobody's name: no stance
        # "Peru's plan was unacceptable", and "Iran was condemned for the attack" (by
        # someone unnamed): the subject is what is judged; the judge, if anyone, speaks.
        judged = trigger.phrase in _JUDGMENTS and (
            _COPULA.search(s.text, max(0, trigger.start - 24), trigger.start) is not None
            or _MADE.search(s.text, max(0, trigger.start - 60), trigger.start) is not None
        )
        passive = not agents and (_passive(s, trigger) or _headline_participle(s, trigger))
        if passive and with_own_agent(s.text, trigger):
            continue  # "troops supported by planes": its agent is named, and no actor
        subject = [] if judged or passive else s.holders(trigger.start, within_clause=True)
        if subject and reported_of_unplaced(s, trigger.start):
            continue  # "Russia said Gazprom had signed a deal": the company's act
        if subject and _demanded(s, trigger):
            subject = []  # "Chile said Peru must respect the deal": Chile's demand
        holders = (
            agents
            or named
            or (
                subject
                and subject
                + along_with(s, trigger.end, _next(triggers, at, s))
                + joined(s, trigger)
            )
        )
        if not holders and _OTHERS.search(s.text, max(0, trigger.start - 50), trigger.start):
            continue  # "several nations criticised it, and X said ...": unnamed others'
        if not holders and others_open(s, trigger.start):
            # "Investors are concerned about ...", "A Canadian who criticized the
            # government ...": theirs, no speaker's
            continue
        if not holders:
            # "..., said a senior US official": the speaker holds it; in a quotation, the
            # speaker its neighbour names ('"We reject this. ..." the president said').
            # "..., and said they would oppose": the pronoun's referents come first.
            # ("She has been accused of ...": the pronoun is the one accused, no holder)
            referents = [] if passive else s.referents(trigger.start)
            reporter = None if referents else reporting_actor(s) or quoted_speaker(s, nearby)
            holders = [reporter] if reporter else referents
        if not holders and last is not None and _listed_verb(s, last[0], trigger):
            holders = last[1]  # "will back the plan, condemn the attack": the same subject
        # A later trigger is the object of an earlier one, unless "but" contrasts them
        # ("backed the pact but was concerned about a ban").
        holders = [
            h
            for h in holders
            if h.code not in held
            or _BUT.search(s.text, held[h.code], trigger.start)
            or _AND_THEN.search(s.text, held[h.code], trigger.start)
            or _IN_WHICH.search(s.text, held[h.code], trigger.start)
            or _CLAUSE_CLOSED.match(s.text, held[h.code], trigger.start)
        ]
        topic = (
            received is not None and received_topic(s, received, agents[-1].end)
        ) or stance_topic(
            s,
            trigger,
            judged=judged or passive,
            with_agents=bool(agents),
            # A noun whose holder is named before it ("Australia's objection to the
            # plan was noted") is in the subject: its topic ends at the sentence's verb.
            asked=asked if asked != trigger.end or named else None,
        )
        if topic is None:
            continue
        # "Peru's minister of mines, Juan Perez, has yet to reply ...": no position on itself.
        holders = [h for h in holders if not names_only_holder(s, topic, h.code)]
        if not holders:
            continue
        held.update((h.code, trigger.end) for h in holders)
        last = trigger, holders
        found += [
            Stance(actor=h.actor, topic=topic, position=position, evidence=s.evidence())
            for h in holders
        ]
    return found


# An outcome's word used as a verb: "ready to deal with all threats" aims at no deal (but
# "to strike a deal with Russia" does).
_AS_A_VERB = re.compile(r"(?:^|\bto\s+)deal\s+with\b")
_WORD = re.compile(r"[a-z]+")
# An aim to leave or stop the outcome is no support for it: "plans to leave ICO talks",
# "to break off negotiations", "to boycott the summit".
_LEAVING = re.compile(
    r"(?:leave|leaving|quit|quitting|abandon|boycott|boycotting|walk\s+out|pull\s+out|"
    r"withdraw|withdrawing|exit|end|ending|suspend|suspending|halt|halting|scrap|"
    r"break\s+off|stop|stopping|cancel|cancelling|block|blocking|derail|torpedo|sabotage)\b",
    re.IGNORECASE,
)


def aims_supported(goals: list[Goal], taken: set[str | None]) -> list[Stance]:
    """A goal aimed at an outcome of diplomacy ("a peaceful settlement", "closer ties") is
    its holder's support for that outcome, as the annotation guide codes a position; one
    for each holder with no stance from the sentence yet (``taken``)."""
    return [
        Stance(actor=g.actor, topic=g.statement, position="support", evidence=g.evidence)
        for g in goals
        if g.actor.country not in taken
        and not OUTCOMES.isdisjoint(_WORD.findall(_AS_A_VERB.sub("", g.statement.lower())))
        and not _leaves_outcome(g.statement)
    ]


def _leaves_outcome(statement: str) -> bool:
    """Whether an aim leaves or stops the outcome it names, its object within three
    words: "leave ICO talks Tuesday", "break off the talks" (not "end the shelling
    and revive the negotiations": what it ends is no outcome)."""
    leaving = _LEAVING.match(statement)
    if leaving is None:
        return False
    words = _WORD.findall(statement[leaving.end() :].lower())[:4]
    return not OUTCOMES.isdisjoint(words)
