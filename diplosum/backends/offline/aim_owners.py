"""Whose aim an aim word states when it is not its clause's subject's: whoever "who" stands
for ("Kerry, who wants to"), an offer's owner ("an EU offer aimed at"), or nobody: someone
else's account ("accused Spain of trying to", "reports that it intended to") or guess
("could be aimed at"), the unnamed agent's purpose after a passive ("is not invited in
order to"), a denial ("not aimed at"), an aim urged on another ("urged Washington to
seek"), a demand ("Brazil should seek"), a common noun's ("rebels trying to overthrow",
"the treaty - which aims to"), people's who act for no state ("consumers want", "terrorists
might try to": not the speaker's; ``aim_people``). The cues right before the word ("who",
a negation, someone's account) are ``aim_cues``'. For ``goals``.
"""

from __future__ import annotations

import re

from .agents import THREAT_NOUNS
from .aim_cues import after_a_cue
from .aim_people import no_agents_subject, noun_participle, owned_by_no_agent, people_who
from .appeals import asked_of_another
from .clauses import MODALS
from .lexicon import Hit
from .mention import ActorMention
from .sentence import RuleSentence
from .statements import BARE_PLANS, NOUN_AIMS

__all__ = ["AIM_NOUN_WORDS", "relative_head"]


# A relative clause set off by a dash, on a thing ("the treaty - which aims to").
_DASH_WHICH = re.compile(r"[a-z]\s+[-\u2013\u2014]\s+which\s+(?:\w+ly\s+)?\Z")
# A rule, law or scheme whose relative clause states its purpose: "under rules that aim
# to", "a law which seeks to".
_THING_THAT = re.compile(
    r"\b(?:rules?|laws?|legislation|bills?|regulations?|measures?|polic(?:y|ies)|"
    r"programmes?|programs?|treaty|treaties|agreements?|accords?|initiatives?|projects?|"
    r"schemes?|reforms?|guidelines|provisions?|system|"
    # "a violent organisation that sought to": a group's aim, no state's
    r"groups?|organi[sz]ations?|movements?|networks?|militias?|factions?)"
    r"[\"\u201d]?\s*,?\s+(?:that|which)\s+(?:\w+ly\s+)?\Z"
)
# An aim urged on another, or forced on it: "urged Washington to resist protectionism and
# instead seek", "asked Japan to try to": the urger's position (``stances``), no aim the
# one urged states.
_URGED_TO = re.compile(
    r"\b(?:urged|urges|urging|called\s+on|calls\s+on|calling\s+on|asked|asks|pressed|"
    r"presses|encouraged|encourages|advised|advises|"
    # "is forcing Peru to dig in for defence": made to, no aim of its own
    r"forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|pressur(?:e|es|ed|ing)|oblig(?:e|es|ed|ing))"
    r"\s+[^,;:]{1,60}?\bto\s+[^,;:]{0,60}\Z",
    re.IGNORECASE,
)
# A charge's acts, the aim among them: "for committing a hostile act and wanting to".
_FOR_DOING = re.compile(r"\bfor\s+[a-z]+ing\b(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,80}?\band\s+\Z")
# Those let or helped to act hold what they act for: "allowed Chile, Peru and Bolivia to
# lead the effort to end ...".
_ALLOWED_TO = re.compile(
    r"\b(?:allowed|allows|allow|allowing|let|lets|letting|permitted|permits|enabled|enables|"
    r"helped|helps|helping)\s+((?:[^;:.]|(?<=\b[A-Za-z])\.){1,60}?)\s+to\s+(?:[^;:.,]|(?<=\b[A-Za-z])\.){0,80}\Z"
)
# What one ought to seek is a demand on it, not an aim it states ("Brazil should seek");
# not "we must seek" (first person: the speaker's own).
_OUGHT = re.compile(rf"(?<!\bwe )(?<!\bWe )(?<!\bI )\b{MODALS}\s+(?:\w+ly\s+|also\s+)?\Z")
# A modal, then a verb of doing with an aim's noun: "should accelerate efforts to", "must
# step up its efforts to".
_OUGHT_DO = re.compile(
    rf"(?<!\bwe )(?<!\bWe )(?<!\bI )\b{MODALS}\s+(?:\w+ly\s+|also\s+)?[a-z]+\s+(?:up\s+)?"
    r"(?:(?:its|their|his|her|the|an?)\s+)?\Z"
)
#: Nouns that name an aim before "to": "efforts to", "a bid to", "the push to".
AIM_NOUN_WORDS = frozenset(
    {"effort", "efforts", "bid", "push", "attempt", "attempts", "drive", "plan", "campaign"}
)
# Others' account of the aim: "reports that it intended to", "claims that Chile wants to".
_OTHERS_ACCOUNT = re.compile(
    # "a good sign that the Russians want to": the speaker's reading of it
    r"\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|speculation|"
    r"signs?|signals?|indications?|"
    r"charges?|speculated|speculate|speculates|surmised)\s+that\s+[^,;:]{0,60}\Z|"
    # "Peru fears that Bolivia will seek revenge": a fear of the aim, which no one
    # stated (not "fears that ... and wants to": the subject's own, past "and")
    r"\b(?:concerns|fears?|feared|fearing|worries|worried)\s+that\s+(?:(?!\band\b)[^,;:]){0,60}\Z|"
    # "a parliamentary report suggested the country, which ..., had plans to": its reading
    r"\b(?:report|study|survey|analysis)\s+(?:suggested|suggests|said|says|showed|shows|"
    r"indicated|indicates)\s+(?:that\s+)?[^;:]{0,80}\Z|"
    # "those who see him as more inclined to seek peace": how others see him
    r"\b(?:see|sees|saw|view|views|viewed|regard|regards|regarded)\s+(?:him|her|them|it)\s+"
    r"as\s+[^,;:]{0,60}\Z",
    re.IGNORECASE,
)
# A sentence a document tells: "..., according to a report from a U.S. agency".
_PER_A_DOCUMENT = re.compile(
    r"\baccording\s+to\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}(?:report|study|survey|"
    r"audit|review|assessment|analysis|document|documents|draft|data|memo|estimate)\b"
)
_POSSESSED = re.compile(r"\b(?:its|his|her|their)\s+\Z", re.IGNORECASE)
# A passive verb right before a purpose: its subject undergoes the act, whose unnamed
# agent has the aim ("are not asked in order to keep the ceremony calm").
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+\Z"
)


