"""The targets of a sanction whose imposers are named (``sanctions``), and a sanction
for each imposer and target.

A target is named in the measure ("froze Bolivian officials' assets"), right
before it ("Iran sanctions", "the Chilean embargo"), in its object ("expelled two Saudi
diplomats"), after its own preposition ("retaliate against"), after "on", "against" or
"from" with those listed with it, as the one it punishes ("to punish North Korea"), or
as the one that lives under it or defies it (``defied_measures``).
With none named, it falls on the state the article is most about besides the imposer;
"the embargo" with none named refers back to one already reported.
"""

from __future__ import annotations

import re

from ...models import Actor, Sanction
from .actors import ActorMention
from .adjective_targets import adjacent_target, adjective_target
from .clauses import SANCTION_TARGET, ends_with_word
from .defied_measures import defier, provoked_by, under_it, under_them
from .imposer_words import BY_ITS_VERB, IMPOSER_GAP
from .imposers import coordinated_after
from .lexicon import Hit
from .measure_objects import ONLY_WITH_TARGET, TARGET_IN_OBJECT, object_target
from .measures import named_within
from .sanction_status import sanction_status
from .sentence import RuleSentence
from .trade_policy import trade_policy

__all__ = ["imposed_by", "state_right_after"]


def imposed_by(
    s: RuleSentence,
    trigger: Hit,
    stopped: bool,
    imposers: list[ActorMention],
    main_other: dict[str, Actor],
) -> list[Sanction]:
    """The sanctions of ``trigger`` that ``imposers`` (named before it, or after "imposed
    by") impose, on the targets the sentence names, or on the state the article is most
    about besides the imposer."""
    targets = _targets(s, trigger, stopped, imposers)
    if targets is None:
        return []
    parties = _by_position(s, trigger, imposers, targets)
    if parties is None:
        return []
    imposers, targets = parties
    if not targets and _ON_ALL_FOREIGN.match(s.text, trigger.end):
        return []  # "eased curbs on investment by foreign banks": on no one state
    if _ENFORCED.search(s.text, max(0, trigger.start - 60), trigger.start):
        main_other = {}  # "says it strictly implements the U.N. measures": on whom, unsaid
    return _each_pair(s, trigger, imposers, targets, main_other)


# A measure another state enforces or complies with: its subject is no target, and the
# target, if not named, is not the article's other state.
_ENFORCED = re.compile(
    r"\b(?:enforc(?:e|es|ed|ing)|implement(?:s|ed|ing)?|compl(?:y|ies|ied|ying)\s+with|"
    r"abid(?:e|es|ed|ing)\s+by)\s+(?:[\w.'\u2019-]+\s+){0,4}\Z"
)


def _targets(
    s: RuleSentence, trigger: Hit, stopped: bool, imposers: list[ActorMention]
) -> list[ActorMention] | None:
    """The targets the sentence names for ``trigger``: in the measure or its object, right
    before it, after its preposition, or those it punishes; ``None`` where a measure
    that needs a target names none, or names many states ("countries that ...")."""
    imposer = imposers[0]
    # A measure whose object names a state targets it, whatever follows ("blacklisted
    # Chinese firms for helping North Korea"); other measures name theirs after "on".
    in_object = trigger.phrase in TARGET_IN_OBJECT or stopped
    # "froze the U.S. assets of Venezuelan officials": the imposer's own name in the
    # measure is where the things are, not whose.
    within = named_within(s, trigger) if stopped else []
    targets = [t for t in within if t.code not in {i.code for i in imposers}]
    named_before = adjacent_target(s, trigger, imposer) or adjective_target(s, trigger)
    if named_before is imposer:
        named_before = None
    targets = targets or ([named_before] if named_before is not None else [])
    targets = targets or (object_target(s, trigger) if in_object else [])
    if not targets and trigger.phrase.endswith(_OWN_PREPOSITION):
        # "retaliate against U.S. curbs on EC pasta": the state right after the trigger's
        # own preposition, not one after a later "on"
        right_after = state_right_after(s, trigger)
        targets = [right_after] if right_after is not None else []
    if not targets and trigger.phrase in ONLY_WITH_TARGET:
        return None  # "banned protests": a ban on no state
    if not targets:
        targets = under_them(s, trigger, imposers)
    if not targets:
        found = _after_preposition(s, trigger, stopped, imposers)
        if found is None:
            return None
        targets = (
            found
            or _punished(s, trigger)
            or defier(s, trigger, imposers)
            or under_it(s, trigger, imposers)
            or provoked_by(s, trigger, imposers)
        )
    if not targets and stopped:
        return None  # "suspended aid": to whom, the sentence does not say
    if not targets and trigger.phrase in _PUNISH_VERBS and _LOWER_OBJECT.match(s.text, trigger.end):
        return None  # "punish soldiers who use phones": whom it punishes is no state
    if targets and all(_AN_EVENT.match(s.text, t.end) for t in targets):
        return None  # "a boycott of the Moscow Olympics": where an event is held
    return targets


