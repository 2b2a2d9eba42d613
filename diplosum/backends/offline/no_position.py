"""Stance words that state no position where they stand, for ``stances``.

A word in another sense ("refused to comment", "exports declined", "threatened to
become a trade war": ``word_senses``); a position that is someone else's: a courtesy
call or a host's welcome (``visits``), a gerund after "for" or "of" that is the
object's act ("designated Iranian firms for supporting"), a judge's word for someone
("branded Peru a supporter of terrorism") or for what is judged ("called those demands
unacceptable"), supporters spoken to or someone's ("told supporters", "Trump
supporters"), a charge ("on suspicion of"), people's ("investors are concerned": these
two are read in ``peoples``), support given in deed ("with Chilean air support"); or a
position not stated: the writer's guess ("is likely to welcome") or fear, a question
left open ("remains unclear"), approval still needed, what evidence would support, a
stance word used for something else (``word_uses``). A
threat or warning with no act of its agent after it ("threats from Peru", a danger) is
no threat made (``no_threat_made``).
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .addressed import CALLED_ON, WELCOMED, a_call, courtesy_call, welcomed_visitor
from .agents import STANCE_NOUNS, THREAT_NOUNS
from .clauses import CHARGED_THAT, DOUBTED
from .legal_terms import a_charge
from .lexicon import Hit
from .peoples import peoples_position, supporters_as_people
from .positions import PATIENT_VERBS
from .quotations import quoted_at
from .sentence import RuleSentence
from .word_senses import other_sense
from .word_uses import no_judgment

__all__ = ["names_no_position", "no_threat_made"]


def names_no_position(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the stance trigger ``trigger`` states no one's position where it stands:
    a word in another sense (``word_senses``), a position that is someone else's, or
    one not stated."""
    return other_sense(s.text, trigger) or _someone_elses(s, trigger) or _unstated(s, trigger)


# Support given in deed, named after "with": "with Russian air support", "with heavy
# American backing" (not "with support from Chile", Chile's position).
_AID_NOUNS = frozenset({"support", "backing", "help"})
_WITH_AID = re.compile(
    r"\bwith\s+(?:the\s+)?(?:(?!(?:that|which|who|to)\b)[\w.'\u2019-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
# "with strong support from Chile": a position its giver states, not a deed; "with Russia
# backing a push for victory", "activities that support": a verb and its object.
_AID_GIVER = re.compile(r"\s+(?:from|of|by|for|a|an|the|its|his|her|their)\s")
# ... but not arms that give it: "took the town with support from Peruvian jets".
_ARMED_GIVER = re.compile(
    r"\s+from\s+(?:[\w.'\u2019-]+\s+){0,2}?(?:air\s*strikes|warplanes|jets|aircraft|bombers|"
    r"helicopters|drones|artillery|troops|forces|militias?|fighters|ships|warships|navy)\b"
)


# Right before a bare "concerned about" that describes a noun: the noun, maybe set off.
_DESCRIBED_NOUN = re.compile(r"([\w.'\u2019-]+),?\s+\Z")


def _not_its_agent(s: RuleSentence, trigger: Hit) -> bool:
    """Whether bare "concerned about" ("Venezuela, concerned about ...") describes a word
    right before it that names no agent the rules place ("lawmakers concerned about")."""
    noun = _DESCRIBED_NOUN.search(s.text, max(0, trigger.start - 40), trigger.start)
    if noun is None or noun.group(1).lower() in _VERB_BEFORE_CONCERN:
        return False  # "said it was concerned about": no noun described
    return not any(a.end == noun.end(1) and s.is_agent(a) for a in s.actors)


# Words before "concerned" that make it a predicate, not a noun's description.
_VERB_BEFORE_CONCERN = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained"}
    | {"deeply", "very", "gravely", "seriously", "increasingly", "also", "still", "not"}
    | {"feel", "feels", "felt", "seem", "seems", "seemed", "appear", "appears", "appeared"}
)


