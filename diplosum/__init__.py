"""diplosum: validated, evidence-grounded structured summaries of diplomatic news.

    >>> from diplosum import summarise
    >>> summary = summarise(article_text)          # doctest: +SKIP
    >>> summary.meetings[0].evidence[0].quote      # doctest: +SKIP

Everything importable from here is the public API; every other name is private.
"""

from __future__ import annotations

from .cache import Cache
from .errors import (
    AuthenticationError,
    CacheError,
    ConfigError,
    DiplosumError,
    FixtureError,
    InputError,
    ModelCallError,
    SummaryValidationError,
)
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
from .ratelimit import RateLimit
from .runner import Article, Result, aiter_summaries, asummarise_many, summarise_many

__all__ = [
    "Actor",
    "Article",
    "ArticleSummary",
    "AuthenticationError",
    "Cache",
    "CacheError",
    "ConfigError",
    "DiplosumError",
    "Evidence",
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
    "SummaryValidationError",
    "Usage",
    "aiter_summaries",
    "asummarise",
    "asummarise_many",
    "summarise",
    "summarise_many",
]
