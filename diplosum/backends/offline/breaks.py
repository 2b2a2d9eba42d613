"""Where a clause breaks, for the offline rules: at a comma, semicolon or colon, but not
at the commas of a list of actors ("Britain, France, and Japan"), nor those around a short
aside ("Germany, in a statement, called for"); and where an opening phrase of place or
occasion ends ("On the sidelines of the G20, Modi met").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...text.dates import WEEKDAYS
from .clauses import AUXILIARIES, appositive_possessive

if TYPE_CHECKING:
    from .actors import ActorMention
    from .sentence import RuleSentence

__all__ = ["OPENING_PLACE", "clause_breaks"]

_BREAK = re.compile(
    r"[,;:][\"'\u201d\u2019]?\s"
    # a dash before a contrast with a subject of its own: "..., including Peru - though
    # Chile's allies have" (not "- but has steered clear": the subject before goes on)
    r"|(?<=\s)[-\u2013\u2014]\s(?=(?:though|although|but|while|whereas)\s+"
    rf"(?!(?:{AUXILIARIES}|still|also|not|never)\b|\w+ing\b))"
)
# What may stand between a list's serial comma and its last actor: "and", "and the".
_AND_THEN = re.compile(r"(?:and|or)\s+(?:the\s+)?")
_THE = re.compile(r"the\s")
# An opening phrase of place or occasion that ends with an actor: "On the sidelines of
# the G20,", "In Geneva,", "Meanwhile, at the UN,".
OPENING_PLACE = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ff]rom|[Ii]nside|"
    r"[Oo]utside)\b[^,;]*\Z"
)


def _lists(s: RuleSentence, comma: re.Match[str]) -> bool:
    """Whether a comma separates two actors of a list ("Soto, Vera and Rojas"),
    or is a list's serial comma ("Britain, France, and Japan"), rather than separating
    two clauses ("Peru criticised Chile, and Bolivia welcomed")."""
    if comma.group()[0] != ",":
        return False
    before = [a for a in s.actors if a.end == comma.start()]
    if not before:
        return False
    if OPENING_PLACE.match(s.text, s.opens(), before[0].start):
        return False  # "On the sidelines of the G20, Modi met": an opening phrase ends
    if any(
        # not "Chile, Peru's main trading partner,": an appositive by another's name
        (
            a.start == comma.end()
            and not appositive_possessive(s.text, a.end, after_person=before[0].kind == "person")
        )
        or (a.start == comma.end() + 4 and _THE.match(s.text, comma.end()) and _as_name(s, a))
        for a in s.actors
    ):
        # "Peru, Chile", "Peru, the Philippines"; not "Ana Ruiz, the Colombian
        # foreign minister," (an appositive).
        return True
    if _closes_opening_list(s, comma, before[0]):
        return True
    # A serial comma: "and" then the last actor, after a list of at least two.
    last = next((a for a in s.actors if a.start > comma.end()), None)
    if last is None or not _AND_THEN.fullmatch(s.text, comma.end(), last.start):
        return False
    opening = s.text[: before[0].start].rstrip()
    return opening.endswith(",") and any(a.end == len(opening) - 1 for a in s.actors)


# After an adjective standing as a name: "the U.S. and West Germany", "the U.S., Japan".
_NAME_ENDS = re.compile(r"\s*(?:,|(?:and|And|or)\b)")


def _as_name(s: RuleSentence, mention: ActorMention) -> bool:
    """Whether ``mention`` stands as a state's name: a name, or an adjective with no noun
    after it ("the U.S. and Japan"; not "the Colombian foreign minister")."""
    return mention.kind == "name" or (
        mention.kind == "adjective" and _NAME_ENDS.match(s.text, mention.end) is not None
    )


# After a list's closing comma, its verb: "Britain, Canada and West Germany, agreed to",
# "..., are expected to"; not a participle with its agent ("Peru and Chile, backed by the
# IMF, want"), nor any other word ("Russia and China, along with Iran, condemned").
_VERB_AFTER = re.compile(
    rf"\s*(?:(?:{AUXILIARIES}|did|do|does|said|say|says|want|wants|met|meet)\b|"
    r"(?![a-z]+ed\s+by\b)[a-z]+ed\b)"
)
_LIST_JOIN = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _closes_opening_list(s: RuleSentence, comma: re.Match[str], last: ActorMention) -> bool:
    """Whether ``comma`` closes a list of actors that opens its clause, before the list's
    verb ("At a meeting in Paris, Britain, Canada and West Germany, agreed to ...")."""
    if not _VERB_AFTER.match(s.text, comma.end()):
        return False
    listed = [a for a in s.actors if a.end <= last.end]
    first = len(listed) - 1
    while first > 0 and _LIST_JOIN.fullmatch(s.text, listed[first - 1].end, listed[first].start):
        first -= 1
    if first == len(listed) - 1:
        return False  # no list: one actor, then a comma
    # The list opens the sentence (after a few words: "The ministers of the Andean
    # Pact, Peru, ...") or a clause after a comma.
    opening = s.text[: listed[first].start].rstrip()
    return opening.endswith(",") or ("," not in opening and len(opening.split()) <= 5)


# A short aside between commas, after a subject and before its verb: "Germany, in a
# statement, called for ...", "Japan, for its part, ...".
_ASIDE = re.compile(
    r",\s+(?:in\s+(?:a|an)\s+(?:statement|tweet|speech|interview|letter|communique|"
    rf"joint\s+statement)|on\s+(?:{WEEKDAYS}|"
    r"Twitter)|for\s+(?:its|their|his|her)\s+part|however|meanwhile|too|in\s+turn|"
    r"in\s+response|in\s+return|earlier|later|last\s+week|this\s+week),\s"
)


def clause_breaks(s: RuleSentence, offset: int) -> list[re.Match[str]]:
    """The clause breaks before ``offset``, past the dateline: commas, semicolons and
    colons, not the commas of a list of actors nor those around a short aside ("Germany,
    in a statement, called for")."""
    asides = {
        at
        for aside in _ASIDE.finditer(s.text, s.opens(), offset)
        for at in (aside.start(), aside.end() - 2)
    }
    dashed = _dashed_asides(s.text, s.opens(), offset) if " - " in s.text else ()
    return [
        b
        for b in _BREAK.finditer(s.text, s.opens(), offset)
        if b.start() not in asides
        and not any(start < b.start() < end for start, end in dashed)
        and not _lists(s, b)
    ]


# An aside between two dashes: "Soto - an old, close ally of Peru - has".
_DASHED_ASIDE = re.compile(r"\s-\s[^-;:\"\u201c\u201d]{3,120}?\s-\s")


def _dashed_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of asides set off by two dashes between ``start`` and ``end``: their
    commas separate words of the aside, not clauses."""
    return [m.span() for m in _DASHED_ASIDE.finditer(text, start, end)]
