"""Capitals that are an artefact, not a name: "the U.S. And Japan", "U.S. Officials said",
and headlines set in capitals ("U.S. MAY END SANCTIONS AGAINST JAPAN").

Some wire archives (Reuters' 1987 copy among them) were recased by a program that took
"U.S." for the end of a sentence and capitalised the word after it, whatever it was. Read
as written, "U.S. And European officials" breaks a list of parties and "U.S. Officials"
looks like a name. ``recased`` gives such a word back its small letter when it is one of
the words that are never capitalised inside a sentence (function words, auxiliaries, and
the common nouns and verbs that follow a state's abbreviation), keeping every offset.

The same archives set headlines in capitals, where no name can be told from a word. A
line in capitals (three words or more, no small letter) is read with the names the
gazetteers know ("JAPAN", "NEW ZEALAND", "EU", "SHEVARDNADZE") in their own case, the
words the story itself capitalises inside its sentences and never writes small ("MOBIL",
"WILSON") as it writes them, and every other word in small letters ("U.S. may end
sanctions against Japan"), its first letter a capital. A line in Title Case ("Chile To
Hold Talks With Peru") has its capitalised function words and possessive "'S" made
small, and its acronyms written as words ("Imf, World Bank To Meet") given back their
capitals where the gazetteer knows them only so. Where a story follows, each of the line's
other words but its first and the gazetteers' names takes the case the story writes it in:
small where it writes it small or never with a capital ("Chile Warns Peru It May
Retaliate": "warns", "it", "retaliate"), in capitals where it writes it only so ("Sela":
"SELA"); a word the story capitalises and never writes small stays, a name it knows.
"""

from __future__ import annotations

import functools
import re

from .dates import MONTH_NAMES, WEEKDAY_NAMES
from .gazetteer import gazetteer
from .people import people

__all__ = ["recased"]

# Words that are small inside a sentence, whatever follows them. Not "Trade", "Treasury"
# or "Senate": "U.S. Trade Representative" and "U.S. Senate" are names.
_SMALL = frozenset(
    {"and", "or", "but", "nor", "to", "in", "on", "of", "for", "with", "at", "by", "from"}
    | {"over", "into", "against", "about", "after", "before", "since", "than", "that"}
    | {"which", "who", "not", "as", "is", "are", "was", "were", "be", "been", "has", "have"}
    | {"had", "will", "would", "could", "should", "may", "might", "must", "can", "does"}
    | {"did", "do", "said", "says", "wants", "wanted", "officials", "official", "banks"}
    | {"firms", "firm", "companies", "company", "government", "action", "sanctions"}
    | {"tariffs", "tariff", "pressure", "position", "demands", "concern", "goods", "exports"}
    | {"imports", "products", "market", "markets", "policy", "policies", "group", "team"}
    | {"delegation", "negotiators", "side", "move", "decision", "plan", "proposal", "view"}
    | {"bilateral", "talks", "negotiations", "negotiator", "sources", "diplomats", "envoy"}
    | {"economy", "economic", "interests", "demand", "aid", "farm", "agricultural", "troops"}
    | {"complaints", "complaint", "concerns", "criticism", "objections", "requests", "efforts"}
)
# Literal first: the regex engine skips to each "U"; the word boundary before is checked.
_AFTER_ABBREVIATION = re.compile(r"U\.S\. ([A-Z][a-z]+)\b")


def recased(text: str) -> str:
    """``text`` with each artefact capital after "U.S. " made small, each line set in
    capitals in the case of running text, and the function words of a line in Title Case
    small (same length)."""
    edits: list[tuple[int, str]] = []  # (offset, what replaces as many characters there)
    if "U.S. " in text:
        for match in _AFTER_ABBREVIATION.finditer(text):
            word = match.group(1)
            before = text[match.start() - 1 : match.start()]
            if word.lower() in _SMALL and not before.isalnum():
                edits.append((match.start(1), word[0].lower()))
    written: dict[str, str] | None = None
    for capitals in _CAPITAL_LINE.finditer(text):
        if len(_LINE_WORD.findall(capitals.group())) >= 3:
            written = _as_written(text) if written is None else written
            edits += _recased_line(capitals.group(), capitals.start(), written)
    start = 0
    small: frozenset[str] | None = None
    for line in text.split("\n"):
        if len(line) <= _TITLE_LENGTH and _in_title_case(line):
            edits += [
                (start + word.start(1), word.group(1)[0].lower())
                for word in _TITLE_WORD.finditer(line)
            ]
            edits += _acronyms_in(line, start)
            small = _small_words(text) if small is None else small
            rest = text.replace(line, "")
            edits += _recased_title(
                line, start, small, _capitalised_words(rest), _in_capitals(rest)
            )
            # "Kohl'S Invitation": the possessive's "s" made small too
            edits += [(start + m.start(1), "s") for m in _POSSESSIVE_S.finditer(line)]
        start += len(line) + 1
    return _edited(text, edits) if edits else text


