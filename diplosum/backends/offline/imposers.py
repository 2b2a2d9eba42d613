"""Who imposes a sanction, and on whom: the parties around a sanction trigger.

- ``imposers_of``: the actor right before the measure when only an imposing verb and words
  for the measures stand between ("the EU imposed new sanctions", "U.S. sanctions"), else
  the agents after "imposed by", else the subject of the clause whose means the measure
  is ("Russia answered by expelling ten U.S. diplomats").
- a state named right before the measure, its target ("eased Cuban sanctions", "the
  Peruvian sanctions act, passed by Chile"), is ``adjective_targets``' to find.

The state a measure names in its object ("expelled two Saudi diplomats") is
``measure_objects``' to find.

``sanctions.py`` reads a sentence's triggers with these and sets each one's status.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .adjective_targets import adjective_target, imposer_of_adjective
from .blocked_measures import blockers_measure
from .imposer_words import BY_ITS_VERB, IMPOSER_GAP, MEASURE_WORDS
from .lexicon import Hit
from .measures import ban_as_verb
from .sentence import RuleSentence

__all__ = [
    "IMPOSED_BY",
    "coordinated_after",
    "imposers_of",
    "relative_imposers",
]


def coordinated_after(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The actor after ``offset`` and those listed with it ("China, Burma and Zimbabwe")."""
    first = s.after(offset)
    return [] if first is None else s.listed_from(first)


