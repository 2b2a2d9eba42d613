"""The whole model path (openai SDK -> instructor -> validation) against a real loopback server."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import pytest

from diplosum import (
    AuthenticationError,
    ModelCallError,
    SummaryValidationError,
    asummarise,
    summarise,
)
from diplosum.testing import FakeOpenAIServer, Reply, completion_for

from .conftest import TEST_KEY


def _error(status: int, message: str = "scripted failure", **headers: str) -> Reply:
    return Reply(status, body={"error": {"message": message, "type": "test"}}, headers=headers)


def test_summary_comes_back_validated_and_grounded(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    summary = summarise(article, **live)
    assert len(server.requests) == 1
    assert {frozenset(a.country for a in m.participants) for m in summary.meetings} >= {
        frozenset({"USA", "KOR"}),
        frozenset({"USA", "JPN"}),
        frozenset({"USA", "PRK"}),
    }
    for section in (summary.meetings, summary.goals, summary.sanctions, summary.stances):
        for item in section:
            for ev in item.evidence:
                assert ev.start is not None and ev.end is not None
                assert article[ev.start : ev.end] == ev.quote
    assert summary.meta is not None
    assert summary.meta.backend == "openai"
    assert summary.meta.attempts == 1
    assert summary.meta.usage.total_tokens == 150
    assert summary.meta.cached is False


def test_tools_mode_forces_a_tool_call_and_turns_sdk_retries_off(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    summarise(article, **live)
    body = server.requests[0].body
    assert body["tools"][0]["function"]["parameters"]["properties"]["meetings"]
    assert "response_format" not in body
    # The SDK reports its own retry count; ours is the only retry layer.
    assert server.requests[0].headers["x-stainless-retry-count"] == "0"


def test_json_schema_mode_sends_response_format(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    summary = summarise(article, mode="json_schema", **live)
    body = server.requests[0].body
    assert body["response_format"]["type"] == "json_schema"
    assert "tools" not in body
    assert len(summary.meetings) == 5


def test_429_with_retry_after_waits_then_succeeds(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    server.script(_error(429, "rate limited", **{"Retry-After": "2"}))
    began = time.monotonic()
    summary = summarise(article, **live)
    elapsed = time.monotonic() - began
    assert len(server.requests) == 2
    assert elapsed >= 2.0
    assert summary.meta is not None and summary.meta.attempts == 2
    gap = server.requests[1].at - server.requests[0].at
    assert gap >= 2.0


def test_retry_after_as_http_date_and_retry_after_ms(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    def unavailable_until_soon(_: dict[str, Any]) -> Reply:
        # Dated when the request arrives (the first call of a process may take seconds to
        # get here). An HTTP date has 1 s resolution: 3 s ahead is at least 2 s ahead once
        # truncated, so the wait is over 1.5 s however slowly a loaded machine reads it.
        soon = email.utils.formatdate(time.time() + 3, usegmt=True)
        return _error(503, **{"Retry-After": soon})

    server.script(unavailable_until_soon, _error(429, **{"retry-after-ms": "300"}))
    summarise(article, **live)
    assert len(server.requests) == 3
    assert server.requests[1].at - server.requests[0].at >= 1.5
    assert server.requests[2].at - server.requests[1].at >= 0.3


def test_401_fails_at_once_with_a_typed_error_and_no_key(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    # Real providers echo part of the key back; the message must not carry it on.
    server.script(_error(401, f"Incorrect API key provided: {TEST_KEY}"))
    with pytest.raises(AuthenticationError) as caught:
        summarise(article, **live)
    assert len(server.requests) == 1
    assert caught.value.status == 401
    assert caught.value.attempts == 1
    assert TEST_KEY not in str(caught.value)
    assert TEST_KEY[10:] not in repr(caught.value)
    assert "OPENAI_API_KEY" in str(caught.value)


@pytest.mark.parametrize("status", [400, 403, 404, 422])
def test_client_errors_are_never_retried(
    server: FakeOpenAIServer, live: dict[str, Any], article: str, status: int
) -> None:
    server.script(_error(status))
    with pytest.raises(ModelCallError) as caught:
        summarise(article, **live)
    assert len(server.requests) == 1
    assert caught.value.status == status


@pytest.mark.parametrize("status", [408, 409, 500, 502, 503])
def test_transient_statuses_are_retried(
    server: FakeOpenAIServer, live: dict[str, Any], article: str, status: int
) -> None:
    server.script(_error(status, **{"retry-after-ms": "10"}))
    summary = summarise(article, **live)
    assert len(server.requests) == 2
    assert summary.meetings


def test_attempts_are_capped(server: FakeOpenAIServer, live: dict[str, Any], article: str) -> None:
    server.script(*[_error(500, **{"retry-after-ms": "10"})] * 10)
    with pytest.raises(ModelCallError) as caught:
        summarise(article, max_attempts=3, **live)
    assert len(server.requests) == 3
    assert caught.value.status == 500
    assert caught.value.attempts == 3
    assert "after 3 requests" in str(caught.value)


def test_a_wait_beyond_the_budget_stops_instead_of_sleeping(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    server.script(_error(429, **{"Retry-After": "3600"}))
    began = time.monotonic()
    with pytest.raises(ModelCallError) as caught:
        summarise(article, max_retry_wait=5, **live)
    assert time.monotonic() - began < 5
    assert len(server.requests) == 1
    assert caught.value.status == 429
    assert caught.value.retry_after == 3600


def test_timeouts_are_retried_then_reported(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    server.script(Reply(delay=1.0, body={}), Reply(delay=1.0, body={}))
    with pytest.raises(ModelCallError) as caught:
        summarise(article, timeout=0.3, max_attempts=2, **live)
    assert caught.value.status is None
    assert "did not answer within 0.3 s" in str(caught.value)
    assert caught.value.attempts == 2


def test_connection_refused_is_a_model_call_error(article: str) -> None:
    with FakeOpenAIServer() as srv:
        url = srv.url
    with pytest.raises(ModelCallError) as caught:
        summarise(
            article, base_url=url, api_key=TEST_KEY, cache=False, max_attempts=2, max_retry_wait=3
        )
    assert "cannot reach" in str(caught.value)
    assert caught.value.attempts == 2


def test_invalid_output_is_re_asked_and_usage_summed(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    def one_participant(request: dict[str, Any]) -> Reply:
        bad = {
            "headline": "h",
            "summary": "s",
            "meetings": [{"participants": [], "status": "held", "evidence": [{"quote": "met"}]}],
        }
        return Reply(body=completion_for(request, bad))

    server.script(one_participant)
    summary = summarise(article, **live)
    assert len(server.requests) == 2
    assert summary.meta is not None
    assert summary.meta.attempts == 2
    assert summary.meta.usage.total_tokens == 300
    # The re-ask tells the model what was wrong.
    reask = " ".join(str(m.get("content")) for m in server.requests[1].body["messages"])
    assert "participants" in reask


def test_output_that_never_validates_raises_with_raw_output(article: str) -> None:
    bad = {
        "headline": "h",
        "summary": "s",
        "stances": [
            {
                "actor": {"name": "X", "kind": "state", "country": "USA"},
                "topic": "t",
                "position": "ATLANTEAN",
                "evidence": [{"quote": "q"}],
            }
        ],
    }
    with FakeOpenAIServer(lambda req: Reply(body=completion_for(req, bad))) as srv:
        with pytest.raises(SummaryValidationError) as caught:
            summarise(
                article, base_url=srv.url, api_key=TEST_KEY, cache=False, validation_retries=1
            )
        assert len(srv.requests) == 2
    assert caught.value.attempts == 2
    assert caught.value.raw_output is not None and "ATLANTEAN" in caught.value.raw_output
    assert any("position" in e["loc"] for e in caught.value.errors)


def test_a_body_that_is_not_json_is_retried_then_reported(article: str) -> None:
    with FakeOpenAIServer(lambda req: Reply(body="{not json")) as srv:
        with pytest.raises(ModelCallError) as caught:
            summarise(
                article,
                base_url=srv.url,
                api_key=TEST_KEY,
                cache=False,
                max_attempts=2,
                validation_retries=0,
            )
        assert len(srv.requests) == 2
    assert "not JSON" in str(caught.value)
    assert caught.value.attempts == 2


def test_a_garbled_body_once_then_a_good_answer_succeeds(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    server.script(Reply(body="{not json"))
    summary = summarise(article, validation_retries=0, **live)
    assert len(server.requests) == 2
    assert summary.meetings


async def test_async_path_retries_and_succeeds(
    server: FakeOpenAIServer, live: dict[str, Any], article: str
) -> None:
    server.script(_error(503, **{"retry-after-ms": "50"}))
    summary = await asummarise(article, **live)
    assert len(server.requests) == 2
    assert summary.meta is not None and summary.meta.attempts == 2
    assert len(summary.stances) == 5
