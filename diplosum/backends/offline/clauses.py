"""Clause-level word tests shared by the offline rules: where a clause starts, whether a
text ends with a word, the clause around a trigger, the words around a sanction, whether
the words between two actors list them together, and whether an office follows a state's
name. Whether a state's name or adjective stands for one of its agents is ``agent_nouns``'.

The patterns that look for words are built by ``word_alternatives``: they open with a
literal, so the regex engine skips to candidates instead of trying each position
(``tests/test_matchers.py`` checks each against its plain form).
"""

from __future__ import annotations

import functools
import re

from ...text.gazetteer import gazetteer
from ...text.matching import is_word_char, word_alternatives
from .titles import OFFICE_AFTER, POSSESSIVE

__all__ = [
    "ASKED_FOR",
    "AUXILIARIES",
    "A_TIME_BEFORE",
    "CHARACTERISED",
    "CHARGED_THAT",
    "CLAUSE_START",
    "DOUBTED",
    "DURATION_ONLY",
    "IMPOSES_AHEAD",
    "ITS_PEOPLE",
    "MODALS",
    "MODAL_VERBS",
    "NEITHER",
    "NO_PROMISE",
    "OBJECT_OPENS",
    "OPENING_SUBORDINATOR",
    "PASSIVE_AUXILIARIES",
    "PASSIVE_AUXILIARY",
    "PROMISES",
    "PROMISE_DENIED",
    "SANCTION_TARGET",
    "SENTENCE_END",
    "SIDELINES",
    "SPAN_COUNTS",
    "SPAN_UNITS",
    "THE_TWO",
    "TO_BEFORE",
    "UNLIKELY",
    "appositive_possessive",
    "ends_with_word",
    "joins_list",
    "local_clause",
    "office_after",
    "office_end",
    "possessive_then",
    "posted_to",
]


#: Two parties referred to together as a clause's subject: "the two leaders", "Both sides
#: expect to conclude the talks", opening the sentence (elsewhere "both sides" are often
#: others: "a request from both sides" in a court). ``referred`` reads them as the last
#: two named; ``no_speaker`` gives them no neighbour's speaker.
THE_TWO = (
    r"(?:\b[Tt]he\s+two|^\s*[\"\u201c]?Both)\s+(?:leaders|presidents|prime\s+ministers|"
    r"foreign\s+ministers|ministers|sides|countries|nations|governments|delegations|"
    r"heads\s+of\s+state|men|women)\b(?!\s+of\b)"
)


@functools.cache
def posted_to() -> re.Pattern[str]:
    """ "envoy to Syria", "ambassador to the United Nations": the state a person is posted
    to, named right after these words, is neither a party nor the subject."""
    offices = "|".join(sorted(gazetteer().posted_offices))
    return re.compile(rf"\b(?:{offices})s?\s+(?:to|for|at)\s+(?:the\s+)?\Z", re.IGNORECASE)


# "what it called U.S. efforts to", "what China described as Japan's plans to", "what he
# said was a Chilean attack aimed at": a characterisation by the one who speaks,
# up to the word it ends at; what it names is not the stated aim or position of those
# named inside it.
CHARACTERISED = re.compile(
    r"\bwhat\s+(?:it|they|he|she|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:called|calls|deemed|deems|termed|terms|branded|brands|"
    r"(?:described|describes|sees|saw|views|viewed|regards|regarded|characteri[sz]ed)\s+as|"
    r"considers|considered|said\s+(?:was|were|is|are)|says\s+(?:is|are))\s+[^,;:]*\Z"
)

# What another charges someone with: "charged during the debate that Canada was trying
# to", "complained that Peru is seeking", "Iranian charges that Kuwait is supporting Iraq"
# (not the speaker's own: "... that it wants"): neither the accuser's aim or position nor
# one the accused states.
CHARGED_THAT = re.compile(
    r"\b(?:charged|charges|charging|alleged|alleges|alleging|allegations?|accusations?|"
    # "police concluded that Peru tried to": a finding about another's acts
    r"complained|complains|complaining|concluded|concludes|suspects?|suspected|"
    r"assessed|assesses)\s+(?:[^,;:.]{0,40}?\s+)?that\s+(?!(?:it|we|they)\b)"
    r"(?:[^;:.\"\u201c]|(?<=\b[A-Za-z])\.){1,80}\Z"
)

