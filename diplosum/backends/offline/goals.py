"""Goals: aims an actor states for itself ("China wants to resolve the dispute", "our goal
is ...", "In a bid to ease tensions, Japan ...").

The holder of an aim is whoever "who" stands for, the speaker of "we ... do all we can
to" or "our goal", else the clause's subject (or its pronoun's referent), else the
sentence's speaker. Not someone else's account ("accused Spain of trying to"), a denial
("not aimed at") or a common noun's aim ("rebels trying to overthrow"): whose aim it is
when not the clause subject's is ``aim_owners``'. What the aim is, as a phrase, is
``statements``'.
"""

from __future__ import annotations

import re

from ...models import Goal
from .aim_owners import AIM_NOUN_WORDS, averted, relative_head
from .aims_by import aims_by
from .clauses import (
    CHARACTERISED,
    CHARGED_THAT,
    DURATION_ONLY,
    NEITHER,
    OPEN_QUESTION,
    PASSIVE_AUXILIARY,
    UNLIKELY,
    dropped,
    in_question,
    possessive_then,
)
from .lexicon import Hit, lexicon
from .mention import ActorMention
from .no_speaker import others_open
from .phrases import readable
from .sentence import Nearby, RuleSentence
from .speakers import speaker as speaker_of
from .statements import (
    DETERMINER,
    NOUN_AIMS,
    VERB_OPENS,
    aim_statement,
)

__all__ = ["OUTCOMES", "goals_in"]

# Case matters: "US" is the United States, not "us".
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b[^,;.]{0,40}$")
# A match ends at the end and is at most 43 characters long ("our" and 40 more). The pattern
# opens with "\b", tried at every position: searching only the tail of a long sentence,
# not the whole of it, finds the same.
_FIRST_PERSON_REACH = 44


def _first_person_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a clause of "we", "our", "us", "I" or "my"."""
    return _FIRST_PERSON.search(text, max(0, end - _FIRST_PERSON_REACH), end) is not None


_PARTICIPLES = frozenset({"sought", "pledged", "planned", "intended", "promised"})
_BY_AFTER = re.compile(r"\s+by\b")


def _as_adjective(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a participle trigger describes a noun ("a pledged tough trade response")
    or has its agent after "by" ("the 25 pct sought by New Delhi"): nobody's stated aim
    in this clause."""
    word = trigger.phrase.split()[0]
    if word not in _PARTICIPLES:
        return False
    before = DETERMINER.search(s.text, max(0, trigger.start - 8), trigger.start)
    return before is not None or _BY_AFTER.match(s.text, trigger.start + len(word)) is not None


# An opening phrase of aim, whose holder is the main clause's subject after its comma.
_OPENING_AIM = re.compile(
    r"\s*(?:In\s+(?:a|an)\s+(?:bid|effort|attempt|move)|In\s+order|Seeking|Hoping|Aiming|"
    r"Trying|Determined|Eager|Keen)\b[^,;]*,\s*"
)


# A phrase of aim after a comma: ", in a bid to", ", in an effort to" (the trigger is
# "bid to", "effort to"), ", in order to", ", seeking to".
_TRAILING_AIM = re.compile(r",\s+(?:in\s+(?:a|an)\s+)?\Z")
_TRAILING_PHRASES = frozenset(
    {"bid to", "effort to", "efforts to", "attempt to", "in order to", "seeking to", "aiming to"}
)


def _opening_aim(s: RuleSentence, trigger: Hit) -> int | None:
    """Where the opening phrase of aim that holds ``trigger`` ends ("In a bid to ease
    tensions, | China sent ..."); ``None`` if the trigger is in no such phrase."""
    opening = _OPENING_AIM.match(s.text)
    return opening.end() if opening is not None and trigger.end <= opening.end() else None


# A state's possessive, and a word or two, before a noun of aim: "Israel's ultimate plan
# to", "South Korea's five-year plan to".
_OWNED_AIM = possessive_then(2)


