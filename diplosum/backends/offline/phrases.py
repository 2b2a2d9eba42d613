"""Readable phrases: a stance's topic and a goal's statement as a person can read them.

A phrase is cut from the text after a trigger, to the end of its clause or at most a few
words (then at the last comma, preposition or conjunction, so a long clause cut short
still ends on a whole phrase), and then trimmed so it neither opens nor closes on a word
that needs another: never "by Germany", "of", "put in place a", "Washington of". Too
short to read once trimmed (fewer than two words), it is no phrase. Where a clause ends
is ``phrase_ends``'.
"""

from __future__ import annotations

import itertools
import re

from ...text.gazetteer import gazetteer
from .clauses import SPAN_COUNTS, SPAN_UNITS
from .phrase_ends import phrase_end

__all__ = ["CLOSERS", "readable", "without_dateline"]

# A city in capitals, with its state or country ("ELKHART, Ind.", "ORLANDO, Fla./FORT
# PIERCE, Fla.", "SALEM, N.C."), a date, a source and a dash, each if given.
_CITY = (
    r"(?:ST\.\s)?[A-Z]{3,}(?![A-Z])(?:[ /-][A-Z]{2,}(?![A-Z]))*"
    r"(?:,\s*(?:[A-Z][a-z]+\.?|(?:[A-Z]\.){2,}))?"
)
_DATELINE = re.compile(
    rf"(?:{_CITY}(?:/{_CITY})*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-\u2013\u2014]+\s*)?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s\([A-Za-z .]{2,20}\)\s*[-\u2013\u2014]+\s*)"
    r"(?=[A-Z\"'\u201c])"
)
_MARKED = re.compile(r"[-\u2013\u2014(,]")

_MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must"})


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
    | {"is", "was", "are", "were", "remains", "remain"}  # "our goal | is to bring ..."
    | {"been", "be", "being", "has", "have", "had"}
    # "the aim | would be to keep ...", "Kuroda leaves for talks that | will refute ...":
    # a modal needs its subject.
    | _MODALS
    # "support | for the plan", "disappointment | at the outcome": the object is the topic.
    | {"for", "at", "on", "over", "about", "against", "with", "from", "in"}
    # "after an American was arrested": what the phrase is about follows
    | {"after", "before", "amid", "despite", "following", "because"}
    # "its strongest criticism | yet of China's record"
    | {"yet"}
)
# A time a phrase may open with and is no part of: "on Tuesday", "in 1995", "last week".
_TIME_LEADS = frozenset({"on", "in", "at", "late", "early", "last", "this", "next", "by"})
_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december", "week", "month", "year", "weekend", "morning"}
    | {"afternoon", "evening", "night", "today", "yesterday", "earlier", "later"}
)


def _time_words(tokens: list[str]) -> int:
    """How many of ``tokens``' first words state a time ("on Tuesday", "in 1995",
    "earlier")."""
    first = tokens[0].lower().rstrip(",")
    if first in _TIMES:
        return 1
    # "two days ago", "three weeks ago"
    if len(tokens) > 2 and tokens[2].lower().rstrip(",") == "ago":
        return 3
    if len(tokens) > 1 and first in _TIME_LEADS:
        second = tokens[1].lower().rstrip(",")
        if second in _TIMES or (second.isdigit() and len(second) == 4):
            return 2
    return 0


def _duration(tokens: list[str]) -> int:
    """How many of ``tokens``' first words are a span of time ("months", "several
    decades", "the past two years"); 0 if none."""
    words = [t.lower().rstrip(",") for t in tokens[:4]]
    at = 2 if words[:2] == ["the", "past"] else 0
    if words[at : at + 1] and (words[at] in SPAN_COUNTS or words[at].isdigit()):
        at += 1
    return at + 1 if words[at : at + 1] and words[at] in SPAN_UNITS else 0


# A time a noun phrase may close with and is no part of: "a treaty of friendship | on
# Monday". Not a clause's ("talks will open | next week"), nor a participle's ("the plans
# set this week", "the accord signed last year"): there the time says when.
_TIME_CLOSES = frozenset({"on", "last", "this", "late", "early"})
_NOUN_PHRASE_OPENS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
_PARTICIPLES = frozenset({"set", "made", "held", "met", "put", "cut", "struck", "reached"})


