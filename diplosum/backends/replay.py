"""The replay backend: answers from response fixtures, no network, no key.

For demos, documentation and users' own offline tests. It goes through the same pipeline
as a live model (validation, grounding, metadata); only the answer comes from disk, so it
is not cached.
An article with no fixture, or a fixture made for another prompt or schema, is a
``FixtureError`` that says how to re-record.
"""

from __future__ import annotations

from typing import Any

from ..config import Settings
from ..errors import FixtureError
from ..fixtures import article_sha256, load_fixtures
from ..prompts import load_template
from . import Extraction

__all__ = ["ReplayBackend"]


class ReplayBackend:
    """Replays fixtures from ``settings.fixtures_dir``, matched by the article's SHA-256."""

    name = "replay"
    reads_prompt = True

    def __init__(self, settings: Settings) -> None:
        assert settings.fixtures_dir is not None  # resolve_settings guarantees it
        self.folder = settings.fixtures_dir
        self.fixtures = load_fixtures(self.folder)
        self._template = load_template(settings.template, settings.prompts_dir)
        self.model = "replay"

    def cache_identity(self) -> dict[str, Any] | None:
        return None

    def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        fixture = self.fixtures.get(article_sha256(article))
        if fixture is None:
            raise FixtureError(
                f"no fixture in {str(self.folder)!r} for this article "
                f"(sha256 {article_sha256(article)[:12]})"
            )
        fixture.check_current(self._template)
        label = fixture.provenance.get("model") or fixture.provenance.get("source", "fixture")
        return Extraction(output=fixture.output, model=f"replay:{label}", cost_usd=0.0)

    async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        return self.extract(messages, article=article)

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""
