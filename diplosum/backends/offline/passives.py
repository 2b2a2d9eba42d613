"""Stance verbs in the passive, for ``stances``: "was condemned", a participle with its
agent ("troops supported by planes", "the deal, welcomed by Egypt": the agent's position),
"blamed on" set off after what is blamed, "accused of" with no one accused between ("a
rebel accused of the raid"), and a headline's participle right after its subject ("UK
urged over detention ruling": the subject is urged). The subject of such a verb holds no
position by it; nor does it by an adjective of position that describes the plural noun
right before it ("a president facing rivals critical of the pact": the rivals'), or by a
participle after a common noun ("groups opposing the levy": the groups').
"""

from __future__ import annotations

import re

from .clauses import PASSIVE_AUXILIARIES
from .lexicon import Hit
from .positions import PATIENT_VERBS
from .sentence import RuleSentence

__all__ = ["describes_a_noun", "headline_participle", "in_the_passive", "with_own_agent"]


_BY = re.compile(r"\s+by\s")
_PASSIVE_BEFORE = re.compile(
    rf"\b{PASSIVE_AUXILIARIES}\s+"
    # past an adverb or two: "is almost entirely blamed"
    r"(?:(?:\w+ly|also|otherwise|then|now|not|never|again|almost|still|often|already|even|"
    r"long|so|too|much)\s+){0,2}\Z",
    re.IGNORECASE,
)


def with_own_agent(text: str, hit: Hit) -> bool:
    """Whether ``hit`` is a verb of taking a position with its agent after "by" ("troops
    supported by planes", "the deal, welcomed by Egypt"): that agent's position, not the
    subject's nor a speaker's."""
    return hit.phrase in PATIENT_VERBS and _BY.match(text, hit.end) is not None


