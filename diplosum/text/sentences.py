"""Sentence boundaries that survive abbreviations ("U.S.", "Mr.", "Jan.", initials)."""

from __future__ import annotations

import functools
import itertools
import re

__all__ = ["paragraph_start", "sentence_spans", "unwrapped"]

# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "mt",
        "ft",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
        "jr",
        "sr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "dept",
        "univ",
        "est",
        "approx",
    )
)
# States and provinces as American and Canadian datelines abbreviate them, after a city
# and a comma ("ELKHART, Ind. President Obama ..."): the dateline goes on.
_STATES_AFTER_A_CITY = frozenset(
    {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan"}
    | {"kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev"}
    | {"okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo", "ont", "que"}
)
# A run of . ! ? (with closing quotes or brackets) before a capital, or a line break.
# Also a period glued to the next sentence ("over Japan.The United States", "police
# said.A police official"): after a lower-case word, before a capitalised one (or "A",
# "I"). The pattern opens with one character class and tells the branches apart by
# lookbehind: a pattern that starts with a single class lets the regex engine skip to
# the next candidate character without trying the branches at every position.
_CANDIDATE = re.compile(
    r"[.!?\n](?:"
    r"(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])"
    r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z]|[AI]\s)"
    r"|(?<=\n)\n*)"
)


def _is_abbreviation(text: str, period: int) -> bool:
    start = period
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:period]
    if not word:
        return False
    # "U.S.", "U.N.", "D.C.": letters separated by periods; a lone initial ("John F.").
    if "." in word or (len(word) == 1 and word.isupper()):
        return True
    if word.lower() in _STATES_AFTER_A_CITY and text.endswith(", ", 0, start):
        return True
    return word.lower() in _ABBREVIATIONS


# A line shorter than this before a break is a title or a paragraph's last line.
_FULL_LINE = 30


@functools.lru_cache(maxsize=16)
def _hard_wrapped(text: str) -> bool:
    """Whether most single line breaks of ``text`` fall inside sentences (at least three):
    then a line break ends a sentence only with a blank line or an indent after it."""
    lines = text.split("\n")
    single = inside = 0
    for line, following in itertools.pairwise(lines):
        if not following or not line or following[:1] in (" ", "\t"):
            continue  # a blank line or an indented one: a paragraph's end or start
        single += 1
        last, first = line[-1:], following[:1]
        if (
            last
            and (last.isalnum() or last in ",_")
            and (first.isalnum() or first in "(\"'\u201c$_")
        ):
            inside += 1
    return inside >= 3 and inside * 2 >= single


def _wraps(text: str, newline: int) -> bool:
    """Whether the line break at ``newline`` of hard-wrapped text goes on with the same
    sentence: the next line is not indented (a paragraph) and goes on in lower case, or
    the line before is a full one and no title (most words capitalised, where a paragraph
    opens: "TURKEY SEEKING SUGAR", "Turkey Seeking Sugar")."""
    following = text[newline + 1 : newline + 2]
    if following in (" ", "\t"):
        return False  # an indented line opens a paragraph
    if following.islower():
        return True  # "... Dilson Funaro | met his Swiss counterpart"
    opens = text.rfind("\n", 0, newline)
    line = text[opens + 1 : newline]
    if len(line) < _FULL_LINE:
        return False
    if opens > 0 and text[opens - 1] != "\n":
        return True  # a line inside a paragraph is no title
    if opens > 0 and _titled(text, text.rfind("\n", 0, opens - 1) + 1, opens - 1):
        # The line after a headline of its own opens the story, however many capitals
        # its names give it ("HEADLINE\n\nBritish Foreign Secretary Sir Geoffrey\nHowe").
        return True
    return not _titled(text, opens + 1, newline)


def _titled(text: str, start: int, end: int) -> bool:
    """Whether the line from ``start`` to ``end`` reads as a title: most words capitalised."""
    words = text[start:end].split()
    return bool(words) and sum(1 for word in words if word[0].isupper()) * 5 >= len(words) * 3


_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a sentence of hard-wrapped text made a space
    ("the United\\nStates" reads as a name); ``text`` itself when it is not wrapped. The
    length is the same, so an offset into one is an offset into the other."""
    if "\n" not in text or not _hard_wrapped(text):
        return text
    breaks = [m.start() for m in _LINE_BREAK.finditer(text) if _wraps(text, m.start())]
    if not breaks:
        return text
    chars = list(text)
    for offset in breaks:
        chars[offset] = " "
    return "".join(chars)


def paragraph_start(text: str, offset: int) -> int:
    """Where the paragraph holding ``offset`` starts: after the last line break before it,
    or in hard-wrapped text after the last blank line or indented line's break."""
    start = text.rfind("\n", 0, offset)
    if start < 0 or not _hard_wrapped(text):
        return start + 1
    while start > 0 and text[start - 1] != "\n" and text[start + 1 : start + 2] not in (" ", "\t"):
        start = text.rfind("\n", 0, start)
        if start < 0:
            return 0
    return start + 1


@functools.lru_cache(maxsize=16)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each sentence, whitespace trimmed; a line break ends one,
    unless the text is hard-wrapped (then only a blank line or an indented line does).

    Cached for the last few texts: extraction and attribution split the same article.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    wrapped = "\n" in text and _hard_wrapped(text)
    for match in _CANDIDATE.finditer(text):
        mark = match.group()[0]
        if mark == ".":
            if _is_abbreviation(text, match.start()):
                continue
            spans.append((start, match.end()))
        elif mark != "\n":
            spans.append((start, match.end()))
        elif wrapped and match.group() == "\n" and _wraps(text, match.start()):
            continue  # a wrapped line goes on
        elif start < match.start():
            # A line break right after a sentence's end (a paragraph) adds nothing.
            spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        sentence = text[s:e]
        left = sentence.lstrip()
        body = left.rstrip()
        if body:
            s += len(sentence) - len(left)
            trimmed.append((s, s + len(body)))
    return tuple(trimmed)
