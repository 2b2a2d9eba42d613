"""Which way what a speaker said leans, for ``speech``: evaluative words counted
(``data/lexicon.json``, ``evaluation``), more against than for "oppose", more for than
against "support". A word does not count inside the speaker's name, where it is denied
("no progress", "would not rule out") or given up, where an agent of its own holds it
("welcomed by Egypt") or another state's own verb does or states it as its own, where
support is sought rather than given, a deed ("committed a crime"), a charge, no
judgment, a question, or words another actor's own reporting verb introduces.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .clauses import NO_PROMISE, dropped
from .legal_terms import a_charge
from .lexicon import Hit
from .passives import with_own_agent
from .positions import received_at
from .questions import in_question
from .sentence import RuleSentence
from .stance_nouns import stated_at
from .word_senses import in_a_name
from .word_uses import no_judgment

__all__ = ["polarity"]

# "no breakthrough", "not a success", "without progress": the word does not count.
# A word of judgment that is denied: "no progress", "not a step forward", "hard to
# see any gain", "difficult to imagine a lasting truce", "failed to appreciate".
_NEGATED = re.compile(
    # "failed to appreciate", "a failure to agree": what did not happen
    r"\b(?:no|not|never|without|nor|lack\s+of|fail(?:s|ed|ing)?\s+to|failure\s+to|"
    # "would never do anything illegal": a wrong denied
    r"(?:not|never)\s+(?:do|does|did|done|doing)\s+anything|"
    r"(?:difficult|hard|impossible)\s+to\s+(?:see|imagine|envisage)(?:\s+how)?)\s+(?:\w+\s+)?\Z",
    re.IGNORECASE,
)


# A judgment denied through the verb that makes it: "never saw the accord as a
# real breakthrough", "does not regard it as progress".
_NOT_SEEN_AS = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+ly\s+)?(?:see|saw|view|regard|consider|describe|call)\w*\s+"
    r"(?:[^,;:.]|(?<=\b[A-Za-z])\.){0,60}?\s(?:as\s+)?(?:(?:a|an|the|any|much\s+of\s+a)\s+)?"
    r"(?:[a-z-]+\s+)?\Z"
)


def _counted(s: RuleSentence, name: str, speaker: ActorMention) -> int:
    """How many of list ``name``'s words ``s`` says outside the speaker's own name, not
    negated, nor taken by an agent of their own; for words of support, nor another
    state's own verb (``_others_act``)."""
    support = name == "evaluation.support"
    return sum(
        1
        for hit in s.find(name)
        if not speaker.start <= hit.start < speaker.end
        and not _NEGATED.search(s.text, max(0, hit.start - 40), hit.start)
        and not _NOT_SEEN_AS.search(s.text, max(0, hit.start - 90), hit.start)
        and not dropped(s.text, hit.start, plan_word=False)  # "dropped plans to oppose"
        and not NO_PROMISE.search(s.text, max(0, hit.start - 50), hit.start)
        and not (hit.text[0].isupper() and in_a_name(s.text, hit))  # the Criminal Court
        # "the deal, welcomed by Egypt": Egypt's; "weakened by a shortage of funds" is
        # still the speaker's judgment.
        and not with_own_agent(s.text, hit)
        and not (support and _others_act(s, hit, speaker))
        and not _stated_by_another(s, hit, speaker)
        # "aimed at gaining official support": support sought or won, not given
        and not (support and received_at(s, hit) is not None)
        and not (hit.phrase == "committed" and _DONE_WRONG.match(s.text, hit.end))
        and not (hit.phrase.startswith("strengthen") and _OWN_STRENGTH.match(s.text, hit.end))
        and not (hit.phrase == "promising" and _promising_as_verb(s.text, hit))
        and not a_charge(s.text, hit)
        and not no_judgment(s.text, hit)
        and not (hit.phrase in _REFUSALS and _NO_REFUSAL.match(s.text, hit.end))
        and not in_question(s.text, hit)
        and not _STILL_FINDING_OUT.search(s.text, max(0, hit.start - 100), hit.start)
        and not _said_by_another(s, hit, speaker)
        and not _RAISED_BY_ANOTHER.match(s.text, hit.end)
        and not _in_anothers_clause(s, hit, speaker)
    )


