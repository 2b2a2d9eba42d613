"""Stance words in another sense, which take no position where they stand (for
``no_position``): "two blocks from the square", "denied him entry", "Peru calls
tenders", "refused to comment", "pressed into tablets", "pushing for weeks", "had not
expected to visit", "agreed not to reveal", "exports declined 5 pct", "accepted the
resignation", "threatened to become a trade war", "condemned the region to years of
unrest", "support operations", "URGED TO DEREGULATE" (a headline's passive), "a Libya
support group", "pressing ahead with", "backed out of", "blasting through", "the
opposition leader".
"""

from __future__ import annotations

import re

from .clauses import DURATION_ONLY, PASSIVE_AUXILIARY
from .lexicon import Hit

__all__ = ["NO_STAND", "in_a_name", "other_sense"]


# "Protests" that are demonstrations, by the words before them: "the ongoing protests",
# "mass protests", "student protests" (not "Peru's protests", "lodged protests").
_DEMONSTRATIONS = re.compile(
    r"\b(?:the|these|those|mass|street|student|ongoing|violent|peaceful|nationwide|"
    r"widespread|deadly|public|popular|anti-[\w-]+|pro-[\w-]+|weekend|opposition)"
    r"\s+(?:[a-z][\w-]*\s+)?\Z",
    re.IGNORECASE,
)


# "Protests" as the circumstance of another event: "erupted with protests", "fell amid
# protests", "after protests" (not "despite protests from Peru": Peru's).
_IN_CIRCUMSTANCE = re.compile(
    r"\b(?:with|amid|amidst|after|following|during|despite|of)\s+(?:[a-z][\w-]*\s+)?\Z",
    re.IGNORECASE,
)
_BY_WHOM = re.compile(r"\s+(?:from|by)\s")


