"""Sentences shaped around their measure, where the target stands between the imposer
and the measure: "A threatened B with sanctions", "A hit B with tariffs", "A added B's
firms to a blacklist", "A ordered B's envoy to leave the country"; or opens the sentence,
in the passive ("B was placed under a blockade by A", "B was sanctioned by A") or facing
it ("B could face sanctions from A").

``sanctions.py`` tries these shapes first for each trigger; ``imposers.py`` reads the
plainer "A imposed sanctions on B".
"""

from __future__ import annotations

import re
from typing import Literal

from .actors import ActorMention
from .imposer_words import IMPOSER_GAP, MEASURE_WORDS
from .imposers import IMPOSED_BY, coordinated_after
from .lexicon import Hit, lexicon
from .sentence import RuleSentence

__all__ = [
    "ORDERED_OUT",
    "Shaped",
    "passive_of",
    "put_on_list",
    "retaliates_if",
    "threatened_with",
]

# A sentence shaped around its measure ("A threatened B with sanctions"): imposer, target,
# and the status the shape itself states, if any.
Shaped = tuple[ActorMention, ActorMention, Literal["threatened", "imposed", "lifted"] | None]


# "Washington threatened Turkey with sanctions": the threatened state stands between.
_THREATENED_WITH = re.compile(
    r"\b(?i:threaten(?:ed|s|ing)?|hit|hits|hitting|slap(?:s|ped|ping)?|punish(?:ed|es|ing)?|"
    # "the U.S. targeted Chinese banks with new sanctions"
    r"target(?:s|ed|ing)?|penali[sz](?:e|es|ed|ing)|warn(?:ed|s|ing)?)\s+"
    # "warned France and Germany that ...": others listed before the last one warned
    r"(?:(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?(?:,\s+|\s+and\s+))*(?:the\s+)?\Z",
)
# "with sanctions" after most of those verbs; "warned Russia of further sanctions";
# "warned Moscow that it would face sanctions" (the threat as what the target will meet).
# "warned Chile it may take punitive measures": the warner's own measure,
# threatened (the target is the one warned either way).
_WITH_MEASURES = re.compile(
    r"\s+(with|of|(?:that\s+)?(?:it|they)\s+(?:would|could|will|may|might)"
    # "warned France that it may retaliate": the measure's own verb
    r"(?:\s+(?:\w+\s+)?(?:face|take|impose|introduce|adopt))?)"
    rf"\s+(?:(?:{MEASURE_WORDS})\s+)*"
)


_PEOPLE_BEFORE_WITH = re.compile(r"(?:\s+[a-z][\w-]*){1,2}?(?=\s+with\b)")
# "hit Iran's oil sector with sanctions": what of the state's the measure falls on.
_OWNED_BEFORE_WITH = re.compile(r"(?:'s|\u2019s)(?:\s+[a-z][\w-]*){1,2}?(?=\s+with\b)")


# "it would retaliate if Japan did not open its markets": the condition names the target.
_IF_AFTER = re.compile(r"(?:\s+(?:against|on)\s+[^,;]{0,30}?)?\s+(?:if|unless)\s+(?:the\s+)?\Z")


def retaliates_if(s: RuleSentence, trigger: Hit) -> Shaped | None:
    """(imposer, target, "threatened") of "A would retaliate if B goes ahead": the
    clause's subject threatens the one named right after "if" or "unless"."""
    target = next((a for a in s.actors if a.start > trigger.end and a.code), None)
    if target is None or not _IF_AFTER.fullmatch(s.text, trigger.end, target.start):
        return None
    # "He reiterated Washington's intention to retaliate if ...": the pronoun's referent.
    subject = s.holders(trigger.start) or s.referents(trigger.start)
    imposer = next((a for a in subject if a.code != target.code), None)
    return None if imposer is None else (imposer, target, "threatened")


def threatened_with(s: RuleSentence, trigger: Hit) -> Shaped | None:
    """(imposer, target, status) of "A threatened B with sanctions" or "A warned B of
    sanctions" (threatened), or "A hit B with tariffs" (imposed)."""
    target = s.before(trigger.start)
    gap = None if target is None else _WITH_MEASURES.fullmatch(s.text, target.end, trigger.start)
    if gap is None and target is not None and target.kind != "person":
        # "targeted Chinese banks with sanctions": the state's people or firms between
        between = _PEOPLE_BEFORE_WITH if target.kind == "adjective" else _OWNED_BEFORE_WITH
        head = between.match(s.text, target.end)
        gap = None if head is None else _WITH_MEASURES.fullmatch(s.text, head.end(), trigger.start)
    if target is None or gap is None:
        return None
    verb = _THREATENED_WITH.search(s.text, max(0, target.start - 60), target.start)
    if verb is None:
        return None
    warns = verb.group().lower().startswith("warn")
    threat = warns or verb.group().lower().startswith("threat")
    connector = gap.group(1).lower()
    shaped = connector not in ("with", "of")  # "... that it would face / take"
    if shaped and not threat:
        return None  # "hit Iran that it would face": no shape of a measure
    if not shaped and warns != (connector == "of"):
        return None
    imposer = s.before(verb.start())
    if imposer is None or not IMPOSER_GAP.fullmatch(s.text, imposer.end, verb.start()):
        return None
    return imposer, target, "threatened" if threat else "imposed"