# A question someone is still finding out the answer to: "was not sure whether the drill
# had been a success", "were analysing whether it was successful" judges nothing (not a
# question put to another, "asked Peru whether its raid was legal", which voices a doubt).
_STILL_FINDING_OUT = re.compile(
    r"\b(?:(?:not|never)\s+(?:\w+\s+)?(?:know|knew|sure|certain|clear)|unclear|uncertain|"
    r"analy[sz](?:e|es|ed|ing)|assess(?:es|ed|ing)?|examin(?:e|es|ed|ing)|determin(?:e|es|ed|ing)|"
    r"check(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|investigat(?:e|es|ed|ing)|decid(?:e|es|ed|ing))"
    r"\s+(?:if|whether)\s+(?:[^,;:.\"\u201c\u201d]|(?<=\b[A-Za-z])\.){1,80}\Z"
)


# A clause of its own for another subject: "..., but China has warned", "..., while
# Peru said".
_CONTRAST = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s+(?:the\s+)?")


def _in_anothers_clause(s: RuleSentence, hit: Hit, speaker: ActorMention) -> bool:
    """Whether ``hit`` stands in a contrasting clause whose subject is another state or
    body ("Japan said the radar is defensive, but China warned it would destabilise the
    region"): that state's words, not the speaker's."""
    for contrast in _CONTRAST.finditer(s.text, speaker.end, hit.start):
        other = s.after(contrast.end())
        if other is not None and other.start == contrast.end() and other.code != speaker.code:
            return True
    return False


# A relative clause naming who voiced it, right after an evaluative word: "the concerns
# you have raised", "the criticism they voiced" (theirs, which the speaker answers).
_RAISED_BY_ANOTHER = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:you|they|he|she|critics|others)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:raised|expressed|voiced|shared|aired|mentioned)\b"
)


def _said_by_another(s: RuleSentence, hit: Hit, speaker: ActorMention) -> bool:
    """Whether ``hit`` comes after another actor's own reporting verb, past the speaker
    ("Peru declared a pause after clashes the OAS called 'appalling'"):
    that actor's word, not the speaker's."""
    clauses = [c for c in s.find("reporting") if speaker.end <= c.start < hit.start]
    # The speaker's own verb first ("the Peruvian envoy to the OAS said": one
    # verb, the speaker's), then another's.
    for clause in clauses[1:]:
        other = s.before(clause.start)
        if (
            other is not None
            and other.start >= speaker.end
            and other.code != speaker.code
            and not s.text[other.end : clause.start].strip()
        ):
            return True
    return False


# "will not" and "would not" judge only as a refusal ("we will not accept"); before a
# passive, "have to", "affect" or "only" they say what is not to happen or need not be
# ("the quotas will not be discussed", "she will not have to resign", "it would not
# affect exports", "would not only ... but"); before a verb of opposing they refuse to
# oppose ("Peru would not oppose the sale", "will not block the deal"), nor to exclude
# ("would not rule out"); before "be able to" they say what cannot be done ("Chile will
# not be able to pay its debts"), before "be difficult", "be easy" how hard it is, no
# refusal.
_REFUSALS = frozenset({"will not", "would not", "will never", "would never"})
_NO_REFUSAL = re.compile(
    r"\s+(?:be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)|be\s+(?:able|in\s+a\s+position)\s+to|have\s+to|"
    # "a deal would not be hard to reach": how hard something is, no refusal
    r"be\s+(?:\w+ly\s+)?(?:difficult|hard|easy|simple|possible|impossible|enough|long)\b|"
    r"affect|impact|only|necessarily|"
    # "trusted the raid would not last long", "would never do anything": no refusal
    r"last|happen|occur|take\s+place|exceed|do\s+anything|"
    r"oppose|object|block|veto|resist|obstruct|stand\s+in\s+the\s+way|"
    # "would not impose sanctions on Peru", "will not retaliate": no measure taken against
    # anyone, no refusal of anything asked
    r"impose|retaliate|punish|sanction|expel|sever|"
    # "would not rule out intervening": no refusal either
    r"rule\s+out|exclude)\b"
)


