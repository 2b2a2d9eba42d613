"""The offline extractor's trigger lexicon (``data/lexicon.json``), matched in one pass.

Every phrase is matched case-insensitively as whole words: not inside a longer word or a
hyphenated compound, its words separated by whitespace only. Each phrase belongs to one or
more named lists: ``meeting.triggers``, ``meeting.held``, ..., ``stance.any`` (every stance
phrase) and ``any`` (every trigger, to rule out sentences with no event).

An article is read once, by one scanner for every phrase of every list (lower-cased text,
case-sensitive trie: a case-insensitive pattern is several times slower), and each list's
hits are taken from that pass: within one list hits do not overlap and the longest phrase
at a place wins, as a scan of that list alone would find them. One pass replaces about
a dozen case-insensitive scans per sentence.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
from functools import cache
from importlib import resources

from .matching import trie_pattern

__all__ = ["Hit", "Hits", "Lexicon", "lexicon"]


@dataclasses.dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found at ``start:end``; ``phrase`` is its lexicon form (lower case)."""

    start: int
    end: int
    text: str
    phrase: str


class Hits:
    """Every list's hits in one text, looked up by list name and span."""

    def __init__(self, by_list: dict[str, list[Hit]]) -> None:
        self._by_list = by_list
        self._starts = {name: [hit.start for hit in hits] for name, hits in by_list.items()}

    def find(self, name: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The hits of list ``name`` lying wholly within ``start:end``, left to right."""
        hits = self._by_list.get(name)
        if not hits:
            return []
        starts = self._starts[name]
        first = bisect.bisect_left(starts, start)
        last = len(hits) if end is None else bisect.bisect_left(starts, end)
        return [hit for hit in hits[first:last] if end is None or hit.end <= end]

    def has(self, name: str, start: int = 0, end: int | None = None) -> bool:
        """Whether list ``name`` has a hit wholly within ``start:end``."""
        return bool(self.find(name, start, end))


class Lexicon:
    """Phrases by list name, with one scanner for all of them. Build with ``lexicon()``."""

    def __init__(self, lists: dict[str, list[str]]) -> None:
        self.phrases = {name: frozenset(phrases) for name, phrases in lists.items()}
        self._lists_of: dict[str, list[str]] = {}
        for name, phrases in lists.items():
            for phrase in phrases:
                self._lists_of.setdefault(phrase, []).append(name)
        alternatives = trie_pattern(self._lists_of)
        self._scanner = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")

    def scan(self, text: str) -> Hits:
        """Every list's hits in ``text``."""
        lowered = text.lower()
        if len(lowered) != len(text):
            # A few characters lower-case to two ("İ"): lower each one alone, offsets kept.
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        by_list: dict[str, list[Hit]] = {}
        free_from: dict[str, int] = {}
        search = self._scanner.search
        position = 0
        while (match := search(lowered, position)) is not None:
            start = match.start()
            found = match.group()
            # The longest phrase starting here is ``found``; shorter ones are its prefixes
            # that end a word. Each list takes the longest of its own phrases.
            cuts = [len(found)] + [i for i in range(len(found) - 1, 0, -1) if found[i] == " "]
            for cut in cuts:
                phrase = found[:cut]
                end = start + cut
                for name in self._lists_of.get(phrase, ()):
                    # Within one list hits do not overlap: the first and longest wins.
                    if free_from.get(name, 0) > start:
                        continue
                    free_from[name] = end
                    by_list.setdefault(name, []).append(Hit(start, end, text[start:end], phrase))
            # Phrases may start inside this one ("held talks", "talks"): go on a word later.
            position = start + 1
        return Hits(by_list)


@cache
def lexicon() -> Lexicon:
    """The shared lexicon from ``data/lexicon.json``, built once per process."""
    data = json.loads(resources.files("diplosum").joinpath("data", "lexicon.json").read_text())
    lists: dict[str, list[str]] = {}
    triggers: list[str] = []
    for group, entries in data.items():
        if group.startswith("_"):
            continue
        if isinstance(entries, list):
            lists[group] = entries
            continue
        for key, phrases in entries.items():
            lists[f"{group}.{key}"] = phrases
        if group == "stance":
            lists["stance.any"] = [p for phrases in entries.values() for p in phrases]
            triggers += lists["stance.any"]
        else:
            triggers += entries.get("triggers", [])
    lists["any"] = triggers
    return Lexicon({name: [" ".join(p.lower().split()) for p in ps] for name, ps in lists.items()})