# A thing said to serve an aim in the passive: "could be used to try to end", "was set
# up to help": the aim of whoever uses or set it up, unnamed there.
_MEANS_TO = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:used|designed|intended|meant|"
    r"deployed|created|set\s+up|launched|introduced|established|formed)\s+to\s+\Z"
)


# A guess at what something is for: "could be aimed at partitioning the sea".
_SPECULATED = re.compile(r"\b(?:could|may|might)\s+(?:also\s+|well\s+)?be\s+\Z")
# "hopes grew that ...", "hopes faded": hope as a noun, nobody's aim.
_HOPES_AS_NOUN = re.compile(r"\s+(?:grew|grow|rose|rise|faded|fade|dimmed|receded|were|are)\b")
# "the hopes", "raised hopes", "amid hopes", or "Hopes" opening the sentence or a clause
# after a comma or a dash (", hopes of a quick accord faded"): a noun.
_NOUN_BEFORE_HOPES = re.compile(
    r"(?:\A\s*|(?:,|\s[-\u2013\u2014])\s+|\b(?:the|his|her|its|their|our|any|some|no|high|"
    r"new|raised|dashed|growing|fresh|faint|amid|with|and|of|on)\s+)\Z",
    re.IGNORECASE,
)


def _ends_a_list(s: RuleSentence, offset: int) -> bool:
    """Whether the last of a list of actors ends right before ``offset`` ("talks between
    Chile, Peru and Bolivia | aimed at"): a participle there describes what the list
    follows. "UN measures aimed at" keeps its holder."""
    before = [a for a in s.actors if a.end <= offset]
    return len(before) >= 2 and not s.text[before[-1].end : offset].strip()