# A plan given up: "has dropped plans to oppose the request", "UK drops plan to challenge",
# "abandoned its bid to", "reversed a policy of", "ended a policy of": neither the aim nor
# the position is held any more. (Not a "last-ditch effort": a last try.)
_DROP = (
    r"(?<![\w-])(?<!last )(?:drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|"
    r"shelve|shelves|shelved|shelving|scrap|scraps|scrapped|scrapping|ditch|ditches|ditched|"
    r"ditching|reverse|reverses|reversed|reversing|(?:give|gives|gave|giving)\s+up|"
    r"end|ends|ended|ending)\s+"
    r"(?:(?:its|their|his|her|the|a|an)\s+)?(?:[a-z-]+\s+)?"
)
_DROPPED_PLAN = re.compile(_DROP + r"\Z")
_DROPPED_AIM = re.compile(
    _DROP + r"(?:(?:plans?|bid|attempts?|efforts?|proposals?)\s+to|"
    # "reversed a policy of (trying to) engage the North": no longer its aim.
    r"polic(?:y|ies)\s+of(?:\s+(?:trying|seeking|attempting)\s+to)?)\s+\Z"
)
_DENIAL = re.compile(r"\b(?:not|no|never)\b|n['\u2019]t\b")


def dropped(text: str, offset: int, *, plan_word: bool) -> bool:
    """Whether a plan given up ends at ``offset``: before the plan word itself
    (``plan_word``: "dropped | plans to") or before what the plan was to do ("dropped
    plans to | oppose"); not when the giving up is denied ("gave no sign it would
    abandon its plan to")."""
    pattern = _DROPPED_PLAN if plan_word else _DROPPED_AIM
    found = pattern.search(text, max(0, offset - 50), offset)
    return found is not None and not _DENIAL.search(text, max(0, found.start() - 60), found.start())


# Said to be unlikely: "little prospect of America agreeing", "no sign that Peru would
# back", "no signs of any intention to impose": a guess that a position or aim will not be
# taken, neither stated. A conjunction ends the phrase ("little hope of success as Russia
# backs" is Russia's).
UNLIKELY = re.compile(
    r"\b(?:little|no|slim|scant|faint)\s+(?:prospects?|chances?|hopes?|signs?|likelihood|"
    r"indications?|evidence)[\"'\u201d\u2019]?\s+(?:of|that)\s+"
    r"(?:(?!(?:as|while|because|when|after|but|and)\b)[\w.'\u2019-]+\s+){0,4}\Z",
    re.IGNORECASE,
)

# A clause someone doubts: "observers doubted Chile is ready to", "doubts that Peru will
# seek to", "doubted whether": what is doubted is no one's stated position or aim (not
# "no doubt that", nor "doubts over the plan", a doubt about something named).
DOUBTED = re.compile(
    r"(?<!\bno\s)(?<!\blittle\s)(?<!\bwithout\s)(?<!\bbeyond\s)"
    r"\b(?:doubt|doubts|doubted|doubting)\s+"
    # (the clause's subject right after the verb, or its "that": not "doubted the
    # value of Peru's plan to", a plan doubted, still Peru's)
    r"(?:(?:that|whether|if)\s+|(?=(?:[A-Z]|(?:he|she|they|it|we)\s)))"
    r"(?:(?!(?:as|while|because|when|after|but|and|said|says)\b)[\w.'\u2019-]+\s+){1,8}\Z"
)

# The conjunction of a clause of concession, time, reason or condition that opens a
# sentence ("Though ...,", "Even though ...,", "Until ...,"), for where its subject is
# (``subjects``) and where a phrase inside it ends (``phrases``).
OPENING_SUBORDINATOR = (
    r"(?:[Ee]ven\s+)?(?:[Tt]hough|[Aa]lthough|[Ww]hile|[Bb]ecause|[Ii]f|[Ww]hen|[Ss]ince|"
    r"[Ww]hereas|[Uu]nless|[Uu]ntil|[Oo]nce|[Aa]fter|[Bb]efore)\s"
)

# A span of time, counted or not: "months", "several decades", "the past two years"
# (``phrase_times`` reads it as words, ``DURATION_ONLY`` after a verb).
SPAN_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "decades"})
SPAN_COUNTS = frozenset({"several", "many", "few", "two", "three", "four", "five", "ten"})

# A span of time right after a verb and no object after it: "pushing for months | has yet
# to", "had been sought for months," (not "for years of talks", "for years for a seat",
# nor a time: "promised 15 months ago to").
DURATION_ONLY = re.compile(
    rf"\s+(?:for\s+)?(?:the\s+past\s+)?(?:(?:{'|'.join(sorted(SPAN_COUNTS))}|\d+)\s+)?"
    rf"(?:{'|'.join(sorted(SPAN_UNITS))})\b(?!\s+(?:of|for|ago|earlier|later|before)\b)"
)

