"""The OpenAI-compatible backend: openai SDK -> instructor -> our schema, with transport retries.

Works with OpenAI and any server speaking its chat-completions API (vLLM, Ollama,
llama.cpp server, Azure's OpenAI-compatible endpoint). Two output modes:

- ``tools`` (default): the schema is sent as a forced tool call.
- ``json_schema``: the schema is sent as ``response_format``, for servers without tools.

The SDK's built-in retries are off; ``retry.RetryPolicy`` is the one transport retry layer.
instructor does what it is for, through its mode handlers: it turns our schema into the
request (prepared once), parses and validates each answer, and writes the re-ask message.
The re-ask loop is ours (``validation_retries`` re-asks, for answers that do not validate
or quote text that is not in the article), so every request is counted and its usage
summed. Each request has an overall deadline (``timeout``) however slowly the server
sends, and its answer a size cap (``transport.CappedTransport``).

One async implementation serves both forms: the blocking ``extract`` runs it on a private
event loop thread (one per backend, started on first use), so sync and async callers get
the same deadlines, retries and connection reuse.
"""

from __future__ import annotations

import asyncio
import logging
import re
import weakref
from typing import Any

import httpx2
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException
from instructor.v2.core.providers import Provider
from instructor.v2.core.registry import mode_registry

from ...config import Settings, redact_url
from ...errors import AuthenticationError, ModelCallError, SummaryValidationError
from .. import Extraction
from .answers import PARSE_ERRORS, Answers, CallLog, Unusable
from .loop import LoopThread
from .pricing import price_usd
from .retry import RetryPolicy, in_chain, retry_after_seconds, unwrap
from .transport import CappedTransport, ResponseRefused

__all__ = ["OpenAIBackend"]

# instructor logs every failed attempt at ERROR, provider text included; we report each
# failure once, as a typed error with secrets redacted. Without this handler Python's
# last-resort handler would print those records to stderr of every script and CLI run.
logging.getLogger("instructor").addHandler(logging.NullHandler())

# Servers that need no key (Ollama, llama.cpp) still get a non-empty one: the SDK insists.
_NO_KEY = "not-needed"
# Providers echo part of a wrong key in their error text ("Incorrect API key provided:
# sk-abc...xyz"): anything shaped like a key is cut to its first characters.
_KEY_LIKE = re.compile(r"\b(sk-[A-Za-z0-9_*.-]{3})[A-Za-z0-9_*.-]+")