# "committed a crime", "committed suicide", "committed delegates": a deed or a vote, not a
# pledge.
# Strengthening one's own hand is no judgment of anything: "strengthen his position",
# "strengthen the country's capabilities", "strengthen its armed forces", "strengthen
# military readiness" (but "strengthen its ties with", "strengthen the pact" are support).
_OWN_STRENGTH = re.compile(
    r"\s+(?:(?:its|his|her|their|our|my)\s+(?!(?:\w+\s+)?(?:ties|relations|relationship|"
    r"cooperation|partnership|friendship|links|bonds)\b)|the\s+(?:country|nation)['\u2019]s\s|"
    r"(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,2}?(?:military|security|defen[cs]e|armed|army|navy)\b)",
    re.IGNORECASE,
)
# "promising" as a verb, with what is promised after it ("were promising recruits a
# victory", "promising quick help"), is no judgment; as an adjective it is ("a promising
# start", "the talks were promising").
_BEFORE_ADJECTIVE = re.compile(r"\b(?:a|an|the|very|most|more|quite|highly|really)\s+\Z", re.I)
_WORD_AFTER = re.compile(r"\s+(?!(?:and|but|or|for|in|at|as|so)\b)[a-z]")


def _promising_as_verb(text: str, hit: Hit) -> bool:
    """Whether "promising" at ``hit`` is a verb with its object after it."""
    return (
        _WORD_AFTER.match(text, hit.end) is not None
        and _BEFORE_ADJECTIVE.search(text, max(0, hit.start - 12), hit.start) is None
    )


_DONE_WRONG = re.compile(
    r"\s+(?:(?:a|an|the|war|serious|grave|these|those|such|many)\s+)*(?:crimes?|suicide|murders?|"
    r"atrocit(?:y|ies)|genocide|fraud|violations?|abuses?|offen[cs]es?|acts?|errors?|"
    r"mistakes?|attacks?|massacres?|delegates?)\b"
)


# Between a state and its own verb: auxiliaries and adverbs ("Japan has already agreed").
_OWN_VERB_GAP = re.compile(
    r"(?:\s+\([\w-]+\))?(?:\s+(?:nations|countries|states|governments|members))?"
    r"\s+(?:(?:has|have|had|is|was|were|also|already|now|still|\w+ly)\s+)*\Z"
)


_PRESENT_SUPPORT = frozenset({"support", "supports", "backs", "back", "welcomes", "welcome"})


def _others_act(s: RuleSentence, hit: Hit, speaker: ActorMention) -> bool:
    """Whether ``hit`` is the verb of another state or body named right before it ("Japan
    has agreed to drop barriers, Soto said", "said the G7 nations still support the
    accord"): its own support, not the speaker's."""
    before = s.before(hit.start)
    return (
        # a verb: "agreed", "welcomed", "supports", "support" after its own subject; not "the
        # Paris agreement"
        (hit.phrase.endswith("ed") or hit.phrase in _PRESENT_SUPPORT)
        and before is not None
        # "American support": right after its adjective, the noun
        and (hit.phrase.endswith(("ed", "s")) or bool(s.text[before.end : hit.start].strip()))
        and before.code != speaker.code
        and _OWN_VERB_GAP.fullmatch(s.text, before.end, hit.start) is not None
    )


def _stated_by_another(s: RuleSentence, hit: Hit, speaker: ActorMention) -> bool:
    """Whether ``hit`` is a position another state or body named after the speaker states
    as its own ("Peru said Chile had reiterated its opposition to the plan"): Chile's."""
    at = stated_at(s, hit)
    return at != hit.start and any(
        a.code and a.code != speaker.code and speaker.end <= a.start < at for a in s.actors
    )


def polarity(s: RuleSentence, speaker: ActorMention) -> str | None:
    """What the words of ``s`` other than the speaker's own say: oppose, support or none.
    A word of support that is another state's own verb is not the speaker's (an
    accusation the speaker reports is: "Iran violated the accord, the U.S. said")."""
    against = _counted(s, "evaluation.oppose", speaker)
    for_ = _counted(s, "evaluation.support", speaker)
    if against > for_:
        return "oppose"
    if for_ > against:
        return "support"
    return None