# An actor, then the noun it owns or describes, right before an aim: "an EU offer",
# "Iran's proposal", "the U.S. plan".
_OWNED_NOUN = re.compile(r"(?:'s|\u2019s)?\s+(?:new\s+|latest\s+)?[a-z][\w-]*\s+\Z")


def _noun_owner(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The actor whose noun ends right before ``offset`` ("an EU offer | aimed at")."""
    before = s.before(offset)
    if before and _OWNED_NOUN.fullmatch(s.text, before.end, offset) and s.is_agent(before):
        return [before]
    return []


_POSSESSIVE_GAP = re.compile(r"(?:'s|\u2019s|'|\u2019)?\s+")


def _named_owner(s: RuleSentence, offset: int) -> list[ActorMention]:
    """The actor named right before the noun at ``offset`` ("Rwanda's efforts")."""
    before = s.before(offset)
    if before is not None and _POSSESSIVE_GAP.fullmatch(s.text, before.end, offset):
        return [before]
    return []


# A verb of backing right before a noun aim, a few words of its owner between: "was
# supporting government efforts to", "backed France's bid to": the aim of those backed.
_BACKED = re.compile(
    r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|"
    r"endors(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|hail(?:s|ed|ing)?)\s+(?:[\w.'\u2019-]+\s+){0,3}\Z"
)
_GOVERNMENT_S = re.compile(r"\bgovernment(?:'s|\u2019s)?\s+\Z")


def _backed_not_own(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a verb of backing governs the noun aim ``trigger`` of others, not named:
    "backs Chile's efforts to" is Chile's (``goals``' owner of a noun aim), and "Chile
    backed the government's plan to" its own government's; a body has none of its own."""
    backed = _BACKED.search(s.text, max(0, trigger.start - 50), trigger.start)
    if backed is None or _named_owner(s, trigger.start):
        return False
    if _GOVERNMENT_S.search(s.text, backed.start(), trigger.start):
        return not any(h.actor.kind == "state" for h in s.holders(backed.start()))
    return True


def _opposed(s: RuleSentence, trigger: Hit) -> bool:
    """Whether a word of opposition governs the noun aim ``trigger`` ("rejected a bid
    to", "blocked Western efforts to"), a few words before it in its clause."""
    return any(
        trigger.start - 30 <= hit.end <= trigger.start
        and not _CLAUSE_BREAK.search(s.text, hit.end, trigger.start)
        # "risks to Peru's bid to host": a danger to the aim, no one rejecting it
        and hit.phrase not in THREAT_NOUNS
        for hit in s.find("stance.oppose")
    )


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|that|which|who)\b")


# "Britain's plans for ...", "U.S. plans to ...": a plan is its namer's aim; "his plans"
# and "announced plans" leave the holder to the clause; "immigration plans" are nobody's.
_HOLDER_BEFORE_PLANS = re.compile(
    r"\b(?:his|her|its|their|our|my|(?:announced|announces|unveiled|unveils|outlined|"
    r"outlines|presented|presents|set\s+out|sets\s+out|laid\s+out|drew\s+up|has|have|had)"
    r"(?:\s+(?:a|the|new|its|their|his|her))?)\s+\Z",
    re.IGNORECASE,
)


