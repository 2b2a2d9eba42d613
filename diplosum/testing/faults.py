"""Faults on purpose: a responder that injects them, and a soak run that counts losses.

``FaultyResponder(inner, rate, seed)`` answers like ``inner`` except for ``rate`` of the
requests, which get one of: 429 and 500 (asking to wait 10 ms), a connection dropped
mid-answer, tool arguments that are not JSON (re-asked), or a refusal (not retried).
Faults are drawn from a seeded generator; ``counts`` says how many of each were sent.
Turn it off (``enabled = False``) to let a rerun finish.

``soak(rate, n)`` sends ``n`` articles through a loopback server with that responder and
checks as it goes that nothing is lost or duplicated: every article comes back once,
summarised or with a typed error and a reason; the cache holds exactly the summarised
ones; a rerun against the recovered server asks only for the failed ones and finishes.
"""

from __future__ import annotations

import random
import tempfile
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..cache import Cache
from ..runner import summarise_many
from .server import FakeOpenAIServer, Reply, completion_for, echo_responder

__all__ = ["FAULT_KINDS", "FaultyResponder", "soak"]

FAULT_KINDS = ("429", "500", "drop", "bad json", "refusal")


def _fault(kind: str, request: dict[str, Any]) -> Reply:
    if kind in ("429", "500"):
        error = {"error": {"message": "slow down" if kind == "429" else "boom"}}
        return Reply(int(kind), body=error, headers={"retry-after-ms": "10"})
    if kind == "drop":
        return Reply(body=completion_for(request, {}), close_early=True)
    body = completion_for(request, {"headline": "h", "summary": "s"})
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if kind == "bad json":
        arguments = "{not json"
        if request.get("tools"):
            name = request["tools"][0]["function"]["name"]
            function: dict[str, Any] = {"name": name, "arguments": arguments}
            message["tool_calls"] = [{"id": "c1", "type": "function", "function": function}]
        else:
            message["content"] = arguments
    else:
        message["refusal"] = "I can't help with that."
    body["choices"] = [{"index": 0, "finish_reason": "stop", "message": message}]
    return Reply(body=body)


class FaultyResponder:
    """``inner``'s answers, with a fault for ``rate`` of the requests (seeded)."""

    def __init__(
        self, inner: Callable[[dict[str, Any]], Reply], rate: float, *, seed: int = 20261123
    ) -> None:
        self.inner = inner
        self.rate = rate
        self.enabled = True
        self.counts: Counter[str] = Counter()
        self._chance = random.Random(seed)
        self._lock = threading.Lock()

    def __call__(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            kind = (
                self._chance.choice(FAULT_KINDS)
                if self.enabled and self._chance.random() < self.rate
                else None
            )
            if kind is not None:
                self.counts[kind] += 1
        return self.inner(request) if kind is None else _fault(kind, request)


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in sorted(counter.items())) or "none"


def soak(rate: float, n: int = 500, *, concurrency: int = 16) -> str:
    """Soak ``n`` articles at ``rate`` faults; one summary line, or ``AssertionError``."""
    articles = [
        {"id": f"s{i}", "text": f"Soak article {i}: envoys of two states met for talks. " * 2}
        for i in range(n)
    ]
    faulty = FaultyResponder(echo_responder(), rate)
    with tempfile.TemporaryDirectory() as folder, FakeOpenAIServer(faulty) as server:

        def run() -> list[Any]:
            return summarise_many(
                articles, concurrency=concurrency, base_url=server.url, api_key="sk-soak",
                cache_dir=folder, max_retry_wait=5, validation_retries=1,
            )  # fmt: skip

        results = run()
        first = len(server.requests)
        failed = [r for r in results if not r.ok]
        assert [r.id for r in results] == [a["id"] for a in articles], "lost or duplicated"
        assert all(r.error is not None and str(r.error) for r in failed), "no reason given"
        assert Cache(folder).stats()["entries"] == n - len(failed), "cache disagrees"
        faulty.enabled = False
        rerun = run()
        asked = len(server.requests) - first
        assert asked == len(failed) and all(r.ok for r in rerun), "the rerun did not finish"
    reasons = Counter(type(r.error).__name__ for r in failed)
    return (
        f"soak at {rate:.0%}: {n} articles, {first} requests, {sum(faulty.counts.values())} "
        f"faults injected ({_counts(faulty.counts)}), {n - len(failed)} summarised, "
        f"{len(failed)} failed with reason ({_counts(reasons)}), lost: 0, duplicated: 0; "
        f"rerun requested {asked} and finished all {n}"
    )
