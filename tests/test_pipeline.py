"""The pipeline in process, through the public backend seam (``FunctionBackend``)."""

from __future__ import annotations

from typing import Any

import pytest

from diplosum import (
    Backend,
    Extraction,
    Summariser,
    SummaryValidationError,
    UnexpectedError,
    summarise,
    summarise_many,
)
from diplosum.testing import FunctionBackend

KONO = "Sullivan on Friday met separately with South Korean and Japanese foreign ministers"


def _answer(**sections: Any) -> dict[str, Any]:
    return {"headline": "Sullivan meets Kono", "summary": "Talks.", **sections}


def _meeting(quote: str) -> dict[str, Any]:
    return {
        "participants": [
            {"name": "John Sullivan", "kind": "person", "country": "USA"},
            {"name": "Taro Kono", "kind": "person", "country": "JPN"},
        ],
        "status": "held",
        "evidence": [{"quote": quote}],
    }


def test_a_functions_answer_is_grounded_and_an_invented_quote_ends_in_rejected(
    article: str,
) -> None:
    backend = FunctionBackend(
        lambda text: _answer(meetings=[_meeting(KONO), _meeting("Kono and Sullivan hugged")])
    )
    with Summariser(backend=backend) as summariser:
        summary = summariser.summarise(article, published="2018-03-17")
    assert isinstance(backend, Backend)
    assert backend.calls == [article]
    (meeting,) = summary.meetings
    quote = meeting.evidence[0]
    assert article[quote.start : quote.end] == quote.quote  # type: ignore[index]
    assert meeting.date == "2018-03-16"
    (rejected,) = summary.rejected
    assert rejected.quote == "Kono and Sullivan hugged"
    assert rejected.reason.startswith("item removed: no evidence quote found")
    assert summary.meta is not None and summary.meta.backend == "function"


def test_fields_the_library_fills_are_never_taken_from_an_answer(article: str) -> None:
    sent = _answer(
        meetings=[_meeting(KONO) | {"date": "1999-01-01"}],
        unattributed=3,
        rejected=[{"section": "goals", "item": {}, "reason": "made up by the model"}],
        meta={"backend": "forged", "model": "m", "prompt": {"name": "x", "sha256": "y"}},
    )
    sent["meetings"][0]["evidence"][0].update(start=0, end=5)
    summary = summarise(article, backend=FunctionBackend(lambda text: sent))
    assert summary.rejected == [] and summary.unattributed == 0
    assert summary.meta is not None and summary.meta.backend == "function"
    quote = summary.meetings[0].evidence[0]
    assert (quote.start, quote.end) != (0, 5)
    assert summary.meetings[0].date != "1999-01-01"


def test_an_answer_that_does_not_fit_the_schema_is_a_typed_error(article: str) -> None:
    with pytest.raises(SummaryValidationError) as caught:
        summarise(article, backend=FunctionBackend(lambda text: {"headline": "no summary"}))
    assert "summary" in str(caught.value)
    assert caught.value.raw_output is not None and "no summary" in caught.value.raw_output
    huge = FunctionBackend(lambda text: {"headline": "x" * 1_000_000, "summary": "s"})
    with pytest.raises(SummaryValidationError, match="at most 300"):
        summarise(article, backend=huge)


def test_one_bad_answer_never_sinks_a_run(article: str) -> None:
    def answer(text: str) -> dict[str, Any]:
        if "boom" in text:
            raise RuntimeError("a bug in a custom backend")
        return _answer()

    results = summarise_many(["boom", article], backend=FunctionBackend(answer))
    assert isinstance(results[0].error, UnexpectedError)
    assert isinstance(results[0].error.__cause__, RuntimeError)
    assert results[1].ok


def test_summaries_are_frozen_and_items_share_nothing_mutable(article: str) -> None:
    from pydantic import ValidationError

    summary = summarise(article, backend="offline")
    with pytest.raises(ValidationError):
        summary.meetings[0].participants[0].country = "FRA"  # type: ignore[misc]
    answer = _answer(meetings=[_meeting(KONO)])
    backend = FunctionBackend(lambda text: answer)
    first = summarise(article, backend=backend)
    answer["meetings"].clear()  # the caller's dict is theirs; the summary is unaffected
    assert first.meetings and summarise(article, backend=backend).meetings == []


def test_a_custom_backend_object_is_taken_as_it_is(article: str) -> None:
    class Constant:
        name, model, reads_prompt = "constant", "c-1", True

        def __init__(self) -> None:
            self.seen: list[list[dict[str, str]]] = []

        def cache_identity(self) -> dict[str, Any] | None:
            return None

        def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
            self.seen.append(messages)
            return Extraction(output=_answer(meetings=[_meeting(KONO)]), model="c-1")

        async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
            return self.extract(messages, article=article)

        def close(self) -> None:
            pass

        async def aclose(self) -> None:
            pass

    backend = Constant()
    summary = summarise(article, backend=backend, published="2018-03-17")
    assert summary.meta is not None and summary.meta.model == "c-1"
    assert "2018-03-17" in backend.seen[0][1]["content"]  # it reads the rendered prompt