def other_sense(text: str, trigger: Hit) -> bool:
    """Whether stance word ``trigger`` stands in another sense in ``text``: a street's
    block, a denied entry, "calls tenders", a refusal to speak, a shape, a length of
    time, a forecast of one's own act, an agreed silence, a fall in numbers, an
    acceptance with no choice, a risk, a fate, a kind of operation, the one urged in a
    headline's passive, a body's name, going on or giving up."""
    phrase, end = trigger.phrase, trigger.end
    if phrase in ("block", "blocks") and _COUNTED.search(
        text, max(0, trigger.start - 16), trigger.start
    ):
        return True  # "two blocks from the square", "a city block": a street's, no stand
    if phrase.lower().startswith("den") and _WITHHELD.match(text, end):
        return True  # "will deny them a viable state", "denied him entry": withheld, no denial
    if phrase.lower() in _URGED and _TO_WITHOUT_OBJECT.match(text, end):
        return True  # "INDONESIA URGED TO DEREGULATE": the one urged, in the passive
    if _NAMES_A_BODY.match(text, end):
        return True  # "a Libya support group": a body's name, no one's position
    if phrase == "calls" and _CALLS_AS_VERB.fullmatch(text, max(0, trigger.start - 12), end + 16):
        return True  # "Peru calls tenders for delivery", "what it calls harmful": no appeal
    if phrase == "protests" and _DEMONSTRATIONS.search(
        text, max(0, trigger.start - 30), trigger.start
    ):
        return True  # "the ongoing protests in Lima", "student protests": demonstrations
    if (
        phrase == "protests"
        and _IN_CIRCUMSTANCE.search(text, max(0, trigger.start - 16), trigger.start)
        and not _BY_WHOM.match(text, end)
    ):
        return True  # "the crisis began with protests against ...": an event, no stand
    if phrase.startswith(("refus", "declin")) and (
        NO_STAND.match(text, end) or _NO_LABEL.match(text, end)
    ):
        return True  # "refused to comment", "refusing to rule out sanctions": no stand taken
    if phrase.lower().startswith("press") and _INTO.match(text, end):
        return True  # "powders later pressed into tablets": a shape, no appeal
    if DURATION_ONLY.match(text, end):
        return True  # "a plan the minister has been pushing for weeks": how long
    if "expect" in phrase and _TO_VERB.match(text, end):
        return True  # "had not expected to visit Lima": a forecast of one's own act
    if phrase.startswith("agree") and _NOT_TO_SAY.match(text, end):
        return True  # "both sides agreed not to disclose the result": silence, no stand
    if phrase in _DECLINED and not _DECLINED_WHAT.match(text, end):
        return True  # "exports declined 5 pct", "declined to estimate": no offer declined
    if phrase in _ACCEPTED and _accepted_without_choice(text, trigger):
        return True  # "accepted the resignation of", "will probably be accepted": no one's
    if phrase.startswith("threaten") and _RISKS.match(text, end):
        return True  # "a dispute threatened to become a trade war": a risk, no threat made
    if phrase.startswith("condemn") and _DOOMED.match(text, end):
        return True  # "condemned the region to years of unrest": a fate, no criticism
    if phrase.lower() == "opposition" and (
        _SIDE_PEOPLE.match(text, end) or _SIDE_ACTS.match(text, end)
    ):
        # "Britain's opposition leader", "opposition parties", "Peru's opposition will
        # gather", a headline's "opposition to meet Friday": a side, no stand
        return True
    if phrase == "monitoring" and _MONITORING_BODY.match(text, end):
        return True  # "a ceasefire monitoring centre", "a monitoring mission": a body
    if phrase == "support" and _SUPPORT_AS_ADJUNCT.match(text, end):
        return True  # "halted support operations", "the support level": a kind, no stance
    if phrase == "supports" and _PAYMENTS_BEFORE.search(
        text, max(0, trigger.start - 24), trigger.start
    ):
        return True  # "cut agricultural supports": payments (subsidies), no stance
    if phrase.lower() in _QUESTIONED and _PEOPLE_QUESTIONED.match(text, end):
        return True  # "police questioned two men", "questioned contacts of": interrogation
    if phrase.lower().startswith("blast") and _BLASTED_THROUGH.match(text, end):
        return True  # "after blasting through Kurdish defences": explosives, no words
    if phrase.lower().startswith("back") and _OUT.match(text, end):
        return True  # "Chile backed out of the deal": a withdrawal, no backing
    # "pressing ahead with", "backing down on": going on or giving up, no stance
    return _AHEAD.match(text, end) is not None


# "opposition" as the side out of power, before its people or bodies: "the opposition
# leader", "opposition parties", "an opposition lawmaker" (not "opposition to the plan").
_SIDE_PEOPLE = re.compile(
    r"\s+(?:leaders?|leadership|party|parties|lawmakers?|legislators?|MPs?|deputies|"
    r"politicians?|figures?|candidates?|members?|activists?|supporters?|groups?|forces|"
    r"fighters|coalition|alliance|bloc|camp|movement|delegates?|delegation|spokesman|"
    r"spokeswoman|newspapers?|media|benches|ranks|senators?|councillors?)\b"
)
# The same side as the subject of a verb of its own: a modal, a verb of saying or wanting,
# or "to" and a verb a headline gives it ("opposition to meet", not "opposition to talks").
_SIDE_ACTS = re.compile(
    r"\s+(?:will|would|says|said|wants|plans|(?:is|was)\s+(?:due|set|expected)\s+to|"
    r"to\s+(?:meet|attend|hold|join|boycott|name|choose|send|seek|sign|elect|pick|field|form|"
    r"unveil|present|resume|decide|announce|begin|start|launch|rally|vote|stage|skip|consider))\b"
)
# "monitoring" naming a body or a device, not a watch kept on events.
_MONITORING_BODY = re.compile(
    r"\s+(?:cent(?:er|re)|mission|group|team|station|body|committee|force|system|unit|post|"
    r"agency|office|panel|service|network|mechanism|device|equipment|data)s?\b"
)
# "questioned" people: asked them questions, as police do; no doubt cast on anything.
_QUESTIONED = frozenset({"question", "questions", "questioned", "questioning"})
_PEOPLE_QUESTIONED = re.compile(
    r"\s+(?:him|her|them|(?:the|a|an|\d+|two|three|four|five|several|dozens\s+of|numerous|"
    r"many|some|other)\s+)?(?:[a-z]+\s+)?(?:suspects?|witness(?:es)?|contacts|men|man|women|"
    r"woman|people|persons|relatives|passengers|detainees|staff|employees|residents|"
    r"members|students|journalists|officers|workers)\b"
)
# "pressed into tablets", "pressed into service": made into something, no one pressed to act.
_INTO = re.compile(r"\s+into\b")
# An infinitive after "not expect": what the one expecting will do, forecast.
_TO_VERB = re.compile(r"\s+to\s+(?:\w+ly\s+)?[a-z]+\b")


