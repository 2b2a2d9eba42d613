"""Articles longer than a model's context: split on paragraphs, summarise each, merge.

``split_article`` cuts at paragraph boundaries (blank lines or line breaks), packing whole
paragraphs into chunks of at most ``chunk_chars`` characters, and starts each chunk with
the end of the previous one (at most ``overlap_chars``, whole paragraphs) so an event told
across a boundary is seen whole at least once. A paragraph longer than a chunk is cut at
sentence boundaries, and a sentence longer than that at spaces.

``merge_extractions`` joins the chunks' answers: the first chunk's headline and summary,
every item of every chunk, usage and attempts summed. The pipeline then grounds every
quote against the whole article and merges duplicates (from the overlaps) by its usual
rules, so a chunked summary looks like any other.
"""

from __future__ import annotations

import re

from .backends import Extraction
from .models import ArticleSummary, Usage
from .sentences import sentence_spans

__all__ = ["merge_extractions", "split_article"]

_PARAGRAPH = re.compile(r"\n\s*\n|\n")


def _pieces(article: str, chunk_chars: int) -> list[str]:
    pieces: list[str] = []
    for paragraph in _PARAGRAPH.split(article):
        if not paragraph.strip():
            continue
        if len(paragraph) <= chunk_chars:
            pieces.append(paragraph)
            continue
        for start, end in sentence_spans(paragraph):
            sentence = paragraph[start:end]
            while len(sentence) > chunk_chars:
                cut = sentence.rfind(" ", 0, chunk_chars)
                cut = cut if cut > 0 else chunk_chars
                pieces.append(sentence[:cut])
                sentence = sentence[cut:].lstrip()
            if sentence:
                pieces.append(sentence)
    return pieces


def split_article(article: str, chunk_chars: int, overlap_chars: int = 1_000) -> list[str]:
    """The article as chunks of at most ``chunk_chars`` characters (one chunk if it fits)."""
    if len(article) <= chunk_chars:
        return [article]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for piece in _pieces(article, chunk_chars):
        if current and size + len(piece) + 1 > chunk_chars:
            chunks.append("\n".join(current))
            carried: list[str] = []
            carried_size = 0
            for previous in reversed(current):
                if carried_size + len(previous) + 1 > overlap_chars:
                    break
                carried.insert(0, previous)
                carried_size += len(previous) + 1
            if carried_size + len(piece) + 1 > chunk_chars:
                carried, carried_size = [], 0
            current, size = carried, carried_size
        current.append(piece)
        size += len(piece) + 1
    if current:
        chunks.append("\n".join(current))
    return chunks


def merge_extractions(parts: list[Extraction]) -> Extraction:
    """One extraction from the chunks' extractions, in order.

    The merged summary carries none of the fields the library fills (``meta``,
    ``rejected``, ``unattributed``) whatever a model sent for them.
    """
    first = parts[0].summary
    if len(parts) == 1 and first.meta is None and not first.rejected and not first.unattributed:
        return parts[0]  # already what a merge of one would give
    merged = ArticleSummary(
        headline=first.headline,
        summary=first.summary,
        meetings=[m for p in parts for m in p.summary.meetings],
        goals=[g for p in parts for g in p.summary.goals],
        sanctions=[s for p in parts for s in p.summary.sanctions],
        stances=[s for p in parts for s in p.summary.stances],
    )
    usage = Usage()
    for part in parts:
        usage = usage + part.usage
    return Extraction(
        summary=merged,
        model=parts[0].model,
        usage=usage,
        attempts=sum(p.attempts for p in parts),
        raw_response=None,
    )