def _owner_of_noun_aim(s: RuleSentence, trigger: Hit) -> list[ActorMention]:
    """The state whose possessive names the noun of aim of ``trigger``, if one does."""
    if trigger.phrase not in NOUN_AIMS:
        return []
    owner = s.before(trigger.start)
    if owner is None or not owner.code or not s.is_agent(owner):
        return []
    return [owner] if _OWNED_AIM.fullmatch(s.text, owner.end, trigger.start) else []


def _goal_holders(
    s: RuleSentence,
    trigger: Hit,
    nearby: Nearby,
    opening: int | None,
) -> list[ActorMention]:
    """Who states the aim of ``trigger``: "who" stands for, the speaker of "we ... do all
    we can to" or "our goal", else the clause's subject (or its pronoun's referent), else
    the sentence's speaker."""
    relative = relative_head(s, trigger)
    if relative is not None:
        return relative
    owner = _owner_of_noun_aim(s, trigger)
    if owner:
        return owner  # "Hezbollah foiled Israel's ultimate plan to": Israel's aim
    if opening is not None:
        # "In a bid to ease tensions, China sent ...": the main clause's subject.
        subject = [a for a in s.actors if a.start >= opening and a.code]
        return s.holders(subject[0].end) if subject else []
    trailing = _TRAILING_AIM.search(s.text, max(0, trigger.start - 12), trigger.start)
    if trailing is not None and trigger.phrase in _TRAILING_PHRASES:
        # "Brazil may block Venezuela, in a bid to weaken Maduro": the clause's subject
        # before the comma, not the state named last.
        return s.holders(trailing.start())
    if _first_person_before(s.text, trigger.end):
        # "we will continue": the speaker's aim, never that of a state named beside it.
        speaker = speaker_of(s, nearby)
        return [speaker] if speaker is not None else []
    # An aim named by its verb ("and ensure that ...") is its own clause's subject's; a
    # state named in another clause ("In respect of Iraq, ...") is not it; nor is it the
    # owner of an aim named by a noun with only an article ("..., the push to end hunger").
    within = trigger.phrase in VERB_OPENS or (
        _ARTICLE_ONLY.search(s.text, max(0, trigger.start - 8), trigger.start) is not None
        and trigger.phrase.split()[0] in AIM_NOUN_WORDS
    )
    holders = s.holders(trigger.start, within_clause=within) or s.referents(trigger.start)
    if not holders and not others_open(s, trigger.start):
        speaker = speaker_of(s, nearby)
        holders = [speaker] if speaker else []
    return holders


# A pledge and who made it, then what it is to do: "pledges by the firm to curb".
_PLEDGES = frozenset({"pledge", "pledges", "promise", "promises", "commitment", "commitments"})
_PLEDGED_BY = re.compile(r"\s+(?:by|from)\s+([^,;:]{1,50}?)\s+to\s+")
# Promises that may be made to the subject, in the passive: "was promised", "were pledged".
_PROMISED = frozenset({"promised", "pledged", "vowed", "guaranteed"})
# "What we have to offer": a free relative, what one has to give, no aim.
_WE_MUST = frozenset({"we have to", "we must"})
_WHAT_BEFORE = re.compile(r"\b[Ww]hat\s+\Z")
# "what he wants to do", "what Peru hopes to achieve": the aim is what "what" stands for,
# named elsewhere (a free relative), and the verb has no object of its own.
_WHAT_FIRST = re.compile(r"\b[Ww]hat\s+[^,;:.\"\u201c\u201d]{0,30}\Z")
_DO_IT = re.compile(
    r"\s*(?:to\s+)?(?:do|achieve|accomplish|get|see|hear|say|tell)\s*"
    r"(?:[,.;:!?\"\u201d\u2013\u2014-]|\Z)"
)


# An aim's noun with an article and no owner before it: "the push to", "a bid to".
# (Not "in a bid to": a phrase of purpose, its clause's subject's aim.)
_ARTICLE_ONLY = re.compile(r"(?:^|(?<!\bin)\s)(?:the|a|an|The|A|An)\s+\Z")


