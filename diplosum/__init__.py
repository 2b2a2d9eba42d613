"""diplosum: validated, evidence-grounded structured summaries of diplomatic news.

    >>> from diplosum import summarise
    >>> summary = summarise(article_text)          # doctest: +SKIP
    >>> summary.meetings[0].evidence[0].quote      # doctest: +SKIP
    >>> report("results.jsonl", "report/")         # doctest: +SKIP  events, PLOVER, page

Everything importable from here is the public API; every other name is private.
"""

from __future__ import annotations

from .backends import Backend, Extraction
from .backends.wrappers import RateLimit
from .cache import Cache
from .config import SummariserOptions
from .errors import (
    AuthenticationError,
    CacheError,
    ConfigError,
    DiplosumError,
    FixtureError,
    InputError,
    ModelCallError,
    SummaryValidationError,
    UnexpectedError,
)
from .events import Event, merge_events, report
from .inputs.pages import fetch_page, read_page
from .models import (
    Actor,
    ArticleSummary,
    Evidence,
    Goal,
    Meeting,
    Meta,
    RejectedItem,
    Sanction,
    Stance,
    Usage,
)
from .pipeline import Summariser, asummarise, summarise
from .runner import Article, Result, aiter_summaries, asummarise_many, summarise_many

__all__ = [
    "Actor",
    "Article",
    "ArticleSummary",
    "AuthenticationError",
    "Backend",
    "Cache",
    "CacheError",
    "ConfigError",
    "DiplosumError",
    "Event",
    "Evidence",
    "Extraction",
    "FixtureError",
    "Goal",
    "InputError",
    "Meeting",
    "Meta",
    "ModelCallError",
    "RateLimit",
    "RejectedItem",
    "Result",
    "Sanction",
    "Stance",
    "Summariser",
    "SummariserOptions",
    "SummaryValidationError",
    "UnexpectedError",
    "Usage",
    "aiter_summaries",
    "asummarise",
    "asummarise_many",
    "fetch_page",
    "merge_events",
    "read_page",
    "report",
    "summarise",
    "summarise_many",
]
