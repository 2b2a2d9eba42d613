"""What position a stance word states: its list's ("welcomed": support), unless what is
around it turns it. An appeal that what is asked stop is opposition ("urged Iran not to",
"calls from Britain for Iran to stop"), one for restraint neutral (``appeals``); negated
support is opposition and negated opposition none ("could not support", "would not
block"), and both sides denied together neutral ("neither backed nor opposed",
``denied_pairs``); advice to a state's own people, a question ("whether they back"), a promise not
made ("made no commitment to support"), a participle used as an adjective ("a
rejected deal") and a signing or recognising of no pact or state (``pacts``) state none.
"""

from __future__ import annotations

import re
from typing import Literal

from .appeals import turned_by_appeal
from .clauses import NEITHER
from .denied_pairs import denied_pair
from .lexicon import Hit
from .pacts import no_pact_signed, no_state_recognised
from .sentence import RuleSentence
from .unheld import not_held

__all__ = ["PATIENT_VERBS", "Position", "asked_from", "position_of", "received_at"]

Position = Literal["support", "oppose", "neutral"]
_OWN_PEOPLE = re.compile(
    # ("warned residents to avoid travel": its own too, unsaid)
    # ("urged Chilean citizens to stay away": the demonym of its own, past the possessive)
    r"\s+(?:(?:its|their|his|her|our)\s+)?(?:own\s+)?(?:[A-Z][\w.]*\s+)?"
    r"(?:citizens|nationals|people|residents|civilians|travell?ers|tourists)\b"
)

# Stance verbs whose passive subject is what the stance is about: "Iran was condemned",
# "the plan was rejected" (not "Japan is concerned", "Peru is opposed to": the subject
# holds those).
PATIENT_VERBS = frozenset(
    {"condemned", "criticised", "criticized", "rejected", "denounced", "welcomed", "praised"}
    | {"accused", "blamed", "backed", "supported", "endorsed", "hailed", "slammed", "lauded"}
    | {"attacked", "censured", "applauded", "commended", "dismissed", "rebuked", "chided"}
    | {"castigated", "assailed", "blasted", "branded", "snubbed", "vetoed", "decried", "denied"}
    # Not "opposed": "China is opposed to ..." is China's own position.
    | {"refused", "rebuffed", "spurned", "approved", "accepted", "declined", "turned down"}
    | {"blocked", "signed", "ratified", "advised against", "warned against"}
    # Not the feelings ("encouraged", "dismayed", "outraged by"): the subject's own.
    | {"embraced", "favoured", "favored", "championed", "advocated", "defended", "proposed"}
    | {"congratulated", "saluted", "thanked", "admonished", "berated", "chastised", "scolded"}
    | {"deplored", "derided", "excoriated", "faulted", "lambasted", "mocked", "ridiculed"}
    | {"reprimanded", "repudiated", "refuted", "resisted", "boycotted", "warned"}
    # "the plan was agreed to by Peru" (its active: "Peru agreed to the plan")
    | {"agreed"}
)
# A stance noun the subject receives: "Japan came under criticism from the U.S.", "the plan
# drew condemnation from Peru", "Peru faced strong criticism": the subject is what it is
# about; the holder is the agent after "from", if any.
_RECEIVED = re.compile(
    # "is wracked with protests", "was rocked by criticism": what befell the subject
    r"\b(?:(?:wracked|racked|rocked|gripped|roiled|shaken|engulfed|beset|plagued|marred)\s+"
    r"(?:by|with|in)|"
    r"(?:c[oa]me|comes|coming)\s+under|fac(?:ed|es|e|ing)|encounter(?:ed|ing|s)?|"
    r"dr[ae]w|drawn|draws|drawing|me(?:t|ets)\s+with|receiv(?:e|ed|es|ing)|attract(?:ed|s|ing)|"
    # "sparked protests", "would ignite protests", "could provoke criticism": others'
    r"spark(?:ed|s|ing)?|provok(?:ed|es|e|ing)|trigger(?:ed|s|ing)?|ignit(?:ed|es|e|ing)|"
    # "the country has seen protests", "witnessed criticism": where they happened (not
    # a headline's "Bonn seen rejecting": expected to)
    r"s[ae]w|ha(?:s|ve|d)\s+(?:\w+ly\s+|also\s+)?seen|sees?|seeing|witness(?:ed|es|ing)?|experienc(?:ed|es|e|ing)|"
    # "was winning support every day", "secured enough support", "to seek Japanese
    # support": support someone gets or asks for is not the subject's own position.
    r"w[io]n|wins|winning|gain(?:ed|s|ing)?|garner(?:ed|s|ing)?|secur(?:ed|es|e|ing)|"
    r"enlist(?:ed|s|ing)?|seek|seeks|seeking|sought|los(?:e|es|t|ing)|"
    # Another's appeal the subject reacts to: "ignored calls for talks", "did not respond
    # to the demand", "heeded appeals from Peru" (the appeal is not the subject's).
    r"ignor(?:ed|es|e|ing)|heed(?:ed|s|ing)?|respond(?:ed|s|ing)?\s+to|"
    r"rebuff(?:ed|s|ing)?|def(?:ied|ies|y|ying))\s+"
    r"(?:(?:growing|strong|sharp|fierce|heavy|harsh|international|widespread|mounting|"
    r"some|much|little|no|the|more|enough|broad|wide|added|additional|official|"
    r"governmental|military|political|financial|public|popular|grassroots|"
    r"bipartisan|\w+ly|only|temporary|"
    # "has faced significant criticism over", "drew fresh condemnation"
    r"significant|considerable|intense|severe|serious|fresh|renewed|scathing|withering|"
    r"sustained|global|stiff|tough|vocal|increasing|loud|blistering|domestic|diplomatic)\s+)*\Z"
)


