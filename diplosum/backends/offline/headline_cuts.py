"""A long lead cut short for a headline (``lead``): at most 15 words, ending at a clause's
edge or on a word that can end a phrase, or a few words further to reach one.

Not inside a name (it ends before it or completes it), nor inside a preposition of several
words ("in connection with"), nor right after a verb of saying ("said | that"), nor inside
a quotation, nor on a word that opens what was cut off ("... the house and"), nor on a
word or two after a comma ("..., a day"); and where the cut would leave only who spoke
("Ana Soto said on Tuesday"), a few words more for what was said.
"""

from __future__ import annotations

import re

from ...text.dates import MONTHS, WEEKDAYS
from .lead_openings import main_clause, names, without_aside
from .phrase_cuts import CLOSERS

__all__ = ["MAX_HEADLINE_WORDS", "short_headline"]

MAX_HEADLINE_WORDS = 15
# Where a long lead may be cut: before a clause that adds to the main one.
# (Not "as" after a participle or in a fixed phrase: "actors costumed as", "such as".)
_CLAUSE_CUT = re.compile(
    r",\s|(?<!ed)(?<!\bsuch)(?<!\bknown)(?<!\bwell)(?<!\bso)\sas\s|\s(?:after|while|amid|"
    r"arguing|saying|adding|because|although|before|since|and said|(?:and\s)?officials said|"
    # A relative clause with its preposition ("a lawsuit | in which ..."), so that no
    # headline ends on one.
    r"(?:(?:in|on|at|with|by|for|from|to|under|through|over|during|about|against)\s)?"
    r"(?:which|who))\s"
)


# A shortened lead ends before the last of these rather than on a dangling phrase.
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "for", "with", "after", "amid", "over", "to", "as", "about"}
    | {"from", "into", "against", "during", "by", "near", "across", "through"}
    | {"toward", "towards", "around", "within", "between", "along", "beyond"}
    | {"outside", "inside", "despite", "without"}
)
# What a headline cut before a quotation may not end on either.
_DANGLING = CLOSERS | _PREPOSITIONS
# "that" opening a relative clause ("a decree | that three provinces vote again") is one,
# not after a verb of saying or thinking ("said that ...": what follows is the news).
_SAYS_THAT = re.compile(
    r"(?:said|says|told|tells|announced|added|warned|argued|stated|reported|believes|"
    r"believed|thinks|thought|hopes|hoped|ruled|insisted|confirmed|denied|agreed|fears|"
    r"ordered|demanded|requested|recommended|proposed|suggested)$",
    re.IGNORECASE,
)
_A_TIME = re.compile(rf"(?:{WEEKDAYS}|{MONTHS}|\d{{4}})\b")
# "to" after a verb that takes an infinitive ("declined to halt") is no place to cut.
_TAKES_INFINITIVE = re.compile(
    r"(?:\w+ed|plans|wants|seeks|vows|agrees|refuses|decides|tries|hopes|aims|pledges|"
    r"threatens|needs|has|have|is|are|was|were|going|ready|able|due|set|likely|trying|"
    r"seeking|planning|hoping|aiming|working|attempting|preparing|refusing|threatening|"
    r"vowing|pledging|promising|struggling|looking|moving|failing|continuing)$",
    re.IGNORECASE,
)


# Words before "with", "to" or "of" that make one preposition of them: "in connection
# with", "as part of", "according to" (a cut between them leaves half of it).
_FIRST_OF_PREPOSITION = frozenset(
    {"according", "due", "close", "next", "ahead", "because", "instead", "prior", "thanks"}
    | {"regardless", "out", "along", "together", "owing", "contrary", "subject"}
)
_PREPOSITION_OPENERS = frozenset({"in", "as", "on", "by", "with"})
_PREPOSITION_NOUNS = frozenset(
    {"connection", "part", "behalf", "response", "addition", "front", "spite", "way"}
    | {"terms", "view", "light", "favour", "favor", "place", "charge", "line", "touch"}
    | {"relation", "regard", "reference", "search", "protest", "retaliation", "solidarity"}
    | {"support", "exchange", "return", "honour", "honor", "memory", "defiance", "breach"}
)


