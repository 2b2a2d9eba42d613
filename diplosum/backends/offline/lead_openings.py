"""Where a long lead's headline starts, for ``lead``: past the aside its subject opens with
("Ana Soto, a veteran diplomat, was named" -> "Ana Soto was named"), and past a clause
of time or condition it opens with ("Two days before they left Lima, the envoys met" ->
"The envoys met") or a phrase of where or how it was told ("In an interview on Sunday,
...", "According to a statement, ...") or of what it came despite or amid; and whether
words are a name alone (no verb among them).
"""

from __future__ import annotations

import re

__all__ = ["main_clause", "names", "without_aside"]


# Lower-case words a subject's name or title may hold ("Chief of Staff", "late on").
_IN_A_NAME = frozenset({"the", "of", "and", "a", "an", "late", "early"})


def names(words: list[str]) -> bool:
    """Whether ``words`` are a name or title alone, no verb among them."""
    return all(w[:1].isupper() or w[:1] in "([0123456789" or w in _IN_A_NAME for w in words)


# A subject's aside set off by commas, then its predicate: "Ana Soto, a veteran diplomat,
# was named ...", "At least 40 people, including 12 children, drowned ...". The verb after
# it: an auxiliary, a form in -ed or -s, or a common irregular past.
# (Not a plural noun that opens a reporting clause at the end: "..., a day after the
# raid, officials in Lima said" is no aside before a verb.)
_ASIDE_THEN_VERB = re.compile(
    r"(?P<subject>[^,;:]{3,80}?),\s+(?P<aside>[^,;:]{3,120}?),\s+(?=(?:\w+ly\s+)?"
    r"(?!(?:officials|sources|diplomats|analysts|witnesses|residents|experts|authorities|"
    r"aides|lawmakers|investigators|prosecutors|officers|ministers|observers|reports)\b)"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|did|does|"
    r"[a-z]{2,}ed|[a-z]{2,}s|took|made|said|told|won|lost|met|went|came|gave|held|left|saw|"
    r"struck|became|began|brought|found|got|kept|led|put|ran|sent|set|sold|spoke|fell|fled|"
    r"flew|grew|hit|paid|rose|spent|threw|wrote)\b)"
)


def without_aside(sentence: str) -> str:
    """``sentence`` less the aside its subject opens with, so that a short headline keeps
    the verb ("Ana Soto, a veteran diplomat, was named envoy" -> "Ana Soto was named
    envoy"); the name of one a subject describes stays, without its commas ("Peru's
    envoy, Ana Soto, said" -> "Peru's envoy Ana Soto said"; but "The city of Lima, Peru,
    voted" -> "The city of Lima voted")."""
    aside = _ASIDE_THEN_VERB.match(sentence)
    if aside is None or len(aside.group("subject").split()) > 8:
        return sentence
    words = aside.group("aside").split()
    described = aside.group("subject").split()[-1][:1].islower()
    named = described and names(words) and len(words) <= 4
    kept = f"{aside.group('subject')} {aside.group('aside')}" if named else aside.group("subject")
    return f"{kept} {sentence[aside.end() :]}"


# A clause of time or condition, or a phrase of where or how, that opens the sentence, to
# its comma: "Two days before they left Lima, ...", "When the talks ended, ...", "As the
# vote nears, ...".
_OPENING_CLAUSE = re.compile(
    r"(?:(?:[A-Z]\w*\s+){0,1}(?:\w+\s+){0,2}(?:before|after)|When|While|Although|Though|"
    # "As the campaign heats up, Facebook is ...", "Even as talks go on, ..."
    r"Once|Until|Unless|As|Since|(?:Even|Just)\s+as|"
    # where or how the news was told, to its comma: "In an interview on Sunday, ...",
    # "Speaking to reporters in Lima, ...", "At a news conference, ..." (a headline cut at
    # that comma is the opening alone)
    r"In|At|During|Speaking|Addressing|Writing|Talking|Asked|According|"
    # what it happened despite, amid or after: "Despite mounting pressure from ..., ..."
    r"Despite|Amid|Following)\s[^,;:\"\u201c]{3,100},\s+"
    # a main clause's subject: a determiner or a name (not a pronoun that points back, nor
    # a word in small letters that goes on the clause: "caught Ana Soto, suspected of")
    r"(?=(?:the|a|an|The|A|An|(?!(?:It|He|She|They|We|I)\b)[A-Z])[\w.'\u2019-]*\s)"
)


def main_clause(sentence: str) -> str:
    """``sentence`` from its main clause, past a clause of time or condition it opens
    with, when that leaves five words or more ("Two days before they left Lima, the
    envoys met ..." -> "The envoys met ...")."""
    opening = _OPENING_CLAUSE.match(sentence)
    if opening is None or len(sentence[opening.end() :].split()) < 5:
        return sentence
    rest = sentence[opening.end() :]
    return rest[:1].upper() + rest[1:]
