"""Stance words used for something else, where they stand (``no_judgment``): "support" of
a service or a subsidy, "demand" of a market, "concerned" for those in question, a
position said to be unknown, responsibility claimed, "lies" of a place, the law's terms,
a kind of treaty, matters "of mutual concern", a negation before a verb of speaking, an
agreement to meet, "necessary" of what acting needs ("if necessary", "all necessary
steps").
``no_position`` and ``speech_polarity`` read no position in them.
"""

from __future__ import annotations

import re

from .legal_terms import a_legal_term
from .lexicon import Hit
from .questions import HOW_FAR
from .word_senses import NO_STAND

__all__ = ["no_judgment"]


# A position said to be unknown: "it is unclear whether Peru will back the plan", or how
# far it does (before it, in its clause); "Lima's backing for the plan remains unclear"
# (after an assent's noun, the noun as the subject).
_UNKNOWN_WHETHER = re.compile(
    r"\b(?:unclear|uncertain|not\s+clear|not\s+known|unknown)\s+"
    rf"(?:whether\b|if\b|{HOW_FAR}\b)(?:[^,;:.]|(?<=\b[A-Za-z])\.)*\Z"
)
_REMAINS_UNKNOWN = re.compile(
    r"(?:\s+(?:for|of|to)\s+(?:[^,;:.]|(?<=\b[A-Za-z])\.){1,50}?)?\s+(?:remains?|remained|is|was|are|were)\s+"
    r"(?:still\s+|also\s+)?(?:unclear|uncertain|unknown|in\s+doubt|an\s+open\s+question)\b"
)
# A trigger that is itself a negation ("would not", "did not want"): before a verb of
# speaking (``NO_STAND``) it withholds a view rather than states one.
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b")
_ASSENT_NOUNS = frozenset({"approval", "backing", "support", "endorsement", "opposition"})


def _in_doubt(text: str, trigger: Hit) -> bool:
    """Whether the position of ``trigger`` is said to be unknown (``_UNKNOWN_WHETHER``,
    ``_REMAINS_UNKNOWN``)."""
    if _UNKNOWN_WHETHER.search(text, max(0, trigger.start - 100), trigger.start):
        return True
    return trigger.phrase in _ASSENT_NOUNS and bool(_REMAINS_UNKNOWN.match(text, trigger.end))


# "support" as a service or a subsidy: "consular support", "technical support", "income
# support" (not "military support", "financial support": backing for a side).
_SERVING = re.compile(
    r"\b(?:consular|technical|logistical|logistic|customer|price|income|life|tech|"
    r"administrative|clerical|federal|emergency|medical|psychological|mental|disaster)\s+\Z",
    re.IGNORECASE,
)
# "support" naming a role: "support personnel", "support troops", "a support vessel".
_SUPPORT_ROLE = re.compile(
    r"\s+(?:personnel|staff|troops|units?|roles?|services|vessels?|ships?|aircraft|bases?|"
    r"crews?|workers|functions|equipment|systems|networks|groups?|teams?)\b"
)
# "support for farmers", "support for the car industry": a subsidy to a trade or its
# people, no side taken.
_FOR_A_TRADE = re.compile(
    r"\s+for\s+(?:(?:the|its|their|local|domestic|struggling|poor)\s+)?(?:[a-z-]+\s+)?"
    r"(?:farmers|farming|farms|agriculture|growers|producers|industry|industries|exporters|"
    r"manufacturers|manufacturing|businesses|firms|carmakers|airlines|households|savers|"
    r"homeowners|pensioners|shipbuilders|miners|fishermen|sector)\b"
)
# "concerned" after its noun: "the individual concerned", "all parties concerned" are
# those in question (not "the countries concerned about", "those concerned that").
_IN_QUESTION = re.compile(r"\b(?:the|all|those|any|each)\s+(?:[a-z]+\s+){0,2}\Z", re.IGNORECASE)
_CONCERNED_WHY = re.compile(r"\s+(?:about|over|that|by|at|with|for|of|as)\b")


# "demand" of a market: for goods ("the demand for Chilean copper", past a few words
# that are not a political ask's: "for more imports", "for Peru to buy ..."), or after
# what a market's demand is said to be or do ("domestic demand", "reducing demand"); and
# a bill: "a $2bn tax demand", "a payment demand".
_MARKET_WANTS = re.compile(
    r"\s+for\s+(?:(?!(?:more|greater|increased|fewer|less|access|cuts?|curbs?|limits?|"
    r"restrictions?|quotas?|to)\b)[\w.'\u2019-]+\s+){0,3}?"
    r"(?:goods|products|exports|imports|oil|crude|gas|fuel|electricity|travel|flights|steel|"
    r"cars|chips|bonds|gilts|treasuries|shares|stocks|equities|credit|loans|housing|homes|"
    r"commodities|food|grain|wheat|rice|metals?|copper|gold|dollars?|yen|currency|services|"
    r"tourism|coal)\b",
    re.IGNORECASE,
)
_MARKET_BEFORE = re.compile(
    r"\b(?:domestic|consumer|global|world|weak|weaker|strong|stronger|robust|sluggish|"
    r"rising|falling|slowing|growing|higher|lower|seasonal|pent-up|reduc(?:e|es|ed|ing)|"
    r"boost(?:s|ed|ing)?|driv(?:e|es|ing)|drove|stimulat(?:e|es|ed|ing)|spur(?:s|red|ring)?|"
    r"tax|payment|ransom|"
    # "restrain wage demands": workers' claims on their employers
    r"wage|pay|salary)"
    r"\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _market_demand(text: str, hit: Hit) -> bool:
    """Whether ``hit`` is "demand" of a market (``_MARKET_WANTS``, ``_MARKET_BEFORE``)."""
    return hit.phrase.lower() in ("demand", "demands") and bool(
        _MARKET_WANTS.match(text, hit.end)
        or _MARKET_BEFORE.search(text, max(0, hit.start - 24), hit.start)
    )


# "claimed responsibility for the bombing": an act owned, no blame laid on another.
_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)