# A promise denied before a word of position: "made no commitment to support", "gave no
# guarantee that it would back" (what was not promised is no position either way);
# ``PROMISE_DENIED``: the denial right before the promise word itself ("made no
# commitment to the plan").
PROMISES = ("commitment", "promise", "pledge", "guarantee", "assurance", "undertaking")
_NO_OR_ANY = r"\b(?:no|any)\s+(?:firm\s+|specific\s+|concrete\s+|new\s+)?"
NO_PROMISE = re.compile(
    rf"{_NO_OR_ANY}(?:{'|'.join(f'{word}s?' for word in PROMISES)})\s+(?:to|of|that)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?\Z",
    re.IGNORECASE,
)
PROMISE_DENIED = re.compile(rf"{_NO_OR_ANY}\Z", re.IGNORECASE)

# "Neither Hezbollah nor Israel wants a war", "neither Peru nor Chile backs": a position
# or aim that none of them states (a negated support is then opposition).
NEITHER = re.compile(r"\b[Nn]either\b[^,;]*\bnor\b[^,;]*\Z")

#: A call for something, right before what is asked for, its owner's adjective and
#: all: "appealed for a bigger Bolivian", "called for greater U.S." (what the caller
#: wants of them, not what they have stated).
ASKED_FOR = re.compile(
    r"\b(?:call|appeal|ask|press|push|plead)(?:s|ed|ing)?\s+for\s+(?:a\s+|an\s+)?"
    r"(?:[\w.-]+\s+){0,4}\Z"
)

#: What opens a verb's object right after it: a determiner, a name or a plural noun
#: ("back the plan", "back Assad", "back rebels"); not a verb or "as" ("support is").
OBJECT_OPENS = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|any|all|such|[A-Z][\w.]*|"
    r"(?!(?:is|was|has|as|this|thus|us|its|his|yes|less|unless|towards)\b)[a-z]+s)\b"
)

# "to" right before a word: an infinitive ("to protest", "will meet Li to discuss").
TO_BEFORE = re.compile(r"\bto\s+\Z")

# A form of "be" right before a participle, past an adverb: "was expelled", "were quietly
# accepted" (the participle's subject is its patient).
PASSIVE_AUXILIARY = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\Z")

#: A time before "after", "before" or "following" opening a sentence ("A day after",
#: "Two weeks before", "Shortly after"), a pattern fragment: the phrase it opens comes
#: before the main clause, as "After ..." does.
A_TIME_BEFORE = (
    r"(?:A|An|One|Two|Three|Several|Hours|Days|Weeks|Months|Shortly|Soon|Just|Only|Moments)"
    r"(?:\s+[a-z]+)?\s+"
)

# The auxiliary verbs, which open a predicate whose subject stands before them ("...,
# has angered the bloc", "..., was holding back"). A pattern fragment, one group.
AUXILIARIES = r"(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must)"
# The forms of "be" and "get" that make a passive ("was urged", "got told"). A pattern
# fragment, one group.
PASSIVE_AUXILIARIES = r"(?:is|are|was|were|been|being|be|get|gets|got)"
#: The modal verbs, as words: "will", "could", "must".
MODAL_VERBS = frozenset(
    {"will", "would", "shall", "should", "could", "can", "may", "might", "must"}
)

# What one must do: a demand on the subject ("Peru needs to do more"), or on the speaker
# ("we must seek"). A pattern fragment, for the patterns of ``speech`` and ``goals``.
MODALS = r"(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)"
#: Beside a gathering, as where a meeting happened (a pattern fragment): "sidelines",
#: "margins", "fringes" (of the G20 summit).
SIDELINES = r"(?:sidelines|margins?|fringes?)"

CLAUSE_START = re.compile(
    r";|:|" + word_alternatives(["but", "although", "while", "whereas"]) + r"\b"
)
# A sentence's end: its stop, a closing quote, then a space or a line break.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s")
SANCTION_TARGET = re.compile(
    word_alternatives(["against", "on", "targeting", "over", "to", "for"]) + r"\b"
)
IMPOSES_AHEAD = re.compile(
    r"\s+(?:has |have |had |will |would |could )?(?:\w+ly )?"
    r"(?:imposed|imposes|impose|slapped|threatened|threatens)\b"
)


