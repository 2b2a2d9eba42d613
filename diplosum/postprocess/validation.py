"""Validation: the backend's answer, as the schema has it, becomes an ``ArticleSummary``.

Every answer passes here, whatever backend sent it, before it is cached and grounded.
Fields the library fills (``meta``, ``rejected``, ``unattributed``, a meeting's ``date``
and ``date_precision``, ``attributed``, evidence offsets) are dropped from the answer
first: a model does not set them, however it tries. An answer that does not fit the
schema is a ``SummaryValidationError`` with the errors and the raw answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pydantic

from ..backends import Extraction
from ..errors import SummaryValidationError
from ..models import ArticleSummary

__all__ = ["validated"]


def _raw(extraction: Extraction) -> str | None:
    try:
        return json.dumps(extraction.output_json(), ensure_ascii=False)[:100_000]
    except (TypeError, ValueError, RecursionError):
        return None


# Fields the library fills, by where they sit in an answer: whatever a model sends for them
# is dropped before validation (a forged ``meta`` or a malformed ``date`` is not its to set).
_LIBRARY_FIELDS = {
    "summary": ("meta", "rejected", "unattributed"),
    "meetings": ("date", "date_precision"),
    "goals": ("attributed",),
    "stances": ("attributed",),
    "evidence": ("start", "end"),
}


def _without(value: Any, fields: tuple[str, ...]) -> Any:
    if not isinstance(value, Mapping):
        return value
    return {name: field for name, field in value.items() if name not in fields}


def _answer_fields(output: Mapping[str, Any]) -> dict[str, Any]:
    """``output`` without the fields the library fills (copied where it changes)."""
    answer = _without(output, _LIBRARY_FIELDS["summary"])
    for section in ("meetings", "goals", "sanctions", "stances"):
        items = answer.get(section)
        if not isinstance(items, list):
            continue
        cleaned = []
        for item in items:
            item = _without(item, _LIBRARY_FIELDS.get(section, ()))
            if isinstance(item, dict) and isinstance(item.get("evidence"), list):
                evidence = [_without(e, _LIBRARY_FIELDS["evidence"]) for e in item["evidence"]]
                item = {**item, "evidence": evidence}
            cleaned.append(item)
        answer[section] = cleaned
    return dict(answer)


def validated(extraction: Extraction) -> ArticleSummary:
    """The answer as a summary, without any field the library fills (whatever was sent)."""
    output = extraction.output
    if not isinstance(output, ArticleSummary):
        try:
            output = ArticleSummary.model_validate(_answer_fields(output))
        except (pydantic.ValidationError, RecursionError) as exc:
            errors: list[dict[str, Any]] = (
                [dict(e) for e in exc.errors(include_url=False, include_input=False)]
                if isinstance(exc, pydantic.ValidationError)
                else [{"type": "recursion", "msg": "the answer is nested too deeply"}]
            )
            first = errors[0]
            where = ".".join(str(part) for part in first.get("loc", ()))
            raise SummaryValidationError(
                f"the {extraction.model} answer does not fit the summary schema: "
                f"{len(errors)} error(s), first: {first.get('msg')}"
                + (f" at {where}" if where else ""),
                raw_output=_raw(extraction),
                errors=errors,
                attempts=extraction.attempts,
            ) from None
    if output.meta is None and not output.rejected and not output.unattributed:
        return output
    return output.model_copy(update={"meta": None, "rejected": [], "unattributed": 0})