# A passive of some other verb between a measure and "by": "sanctions on Peru were
# criticised by Chile" names who judged them, not who imposed them (but "were tightened
# last year by" names the imposer).
_SOMEONE_ELSES_PASSIVE = (
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?!(?:imposed|levied|placed|tightened|"
    r"extended|renewed|expanded|eased|lifted|relaxed|approved|adopted|announced|introduced|"
    r"strengthened|toughened|enforced|agreed|enacted|passed|slapped|ordered|maintained|"
    r"reimposed|suspended)\b)[a-z]"
)
IMPOSED_BY = re.compile(
    rf"\s+(?!(?:\w+,?\s+){{0,2}}?{_SOMEONE_ELSES_PASSIVE})"
    r"(?:\w+,?\s+){0,2}?(?:imposed|adopted|agreed|approved|announced|levied|slapped|enacted|"
    r"passed)?\s*by\s+"
    # "sanctions imposed on North Korea by the United Nations", "sanctions against Iran
    # were tightened last year by the United States" (not "restrictions on exports of U.S.
    # products by Chinese maker ZTE": who exports, not who restricts)
    # (also "sanctions were imposed on Peru by Chile")
    r"|\s+(?:(?:(?:was|were|is|are|ha[sd]\s+been|have\s+been)\s+)?(?:imposed|levied|placed)\s+)?"
    r"(?:on|against)\s+"
    r"(?!(?:the\s+)?(?:exports?|imports?|sales?|purchases?|shipments?|investments?)\b)"
    rf"(?:(?!{_SOMEONE_ELSES_PASSIVE})[^,;]){{1,60}}?\s+by\s+",
    re.IGNORECASE,
)


# The preposition a target follows, past those after "by": "by big powers on Chile".
_ON_TARGET = re.compile(r"\b(?:on|against)\s")
# "the imposition by Canada of (new, punitive) duties"
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?\Z")
# A measure one lives under: "flying under sanctions", "under international sanctions".
_UNDER = re.compile(r"\bunder\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}\Z")
_BY_OF = re.compile(r"\s+of\s+(?:(?:the|new|fresh|further|punitive|tough|economic|trade)\s+)*")


# A possessive and what the measure covers, any word: "Peru's food embargo" (the word
# lists name the common kinds; the possessive makes any the owner's), for the nouns that
# name nothing but a measure ("Obama's inversion curbs" are rules at home).
_OWN_KIND = re.compile(rf"(?:'s|\u2019s)\s+(?:(?:{MEASURE_WORDS})\s+)*[a-z][a-z-]+\s+")
_PLAIN_MEASURES = frozenset({"embargo", "sanctions", "blockade", "boycott"})
# A phrase of circumstance set off by commas between the imposer and its verb: "Chile,
# in a parallel step on Monday, pledged to stop", "Peru, after months of talks, imposed".
_CIRCUMSTANCE = re.compile(
    r",\s+(?:in|as|after|following|despite|like|for\s+(?:its|their)\s+part)\s[^,;:()\"\u201c]{0,50}?,"
)


def imposers_of(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """Who imposes the sanction of ``trigger``: the actor before it when only an imposing
    verb and the measures' words stand between ("the EU imposed new sanctions", "U.S.
    sanctions"), else the agents after "imposed by" ("sanctions imposed by the UN, the
    United States and the EU"). Anyone else nearby is no imposer ("Iran has complained
    that ... sanctions")."""
    before = s.before(trigger.start)
    if before is not None and s.text.endswith("anti-", 0, before.start):
        return []  # "anti-U.S. sanctions": the state they are against
    under = _UNDER.search(s.text, max(0, trigger.start - 40), trigger.start)
    if under is not None and (before is None or before.end <= under.start()):
        return []  # "how Iran kept flying under sanctions": the one under them is the target
    by = IMPOSED_BY.match(s.text, trigger.end)
    agents = _right_after(s, by.end()) if by is not None else []
    if by is not None and _by_names_owner(s, trigger, by):
        agents, by = [], None  # "Canada banned flights by Libyan airlines": whose flights
    if agents and before is not None and not s.text[before.end : trigger.start].strip():
        # "the Peruvian sanctions act, passed by Chile": the state
        # named right before the measure is its target (``adjacent_target``).
        return agents
    subject = imposer_of_adjective(s, before, trigger)
    if subject:
        return subject
    if before is not None and adjective_target(s, trigger) is before:
        before = None  # "when it passed the South African sanctions bill": the target
    if before is not None and trigger.start - before.end <= 80 and s.is_agent(before):
        aside = _CIRCUMSTANCE.match(s.text, before.end)
        gap_fits = IMPOSER_GAP.fullmatch(
            s.text, aside.end() if aside else before.end, trigger.start
        ) is not None or (
            trigger.phrase in _PLAIN_MEASURES
            and _OWN_KIND.fullmatch(s.text, before.end, trigger.start) is not None
        )
        # "the imposition by Canada of punitive duties"
        by_of = _BY_BEFORE.search(s.text, max(0, before.start - 8), before.start) and (
            _BY_OF.fullmatch(s.text, before.end, trigger.start) is not None
        )
        if (gap_fits or by_of) and (blocked := blockers_measure(s, before, trigger)) is not None:
            return blocked  # "Russia and China vetoed new sanctions against Peru"
        if gap_fits or by_of:
            listed = s.listed_before(before)
            return _joiners(s, listed[0]) + listed
    if by is not None:
        agents = coordinated_after(s, by.end())
        # "a lifting of sanctions by big powers on Chile": the state after "on" is the
        # target, not one of those after "by" (unnamed here).
        if agents and _ON_TARGET.search(s.text, by.end(), agents[0].start):
            return []
        return agents
    return (
        _by_doing(s, trigger)
        or _subject_of_verb(s, trigger)
        or relative_imposers(s, trigger)
        or _second_predicate(s, trigger)
    )


def _by_names_owner(s: RuleSentence, trigger: Hit, by: re.Match[str]) -> bool:
    """Whether ``by`` after ``trigger``, a verb of stopping in the past and what it stops,
    names whose that is, with no imposing participle before it."""
    return (
        _STOPPED_BY_WHOM.fullmatch(s.text, trigger.end, by.end()) is not None
        and s.has("sanction.stops", trigger.start, trigger.end)
        and BY_ITS_VERB.match(trigger.phrase) is not None
    )


# "by" right after what a verb stops: whose it is ("flights by Libyan airlines").
_STOPPED_BY_WHOM = re.compile(
    r"\s+(?:(?!(?:imposed|adopted|agreed|approved|announced|levied|slapped|enacted|passed)\b)"
    r"[a-z][\w-]*\s+){0,2}by\s+"
)


# "... and recalled", "and then expelled": a second predicate of the clause's subject.
_AND_BEFORE = re.compile(
    r"\band\s+(?:\w+ly\s+|also\s+|then\s+)?"
    # "and in October expelled", "and on Monday recalled": a time before the verb
    r"(?:(?:in|on|last|this|early|late)\s+(?:\w+\s+)?)?\Z"
)


def _second_predicate(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The subject of a measure's verb after "and" ("El Salvador said it would not
    recognize the government and recalled its ambassador"): the clause's subject."""
    if not BY_ITS_VERB.match(trigger.phrase) or not _AND_BEFORE.search(
        s.text, max(0, trigger.start - 32), trigger.start
    ):
        return []
    return [a for a in s.holders(trigger.start) if s.is_agent(a)][:1]


# "the duties President Boric imposed on Peruvian goods", "the sanctions
# that the United States has enforced against Iran": the imposer of a relative clause
# right after the measure.
_RELATIVE_OPENING = re.compile(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?")
# A title before the agent's name ("President Reagan"), capitalised.
_HE_OR_SHE = re.compile(r"(?:he|she)\b")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}")
_RELATIVE_VERB = re.compile(
    # "the tariffs the Reagan Administration imposed": the person's government imposes
    r"(?:\s+(?:[Aa]dministration|[Gg]overnment))?"
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:\w+ly|just|already|also|long)\s+)?(?:imposed|levied|placed|slapped|ordered|"
    r"enforced|maintained|maintains|maintain|kept|keeps|reimposed)\b"
)


def relative_imposers(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The agents of an imposing verb in a relative clause on the measure."""
    opening = _RELATIVE_OPENING.match(s.text, trigger.end)
    if opening is None:
        return []
    pronoun = _HE_OR_SHE.match(s.text, opening.end())
    if pronoun is not None and _RELATIVE_VERB.match(s.text, pronoun.end()):
        # "Reagan said the tariffs he imposed on Japan were ...": the one "he" stands for
        person = s.he_or_she(opening.end())
        return [person] if person is not None and person.code else []
    agents = coordinated_after(s, opening.end())
    if not agents or not s.is_agent(agents[0]):
        return []
    if not _TITLE_WORDS.fullmatch(s.text, opening.end(), agents[0].start):
        return []
    return agents if _RELATIVE_VERB.match(s.text, agents[-1].end) else []


# "Canada joined the United States in imposing sanctions": Canada imposes them too.
_JOINED = re.compile(r"\bjoin(?:ed|s|ing)?\s+(?:the\s+)?\Z")


def _right_after(s: RuleSentence, offset: int) -> list[ActorMention]:
    """Those listed from an actor named right at ``offset`` (after at most "the")."""
    agents = coordinated_after(s, offset)
    return agents if agents and agents[0].start - offset <= 4 else []


def _joiners(s: RuleSentence, first: ActorMention) -> list[ActorMention]:
    """Who "joined" ``first`` (the first imposer named), when someone did."""
    joined = _JOINED.search(s.text, max(0, first.start - 12), first.start)
    if joined is None:
        return []
    return [a for a in s.holders(joined.start(), within_clause=True) if s.is_agent(a)]


# "retaliated by imposing duties on", "answered the sanctions by expelling": the measure
# is the act of the clause's subject, wherever the sentence names others in between.
_BY_DOING = re.compile(
    r"\bby\s+(?:[a-z]+ing\s+(?:(?:new|fresh|further|punitive|retaliatory|its|their|\d+)\s+)*)?\Z"
)


def _by_doing(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The subject of the clause whose means the measure is ("by imposing duties")."""
    by = _BY_DOING.search(s.text, max(0, trigger.start - 50), trigger.start)
    if by is None or (by.end() - by.start() <= 3 and not trigger.phrase.split()[0].endswith("ing")):
        return []  # "hit by new sanctions": a passive's agent, not a means
    return [a for a in s.holders(by.start(), within_clause=True) if s.is_agent(a)]


# "have threatened retaliatory action", "and impose curbs": an imposing verb right before
# the measure, whose subject the clause names further back ("U.S. officials have accused
# Tokyo of failing ... and have threatened retaliatory action"). With an auxiliary or
# after "and" only: "halt threatened sanctions" has no verb there.
_VERB_BEFORE = re.compile(
    # (or a pronoun opening the sentence: "It imposed sanctions on ...")
    r"(?:\b(?:and|has|have|had|will|would|could|may|might)|^\s*(?:It|They))\s+"
    r"(?:\w+ly\s+|also\s+|already\s+)?"
    r"(?:imposed|imposes|impose|threatened|threatens|threaten|slapped|ordered)\s+"
    r"(?:to\s+(?:take|impose)\s+)?(?:(?:new|fresh|further|tough|punitive|trade|economic)\s+)*\Z"
)
# "The US, which backed the embargo, introduced even tighter restrictions": a verb of
# imposing right after a relative clause on its subject, or after an insertion naming
# those who impose with it ("Chile, along with Peru, imposed sanctions").
_AFTER_RELATIVE = re.compile(
    r",\s+(?:(?:which|who|(?P<with>(?:along|together)\s+with|as\s+well\s+as|like))\b[^,;:]{1,100}"
    # "The U.N. Security Council, backed by Bolivia's main ally, Peru, imposed": a
    # participle's aside, which may hold a comma of its own
    r"|(?:backed|supported|led|joined|urged|pressed|encouraged)\s+by\b[^;:]{1,100}?),"
    r"\s+(?P<verb>imposed|introduced|slapped|levied|tightened)\s+"
    r"(?:(?:new|fresh|further|tough|tougher|tighter|stricter|harsher|even|more|punitive|"
    r"trade|economic)\s+)*\Z"
)


def _subject_of_verb(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The subject of the imposing verb right before ``trigger``, or of "ban" itself,
    within its clause."""
    verb = _VERB_BEFORE.search(s.text, max(0, trigger.start - 60), trigger.start)
    if verb is None and ban_as_verb(s, trigger):
        # "Britain would use its powers to ban Japanese banks": the clause's subject.
        return [a for a in s.holders(trigger.start, within_clause=True) if s.is_agent(a)][:1]
    if verb is None:
        relative = _AFTER_RELATIVE.search(s.text, max(0, trigger.start - 160), trigger.start)
        if relative is not None and relative.group("with"):
            # The subject and those the insertion names: ``subjects``' reading of it.
            return [a for a in s.holders(relative.start("verb")) if s.is_agent(a)]
        return (
            []
            if relative is None
            else [a for a in s.holders(relative.start()) if s.is_agent(a)][:1]
        )
    subject = s.holders(verb.start(), within_clause=True) or s.referents(trigger.start)
    return [a for a in subject if s.is_agent(a)][:1]
