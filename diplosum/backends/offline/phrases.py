"""Readable phrases: a stance's topic and a goal's statement as a person can read them.

A phrase is cut from the text after a trigger, to the end of its clause or at most a few
words (then at the last comma, preposition or conjunction, so a long clause cut short
still ends on a whole phrase), and then trimmed so it neither opens nor closes on a word
that needs another: never "by Germany", "of", "put in place a", "Washington of". Too
short to read once trimmed (fewer than two words), it is no phrase. Where a clause ends
is ``phrase_ends``'.
"""

from __future__ import annotations

import re

from .clauses import OPENING_SUBORDINATOR
from .phrase_cuts import cut_to
from .phrase_ends import phrase_end
from .phrase_starts import opening_trimmed, phrase_start

__all__ = ["readable"]

# A web page title's source after a spaced dash, at the end of its line: "... - Reuters",
# "... \u2013 Christian Science Monitor".
_SOURCE = re.compile(
    r"\s[-\u2013\u2014]\s+(?:[A-Z][\w.&'\u2019]*\s?){1,4}[\"'\u2019\u201d]?[ \t]*(?=\n|\Z)"
)


def readable(text: str, start: int, words: int = 12) -> str | None:
    """The phrase of ``text`` from ``start``: to its clause's end, at most ``words`` words,
    trimmed at both ends (see the module docstring); ``None`` if too short to read."""
    opened = phrase_start(text, start)
    if opened is None:
        return None
    start, ends_from = opened
    end = phrase_end(text, ends_from)
    source = _SOURCE.search(text, start)
    if source is not None and source.start() < end:
        end = source.start()  # "Turkey says Russia violated its airspace - BBC News"
    end = _subordinate_end(text, start, end)
    # Brackets go wherever they stand in a word: "(agreement)," keeps its comma, not ")".
    bare = [
        t.strip("\"'\u2018\u2019\u201c\u201d").translate(_NO_BRACKETS)
        for t in text[start:end].split()
    ]
    clause = opening_trimmed([t for t in bare if t])
    if clause is None:
        return None
    tokens = cut_to(clause, words)
    return " ".join(tokens) if len(tokens) >= 2 else None


_NO_BRACKETS = str.maketrans("", "", "()[]")


# A sentence that opens with a clause of concession, time, reason or condition, up to its
# first comma: "Though Soto had pledged a clean vote, the count was disputed".
# (or of purpose: "To ensure clean water, five trucks were sent"; not "To my mind,", "To
# date,": no verb)
_NOT_A_VERB = (
    r"(?!(?:my|our|his|her|their|its|your|the|a|an|this|that|these|those|date|some|many|"
    r"all|be\s+sure|be\s+fair|be\s+honest|put\s+it)\b)"
)
_OPENING_SUBORDINATE = re.compile(
    rf"\s*[\"'\u201c]?(?:{OPENING_SUBORDINATOR}|(?:[Ii]n\s+order\s+)?[Tt]o\s+{_NOT_A_VERB}(?=[a-z]))[^,;:]*"
)
# The main clause after that comma, opening with a determiner or a pronoun (not a name,
# which may be the next item of a list: "While Chile backs Peru, Bolivia and Ecuador").
# (or a count: "To ease the shortage, five trucks ...")
_MAIN_CLAUSE = re.compile(
    r",\s+(?:the|a|an|its|his|her|their|it|he|she|they|we|\d[\d,.]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|some|many|dozens|hundreds|thousands)\s",
    re.IGNORECASE,
)


def _subordinate_end(text: str, start: int, end: int) -> int:
    """``end``, or the comma that closes the opening subordinate clause the phrase at
    ``start`` is in, when the main clause opens after it."""
    opening = _OPENING_SUBORDINATE.match(text)
    if opening is None or not start < opening.end() < end:
        return end
    return opening.end() if _MAIN_CLAUSE.match(text, opening.end()) else end
