"""Transport retry policy, built on tenacity.

The SDK's own retries are turned off (``max_retries=0``) so the two layers never multiply;
this module is the only place that decides to try a request again.

- Retried: HTTP 408, 409, 429 and every 5xx; timeouts (the SDK's, and a request past its
  overall deadline) and connection errors.
- Never retried: every other status (400, 401, 403, 404, 422, ...), an answer refused
  unread (too large; ``transport.ResponseRefused``) and validation failures, which have
  their own small re-ask budget.
- Wait: what the provider asks for (``retry-after-ms``, then ``Retry-After`` in seconds or
  as an HTTP date), else exponential backoff with full jitter.
- Stop: after ``max_attempts`` requests, or before a wait that would take the total time
  past ``max_wait`` seconds; a provider asking for longer than that stops at once.

instructor wraps provider errors in its own ``InstructorRetryException``; ``unwrap`` finds
the provider error underneath so the decision is made on the real status.
"""

from __future__ import annotations

import dataclasses
import email.utils
import time
from collections.abc import Callable
from typing import Any

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential_jitter,
)

from .transport import ResponseRefused

__all__ = [
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "in_chain",
    "is_retryable",
    "retry_after_seconds",
    "unwrap",
]

RETRYABLE_STATUSES = frozenset({408, 409, 429})


def unwrap(exc: BaseException | None) -> BaseException | None:
    """The provider error behind ``exc`` (under instructor's or tenacity's wrappers), or
    ``exc`` itself when no provider error is in its chain."""
    seen: set[int] = set()
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, openai.APIError):
            return current
        current = current.__cause__ or current.__context__
    return exc


def in_chain(exc: BaseException | None, kind: type[BaseException]) -> BaseException | None:
    """The first exception of type ``kind`` in ``exc``'s cause/context chain, or ``None``."""
    seen: set[int] = set()
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, kind):
            return current
        current = current.__cause__ or current.__context__
    return None


def is_retryable(exc: BaseException) -> bool:
    """True for errors worth another request: 408/409/429/5xx, timeouts, dropped connections."""
    if not isinstance(exc, Exception):
        # An interrupt or a cancellation that lands while a provider error is being
        # handled carries that error in its context: it is still a stop, not a fault.
        return False
    if in_chain(exc, ResponseRefused) is not None:
        return False
    real = unwrap(exc)
    if isinstance(real, openai.APIStatusError):
        return real.status_code in RETRYABLE_STATUSES or real.status_code >= 500
    return isinstance(real, openai.APIConnectionError | TimeoutError)


def retry_after_seconds(exc: BaseException | None) -> float | None:
    """Seconds the provider asked us to wait, from ``retry-after-ms`` or ``Retry-After``."""
    if not isinstance(exc, openai.APIStatusError):
        return None
    headers = exc.response.headers
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        return max(float(email.utils.mktime_tz(parsed)) - time.time(), 0.0)


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry one model call at the transport level."""

    max_attempts: int = 5
    max_wait: float = 120.0
    initial_backoff: float = 1.0
    max_backoff: float = 30.0

    def _wait(self) -> Any:
        backoff = wait_exponential_jitter(initial=self.initial_backoff, max=self.max_backoff)

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            asked = retry_after_seconds(unwrap(exc)) if exc is not None else None
            return asked if asked is not None else float(backoff(state))

        return wait

    def _kwargs(self, should_retry: Callable[[BaseException], bool]) -> dict[str, Any]:
        return {
            "stop": stop_after_attempt(self.max_attempts) | stop_before_delay(self.max_wait),
            "wait": self._wait(),
            "retry": retry_if_exception(should_retry),
            "reraise": True,
        }

    def retrying(self, should_retry: Callable[[BaseException], bool] = is_retryable) -> Retrying:
        """A fresh synchronous tenacity controller with this policy."""
        return Retrying(**self._kwargs(should_retry))

    def async_retrying(
        self, should_retry: Callable[[BaseException], bool] = is_retryable
    ) -> AsyncRetrying:
        """A fresh asynchronous tenacity controller with this policy."""
        return AsyncRetrying(**self._kwargs(should_retry))
