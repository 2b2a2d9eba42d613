"""Test helpers: a real OpenAI-compatible HTTP server on 127.0.0.1, scripted or replaying.

For our tests and for users' own offline test suites::

    from diplosum.testing import FakeOpenAIServer, Reply, ReplayResponder

    with FakeOpenAIServer(ReplayResponder("fixtures/responses", "fixtures/articles")) as srv:
        srv.script(Reply(429, headers={"Retry-After": "1"}))   # first request only
        summary = summarise(text, base_url=srv.url, api_key="test", cache=False)
        assert len(srv.requests) == 2

The server also emulates the subset of the Files and Batches endpoints the openai SDK uses
for the Batch API (``diplosum.testing.batch``): an uploaded batch is answered at once by the
same responder, line by line.
"""

from __future__ import annotations

from .server import (
    FakeOpenAIServer,
    ReceivedRequest,
    ReplayResponder,
    Reply,
    completion_for,
    echo_responder,
)

__all__ = [
    "FakeOpenAIServer",
    "ReceivedRequest",
    "ReplayResponder",
    "Reply",
    "completion_for",
    "echo_responder",
]