# A wish inside a condition: "if Chile wants to export", "unless Peru intends to" (the
# trigger before the condition's comma). An aim named there is still stated: "if OPEC
# achieves its stated goal of", "unless Japan acts as pledged in the Paris accord".
_SUPPOSED = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+[^,;:.\"\u201c\u201d]{1,60}\Z")
_WISH = re.compile(r"(?:is\s+|are\s+)?(?:want|hope|wish|intend|willing|prepared|seek)")


# A hope whose clause opens with its own subject: "we hope (that) North Korea exercises".
_HOPES = frozenset({"hope", "hopes", "hoped", "hoping", "we hope"})
_THAT = re.compile(r"\s+(?:that\s+)?(?:the\s+)?")


def _hoped_of_another(s: RuleSentence, trigger: Hit, holders: list[ActorMention]) -> bool:
    """Whether ``trigger`` hopes that another state acts: the clause after it opens with
    a state none of ``holders`` is (a position on that state's acts, no aim of theirs)."""
    if trigger.phrase.lower() not in _HOPES:
        return False
    that = _THAT.match(s.text, trigger.end)
    first = s.after(trigger.end)
    return (
        that is not None
        and first is not None
        and first.start == that.end()
        and first.kind != "adjective"  # "hopes U.S. visit will help": his own visit
        and all(h.code != first.code for h in holders)
    )


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
    # "someone in Europe tries to": a place at most between
    r"(?:\s+(?:in|from|of)\s+(?:the\s+)?[\w-]+)?\s*\Z",
    re.IGNORECASE,
)