# What only a thing, not an actor, threatens to do: "threatened to become a trade war",
# "unrest threatening to spread across the border" (a risk, not anyone's threat).
_RISKS = re.compile(
    r"(?:\s+to)?\s+(?:become|be|turn\s+into|spill|engulf|overshadow|overwhelm|worsen|deepen|"
    r"cloud|sour|spiral)\b"
)

# "condemned the bloc to years of instability", "condemned to death": what it dooms its
# object to, a span of time or a fate, not a criticism.
_DOOMED = re.compile(
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+to\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:days|weeks|months|years|decades|generations|death|life|poverty|failure|defeat|"
    r"irrelevance|obscurity|oblivion|isolation|exile|prison|jail|history)\b"
)


# "supports" as payments: "farm supports", "to scale back agricultural price supports".
_PAYMENTS_BEFORE = re.compile(
    r"\b(?:agricultural|farm|farmers'|price|income|export|domestic|"
    r"internal|trade-distorting|crop|dairy|sugar|grain)\s+(?:price\s+|income\s+)?\Z",
    re.IGNORECASE,
)
# "support" naming a kind of thing before a noun: "halted support operations", "a
# support level of 150 yen", "support buying by central banks".
_SUPPORT_AS_ADJUNCT = re.compile(
    r"\s+(?:operations?|buying|purchases|level|levels|payments|staff|services|vessels|ships|"
    r"units|mechanisms?|systems?|roles?)\b"
)


# "deny" with a person and what is kept from them: "deny them a viable state", "denied him
# entry" (not "denied it", nor "denying her allegations": a denial).
_WITHHELD = re.compile(
    r"\s+(?:them|him|her|us|me)\s+(?:a|an|the|any|their|his|its|our|entry|access|"
    r"visas?|permission|the\s+right)\b"
)


_AHEAD = re.compile(r"\s+(?:ahead|down|away|off)\b")
_OUT = re.compile(r"\s+out\b")
_BLASTED_THROUGH = re.compile(
    r"\s+(?:through|into|open|apart|away|off|out|(?:its|their|his|her)\s+way)\b"
)
# "calls" as a verb, right after its subject and before its object: "Peru calls tenders",
# "what it calls harmful" (not the noun: "calls to end", "calls from Chile", "the calls"),
# unless it calls a truce.
_CALLS_AS_VERB = re.compile(
    r".*?(?:\b[A-Z][\w.-]*|\b(?:he|she|it|they|who|which|what|government))\s+calls"
    r"\s+(?!(?:to|for|on|upon|from|by|of|in|at|with|and|or|that|are|were|have|had|grew|"
    # "calls a truce": declares one, a stand for it
    r"mounted|made|(?:a\s+|local\s+)?(?:truces?|ceasefires?|halt))\b)[a-z].*",
    re.DOTALL,
)