# "added two Chinese firms to a trade blacklist", "put Iranian banks on its sanctions list"
# "had Hamas on terror blacklists", "keeps the group on its list", "placed Chile under
# sanctions"
_ONTO_LIST = re.compile(r"\s+(?:to|on|onto|under)\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+)?\Z")
_LISTING_VERB = re.compile(
    r"\b(?:add|added|adds|adding|put|puts|putting|place|placed|places|placing|had|has|have|"
    r"keep|keeps|kept|keeping)\s+"
)
# "ordered Iran's envoy to leave the country", "declared two Iranian diplomats persona non
# grata", "forced the U.N. mission out of the country": whose diplomats go stands between
# the order and the measure.
_DIPLOMATS_BEFORE = re.compile(
    r"\s+(?:envoy|ambassador|ambassadors|diplomats?|consul|attaches?|embassy\s+staff|officials|"
    r"personnel|nationals|agents|journalists|correspondents|agency|mission|monitors|observers|"
    # (and the time given them: "gave Peru's envoy 48 hours to leave")
    r"inspectors|staff)\s+(?:(?:\d+|[a-z]+)\s+(?:hours|days|weeks)\s+)?\Z"
)
_ORDERING_VERB = re.compile(
    r"\b(?:order|ordered|orders|tell|told|tells|give|gave|gives|declare|declared|declares|"
    r"force|forced|forces)\s+"
)
#: Measures read only in that shape: "asked to leave the country" alone is no sanction,
#: nor "to leave" ("plans to leave office"); "ordered Peru's envoy to leave" is one.
ORDERED_OUT = frozenset(
    {"to leave the country", "to leave", "out of the country", "persona non grata"}
)


# "removed Cuba from its terrorism blacklist", "took Sudan off the list": a listing lifted.
_OFF_LIST = re.compile(r"\s+(?:from|off)\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+)?\Z")
_DELISTING_VERB = re.compile(
    r"\b(?:remove|removed|removes|removing|removal\s+of|took|take|takes|taking|struck|"
    r"strike|strikes|striking|delisted|delists|delisting)\s+"
)


def put_on_list(s: RuleSentence, trigger: Hit) -> Shaped | None:
    """(imposer, target, status or none of its own) of "A added B's firms to a
    blacklist", "A ordered B's envoy to leave the country" or "A removed B from its
    blacklist" (lifted)."""
    if trigger.phrase in ORDERED_OUT:
        return _between(s, trigger, _ORDERING_VERB, _DIPLOMATS_BEFORE)
    if (removed := _between(s, trigger, _DELISTING_VERB, _OFF_LIST)) is not None:
        return removed[0], removed[1], "lifted"
    return _between(s, trigger, _LISTING_VERB, _ONTO_LIST)


def _between(
    s: RuleSentence, trigger: Hit, verbs: re.Pattern[str], connector: re.Pattern[str]
) -> Shaped | None:
    """(imposer, target, None) where the target stands between an imposer's ``verbs``
    and the ``connector`` right before the trigger."""
    joined = connector.search(s.text, max(0, trigger.start - 30), trigger.start)
    if joined is None:
        return None
    found = list(verbs.finditer(s.text, max(0, joined.start() - 60), joined.start()))
    if not found:
        return None
    verb = found[-1]
    target = s.after(verb.end())
    imposer = s.before(verb.start())
    if target is None or target.end > joined.start() or imposer is None:
        return None
    if not IMPOSER_GAP.fullmatch(s.text, imposer.end, verb.start()):
        return None
    return imposer, target, None


