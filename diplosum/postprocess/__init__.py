"""Everything after a backend answers, in call order.

1. ``validation.validated``: the answer becomes an ``ArticleSummary`` (the pipeline calls
   it before caching, so an answer that does not validate is never stored);
2. ``postprocess``: grounding, normalisation, attribution, each called from here alone.

Both run on every answer, fresh or from the cache, so a fix to any step reaches answers
cached before it.
"""

from __future__ import annotations

import datetime as dt

from ..models import ArticleSummary
from .attribution import flag_attribution
from .grounding import ground_summary
from .normalise import normalise_summary

__all__ = ["postprocess"]


def postprocess(summary: ArticleSummary, article: str, published: dt.date | None) -> ArticleSummary:
    """Ground ``summary``'s quotes in ``article``, normalise its actors, dates and
    duplicates against ``published``, then flag unattributed stances and goals."""
    grounded = ground_summary(summary, article)
    normalised = normalise_summary(grounded, article, published)
    return flag_attribution(normalised, article)
