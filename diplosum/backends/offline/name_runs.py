"""Capitalised name runs, for ``titles``: the name after an office ("Foreign Minister Ana
Soto", "Secretary Luis de la Vega Jr."), read token by token in a short window of text,
tokenised only as far as needed, with the words that are never part of a name
(``NOT_NAMES``: weekdays, months, pronouns, sentence-opening words).
"""

from __future__ import annotations

import re

from ...text.dates import MONTH_NAMES, WEEKDAY_NAMES

__all__ = ["NOT_NAMES", "Tokens", "appositive_run", "name_run"]

# A token is group 1. The whitespace before it is part of the match: a search that skips
# it instead tries every alternative at each space, twice the cost of the whole match.
# Capitals and small letters, with the accented Latin ones of names ("Ar\u00e9valo",
# "\u00c7elik", "Erdo\u011fan"); Latin Extended-A mixes both cases, so it counts as small.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_TOKEN = re.compile(
    r"\s*("
    rf"[{_UPPER}](?:"
    r"(?:\.[A-Z])+\.?"  # U.S., U.N.
    r"|\.(?=\s+[A-Z])"  # an initial: John F. Kennedy
    r"|[\w-]*)"  # a capitalised word
    r"|[a-z][\w-]*"  # a lower-case word; "al-Assad" too
    r"|['\u2019]s\b|\S)"
)
_NAME_PART = re.compile(
    rf"[{_UPPER}][{_LOWER}]+(?:-[A-Za-z][{_LOWER}]+)?|[A-Z]\.|(?:al|el|bin|ben|abu)-[A-Z][a-z]+"
)
_JOINERS = frozenset(
    {"al", "bin", "van", "von", "de", "da", "del", "di", "la", "le", "el", "den", "der"}
)
NOT_NAMES = frozenset(
    {
        *("The", "A", "An", "On", "In", "At", "He", "She", "It", "They", "But"),
        # Words of the closed classes that open sentences, never a given name: "Both
        # Acme and Zenit declined to comment" names no "Both Acme".
        *("Both", "Neither", "Either", "Each", "Every", "All", "Some", "Any", "No"),
        *("This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "We"),
        *("And", "Or", "Nor", "If", "When", "While", "Whether", "Although", "Though"),
        *("Because", "Since", "Unless", "Until", "After", "Before", "As", "Once", "For"),
        *("With", "Without", "From", "By", "Of", "To", "Under", "Unlike", "Like"),
        *("Despite", "Among", "Between", "Against", "Amid", "During", "Through"),
        *MONTH_NAMES,
        *WEEKDAY_NAMES,
        # Adjectives of regions, faiths and peoples that no state's name covers:
        # "Washington's European allies" names no one.
        *("European", "Western", "Eastern", "Arab", "African", "Asian", "Nordic", "Baltic"),
        *("Balkan", "Gulf", "Latin", "Muslim", "Islamic", "Kurdish", "Sunni", "Shiite"),
        *("Shia", "Christian", "Jewish", "Allied", "Atlantic", "Pacific", "Caribbean"),
    }
)


class Tokens:
    """The tokens of a window of text, read only as far as they are looked at."""

    __slots__ = ("_iterator", "_read")

    def __init__(self, text: str, start: int, stop: int) -> None:
        self._iterator = _TOKEN.finditer(text, start, stop)
        self._read: list[re.Match[str]] = []

    def get(self, index: int) -> re.Match[str] | None:
        read = self._read
        while len(read) <= index:
            token = next(self._iterator, None)
            if token is None:
                return None
            read.append(token)
        return read[index]


def name_run(tokens: Tokens, index: int) -> int:
    """Index one past the last token of the capitalised name starting at ``index``."""
    end = index
    while (token := tokens.get(end)) is not None:
        if end > index and "\n\n" in token.group(0):
            break  # a name does not run over a blank line (a headline, then the text)
        text = token.group(1)
        # A name part opens with a capital, or is "al-Assad" and the like (with a hyphen).
        maybe_name = text[0].isupper() or "-" in text
        is_name = maybe_name and _NAME_PART.fullmatch(text) is not None and text not in NOT_NAMES
        if not is_name and end > index and _middle_initial(text, tokens.get(end + 1)):
            is_name = True  # "George W Bush": an initial without its stop, inside a name
        if not is_name and end > index and _month_surname(text, tokens.get(end + 1)):
            is_name = True  # "Theresa May": a month's name after a given name, no date
        if not is_name and text in _NAMES_TOO and _name_follows(tokens.get(end + 1)):
            is_name = True  # "Chancellor Christian Kern", "Mohammed Shia al-Sudani"
        if not is_name and not (
            text.lower() in _JOINERS and end > index and tokens.get(end + 1) is not None
        ):
            break
        end += 1
    return end


def appositive_run(
    tokens: Tokens, index: int, office_words: frozenset[str], *, posted: bool = False
) -> tuple[int, int]:
    """The name set off by commas right after an office ("Chile's foreign minister, Ana
    Soto Ruiz, said") or where its holder is ``posted`` ("China's envoy to Peru, Bao
    Li, said"), as its first and one-past-last token indices; ``(index, index)`` when the
    comma at ``index`` opens none."""
    comma, office = tokens.get(index), tokens.get(index - 1) if index else None
    if comma is None or office is None or comma.group(1) != ",":
        return index, index
    if not posted and office.group(1).lower() not in office_words:
        return index, index
    end = name_run(tokens, index + 1)
    closing = tokens.get(end)
    if end == index + 1 or (closing is not None and closing.group(1) not in (",", ".")):
        return index, index
    return index + 1, end


# Words of faith that are given or middle names too, when a name part follows.
_NAMES_TOO = frozenset({"Christian", "Shia"})


def _name_follows(following: re.Match[str] | None) -> bool:
    """Whether ``following`` is a name part ("Kern" after "Christian")."""
    return following is not None and _NAME_PART.fullmatch(following.group(1)) is not None


def _month_surname(text: str, following: re.Match[str] | None) -> bool:
    """Whether ``text``, a month's name inside a name run, is a surname: no day's number
    follows it ("Theresa May said", not "on Friday May 5")."""
    return text in MONTH_NAMES and (following is None or not following.group(1)[:1].isdigit())


def _middle_initial(text: str, following: re.Match[str] | None) -> bool:
    """Whether ``text`` is one capital letter that a name part follows ("W" of "George W
    Bush", as British copy writes initials without a stop)."""
    if len(text) != 1 or not text.isupper() or following is None:
        return False
    after = following.group(1)
    return after[0].isupper() and _NAME_PART.fullmatch(after) is not None
