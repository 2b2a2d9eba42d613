"""The offline backend: the rule-based event coder of ``diplosum.event_rules`` as a backend.

No model, no network, no key: deterministic and fast. The pipeline grounds, normalises and
caches its output like any model's answer. Its cache key includes a hash of its rules'
data files, so editing a lexicon invalidates what the old rules produced.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata, resources
from typing import Any

from ..config import Settings
from ..event_rules import extract_summary
from . import Extraction

__all__ = ["OfflineBackend"]


@cache
def _rules_identity() -> str:
    """A hash of the rules' data files and the package version (the rules' code)."""
    try:
        version = metadata.version("diplosum")
    except metadata.PackageNotFoundError:
        version = "unknown"
    digest = hashlib.sha256(version.encode())
    data = resources.files("diplosum").joinpath("data")
    for name in ("lexicon.json", "actors_extra.json", "countries.json"):
        digest.update(data.joinpath(name).read_bytes())
    return digest.hexdigest()


class OfflineBackend:
    """The rule-based extractor as a backend: deterministic, fast, no network."""

    name = "offline"
    reads_prompt = False
    model = "rules-v1"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def cache_identity(self) -> dict[str, Any]:
        return {"rules": _rules_identity()}

    def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        return Extraction(summary=extract_summary(article), model=self.model)

    async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        return self.extract(messages, article=article)

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""
