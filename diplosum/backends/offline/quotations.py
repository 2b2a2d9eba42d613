"""Quotations in an article: whether a sentence opens one or stands inside one opened
earlier in its paragraph, and whether two sentences are one quotation, for finding who
said a quoted sentence (``speakers``) and what a quotation says (``speech``, ``topics``).
Straight marks open and close alike; curly ones say which they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...text.sentences import paragraph_start

if TYPE_CHECKING:
    from .sentence import RuleSentence

__all__ = [
    "CLOSING_MARKS",
    "QUOTE_MARKS",
    "next_to",
    "one_quotation",
    "open_quote",
    "opens_quotation",
    "quoted_at",
]

QUOTE_MARKS = "\"'\u201c\u2018"
CLOSING_MARKS = "\"'\u201d\u2019"


def next_to(s: RuleSentence, other: RuleSentence) -> bool:
    """Whether only white space stands between ``s`` and ``other``, either way round."""
    first, second = (s, other) if s.start < other.start else (other, s)
    return not s.article[first.start + len(first.text) : second.start].strip()


def one_quotation(s: RuleSentence, later: RuleSentence) -> bool:
    """Whether ``s`` and ``later``, further on in its paragraph, are in one quotation
    ('"We will never accept this. It is a violation of law. The West must stop," he said'):
    a quotation is open from ``s`` to the start of ``later``."""
    if later.start < s.start or paragraph_start(s.article, later.start) > s.start:
        return False
    return (opens_quotation(s) or quoted_at(s.article, s.start)) and (
        quoted_at(s.article, later.start)
    )


def quoted_at(article: str, offset: int) -> bool:
    """Whether ``offset`` of ``article`` opens a quotation or is inside one opened
    earlier in its paragraph."""
    if article.startswith(tuple(QUOTE_MARKS), offset):
        return True
    return open_quote(article[paragraph_start(article, offset) : offset]) is not None


def open_quote(text: str) -> int | None:
    """Where the quotation still open at the end of ``text`` opens (its mark), or ``None``.
    Straight marks open and close alike: one is open after an odd number of them."""
    curly = text.rfind("\u201c")
    if curly > text.rfind("\u201d"):
        return curly
    return text.rfind('"') if text.count('"') % 2 == 1 else None


def opens_quotation(s: RuleSentence) -> bool:
    """Whether ``s`` opens with a quotation mark."""
    return s.text.lstrip().startswith(tuple(QUOTE_MARKS))