def _without_closing_time(tokens: list[str]) -> list[str]:
    """``tokens`` less a time their noun phrase ends with ("on Monday", "last week",
    "today"), unless fewer than two words would be left."""
    if len(tokens) < 4 or tokens[0].lower() not in _NOUN_PHRASE_OPENS:
        return tokens
    last = tokens[-1].lower().rstrip(",")
    cut = 0
    if last in ("today", "yesterday"):
        cut = 1
    elif last in _TIMES and tokens[-2].lower() in _TIME_CLOSES:
        cut = 2
    before = tokens[-cut - 1].lower() if cut else ""
    if not cut or before.endswith("ed") or before in _PARTICIPLES:
        return tokens
    return tokens[:-cut]


def _without_inner_time(tokens: list[str]) -> list[str]:
    """``tokens`` less a time between the one addressed and the infinitive asked of them
    ("urged Chile | on Monday | to set a limit", "called on Peru | today | not to yield"):
    when it was asked is no part of what."""
    for at in range(1, len(tokens) - 2):
        word = tokens[at].lower()
        size = 1 if word in ("today", "yesterday") else 0
        if word in _TIME_CLOSES and tokens[at + 1].lower() in _TIMES:
            size = 2
        after = [t.lower() for t in tokens[at + size : at + size + 2]]
        if tokens[at - 1].lower() in _TIMES:
            continue  # "later this year": a time of its own, kept whole
        if size and (after[:1] == ["to"] or after == ["not", "to"]):
            return tokens[:at] + tokens[at + size :]
    return tokens


CLOSERS = frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as"),
        *("and", "or", "but", "that", "which", "who", "its", "their", "his", "her", "our"),
        *("this", "these", "those", "be", "is", "are", "was", "were", "very", "into", "than"),
        *("such", "some", "any", "all", "both", "more", "most", "not", "no", "would", "will"),
        *("could", "should", "can", "may", "might", "must", "has", "have", "had", "it", "they"),
        *("he", "she", "we", "i", "if", "about", "over", "under", "between", "against"),
        *("been", "being"),
        *("within", "toward", "towards", "upon", "onto", "through", "during", "despite"),
        *("amid", "among", "via"),
        # Words that need what follows: "... by the North including", "... space to try".
        *("including", "like", "try", "seek", "help", "allow", "let", "many", "much"),
        *("how", "what", "why", "whether", "where", "when", "compared"),
        *("even",),  # "... involvement | even though": the conjunction's first word
    }
)


# Where a phrase cut short may end instead: before a preposition or a conjunction, the
# phrase before it is whole ("pressure on the border | by its recent ...").
_BOUNDARIES = frozenset(
    {
        "by",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "to",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "while",
        "as",
        "after",
        # "rights | over the disputed islands in the south"
        *("over", "about", "against", "into", "under", "between", "through", "during"),
        *("near", "across", "including", "amid", "since", "before", "despite"),
        # "come up with a new plan | if it hopes to ...": a condition or a reason is a
        # clause of its own.
        *("if", "unless", "although", "though", "whereas", "whether"),
    }
)


def _back_off(tokens: list[str]) -> list[str]:
    """A clause cut at the word limit ends mid-phrase ("... by its apparent"): end it at
    its last comma, else before its last preposition or conjunction, if three words or
    more remain."""
    for index in range(len(tokens) - 1, 2, -1):
        if tokens[index - 1].endswith(",") and not _in_a_list(tokens, index):
            return tokens[:index]
    for index in range(3, len(tokens) - 1):
        if (
            tokens[index].lower() == "as"
            and tokens[index + 1].lower() in _DETERMINERS
            and not tokens[index - 1].lower().endswith(("ed", "en", "act", "serve"))
        ):
            # "end the war in Gaza | as the loved ones of ...": a clause (not "described
            # as the deadliest", "seen as the protector": what it was called)
            return tokens[:index]
    for index in range(len(tokens) - 1, 2, -1):
        if tokens[index].lower() in _BOUNDARIES:
            # "act in a different way | so that ...": "so" is the purpose's first word
            so = index > 3 and tokens[index].lower() == "that" and tokens[index - 1] == "so"
            if tokens[index].lower() == "by":
                return tokens[: _agentless(tokens, index)]
            return tokens[: index - so]
    return tokens


def _agentless(tokens: list[str], by: int) -> int:
    """Where a phrase cut before "by" at ``by`` ends: before a participle whose agent is
    cut off, and its particle ("a review of the payments | triggered | by the heist",
    "the postponing of rallies | called for | by a cleric"), not a passive's verb ("had
    been hurt")."""
    verb = by - 1 if tokens[by - 1].lower() not in ("for", "on", "up") else by - 2
    if verb < 3 or not tokens[verb].endswith("ed"):
        return by
    return by if tokens[verb - 1].lower() in _PASSIVE_AUXILIARIES else verb


