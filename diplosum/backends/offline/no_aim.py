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
for a thing there already ("committed to its quota"); how long sought; a promise
received; "what we have to offer"; an attempt punished or charged; others' aims thwarted
("disrupt efforts to"); aims disclaimed ("has no plans to") or denied ("denies it has
sought to") or disowned with acts denied; aims given up ("abandoned its bid to").
"""

from __future__ import annotations

import re

from .clauses import (
    DURATION_ONLY,
    NEITHER,
    OPEN_QUESTION,
    PASSIVE_AUXILIARY,
    UNLIKELY,
    dropped,
    in_question,
)
from .lexicon import Hit, lexicon
from .sentence import RuleSentence

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


# A wish inside a condition: "if Chile wants to export", "unless Peru intends to" (the
# trigger before the condition's comma). An aim named there is still stated: "if OPEC
# achieves its stated goal of", "unless Japan acts as pledged in the Paris accord".
_SUPPOSED = re.compile(
    r"\b(?:[Ii]f|[Uu]nless)\s+(?:[^,;:.\"\u201c\u201d]|(?<=\b[A-Za-z])\.){1,60}\Z"
)
_WISH = re.compile(r"(?:is\s+|are\s+)?(?:want|hope|wish|intend|willing|prepared|seek)")


# Aims named by a noun that can be given up ("abandoned its bid to").
_GIVEN_UP_AIMS = frozenset({"plan to", "plans to", "plans", "bid to", "effort to", "efforts to"})
_GIVEN_UP_AIMS |= frozenset({"a move to", "attempt to", "attempts to", "intention to"})
_GIVEN_UP_AIMS |= frozenset({"policy of", "policies of"})


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


# An attempt someone is punished or charged for: "was sentenced to 12 years for trying
# to", "arrested on suspicion of plotting to", "accused of seeking to".
_PUNISHED_FOR = re.compile(
    r"\b(?:sentenced|convicted|jailed|imprisoned|arrested|charged|accused|detained|"
    r"punished|fined|indicted|prosecuted|suspected|suspicion)\b(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,60}?\b(?:for|of)\s+"
    # "charged five hackers for breaking into networks in order to steal secrets": the
    # purpose of the act charged, the charged ones'
    # (not a second verb of the subject's: "accused Mexico of sending ... and vowed to")
    r"(?:[a-z]+ing\b(?:[^,;:.]|\.(?=\w|\s+[a-z])){0,80}?\s+"
    r"(?<!\band\s)(?<!\bbut\s)(?<!\band\shas\s)(?<!\band\shad\s)(?<!\band\swill\s))?\Z"
)


# An aim alleged by others: "for allegedly trying to", "a plot by Peru to (try to)".
_ALLEGED = re.compile(
    r"\b(?:allegedly\s+|alleged\s+|plot(?:s|ted|ting)?\s+(?:by\s+(?:[^,;:.]|(?<=\b[A-Za-z])\.){1,40}?\s+)?to\s+)\Z"
)


# A verb of hindering or opposing right before an aim's noun: "disrupt efforts to",
# "criticised plans to", "thwarted a bid to" (the aim is others', unnamed).
_HINDERED = re.compile(
    r"\b(?:disrupt|undermin|thwart|foil|frustrat|derail|obstruct|hamper|sabotag|torpedo|"
    r"resist|oppos|criticis|criticiz|condemn|reject|denounc|block)[a-z]*\s+"
    r"(?:(?:the|a|an|any|all|such|these|those|new|recent)\s+)?\Z"
)


# An aim disclaimed: "has no plans to seek", "does not intend to", "had no intention of
# leaving" (not "not only plans to").
_DISCLAIMED = re.compile(
    # "has no plans to", and "denied plans to" ("Japan denies plans to cut duties")
    r"\b(?:no|not|never|den(?:y|ies|ied|ying))\s+(?!only\b)(?:\w+\s+)?(?:plans?|planning|"
    r"intentions?|intends?|intending|intend)\s+(?:to|of)(?:\s+[\w-]+)?\s*\Z",
    re.IGNORECASE,
)


# The aim itself denied: "denies it has aimed to", "denied that it was seeking to".
_DENIED_AIM = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:it|he|she|they|we)\s+"
    r"(?:(?:has|had|have|is|was|were|are|ever|would)\s+)*\Z",
    re.IGNORECASE,
)


# Acts denied, then what they would be for: "does not engage in any activities intended
# to", "denied any operations aimed at" (an aim disowned with the acts).
_DISOWNED_ACTS = re.compile(
    r"\b(?:not|never|no|any|den(?:y|ies|ied|ying))\s+(?:[\w-]+\s+){0,2}?(?:activities|activity|"
    r"operations?|actions?|acts?|steps|measures|moves?|efforts?|attempts?|objectives)\s+"
    r"(?:or\s+[\w-]+\s+)?\Z",
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


def _a_thing_held(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "committed to" names a thing there already, and no outcome."""
    thing = _TO_A_THING.match(s.text, trigger.end)
    return thing is not None and OUTCOMES.isdisjoint(thing.group(1).lower().split())


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


# An infinitive that describes a noun ("places to seek shelter", "a chance to try") or
# says what someone was made to do ("were forced to seek refuge"): no one's stated aim.
_NOT_AN_AIM_BEFORE = re.compile(
    r"\b(?:forced|compelled|obliged|coerced|places?|room|nowhere|somewhere|anywhere|"
    r"chance|chances|opportunity|opportunities|freedom|ability|means|"
    # "had failed to ensure", "its failure to seek": what was not done, no aim stated
    r"fail|fails|failed|failing|failure)\s+(?:to\s+)?\Z"
)


def names_no_aim(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the goal trigger ``trigger`` states no one's aim where it stands in ``s``:
    a word in another sense or cut off, an aim of no one's, or one not stated."""
    return _other_sense(s, trigger) or _no_ones(s, trigger) or _not_stated(s, trigger)


# "hopes" as a noun that something stirs: "raising hopes for a deal", "dashed hopes of"
# (whose hopes, the sentence does not say; no aim stated).
_HOPES_STIRRED = re.compile(
    r"\b(?:rais|boost|fuell?|dash|dampen|revive|reviv|buoy|lift)(?:e|es|ed|ing|s)?\s+"
    r"(?:(?:new|fresh|some|the|high|renewed)\s+)?\Z",
    re.IGNORECASE,
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
    if s.text.startswith(('"', "\u201d"), trigger.end):
        return True  # 'do "whatever they want" to any member': the quotation ended it
    if s.text.startswith(("...", "\u2026"), trigger.end):
        return True  # '"I want to... express the hope"': the speaker broke off
    if trigger.phrase in _SOUGHT and _WANTED_BY_POLICE.match(s.text, trigger.end):
        return True  # "a man wanted in connection with the attacks": sought, no aim
    if trigger.phrase.endswith(" to") and _ELIDED.match(s.text, trigger.end):
        return True  # "the funds it wanted to in Asia": the aim is named elsewhere
    if _NOT_AN_AIM_BEFORE.search(s.text, max(0, trigger.start - 16), trigger.start):
        return True  # "places to seek shelter", "forced to seek refuge": no aim stated
    if _LOYALTY.match(s.text, trigger.end):
        return True  # "pledged allegiance to the government": loyalty sworn, no aim
    if trigger.phrase.lower() == "objective" and _OBJECTIVE_ADJECTIVE.match(s.text, trigger.end):
        return True  # "quotas set by objective criteria": a quality, no aim
    if trigger.phrase == "determined" and (
        _DECIDED.search(s.text, max(0, trigger.start - 20), trigger.start)
        or s.text.startswith(" by ", trigger.end)
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
    # "that is exactly what he hopes to do": what he hopes, named before
    return bool(
        _DO_IT.match(s.text, trigger.end)
        and _WHAT_FIRST.search(s.text, max(0, trigger.start - 40), trigger.start)
    )


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
    # "the autonomy Hong Kong was promised": a promise received, no aim
    return bool(
        trigger.phrase in _PROMISED
        and PASSIVE_AUXILIARY.search(s.text, max(0, trigger.start - 24), trigger.start)
    )


# A guess at the aim of an act, right before its noun: "suspects the aim is to",
# "believes the real goal is".
_SUSPECTED_AIM = re.compile(
    r"\b(?:suspect|suspects|suspected|believe|believes|believed|fear|fears|feared|think|"
    r"thinks|thought)\s+(?:that\s+)?(?:the\s+)?(?:real\s+|true\s+|main\s+|ultimate\s+)?\Z"
)
_GUESSED_AIMS = frozenset(
    {"the aim", "aim", "goal", "the goal", "intention", "the intention", "purpose", "objective"}
    | {"aim is to", "aim was to", "goal is to", "goal was to"}
)
# An aim to put out a person named before by a pronoun: whoever holds it, it is against
# them, not theirs ("a push to remove him", "efforts to oust her").
_AGAINST_A_PERSON = re.compile(
    r"\s+(?:remove|oust|topple|impeach|unseat|overthrow|depose|replace|bring\s+down)\s+"
    r"(?:him|her)\b"
)


def _not_stated(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the aim of ``trigger`` is not stated: asked, supposed, doubted, charged
    or alleged, others' aim thwarted, disclaimed, disowned or given up."""
    if OPEN_QUESTION.search(s.text, max(0, trigger.start - 100), trigger.start) or in_question(
        s.text, trigger
    ):
        # "did not specify if the attacker was intending to", "Did Peru intend to
        # leave?": a question, no aim stated
        return True
    if _WISH.match(trigger.phrase) and _SUPPOSED.search(
        s.text, max(0, trigger.start - 60), trigger.start
    ):
        return True  # "If Chile wants to export, it must ...": supposed, not stated
    if UNLIKELY.search(s.text, max(0, trigger.start - 70), trigger.start):
        return True  # "saw little sign of an intention to impose": none stated
    if _PUNISHED_FOR.search(s.text, max(0, trigger.start - 160), trigger.start):
        return True  # "was sentenced ... for trying to join": a charge proved, no aim stated
    if _ALLEGED.search(s.text, max(0, trigger.start - 60), trigger.start):
        return True  # "for allegedly trying to", "a plot by Peru to try to": alleged, unstated
    if trigger.phrase in _GIVEN_UP_AIMS and _HINDERED.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return True  # "to disrupt efforts to restore services": others' aim, thwarted
    if _DISCLAIMED.search(s.text, max(0, trigger.start - 40), trigger.end):
        return True  # "has no plans to seek": no aim stated
    if _DENIED_AIM.search(s.text, max(0, trigger.start - 40), trigger.start):
        return True  # "denies it has sought to build a bomb": the aim denied
    if _DISOWNED_ACTS.search(s.text, max(0, trigger.start - 80), trigger.start):
        return True  # "denied any activities intended to sway": acts and aim disowned
    if trigger.phrase.lower() in _GUESSED_AIMS and _SUSPECTED_AIM.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return True  # "suspects the aim is to": a guess at someone else's
    if _AGAINST_A_PERSON.match(s.text, trigger.end):
        return True  # "a push to remove her from office": against one named, not hers
    # "has dropped plans to oppose", "abandoned its bid to", "reversed a policy of trying
    # to": given up
    return (
        trigger.phrase in _GIVEN_UP_AIMS and dropped(s.text, trigger.start, plan_word=True)
    ) or dropped(s.text, trigger.start, plan_word=False)
