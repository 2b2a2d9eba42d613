"""Everything after a backend answers, in call order.

1. ``validation.validated``: the answer becomes an ``ArticleSummary`` (the pipeline calls
   it before caching, so an answer that does not validate is never stored);
2. ``postprocess``: grounding (quotes found and long enough), actors (codes repaired,
   people unified, impossible items out), support (each item's own evidence names its
   actors and is news, not text addressed to a model), duplicates (dates resolved, the
   same item merged), attribution; each called from here alone.

Both run on every answer, fresh or from the cache, so a fix to any step reaches answers
cached before it.
"""

from __future__ import annotations

import datetime as dt

from ..models import ArticleSummary
from ..text.reading import reading
from .attribution import flag_attribution
from .duplicates import merge_duplicates
from .grounding import ground_summary
from .normalise import normalise_actors
from .support import check_support

__all__ = ["postprocess"]


def postprocess(summary: ArticleSummary, article: str, published: dt.date | None) -> ArticleSummary:
    """Ground ``summary``'s quotes in ``article``, normalise its actors, dates and
    duplicates against ``published``, drop what the evidence does not support, then flag
    unattributed stances and goals."""
    grounded = ground_summary(summary, article)
    # Read past web typography ("United\u00a0States", "Peru\u2019s"), wrapped lines and
    # headlines set in capitals ("JAPAN"), as the offline rules do; offsets stay the
    # article's, so each quote still points at the text as written.
    read = reading(article)
    normalised = normalise_actors(grounded, read, published)
    supported = check_support(normalised, read)
    merged = merge_duplicates(supported, published)
    return flag_attribution(merged, read)