def _someone_elses(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is no holder's position but a visitor's greeting, an object's
    act, a judge's word for someone, a charge, or people's (supporters, investors)."""
    if trigger.phrase in CALLED_ON and (courtesy_call(s, trigger) or a_call(s, trigger)):
        return True  # "called on Prime Minister Obuchi", "a video call on Monday": no appeal
    if trigger.phrase in WELCOMED and welcomed_visitor(s, trigger):
        return True  # "welcomed Modi to Tokyo": a host's greeting (``meetings``)
    if trigger.phrase.startswith("concerned ") and _not_its_agent(s, trigger):
        return True  # "was attacked by lawmakers concerned about jobs": theirs
    if (
        trigger.phrase.endswith("ing")
        and _OBJECTS_ACT.search(s.text, max(0, trigger.start - 40), trigger.start)
        and any(a.code and trigger.start - 40 <= a.start < trigger.start for a in s.actors)
    ):
        return True  # "designated Iranian firms for supporting ...": the firms' act
    if trigger.phrase in _WHO_NOUNS and _CALLED_A.search(
        s.text, max(0, trigger.start - 90), trigger.start
    ):
        return True  # "branded Peru a supporter of terrorism": the judge's word for Peru
    if trigger.phrase == "supporters" and supporters_as_people(s, trigger):
        # "he told supporters", "many Trump supporters": people, no state's position
        return True
    if trigger.phrase in STANCE_NOUNS and _JUDGED_NOUN.search(
        s.text, max(0, trigger.start - 50), trigger.start
    ):
        return True  # "called those demands unacceptable": what is judged
    if a_charge(s.text, trigger):
        return True  # "holding a man on suspicion of": a charge, no one's position
    if peoples_position(s, trigger):
        return True  # "the public has become skeptical", "investors are concerned": theirs
    if (
        trigger.phrase in PATIENT_VERBS
        and _WHAT_FOR.match(s.text, trigger.end)
        and _DESCRIBING.search(s.text, max(0, trigger.start - 30), trigger.start)
    ):
        return True  # "Ana Soto, previously accused of spying,": by someone unnamed
    if (
        trigger.phrase in _AID_NOUNS
        and _WITH_AID.search(s.text, max(0, trigger.start - 40), trigger.start)
        and (not _AID_GIVER.match(s.text, trigger.end) or _ARMED_GIVER.match(s.text, trigger.end))
    ):
        # "troops with heavy Chilean air support took the pass": how others acted, no one's
        # stated position (nor the subject's, which had the support)
        return True
    if _YOUR.search(s.text, max(0, trigger.start - 20), trigger.start):
        return True  # '"... your deep commitment to peace," he told her': the addressee's
    if CHARGED_THAT.search(s.text, max(0, trigger.start - 140), trigger.start):
        return True  # "Iranian charges that Kuwait is supporting Iraq": Iran's charge
    # "to prevent Peru from abusing banks to support its arms": Peru's act
    return _PREVENTED.search(s.text, max(0, trigger.start - 120), trigger.start) is not None


def _unstated(s: RuleSentence, trigger: Hit) -> bool:
    """Whether the position of ``trigger`` is not stated: the writer's guess or fear,
    a question left open, a position not given yet, what evidence would support."""
    if _PREDICTED.search(s.text, max(0, trigger.start - 50), trigger.start):
        return True  # "China is likely to welcome the move": the writer's guess, unstated
    if _FEARED.search(s.text, max(0, trigger.start - 100), trigger.start):
        return True  # "worried that Chinese regulators would not approve": a fear, unstated
    if DOUBTED.search(s.text, max(0, trigger.start - 80), trigger.start):
        return True  # "doubted Chile would back the plan": doubted, not stated
    if _SIGNS_OF.search(s.text, max(0, trigger.start - 80), trigger.start):
        return True  # "amid signs officials are growing irritated": the writer's reading
    if _HELD_BACK.search(s.text, max(0, trigger.start - 40), trigger.start):
        return True  # "refrained from blaming China", "avoided criticizing": not done
    if trigger.phrase == "blame" and s.text.endswith(" to ", 0, trigger.start):
        return True  # "declined to say which side was to blame": no one blamed
    if trigger.phrase.startswith("den") and _CONFIRM_OR.search(
        s.text, max(0, trigger.start - 20), trigger.start
    ):
        return True  # "would not confirm or deny the report": no denial made
    if no_judgment(s.text, trigger):
        return True  # "consular support", "Lima's backing remains unclear": no position
    if trigger.phrase == "agreed" and _AGREED_THING.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return True  # "the range agreed on in Paris": what was agreed, described
    if trigger.phrase.startswith("support") and _EVIDENCE.search(
        s.text, max(0, trigger.start - 60), trigger.start
    ):
        return True  # "no evidence to support their claims": to bear out, no position
    if trigger.phrase in _ASSENTS and _REQUIRED.search(
        s.text, max(0, trigger.start - 40), trigger.start
    ):
        return True  # "will need approval by the parliament": not given yet, nor refused
    if _ABLE.search(s.text, max(0, trigger.start - 40), trigger.start):
        return True  # "lacks the capacity to support it": what it can do, no position
    if trigger.phrase in _NO_INTEREST and quoted_at(s.article, s.start + trigger.start):
        # '"Chile has no interest in a solution," an analyst said': the speaker's
        # reading of another's mind; narrated ("has said plainly it has little interest
        # in talks") it is the state's own position
        return not _FIRST_PERSON_BEFORE.search(s.text, max(0, trigger.start - 30), trigger.start)
    # "Maybe Soto was upset about the vote": a guess, not stated
    return _HEDGED.search(s.text, max(0, trigger.start - 80), trigger.start) is not None


_NO_INTEREST = frozenset({"no interest in", "little interest in"})
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:we|I)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)


# What one can do, not what one holds: "has the power to block", "lacks the capacity to
# support" (not "used its power to block": done).
_ABLE = re.compile(
    r"(?<!\bused\s)(?<!\buses\s)(?<!\busing\s)(?<!\bexercised\s)\b(?:the|its|their|no|any|"
    r"enough|sufficient|little)\s+(?:[a-z]+\s+)?(?:capacity|capability|ability|power|means|"
    r"resources|wherewithal|authority|leverage)\s+to\s+(?:\w+ly\s+)?\Z"
)


# A position held back: "refrained from blaming China", "avoided criticizing Tokyo",
# "stopped short of condemning", "shied away from backing".
_HELD_BACK = re.compile(
    r"\b(?:refrain(?:s|ed|ing)?|avoid(?:s|ed|ing)?|(?:shied|shies|shy|shying)\s+away|"
    r"(?:stopped|stops|stop|stopping)\s+short|(?:held|holds|hold|holding)\s+back)\s+"
    r"(?:(?:from|of)\s+)?(?:\w+ly\s+)?\Z"
)


# The one addressed owns the noun: "your commitment", "your strong support".
_YOUR = re.compile(r"\b[Yy]our\s+(?:[a-z-]+\s+)?\Z")
# A participle that describes the noun before it, in an aside or a relative clause:
# "Ana Soto, previously accused of spying,", "a firm which was praised for ...".
_DESCRIBING = re.compile(
    r"(?:,|\b(?:who|which|that)\s+(?:is|was|are|were|had\s+been|has\s+been|have\s+been))"
    r"\s+(?:(?:\w+ly|once|also|long|widely)\s+)?\Z"
)
# What one is judged for, right after the participle (not an object: "..., condemned the
# attack" is a second predicate).
_WHAT_FOR = re.compile(r"\s+(?:of|for|as|over)\b")
# A guess in the clause before the trigger: "Maybe Kim was upset", "perhaps Peru opposes".
_HEDGED = re.compile(r"\b(?:[Mm]aybe|[Pp]erhaps|[Pp]ossibly)\b(?:[^,;:.]|(?<=\b[A-Za-z])\.)*\Z")
# What someone is stopped from doing, the trigger inside it: "prevent Pyongyang from
# abusing banks to support ..." (the act prevented, no one's position).
_PREVENTED = re.compile(
    r"\b(?:prevent|prevents|prevented|preventing|stop|stops|stopped|stopping|deter|deters|"
    r"deterred|deterring|bar|bars|barred|barring)\s+(?:[^,;:.]|(?<=\b[A-Za-z])\.){1,60}?\bfrom\s+[\"'\u201c]?[a-z]+ing\b[^,;:]*\Z"
)


# A thing agreed, "agreed" describing it after the noun: "the range agreed on in Paris",
# "the quotas agreed last year" (not "Peru agreed on the plan").
_AGREED_THING = re.compile(
    r"\b(?:the|a|an|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:range|ranges|level|levels|"
    r"price|prices|terms|target|targets|quota|quotas|limit|limits|ceiling|ceilings|cuts?|"
    r"timetable|date|amount|figures?|rules|conditions|measures|framework|"
    # "a compromise gesture agreed in haste", "the wording agreed by envoys"
    r"gestures?|compromise|formula|text|wording|language|communique|declaration)\s+"
    # its amount: "a ceiling of 2.5 mln bpd agreed in Vienna"
    r"(?:of\s+[\d.,]+\s+(?:[a-z]+\s+){0,3})?\Z"
)


# Evidence that supports (bears out) what it does: "offered no evidence to support their
# claims", "data that support the theory".
_EVIDENCE = re.compile(
    r"\b(?:evidence|proof|data|facts|documents|documentation|findings)\b(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,40}?"
    r"\b(?:to|that|which)\s+(?:\w+ly\s+)?\Z"
)


# An assent needed, sought, courted or made easier, not given: "will need approval by",
# "requires the backing of", "subject to approval from", "is seeking the support of",
# "courted Peru's support", "may facilitate Chile's backing" (not "won Peru's support").
_ASSENTS = frozenset({"approval", "backing", "support", "endorsement", "consent", "blessing"})
_REQUIRED = re.compile(
    r"\b(?:need|needs|needed|needing|require|requires|required|requiring|subject\s+to|"
    r"pending|awaiting|awaits|await|seek|seeks|sought|seeking|court|courts|courted|"
    r"courting|facilitate|facilitates|facilitated|facilitating)\s+"
    r"(?:(?:the|an?|its|their|final|formal|further|full)\s+)*"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:'s|\u2019s)\s+)?\Z"
)


_CONFIRM_OR = re.compile(r"\bconfirm\s+(?:or|nor)\s+\Z")


# A position the writer expects, not one stated: "is likely to welcome", "are expected
# to oppose", "seems unlikely to back".
_PREDICTED = re.compile(
    r"\b(?:(?:is|are|was|were|seems?|seemed|appears?|appeared)\s+(?:un)?likely"
    r"|(?:is|are|was|were)\s+(?:widely\s+|also\s+)?(?:expected|poised|predicted))"
    r"\s+to\s+(?:\w+ly\s+)?\Z"
)


# What someone fears or hopes another would do: "were worried that Chinese regulators
# would not approve the merger" states no position of the regulators'.
_FEARED = re.compile(
    r"\b(?:worried|worries|worry|feared|fears|fear|concerned|hoped|hopes|hope)\s+that\s+"
    r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){1,60}?\s+(?:would|could|might|may)\s+(?:not\s+|never\s+)?\Z"
)


# A mood the writer reads from signs: "amid signs both sides are growing irritated with".
_SIGNS_OF = re.compile(
    r"\b(?:amid|amidst|with|there\s+(?:are|were|is|was))\s+(?:growing\s+|increasing\s+|"
    r"some\s+|clear\s+|fresh\s+|new\s+)?signs?\s+(?:that\s+)?(?:[^,;:.]|(?<=\b[A-Za-z])\.){1,70}\Z"
)


# "designated three Iranian firms for supporting", "accused Russia of backing": a gerund
# after "for" or "of" is what the object did, not the subject's position.
_OBJECTS_ACT = re.compile(r"\b(?:for|of)\s+\Z")


# What a judging verb calls its object: "branded Peru a supporter of terrorism", "blamed
# Chile as a supporter": the noun is the judge's word for the object, not
# the object's position.
_CALLED_A = re.compile(
    r"\b(?:brand|label|call|describ|blam|denounc|dubb?|portray|paint|decr)\w*\s+"
    r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){1,60}?\s+(?:as\s+)?(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_WHO_NOUNS = frozenset({"supporter", "supporters"})
# A stance noun that a judging verb takes as its object: "called those demands
# unacceptable" judges the demands (someone else's); the judgment is the position.
_JUDGED_NOUN = re.compile(
    r"\b(?:called|calls|call|calling|branded|brands|labelled|labeled|described|describes|"
    r"termed|dubbed)\s+(?:the|those|these|its|their|his|her|such|this|that)\s+"
    r"(?:[a-z-]+\s+){0,2}\Z"
)


# A threat or warning is a position only as someone's act: "threats from Chile to
# impose new duties", "a warning by Peru against drilling" (not "threats from Peru", a
# danger, nor "leaders have been warning": the verb has its own triggers).
_THREAT_ACT = re.compile(r"\s+(?:to\s+[a-z]+|that|against|of)\b")


def no_threat_made(s: RuleSentence, trigger: Hit, agents: list[ActorMention]) -> bool:
    """Whether a threat or warning noun ``trigger`` states no act of its agents: none is
    named after "by" or "from", or no threatened act follows them."""
    if trigger.phrase not in THREAT_NOUNS:
        return False
    return not agents or _THREAT_ACT.match(s.text, agents[-1].end) is None
