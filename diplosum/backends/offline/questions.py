"""Questions, for the rules that read no position, aim or measure inside one: a question
left open ("did not say whether Peru intends to", "it is unclear how far Chile backs
it"), one put to someone ("Asked if she was pleased with ...,") or asked outright
('"Should Chile approve the treaty?"'): what is asked states nothing; the answer may.
"""

from __future__ import annotations

import re

from .lexicon import Hit

__all__ = ["HOW_FAR", "OPEN_QUESTION", "in_question"]


#: How far or how much, asked (a pattern fragment): "unclear how far Peru backs it".
HOW_FAR = r"(?:how\s+(?:far|much|strongly)|to\s+what\s+extent)"

# Inside an open question: "did not say whether Peru intends to", "it is unclear if Chile
# plans to", "Asked by reporters if Peru would retaliate" (not a condition: "if
# elected, she aims to" is ended by its comma). No aim, no measure is stated there.
OPEN_QUESTION = re.compile(
    r"(?:\bwhether|\b(?:specify|specified|say|said|know|knew|known|ask|asked|asking|Asked|clear|"
    r"unclear|decide|decided|determine|wonder|wondered|sure|certain|confirm|confirmed)"
    # "asked by reporters if"
    r"(?:\s+by\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+if"
    # "declined to say what changes Peru wanted": a question left open (not "said what
    # Peru wants is ...", which states it)
    r"|\b(?:declined|refused|not|never)\s+(?:to\s+)?(?:say|specify|disclose|reveal|explain|"
    r"detail|confirm)\s+(?:\w+ly\s+)?(?:what|which|how|why|when|where|who)"
    # "unclear how much Lima wants to weaken the peso", "unclear to what extent Peru backs it"
    rf"|\b(?:unclear|uncertain|unknown|not\s+(?:clear|known))\s+{HOW_FAR})"
    r"\s+(?:[^,;:.\"\u201c\u201d]|(?<=\b[A-Za-z])\.){1,80}\Z"
)


# A question put to someone, to its clause's end: "Asked if she was pleased with ...,",
# "Asked about claims that he had ...," opening the sentence.
_QUESTION = re.compile(
    r"\b(?:[Aa]sked\s+(?:him\s+|her\s+|them\s+)?(?:if|whether)|Asked\s+about)\b[^,;:]*"
)


# A yes-or-no question, opened by its auxiliary and closed by its mark: 'The question is:
# "Should Chile approve the treaty?"' (not a negated, rhetorical one: "Isn't
# the reason ...?").
_DIRECT_QUESTION = re.compile(
    r"(?:\A|[\"\u201c:]\s*)(?:Should|Shall|Will|Would|Can|Could|Do|Does|Did|Is|Are|Was|Were|"
    r"Must|May|Might|Has|Have|Am)\s+(?!not\b)[^?\"\u201c\u201d]*\?"
)


def in_question(text: str, hit: Hit) -> bool:
    """Whether ``hit`` is a word of a question put to someone ("Asked if she was pleased
    with ..., Wilson replied") or asked ("Should Chile approve the treaty?"): what they
    answer says their position, not the question."""
    if "?" not in text and "sked" not in text:
        return False  # no question mark and no "asked": neither pattern can match
    return any(
        q.start() < hit.start and hit.end <= q.end()
        for pattern in (_QUESTION, _DIRECT_QUESTION)
        for q in pattern.finditer(text)
    )
