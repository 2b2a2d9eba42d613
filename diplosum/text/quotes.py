"""Finding a quote in an article the way a reader would, whatever a copy did to it.

A quote matches the article when both agree after folding the differences a model (or a
copy-paste) introduces without changing the words:

- runs of whitespace, line breaks included, count as one space;
- curly and straight quote marks are the same (‘ ’ ‚ ‛ ′ → ', “ ” „ ‟ ″ → ");
- hyphens and dashes are the same (‐ ‑ ‒ – — ― − → -);
- letter case is ignored;
- composed and decomposed letters are the same (NFC "é" and NFD "e" + U+0301), because
  combining marks are set aside and a letter reads as its base letter;
- zero-width characters (U+200B-U+200D, U+2060, U+FEFF) are not there.

``find_quote`` gives offsets into the article exactly as the caller passed it, so
``article[start:end]`` is the real span, with the article's own spacing and punctuation.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata

__all__ = ["FoldedText", "LazyFolded", "find_quote", "fold_quote"]

_QUOTES_AND_DASHES = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
# What a set-aside character folds to: NUL never occurs in an article (the pipeline refuses
# text with NUL bytes), so it cannot be confused with real text.
_DROPPED = "\x00"


def _fold_char(char: str) -> str:
    if char in _ZERO_WIDTH:
        return _DROPPED
    base = unicodedata.normalize("NFD", char)[0] if not char.isascii() else char
    folded = base.translate(_QUOTES_AND_DASHES)
    # Upper-case first, then casefold, so every case variant meets: "µ"/"Μ" (Μ.lower() is
    # "μ", not "µ") and "ı"/"I". A character that folds to two ("ß" -> "ss") falls back
    # to a one-character form or stays whole, so each character stays one.
    for candidate in (folded.upper().casefold(), folded.casefold(), folded.lower()):
        if len(candidate) == 1:
            folded = candidate
            break
    # A combining mark is set aside, unless its case folds it to a letter (U+0345 is "ι").
    return _DROPPED if unicodedata.combining(folded) else folded


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding each character, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()
# A run of whitespace and set-aside characters: one space if it holds any whitespace,
# else nothing.
_GAPS = re.compile(r"[\s\x00]+")


def fold_quote(text: str) -> str:
    """``text`` folded for matching, trimmed."""
    translated = text.translate(_TABLE)
    return _GAPS.sub(lambda m: " " if m.group().strip(_DROPPED) else "", translated).strip()


@dataclasses.dataclass(frozen=True)
class FoldedText:
    """A text folded for matching, and where each of its pieces starts in the original.

    Folding keeps one character per character, except that a run of whitespace becomes one
    space and set-aside characters vanish; so the folded text is a series of pieces, each a
    1:1 copy of a run of the original or one space.
    """

    text: str
    _starts: tuple[int, ...]
    _origins: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> FoldedText:
        translated = original.translate(_TABLE)
        parts: list[str] = []
        starts: list[int] = []
        origins: list[int] = []
        position = folded_length = 0

        def keep(text: str, origin: int) -> None:
            nonlocal folded_length
            starts.append(folded_length)
            origins.append(origin)
            parts.append(text)
            folded_length += len(text)

        for gap in _GAPS.finditer(translated):
            if gap.start() > position:
                keep(translated[position : gap.start()], position)
            if gap.group().strip(_DROPPED):
                space_at = gap.start() + len(gap.group()) - len(gap.group().lstrip(_DROPPED))
                keep(" ", space_at)
            position = gap.end()
        if position < len(translated):
            keep(translated[position:], position)
        return cls("".join(parts), tuple(starts), tuple(origins))

    def original(self, position: int) -> int:
        """The offset in the original text of the folded character at ``position``."""
        piece = bisect.bisect_right(self._starts, position) - 1
        return self._origins[piece] + position - self._starts[piece]


class LazyFolded:
    """An article and, built only when a quote is not found verbatim, its folded form."""

    def __init__(self, article: str) -> None:
        self.article = article
        self._folded: FoldedText | None = None

    @property
    def folded(self) -> FoldedText:
        if self._folded is None:
            self._folded = FoldedText.of(self.article)
        return self._folded


def find_quote(article: FoldedText | str | LazyFolded, quote: str) -> tuple[int, int] | None:
    """``(start, end)`` of ``quote`` in the original article, or ``None`` if it is not there."""
    if isinstance(article, LazyFolded):
        stripped = quote.strip()
        exact = article.article.find(stripped) if stripped else -1
        if exact >= 0:  # the common case, at C speed: the quote is verbatim
            return exact, exact + len(stripped)
        article = article.folded
    folded = article if isinstance(article, FoldedText) else FoldedText.of(article)
    needle = fold_quote(quote)
    if not needle:
        return None
    position = folded.text.find(needle)
    if position < 0:
        return None
    last = position + len(needle) - 1
    return folded.original(position), folded.original(last) + 1