def _ends_preposition(words: list[str]) -> bool:
    """Whether ``words`` end on the first part of a longer preposition ("in connection",
    "as part", "according")."""
    if not words:
        return False
    last = words[-1].lower()
    return last in _FIRST_OF_PREPOSITION or (
        len(words) >= 2
        and words[-2].lower() in _PREPOSITION_OPENERS
        and words[-1] in _PREPOSITION_NOUNS
    )


def _whole_name(words: list[str], limit: int) -> list[str]:
    """The first ``limit`` of ``words``, and a name they end inside to its end, by up to
    three words ("... candidate Donald | Trump"); without the name when it runs on."""
    kept = words[:limit]
    if len(words) <= limit or not (kept[-1][:1].isupper() and words[limit][:1].isupper()):
        return kept
    run = limit
    while run < len(words) and words[run][:1].isupper() and run - limit < 3:
        run += 1
    if run < len(words) and words[run][:1].isupper():
        # a longer run of capitals: end before the name
        start = limit
        while start > 0 and kept[start - 1][:1].isupper():
            start -= 1
        return kept[:start] if start >= 5 else kept
    return [*kept, *words[limit:run]]


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def short_headline(sentence: str) -> str:
    """``sentence`` in at most ``MAX_HEADLINE_WORDS`` words, cut at a clause's end (past the
    subject's aside, if it opens with one), and never inside a quotation: a cut that
    leaves one open ends before it instead, when enough is left to read."""
    short = _cut_short(sentence)
    cut = short != sentence.rstrip(" .")
    if cut:
        short = _without_short_tail(short)
    marks = list(_QUOTE_MARK.finditer(short))
    if cut and len(marks) % 2:
        before = short[: marks[-1].start()].split()
        while before and before[-1].lower().strip(",;:") in _DANGLING:
            before.pop()
        if len(before) >= 5:
            return " ".join(before).rstrip(",;:")
    return short


# What a cut may leave after the last comma: a word or two in small letters ("..., a day",
# "..., two days", "..., detained"), the opening of a phrase cut off.
_SHORT_TAIL = re.compile(r",\s+[a-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+)?\Z")


def _without_short_tail(short: str) -> str:
    """``short`` less a word or two after its last comma, when enough is left to read
    ("... died in a crash on Wednesday, a day" ends on "Wednesday")."""
    tail = _SHORT_TAIL.search(short)
    if tail is None or len(short[: tail.start()].split()) < 5:
        return short
    return short[: tail.start()]


