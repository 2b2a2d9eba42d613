"""The one exception tree of diplosum.

Every error the library raises on purpose is a ``DiplosumError``::

    DiplosumError
    ├── ConfigError              a setting is missing or wrong; the message says what to set
    ├── InputError               the article itself is unusable (empty, not text, ...)
    ├── ModelCallError           the model endpoint could not be reached or refused the call
    │   │                        (.status, .attempts, .retry_after)
    │   └── AuthenticationError  401/403: the key is missing, wrong or not allowed this model
    ├── SummaryValidationError   the model answered, but never with a valid summary
    │                            (.raw_output, .errors, .attempts)
    ├── CacheError               the cache file cannot be opened or written
    ├── FixtureError             a recorded fixture is missing or no longer matches the
    │                            prompt or schema it was recorded with
    └── UnexpectedError          an exception nobody expected while summarising one article
                                 (a bug here or in a custom backend; ``__cause__`` holds it)

``stops_run`` is true for errors that would end every other article of a run the same way
(``ConfigError``, ``AuthenticationError``, a ``ModelCallError`` with status 404: a model or
endpoint that does not exist): runners stop at the first instead of repeating it.

Messages never contain the API key: they are built from status codes, counts and the
provider's error text (redacted), never from request headers.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AuthenticationError",
    "CacheError",
    "ConfigError",
    "DiplosumError",
    "FixtureError",
    "InputError",
    "ModelCallError",
    "SummaryValidationError",
    "UnexpectedError",
]


class DiplosumError(Exception):
    """Base class of every error diplosum raises on purpose."""

    #: Whether the same error would end every other article of the run (see above).
    stops_run: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross process boundaries (the offline coder's worker processes), and
        # Exception's own pickling keeps only ``args``: keep the details too.
        return (_rebuild, (type(self), self.args, dict(vars(self))))


def _rebuild(cls: type[DiplosumError], args: tuple[Any, ...], details: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(details)
    return error


class ConfigError(DiplosumError):
    """A setting is missing or invalid; the message names the argument or variable to set."""

    stops_run = True


class InputError(DiplosumError):
    """The article cannot be summarised as given (empty, undecodable, wrong type)."""


class ModelCallError(DiplosumError):
    """The model call failed at the transport or HTTP level, after any retries.

    ``status`` is the last HTTP status (``None`` for connection errors and timeouts),
    ``attempts`` the number of HTTP requests made, ``retry_after`` the wait the provider
    last asked for, in seconds, if it asked.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        attempts: int = 1,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.attempts = attempts
        self.retry_after = retry_after
        # A model or endpoint that does not exist fails every article alike.
        self.stops_run = type(self).stops_run or status == 404


class AuthenticationError(ModelCallError):
    """The endpoint rejected the credentials (HTTP 401 or 403). Never retried."""

    stops_run = True


class SummaryValidationError(DiplosumError):
    """The model answered, but no answer validated within the re-ask budget.

    ``raw_output`` is the last answer as the model sent it (tool arguments or message
    content), ``errors`` the validation errors of that answer (pydantic's ``errors()``
    format), ``attempts`` the number of requests made.
    """

    def __init__(
        self,
        message: str,
        *,
        raw_output: str | None,
        errors: list[dict[str, Any]],
        attempts: int,
    ) -> None:
        super().__init__(message)
        self.raw_output = raw_output
        self.errors = errors
        self.attempts = attempts


class CacheError(DiplosumError):
    """The cache database cannot be opened, read or written."""


class FixtureError(DiplosumError):
    """A response fixture is missing, malformed, or stale for the current prompt/schema."""


class UnexpectedError(DiplosumError):
    """An exception diplosum did not expect while summarising one article.

    A bug, in diplosum or in a custom backend: the run reports it for that article and goes
    on. The original exception is ``__cause__``.
    """