# What one refuses to do when one takes no stand: to speak ("refused to comment", "declined
# comment", "declined to say whether", "refused to answer questions"), or to refuse
# ("refusing to rule out sanctions"). Not "refused to discuss the border": a refusal to
# negotiate is a position.
NO_STAND = re.compile(
    r"\s+(?:to\s+)?(?:\w+ly\s+)?(?:comment|say|answer|elaborate|speculate|confirm|specify|"
    r"disclose|reveal|give\s+(?:any\s+|further\s+|more\s+)?details|be\s+drawn|"
    r"be\s+identified|be\s+named|identify|name|rule\s+out)\b"
)
# "refused to label the raids so", "declined to call it genocide": no word put on it.
_NO_LABEL = re.compile(r"\s+to\s+(?:label|call|describe|characteri[sz]e|term|brand)\b")


# Agreed silence: "agreed not to disclose what the talks decided".
_NOT_TO_SAY = re.compile(
    r"\s+not\s+to\s+(?:comment|say|disclose|reveal|publish|discuss|make\s+public)\b"
)
# "Declined" rejects only what it takes as its object ("declined the offer", "declined
# Obama's invitation"): not a fall ("exports declined sharply") nor, mostly, a refusal
# to say or guess ("declined to estimate", "declined to detail").
_DECLINED = frozenset({"declined", "declines"})
_DECLINED_WHAT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:an?|the|his|her|its|their|our|this|that|these|those|any|"
    r"[A-Z][\w.-]*(?:'s|\u2019s))\s"
)
# "Accepted" backs what was offered, not what comes whatever one thinks ("accepted the
# resignation", "accepted responsibility"), nor, in the passive with no agent named,
# anything of the subject's ("the proposal will probably be accepted").
_ACCEPTED = frozenset({"accepted", "accepts"})
_NO_CHOICE = re.compile(
    r"\s+(?:(?:the|his|her|their|its)\s+)?(?:resignations?|responsibility|blame)\b"
)
_BY = re.compile(r"\s+by\b")


def _accepted_without_choice(text: str, trigger: Hit) -> bool:
    if _NO_CHOICE.match(text, trigger.end):
        return True
    passive = PASSIVE_AUXILIARY.search(text, max(0, trigger.start - 30), trigger.start) is not None
    return passive and _BY.match(text, trigger.end) is None


# A number or determiner before "block(s)": the noun of streets, not the verb.
_COUNTED = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|few|many|\d+|city|the)\s+\Z", re.IGNORECASE
)


# Urging with no one urged after it is the passive of a headline or an aside: "Indonesia
# urged to deregulate" (the active names whom: "urged Chile to").
_URGED = frozenset({"urged", "pressed", "encouraged", "advised"})
_TO_WITHOUT_OBJECT = re.compile(r"\s+to\s", re.IGNORECASE)


# A stance noun naming a body: "a Libya support group", "a protest group".
_NAMES_A_BODY = re.compile(r"\s+(?:group|groups)\b", re.IGNORECASE)


# A capitalised word after another, or before one: "the Union of Concerned Scientists".
# (Not after "U.S.", which old wires capitalise the next word after, nor a dateline's
# capitals: "LONDON Support for ...".)
_NAME_BEFORE = re.compile(r"[A-Z][a-z][\w'\u2019-]*\s+(?:of\s+|for\s+|on\s+)?\Z")
_NAME_AFTER = re.compile(r"\S*\s+[A-Z]")
_CAPITALISED = re.compile(r"\b[A-Z]")


def in_a_name(text: str, hit: Hit) -> bool:
    """Whether capitalised ``hit`` is a word of a name in running text, not a sentence's
    first word nor one of a headline's (most of whose words are capitalised)."""
    if not text[: hit.start].strip(" \"'\u201c\u2018(") or text.isupper():
        return False
    named = _NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start) or _NAME_AFTER.match(
        text, hit.end
    )
    return named is not None and len(_CAPITALISED.findall(text)) * 2 < len(text.split())
