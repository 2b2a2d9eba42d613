"""The state a sanction names in its object: "expelled two Saudi diplomats", "banned
imports of Australian wine", "froze the assets of British companies".

- ``object_target``: that state, for the measures whose object names their target
  (``TARGET_IN_OBJECT``); some are a measure against a state only then
  (``ONLY_WITH_TARGET``: "banned protests" is none).
- ``expels_no_envoys``: an expulsion of people who are no state's envoys ("expelled
  160,000 Greek Cypriots"), no measure.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .clauses import PASSIVE_AUXILIARY
from .lexicon import Hit
from .sentence import RuleSentence

__all__ = ["ONLY_WITH_TARGET", "TARGET_IN_OBJECT", "expels_no_envoys", "object_target"]


# Measures whose object names their target: expulsions, asset freezes, import bans,
# "sanctioned three Iranian officials", "cut diplomatic ties with Qatar".
TARGET_IN_OBJECT = frozenset(
    {"expelled", "expel", "expulsion", "froze the assets", "frozen the assets"}
    | {"freeze the assets", "banned imports", "import ban", "imports ban", "sanctioned"}
    # the verb's other forms: "a move to sanction North Korea" falls on whom it names
    | {"sanction", "sanctioning"}
    | {"cut diplomatic ties", "cut ties", "severed ties", "severed diplomatic ties"}
    | {"severed relations", "severed diplomatic relations", "broke off diplomatic relations"}
    | {
        "broke off relations",
        "cut diplomatic relations",
        "blacklisted",
        "blacklisting",
        "banned the import",
    }
    | {"banned the imports", "halted all trade", "halted trade", "suspended trade"}
    | {"suspended all trade", "cut off trade", "recalled its ambassador", "recalled its envoy"}
    | {"recalled their ambassador", "downgraded diplomatic relations", "downgraded relations"}
    | {"downgraded ties", "withdrew its ambassador", "withdrawn its ambassador"}
    | {"broke off diplomatic ties", "cut off diplomatic ties", "cut off diplomatic relations"}
    | {"cut off relations", "cut off ties", "kicked out", "kicking out", "kick out", "kicks out"}
    | {"threw out", "throwing out", "throw out", "throws out"}
    | {"suspended imports", "halted imports", "ban", "banned", "barred", "banning", "bans"}
    | {"barring", "halted", "halting", "expels", "expelling", "ban on", "bar"}
    | {"withdrew their ambassadors", "recalled its ambassadors", "withdrew its envoy"}
    | {"recalled their ambassadors", "recalled their envoys"}
    | {"restricted", "restricting", "restricts"}
    | {"suspended ties", "suspended diplomatic ties", "suspended military ties"}
    | {"suspended defence ties", "suspended defense ties", "suspended diplomatic relations"}
    | {"suspended relations", "froze ties", "froze relations", "froze diplomatic relations"}
    | {"broke diplomatic relations", "broke relations", "broke ties", "broke off ties"}
    # "the Treasury designated three Iranian entities": put them under its sanctions.
    | {"designated"}
)
# Verbs that are a measure against a state only when their object names it.
ONLY_WITH_TARGET = frozenset(
    {"ban", "banned", "barred", "banning", "bans", "barring", "halted", "halting", "ban on"}
    | {"bar", "restricted", "restricting", "restricts", "designated"}
)
# What stands between such a measure and the state it names: "expelled two Saudi
# diplomats", "the expulsion of 23 Russian diplomats", "froze the assets of British
# companies", "banned imports of Australian wine".
_OBJECT_GAP = re.compile(
    r"(?:\s+(?:of|the|its|their|all|some|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozen|dozens|more|than|several|a|an|\d+|imports|exports|trade|business|flights|"
    r"ambassador|envoy|diplomats?|consul|attaches?|staff|officials?|on|from|with|"
    # "blacklisting of the nation's leader Luis Arce": the one named after his office
    r"(?:nation|country|regime|state)(?:'s|\u2019s)|leaders?|president|ruler))*"
    # "banned imports of food from the EU": the goods, in a word or two.
    r"(?:\s+of(?:\s+[a-z]+){1,2}\s+from(?:\s+the)?|"
    # "halted coal imports from North Korea"
    r"(?:\s+[a-z]+){0,2}\s+(?:imports|exports|shipments|purchases|goods|products|sales)"
    r"(?:\s+of\s+[a-z]+)?\s+(?:from|to)(?:\s+the)?|"
    # "banned the sale of advanced chips to Iran": the goods, in up to three words.
    r"\s+(?:sales?|exports?|imports?|supply|supplies|shipments?|deliver(?:y|ies)|transfers?)"
    r"\s+of(?:\s+[a-z][\w-]*){1,3}\s+(?:from|to)(?:\s+the)?)?\s+"
)


# "U.S.-made", "Chinese-built": where goods come from, a word of the goods.
_ORIGIN = re.compile(r"-(?:made|built|produced|manufactured|designed)\b")


def object_target(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The states a measure names in its object (whose diplomats go, whose assets or
    goods it stops): its name or adjective right after the verb or noun, past the
    goods' origin ("banned the sale of U.S.-made chips to Iran"), with those listed with
    it."""
    target = s.after(trigger.end)
    gap = s.text[trigger.end : target.start] if target is not None else ""
    while target is not None and _ORIGIN.match(s.text, target.end):
        following = s.after(target.end)
        if following is None:
            return []
        gap += "made" + s.text[target.end : following.start]
        target = following
    if target is None or not _OBJECT_GAP.fullmatch(gap):
        return []
    if trigger.phrase.startswith(_EXPULSIONS) and target.kind == "adjective":
        # "expelled two Saudi diplomats", not "expelled 160,000 Greek Cypriots": an
        # expulsion is a measure when it sends a state's envoys home.
        return [target] if _ENVOYS.match(s.text, target.end) else []
    # "banned imports from Canada and Mexico": each state listed
    return [a for a in s.listed_from(target) if a.code]