# An attempt someone is punished or charged for: "was sentenced to 12 years for trying
# to", "arrested on suspicion of plotting to", "accused of seeking to".
_PUNISHED_FOR = re.compile(
    r"\b(?:sentenced|convicted|jailed|imprisoned|arrested|charged|accused|detained|"
    r"punished|fined|indicted|prosecuted|suspected|suspicion)\b[^,;:.]{0,60}?\b(?:for|of)\s+"
    # "charged five hackers for breaking into networks in order to steal secrets": the
    # purpose of the act charged, the charged ones'
    # (not a second verb of the subject's: "accused Mexico of sending ... and vowed to")
    r"(?:[a-z]+ing\b(?:[^,;:.]|\.(?=\w|\s+[a-z])){0,80}?\s+"
    r"(?<!\band\s)(?<!\bbut\s)(?<!\band\shas\s)(?<!\band\shad\s)(?<!\band\swill\s))?\Z"
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
# said it would give Peru three patrol boats", "the country would continue to assert its
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


def _of_own_clause(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` states an aim of its clause's subject (``_relative_head``)."""
    return relative_head(s, trigger) is None


# Committed to a thing named as there already ("its quota", "Nato's charter"), not to
# doing something ("to reducing output"), to something sought ("a lasting peace") or to
# an outcome of diplomacy ("the peace process", "the ceasefire").
_COMMITTED = frozenset({"commit to", "commitment to", "commits to", "committed to"})
_TO_A_THING = re.compile(
    r"\s+(?:(?:the|this|that|these|those|its|their|his|her|our)\s+(?![\w-]+ing\b)|"
    r"[A-Z][\w.-]*(?:'s|\u2019s)\s)([^,;.]*)"
)
#: Outcomes of diplomacy ("a peaceful settlement", "closer ties"): an aim at one is also
#: its holder's support for it (``stances.aims_supported``).
OUTCOMES = lexicon().phrases["goal.outcomes"]


def _a_thing_held(s: RuleSentence, trigger: Hit) -> bool:
    """Whether "committed to" names a thing there already, and no outcome."""
    thing = _TO_A_THING.match(s.text, trigger.end)
    return thing is not None and OUTCOMES.isdisjoint(thing.group(1).lower().split())


# Aims that are acts of the speech itself: "I want to be very clear", "we want to thank",
# "we have to ask ourselves".
_SAYING = re.compile(
    r"(?:(?:be\s+)?(?:very\s+|absolutely\s+|perfectly\s+)?clear|make\s+(?:it\s+)?(?:very\s+)?clear|"
    r"stress|emphasi[sz]e|underline|underscore|say|tell|thank|congratulate|express|note|"
    r"remind|point\s+out|repeat|reiterate|ask\s+(?:ourselves|yourselves|themselves|myself))\b",
    re.IGNORECASE,
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
    r"chance|chances|opportunity|opportunities|freedom|ability|means)\s+to\s+\Z"
)


def goals_in(s: RuleSentence, nearby: Nearby) -> list[Goal]:
    """Each holder's first aim in ``s`` ("Peru promised ..., while Chile said it would
    offer ..."). ``nearby`` gives the sentences next door, built only when looked at."""
    found: list[Goal] = []
    held: set[str | None] = set()
    for trigger in s.find("goal.triggers"):
        if s.text.startswith(",", trigger.end):
            continue  # "progress with Argentina and, we hope, Brazil": an aside, no aim
        if s.text.startswith(('"', "\u201d"), trigger.end):
            continue  # 'do "whatever they want" to any member': the quotation ended it
        if s.text.startswith(("...", "\u2026"), trigger.end):
            continue  # '"I want to... express the hope"': the speaker broke off
        if trigger.phrase in _SOUGHT and _WANTED_BY_POLICE.match(s.text, trigger.end):
            continue  # "a man wanted in connection with the attacks": sought, no aim
        if trigger.phrase.endswith(" to") and _ELIDED.match(s.text, trigger.end):
            continue  # "the funds it wanted to in Asia": the aim is named elsewhere
        if _NOT_AN_AIM_BEFORE.search(s.text, max(0, trigger.start - 16), trigger.start):
            continue  # "places to seek shelter", "forced to seek refuge": no aim stated
        if _LOYALTY.match(s.text, trigger.end):
            continue  # "pledged allegiance to the government": loyalty sworn, no aim
        if _aimed_at_someone(s, trigger):
            continue  # "comments aimed at Netanyahu": a target, no aim
        if _NO_ONE.search(s.text, max(0, trigger.start - 30), trigger.start):
            continue  # "items that nobody wants to buy": no one's aim
        if OPEN_QUESTION.search(s.text, max(0, trigger.start - 100), trigger.start) or in_question(
            s.text, trigger
        ):
            # "did not specify if the attacker was intending to", "Did Peru intend to
            # leave?": a question, no aim stated
            continue
        if _WISH.match(trigger.phrase) and _SUPPOSED.search(
            s.text, max(0, trigger.start - 60), trigger.start
        ):
            continue  # "If Chile wants to export, it must ...": supposed, not stated
        if UNLIKELY.search(s.text, max(0, trigger.start - 70), trigger.start):
            continue  # "saw no signs of any immediate intention to impose": none stated
        if _acted_by_no_one(s, trigger):
            continue  # "the sale would give Fujitsu a role": a thing's effect, no aim
        if trigger.phrase.lower() == "objective" and _OBJECTIVE_ADJECTIVE.match(
            s.text, trigger.end
        ):
            continue  # "quotas set by objective criteria": a quality, no aim
        if trigger.phrase.lower() in _WHOSE_OR_WHAT and not _GERUND.match(s.text, trigger.end):
            continue  # "serving the goals of the enemy": whose goals, not what they are
        if NEITHER.search(s.text, 0, trigger.start):
            continue  # "Neither Hezbollah nor Israel wants a war": no one's aim
        if trigger.phrase == "determined" and (
            _DECIDED.search(s.text, max(0, trigger.start - 20), trigger.start)
            or s.text.startswith(" by ", trigger.end)
        ):
            continue  # "will be determined beyond its borders": decided, not resolved
        if trigger.phrase.endswith("continue") and _LASTS.match(s.text, trigger.end):
            continue  # "It will continue through March": how long, no aim
        if trigger.phrase in _COMMITTED and _a_thing_held(s, trigger):
            continue  # "its commitment to its quota": support for it, no aim of its own
        if CHARGED_THAT.search(
            s.text, max(0, trigger.start - 140), trigger.start
        ) and not _owner_of_noun_aim(s, trigger):
            # "Chile charged that Peru was trying to": an accusation, no one's aim (but
            # "complained that Peru's plan to" names a plan Peru made)
            continue
        if DURATION_ONLY.match(s.text, trigger.end):
            continue  # "the office he sought for several decades": how long, no aim named
        if trigger.phrase in _PROMISED and PASSIVE_AUXILIARY.search(
            s.text, max(0, trigger.start - 24), trigger.start
        ):
            continue  # "the autonomy Hong Kong was promised": a promise received, no aim
        if trigger.phrase in _WE_MUST and _WHAT_BEFORE.search(
            s.text, max(0, trigger.start - 8), trigger.start
        ):
            continue  # "What we have to offer is our cooperation": a thing had, no aim
        if _DO_IT.match(s.text, trigger.end) and _WHAT_FIRST.search(
            s.text, max(0, trigger.start - 40), trigger.start
        ):
            continue  # "that is exactly what he hopes to do": what he hopes, named before
        if _PUNISHED_FOR.search(s.text, max(0, trigger.start - 160), trigger.start):
            continue  # "was sentenced ... for trying to join": a charge proved, no aim stated
        if trigger.phrase in _GIVEN_UP_AIMS and _HINDERED.search(
            s.text, max(0, trigger.start - 40), trigger.start
        ):
            continue  # "to disrupt efforts to restore services": others' aim, thwarted
        if _DISCLAIMED.search(s.text, max(0, trigger.start - 40), trigger.end):
            continue  # "has no plans to seek": no aim stated
        if _DISOWNED_ACTS.search(s.text, max(0, trigger.start - 80), trigger.start):
            continue  # "denied any activities intended to sway": acts and aim disowned
        if (
            trigger.phrase in _GIVEN_UP_AIMS and dropped(s.text, trigger.start, plan_word=True)
        ) or dropped(s.text, trigger.start, plan_word=False):
            # "has dropped plans to oppose", "abandoned its bid to", "reversed a policy of
            # trying to": given up
            continue
        pledged_by = _PLEDGED_BY.match(s.text, trigger.end) if trigger.phrase in _PLEDGES else None
        if pledged_by is not None:
            # "welcomed pledges by Peru to curb the problem": the one after "by" pledged,
            # and the aim opens after its "to" (no one the rules place, no aim)
            trigger = trigger._replace(end=pledged_by.end())
            start, end = pledged_by.span(1)
            by = [a for a in s.actors if start <= a.start and a.end <= end and a.code]
            holders = [a for a in by if s.is_agent(a) and a.code not in held][:1]
            opening = None
        else:
            opening = _opening_aim(s, trigger)
            holders = [h for h in _goal_holders(s, trigger, nearby, opening) if h.code not in held]
        if _hoped_of_another(s, trigger, holders):
            continue  # "we hope North Korea exercises restraint": asked of another, no aim
        characterised = CHARACTERISED.search(s.text, max(0, trigger.start - 80), trigger.start)
        if characterised is not None:
            # "scoffed at what it deemed U.S. efforts to": Moscow's words, no U.S. aim.
            holders = [h for h in holders if h.start < characterised.start()]
        # An opening phrase of aim ends at its comma: "In a bid to ease tensions, ...".
        text = s.text if opening is None else s.text[:opening]
        statement = aim_statement(s, trigger, text, may_open_on_trigger=_of_own_clause)
        if (wish := averted(s.text, trigger)) is not None:
            statement = readable(text, wish, 14)  # "did not want the row to escalate"
        if not holders or statement is None or _SAYING.match(statement):
            continue  # "I want to be very clear": a way of speaking, no aim
        if _as_adjective(s, trigger):
            continue  # "averting a pledged tough response", "the 25 pct sought by New Delhi"
        held.update(h.code for h in holders)
        found += [Goal(actor=h.actor, statement=statement, evidence=s.evidence()) for h in holders]
    return found + aims_by(s, held)