def _plan_of(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """Who a bare "plans" belongs to: the actor named right before it, ``None`` after a
    possessive pronoun or a verb of making plans known (the clause's holder), else nobody."""
    if _HOLDER_BEFORE_PLANS.search(s.text, max(0, trigger.start - 30), trigger.start):
        return None
    end = len(s.text[: trigger.start].rstrip().removesuffix("'s").rstrip())
    return [a for a in s.actors if a.code and a.end == end][-1:]


def relative_head(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """``None`` when the trigger states an aim of the clause's subject; else who holds it:
    nobody, or for "Kerry, who wants to", the agent "who" stands for."""
    if noun_participle(s, trigger) or no_agents_subject(s, trigger) or people_who(s, trigger):
        return []
    if owned_by_no_agent(s, trigger):
        return []
    if trigger.phrase in BARE_PLANS:
        return _plan_of(s, trigger)
    found = _of_a_noun(s, trigger)
    if found is None:
        found = _of_others(s, trigger)
    return after_a_cue(s, trigger) if found is None else found


def _of_a_noun(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """The holders of an aim a noun has rather than the clause's subject: "hopes" as a
    noun, talks aimed at something, an offer's aim (its owner's), efforts others oppose
    or back; ``None`` for none of those."""
    if trigger.phrase == "hopes" and (
        _HOPES_AS_NOUN.match(s.text, trigger.end)
        or _NOUN_BEFORE_HOPES.search(s.text, max(0, trigger.start - 20), trigger.start)
    ):
        return []
    if trigger.phrase == "aimed at" and _ends_a_list(s, trigger.start):
        # "talks between Peru, Chile and Bolivia aimed at settling": the talks' aim
        return []
    if trigger.phrase == "aimed at" and (owner := _noun_owner(s, trigger.start)):
        # "Iran rejected an EU offer aimed at ending the row": the offer's, so the EU's
        return owner
    if trigger.phrase in NOUN_AIMS and _opposed(s, trigger):
        return []  # "blocked Western efforts to sanction": the aim of those opposed
    if trigger.phrase in NOUN_AIMS and _backed_not_own(s, trigger):
        return []  # "UNHCR is supporting government efforts to": the aim of those backed
    return None


def _of_others(s: RuleSentence, trigger: Hit) -> list[ActorMention] | None:
    """The holders of an aim the subject does not state as its own: others' account, a
    document's, a guess, a passive's unnamed agent, a demand or appeal made of it, a
    charge, those allowed to act, a treaty's; ``None`` for none of those."""
    if _OTHERS_ACCOUNT.search(
        s.text, max(0, trigger.start - 110), trigger.start
    ) and not _POSSESSED.search(s.text, max(0, trigger.start - 8), trigger.start):
        # "denied reports that it plans to attack ships": others' account; not "no sign
        # that Moscow would drop its vow to": a vow it made
        return []
    if _PER_A_DOCUMENT.search(s.text, trigger.end):
        return []  # "Efforts to curb ... have stumbled, according to a report": its account
    if trigger.phrase.startswith("aimed") and _SPECULATED.search(
        s.text, max(0, trigger.start - 30), trigger.start
    ):
        return []  # "the vessel's activities could be aimed at ...": a guess at another's aim
    if trigger.phrase == "in order to" and _PASSIVE_BEFORE.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return []  # "Chile is not invited in order to ...": the aim of whoever invites
    if _MEANS_TO.search(s.text, max(0, trigger.start - 50), trigger.start):
        return []  # "the pause could be used to try to end it": whoever uses it
    if _OUGHT.search(s.text, max(0, trigger.start - 30), trigger.start) or (
        trigger.phrase.split()[0] in AIM_NOUN_WORDS
        and _OUGHT_DO.search(s.text, max(0, trigger.start - 50), trigger.start)
    ):
        # "bankers said Brazil should seek an understanding", "the report said Washington
        # should accelerate efforts to": others' demand
        return []
    if _URGED_TO.search(s.text, max(0, trigger.start - 120), trigger.start):
        return []  # "urged Washington to ... seek macroeconomic changes": urged, not stated
    if trigger.phrase in NOUN_AIMS and asked_of_another(s, trigger):
        return []  # "called for a firmer Chilean commitment to": asked of them
    if trigger.phrase.split()[0].endswith("ing") and _FOR_DOING.search(
        s.text, max(0, trigger.start - 100), trigger.start
    ):
        return []  # "detained a student for committing a hostile act and wanting to": his
    allowed = _ALLOWED_TO.search(s.text, max(0, trigger.start - 140), trigger.start)
    if allowed is not None:
        # "had let Chile and Peru lead the effort to end": theirs
        start, end = allowed.span(1)
        return [a for a in s.actors if start <= a.start and a.end <= end and a.code]
    if _DASH_WHICH.search(s.text, max(0, trigger.start - 30), trigger.start):
        return []  # "the Lima accord - which aims to curb fishing -": the accord's aim
    if _THING_THAT.search(s.text, max(0, trigger.start - 40), trigger.start):
        return []  # "rules that seek to curb fraud": the rules' purpose, no one's aim
    return None