def _edited(text: str, edits: list[tuple[int, str]]) -> str:
    """``text`` with each edit's characters in place of as many (the first of overlapping
    edits wins)."""
    pieces, done = [], 0
    for offset, replacement in sorted(edits):
        if offset >= done:
            pieces += [text[done:offset], replacement]
            done = offset + len(replacement)
    return "".join([*pieces, text[done:]])


# Title Case ("Chile To Hold Fresh Talks On Trade With Peru: Envoy"): a line whose words
# nearly all open with a capital, function words among them. Only those are made small:
# any other capitalised word may be a name the gazetteers do not know.
_TITLE_SMALL = (
    r"To|Of|In|On|At|For|With|By|From|And|Or|But|As|Is|Are|Was|Were|Be|Has|Have|Had|Will|"
    r"Would|Could|May|Says|Said|Say|The|An|Not|Over|After|Amid|Into|Against|About|Than"
)
# (The space before the word is matched, not looked behind for: the engine then skips
# straight to spaces.)
_TITLE_WORD = re.compile(rf" ({_TITLE_SMALL})(?= )")
_TITLE_LENGTH = 300  # a headline's length at most (web headlines run to 250 characters)


# "a", and the letter after an apostrophe ("Japan's", "Don't") too.
_TITLE_SMALL_WORDS = frozenset(_TITLE_SMALL.lower().split("|")) | {"a", "s", "t"}


def _in_title_case(line: str) -> bool:
    """Whether ``line`` (three words at least) holds a capitalised function word and no
    word in small letters but function words."""
    if _TITLE_WORD.search(line) is None:
        return False
    words = _LINE_WORD.findall(line)
    return len(words) >= 3 and all(
        word[0].isupper() or word in _TITLE_SMALL_WORDS for word in words
    )


def _acronyms_in(line: str, start: int) -> list[tuple[int, str]]:
    """The edits that give a Title Case line's acronyms back their capitals ("Imf, World
    Bank To Meet", "Ec Ministers Agree": IMF, EC), for those the gazetteer knows only in
    capitals."""
    known = _acronyms()
    return [
        (start + word.start(), known[word.group()])
        for word in _TITLE_CASED.finditer(line)
        if word.group() in known
    ]


_TITLE_CASED = re.compile(r"\b[A-Z][a-z]+\b")
_POSSESSIVE_S = re.compile(r"(?<=[A-Za-z])['\u2019](S)\b")


@functools.cache
def _acronyms() -> dict[str, str]:
    """The gazetteer's names in capitals by their Title Case ("Imf" -> "IMF"), of three
    letters or more ("EC", "EU" and "UK" too), where that Title Case is no name of its own
    ("Nato", "Tass") nor a word ("Who", not the WHO; "Un" of "Kim Jong Un")."""
    terms = gazetteer().terms
    return {
        term.title(): term
        for term in terms
        if term.isascii()
        and term.isalpha()
        and term.isupper()
        and (len(term) >= 3 or term in ("EC", "EU", "UK"))
        and term.title() not in terms
        and term not in _WORDS_IN_CAPITALS
    }


# Capitals the gazetteer knows that a Title Case line means as words or names.
_WORDS_IN_CAPITALS = frozenset({"WHO", "SANA"})


# A line with capitals and no small letter (of three words at least: ``_LINE_WORD``).
_CAPITAL_LINE = re.compile(r"^[^a-z\n]*[A-Z][^a-z\n]*$", re.MULTILINE)
_LINE_WORD = re.compile(r"[A-Za-z]+(?:\.[A-Za-z]+)+\.?|[A-Za-z]+")


@functools.cache
def _names() -> dict[str, str]:
    """Every name the gazetteers know, by its capitals ("NEW ZEALAND" -> "New Zealand")."""
    found = {form.upper(): form for form in people().forms if form.isascii()}
    found.update({term.upper(): term for term in gazetteer().terms if term.isascii()})
    found.update({word.upper(): word for word in _CALENDAR})
    return {key: form for key, form in found.items() if len(key) == len(form)}