# Verbs whose direct object is the one punished: a state after a later "on" is no target,
# nor, when the object is no state, the state the article is most about.
_PUNISH_VERBS = frozenset({"punish", "punished", "punishing", "punishes"})
_LOWER_OBJECT = re.compile(r"\s+(?:(?:the|its|their|those|any)\s+)?[a-z]")


def _after_preposition(
    s: RuleSentence, trigger: Hit, stopped: bool, imposers: list[ActorMention]
) -> list[ActorMention] | None:
    """The states listed right after the preposition that names a measure's target ("on",
    "against"; "from" for what is stopped or imported); ``None`` for many states."""
    # "halted imports from Iran": what is stopped may come from the target too.
    # "banned imports of coal from North Korea": imports come from the target.
    after = _STOPPED_TARGET if stopped or "import" in trigger.phrase else SANCTION_TARGET
    preposition = after.search(s.text, trigger.end, trigger.end + 40)
    if preposition is not None and _CLAUSE_BREAK.search(s.text, trigger.end, preposition.start()):
        # "the Chilean embargo, which also bars Peruvian wine sales on ships": "on"
        # belongs to another noun.
        preposition = None
    if preposition is None and imposers[0].start > trigger.end:
        # "curbs imposed by the OAS against Peru" (not "... by the OAS so as to back
        # Chile")
        preposition = _AGAINST.search(s.text, imposers[-1].end, imposers[-1].end + 40)
    if preposition is None:
        return []
    if trigger.phrase in _PUNISH_VERBS and s.text[trigger.end : preposition.start()].strip():
        return []  # "punish soldiers who use phones on Peru soil": the object is whom
    if _MANY_STATES.match(s.text, preposition.end()):
        return None  # "banned imports from countries that sanctioned it": no one state
    targets = coordinated_after(s, preposition.end())
    if targets and not _near(s.text, preposition.end(), targets[0].start):
        return []  # "bans on Monday, after talks between Lima and Santiago"
    # "sanctions on the junta by Chile": the one named after "by" imposes them.
    return [t for t in targets if all(t.start != i.start for i in imposers)]


def _by_position(
    s: RuleSentence, trigger: Hit, imposers: list[ActorMention], targets: list[ActorMention]
) -> tuple[list[ActorMention], list[ActorMention]] | None:
    """The imposers and targets, read again by where the first imposer stands: a state's
    name right before the noun is its target ("Iran sanctions"); "the embargo" with no
    target named refers back to one already reported (``None``: no new sanction)."""
    imposer = imposers[0]
    # Unless its imposer is named right there ("Chile's arms embargo") or
    # its target is ("extended the arms embargo on Libya", "the expulsion of 23 Russian
    # diplomats").
    # (An imposer after the measure, "sanctions imposed by Chile", is never next to it.)
    adjacent = imposer.end <= trigger.start and not s.text[imposer.end : trigger.start].strip(
        " '\u2019s"
    )
    if (
        ends_with_word(s.text, trigger.start, ("the",))
        and not adjacent
        and imposer.start < trigger.start
        and not targets
    ):
        return None
    # An adjective or possessive right before the noun is the imposer ("U.S. sanctions").
    if (
        adjacent
        # (a capital too, as a place: "the Berlin blockade"; not "Washington's sanctions")
        and (
            imposer.kind == "name"
            or (imposer.kind == "seat" and s.text[imposer.end : trigger.start].isspace())
        )
        and not targets
        and not BY_ITS_VERB.match(trigger.phrase)
    ):
        earlier = s.before(imposer.start)
        if earlier is not None and IMPOSER_GAP.fullmatch(s.text, earlier.end, imposer.start):
            # "Chile lifted Peru's arms embargo": on the one named there
            return [earlier], [imposer]
        if s.text[imposer.end : trigger.start].strip():
            # "Peru condemned Chile's sanctions", "Chile's sanctions remain": a possessive
            # no imposer precedes owns them, as "Chile's new sanctions" does
            return imposers, targets
        return None
    return imposers, targets


