"""The loopback server behind ``diplosum.testing`` (see the package docstring).

For our tests and for users' own offline test suites::

    from diplosum.testing import FakeOpenAIServer, Reply, ReplayResponder

    with FakeOpenAIServer(ReplayResponder("fixtures/responses", "fixtures/articles")) as srv:
        srv.script(Reply(429, headers={"Retry-After": "1"}))   # first request only
        summary = summarise(text, base_url=srv.url, api_key="test", cache=False)
        assert len(srv.requests) == 2

It speaks the chat-completions wire format the openai SDK parses: a forced tool call when
the request has ``tools``, JSON message content for ``response_format`` requests. Scripted
replies are served first, in order; then the responder answers. Authorization headers are
never stored.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from ..errors import FixtureError
from ..fixtures import article_sha256, load_fixtures
from ..prompts import PromptTemplate, load_template
from .batch import BatchStore

__all__ = [
    "FakeOpenAIServer",
    "ReceivedRequest",
    "ReplayResponder",
    "Reply",
    "completion_for",
    "echo_responder",
]


@dataclasses.dataclass
class Reply:
    """One scripted HTTP answer. ``body``: a dict (sent as JSON), str or bytes (sent raw)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    delay: float = 0.0
    #: Send half the body, then drop the connection (a connection lost mid-answer).
    close_early: bool = False
    #: Send the body one byte at a time, this many seconds apart (a server that trickles).
    trickle: float = 0.0


@dataclasses.dataclass
class ReceivedRequest:
    """A request the server received (without its Authorization header)."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    at: float


Responder = Callable[[dict[str, Any]], Reply]


def completion_for(
    request: dict[str, Any],
    output: dict[str, Any],
    *,
    usage: tuple[int, int] = (100, 50),
    finish_reason: str | None = None,
) -> dict[str, Any]:
    """A chat completion answering ``request`` with ``output``, in the real wire format."""
    arguments = json.dumps(output, ensure_ascii=False)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if request.get("tools"):
        name = request["tools"][0]["function"]["name"]
        message["tool_calls"] = [
            {
                "id": f"call_{uuid.uuid4().hex[:12]}",
                "type": "function",
                "function": {"name": name, "arguments": arguments},
            }
        ]
        reason = finish_reason or "tool_calls"
    else:
        message["content"] = arguments
        reason = finish_reason or "stop"
    prompt, completion = usage
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake-model"),
        "choices": [{"index": 0, "message": message, "finish_reason": reason}],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
    }


def _article_in(request: dict[str, Any]) -> str:
    """The article between our template's markers, in whichever message holds it."""
    for message in request.get("messages") or []:
        content = str(message.get("content") or "")
        start, end = content.find("<<<ARTICLE\n"), content.rfind("\nARTICLE>>>")
        if 0 <= start < end:
            return content[start + len("<<<ARTICLE\n") : end]
    return str((request.get("messages") or [{}])[-1].get("content", ""))


def echo_responder(delay: float = 0.0) -> Responder:
    """Answers any article with a small valid summary quoting its first words.

    For load and fault tests with many distinct articles: one stance by the United States
    whose evidence is the article's first 40 characters, so grounding keeps it.
    """

    def respond(request: dict[str, Any]) -> Reply:
        article = _article_in(request)
        quote = article.strip()[:40].strip() or "x"
        output = {
            "headline": quote[:20] or "Untitled",
            "summary": quote,
            "stances": [
                {
                    "actor": {"name": "United States", "kind": "state", "country": "USA"},
                    "topic": "the article",
                    "position": "neutral",
                    "evidence": [{"quote": quote}],
                }
            ],
        }
        return Reply(body=completion_for(request, output), delay=delay)

    return respond


