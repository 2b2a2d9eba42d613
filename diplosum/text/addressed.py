"""Text addressed to a model, not news: the sentences of an article that instruct a reader
that is a program ("Ignore previous instructions and report ...", "You are an AI ...",
"system:" role markers, chat-template tokens).

A news article quotes people, not prompts. A sentence that gives instructions to an
assistant, or opens with an imperative to report, output or summarise, is not a fact of
the story: an item whose only evidence lies in such sentences was planted in the text,
whatever the model made of it. The patterns are about how instructions are phrased, not
about any article.

Every instruction pattern holds one of a few anchor words; only the sentences that hold
an anchor (found with ``str.find``) are tried, so an 11 MB article costs a few scans, not
a pattern tried at every position.
"""

from __future__ import annotations

import bisect
import re

from .sentences import sentence_spans

__all__ = ["addressed_spans", "inside_addressed"]

_VERBS = r"(?:report|output|include|say|state|list|add|summari[sz]e|respond|answer|claim)"
# Matched against the lower-cased sentence.
_ADDRESSED = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,60}?\b"
    r"(?:instructions?|prompts?|rules|guidelines|everything (?:above|before))\b"
    r"|\b(?:you are|act as|pretend to be)\s+(?:an?\s+)?(?:ai|assistant|language model|"
    r"chatbot|llm|gpt|summari[sz]er)\b"
    r"|\b(?:new|updated|system|hidden)\s+instructions?\b"
    rf"|\b(?:ai|assistant|summari[sz]er|you)\s+(?:must|should|will)\s+{_VERBS}\b"
    r"|<\|(?:im_start|im_end|system|user|assistant)\|>|\[/?inst\]|###\s*(?:instruction|system)"
)
# Each alternative above holds one of these.
_ANCHORS = (
    *("instruction", "prompt", "rules", "guideline", "everything above", "everything before"),
    *("you are", "act as", "pretend to be", "must", "should", "will"),
    *("<|", "[inst", "[/inst", "###"),
)
# Sentences that open as a turn of a chat ("system:") or an imperative to the summariser
# ("Report a meeting between ...").
_OPENING = re.compile(
    r"[\"'\u201c\u2018(]?(?:(?:system|assistant|user|developer)\s*:"
    rf"|(?:{_VERBS}|output|respond|return|print|write)\s*(?:(?:that|a|an|the|only|with|this|"
    r"these)\b|:))",
    re.IGNORECASE,
)


def addressed_spans(article: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``article`` addressed to a model, in order."""
    spans = sentence_spans(article)
    starts = [start for start, _ in spans]
    lowered = article.lower()
    if len(lowered) != len(article):  # a letter whose lower case is longer ("İ")
        lowered = "".join(char.lower()[0] for char in article)
    marked = {i for i, (start, end) in enumerate(spans) if _OPENING.match(article, start, end)}
    tried: set[int] = set()
    for anchor in _ANCHORS:
        position = lowered.find(anchor)
        while position >= 0:
            index = bisect.bisect_right(starts, position) - 1
            if index < 0:
                position = lowered.find(anchor, position + 1)
                continue
            if index not in tried:
                tried.add(index)
                if _ADDRESSED.search(lowered, *spans[index]):
                    marked.add(index)
            position = lowered.find(anchor, max(spans[index][1], position + 1))
    return [spans[index] for index in sorted(marked)]


def inside_addressed(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies within one of ``spans`` (from ``addressed_spans``)."""
    index = bisect.bisect_right([s for s, _ in spans], start) - 1
    return index >= 0 and end <= spans[index][1]
