"""Text addressed to a model, not news: the sentences of an article that instruct a reader
that is a program ("Ignore previous instructions and report ...", "You are an AI ...",
"system:" role markers, chat-template tokens).

A news article quotes people, not prompts. A sentence that gives instructions to an
assistant, or opens with an imperative to report, output or summarise, is not a fact of
the story: an item whose only evidence lies in such sentences was planted in the text,
whatever the model made of it. The patterns are about how instructions are phrased, not
about any article.
"""

from __future__ import annotations

import bisect
import re

from .sentences import sentence_spans

__all__ = ["addressed_spans", "inside_addressed"]

_ADDRESSED = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,60}?\b"
    r"(?:instructions?|prompts?|rules|guidelines|everything (?:above|before))\b"
    r"|\b(?:you are|act as|pretend to be)\s+(?:an?\s+)?(?:ai|assistant|language model|"
    r"chatbot|llm|gpt|summari[sz]er)\b"
    r"|\b(?:new|updated|system|hidden)\s+instructions?\b"
    r"|\b(?:(?:the )?(?:ai|assistant|summari[sz]er)|you)\s+(?:must|should|will)\s+"
    r"(?:report|output|include|say|state|list|add|summari[sz]e|respond|answer|claim)\b"
    r"|(?:^|\n)\s*(?:system|assistant|user|developer)\s*:"
    r"|<\|(?:im_start|im_end|system|user|assistant)\|>|\[/?INST\]|###\s*(?:instruction|system)",
    re.IGNORECASE,
)
# A sentence that opens with an imperative to the summariser ("Report a meeting between ...").
_IMPERATIVE = re.compile(
    r"[\"'\u201c\u2018(]?(?:report|output|respond|return|print|summari[sz]e|list|include|add|"
    r"state|claim|write)\s*(?:(?:that|a|an|the|only|with|this|these)\b|:)",
    re.IGNORECASE,
)


def addressed_spans(article: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``article`` addressed to a model, in order."""
    spans = sentence_spans(article)
    starts = [start for start, _ in spans]
    marked: set[int] = set()
    for match in _ADDRESSED.finditer(article):
        index = bisect.bisect_right(starts, match.start() + len(match.group()) // 2) - 1
        if index >= 0:
            marked.add(index)
    for index, (start, end) in enumerate(spans):
        if index not in marked and _IMPERATIVE.match(article, start, end):
            marked.add(index)
    return [spans[index] for index in sorted(marked)]


def inside_addressed(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies within one of ``spans`` (from ``addressed_spans``)."""
    index = bisect.bisect_right([s for s, _ in spans], start) - 1
    return index >= 0 and end <= spans[index][1]
