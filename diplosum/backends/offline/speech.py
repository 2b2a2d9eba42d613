"""Reported speech: who said it, and what position what they said takes.

News states most positions as speech, not with a stance verb: "Lavrov said his country
would never accept the plan", '"This is a grave error," the minister said.' The
speaker is the actor of a reporting clause in the sentence ("X said", "said X",
"according to X"), or, for a sentence that is a quotation, of the next sentence or the
one before. The position comes from evaluative words in what was said
(``data/lexicon.json``, ``evaluation``): more words against than for is "oppose", more
for than against is "support"; none at all, no stance.
"""

from __future__ import annotations

import re

from ...models import Stance
from .actors import ActorMention
from .lexicon import Hit
from .phrases import readable
from .sentence import Nearby, RuleSentence

__all__ = [
    "open_quote",
    "quoted_at",
    "quoted_speaker",
    "reported_stances",
    "reporting_actor",
    "speaker",
]

_QUOTE_MARKS = "\"'\u201c\u2018"
_CLOSING = "\"'\u201d\u2019"
_FIRST_PERSON = re.compile(r"(?:We|I)\b")


# What may come right before an inverted reporting verb: the end of a quotation or of a
# clause, or nothing.
_INVERTED_AFTER = frozenset({"", ",", '"', "'", "\u201d", "\u2019"})
_PRONOUN_BEFORE = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|later\s+|then\s+|again\s+|"
    r"earlier\s+|previously\s+|once\s+)?\Z"
)
_NOT_SPEAKER_GAP = frozenset(
    {"of", "about", "on", "to", "in", "at", "with", "that", "after", "before", "for", "from"}
)


# A reporting clause's own subject that names no one the rules know: "..., the prime
# minister said", "..., officials said", "..., a senior official told reporters" (the
# clause's own words, with no actor among them: one right there speaks, found before).
_UNNAMED_SUBJECT = re.compile(
    r"[,;:]\s+(?!(?:has|had|have|also|it|and|but|later|then|which|who)\b)"
    r"(?:[\w-]+\s+){1,5}?(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)?\Z",
    re.IGNORECASE,
)

# A subject named, then what they are, before its reporting verb: "Juan Perez, the
# Chilean foreign minister, said", "Ana Soto, a spokeswoman for Peru's foreign ministry,".
_APPOSITIVE_SUBJECT = re.compile(
    r"\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*,\s+"
    # what they are: "the ...", "a ...", "Chile's ...", not "however" nor "which borders"
    r"((?:the|a|an|another|one\s+of)\s[^,;\"\u201c\u201d]{3,90}|"
    r"[A-Z][\w.]*(?:'s|\u2019s)\s[^,;\"\u201c\u201d]{3,80}),\s*"
    r"(?:\w+ly\s+|also\s+|has\s+|had\s+)?\Z"
)

_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen"})


def _spokesman_for(words: list[str]) -> list[str]:
    """``words`` less the "for" of "a spokesman for the Chinese foreign ministry", who
    speaks for the state after it."""
    return [
        w for i, w in enumerate(words) if not (w == "for" and i and words[i - 1] in _SPOKESPEOPLE)
    ]


def reporting_actor(s: RuleSentence) -> ActorMention | None:
    """The speaker of a reporting clause: "said a senior US official" or "Iran said"."""
    for clause in s.find("reporting"):
        # '"...," he said': whoever "he" or "she" stands for, placed where the pronoun is
        # (not "X said he was ...": that "he" is what X said).
        pronoun = _PRONOUN_BEFORE.search(s.text, max(0, clause.start - 24), clause.start)
        if pronoun is not None:
            person = s.he_or_she(pronoun.start())
            if person is None:
                return None
            return person._replace(start=pronoun.start(), end=pronoun.end())
        before = s.before(clause.start)
        gap = s.text[before.end : clause.start] if before else ","
        if before is not None and "," not in gap and len(gap.split()) <= 3:
            return before if s.is_agent(before) else None
        appositive = _APPOSITIVE_SUBJECT.match(s.text, 0, clause.start)
        if appositive is not None:
            # "Juan Perez, the Chilean foreign minister, said": what he is names his state.
            start, end = appositive.span(1)
            inside = [a for a in s.actors if start <= a.start and a.end <= end and a.code]
            return inside[0] if inside and s.is_agent(inside[0]) else None
        # Inverted, after a quotation or a clause: '"...," said a senior US official'; not
        # "the minister said Iran ..." (Iran is what was said), "said of the Swedish
        # decision" nor "told Erdogan" (whoever follows "told" is the one told).
        after = s.after(clause.end)
        words = s.text[clause.end : after.start].lower().split() if after is not None else []
        if (
            after is not None
            and s.text[: clause.start].rstrip()[-1:] in _INVERTED_AFTER
            and len(words) <= 4
            and not _NOT_SPEAKER_GAP.intersection(_spokesman_for(words))
            and not clause.phrase.startswith("told")
        ):
            return after if s.is_agent(after) else None
        titled = _titled_after(s, clause)
        if titled is not None:
            return titled
        if _UNNAMED_SUBJECT.search(s.text, max(0, clause.start - 60), clause.start):
            return None  # "..., the prime minister said": someone the rules cannot place
        # "China, considered the most capable ..., has said": the clause's subject.
        subject = s.holders(clause.start)
        if subject and clause.start - subject[0].end < 120:
            return subject[0]
    return None


