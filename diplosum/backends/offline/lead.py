"""The offline coder's headline and summary: what the article leads with, as a person writes it.

- Headline: the article's own title when its first line is one (short, no closing
  period; or a question or exclamation standing alone as a paragraph), in sentence case
  if it was written in capitals, less a desk's tag ("(Corrected)-", "UPDATE 2-"); else
  its lead sentence without the dateline ("BERLIN (Reuters) -"), past the subject's aside
  ("X, a veteran diplomat, was named" -> "X was named"), cut short (``headline_cuts``).
  An editor's note in brackets over the story and a byline are neither.
- Summary: the lead sentence (after the title) and the next sentence that reports an
  event the coder found, else the next one of substance; at most two sentences, each
  closed with a full stop.

Both are one line: a hard-wrapped article's line breaks become spaces.
"""

from __future__ import annotations

import re

from ...models import HEADLINE_CHARS, SUMMARY_CHARS
from ...text.gazetteer import gazetteer
from ...text.sentences import paragraph_start
from .datelines import without_dateline
from .headline_cuts import short_headline
from .quotations import open_quote

__all__ = ["headline_and_summary"]

# A title may end on an abbreviation's period: "... TRADE ROW WITH U.S."
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
# A byline on a line of its own ("By Ana Soto", "By Ana Soto and Luis Vega"): who wrote
# the story, not what it says.
_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
_BYLINE = re.compile(rf"By\s+{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*")
# An editor's note over a story, all in brackets ("(Adds a minister's comment)",
# "(This story corrects a name in the third paragraph)"): neither title nor lead.
_EDITORS_NOTE = re.compile(r"\([^()\n]{3,300}\)")
# A desk's tag before a title: "(Corrected)-", "(Refile) ", and a wire's in capitals
# ("UPDATE 2-", "RPT-", "CORRECTED-UPDATE 1-", "EXCLUSIVE-").
_TITLE_TAG = re.compile(
    r"\A(?:\([A-Za-z ]{3,20}\)\s*[-\u2013\u2014:]?\s*|"
    r"(?:(?:UPDATE|WRAPUP)\s*\d*|RPT|REFILE|CORRECTED|EXCLUSIVE|FACTBOX|ANALYSIS|INSIGHT|"
    r"BRIEF|FEATURE)(?:\s*[-\u2013\u2014:]\s*(?:(?:UPDATE|WRAPUP)\s*\d*|RPT|REFILE))*"
    r"\s*[-\u2013\u2014:]\s*)(?=[A-Z])"
)


def _is_title(line: str, alone: bool) -> bool:
    """Whether ``line``, the article's first, is its title: at most 20 words, ending on no
    sentence end but an abbreviation's, or, a paragraph of its own (``alone``), on a
    question or exclamation mark ("Could the row sink the talks?"), as headlines may."""
    words = line.split()
    if not 0 < len(words) <= 20:
        return False
    if alone and line.rstrip().endswith(("?", "!")):
        return True
    ends_sentence = line.rstrip().endswith((".", "?", "!", ":"))
    return not ends_sentence or bool(_ABBREVIATION_END.search(line))


def _sentence_case(title: str, body: str) -> str:
    """A title written in capitals, in the case the article's body writes each word ("NEW
    ZEALAND IMPOSES SANCTIONS" -> "New Zealand imposes sanctions"); a word the body does
    not have, in lower case."""
    if title != title.upper():
        return title
    words = []
    for index, word in enumerate(title.split()):
        stem = re.sub(r"['\u2019]S$", "", word)  # "ARABIA'S" as the body writes "Arabia"
        seen = re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", body, re.IGNORECASE)
        # "U.S.", "NATO": an abbreviation or a body's initials keep their capitals.
        kept = _ABBREVIATION_END.search(stem) or stem.rstrip(".") in gazetteer().terms
        form = (seen.group() if seen else stem if kept else stem.lower()) + word[
            len(stem) :
        ].lower()
        words.append(form[0].upper() + form[1:] if index == 0 else form)
    return " ".join(words)


def headline_and_summary(
    article: str, spans: tuple[tuple[int, int], ...], eventful: set[int]
) -> tuple[str, str]:
    """The headline and summary of ``article`` (sentence ``spans``; ``eventful``: the
    indexes of sentences that report an item)."""
    sentences = [article[a:b] for a, b in spans[:12]]
    if not sentences:
        return "Untitled article", "Untitled article"
    first_line, _, after = article.lstrip().partition("\n")
    first_line = first_line.strip()
    alone = after.lstrip(" \t\r").startswith("\n")  # a blank line after it
    noted = _note_sentences(article, spans)
    titled = (
        not noted
        and without_dateline(first_line) == first_line  # a story's first line, cut short
        and _is_title(first_line, alone)
        and not _BYLINE.fullmatch(first_line)  # "By Ana Soto" over the story: who wrote it
        and len(spans) > 1
        and sentences[0].strip() == first_line
    )
    offset = 1 if titled else noted
    body = sentences[offset:]
    if len(body) > 1 and _BYLINE.fullmatch(body[0].strip()):
        body, offset = body[1:], offset + 1
    lead = without_dateline(body[0]).strip() if body else ""
    if titled:
        headline = _sentence_case(_TITLE_TAG.sub("", first_line), article[len(first_line) :])
    else:
        headline = short_headline(lead) or "Untitled article"
    # Not a sentence that only introduces a quotation ("In an interview, Mr Abbas said:"),
    # nor part of a quotation of several sentences ('... matters. What has happened is
    # devastating," Harris said': one quotation mark, with its other in another sentence).
    whole = [
        (i, s)
        for i, s in enumerate(body[1:], offset + 1)
        if not s.rstrip().endswith(":") and not _in_longer_quotation(article, *spans[i])
    ]
    rest = [sentence for index, sentence in whole if index in eventful and sentence != lead] or [
        s for _, s in whole if len(s.split()) > 6
    ]
    summary = _joined([part for part in [lead, *rest[:1]] if part]) or headline
    # Written text, not evidence: a hard-wrapped article's line breaks become spaces.
    return _one_line(headline)[:HEADLINE_CHARS], _one_line(summary)[:SUMMARY_CHARS]


def _joined(sentences: list[str]) -> str:
    """The summary's sentences as one text, each closed with a full stop where it has no
    closing mark: a wire paragraph may end without one ("..., officials said"), which would
    run into the next sentence. Not before a lowercase word, which goes on the same one."""
    parts = [sentence.strip() for sentence in sentences]
    after = [*(part[:1] for part in parts[1:]), ""]
    return " ".join(
        f"{part}." if part[-1:].isalnum() and not following.islower() else part
        for part, following in zip(parts, after, strict=True)
    )


def _note_sentences(article: str, spans: tuple[tuple[int, int], ...]) -> int:
    """How many of the first sentences an editor's note over the story fills: its first
    line, all in brackets, however many sentences it holds (none if nothing follows)."""
    text = article.lstrip()
    first = text.partition("\n")[0]
    if not _EDITORS_NOTE.fullmatch(first.strip()):
        return 0
    end = len(article) - len(text) + len(first)
    inside = sum(1 for start, _ in spans if start < end)
    return inside if inside < len(spans) else 0


def _in_longer_quotation(article: str, start: int, end: int) -> bool:
    """Whether the sentence ``start:end`` goes on a quotation opened before it, or opens
    one that goes on after it."""
    paragraph = paragraph_start(article, start)
    return open_quote(article[paragraph:start]) is not None or (
        open_quote(article[paragraph:end]) is not None
    )


def _one_line(text: str) -> str:
    """``text`` with each run of whitespace one space."""
    return " ".join(text.split())