_OBJECTS = frozenset({"it", "them", "him", "her", "us", "this", "that", "these", "those"})


def _has_an_object(clause: list[str]) -> bool:
    """Whether ``clause`` opens with "have" and a pronoun object ("have it operational"),
    the verb of its own, not an auxiliary."""
    return len(clause) > 2 and clause[0].lower() == "have" and clause[1].lower() in _OBJECTS


_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "got"})


def _in_a_list(tokens: list[str], index: int) -> bool:
    """Whether the comma before ``tokens[index]`` parts the names of a list ("against
    Peruvian, Bolivian, and Chilean boats", "Chile, Peru, Bolivia and Ecuador"): a
    capitalised word before it, and within three words after it "and" or "or" and
    another capitalised word (not "to Arica, and keep them", "Ana Soto, Vera said")."""
    if not tokens[index - 1][:1].isupper():
        return False
    ahead = tokens[index : index + 4]
    return any(
        word.lower() in ("and", "or") and following[:1].isupper()
        for word, following in itertools.pairwise(ahead)
    )


# What opens a noun phrase, after "as": a clause of its own ("as the talks resumed").
_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our", "this"})


# Words that open a clause of their own: one cut after a word or two of it is no phrase.
_SUBORDINATORS = frozenset(
    {"where", "when", "which", "who", "whom", "whose", "while", "because", "although"}
    | {"though", "unless", "whereas"}
)


def _without_open_clause(tokens: list[str]) -> list[str]:
    """``tokens`` less a clause they open and cut short: "the dispute over the islands |
    where Chile"."""
    for index in range(len(tokens) - 1, max(len(tokens) - 3, 0), -1):
        if tokens[index].lower() in _SUBORDINATORS:
            return tokens[:index]
    return tokens


def _without_closers(tokens: list[str]) -> list[str]:
    """``tokens`` less the words at their end that need another (``CLOSERS``), a
    possessive, which needs its noun ("concerns over Beijing's"), and marks alone ("our
    aim in the negotiations is ..")."""
    while tokens and (
        tokens[-1].lower().rstrip(",") in CLOSERS
        or tokens[-1].endswith(("'s", "\u2019s"))
        or not any(c.isalnum() for c in tokens[-1])
    ):
        if _object_pronoun(tokens):
            break  # "providing the money to do that", "having opposed it": whole
        tokens = tokens[:-1]
    return tokens


# A pronoun as a verb's object ends a phrase whole: "do that", "opposed it", "back them".
_DO = frozenset({"do", "does", "did", "done", "doing"})


def _object_pronoun(tokens: list[str]) -> bool:
    """Whether ``tokens`` end on a pronoun that is the object of the verb before it, in a
    phrase that says more than the verb ("dismissed it" alone names nothing)."""
    if len(tokens) < 4:
        return False
    last, verb = tokens[-1].lower().rstrip(","), tokens[-2].lower()
    if last == "that":
        return verb in _DO
    return last in ("it", "them") and (verb in _DO or verb.endswith("ed"))


# Prepositional phrases that need their "of": "at the behest | of", "in the wake | of". One
# that a cut leaves last says nothing, and goes.
_NEEDS_OF = tuple(
    tuple(idiom.split())
    for idiom in (
        *("at the behest", "on behalf", "in front", "in spite", "in the wake", "in the face"),
        *("as a result", "in light", "in view", "on the eve", "in the aftermath"),
        *("at the request", "at the invitation", "in the name", "in the run-up"),
        *("in the middle", "at the end", "by means", "in the absence", "on the basis"),
        *("in the interest", "in the interests", "in the hands", "in the event", "in favour"),
        *("in favor", "in support", "in the case", "regardless"),
        # and those that need their "to": "in order | to", "so as | to"
        *("in order", "so as"),
    )
)


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


# The idioms by their last word: a phrase's last word rules out nearly all of them at once.
_NEEDS_OF_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _idiom in _NEEDS_OF:
    _NEEDS_OF_BY_LAST.setdefault(_idiom[-1], []).append(_idiom)