# "lies in", "lies ahead": where something is, no falsehood.
_PLACED = re.compile(r"\s+(?:in|with|at|ahead|behind|within|beyond|on|outside|between)\b")


# What kind of treaty "agreement" names: "a free trade agreement", "the nuclear
# agreement" (a thing, not a judgment that the parties agree).
_ACCORD_KIND = re.compile(
    r"\b(?:trade|nuclear|peace|bilateral|framework|partnership|cooperation|investment|"
    r"arms|ceasefire|cease-fire|security|defen[cs]e|border|fishing|extradition|association|"
    r"climate|debt|loan|supply|gas|oil|visa|transit)\s+\Z",
    re.IGNORECASE,
)


# Matters "of concern" to someone: "issues of mutual concern", "areas of common concern".
_OF_CONCERN = re.compile(
    r"\b(?:issues?|matters?|areas?|questions?|topics?|subjects?|fields?|points?|problems?)\s+"
    r"of\s+(?:mutual|common|shared|bilateral|joint|particular|special|great|regional|"
    r"international|global)?\s*\Z"
)


# An agreement to meet: "agreed to hold a summit", "agreed to meet again", "agreed to
# resume talks". The meeting is what it states (``meetings``), not a position on an issue.
_TO_MEET = re.compile(
    r"\s+(?:on\s+\w+\s+)?to\s+(?:meet|visit|(?:hold|resume|continue|start|begin|open|"
    r"have|set\s+up)\s+(?:(?:a|an|the|further|more|new|regular|direct|formal|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:talks|summit|meetings?|negotiations|discussions|dialogue|"
    r"consultations)\b)"
)
_AGREED = frozenset({"agreed", "agrees", "agreeing"})


# "necessary" as what acting needs, not a judgment that something is needed: "if
# necessary", "whatever is necessary", "when it is necessary", "all necessary measures",
# "the necessary steps" (not "talks are necessary", "a necessary step": judgments).
_MEANS_NEEDED = re.compile(
    r"\b(?:(?:if|when|where|as|whenever|wherever|unless)\s+(?:it\s+)?(?:is\s+|was\s+|be\s+|"
    r"becomes\s+|proves\s+)?|what(?:ever)?\s+(?:is|was|be|are|were|seems|may\s+be)\s+|"
    r"(?:all|the|any|every|such|other)\s+(?:\w+\s+)?)\Z",
    re.IGNORECASE,
)


def no_judgment(text: str, hit: Hit) -> bool:
    """Whether ``hit`` is a stance word used for something else: "support" of a service or
    a subsidy ("providing consular support"), "demand" of a market ("demand for Chilean
    copper"), "concerned" for those in question ("the individual concerned"), a position
    said to be unknown ("it is unclear whether Peru will back", "Lima's backing remains
    unclear"), responsibility claimed, "lies" of a place ("lies in"), "criminal" as the
    law's term ("criminal charges"), a kind of treaty ("a free trade agreement"), a
    negation before a verb of speaking ("would not comment"), or "necessary" of what
    acting needs ("whatever is necessary")."""
    if _in_doubt(text, hit) or _market_demand(text, hit):
        return True
    phrase = hit.phrase.lower()
    if phrase in _AGREED and _TO_MEET.match(text, hit.end):
        return True  # "Peru and Chile agreed to hold a summit": a meeting, no stance
    if phrase == "responsibility for":
        return _CLAIMED.search(text, max(0, hit.start - 30), hit.start) is not None
    if phrase in ("lies", "lie", "lay"):
        return _PLACED.match(text, hit.end) is not None  # "the answer lies in trade"
    if _NEGATION.search(phrase) and NO_STAND.match(text, hit.end):
        return True  # "would not comment on", "did not want to speculate": nothing said
    if phrase in ("support", "supports"):
        return bool(
            _SERVING.search(text, max(0, hit.start - 16), hit.start)
            or _FOR_A_TRADE.match(text, hit.end)
            or (phrase == "support" and _SUPPORT_ROLE.match(text, hit.end))
        )
    if phrase == "necessary":
        return _MEANS_NEEDED.search(text, max(0, hit.start - 24), hit.start) is not None
    if a_legal_term(text, hit):
        return True  # "faces criminal charges", "illegal immigration": the law's words
    if phrase in ("agreement", "agreements") and _ACCORD_KIND.search(
        text, max(0, hit.start - 24), hit.start
    ):
        return True  # "did not discuss a free trade agreement": a kind of treaty named
    if phrase in ("concern", "concerns") and _OF_CONCERN.search(
        text, max(0, hit.start - 40), hit.start
    ):
        return True  # "issues of mutual concern": what both care about, no worry voiced
    return (
        phrase == "concerned"
        and bool(_IN_QUESTION.search(text, max(0, hit.start - 40), hit.start))
        and not _CONCERNED_WHY.match(text, hit.end)
    )