# Support one works to get or has, with its giver's name or adjective: "seeking to shore up
# American support", "to rally Arab support", "woo U.S. backing" (not "faced NATO
# opposition": that body holds it).
_COURTED = re.compile(
    r"\b(?:shor(?:e|es|ed|ing)\s+up|rall(?:y|ies|ied|ying)|drum(?:s|med|ming)?\s+up|"
    r"woo(?:s|ed|ing)?|bolster(?:s|ed|ing)?|muster(?:s|ed|ing)?|seek|seeks|seeking|sought|"
    r"w[io]n|wins|winning|secur(?:ed|es|e|ing)|garner(?:ed|s|ing)?|"
    # Support one has or lacks: "the next cabinet would have more support", "candidates
    # who lack public support", "enjoys broad backing" (the givers', if anyone's).
    r"ha(?:ve|s|d|ving)|enjoy(?:s|ed|ing)?|lack(?:s|ed|ing)?|retain(?:s|ed|ing)?|"
    # Support one still needs: "would need Congress' approval", "requires EU backing"
    r"need(?:s|ed|ing)?|requir(?:e|es|ed|ing))\s+"
    r"(?:(?:the|more|broad|wide|international|little|minimal|strong|full|much|popular|"
    r"public|widespread|[A-Z][\w.-]*(?:'s|\u2019s|'|\u2019)?|"
    # "have more grass-roots support", "enjoys solid bipartisan backing"
    r"grass-?roots|bipartisan|cross-party|domestic|local|solid|overwhelming|considerable|"
    r"growing|enough|some|no|any|majority)\s+){0,3}\Z"
)
# The stance nouns one may court, have or need: those of assent.
_ASSENTS = frozenset({"support", "backing", "approval", "endorsement", "blessing"})


def received_at(s: RuleSentence, trigger: Hit) -> int | None:
    """Where the verb starts by which the subject receives the stance noun ``trigger``
    ("drew | condemnation from Peru"), if it does."""
    start = max(0, trigger.start - 40)
    received = _RECEIVED.search(s.text, start, trigger.start) or (
        _COURTED.search(s.text, start, trigger.start) if trigger.phrase in _ASSENTS else None
    )
    return received.start() if received is not None else None


# A determiner or a preposition right before a participle makes it an adjective: "a
# rejected peace deal", "demonstrations that end in blocked transport links".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|into|in|with|amid|of|over|from|against|about|under)"
    r"\s+(?:\w+ly\s+)?\Z"
)