# "Qatar was placed under a blockade by ...", "Iran has been subjected to an embargo by":
# the measure's subject is its target, its imposers follow "by".
# "Bolivia could face sanctions from the United Nations": likewise, after "from".
_FACES_GAP = re.compile(
    r"\s+(?:(?:could|would|may|might|will|is\s+likely\s+to|now)\s+)?(?:face|faces|faced|facing)\s+"
    # "would face consequences, including sanctions": the measure named among them
    r"(?:(?:serious|severe|grave|further|unspecified)\s+)?(?:(?:consequences|repercussions|"
    r"penalties|measures|steps|action),?\s+(?:including|such\s+as|like)\s+)?"
    rf"(?:(?:{MEASURE_WORDS})\s+)*\Z",
    re.IGNORECASE,
)
# "Iran will get sanctions relief": the target receives the measure's lifting.
_GETS = re.compile(
    r"\s+(?:(?:could|would|may|might|will|is\s+(?:set|due)\s+to|is\s+to)\s+)?(?:get|gets|got|"
    r"win|wins|won|receive|receives|received|secure|secures|secured|obtain|obtains|obtained)\s+"
    r"(?:(?:some|more|further|the|broad)\s+)?\Z",
    re.IGNORECASE,
)
_RELIEF = re.compile(r"\s+relief\b")
_FROM = re.compile(r"\s+from\s+")
_MAY = re.compile(r"\s+(?:could|would|may|might|is\s+likely\s+to)\b", re.IGNORECASE)
_PASSIVE_GAP = re.compile(
    # "Lima already has been threatened with sanctions"
    r"\s+(?:(?:also|already|now|\w+ly)\s+)?"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being|was\s+being)\s+"
    r"(?:\w+ly\s+)?(?:placed|put|hit|targeted|subjected|kept|(threatened))\s+"
    r"(?:under|with|to)?\s*"
    rf"(?:(?:{MEASURE_WORDS}|total|partial)\s+)*\Z",
    re.IGNORECASE,
)


# A measure's verb in the passive, its target the subject: "Uganda was sanctioned by the
# United States", "three Ugandan officials were blacklisted by".
_PASSIVE_VERBS = frozenset({"sanctioned", "blacklisted", "expelled", "banned", "barred"})
# Irregular past participles among the verbs of stopping (``sanction.stops``); the rest
# end in "-ed".
_STOPPED_IRREGULAR = frozenset({"cut", "frozen", "withheld", "broken"})
_PASSIVE_AUX = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|"
    r"is\s+being|are\s+being)\s+(?:\w+ly\s+)?\Z"
)


def _stopped_participle(trigger: Hit) -> bool:
    """Whether ``trigger`` is a stopped measure (``measures``) whose verb is a past
    participle ("barred from IMF lending", "denied U.S. aid")."""
    words = trigger.phrase.split()
    verb = words[0]
    return (
        len(words) > 1
        and verb in lexicon().phrases["sanction.stops"]
        and (verb.endswith("ed") or verb in _STOPPED_IRREGULAR)
    )


def passive_of(
    s: RuleSentence, trigger: Hit
) -> tuple[list[ActorMention], ActorMention, Literal["threatened"] | None] | None:
    """(imposers, target) of a measure said in the passive ("Qatar was placed under a
    blockade by Saudi Arabia and Egypt", "Moscow was threatened with sanctions"), faced
    ("Bolivia could face sanctions from the UN") or lifted for it ("Iran will get sanctions
    relief"); ``None`` for any other shape. The imposers are those after "by" or "from",
    none when the sentence does not say."""
    target = s.before(trigger.start)
    if target is None:
        return None
    stated: Literal["threatened"] | None = None
    if _stopped_participle(trigger) and _PASSIVE_AUX.fullmatch(s.text, target.end, trigger.start):
        # "Peru has been barred from IMF lending", "was denied U.S. aid": a measure stopped
        # for the subject, by the one who names it (or follows "by").
        by = IMPOSED_BY.match(s.text, trigger.end)
        named = [
            a
            for a in s.actors
            if trigger.start < a.start
            and a.end <= trigger.end
            and a.code not in (None, target.code)
        ]
        imposers = coordinated_after(s, by.end()) if by is not None else named[-1:]
        return (imposers, target, None) if imposers else None
    faces = _FACES_GAP.match(s.text, target.end, trigger.start)
    relief = _RELIEF.match(s.text, trigger.end)
    gets = relief is not None and _GETS.match(s.text, target.end, trigger.start) is not None
    passive = _PASSIVE_GAP.match(s.text, target.end, trigger.start)
    if trigger.phrase in _PASSIVE_VERBS and _PASSIVE_AUX.fullmatch(
        s.text, target.end, trigger.start
    ):
        by = IMPOSED_BY.match(s.text, trigger.end)
        if by is None and trigger.phrase in ("banned", "barred"):
            return None  # "Croatia's Cilic was banned", "imports are banned under the act"
        return coordinated_after(s, by.end()) if by is not None else [], target, None
    if relief is not None and gets:
        # A lifting got ("will get sanctions relief from the EU"): the measure's own status.
        by = _FROM.match(s.text, relief.end())
    elif faces is not None:
        by = _FROM.match(s.text, trigger.end)
        stated = "threatened" if _MAY.match(faces.group()) else None
    elif passive is not None:
        by = IMPOSED_BY.match(s.text, trigger.end)
        stated = "threatened" if passive.group(1) else None
    else:
        return None
    return coordinated_after(s, by.end()) if by is not None else [], target, stated