def _without_idiom(tokens: list[str]) -> list[str]:
    """``tokens`` less a phrase at their end that needs an "of" they lost."""
    if not tokens:
        return tokens
    for idiom in _NEEDS_OF_BY_LAST.get(tokens[-1].lower().rstrip(","), ()):
        size = len(idiom)
        if len(tokens) > size and tuple(t.lower().rstrip(",") for t in tokens[-size:]) == idiom:
            return tokens[:-size]
    return tokens


_SLACK = 3
# Prepositions that finish the noun phrase before them ("the end of", "a ban on").
_OF_PHRASE = frozenset({"of", "on", "for", "in", "to"})
_CONJUNCTIONS = frozenset({"and", "or", "but", "while", "as", "that", "which", "who"})


def _completes_a_phrase(clause: list[str], kept: int, words: int) -> bool:
    """Whether ``clause``, cut to ``kept`` words at the limit of ``words``, lost only a
    short phrase that its cut word opens and no new clause begins in."""
    rest = [t.lower().rstrip(",") for t in clause[kept:]]
    return (
        words < len(clause) <= words + _SLACK
        and bool(rest)
        and rest[0] in _OF_PHRASE
        and _CONJUNCTIONS.isdisjoint(rest)
        and not any(t.endswith(",") for t in clause[kept:-1])
    )


