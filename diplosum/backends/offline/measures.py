"""Measures stopped: a sanction said as an act on something a state gives or gets.

Much of what the annotation guide calls a sanction is not named as one: "suspended
military aid to Egypt", "froze all Iraqi assets", "halted grain shipments to the Soviet
Union", "suspended Egypt's membership". Each is a verb of stopping (``sanction.stops``
in ``data/lexicon.json``) and, a few words on in the same clause, what is stopped
(``sanction.measures``). The two together stand for one sanction trigger from the verb to
the noun, read like any other (``sanctions``): the imposer right before the verb, the
target inside the words stopped ("Iraqi assets", "Egypt's membership"), else in their
object ("imports of Norwegian salmon"), else after "to", "for" or "against". A body
that suspends a state ("the African Union suspended Mali") stops its membership.

The verbs "ban" and "bar" are a measure after "to" or a modal ("would ban Japanese banks",
"may bar Peruvian boats from its waters"), a wish or a threat unless decided ("wants to
ban", not "decided to ban"); elsewhere "the ban" is one named before, "a bar" no measure.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .clauses import TO_BEFORE, possessive_then
from .lexicon import Hit, Hits
from .sentence import RuleSentence

__all__ = [
    "BAN_VERBS",
    "ban_as_verb",
    "marks",
    "named_within",
    "stopped_measures",
    "trade_measure_owner",
    "wished_ban",
]

#: How far after its verb what is stopped may come: "suspended part of its military aid".
_REACH = 32
# Between the verb and what it stops: words, not a new clause or sentence part.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"\u201c\u201d]|\s(?:and|but|while|after|before|as|which|that)\s"
)


_SUSPENDS = frozenset({"suspended", "suspends", "suspending", "suspend"})


def marks(hits: Hits) -> list[Hit]:
    """The hits that make a sentence worth reading for a stopped measure: what is stopped,
    and a verb that suspends a member by itself (not every "cut" or "ends")."""
    verbs = [hit for hit in hits.find("sanction.stops") if hit.phrase in _SUSPENDS]
    return [*hits.find("sanction.measures"), *verbs]


def stopped_measures(s: RuleSentence) -> list[Hit]:
    """One trigger for each verb of stopping followed, in its clause, by what it stops,
    after each that suspends a member."""
    measures = s.find("sanction.measures")
    members: list[Hit] = []
    stopped: list[Hit] = []
    for verb in s.find("sanction.stops"):
        if _suspends_a_member(s, verb):
            members.append(verb)
        what = next((m for m in measures if _within_reach(s, verb.end, m.start)), None)
        if what is None or _CLAUSE_BREAK.search(s.text, verb.end, what.start):
            continue
        if _ANOTHER_NOUN.match(s.text, what.end):
            continue  # "to cut their trade surpluses with", "to stop oil drilling": no supply cut
        text = s.text[verb.start : what.end]
        stopped.append(Hit(verb.start, what.end, text, f"{verb.phrase} {what.phrase}"))
    return members + stopped


def _within_reach(s: RuleSentence, end: int, start: int) -> bool:
    """Whether what is stopped, starting at ``start``, is near enough a verb ending at
    ``end``: within ``_REACH``, or right after a name that starts within it ("barred from
    International Monetary Fund lending")."""
    if end >= start:
        return False
    return start <= end + _REACH or any(
        end < a.start <= end + _REACH and a.end + 1 == start for a in s.actors
    )


# What a measure's word may head that no measure stops: a balance of trade.
_ANOTHER_NOUN = re.compile(
    r"\s+(?:surplus(?:es)?|deficits?|balances?|gaps?|imbalances?|"
    # "to stop oil drilling off its coast", "halted gas exploration": the noun is
    # another's modifier, an activity, not a supply stopped
    r"drilling|exploration|fields?|prices?|production|output|workers|industry|sector|"
    r"companies|company|firms?|rigs?|spills?)\b"
)


def _suspends_a_member(s: RuleSentence, verb: Hit) -> bool:
    """Whether ``verb`` suspends a state itself ("the African Union suspended Mali"): a
    body's measure against a member, named right after it."""
    if verb.phrase not in _SUSPENDS:
        return False
    member = s.after(verb.end)
    return member is not None and member.start == verb.end + 1 and member.kind == "name"


def named_within(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state whose things a stopped measure names inside it: "froze all Iraqi
    assets", "suspended Egypt's membership"."""
    return [
        a
        for a in s.actors
        if trigger.start < a.start and a.end < trigger.end and a.code and a.kind != "person"
    ][:1]


# "to ban", "would ban": the verb, whose object names the target ("would ban Japanese
# banks from London"); not "the ban", "a ban".
BAN_VERBS = frozenset({"ban", "bar"})
_AS_VERB = re.compile(r"\b(?:to|would|will|could|may|might|should|shall)\s+(?:\w+ly\s+)?\Z")


def ban_as_verb(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is the verb "ban" or "bar" after "to" or a modal."""
    return trigger.phrase in BAN_VERBS and (
        _AS_VERB.search(s.text, max(0, trigger.start - 24), trigger.start) is not None
    )


# "to ban" is a wish or a threat ("wants to ban", "asked Chile to ban"), unless decided
# ("decided to ban", "voted on Monday to ban").
_DECIDED_TO = re.compile(
    r"\b(?:decided|decides|agreed|agrees|voted|votes|moved|began|started|chose)\b(?:[^,;.]|(?<=\b[A-Za-z])\.){0,20}\Z"
)


def wished_ban(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is "ban" or "bar" after "to" with no decision before it."""
    start = max(0, trigger.start - 40)
    return (
        trigger.phrase in BAN_VERBS
        and TO_BEFORE.search(s.text, start, trigger.start) is not None
        and _DECIDED_TO.search(s.text, start, trigger.start) is None
    )


# A state's possessive owning a trade measure: "Japan's rice import ban" is its own
# measure on its trade (not "Vietnam's arms embargo", one on Vietnam).
_OWNS_MEASURE = possessive_then(3)
_TRADE = re.compile(r"\b(?:import|export)s?\b")


def trade_measure_owner(s: RuleSentence, trigger: Hit) -> str | None:
    """The state whose possessive owns the trade measure ``trigger`` ("Japan's rice
    import ban"): its imposer, never its target."""
    owner = s.before(trigger.start)
    if owner is None or not _OWNS_MEASURE.fullmatch(s.text, owner.end, trigger.start):
        return None
    return owner.code if _TRADE.search(s.text, owner.end, trigger.end) else None