# Right before a trigger, a negation: "would not block", "did not strongly object", "has
# not been pleased with", "did not seem happy with", "its refusal to support".
_NOT_BEFORE = re.compile(
    r"(?:\b(?:not|never|cannot|(?:refus|declin)(?:ed|es|ing)\s+to|refusal\s+to)|n['\u2019]t)\s+"
    r"(?:(?:be|been|seem|seemed|appear|appeared)\s+)?(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)


# Appeals named by a noun, whose holder follows it: what is asked comes after "for"
# ("calls from Britain for Iran to stop the tests").
_APPEAL_NOUNS = frozenset({"calls", "appeals"})
# A noun only with its holder right after it: "demands by Britain for", not "Britain
# demands that ... pay for".
_DEMANDS = frozenset({"demand", "demands"})
_HOLDER_AFTER = re.compile(r"\s+(?:by|from)\s")
_FOR = re.compile(r"\bfor\b")


def asked_from(s: RuleSentence, trigger: Hit) -> int:
    """Where what ``trigger`` asks for starts: right after it, or for an appeal noun with
    its holder after it, at its "for"."""
    if trigger.phrase not in _APPEAL_NOUNS and (
        trigger.phrase.lower() not in _DEMANDS or not _HOLDER_AFTER.match(s.text, trigger.end)
    ):
        return trigger.end
    asked = _FOR.search(s.text, trigger.end, trigger.end + 80)
    return asked.end() if asked is not None else trigger.end


# "demand" as a market's: "declines in demand", "oil demand", "demand for crude", "supply
# and demand" state no one's position.
_MARKET_BEFORE = re.compile(
    r"\b(?:in|oil|energy|crude|gasoline|fuel|consumer|domestic|global|world|seasonal|weak|"
    r"international|foreign|overseas|regional|worldwide|"
    r"weaker|strong|stronger|sluggish|slack|export|import|market|credit|housing|food|grain|"
    r"steel|industrial|investor|buyer|customer|falling|rising|declining|growing|slowing|"
    r"lower|higher|reduced|increased|sagging|slumping|firm|firmer|soft|softer|heavy|brisk|"
    # "heavy Soviet demand": a state's adjective between the market's word and "demand"
    r"robust|healthy|poor|flat|good|keen|"
    # a verb of amount right before it: "policies to slow demand in the U.S.", "to meet demand"
    r"slow|boost|stimulate|spur|curb|dampen|restrain|depress|lift|stoke|meet|satisfy|"
    # (past a region's name: "good Far Eastern demand")
    r"weaken|strengthen|sustain|"
    # "supply and demand", "a slump in prices and demand"
    r"supply\s+and|prices?\s+and)\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,2}\Z",
    re.IGNORECASE,
)
_MARKET_AFTER = re.compile(
    r"\s+(?:for\s+(?:oil|crude|gas|gasoline|fuel|energy|gold|goods|products|exports|imports|"
    r"food|grain|steel|credit|loans|dollars|housing|coal)|growth|outlook|is\s+"
    r"(?:weak|strong|rising|falling)|rose|fell|picked\s+up|slowed)\b"
)


# "support" as a measure of opinion: "whose support is now in the double digits",
# "support for her bloc has slipped", "support of 30 percent".
_POLL_SUPPORT = re.compile(
    r"\s+(?:for\s+(?:her|his|its|their|the)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:(?:has|had|is|was|have)\s+)?(?:now\s+|also\s+)?(?:slipped|fallen|fell|dropped|risen|"
    r"rose|stood|stands|slumped|surged|climbed|in\s+the\s+(?:polls|double|single)|at\s+\d|"
    # "the fractures in Biden's support have grown", "her support has eroded"
    r"grown|grew|grows|eroded|eroding|waned|waning|weakened|crumbled|collapsed|softened|"
    r"of\s+(?:about\s+|around\s+|some\s+)?\d)"
)


# A change in support, named before it: "a sudden surge in support for Soto", "a drop in
# public support".
_POLL_CHANGE = re.compile(
    r"\b(?:surge|rise|jump|increase|growth|drop|fall|decline|slump|dip|swing|erosion|loss)"
    r"\s+in\s+(?:public\s+|popular\s+|voter\s+)?\Z",
    re.IGNORECASE,
)


def _poll_support(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is the noun "support" as polls measure it (not a state's,
    named by its adjective: "U.S. support for the plan grew")."""
    if trigger.phrase.lower() != "support":
        return False
    if _POLL_CHANGE.search(s.text, max(0, trigger.start - 30), trigger.start):
        return True
    if not _POLL_SUPPORT.match(s.text, trigger.end):
        return False
    before = s.before(trigger.start)
    return (
        before is None
        or before.kind != "adjective"
        or bool(s.text[before.end : trigger.start].strip())
    )


# "challenging" as a verb has its object next, with a determiner or a name: "challenging
# a Commission ruling", "challenging Beijing's right" (not "challenging times").
_CHALLENGED_ONE = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|[A-Z])")


def _market_demand(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is the noun "demand" of a market, not someone's demand."""
    return trigger.phrase.lower() == "demand" and bool(
        _MARKET_BEFORE.search(s.text, max(0, trigger.start - 30), trigger.start)
        or _MARKET_AFTER.match(s.text, trigger.end)
    )


# A position not yet taken: "has yet to endorse", "is yet to respond".
_YET_TO = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:\w+ly\s+)?\Z")
# Refusing or declining, of a word of position right after "to": "refused to condemn".
_REFUSING = frozenset({"refuse", "refused", "refuses", "refusing", "declined", "declines"})
_TO_ADVERB = re.compile(r" to (?:\w+ly )?")


# A refusal to take a side, right before a word of opposition: "refused to condemn",
# "declined to criticise". (Held back from it, "stopped short of condemning", is no
# position stated: ``no_position``.)
_REFUSED_BEFORE = re.compile(
    r"\b(?:(?:refus|declin)(?:e|es|ed|ing)\s+to|refusal\s+to)\s+(?:\w+ly\s+)?\Z"
)


def _refused_position(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` refuses a position another trigger right after "to" states
    ("refused to condemn the invasion", "declined to openly back the bid")."""
    to = _TO_ADVERB.match(s.text, trigger.end)
    if trigger.phrase not in _REFUSING or to is None:
        return False
    after = to.end()
    return any(
        hit.start == after
        for name in ("stance.oppose", "stance.support", "stance.neutral")
        for hit in s.find(name)
    )


def position_of(s: RuleSentence, trigger: Hit, position: Position, asked: int) -> Position | None:
    """The position ``trigger`` states, its list's unless what is around it turns it, or
    ``None`` when it states none; what it asks for starts at ``asked`` (``asked_from``)."""
    listed = position
    position = turned_by_appeal(s, trigger, position, asked)
    if _no_such_act(s, trigger) or not_held(s, trigger):
        return None
    negated = bool(
        _NOT_BEFORE.search(s.text, max(0, trigger.start - 24), trigger.start)
        or NEITHER.search(s.text, 0, trigger.start)
    )
    if _refused_position(s, trigger):
        return None  # "refused to condemn": the word refused says what is refused
    pair = denied_pair(s, trigger, listed)
    if pair is not None and pair.place == "first":
        return None  # the second word of "neither backed nor opposed" says it, with its object
    if pair is not None and not pair.same_side:
        return "neutral"  # "neither supported nor opposed the bid": no side taken
    if pair is not None:
        negated = True  # "did not condemn or criticise": the second denied as the first is
    if _YET_TO.search(s.text, max(0, trigger.start - 24), trigger.start):
        return None  # "has yet to endorse": not done, neither held nor refused
    if (
        position == "oppose"
        and not trigger.phrase.startswith(("rule", "ruling"))
        and _REFUSED_BEFORE.search(s.text, max(0, trigger.start - 30), trigger.start)
    ):
        # "refused to condemn the coup": a side declined, said as such (not "refused to
        # rule out", which keeps a course open)
        return "neutral"
    if position == "oppose" and negated:
        # "would not block", "did not object": no opposition stated. (Negated support or
        # caution still states a position: "was not optimistic".)
        return None
    if position == "support" and negated:
        return "oppose"  # "could not support the plan", "does not back"
    return position


def _no_such_act(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is no act of taking a position: a letter or a business deal
    signed, a warning to one's own people, market demand, a poll, shots fired, an
    adjective ("challenging days", "a rejected deal")."""
    if no_pact_signed(s, trigger) or no_state_recognised(s, trigger):
        return True  # "signed a letter", "recognised the need for": no pact, no state
    if _OWN_PEOPLE.match(s.text, trigger.end) or _market_demand(s, trigger):
        return True  # "warned its citizens to avoid ...", "declines in demand": no position
    if _poll_support(s, trigger):
        return True  # "support for her bloc has slipped": a poll's, no one's position
    if trigger.phrase == "fire" and not (
        received_at(s, trigger) is not None and s.text.startswith(" from ", trigger.end)
    ):
        return True  # "troops opened fire from the hills": shots, not criticism drawn
    if trigger.phrase == "challenging" and not _CHALLENGED_ONE.match(s.text, trigger.end):
        return True  # "these are challenging days": an adjective, no challenge made
    # "following a rejected peace deal", "its agreed set of farm subsidies": an adjective,
    # no one's act here
    return bool(
        (trigger.phrase in PATIENT_VERBS or trigger.phrase == "agreed")
        and _DETERMINER_BEFORE.search(s.text, max(0, trigger.start - 16), trigger.start)
    )