# A condition opening the phrase, to its comma.
# A condition ends at its comma, and holds no modal of a main clause ("if elected she would
# stay neutral in the row, a stance ..." has its main clause inside).
_SUBORDINATOR = (
    r"(?:[Ii]f|[Uu]nless|[Uu]ntil|[Ww]hen|[Oo]nce(?!\s+(?:again|more)\b)|[Aa]lthough|[Tt]hough|"
    r"[Aa]s\s+(?:long|soon)\s+as)\s"
)
_CONDITION = re.compile(
    _SUBORDINATOR + r"(?:(?!\b(?:would|will)\b)[^,;:.]){1,120},\s*+"
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

# A web page title's source after a spaced dash, at the end of its line: "... - Reuters",
# "... \u2013 Christian Science Monitor".
_SOURCE = re.compile(
    r"\s[-\u2013\u2014]\s+(?:[A-Z][\w.&'\u2019]*\s?){1,4}[\"'\u2019\u201d]?[ \t]*(?=\n|\Z)"
)


def readable(text: str, start: int, words: int = 12) -> str | None:
    """The phrase of ``text`` from ``start``: to its clause's end, at most ``words`` words,
    trimmed at both ends (see the module docstring); ``None`` if too short to read."""
    if start == 0:
        start = len(text) - len(without_dateline(text))  # "VIENNA - International ..."
    # where a quotation the phrase opens with opens (its mark at or right before start)
    quote_at = start - 1 if text[start - 1 : start] in _OPENING_MARKS else start
    while start < len(text) and text[start] in _LEADING:
        if text[start] in _OPENING_MARKS:
            quote_at = start
        start += 1  # a quotation's opening mark is no end
    if text.startswith((",", ";", ":"), start):
        return None  # the clause ended where the phrase would start
    opening = _TO_CONDITION.match(text, start)  # "added that, if the U.S. and ..., it"
    if opening is not None and _CONDITION.match(text, opening.end()) is not None:
        start = opening.end()
    judged = _IT_IS_JUDGED.match(text, start)
    if judged is not None:
        # "It is simply not right for Chile to close the port", "It's vital that Peru and
        # Chile talk": what is judged follows.
        return readable(text, judged.end(), words)
    if _CONDITION_OPENS.match(text, start):
        # "that if Peru imposed the tariffs, it would retaliate", "Until costs fall, the
        # bank will wait": the condition or time is no part of what is said; the main
        # clause after its comma is.
        condition = _CONDITION.match(text, start)
        return readable(text, condition.end(), words) if condition is not None else None
    # 'pledged to "never, ever" attack': the mark that closes a quotation the phrase
    # opens with ends it only where the phrase does.
    quoted = text[quote_at : quote_at + 1] in _OPENING_MARKS and text[:quote_at][-1:].isspace()
    end = phrase_end(text, quote_at if quoted else start)
    source = _SOURCE.search(text, start)
    if source is not None and source.start() < end:
        end = source.start()  # "Turkey says Russia violated its airspace - BBC News"
    clause = text[start:end].split()
    clause = [t.strip("\"'\u2018\u2019\u201c\u201d()[]") for t in clause]
    clause = [t for t in clause if t]
    if [t.lower().rstrip(",") for t in clause[:2]] in (
        ["of", "course"],
        ["in", "fact"],
        ["in", "principle"],
    ):
        del clause[:2]  # "Of course innovation is not the only answer": a way of saying
    if [t.lower().rstrip(",") for t in clause[:3]] in _OPINION_OPENERS:
        del clause[:3]  # "To my mind, that is self-defence": whose view, said again
    # Leading times and linking words go first, so they do not count against ``words``.
    while clause:
        leading = _time_words(clause) or (1 if clause[0].lower().rstrip(",") in _OPENERS else 0)
        if leading == 1 and _opens_idiom(clause):
            break  # "on behalf of ...", "in response to ...": the preposition is its part
        if leading == 1 and clause[0].lower() in _MODALS and _negated(clause):
            break  # "will not support ...": the negation keeps its modal
        if leading == 1 and _has_an_object(clause):
            break  # "to have it ready by May": "have" the verb, not an auxiliary
        if not leading:
            break
        del clause[:leading]
    if [t.lower() for t in clause[:3]] == ["in", "order", "to"]:
        del clause[:3]  # "in order to proceed": the aim is what follows
    clause = _without_inner_time(clause)
    span = _duration(clause)
    if span and clause[span : span + 1] == ["for"]:
        del clause[: span + 1]  # "pressed for years | for a seat": what was pressed for
    elif span and clause[span : span + 1] != ["of"]:
        return None  # "pushing for months | has yet to ...": how long, no object
    tokens = clause if len(clause) <= words else _back_off(clause[:words])
    if _completes_a_phrase(clause, len(tokens), words):
        # A clause a few words over the limit, cut before an "of" phrase, is kept whole:
        # cut, it loses the end of its phrase ("the early release | of the fishermen").
        tokens = clause
    if len(tokens) < len(clause) and clause[len(tokens)].lower() == "of":
        tokens = _without_part_of(tokens)
    tokens = _without_closing_time(_without_idiom(_without_open_clause(tokens)))
    tokens = _without_closers(_without_saying(tokens))
    # "a levy which Austria | is against": with its verb gone, the clause is cut short too.
    opened = _without_open_clause(tokens)
    if len(opened) < len(tokens):
        tokens = _without_closers(opened)
    if tokens:
        tokens[-1] = tokens[-1].rstrip(",")
    return " ".join(tokens) if len(tokens) >= 2 else None


_SAYING = frozenset({"said", "says", "told"})
_SPEAKING_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def _without_saying(tokens: list[str]) -> list[str]:
    """``tokens`` less a verb of saying they end on, and the pronoun that says it ("a
    truce would be most welcome, she said", "Peru said | on May 2 it had"): who said it
    is no part of what was said."""
    if len(tokens) < 3 or tokens[-1].lower().rstrip(",") not in _SAYING:
        return tokens
    if any(t.lower() in ("what", "whatever") for t in tokens[-4:-1]):
        return tokens  # "raised what the survey says": a clause whole
    kept = tokens[:-1]
    if kept[-1].lower() in _SPEAKING_PRONOUNS:
        kept = kept[:-1]
    if kept:
        kept[-1] = kept[-1].rstrip(",")
    return kept


# Nouns that name a part or a count of what follows their "of": cut before it, they say
# nothing ("to leave parts | of the country", "a cap on the number | of visas").
_PART_NOUNS = frozenset({"part", "parts", "number", "rest", "bulk", "half", "portion"})


def _without_part_of(tokens: list[str]) -> list[str]:
    """``tokens``, cut before an "of", less a noun of part or count that ends them after
    "the", "a" or "as" ("as part", "the number"), which go too; not after a word that
    describes it ("the eastern part": what is left would end on "eastern")."""
    if len(tokens) > 2 and tokens[-1].lower() in _PART_NOUNS and tokens[-2].lower() in _BARE:
        return tokens[:-2]
    return tokens


_BARE = frozenset({"the", "a", "an", "as"})


def without_dateline(sentence: str) -> str:
    """``sentence`` without the dateline it opens with ("VIENNA - ", "WASHINGTON
    (Reuters) - "); a body's acronym that opens it is its subject ("NATO Secretary-General
    Jens Stoltenberg said"), unless a dash, a comma or a bracket marks it as a dateline."""
    if sentence == sentence.upper():
        return sentence  # a title in capitals is not a dateline ("TALKS WITH U.S. END")
    dateline = _DATELINE.match(sentence)
    if dateline is None:
        return sentence
    opening = sentence[: dateline.end()]
    if opening.split()[0] in gazetteer().terms and not _MARKED.search(opening):
        return sentence
    return sentence[dateline.end() :]