class OpenAIBackend:
    """Summaries from any OpenAI-compatible chat-completions endpoint."""

    name = "openai"
    reads_prompt = True

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.model
        self.where = redact_url(settings.base_url)
        self.policy = RetryPolicy(
            max_attempts=settings.max_attempts, max_wait=settings.max_retry_wait
        )
        mode = instructor.Mode.TOOLS if settings.mode == "tools" else instructor.Mode.JSON_SCHEMA
        self.answers = Answers(mode_registry.get_handlers(Provider.OPENAI, mode))
        # An async client is bound to the event loop it first ran on: one per loop.
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI]
        self._clients = weakref.WeakKeyDictionary()
        self._loop = LoopThread()

    def __repr__(self) -> str:
        return f"OpenAIBackend(model={self.model!r}, base_url={self.where!r})"

    def cache_identity(self) -> dict[str, Any]:
        s = self.settings
        return {
            "base_url": s.base_url,
            "mode": s.mode,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
            "validation_retries": s.validation_retries,
        }

    def client_options(self) -> dict[str, Any]:
        """Keyword arguments for an openai client (sync or async) of these settings."""
        return {
            "api_key": self.settings.api_key or _NO_KEY,
            "base_url": self.settings.base_url,
            "max_retries": 0,
            "timeout": self.settings.timeout,
        }

    def _client(self) -> openai.AsyncOpenAI:
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None:
            transport = CappedTransport(httpx2.AsyncHTTPTransport())
            http = openai.DefaultAsyncHttpxClient(transport=transport)
            client = openai.AsyncOpenAI(**self.client_options(), http_client=http)
            self._clients[loop] = client
        return client

    def request_body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        """The chat-completions request for ``messages``, as the SDK sends it."""
        request = {**self.answers.prepared, "messages": list(messages), "model": self.model}
        if self.settings.temperature is not None:
            request["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            request["max_tokens"] = self.settings.max_tokens
        return request

    async def _answer(
        self, messages: list[dict[str, str]], article: str, log: CallLog
    ) -> dict[str, Any]:
        """One transport attempt: a request and its re-asks until an answer is taken."""
        client = self._client()
        request, check = self.request_body(messages), self.answers.checker(article)
        for reask in range(self.settings.validation_retries + 1):
            log.request()
            async with asyncio.timeout(self.settings.timeout):
                response = await client.chat.completions.create(**request)
            log.response(response)
            last = reask == self.settings.validation_retries
            output, request = self.answers.parse(response, request, check, log, last)
            if output is not None:
                return output
        raise AssertionError("unreachable: the last parse returns or raises")

    async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        log = CallLog()
        try:
            async for attempt in self.policy.async_retrying(log.should_retry):
                with attempt:
                    output = await self._answer(messages, article, log)
        except Exception as exc:
            raise self.translate_error(exc, log) from None
        return self.extraction(output, log)

    def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        return self._loop.run(self.aextract(messages, article=article))

    def extraction(
        self, output: dict[str, Any], log: CallLog, *, batch: bool = False
    ) -> Extraction:
        """The ``Extraction`` of an answer taken, with any echo of the key removed."""
        reported = getattr(log.last_response, "model", None)
        model = reported if isinstance(reported, str) and reported else self.model
        return Extraction(
            output=self._scrub(output),
            model=model,
            usage=log.usage,
            attempts=log.requests,
            cost_usd=price_usd(model, log.usage, base_url=self.settings.base_url, batch=batch),
            raw_response=self._scrub(log.raw_response()),
            batch=batch,
        )

    def _without_key(self, text: str) -> str:
        key = self.settings.api_key
        return text.replace(key, "***") if key else text

    def _redact(self, text: str) -> str:
        """Provider text made safe to show: the key, and anything shaped like one, cut."""
        return _KEY_LIKE.sub(r"\1***", self._without_key(text))

    def _scrub(self, value: Any) -> Any:
        """``value`` with the key replaced wherever a string holds it (a model may echo it)."""
        if isinstance(value, str):
            return self._without_key(value)
        if isinstance(value, dict):
            return {k: self._scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._scrub(v) for v in value]
        return value

    def translate_error(self, exc: Exception, log: CallLog) -> Exception:
        """Map whatever went wrong to one typed, secret-free ``DiplosumError``."""
        real = unwrap(exc)
        tries = f"after {log.requests} request{'s' if log.requests != 1 else ''}"
        refused = in_chain(exc, ResponseRefused)
        if refused is not None:
            return ModelCallError(f"{self.where}: {refused} {tries}", attempts=log.requests)
        if in_chain(exc, IncompleteOutputException) is not None:
            return SummaryValidationError(
                f"the model's answer was cut off at its token limit {tries}; raise max_tokens "
                "or shorten the article",
                raw_output=self._redact(log.raw_output() or "") or None,
                errors=[{"type": "incomplete_output", "msg": "finish_reason was 'length'"}],
                attempts=log.requests,
            )
        if log.body_unreadable(exc):
            return ModelCallError(
                f"{self.where} answered with a body that is not JSON {tries}; is the base URL "
                "an OpenAI-compatible API?",
                attempts=log.requests,
            )
        if isinstance(real, (Unusable, *PARSE_ERRORS)):
            return self._invalid(real, log, tries)
        if isinstance(real, openai.APIStatusError):
            return self._status_error(real, log, tries)
        if isinstance(real, openai.APITimeoutError | TimeoutError):
            return ModelCallError(
                f"{self.where} did not answer within {self.settings.timeout:g} s {tries}; raise "
                "timeout= (--timeout) if the model is slow",
                attempts=log.requests,
            )
        if isinstance(real, openai.APIConnectionError):
            return ModelCallError(
                f"cannot reach {self.where} {tries}: {self._redact(str(real.__cause__ or real))}",
                attempts=log.requests,
            )
        if isinstance(real, openai.OpenAIError):
            return ModelCallError(
                f"{self.where}: {self._redact(str(real))} {tries}", attempts=log.requests
            )
        return exc

    def _invalid(self, real: BaseException, log: CallLog, tries: str) -> SummaryValidationError:
        raw = self._redact(log.raw_output() or "") or None
        if isinstance(real, Unusable):
            return SummaryValidationError(
                f"{self._redact(str(real))} {tries}",
                raw_output=raw,
                errors=[{"type": "unusable_answer", "msg": str(real)}],
                attempts=log.requests,
            )
        errors: list[dict[str, Any]] = (
            [dict(e) for e in real.errors(include_url=False, include_input=False)]
            if hasattr(real, "errors") and callable(real.errors)
            else [{"type": type(real).__name__, "msg": str(real)[:500]}]
        )
        first = (self._redact(str(real)).splitlines() or [type(real).__name__])[0][:300]
        return SummaryValidationError(
            f"no valid summary {tries} (validation re-asks: {self.settings.validation_retries}); "
            f"last error: {first}",
            raw_output=raw,
            errors=errors,
            attempts=log.requests,
        )

    def _status_error(
        self, real: openai.APIStatusError, log: CallLog, tries: str
    ) -> ModelCallError:
        status, message = real.status_code, self._redact(real.message)
        if isinstance(real, openai.AuthenticationError | openai.PermissionDeniedError):
            return AuthenticationError(
                f"{self.where} refused the credentials (HTTP {status}) {tries}: {message}; check "
                "OPENAI_API_KEY (or api_key=) and that the key may use this model",
                status=status,
                attempts=log.requests,
            )
        asked = retry_after_seconds(real)
        hint = ""
        if status == 404:
            hint = (
                f"; check the model name {self.model!r} (model= / --model / DIPLOSUM_MODEL) and "
                "the base URL"
            )
        elif asked is not None and asked > self.settings.max_retry_wait:
            hint = (
                f"; it asked to wait {asked:g} s, more than max_retry_wait="
                f"{self.settings.max_retry_wait:g} s: raise max_retry_wait (--max-retry-wait) "
                "to wait that long"
            )
        return ModelCallError(
            f"{self.where} answered HTTP {status} {tries}: {message}{hint}",
            status=status,
            attempts=log.requests,
            retry_after=asked,
        )

    def close(self) -> None:
        self._loop.run_if_started(self._aclose_current())
        self._loop.close()

    async def _aclose_current(self) -> None:
        client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.close()

    async def aclose(self) -> None:
        await self._aclose_current()
        self.close()