# '"...," said Ana Lopez, a spokeswoman for Peru's foreign ministry': a name the
# gazetteer does not know, then what they are, which names the state.
_NAME_THEN_APPOSITIVE = re.compile(
    r"\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3},\s+(?:a|an|the)\s+([^,;.\"\u201d]{3,80})"
)
_OFFICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "minister", "official", "envoy", "ambassador"}
    | {"adviser", "advisor", "secretary", "diplomat", "negotiator", "president", "premier"}
)


def _titled_after(s: RuleSentence, clause: Hit) -> ActorMention | None:
    """The state of an inverted speaker named with what they are ("said Ana Lopez, a
    spokeswoman for Peru's foreign ministry"), after a quotation or a clause."""
    if s.text[: clause.start].rstrip()[-1:] not in _INVERTED_AFTER:
        return None
    named = _NAME_THEN_APPOSITIVE.match(s.text, clause.end)
    if named is None or _OFFICES.isdisjoint(named.group(1).lower().split()):
        return None
    start, end = named.span(1)
    inside = [a for a in s.actors if start <= a.start and a.end <= end and a.code]
    return inside[0] if inside and s.is_agent(inside[0]) else None


def speaker(s: RuleSentence, nearby: Nearby) -> ActorMention | None:
    """Who a sentence is attributed to: its own reporting clause, else, for a quotation,
    a neighbour's ('"Our goal remains ..." ... the US official said')."""
    found = reporting_actor(s)
    if found is not None:
        return found
    for other in nearby():
        if not _next_to(s, other) and not _one_quotation(s, other):
            continue
        if other.has("reporting") and (found := reporting_actor(other)) is not None:
            return found
    return None


def _next_to(s: RuleSentence, other: RuleSentence) -> bool:
    """Whether only white space stands between ``s`` and ``other``, either way round."""
    first, second = (s, other) if s.start < other.start else (other, s)
    return not s.article[first.start + len(first.text) : second.start].strip()


def _one_quotation(s: RuleSentence, later: RuleSentence) -> bool:
    """Whether ``s`` and ``later``, further on in its paragraph, are in one quotation
    ('"We will never accept this. It is a violation of law. The West must stop," he said'):
    a quotation is open from ``s`` to the start of ``later``."""
    if later.start < s.start or "\n" in s.article[s.start : later.start]:
        return False
    return (_opens_quotation(s) or quoted_at(s.article, s.start)) and (
        quoted_at(s.article, later.start)
    )


def quoted_at(article: str, offset: int) -> bool:
    """Whether ``offset`` of ``article`` opens a quotation or is inside one opened
    earlier in its paragraph."""
    if article.startswith(tuple(_QUOTE_MARKS), offset):
        return True
    return open_quote(article[article.rfind("\n", 0, offset) + 1 : offset]) is not None


def open_quote(text: str) -> int | None:
    """Where the quotation still open at the end of ``text`` opens (its mark), or ``None``.
    Straight marks open and close alike: one is open after an odd number of them."""
    curly = text.rfind("\u201c")
    if curly > text.rfind("\u201d"):
        return curly
    return text.rfind('"') if text.count('"') % 2 == 1 else None


# "no breakthrough", "not a success", "without progress": the word does not count.
_NEGATED = re.compile(r"\b(?:no|not|never|without|nor|lack\s+of)\s+(?:\w+\s+)?\Z", re.IGNORECASE)


def _counted(s: RuleSentence, name: str, speaker: ActorMention) -> int:
    """How many of list ``name``'s words ``s`` says outside the speaker's own name, not
    negated."""
    return sum(
        1
        for hit in s.find(name)
        if not speaker.start <= hit.start < speaker.end
        and not _NEGATED.search(s.text, max(0, hit.start - 20), hit.start)
    )


