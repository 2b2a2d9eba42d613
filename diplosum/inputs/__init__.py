"""Everything before the prompt: checking an article, and reading corpora from disk.

- ``checks``: what makes a text summarisable, and a publication date valid.
- ``corpus``: files, folders, standard input, JSONL and CSV corpora, as ``Article`` records.
"""

from __future__ import annotations

from .checks import check_article, check_published

__all__ = ["check_article", "check_published"]
