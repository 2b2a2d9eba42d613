"""An article as the offline rules and the checks after any backend read it: web
typography in its plain form (``typography``), hard-wrapped lines joined (``sentences``),
artefact capitals made small (``casing``), one character for one, so every offset into
the reading is an offset into the article as written.
"""

from __future__ import annotations

import functools

from .casing import recased
from .sentences import unwrapped
from .typography import plain

__all__ = ["reading"]


@functools.lru_cache(maxsize=8)
def reading(text: str) -> str:
    """``text`` as read (same length); ``text`` itself when nothing changes.

    Cached for the last few texts, so that the rules and the checks after them share one
    reading (and whatever is cached on it) of the same article.
    """
    return recased(unwrapped(plain(text)))
