"""Where a readable phrase starts: past marks and a dash that set it off, a dateline, a
condition or time clause it opens with ("If Peru imposed the tariffs, it would ..."), a
judgment on a dummy "it" ("It is vital that ..."), and, once it is split into words, past
times, linking words and ways of saying ("of course", "in my view") that are no part of
what it says."""

from __future__ import annotations

import re

from .clauses import MODAL_VERBS
from .datelines import without_dateline
from .phrase_times import duration, time_words, without_inner_time

__all__ = ["opening_trimmed", "phrase_start"]


def _negated(clause: list[str]) -> bool:
    """Whether ``clause``'s second word negates its first ("will not", "would never")."""
    return len(clause) > 1 and clause[1].lower() in ("not", "never")


_OPENING_MARKS = ('"', "\u201c")
# "In my view", "To our mind": a speaker's view named as such, before what it is.
_OPINION_OPENERS = [
    [first, owner, noun]
    for first in ("in", "to")
    for owner in ("my", "our")
    for noun in ("view", "mind", "opinion", "judgment", "judgement")
]
# What a phrase never opens with: spaces, opening marks, and a dash that set it off
# ("the deal - the culmination of ...").
_LEADING = frozenset(" \t\n\"'\u201c\u2018([-\u2013\u2014")
# Words a phrase may not open with, and may not close on.
_OPENERS = frozenset(
    {"by", "of", "and", "or", "but", "that", "which", "who", "to", "than", "as"}
    | {"is", "was", "are", "were", "remains", "remain", "remained"}  # "our goal | is to bring"
    | {"been", "be", "being", "has", "have", "had"}
    # "the aim | would be to keep ...", "Kuroda leaves for talks that | will refute ...":
    # a modal needs its subject.
    | MODAL_VERBS
    # "support | for the plan", "disappointment | at the outcome": the object is the topic.
    | {"for", "at", "on", "over", "about", "against", "with", "from", "in"}
    # "after an American was arrested": what the phrase is about follows
    | {"after", "before", "amid", "despite", "following", "because"}
    # "its strongest criticism | yet of China's record"
    | {"yet"}
)


_OBJECTS = frozenset({"it", "them", "him", "her", "us", "this", "that", "these", "those"})


def _has_an_object(clause: list[str]) -> bool:
    """Whether ``clause`` opens with "have" and a pronoun object ("have it operational"),
    the verb of its own, not an auxiliary."""
    return len(clause) > 2 and clause[0].lower() == "have" and clause[1].lower() in _OBJECTS


# Nouns that make a phrase with the preposition before them ("on behalf of", "in the
# wake of"): a phrase opening with them keeps its preposition.
_IDIOM_HEADS = frozenset(
    {"behalf", "order", "spite", "front", "view", "light", "favour", "favor", "support"}
    | {"case", "addition", "terms", "response", "wake", "face", "absence", "name", "event"}
    | {"lieu", "charge", "run-up", "aftermath", "interest", "interests", "hands"}
)


def _opens_idiom(clause: list[str]) -> bool:
    """Whether ``clause`` opens with a preposition and an idiom's noun ("on behalf"), or
    with a measure's "as much as" ("as many as ten new tariffs")."""
    if len(clause) > 3 and clause[0].lower() == "as" and clause[2].lower() == "as":
        return True
    rest = [t.lower() for t in clause[1:3]]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    return bool(rest) and rest[0] in _IDIOM_HEADS


# A condition ends at its comma, and holds no modal of a main clause ("if elected she would
# stay neutral in the row, a stance ..." has its main clause inside).
_SUBORDINATOR = (
    r"(?:[Ii]f|[Uu]nless|[Uu]ntil|[Ww]hen|[Oo]nce(?!\s+(?:again|more)\b)|[Aa]lthough|[Tt]hough|"
    r"[Aa]s\s+(?:long|soon)\s+as)\s"
)
_CONDITION = re.compile(
    _SUBORDINATOR + r"(?:(?!\b(?:would|will)\b)(?:[^,;:.]|(?<=\b[A-Za-z])\.)){1,120},\s*+"
    r"(?!(?:said|says|told|added|according)\b)"
)


