"""Backends: one per way of getting an answer for an article.

A backend turns an article (and, if it reads one, the rendered prompt) into an
``Extraction``: the answer as the response schema has it, and what getting it cost. The
pipeline does everything else, identically for every backend: input checks, the prompt,
the cache, validation, grounding, normalisation and metadata.

- ``offline``: the rule-based event coder (no model, no network).
- ``openai``: any OpenAI-compatible chat-completions endpoint, and the Batch API.
- ``replay``: answers from response fixtures.
- ``function``: a plain Python function (``diplosum.testing.FunctionBackend``).
- ``wrappers``: chunking long articles and client-side rate limits, around any backend.

Any object with the attributes and methods of ``Backend`` can be passed as
``Summariser(backend=...)``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from ..models import ArticleSummary, Usage

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["Backend", "Extraction", "make_backend"]


@dataclasses.dataclass(frozen=True)
class Extraction:
    """What a backend returns for one article.

    ``output`` is the answer as the response schema has it (a dict, as a model sends it;
    or an ``ArticleSummary``), not yet validated by the pipeline nor grounded. ``usage``
    and ``attempts`` are what producing it took (re-asks and retries included),
    ``cost_usd`` what that cost in dollars (``None`` if unknown), ``raw_response`` the last
    raw response body where there is one (for recording fixtures), ``batch`` whether it
    came from the Batch API.
    """

    output: Mapping[str, Any] | ArticleSummary
    model: str
    usage: Usage = dataclasses.field(default_factory=Usage)
    attempts: int = 0
    cost_usd: float | None = None
    raw_response: dict[str, Any] | None = None
    batch: bool = False

    def output_json(self) -> dict[str, Any]:
        """``output`` as plain JSON data (for the cache and fixtures)."""
        if isinstance(self.output, ArticleSummary):
            return self.output.model_dump(mode="json", exclude_defaults=True)
        data: dict[str, Any] = json.loads(json.dumps(dict(self.output)))
        return data


@runtime_checkable
class Backend(Protocol):
    """The seam between the pipeline and whatever answers.

    ``name`` and ``model`` are reported in each summary's ``meta``. ``reads_prompt`` says
    whether the answer depends on the rendered prompt (when false, the pipeline neither
    renders nor hashes one). ``cache_identity()`` returns everything besides the article,
    the messages and the schema that changes the answer (never a secret), or ``None`` for
    a backend whose answers are not worth caching (cheaper to recompute than to look up).

    A backend that reads the article's date itself may also set ``reads_published = True``:
    the pipeline then calls ``extract`` and ``aextract`` with ``published=`` too (the date
    given or found in the dateline, or ``None``). Without it, they are called as below.
    """

    name: str
    model: str
    reads_prompt: bool

    def cache_identity(self) -> dict[str, Any] | None:
        """What else changes the answer, or ``None`` to leave it uncached."""
        ...

    def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        """Answer for ``article`` (rendered into ``messages`` when ``reads_prompt``)."""
        ...

    async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        """``extract`` without blocking the event loop."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...

    async def aclose(self) -> None:
        """Release connections from async code."""
        ...


def make_backend(settings: Settings) -> Backend:
    """The built-in backend ``settings.backend`` names."""
    if settings.backend == "offline":
        from .offline import OfflineBackend

        return OfflineBackend()
    if settings.backend == "replay":
        from .replay import ReplayBackend

        return ReplayBackend(settings)
    from .openai import OpenAIBackend

    return OpenAIBackend(settings)