def ends_with_word(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[:end]`` ends with one of ``words`` (any case), then whitespace, as
    a case-insensitive search for that word and ``\\s+$`` would say, but without a
    pattern tried at every position of the text."""
    head = text[:end]
    stripped = head.rstrip()
    if len(stripped) == len(head):
        return False
    tail = stripped[-12:].lower()
    for word in words:
        before = len(stripped) - len(word) - 1
        if tail.endswith(word) and (before < 0 or not is_word_char(stripped[before])):
            return True
    return False


def local_clause(
    text: str, start: int, end: int, before: int = 80, after: int = 60
) -> tuple[int, int]:
    """The clause around ``text[start:end]``: a status cue must be close to its trigger,
    and in the relative clause that holds it, if one does, or else before any that
    follows it."""
    left = max(0, start - before)
    cut = list(CLAUSE_START.finditer(text, left, start))
    right = min(len(text), end + after)
    stop = CLAUSE_START.search(text, end, right)
    first, last = (cut[-1].end() if cut else left), (stop.start() if stop else right)
    relative = _RELATIVE_OPENS.search(text, first, start)
    if relative is not None and "," not in text[relative.end() : start]:
        # "France, which imposed sanctions in May, is pushing for a ceasefire": the
        # relative clause ends at its comma, and the main clause's words are not its.
        closing = text.find(",", end, last)
        return relative.start(), closing if closing >= 0 else last
    # "imposed sanctions on Syria, which is pushing for a ceasefire": nor a later one's.
    after_it = _RELATIVE_OPENS.search(text, end, last)
    return first, after_it.start() if after_it is not None else last


_RELATIVE_OPENS = re.compile(r",\s+(?:which|who)\s")


# "and the Soviet Union", "and his Japanese counterpart", "and other NATO leaders"
_DETERMINERS = frozenset({"the", "his", "her", "their", "other", "fellow"})
_LIST_JOINS = frozenset({(",",), ("and",), (",", "and"), ("&",), ("as", "well", "as"), ("nor",)})
_LIST_TOKEN = re.compile(r"[^\s,]+|,")


# Those who act for the actor before them: "EU leaders and Turkey", "U.S. officials and",
# "the French government and Germany".
#: The people who act for a state, after its adjective or possessive ("Peru's leaders").
ITS_PEOPLE = frozenset(
    {"leaders", "officials", "ministers", "negotiators", "diplomats", "delegates", "envoys"}
    | {"government", "governments", "authorities", "administration", "lawmakers"}
    | {"legislators", "senators"}
)


def joins_list(between: str) -> bool:
    """Whether ``between``, the text between two actors, joins them in one list: ",",
    "and", ", and", also before "the", "his" or a title ("and the Soviet Union", "and Mr
    Reagan", ", and President Putin", "and his Japanese counterpart"), and after the first
    actor's office or people ("Peru's foreign minister and", "EU leaders and")."""
    tokens = _LIST_TOKEN.findall(between.lower())
    offices = gazetteer().office_words
    while tokens and (tokens[-1] in _DETERMINERS or tokens[-1].rstrip(".") in offices):
        tokens.pop()
    # "Peru's foreign minister and ...": the first actor's office is part of it.
    first = 0
    while first < len(tokens) and (
        tokens[first] in POSSESSIVE or tokens[first] in offices or tokens[first] in ITS_PEOPLE
    ):
        first += 1
    return tuple(tokens[first:]) in _LIST_JOINS


# A possessive and a few lower-case words up to a comma: "Peru's main trading partner,".
_POSSESSED = re.compile(r"(?:'s|\u2019s)((?:\s+[a-z][\w-]*){1,4}),")


def appositive_possessive(text: str, end: int, *, after_person: bool = False) -> bool:
    """Whether the actor ending at ``end`` opens an appositive by its possessive, what the
    one before it is to it ("Chile, Peru's main trading partner, said"), not a list's
    item with its office ("Chile, Peru's foreign minister and Bolivia's"). After a
    person (``after_person``) an office is the person's own: "Ana Soto, Peru's foreign
    minister, had said" describes her (a list of offices names no person first)."""
    possessed = _POSSESSED.match(text, end)
    if possessed is None:
        return False
    if after_person:
        return True
    offices = gazetteer().office_words
    return not any(
        word.rstrip(".") in offices or word in ITS_PEOPLE for word in possessed.group(1).split()
    )


def office_after(text: str, end: int) -> bool:
    """Whether an office held by one person follows a state's adjective ending at ``end``
    ("the Russian foreign minister")."""
    return OFFICE_AFTER.match(text, end) is not None


def office_end(text: str, end: int) -> int | None:
    """Where the office after a state's adjective or possessive ending at ``end`` ends
    ("Japan's prime minister"), or ``None`` when no office follows."""
    start = end + 2 if text.startswith(("'s", "\u2019s"), end) else end
    office = OFFICE_AFTER.match(text, start)
    return office.end() if office is not None else None


def possessive_then(words: int) -> re.Pattern[str]:
    """A possessive's ending and at most ``words`` small words after it, to be matched in
    full between an owner and its noun: "Japan's | rice import | ban"."""
    return re.compile(rf"(?:'s|\u2019s)\s+(?:[a-z][\w-]*\s+){{0,{words}}}")