# A judgment on a dummy "it", up to what it judges: "It is simply not right in this day
# for", "It's vital that" (not "It is a plan for": a noun, no judgment; nor
# "it is fighting for": a verb of a real "it").
_IT_IS_JUDGED = re.compile(
    r"[Ii]t(?:\s+is|\s+was|['\u2019]s|\s+would\s+be|\s+will\s+be)\s+"
    r"(?:(?:\w+ly|not|so|very|also|still|now)\s+){0,3}(?!(?:a|an|the|[a-z]+ing)\b)[a-z]+\s+"
    r"(?:that|(?:(?:in|at|on)\s+(?:[a-z]+\s+){1,3})?for)\s+"
)
_CONDITION_OPENS = re.compile(_SUBORDINATOR)


# Spaces and a "that" before a condition that opens a phrase.
_TO_CONDITION = re.compile(r"\s*(?:that\b,?\s*)?(?=(?:if|If|unless|Unless|until|Until)\s)")


def _past_marks(text: str, start: int) -> tuple[int, int]:
    """``start`` past the spaces, marks and dash that open the phrase, and where a
    quotation it opens with opens (its mark at or right before the phrase; else the
    phrase's start)."""
    quote_at = start - 1 if text[start - 1 : start] in _OPENING_MARKS else start
    while start < len(text) and text[start] in _LEADING:
        if text[start] in _OPENING_MARKS:
            quote_at = start
        start += 1  # a quotation's opening mark is no end
    return start, quote_at


def phrase_start(text: str, start: int) -> tuple[int, int] | None:
    """Where the phrase of ``text`` from ``start`` opens, and where its end is looked for
    from (where a quotation it opens with opens, else the same); ``None`` if its clause
    ended there, or a condition it opens with has no main clause after its comma."""
    if start == 0:
        start = len(text) - len(without_dateline(text))  # "VIENNA - International ..."
    while True:
        start, quote_at = _past_marks(text, start)
        if text.startswith((",", ";", ":"), start):
            return None  # the clause ended where the phrase would start
        opening = _TO_CONDITION.match(text, start)  # "added that, if the U.S. and ..., it"
        if opening is not None and _CONDITION.match(text, opening.end()) is not None:
            start = opening.end()
        judged = _IT_IS_JUDGED.match(text, start)
        if judged is not None:
            # "It is simply not right for Chile to close the port", "It's vital that Peru
            # and Chile talk": what is judged follows.
            start = judged.end()
        elif _CONDITION_OPENS.match(text, start):
            # "that if Peru imposed the tariffs, it would retaliate", "Until costs fall,
            # the bank will wait": the condition or time is no part of what is said; the
            # main clause after its comma is.
            condition = _CONDITION.match(text, start)
            if condition is None:
                return None
            start = condition.end()
        else:
            break
    # 'pledged to "never, ever" attack': the mark that closes a quotation the phrase
    # opens with ends it only where the phrase does.
    quoted = text[quote_at : quote_at + 1] in _OPENING_MARKS and text[:quote_at][-1:].isspace()
    return start, quote_at if quoted else start


def opening_trimmed(clause: list[str]) -> list[str] | None:
    """``clause``'s words less those it opens with that are no part of what it says
    (times, linking words, "of course", "in my view", "in order to"; a time before what
    is asked); ``None`` if it says only for how long ("pressing for weeks | has
    yet to ...")."""
    if [t.lower().rstrip(",") for t in clause[:2]] in (
        ["of", "course"],
        ["in", "fact"],
        ["in", "principle"],
    ):
        del clause[:2]  # "Of course trade is not the whole story": a way of saying
    if [t.lower().rstrip(",") for t in clause[:3]] in _OPINION_OPENERS:
        del clause[:3]  # "To my mind, that is self-defence": whose view, said again
    del clause[: _in_terms(clause)]  # "condemned in the strongest terms | the attack"
    said = _said_before(clause) or _reporting_clause(clause)
    if said and len(clause) - said >= 2:
        # "As I said before, the wording is vague", "Lima said that the talks had
        # failed": who says it is no part of what is said
        del clause[:said]
    clause = _without_leading_words(clause)
    if [t.lower() for t in clause[:3]] == ["in", "order", "to"]:
        del clause[:3]  # "in order to proceed": the aim is what follows
    clause = without_inner_time(clause)
    span = duration(clause)
    if span and clause[span : span + 1] == ["for"]:
        del clause[: span + 1]  # "pressed for years | for a seat": what was pressed for
    elif span and clause[span : span + 1] != ["of"]:
        return None  # "pressing for weeks | has yet to ...": how long, no object
    return clause


