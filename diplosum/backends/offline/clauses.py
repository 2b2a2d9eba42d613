"""Clause-level word tests shared by the offline rules: where a clause starts, whether a
text ends with a word, the clause around a trigger, and the words around a sanction.

The patterns that look for words are built by ``word_alternatives``: they open with a
literal, so the regex engine skips to candidates instead of trying each position
(``tests/test_matchers.py`` checks each against its plain form).
"""

from __future__ import annotations

import re

from ...text.matching import is_word_char, word_alternatives

__all__ = ["CLAUSE_START", "IMPOSES_AHEAD", "SANCTION_TARGET", "ends_with_word", "local_clause"]

CLAUSE_START = re.compile(
    r";|:|" + word_alternatives(["but", "although", "while", "whereas"]) + r"\b"
)
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
    """The clause around ``text[start:end]``: a status cue must be close to its trigger."""
    left = max(0, start - before)
    cut = list(CLAUSE_START.finditer(text, left, start))
    right = min(len(text), end + after)
    stop = CLAUSE_START.search(text, end, right)
    return (cut[-1].end() if cut else left), (stop.start() if stop else right)
