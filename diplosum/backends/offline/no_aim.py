"""Aim words that state no one's aim where they stand, for ``goals``.

An aside or a quotation that ends the trigger; hopes something stirs ("raising hopes
for a deal"); one sought by the police ("a man wanted in connection with"); an aim's
verb left out ("plans to again") or named by "what" ("what he hopes to do"); an
infinitive describing a noun or done under compulsion
("places to seek shelter", "forced to seek"); loyalty sworn; a target ("aimed at
Netanyahu"); no one's ("nobody wants to"); a question, open or put ("did not say if",
"Did Peru intend to ...?"); a wish supposed ("If Chile wants to"); one said unlikely; a
thing's effect ("the sale would give Fujitsu a role"); "objective" as an adjective;
whose goals, not what ("the goals of the enemy"); "neither" side's; decided, not
resolved ("will be determined by"); how long ("will continue through March"); support
for a thing there already ("committed to its quota"); how long sought; information
sought ("sought clarification"); a promise received; "what we have to offer". Aims not
stated where they stand (supposed, charged, thwarted, disclaimed, denied, guessed at,
against the one named, given up) are ``unstated_aims``'.
"""

from __future__ import annotations

import re

from .aim_subjects import common_subject, things_they, unowned_in_subordinate
from .clauses import (
    DURATION_ONLY,
    NEITHER,
    PASSIVE_AUXILIARY,
)
from .lexicon import Hit, lexicon
from .sentence import RuleSentence
from .unstated_aims import not_stated

__all__ = ["OUTCOMES", "names_no_aim"]


# Promises that may be made to the subject, in the passive: "was promised", "were pledged".
_PROMISED = frozenset({"promised", "pledged", "vowed", "guaranteed"})
# "What we have to offer": a free relative, what one has to give, no aim.
_WE_MUST = frozenset({"we have to", "we must"})
_WHAT_BEFORE = re.compile(r"\b[Ww]hat\s+\Z")
# "what he wants to do", "what Peru hopes to achieve": the aim is what "what" stands for,
# named elsewhere (a free relative), and the verb has no object of its own.
_WHAT_FIRST = re.compile(r"\b[Ww]hat\s+(?:[^,;:.\"\u201c\u201d]|(?<=\b[A-Za-z])\.){0,30}\Z")
_DO_IT = re.compile(
    r"\s*(?:to\s+)?(?:do|achieve|accomplish|get|see|hear|say|tell)\s*"
    r"(?:[,.;:!?\"\u201d\u2013\u2014-]|\Z)"
)


_AT_WHOM = frozenset({"aim at", "aimed at", "aiming at", "aims at", "is aimed at"})
# "looks to Washington for help": to whom one turns, not what one aims to do.
_AT_WHOM |= frozenset({"look to", "looks to", "looking to", "looked to"})
# A name (a capitalised word, not a gerund in a title: "Aimed at Ending"), with "the".
_A_NAME = re.compile(r"\s+(?:the\s+)?[A-Z](?![\w-]*ing\b)[\w.'\u2019-]*")


