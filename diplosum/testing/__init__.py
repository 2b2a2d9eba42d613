"""Test helpers: a backend that is a plain function, and a real OpenAI-compatible HTTP
server on 127.0.0.1, scripted or replaying.

For the pipeline in process, with no HTTP::

    from diplosum import Summariser
    from diplosum.testing import FunctionBackend

    def answer(article: str) -> dict:      # the model's answer, as the schema has it
        return {"headline": "...", "summary": "...", "meetings": [...]}

    with Summariser(backend=FunctionBackend(answer)) as s:
        summary = s.summarise(text)         # validated and grounded like a model's answer

For HTTP behaviour (retries, headers, timeouts), in our tests and users' own::

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

from ..backends.function import FunctionBackend
from .faults import FaultyResponder, soak
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
    "FaultyResponder",
    "FunctionBackend",
    "ReceivedRequest",
    "ReplayResponder",
    "Reply",
    "completion_for",
    "echo_responder",
    "soak",
]