class ReplayResponder:
    """Answers each request with the fixture whose article appears in its messages.

    ``fixtures_dir`` holds ``<id>.json`` fixtures, ``articles_dir`` the ``<id>.txt``
    articles they were made from. Stale fixtures (another prompt or schema) are refused
    when the responder is built, with the command to re-record them.
    """

    def __init__(
        self,
        fixtures_dir: str | Path,
        articles_dir: str | Path,
        *,
        template: PromptTemplate | None = None,
    ) -> None:
        current = template or load_template()
        self._by_text: dict[str, dict[str, Any]] = {}
        fixtures = load_fixtures(Path(fixtures_dir))
        for article_path in sorted(Path(articles_dir).glob("*.txt")):
            text = article_path.read_text(encoding="utf-8")
            fixture = fixtures.get(article_sha256(text))
            if fixture is None:
                continue
            fixture.check_current(current)
            self._by_text[text] = {"output": fixture.output, "response": fixture.response}
        if not self._by_text:
            raise FixtureError(f"no fixture in {fixtures_dir} matches an article in {articles_dir}")

    def __call__(self, request: dict[str, Any]) -> Reply:
        prompt = "\n".join(str(m.get("content", "")) for m in request.get("messages", []))
        for text, fixture in self._by_text.items():
            if text in prompt:
                if fixture["response"] is not None:
                    return Reply(body=fixture["response"])
                return Reply(body=completion_for(request, fixture["output"]))
        return Reply(404, body={"error": {"message": "no fixture for this article"}})


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read ``requests`` instead."""

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != "authorization"}
        owner = self.server.owner
        owner._record(ReceivedRequest(self.command, self.path, headers, body, time.time()))
        routed = owner.batches.route(self.command, self.path, headers, raw, owner._answer)
        reply = (
            routed
            if routed is not None
            else owner._next_reply(body if isinstance(body, dict) else {})
        )
        if reply.delay:
            time.sleep(reply.delay)
        payload = (
            reply.body
            if isinstance(reply.body, bytes)
            else reply.body.encode("utf-8")
            if isinstance(reply.body, str)
            else json.dumps(reply.body if reply.body is not None else {}).encode("utf-8")
        )
        try:
            self.send_response(reply.status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if reply.close_early:
                self.wfile.write(payload[: len(payload) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if reply.trickle:
                self._trickle(payload, reply.trickle)
                return
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to answer

    def _trickle(self, payload: bytes, gap: float) -> None:
        owner = self.server.owner
        for index in range(len(payload)):
            if owner._stopping.wait(gap):
                return
            self.wfile.write(payload[index : index + 1])
            self.wfile.flush()

    do_POST = _handle
    do_GET = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The stdlib default backlog of 5 throttles bursts of concurrent connections.
    request_queue_size = 256
    owner: FakeOpenAIServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up (timeouts, dropped connections) are expected here."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeOpenAIServer:
    """A real HTTP server on 127.0.0.1 speaking the chat-completions API."""

    def __init__(self, responder: Responder | None = None) -> None:
        self._responder = responder
        self._scripted: deque[Reply | Responder] = deque()
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self.requests: list[ReceivedRequest] = []
        self.batches = BatchStore()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._stopping = threading.Event()
        # A short poll interval: stopping waits for the serving loop's next poll.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        """The base URL to pass as ``base_url``."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def script(self, *replies: Reply | Responder) -> None:
        """Queue replies (or one-off responders) for the next requests, in order."""
        with self._lock:
            self._scripted.extend(replies)

    def wait_for_requests(self, count: int, timeout: float = 60.0) -> bool:
        """Block until ``count`` requests have arrived (or ``timeout`` seconds have passed);
        whether they did. For a test that interrupts a run part-way through."""
        with self._arrived:
            return self._arrived.wait_for(lambda: len(self.requests) >= count, timeout)

    def _record(self, request: ReceivedRequest) -> None:
        with self._arrived:
            self.requests.append(request)
            self._arrived.notify_all()

    def _next_reply(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            scripted = self._scripted.popleft() if self._scripted else None
        if isinstance(scripted, Reply):
            return scripted
        if scripted is not None:
            return scripted(body)
        if self._responder is None:
            return Reply(500, body={"error": {"message": "no responder and nothing scripted"}})
        return self._responder(body)

    def _answer(self, body: dict[str, Any]) -> Reply:
        """The responder's answer to one batch line (scripted replies are for live calls)."""
        if self._responder is None:
            return Reply(500, body={"error": {"message": "no responder"}})
        return self._responder(body)

    def start(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