# Those whose expulsion is a measure against their state, named in the object.
_ENVOY_WORDS = (
    r"(?:diplomats?|envoys?|ambassadors?|attach[e\u00e9]s?|consuls?|staff|officials?|embassy|"
    r"mission|personnel|intelligence|spies|agents?)\b"
)
_ENVOYS = re.compile(r"\s+(?:[a-z-]+\s+){0,2}" + _ENVOY_WORDS)
# (an abbreviation's stops are no sentence's end: "expelled 35 U.S. diplomats")
_ENVOYS_EXPELLED = re.compile(r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,60}?\b" + _ENVOY_WORDS)
# "threw out" is an expulsion only of envoys ("threw out the case" rejects it).
_THROWN_OUT = ("throw out", "threw out", "throws out", "throwing out")
_EXPULSIONS = ("expel", *_THROWN_OUT)


def expels_no_envoys(s: RuleSentence, trigger: Hit) -> bool:
    """Whether an expulsion names those expelled and they are no state's envoys
    ("expelled it from Gaza", "expelled 160,000 Greek Cypriots"), nor a state itself."""
    if trigger.phrase.startswith(_THROWN_OUT):
        # "threw out the Chilean envoy", not "threw out the case": only envoys make it one
        return _ENVOYS_EXPELLED.match(s.text, trigger.end) is None
    if not trigger.phrase.startswith("expel") or len(trigger.phrase.split()) > 1:
        return False
    if PASSIVE_AUXILIARY.search(s.text, max(0, trigger.start - 24), trigger.start):
        return False  # "Two Bolivian diplomats were expelled": those named before it
    following = s.after(trigger.end)
    if following is not None and following.kind == "name" and following.start <= trigger.end + 5:
        return False  # "expelled Qatar from the group"
    return _ENVOYS_EXPELLED.match(s.text, trigger.end) is None