def _each_pair(
    s: RuleSentence,
    trigger: Hit,
    imposers: list[ActorMention],
    targets: list[ActorMention],
    main_other: dict[str, Actor],
) -> list[Sanction]:
    """A sanction by each imposer on each target that is not one of the imposers; with no
    target named, on the state the article is most about besides the imposer."""
    status = sanction_status(s, trigger)
    found = []
    imposing = {i.code for i in imposers}
    codes = {t.code for t in targets}
    for imposer in imposers:
        # Never one of those it imposes with ("sanctions on the junta by Chile and the
        # EU": neither is the other's target).
        target_actors = [t.actor for t in targets if t.code not in imposing]
        if (
            not target_actors
            and imposer.code in main_other
            and imposer.code not in codes
            and not trade_policy(s, trigger)
        ):
            # Never one of those it imposes with ("imposed by the OAS, Chile and Peru").
            other = main_other[imposer.code]
            target_actors = [other] if other.country not in imposing else []
        found += [
            Sanction(imposer=imposer.actor, target=target, status=status, evidence=s.evidence())
            for target in target_actors
        ]
    return found


def state_right_after(s: RuleSentence, trigger: Hit) -> ActorMention | None:
    """The state or body named right after ``trigger``, past "the", "a", if one is."""
    following = s.after(trigger.end)
    if following is None or not _NAMED_AGAINST.fullmatch(s.text, trigger.end, following.start):
        return None
    return following


# An event a place names, not a state or body: "the Moscow Olympics", "the Lima summit".
_AN_EVENT = re.compile(
    r"\s+(?:Olympics|Olympic\s+Games|Games|World\s+Cup|summit|conference|festival|fair|"
    r"ceremony|celebrations?|parade|elections?)\b"
)


_NAMED_AGAINST = re.compile(r"\s+(?:(?:the|a|an)\s+)?")


# A trigger that ends with the preposition its target follows: "retaliate against".
_OWN_PREPOSITION = (" against", " on", " to", " of")


# A measure on whatever is foreign, not one state's: "limits on investment by foreign
# banks", "curbs on foreign imports", "tariffs on all imported cars".
_ON_ALL_FOREIGN = re.compile(
    r"\s+(?:on|to|against|for)\s+(?:[\w-]+\s+){0,3}?(?:by\s+|from\s+|of\s+)?"
    r"(?:all\s+)?(?:foreign|imported|overseas|outside)\b"
)


# "closed the border crossing to punish Bolivia", "in response to Bolivia's missile
# test", "because of Peru's failure to": whom a measure is for, named by its
# purpose or its cause.
_PUNISH = re.compile(
    r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,80}?\b(?:to\s+(?:punish|penalise|penalize)|in\s+(?:retaliation|response)\s+"
    r"(?:to|for|against)|as\s+(?:a\s+)?(?:punishment|penalty)\s+for|because\s+of|"
    r"due\s+to)\s+(?:the\s+)?"
)


def _punished(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state a measure is said to punish or answer, right after that phrase."""
    purpose = _PUNISH.match(s.text, trigger.end)
    if purpose is None:
        return []
    target = s.after(purpose.end())
    return [target] if target is not None and target.start == purpose.end() else []


_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:which|that|who)\b")
_AGAINST = re.compile(r"\b(?:against|on|targeting)\b")
_STOPPED_TARGET = re.compile(r"\b(?:to|for|from|against|on|with)\b")


# States in general after a measure's preposition: "from countries that imposed sanctions
# on it", "against all nations trading with Iran".
_MANY_STATES = re.compile(
    r"\s*(?:(?:the|those|all|other|many|several|some|\w+ern)\s+)*(?:countries|nations|states)\b"
)

# Between the measure's preposition and its target: a few words of one noun phrase
# ("on the Iranian", "against 21 Russian"), no clause break.
_NEAR_TARGET = re.compile(r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,30}")
# Or the goods' state at the end of a longer phrase of goods: "on computer microchips
# imported from Peru", "on television sets made in Chile".
_GOODS_FROM = re.compile(
    r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,50}?\b(?:imported|shipped|exported|made|manufactured|"
    r"produced|grown)\s+(?:from|in)\s+(?:the\s+)?"
)


def _near(text: str, start: int, end: int) -> bool:
    """Whether the target at ``end`` is near enough the measure's preposition (ending at
    ``start``) to be what the measure falls on."""
    return bool(_NEAR_TARGET.fullmatch(text, start, end) or _GOODS_FROM.fullmatch(text, start, end))
