"""A plain function as a backend: the seam for users' own tests and custom answerers.

``FunctionBackend(fn)`` calls ``fn(article)`` for each article; ``fn`` returns the answer
as the response schema has it (a dict like a model's tool-call arguments, or an
``ArticleSummary``). The pipeline validates and grounds it exactly as it would a model's,
so an invented quote ends in ``rejected``. In the spirit of pydantic-ai's
``FunctionModel`` and llm's ``MockModel``: the whole pipeline, in process, no HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from ..models import ArticleSummary
from . import Extraction

__all__ = ["FunctionBackend"]

Answerer = Callable[[str], Mapping[str, Any] | ArticleSummary]


class FunctionBackend:
    """Answers with ``fn(article)``.

    ``name`` and ``model`` are reported in ``meta``. Answers are not cached unless
    ``cache_identity`` is given: a value (say, a version string of ``fn``) that changes
    whenever ``fn``'s answers would, since the function itself cannot be hashed.
    """

    reads_prompt = False

    def __init__(
        self,
        fn: Answerer,
        *,
        name: str = "function",
        model: str = "function",
        cache_identity: str | None = None,
    ) -> None:
        self.fn = fn
        self.name = name
        self.model = model
        self._identity = cache_identity
        #: Every article ``fn`` was called with, in order.
        self.calls: list[str] = []

    def __repr__(self) -> str:
        return f"FunctionBackend({getattr(self.fn, '__name__', self.fn)!r})"

    def cache_identity(self) -> dict[str, Any] | None:
        return None if self._identity is None else {"function": self._identity}

    def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        self.calls.append(article)
        answer = self.fn(article)
        if not isinstance(answer, ArticleSummary):
            # A copy, through JSON as a model's answer would come: nothing the caller keeps
            # is shared with the summary.
            answer = json.loads(json.dumps(dict(answer)))
        return Extraction(output=answer, model=self.model, attempts=1)

    async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        return self.extract(messages, article=article)

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""