def _aimed_at_someone(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` aims at someone named right after it ("comments aimed at
    Netanyahu", "took aim at Peru for its tariffs", "looks to Chile for help"): at whom,
    not what for."""
    return trigger.phrase in _AT_WHOM and _A_NAME.match(s.text, trigger.end) is not None


# Who wants it is no one: "items that nobody wants to buy"; "the last thing they want to
# do" is what they do not want; "if someone tries to" is no one's in particular.
_NO_ONE = re.compile(
    r"\b(?:nobody|no\s+one|neither\s+side|neither|none|anyone|anybody|everyone|everybody|"
    r"someone|somebody|"
    r"last\s+thing\s+(?:\w+\s+){1,2})"
    # "someone in Europe tries to", "someone in Lima is trying to": a place and an
    # auxiliary at most between
    r"(?:\s+(?:in|from|of)\s+(?:the\s+)?[\w-]+)?(?:\s+(?:is|are|was|were|has\s+been))?\s*\Z",
    re.IGNORECASE,
)


# "objective" as an adjective: "objective criteria", "an objective decision", "objective
# or impartial" (a noun only before a verb, a preposition or the end of its phrase).
_OBJECTIVE_ADJECTIVE = re.compile(
    r"\s+(?!(?:is|was|of|in|for|to|remains|remained|will|would|has|had|being|here|there|"
    r"must|should|now|still|clearly)\b)[a-z]"
)
# "its outcome will be determined beyond its borders", "is determined by": decided, no aim.
_DECIDED = re.compile(r"\b(?:be|been|being)\s+(?:\w+ly\s+)?\Z")
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|now\s+|already\s+)?\Z")
# "is determined that", "remains determined": resolved, an aim; "agencies determined the
# files were forged", "has determined that": found or decided, none.
_RESOLVED = re.compile(
    r"(?:\b(?:am|is|are|was|were|be|been|being|remains?|remained|seems?|seemed|appears?|"
    r"appeared|looks?|looked|stays?|stayed|became|becomes?|grew)|['\u2019](?:s|re|m))\s+"
    r"(?:\w+ly\s+|more\s+|still\s+|as\s+|so\s+|just\s+as\s+|all\s+the\s+more\s+)*\Z"
)


# Acts promised in the future tense: an aim when a state, a body or a person acts ("Chile
# said it would give Peru three patrol boats", "the country would continue to defend its
# rights", "has reached its limit but will continue to take them"), not a thing ("the sale
# would give Fujitsu a role", "trade frictions will continue", "the meeting will provide a
# forum").
_FUTURE_ACTS = frozenset({"would give", "will give", "will provide", "would send", "will send"})
_FUTURE_ACTS |= frozenset({"will continue", "would continue"})
_ACTOR_GAP = re.compile(r"(?:'s|\u2019s)?,?\s+(?:(?:also|still|now|then|\w+ly)\s+)?\Z")
_AGENT_SUBJECT = re.compile(
    r"(?:\b(?:and|but|or|who|it|they|we|he|she|I|you|country|countries|nation|nations|state|"
    r"states|government|governments|administration|side|sides|ministry|leadership|"
    r"authorities|officials|forces|troops|army|military|coalition|allies|partners|alliance|"
    r"bloc|kingdom|republic|regime|delegation|leader|leaders|president|minister|ministers|"
    r"premier|chancellor|secretary|spokesman|spokeswoman|bank|council|commission|"
    r"organi[sz]ation|agency|fund|body|parties)|,)\s+(?:(?:also|still|now|then|\w+ly)\s+)?\Z",
    re.IGNORECASE,
)


def _acted_by_no_one(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a future act (``_FUTURE_ACTS``) has a thing, not an actor, for subject."""
    if trigger.phrase not in _FUTURE_ACTS:
        return False
    if _AGENT_SUBJECT.search(s.text, max(0, trigger.start - 40), trigger.start):
        return False
    before = s.before(trigger.start)
    return before is None or not _ACTOR_GAP.fullmatch(s.text, before.end, trigger.start)


# Committed to a thing named as there already ("its quota", "Nato's charter"), not to
# doing something ("to reducing output"), to something sought ("a lasting peace") or to
# an outcome of diplomacy ("the peace process", "the ceasefire").
_COMMITTED = frozenset({"commit to", "commitment to", "commits to", "committed to"})
_TO_A_THING = re.compile(
    r"\s+(?:(?:the|this|that|these|those|its|their|his|her|our)\s+(?![\w-]+ing\b)|"
    r"[A-Z][\w.-]*(?:'s|\u2019s)\s)((?:[^,;.]|(?<=\b[A-Za-z])\.)*)"
)
#: Outcomes of diplomacy ("a peaceful settlement", "closer ties"): an aim at one is also
#: its holder's support for it (``stances.aims_supported``).
OUTCOMES = lexicon().phrases["goal.outcomes"]


# A thing named by an act to be done: "the strict enforcement of", "the removal of".
_AN_ACT_OF = re.compile(r"(?:[a-z-]+\s+){0,2}?[a-z]+(?:ment|tion|sion|ance|al)\s+of\b")


def _a_thing_held(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "committed to" names a thing there already (not an act to be done: "the
    full enforcement of its pacts"), and no outcome."""
    thing = _TO_A_THING.match(s.text, trigger.end)
    return (
        thing is not None
        and OUTCOMES.isdisjoint(thing.group(1).lower().split())
        and _AN_ACT_OF.match(thing.group(1)) is None
    )


# Sought by the police: "wanted in relation to the attacks", "were seeking in connection
# with the killing", "wanted for questioning".
_SOUGHT = frozenset({"wanted", "seeking", "sought", "is seeking", "are seeking", "were seeking"})
_WANTED_BY_POLICE = re.compile(
    r"\s+(?:in\s+(?:relation|connection)\s+(?:to|with)|for\s+(?:questioning|murder|"
    r"trial|the\s+killing)|by\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?(?:police|authorities|"
    r"prosecutors|interpol|government|FBI)"
    # "not on a wanted list", "a wanted man": someone sought by the police
    r"|(?:lists?|man|men|fugitives?|suspects?|notices?|posters?)\b)\b"
)


# Information sought: "was seeking more information", "sought clarification from Peru":
# a question put (a neutral position, ``stances``), no aim of the asker's.
_INFORMATION = re.compile(
    r"\s+(?:(?:more|further|additional|some|an?|the|urgent)\s+)*"
    r"(?:information|details|clarifications?|explanations?)\b"
)


# "the goals of reducing barriers" names what they are; "the goals of the enemy" whose.
_WHOSE_OR_WHAT = frozenset({"goals of", "aims of", "objectives of"})
_GERUND = re.compile(r"\s+[a-z]+ing\b")


# "will continue" with how long or how, not what: "the pressure will continue through
# March", "fighting would continue unabated".
_LASTS = re.compile(
    r"\s*(?:[.,;:!?\"\u201d]|\s(?:through|throughout|until|till|into|for|beyond|after|unabated|"
    r"apace|indefinitely|unchanged)\b)"
)


# What is pledged or sworn may be loyalty, which is no aim: "pledged allegiance to".
_LOYALTY = re.compile(r"\s+(?:(?:its|his|her|their|full)\s+)?(?:allegiance|loyalty|fealty)\b")


# An aim's "to" with its verb left out, as said before: "the funds it wanted to in
# Asia", "backed it in 2010 and Peru plans to again": what it stands for is elsewhere.
_ELIDED = re.compile(
    r"\s*(?:[,.;:!?\u2013\u2014-]|[\"\u201d](?!\w)|\Z|(?:in|at|on|for|with|from|again|too|"
    r"so|now|then|and|but|or|if|when|because)\b)"
)


# An attempt is an aim in a phrase of purpose ("in an attempt to", "in its attempts to"),
# where the clause's subject acts for it; elsewhere as often another's charge.
_IN_AN_ATTEMPT = re.compile(r"\b[Ii]n\s+(?:an?|its|their|his|her)\s+(?:[a-z]+\s+)?\Z")
# An infinitive that describes a noun ("places to seek shelter", "a chance to try") or
# says what someone was made to do ("were forced to seek refuge"): no one's stated aim.
_NOT_AN_AIM_BEFORE = re.compile(
    r"\b(?:forced|compelled|obliged|coerced|places?|room|nowhere|somewhere|anywhere|"
    r"chance|chances|opportunity|opportunities|freedom|ability|means|"
    # "had failed to ensure", "its failure to seek": what was not done, no aim stated
    r"fail|fails|failed|failing|failure)\s+(?:to\s+)?\Z"
)
# Readiness that "too" before it makes a fault: "too eager to sign", "too willing to".
_KEEN = frozenset({"willing", "eager", "keen", "ready", "anxious", "quick"})


def names_no_aim(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the goal trigger ``trigger`` states no one's aim where it stands in ``s``:
    a word in another sense or cut off, an aim of no one's, or one not stated."""
    return _other_sense(s, trigger) or _no_ones(s, trigger) or not_stated(s, trigger)


# "the goal line", "moving the goal posts": a game's goal (a figure of speech), no aim.
_GOAL_COMPOUND = re.compile(r"\s+(?:line|lines|posts?|keepers?|scorers?|kicks?)\b")


# "what promises to be", "which promised to be": what is likely, not what is pledged
# (not "Chile promised to be a reliable partner").
_TO_BE = re.compile(r"\s*to\s+be\s")
# "looks to be high", "looked to be heading for": seems to be (not "looking to be the
# first to sign", an aim).
_SEEMS = re.compile(r"\s*to\s+be\s+(?!(?:a|an|the|one|among|part)\b)")
_A_THING_BEFORE = re.compile(r"\b(?:[Ww]hat|[Ww]hich|[Ii]t|[Tt]his)\s+\Z")


# "hopes" as a noun that something stirs: "raising hopes for a deal", "dashed hopes of"
# (whose hopes, the sentence does not say; no aim stated).
_HOPES_STIRRED = re.compile(
    r"\b(?:rais|boost|fuell?|dash|dampen|dimm?|revive|reviv|buoy|lift)(?:e|es|ed|ing|s)?\s+"
    r"(?:(?:new|fresh|some|the|high|renewed)\s+)?\Z",
    re.IGNORECASE,
)


def _found(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "determined", not followed by "to", is a verb of finding or deciding: no
    "be" or "remain" before it ("agencies determined the files were forged"), not the
    opening word ("Determined, Peru pressed on") nor before "not to"."""
    opening = s.text[s.opens() : trigger.start].strip(" \"'\u201c") == ""
    return not (
        opening
        or s.text.startswith(" not to ", trigger.end)
        or _RESOLVED.search(s.text, max(0, trigger.start - 30), trigger.start)
    )


def _other_sense(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is cut off where it stands (an aside, a quotation's end, a
    broken-off sentence, an aim named elsewhere) or is a word in another sense: sought by
    police, a place to seek shelter, allegiance, a quality, decided, a length of time,
    what one has."""
    if s.text.startswith(",", trigger.end):
        return True  # "progress with Argentina and, we hope, Brazil": an aside, no aim
    if trigger.phrase == "hopes" and _HOPES_STIRRED.search(
        s.text, max(0, trigger.start - 24), trigger.start
    ):
        return True  # "raising hopes for a thaw": no one's aim stated
    if ("seek" in trigger.phrase or "sought" in trigger.phrase) and _INFORMATION.match(
        s.text, trigger.end
    ):
        return True  # "sought clarification from Peru": a question put, no aim
    if s.text.startswith(('"', "\u201d"), trigger.end):
        return True  # 'do "whatever they want" to any member': the quotation ended it
    if (
        trigger.phrase.startswith("promis")
        and _TO_BE.match(s.text, trigger.end - 3)
        and _A_THING_BEFORE.search(s.text, max(0, trigger.start - 8), trigger.start)
    ):
        return True  # "what promises to be a tense meal": likely to be, no pledge
    if trigger.phrase.startswith("look") and _SEEMS.match(s.text, trigger.end - 3):
        return True  # "turnout looks to be high": seems to be, no aim
    if trigger.phrase.endswith("goal") and _GOAL_COMPOUND.match(s.text, trigger.end):
        return True  # "driving toward the goal line": a game's goal, no aim
    if s.text.startswith(("...", "\u2026"), trigger.end):
        return True  # '"I want to... express the hope"': the speaker broke off
    if trigger.phrase in _SOUGHT and _WANTED_BY_POLICE.match(s.text, trigger.end):
        return True  # "a man wanted in connection with the attacks": sought, no aim
    if trigger.phrase.endswith(" to") and _ELIDED.match(s.text, trigger.end):
        return True  # "the funds it wanted to in Asia": the aim is named elsewhere
    if _NOT_AN_AIM_BEFORE.search(s.text, max(0, trigger.start - 16), trigger.start):
        return True  # "places to seek shelter", "forced to seek refuge": no aim stated
    if trigger.phrase.split()[0] in _KEEN and s.text.endswith("too ", 0, trigger.start):
        return True  # "we are too willing to blame others": a fault found, no aim
    if trigger.phrase.startswith("attempt") and not _IN_AN_ATTEMPT.search(
        s.text, max(0, trigger.start - 24), trigger.start
    ):
        return True  # "yet another attempt to weaken the OAS": a charge, no aim stated
    if _LOYALTY.match(s.text, trigger.end):
        return True  # "pledged allegiance to the government": loyalty sworn, no aim
    if trigger.phrase.lower() == "objective" and _OBJECTIVE_ADJECTIVE.match(s.text, trigger.end):
        return True  # "quotas set by objective criteria": a quality, no aim
    if trigger.phrase == "determined" and (
        _DECIDED.search(s.text, max(0, trigger.start - 20), trigger.start)
        or s.text.startswith(" by ", trigger.end)
        # "the party has determined that Soto will succeed him": decided, not resolved
        or (
            s.text.startswith(" that ", trigger.end)
            and _PERFECT.search(s.text, max(0, trigger.start - 20), trigger.start) is not None
        )
        or _found(s, trigger)
    ):
        return True  # "will be determined beyond its borders": decided, not resolved
    if trigger.phrase.endswith("continue") and _LASTS.match(s.text, trigger.end):
        return True  # "It will continue through March": how long, no aim
    if DURATION_ONLY.match(s.text, trigger.end):
        return True  # "the office he sought for several decades": how long, no aim named
    if trigger.phrase in _WE_MUST and _WHAT_BEFORE.search(
        s.text, max(0, trigger.start - 8), trigger.start
    ):
        return True  # "What we have to give is our help": a thing had, no aim
    if _WHAT_WANTED.search(s.text, max(0, trigger.start - 24), trigger.start) and not (
        _COPULA_NEXT.match(s.text, trigger.end)
    ):
        return True  # "do what it wants with its territory": whatever, no aim named
    # "that is exactly what he hopes to do": what he hopes, named before
    return bool(
        _DO_IT.match(s.text, trigger.end)
        and _WHAT_FIRST.search(s.text, max(0, trigger.start - 40), trigger.start)
    )


# "what he wants", "whatever it wants": a free relative with no aim of its own, unless a
# copula names it ("what Chile wants is a lasting peace").
_WHAT_WANTED = re.compile(
    r"\b(?:[Ww]hat|[Ww]hatever)\s+(?:he|she|it|they|we|I|you|one)\s+(?:\w+ly\s+)?\Z"
)
_COPULA_NEXT = re.compile(r"\s+(?:[^,;:.]{0,40}?\s)?(?:is|was|are|were|will\s+be)\b")


def _no_ones(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the aim of ``trigger`` is no one's: aimed at someone, wanted by nobody or
    neither, a thing's effect, whose goals rather than what, a commitment to a thing
    held, a promise received."""
    if _aimed_at_someone(s, trigger):
        return True  # "comments aimed at Netanyahu": a target, no aim
    if _NO_ONE.search(s.text, max(0, trigger.start - 30), trigger.start):
        return True  # "items that nobody wants to buy": no one's aim
    if NEITHER.search(s.text, 0, trigger.start):
        return True  # "Neither Hezbollah nor Israel wants a war": no one's aim
    if _acted_by_no_one(s, trigger):
        return True  # "the sale would give Fujitsu a role": a thing's effect, no aim
    if trigger.phrase.lower() in _WHOSE_OR_WHAT and not _GERUND.match(s.text, trigger.end):
        return True  # "serving the goals of the junta": whose goals, not what they are
    if trigger.phrase in _COMMITTED and _a_thing_held(s, trigger):
        return True  # "its commitment to its quota": support for it, no aim of its own
    if unowned_in_subordinate(s, trigger):
        return True  # "..., as efforts to impeach her gained pace": whose, it does not say
    if things_they(s, trigger):
        return True  # "brushed off the rumours, saying they sought to smear him": theirs
    if common_subject(s, trigger):
        return True  # "said the rebels were working to end attacks": the rebels' aim
    # "the autonomy Hong Kong was promised": a promise received, no aim
    return bool(
        trigger.phrase in _PROMISED
        and PASSIVE_AUXILIARY.search(s.text, max(0, trigger.start - 24), trigger.start)
    )