def _cut_short(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= MAX_HEADLINE_WORDS:
        return sentence.rstrip(" .")
    sentence = main_clause(without_aside(sentence))
    words = sentence.split()
    if len(words) <= MAX_HEADLINE_WORDS:
        return _without_open_end(words)
    cut = None
    for match in _CLAUSE_CUT.finditer(sentence):
        if len(sentence[: match.start()].split()) > MAX_HEADLINE_WORDS:
            break
        if len(sentence[: match.start()].split()) >= 5:
            cut = match.start()
    if cut is not None:
        return _without_open_end(sentence[:cut].split())
    kept = _whole_name(words, MAX_HEADLINE_WORDS)
    last = max((i for i in range(1, len(kept)) if _can_cut(words, i)), default=0)
    ahead = next((i for i in range(len(kept), len(kept) + 5) if _can_cut(words, i)), None)
    if last >= 7:  # "... will visit Peru next month [as part of a tour]"
        kept = _closed_off(kept[:last])
        further = _closed_off(words[:ahead]) if ahead is not None else []
        if _ONLY_WHO_SPOKE.search(" ".join(kept)) and len(further) > len(kept):
            # "Ana Soto said on Tuesday | it was ...": who spoke is no headline; what
            # was said, a few words past the limit, is.
            kept = further
    elif ahead is not None:
        # No place to cut within the limit: a few words more to one, rather than end
        # inside a phrase ("would build a second | copper smelter in Ilo")
        kept = _closed_off(words[:ahead])
    else:
        kept = _closed_off(kept)
    return " ".join(_with_unit(kept, words)).rstrip(",.;:")


# Words a clause cut may leave at the end that open what was cut off (lower case only:
# "May" the month stays).
_OPEN_ENDED = frozenset(
    {"a", "an", "the", "and", "or", "but", "that", "which", "where", "when", "while", "even"}
    | {"as", "those", "these", "its", "their", "his", "her", "whose"}
)


def _without_open_end(words: list[str]) -> str:
    """``words`` less those at the end that open what was cut off ("... the house and |
    wants", "... Texas where | ..."), as text."""
    kept = list(words)
    while len(kept) > 1 and kept[-1].strip(",") in _OPEN_ENDED:
        kept.pop()
    return " ".join(_before_dash(kept)).rstrip(" ,.")


def _before_dash(kept: list[str]) -> list[str]:
    """``kept`` less a dash and the word or two after it that end it ("... has surged -
    but only"): the aside the dash opens, cut off."""
    dash = max((i for i, word in enumerate(kept) if word in _DASHES), default=0)
    return kept[:dash] if dash >= 5 and len(kept) - dash <= 3 else kept


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


# A shortened lead that ends on its verb of saying: it says who spoke and not what.
_ONLY_WHO_SPOKE = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|warned|added)"
    r"(?:\s+(?:late\s+|early\s+)?(?:on|last|this)\s+\w+)?\Z"
)


def _closed_off(kept: list[str]) -> list[str]:
    """``kept`` less the words it may not end on ("... left Lima late | on Monday": a
    time's first word goes with it)."""
    kept = list(kept)
    while kept and (kept[-1].lower().strip(",") in CLOSERS or kept[-1] in ("late", "early")):
        kept.pop()
    return _before_dash(kept)


def _can_cut(words: list[str], i: int) -> bool:
    """Whether a shortened lead may end before ``words[i]``: a preposition or "that" that
    opens a phrase of its own (not "declined | to halt", "five | to 10", "said | that",
    "Vera said | on Tuesday his firm would", "Army Chief Luis Vera | on Monday said",
    "in connection | with")."""
    if i >= len(words) or i < 1:
        return False
    word, before = words[i].lower(), words[i - 1]
    if word not in _PREPOSITIONS and word != "that":
        return False
    if word == "to" and (_TAKES_INFINITIVE.search(before) or _NUMBER.fullmatch(before)):
        return False
    # (a passive's participle may end it: "was reported | in Texas")
    if _SAYS_THAT.search(before) and (word == "that" or words[i - 2 : i - 1] != ["was"]):
        return False
    if word == "that" and _said_just_before(words[max(0, i - 4) : i]):
        return False  # "said on Tuesday | that", "told donors | that"
    if i + 1 < len(words) and _A_TIME.match(words[i + 1]) and names(words[:i]):
        return False
    return not _ends_preposition(words[:i])


def _said_just_before(words: list[str]) -> bool:
    """Whether a verb of saying is among ``words``, with no comma after it."""
    for index, word in enumerate(words):
        if _SAYS_THAT.search(word) and not any("," in w for w in words[index:]):
            return True
    return False


# A count, not a year: "12", "3.5", "five".
_NUMBER = re.compile(
    r"(?!(?:19|20)\d\d\b)[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozens|hundreds|thousands|millions",
    re.IGNORECASE,
)


def _with_unit(kept: list[str], words: list[str]) -> list[str]:
    """``kept``, and the word after it when it ends on a count of it ("sentenced to 12 |
    years", "under 3 | feet")."""
    if not kept or len(kept) >= len(words) or not _NUMBER.fullmatch(kept[-1]):
        return kept
    unit = words[len(kept)]
    noun = unit.isalpha() and unit.islower() and unit not in _PREPOSITIONS and unit not in CLOSERS
    return [*kept, unit] if noun else kept