def in_the_passive(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a stance verb in the passive ("was condemned", or a
    participle with its agent: "troops supported by planes")."""
    return (
        with_own_agent(s.text, trigger)
        or (
            trigger.phrase in PATIENT_VERBS
            and _PASSIVE_BEFORE.search(s.text, max(0, trigger.start - 24), trigger.start)
            is not None
        )
        or (
            # "a Peruvian rebel accused of the raid": the active names the one accused
            # before "of" ("accused Peru of")
            trigger.phrase == "accused"
            and _OF.match(s.text, trigger.end) is not None
            # (not a relative clause on the one accused: "Chile, which Peru has
            # accused of", "a bank it accused of")
            and _RELATIVE_SUBJECT.search(s.text, max(0, trigger.start - 60), trigger.start) is None
        )
        or (
            trigger.phrase == "blamed"
            and _BLAMED_ON.match(s.text, trigger.end) is not None
            and _SET_OFF.search(s.text, max(0, trigger.start - 12), trigger.start) is not None
        )
    )


# "accused of" with the one accused before it; unless a relative clause's subject stands
# right before the verb ("which Peru has accused of", "a bank it accused of"): its object,
# the noun before, is the one accused, and the subject accuses.
_OF = re.compile(r"\s+of\b")
_RELATIVE_SUBJECT = re.compile(
    r"(?:\b(?:which|that|whom|who)\s+(?:[\w.'\u2019-]+\s+){1,4}?|\b(?:it|they|he|she|we|I)\s+)"
    r"(?:(?:has|have|had|also|repeatedly|often|long)\s+){0,2}\Z"
)
# "prices, blamed partly on the reforms": what is blamed comes before; active, the verb
# names it first ("blamed the rise on").
_BLAMED_ON = re.compile(r"\s+(?:\w+ly\s+)?on\b")
# Set off after its noun by a comma, with no subject of its own ("which Washington blamed
# on Russia" is active).
_SET_OFF = re.compile(r",\s+(?:\w+ly\s+)?\Z")


# A headline's participle right after its subject: "UK urged over detention ruling",
# "Act on ruling, France told": the subject is urged (headlines put acts in the present,
# "UK urges").
_HEADLINE_SUBJECT = re.compile(r"(?:^|,\s+|\b)[A-Z][\w.'-]*\s+\Z")


def headline_participle(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is a participle right after the subject of the article's
    headline: a first line with no full stop."""
    if s.start != 0 or s.text.rstrip().endswith((".", '"', "\u201d")):
        return False
    if "\n" not in s.article[s.start + len(s.text) : s.start + len(s.text) + 2]:
        return False
    return trigger.phrase.endswith("ed") and bool(
        _HEADLINE_SUBJECT.search(s.text, max(0, trigger.start - 30), trigger.start)
    )


# Adjectives of position that may follow the noun they describe: "rivals critical of".
_ADJECTIVES = frozenset(
    {"critical", "skeptical", "sceptical", "wary", "supportive", "sympathetic", "receptive"}
    | {"hostile", "opposed", "suspicious", "dismissive", "distrustful", "favourable"}
)
# Stance words in "-ing" that are no verb's participle: "seem unwilling", "their backing".
_NOT_PARTICIPLES = frozenset({"unwilling", "backing", "warning"})
# A plural common noun right before (not a verb of being, nor an adverb: "are wary of",
# "deeply critical of").
_PLURAL_NOUN_BEFORE = re.compile(
    r"\b(?!(?:does|seems|appears|becomes|remains|stays|looks|sounds|grows|gets|turns|feels|"
    r"keeps|always|less|thus|perhaps|its|his|this)\b)[a-z]{3,}s\s+\Z"
)


def describes_a_noun(s: RuleSentence, trigger: Hit) -> bool:
    """Whether ``trigger`` is an adjective of position right after a plural common noun it
    describes ("a president facing rivals critical of the pact"), or a participle right
    after a common noun ("groups opposing the plan", a reduced relative clause), no
    state's agents ("Chilean officials critical of" are named by their state's
    adjective): the noun holds the position, not the clause's subject."""
    words = trigger.phrase.split()
    if len(words) == 1 and words[0].endswith("ing") and words[0] not in _NOT_PARTICIPLES:
        noun = _NOUN_BEFORE_PARTICIPLE.search(s.text, max(0, trigger.start - 30), trigger.start)
    elif len(words) < 2 or words[0] not in _ADJECTIVES:
        return False  # (not "opposed" alone, a verb as often: "officials opposed the plan")
    else:
        noun = _PLURAL_NOUN_BEFORE.search(s.text, max(0, trigger.start - 30), trigger.start)
    if noun is None:
        return False
    owner = s.before(noun.start() + 1)
    return (
        owner is None
        or owner.kind != "adjective"
        or _OWNED.fullmatch(s.text, owner.end, noun.start()) is None
        or not s.is_agent(owner)
    )


# A common noun right before a participle, maybe in quotation marks ('a "monster"
# opposing'): not a verb that takes a gerund ("kept opposing"), a word of time ("spent the
# week criticising"), a preposition, conjunction, determiner, pronoun or adverb (or
# "said": "a panel said urging"); nor a text or a speech, which says its author's
# position ("a statement condemning", "a letter supporting").
_NOUN_BEFORE_PARTICIPLE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being|am|keep|keeps|kept|keeping|continue|continues|"
    r"continued|start|started|began|begun|stop|stopped|quit|avoid|avoided|resume|resumed|"
    r"go|went|gone|spent|spend|spends|time|times|day|days|week|weeks|month|months|year|"
    r"years|hour|hours|night|morning|evening|afternoon|weekend|yesterday|today|tonight|"
    r"of|by|for|in|on|at|to|from|with|without|after|before|while|when|about|against|into|"
    r"over|than|like|and|or|but|nor|who|which|that|also|not|still|now|then|even|again|"
    r"the|a|an|their|his|her|its|our|your|my|this|these|those|said|says|say|"
    r"statement|statements|letter|letters|note|notes|message|messages|speech|speeches|"
    r"remarks|comments|tweet|tweets|post|posts|address|interview|editorial|communique|"
    r"declaration|resolution|motion|report|reports|document|op-ed|article|petition)\b)"
    r"(?<!\w)[a-z][a-z-]+(?<!ly)[\"\u201d']?\s+\Z"
)
# What may stand between a state's adjective and its agents' noun: "Peruvian trade and
# finance officials".
_OWNED = re.compile(r"(?:\s+[a-z]+){0,3}\s+")
