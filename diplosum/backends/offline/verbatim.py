"""The article as the rules read it, and each quote as the article has it.

Before the rules read an article, the carriage return of each Windows line end ("\\r\\n")
is taken out and each HTML character reference ("&#039;", "&quot;", "&amp;", as text
copied from web pages keeps them) becomes its character, so that "Cuba&#039;s poor" reads
"Cuba's poor". The rules quote that text; ``quoted_from`` puts each quote back as the
article has it, entities and all, at the article's offsets, so evidence stays verbatim.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ...models import ArticleSummary, Evidence

__all__ = ["Spans", "condensed", "quoted_from"]

#: For each character of a condensed text, the span of the article it came from.
Spans = list[tuple[int, int]]

# A carriage return before a line feed, or a character reference: "&#039;", "&#x2019;",
# "&amp;" (a name of letters and digits; an unknown one stays as written).
_CONDENSED = re.compile(
    r"\r(?=\n)|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


def condensed(article: str) -> tuple[str, Spans | None]:
    """``article`` without the carriage returns of its "\\r\\n" line ends and with each
    HTML character reference as its character, and for each of its characters the span
    it had in ``article`` (``None`` when nothing was changed)."""
    if "\r\n" not in article and "&" not in article:
        return article, None
    pieces: list[str] = []
    spans: Spans = []
    done = 0
    for match in _CONDENSED.finditer(article):
        character = "" if match.group() == "\r" else html.unescape(match.group())
        if character == match.group():
            continue  # not a reference html knows: read as written
        pieces.append(article[done : match.start()])
        spans += [(i, i + 1) for i in range(done, match.start())]
        pieces.append(character)
        spans += [(match.start(), match.end())] * len(character)
        done = match.end()
    if not done:
        return article, None
    pieces.append(article[done:])
    spans += [(i, i + 1) for i in range(done, len(article))]
    return "".join(pieces), spans


def quoted_from(summary: ArticleSummary, article: str, spans: Spans | None) -> ArticleSummary:
    """``summary`` with each quote as ``article`` has it at the quote's offsets (mapped
    through ``spans`` when the text read was ``condensed``)."""
    copies: dict[int, Evidence] = {}

    def verbatim(evidence: Evidence) -> Evidence:
        if evidence.start is None or evidence.end is None or evidence.start < 0:
            return evidence
        if id(evidence) not in copies:
            start, end = evidence.start, evidence.end
            if spans is not None and end > start:
                start, end = spans[start][0], spans[end - 1][1]
            if (start, end) == (evidence.start, evidence.end) and (
                article[start:end] == evidence.quote
            ):
                copies[id(evidence)] = evidence  # the reading changed nothing here
            else:
                update = {"quote": article[start:end], "start": start, "end": end}
                copies[id(evidence)] = evidence.model_copy(update=update)
        return copies[id(evidence)]

    def with_verbatim(item: Any) -> Any:
        evidence = [verbatim(e) for e in item.evidence]
        if all(new is old for new, old in zip(evidence, item.evidence, strict=True)):
            return item  # its quotes read the same in the article
        return item.model_copy(update={"evidence": evidence})

    sections = {
        name: [with_verbatim(item) for item in getattr(summary, name)]
        for name in ("meetings", "sanctions", "stances", "goals")
    }
    return summary.model_copy(update=sections)