def _opens_quotation(s: RuleSentence) -> bool:
    return s.text.lstrip().startswith(tuple(_QUOTE_MARKS))


def quoted_speaker(s: RuleSentence, nearby: Nearby) -> ActorMention | None:
    """For a sentence that opens a quotation or speaks as "we" or "I", who said it."""
    if not _opens_quotation(s) and not _FIRST_PERSON.match(s.text.lstrip(" " + _QUOTE_MARKS)):
        return None
    return speaker(s, nearby)


def _polarity(s: RuleSentence, speaker: ActorMention) -> str | None:
    """What the words of ``s`` other than the speaker's own say: oppose, support or none."""
    against = _counted(s, "evaluation.oppose", speaker)
    for_ = _counted(s, "evaluation.support", speaker)
    if against > for_:
        return "oppose"
    if for_ > against:
        return "support"
    return None


# After a reporting verb that ends its sentence: a time or a manner, nothing said.
_TRAILING = re.compile(
    r"\s*(?:(?:on|in|at|late|early|last|this)\s+\w+|today|yesterday|in\s+a\s+statement|"
    r"in\s+an\s+interview|\w+ly)?\s*[.!?\"'\u201d\u2019]*\s*"
)


def _said_from(text: str, offset: int) -> int:
    """Where what was said starts after a reporting verb ending at ``offset``: past the
    colon or comma that may introduce a quotation ("said: 'This is ...'")."""
    rest = text[offset : offset + 3]
    stripped = rest.lstrip()
    return offset + len(rest) - len(stripped) + 1 if stripped[:1] in (":", ",") else offset


def _topic(s: RuleSentence, speaker: ActorMention) -> str | None:
    """What was said, briefly: the clause after the reporting verb, or the sentence's own
    words when the speaker comes after them ('"...," Hague said'); after "According to
    X,", the main clause."""
    for clause in s.find("reporting"):
        if clause.phrase == "according to" and speaker.start >= clause.end:
            comma = s.text.find(", ", speaker.end)
            said = readable(s.text, comma + 2) if comma >= 0 else None
            if said:
                return said
            continue
        # 'said, "We ...': a quotation right after the verb is what was said.
        quote = _QUOTE_AFTER.match(s.text, clause.end)
        if quote is not None and (said := readable(s.text, quote.end())):
            return said
        # "..., the Philippine president said on Monday": what was said came first.
        trailing = _TRAILING.fullmatch(s.text, clause.end) is not None
        if (
            not trailing
            and speaker.start < clause.start
            and not _after_quotation(s, speaker)
            and (after := readable(s.text, _said_from(s.text, _told_that(s.text, clause))))
        ):
            return after
    return readable(s.text, 0)


# A comma or colon, then an opening quotation mark.
_QUOTE_AFTER = re.compile(
    r"(?:\s+in\s+a\s+statement|\s+on\s+\w+|\s+today|\s+yesterday)?[,:]\s*[\"\u201c]"
)


def _after_quotation(s: RuleSentence, speaker: ActorMention) -> bool:
    """Whether ``speaker`` follows the quotation the sentence opens with ('"We ...," a
    senior official told reporters travelling with the minister'): what they said is that."""
    if not _opens_quotation(s):
        return False
    head = s.text[: speaker.start]
    return any(f",{mark}" in head for mark in _CLOSING)


# After "told", the one told, then what they were told: "told Kerry on Wednesday that ...".
_TOLD_THAT = re.compile(r"[^;:\"\u201c\u201d]{1,80}?\bthat\s")


def _told_that(text: str, clause: Hit) -> int:
    """Where what was said starts after ``clause``: past the one told and "that" for
    "told X that"; else right after the clause."""
    if clause.phrase.startswith(("told", "telling")):
        that = _TOLD_THAT.match(text, clause.end)
        if that is not None:
            return that.end()
    return clause.end


def reported_stances(s: RuleSentence, nearby: Nearby, taken: set[str]) -> list[Stance]:
    """The stance of the sentence's speaker, unless a stance verb gave theirs (``taken``:
    the codes already holding a stance from this sentence)."""
    if not s.has("reporting") and not _opens_quotation(s) and not quoted_at(s.article, s.start):
        return []
    if not s.has("evaluation.oppose") and not s.has("evaluation.support"):
        return []  # no evaluative word, no position: most sentences, found without a speaker
    who = speaker(s, nearby)
    if who is None or who.code is None or who.code in taken:
        return []
    position = _polarity(s, who)
    topic = _topic(s, who)
    if position is None or topic is None:
        return []
    return [Stance(actor=who.actor, topic=topic, position=position, evidence=s.evidence())]
