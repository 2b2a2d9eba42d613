"""Fast literal matching: one regular expression for many phrases, built as a trie.

A plain alternation of a thousand phrases makes the regex engine try each one at every
position; grouping them by shared prefixes ("Korea", "Kosovo", "Kuwait" -> "K(?:o(?:rea|
sovo)|uwait)") lets it reject a position after a character or two. Longest phrases win,
as in an alternation sorted by length.

For a handful of words, ``word_starts`` finds whole-word occurrences with ``str.find``,
and ``is_word_char`` says what ``\\w`` would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["has_any_word", "is_word_char", "trie_pattern", "word_alternatives", "word_starts"]

_END = ""
_Trie = dict[str, "_Trie"]


def _build(trie: _Trie, fold: bool) -> str:
    branches = []
    ends_here = False
    for char, sub in sorted(trie.items(), key=lambda kv: kv[0]):
        if char == _END:
            ends_here = True
            continue
        branches.append(re.escape(char) + _build(sub, fold))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy: try the longer continuation first, fall back to stopping here.
    return f"(?:{body})?" if ends_here else body


def trie_pattern(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regex source matching any of ``phrases`` (longest first), without boundaries."""
    trie: _Trie = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for char in phrase.lower() if ignore_case else phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _build(trie, ignore_case)


def word_alternatives(words: Iterable[str]) -> str:
    """A regex source matching any of ``words`` where a word starts (as ``\\b`` would say).

    Each alternative opens with its first letter and checks the word boundary by a
    lookbehind after it: a pattern whose alternatives all open with a literal lets the
    regex engine skip to the next possible first letter, where a leading ``\\b`` makes it
    try every position. The caller adds the right-hand boundary.
    """
    alternatives = []
    for word in words:
        first = re.escape(word[0])
        alternatives.append(rf"{first}(?<!\w{first}){re.escape(word[1:])}")
    return "(?:" + "|".join(alternatives) + ")"


def is_word_char(char: str) -> bool:
    """Whether ``char`` is what ``\\w`` matches: a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def word_starts(
    text: str, word: str, *, joins_before: str = "", joins_after: str = ""
) -> Iterator[int]:
    """Where ``word`` occurs in ``text`` as a whole word, left to right.

    The characters next to it must not be word characters, nor one of ``joins_before``
    (on its left) or ``joins_after`` (on its right): with ``"-"`` there, "Kono-led" does
    not hold the word "Kono".
    """
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (is_word_char(before) or before in joins_before) and not (
            is_word_char(after) or after in joins_after
        ):
            yield start
        start = text.find(word, start + 1)


def has_any_word(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``words`` as a whole word (not inside a longer one)."""
    # A substring test first: most words are not in the text at all.
    return any(word in text and next(word_starts(text, word), None) is not None for word in words)
