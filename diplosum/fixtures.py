"""Response fixtures: model answers saved to JSON so tests and demos run with no network.

One file per article, ``<id>.json``::

    {
      "provenance": {"source": "recorded", "model": "...", "date": "YYYY-MM-DD", ...}
                 or {"source": "hand-written", "author": "...", "date": "...", "note": "..."},
      "article_sha256": "...",        # of the article text exactly as summarised
      "prompt": {"name": "summarise", "sha256": "..."},   # null sha256 for hand-written
      "schema_sha256": "...",         # of ArticleSummary's JSON schema when written
      "output": {...},                # what the model returned (headline, summary, meetings...)
      "response": {...}               # recorded only: the raw chat completion, as received
    }

``check_current`` refuses a fixture whose prompt or schema hash no longer matches the code,
so a stale recording fails loudly instead of passing silently. Hand-written references have
no prompt (nothing was prompted) and are checked against the schema only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from .errors import FixtureError
from .models import schema_sha256
from .prompts import PromptTemplate

__all__ = ["Fixture", "article_sha256", "load_fixtures", "write_recorded_fixture"]

RECORD_COMMAND = "diplosum record ARTICLE... --out DIR (with OPENAI_API_KEY set)"


def article_sha256(article: str) -> str:
    """SHA-256 of the article text exactly as given."""
    return hashlib.sha256(article.encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True)
class Fixture:
    """One fixture file, loaded."""

    path: Path
    provenance: dict[str, Any]
    article_sha256: str
    prompt_sha256: str | None
    schema_sha256: str
    output: dict[str, Any]
    response: dict[str, Any] | None

    @property
    def recorded(self) -> bool:
        return self.provenance.get("source") == "recorded"

    def check_current(self, template: PromptTemplate) -> None:
        """``FixtureError`` if the fixture was made for another prompt or schema."""
        if self.schema_sha256 != schema_sha256():
            raise FixtureError(
                f"fixture {self.path.name} was written for another response schema "
                f"({self.schema_sha256[:12]} != {schema_sha256()[:12]}): "
                + (
                    f"re-record it with `{RECORD_COMMAND}`"
                    if self.recorded
                    else "check the hand-written reference against the new schema and update "
                    "its schema_sha256"
                )
            )
        if self.recorded and self.prompt_sha256 != template.sha256:
            raise FixtureError(
                f"fixture {self.path.name} was recorded with another version of prompt "
                f"{template.name!r} ({str(self.prompt_sha256)[:12]} != {template.sha256[:12]}): "
                f"re-record it with `{RECORD_COMMAND}`"
            )


def _load(path: Path) -> Fixture:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Fixture(
            path=path,
            provenance=dict(data["provenance"]),
            article_sha256=str(data["article_sha256"]),
            prompt_sha256=(data.get("prompt") or {}).get("sha256"),
            schema_sha256=str(data["schema_sha256"]),
            output=dict(data["output"]),
            response=data.get("response"),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FixtureError(f"fixture {str(path)!r} is unreadable or malformed: {exc}") from exc


def load_fixtures(folder: Path) -> dict[str, Fixture]:
    """Every ``*.json`` fixture in ``folder``, keyed by the article's SHA-256."""
    if not folder.is_dir():
        raise FixtureError(f"fixtures folder {str(folder)!r} does not exist")
    fixtures = [_load(p) for p in sorted(folder.glob("*.json"))]
    return {f.article_sha256: f for f in fixtures}


def write_recorded_fixture(
    path: Path,
    *,
    article: str,
    template: PromptTemplate,
    model: str,
    base_url: str,
    output: dict[str, Any],
    response: dict[str, Any] | None,
) -> None:
    """Save one live answer with its provenance. Nothing secret is in any argument."""
    data = {
        "provenance": {
            "source": "recorded",
            "model": model,
            "endpoint": base_url,
            "date": dt.datetime.now(dt.UTC).date().isoformat(),
        },
        "article_sha256": article_sha256(article),
        "prompt": {"name": template.name, "sha256": template.sha256},
        "schema_sha256": schema_sha256(),
        "output": output,
        "response": response,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
