"""The ``diplosum`` command line.

- ``main``: the command group, the entry point, one-line errors and warnings.
- ``summarise``: summarise files, folders, stdin and corpora, streaming results.
- ``report``: merge results into events across articles; exports and a page.
- ``eval``: score a backend against gold annotations.
- ``cache``: inspect and clear the cache.
- ``live``: the commands that need a live endpoint's other APIs (``record``, ``batch``).
- ``options``: the shared model options; ``progress``: the run's progress and failures.
"""

from __future__ import annotations

from .main import cli, main

__all__ = ["cli", "main"]
