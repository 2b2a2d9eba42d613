"""Backends: one adapter per way of getting a summary out of a model.

Each backend turns rendered chat messages into a validated (not yet grounded)
``ArticleSummary``. The pipeline does everything else: input checks, prompts, cache,
grounding and metadata, identically for every backend.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol

from ..config import Settings
from ..models import ArticleSummary, Usage

__all__ = ["Backend", "Extraction", "make_backend"]


@dataclasses.dataclass
class Extraction:
    """What a backend returns for one article."""

    summary: ArticleSummary
    model: str
    usage: Usage = dataclasses.field(default_factory=Usage)
    attempts: int = 0
    raw_response: dict[str, Any] | None = None


class Backend(Protocol):
    """The seam between the pipeline and a model."""

    name: str
    model: str
    #: Whether the answer depends on the rendered prompt. The offline rules read only the
    #: article, so the pipeline neither renders nor hashes a prompt for them.
    reads_prompt: bool

    def cache_identity(self) -> dict[str, Any]:
        """Everything besides the messages that changes the answer. Never a secret."""

    def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        """Summarise synchronously."""

    async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        """Summarise asynchronously."""

    def close(self) -> None:
        """Release connections."""

    async def aclose(self) -> None:
        """Release connections from async code."""


def make_backend(settings: Settings) -> Backend:
    """The backend ``settings.backend`` names."""
    if settings.backend == "offline":
        from .offline import OfflineBackend

        return OfflineBackend(settings)
    if settings.backend == "replay":
        from .replay import ReplayBackend

        return ReplayBackend(settings)
    from .openai_compatible import OpenAIBackend

    return OpenAIBackend(settings)