# How a view is put, before what it is about: "condemned in the strongest possible terms
# the attack", "rejected in no uncertain terms".
_TERMS_WORDS = frozenset(
    {"the", "strongest", "strong", "harshest", "harsh", "firmest", "sharpest", "clearest"}
    | {"clear", "no", "uncertain", "unequivocal", "possible", "most", "forceful", "blunt"}
)


def _in_terms(clause: list[str]) -> int:
    """How many of ``clause``'s first words say in what terms a view is put ("in the
    strongest terms"); 0 if none do, or if nothing follows them."""
    words = [t.lower().rstrip(",") for t in clause[:7]]
    if words[:1] != ["in"] or "terms" not in words:
        return 0
    end = words.index("terms")
    if not all(w in _TERMS_WORDS for w in words[1:end]) or len(clause) - end < 3:
        return 0
    return end + 1


# "As I said at the time, ...", "As we have stressed, ...": one's own words recalled
# before what is said now.
_RECALLERS = frozenset({"i", "we", "he", "she"})
_RECALLED = frozenset({"said", "say", "noted", "stated", "stressed", "mentioned"})


def _said_before(clause: list[str]) -> int:
    """How many of ``clause``'s first words recall what was said before, up to the comma
    that ends them ("As I said at the time of the accord,"); 0 if none do."""
    words = [t.lower().rstrip(",") for t in clause[:4]]
    at = 1 if words[:1] == ["as"] else 0
    verb = at + 2 if words[at + 1 : at + 2] in (["have"], ["had"]) else at + 1
    if len(words) <= verb or words[at] not in _RECALLERS or words[verb] not in _RECALLED:
        return 0
    return next((i + 1 for i, t in enumerate(clause[:12]) if t.endswith(",")), 0)


# A reporting clause a phrase opens with: a short subject ("He", "The envoy", "One
# Peruvian official") and a verb of saying, with no object of its own ("told" has one).
# (not "notes" or "adds": "repeated notes of concern" names what was said)
_REPORTING = frozenset({"said", "says", "added", "noted"})
_SUBJECT_OPENERS = frozenset({"he", "she", "it", "they", "we", "i", "the", "a", "an", "one"})
_NO_SUBJECT = frozenset({"who", "which", "that", "what", "have", "has", "had", "is", "was"})
# "Among those Chile said it had named": a phrase that opens with a preposition is no
# reporting clause's subject.
_NOT_FIRST = frozenset({"among", "in", "on", "at", "for", "with", "by", "from", "of", "as"})


def _reporting_clause(clause: list[str]) -> int:
    """How many of ``clause``'s first words are a reporting clause ("Chile said (that)";
    times after it go later); 0 if it opens with none."""
    words = [t.lower() for t in clause[:7]]
    verb = next((i for i, w in enumerate(words) if w in _REPORTING), None)
    if not verb or verb > 5 or any(not w.isalpha() for w in words[:verb]):
        return 0
    if words[0] in _NOT_FIRST or not (clause[0][0].isupper() or words[0] in _SUBJECT_OPENERS):
        return 0
    if any(w in _NO_SUBJECT or w in MODAL_VERBS for w in words[:verb]):
        return 0
    return verb + 2 if words[verb + 1 : verb + 2] == ["that"] else verb + 1


def _without_leading_words(clause: list[str]) -> list[str]:
    """``clause`` less the times and linking words it opens with, so that they do not
    count against a phrase's words."""
    while clause:
        leading = time_words(clause) or (1 if clause[0].lower().rstrip(",") in _OPENERS else 0)
        if leading == 1 and _opens_idiom(clause):
            break  # "on behalf of ...", "in response to ...": the preposition is its part
        if leading == 1 and clause[0].lower() in MODAL_VERBS and _negated(clause):
            break  # "will not support ...": the negation keeps its modal
        if leading == 1 and _has_an_object(clause):
            break  # "to have it ready by May": "have" the verb, not an auxiliary
        if not leading:
            break
        del clause[:leading]
    return clause