# Not "May": "U.S. MAY END SANCTIONS" holds the verb far more often than the month.
_CALENDAR = (*(month for month in MONTH_NAMES if month != "May"), *WEEKDAY_NAMES)
_LONGEST = 4  # words in the longest name tried


# A capitalised word inside a sentence: after a word in small letters and a space.
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*\b")
_SMALL_WORD = re.compile(r"\b[a-z][a-z-]*\b")


def _as_written(text: str) -> dict[str, str]:
    """The words ``text`` capitalises inside its sentences and never writes in small
    letters, by their capitals ("WILSON" -> "Wilson", "HARLEY-DAVIDSON" ->
    "Harley-Davidson"): names a headline in capitals may hold that no gazetteer knows."""
    capitalised = {word.upper(): word for word in _CAPITALISED_INSIDE.findall(text)}
    small = {word.upper() for word in _SMALL_WORD.findall(text)}
    return {key: form for key, form in capitalised.items() if key not in small}


def _small_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in small letters somewhere."""
    return frozenset(_SMALL_WORD.findall(text))


def _capitalised_words(text: str) -> frozenset[str]:
    """The words ``text`` writes with a capital somewhere."""
    return frozenset(_TITLE_CASED.findall(text))


def _in_capitals(text: str) -> frozenset[str]:
    """The words ``text`` writes in capitals throughout somewhere ("IADB")."""
    return frozenset(_CAPITALS_WORD.findall(text))


_CAPITALS_WORD = re.compile(r"\b[A-Z]+\b")


# Small words enough to tell a story's body from a line alone: without one, a word never
# written with a capital elsewhere may still be a name.
_A_BODY = 20


def _recased_title(
    line: str,
    start: int,
    small: frozenset[str],
    capitalised: frozenset[str],
    capitals: frozenset[str],
) -> list[tuple[int, str]]:
    """The edits that give the words of a Title Case ``line`` (at ``start``), past its
    first and other than names the gazetteers know ("New Zealand", "Baker"), the case the
    rest of the story writes them in (``small``, ``capitalised``, ``capitals``: the words it
    writes small, with a capital, in capitals): in capitals where it writes them so and
    never with a capital alone ("Iadb" where it writes "IADB"), small where it writes them
    small or never with a capital ("Chile Warns Peru It May Retaliate": "warns", "it",
    "retaliate"). A word it capitalises and never writes small is a name it knows."""
    words = list(_LINE_WORD.finditer(line))
    names = _names()
    edits: list[tuple[int, str]] = []
    index = 0
    while index < len(words):
        size = _name_at(line, words, index, names)
        if size:
            index += size
            continue
        word = words[index].group()
        if index and word[0].isupper() and word[1:].islower():
            if len(word) > 1 and word not in capitalised and word.upper() in capitals:
                edits.append((start + words[index].start(), word.upper()))
            elif word.lower() in small or (word not in capitalised and len(small) >= _A_BODY):
                edits.append((start + words[index].start(), word[0].lower()))
        index += 1
    return edits


def _name_at(line: str, words: list[re.Match[str]], index: int, names: dict[str, str]) -> int:
    """How many words from ``index`` of ``line`` make a name the gazetteers know (0: none)."""
    for size in range(min(_LONGEST, len(words) - index), 0, -1):
        first, last = words[index], words[index + size - 1]
        if line[first.start() : last.end()].upper() in names:
            return size
    return 0


def _recased_line(line: str, start: int, written: dict[str, str]) -> list[tuple[int, str]]:
    """The edits that give ``line`` (in capitals, at ``start``) the case of running text:
    names the gazetteers know, or ``written`` in the text, in their case; other words in
    small letters."""
    words = list(_LINE_WORD.finditer(line))
    names = _names()
    edits: list[tuple[int, str]] = []
    index = 0
    while index < len(words):
        for size in range(min(_LONGEST, len(words) - index), 0, -1):
            first, last = words[index], words[index + size - 1]
            form = names.get(line[first.start() : last.end()])
            if form is not None:
                edits.append((start + first.start(), form))
                index += size
                break
        else:
            word = words[index]
            small = written.get(word.group(), word.group().lower())
            if index == 0:
                small = small[:1].upper() + small[1:]
            edits.append((start + word.start(), small))
            index += 1
    return edits
