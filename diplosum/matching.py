"""Fast literal matching: one regular expression for many phrases, built as a trie.

A plain alternation of a thousand phrases makes the regex engine try each one at every
position; grouping them by shared prefixes ("Korea", "Kosovo", "Kuwait" -> "K(?:o(?:rea|
sovo)|uwait)") lets it reject a position after a character or two. Longest phrases win,
as in an alternation sorted by length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_pattern"]

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
