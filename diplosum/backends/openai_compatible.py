"""The OpenAI-compatible backend: openai SDK -> instructor -> our schema, with transport retries.

Works with OpenAI and any server speaking its chat-completions API (vLLM, Ollama,
llama.cpp server, Azure's OpenAI-compatible endpoint). Two output modes:

- ``tools`` (default): the schema is sent as a forced tool call.
- ``json_schema``: the schema is sent as ``response_format``, for servers without tools.

The SDK's built-in retries are off; ``retry.RetryPolicy`` is the one transport retry layer.
instructor does what it is for, through its mode handlers for the OpenAI provider: it
turns our schema into the request (tool definition or ``response_format``, prepared once),
parses and validates each answer, and writes the re-ask message after a validation error.
The re-ask loop itself is ours (``validation_retries`` re-asks), so every request is
counted and its token usage summed, re-asks and transport retries included. (instructor's
own ``create`` re-walks the response model on every call, several milliseconds of CPU per
request; ``benchmarks/throughput.py`` measures the difference.)
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import instructor
import openai
import pydantic
from instructor.core.exceptions import IncompleteOutputException, ResponseParsingError
from instructor.v2.core.function_calls import response_schema
from instructor.v2.core.providers import Provider
from instructor.v2.core.registry import mode_registry

from ..config import Settings
from ..errors import AuthenticationError, ModelCallError, SummaryValidationError
from ..grounding import quote_checker
from ..models import ArticleSummary, Usage
from ..retry import RetryPolicy, is_retryable, retry_after_seconds, unwrap
from . import Extraction

__all__ = ["OpenAIBackend"]

# instructor logs every failed attempt at ERROR, provider text included; we report each
# failure once, as a typed error with secrets redacted. Without this handler Python's
# last-resort handler would print those records to stderr of every script and CLI run.
logging.getLogger("instructor").addHandler(logging.NullHandler())

# instructor wraps a plain model in a new class on every call, which defeats its own schema
# cache; wrapping once here keeps the JSON schema from being rebuilt for every request.
_RESPONSE_MODEL = response_schema(ArticleSummary)
_PARSE_ERRORS = (pydantic.ValidationError, json.JSONDecodeError, ResponseParsingError)


class _Unusable(Exception):
    """An answer that cannot become a summary and is not worth a re-ask."""


# Servers that need no key (Ollama, llama.cpp) still get a non-empty one: the SDK insists.
_NO_KEY = "not-needed"
_KEY_LIKE = re.compile(r"\b(sk-[A-Za-z0-9_*.-]{3})[A-Za-z0-9_*.-]+")


class _CallLog:
    """What every request of one call cost, and the last answer received."""

    def __init__(self) -> None:
        self.requests = 0
        self.usage = Usage()
        self.last_response: Any = None

    def request(self) -> None:
        self.requests += 1

    def response(self, response: Any) -> None:
        self.last_response = response
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.usage = self.usage + Usage(
                prompt_tokens=usage.prompt_tokens or 0,
                completion_tokens=usage.completion_tokens or 0,
                total_tokens=usage.total_tokens or 0,
            )

    def body_was_not_json(self, exc: BaseException) -> bool:
        """A JSON error before any completion was parsed: the HTTP body itself was broken."""
        return self.last_response is None and isinstance(unwrap(exc), json.JSONDecodeError)

    def should_retry(self, exc: BaseException) -> bool:
        # A body cut off or garbled in transit is worth another request; bad model output
        # is not (instructor's re-asks handle that).
        return is_retryable(exc) or self.body_was_not_json(exc)

    def raw_output(self) -> str | None:
        """The last answer as the model sent it: tool arguments or message content."""
        try:
            message = self.last_response.choices[0].message
        except (AttributeError, IndexError, TypeError):
            return None
        calls = getattr(message, "tool_calls", None) or []
        if calls:
            return str(calls[0].function.arguments)
        content = getattr(message, "content", None)
        return content if isinstance(content, str) else None

    def raw_response(self) -> dict[str, Any] | None:
        if self.last_response is None or not hasattr(self.last_response, "model_dump"):
            return None
        dumped: dict[str, Any] = self.last_response.model_dump(mode="json", exclude_none=True)
        return dumped


class OpenAIBackend:
    """Summaries from any OpenAI-compatible chat-completions endpoint."""

    name = "openai"
    reads_prompt = True

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.model
        self.policy = RetryPolicy(
            max_attempts=settings.max_attempts, max_wait=settings.max_retry_wait
        )
        mode = instructor.Mode.TOOLS if settings.mode == "tools" else instructor.Mode.JSON_SCHEMA
        self._handlers = mode_registry.get_handlers(Provider.OPENAI, mode)
        # The tool definition or response_format, built once from the schema.
        model, self._prepared = self._handlers.request_handler(_RESPONSE_MODEL, {"messages": []})
        if model is None:
            raise AssertionError("instructor returned no response model for ArticleSummary")
        self._model: type[ArticleSummary] = model
        self._prepared.pop("messages", None)
        self._sync: Any = None
        self._async: Any = None

    def __repr__(self) -> str:
        return f"OpenAIBackend(model={self.model!r}, base_url={self.settings.base_url!r})"

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
        return {
            "api_key": self.settings.api_key or _NO_KEY,
            "base_url": self.settings.base_url,
            "max_retries": 0,
            "timeout": self.settings.timeout,
        }

    def request_body(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        request = {**self._prepared, "messages": list(messages), "model": self.model}
        if self.settings.temperature is not None:
            request["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            request["max_tokens"] = self.settings.max_tokens
        return request

    def validation_context(self, article: str) -> dict[str, Any]:
        # Invented quotes go back to the model as validation errors while re-asks last
        # (see ArticleSummary._quotes_are_in_the_article).
        return {
            "check_quotes": quote_checker(article),
            "grounding_reasks_left": self.settings.validation_retries,
        }

    def parse_answer(
        self, response: Any, context: dict[str, Any], request: dict[str, Any], last: bool
    ) -> tuple[ArticleSummary | None, dict[str, Any]]:
        """The validated summary, or ``None`` and the re-ask request; raises when ``last``."""
        choices = getattr(response, "choices", None) or []
        if not choices:
            raise _Unusable("the endpoint answered with no choices")
        refusal = getattr(choices[0].message, "refusal", None)
        if refusal:
            # A refusal is not a formatting slip: re-asking the same article repeats it.
            raise _Unusable(f"the model refused: {refusal}")
        try:
            parsed = self._handlers.response_parser(
                response=response,
                response_model=self._model,
                validation_context=context,
                strict=True,
                stream=False,
                is_async=False,
            )
        except _PARSE_ERRORS as exc:
            if last:
                raise
            return None, self._handlers.reask_handler(
                kwargs=request, response=response, exception=exc
            )
        return ArticleSummary.model_validate(parsed.model_dump()), request

    def _validated(
        self, messages: list[dict[str, str]], article: str, log: _CallLog
    ) -> ArticleSummary:
        """One transport attempt: a request and its re-asks until an answer validates."""
        request, context = self.request_body(messages), self.validation_context(article)
        for reask in range(self.settings.validation_retries + 1):
            log.request()
            response = self._sync.chat.completions.create(**request)
            log.response(response)
            last = reask == self.settings.validation_retries
            summary, request = self.parse_answer(response, context, request, last)
            if summary is not None:
                return summary
        raise AssertionError("unreachable: the last parse returns or raises")

    async def _avalidated(
        self, messages: list[dict[str, str]], article: str, log: _CallLog
    ) -> ArticleSummary:
        """``_validated`` for the async client."""
        request, context = self.request_body(messages), self.validation_context(article)
        for reask in range(self.settings.validation_retries + 1):
            log.request()
            response = await self._async.chat.completions.create(**request)
            log.response(response)
            last = reask == self.settings.validation_retries
            summary, request = self.parse_answer(response, context, request, last)
            if summary is not None:
                return summary
        raise AssertionError("unreachable: the last parse returns or raises")

    def extract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        if self._sync is None:
            self._sync = openai.OpenAI(**self.client_options())
        log = _CallLog()
        try:
            for attempt in self.policy.retrying(log.should_retry):
                with attempt:
                    summary = self._validated(messages, article, log)
        except Exception as exc:
            raise self.translate_error(exc, log) from None
        return self._extraction(summary, log)

    async def aextract(self, messages: list[dict[str, str]], *, article: str) -> Extraction:
        if self._async is None:
            self._async = openai.AsyncOpenAI(**self.client_options())
        log = _CallLog()
        try:
            async for attempt in self.policy.async_retrying(log.should_retry):
                with attempt:
                    summary = await self._avalidated(messages, article, log)
        except Exception as exc:
            raise self.translate_error(exc, log) from None
        return self._extraction(summary, log)

    def _extraction(self, summary: ArticleSummary, log: _CallLog) -> Extraction:
        reported = getattr(log.last_response, "model", None)
        return Extraction(
            summary=summary,
            model=reported if isinstance(reported, str) and reported else self.model,
            usage=log.usage,
            attempts=log.requests,
            raw_response=log.raw_response(),
        )

    def _redact(self, text: str) -> str:
        key = self.settings.api_key
        if key:
            text = text.replace(key, "***")
        return _KEY_LIKE.sub(r"\1***", text)

    def translate_error(self, exc: Exception, log: _CallLog) -> Exception:
        """Map whatever went wrong to one typed, secret-free ``DiplosumError``."""
        real = unwrap(exc)
        where = self.settings.base_url
        tries = f"after {log.requests} request{'s' if log.requests != 1 else ''}"
        if isinstance(exc, IncompleteOutputException) or isinstance(
            real, IncompleteOutputException
        ):
            return SummaryValidationError(
                f"the model's answer was cut off at its token limit {tries}; raise max_tokens "
                "or shorten the article",
                raw_output=log.raw_output(),
                errors=[{"type": "incomplete_output", "msg": "finish_reason was 'length'"}],
                attempts=log.requests,
            )
        if log.body_was_not_json(exc):
            return ModelCallError(
                f"{where} answered with a body that is not JSON {tries}; is the base URL an "
                "OpenAI-compatible API?",
                attempts=log.requests,
            )
        if isinstance(real, _Unusable):
            return SummaryValidationError(
                f"{self._redact(str(real))} {tries}",
                raw_output=log.raw_output(),
                errors=[{"type": "unusable_answer", "msg": str(real)}],
                attempts=log.requests,
            )
        if isinstance(real, _PARSE_ERRORS):
            errors: list[dict[str, Any]] = (
                [dict(e) for e in real.errors(include_url=False, include_input=False)]
                if isinstance(real, pydantic.ValidationError)
                else [{"type": type(real).__name__, "msg": str(real)}]
            )
            return SummaryValidationError(
                f"no valid summary {tries} (validation re-asks: "
                f"{self.settings.validation_retries}); last error: "
                f"{self._redact(str(real)).splitlines()[0]}",
                raw_output=log.raw_output(),
                errors=errors,
                attempts=log.requests,
            )
        if isinstance(real, openai.AuthenticationError | openai.PermissionDeniedError):
            return AuthenticationError(
                f"{where} refused the credentials (HTTP {real.status_code}) {tries}: "
                f"{self._redact(real.message)}; check OPENAI_API_KEY (or api_key=) and that "
                "the key may use this model",
                status=real.status_code,
                attempts=log.requests,
            )
        if isinstance(real, openai.APIStatusError):
            return ModelCallError(
                f"{where} answered HTTP {real.status_code} {tries}: {self._redact(real.message)}",
                status=real.status_code,
                attempts=log.requests,
                retry_after=retry_after_seconds(real),
            )
        if isinstance(real, openai.APITimeoutError):
            return ModelCallError(
                f"{where} did not answer within {self.settings.timeout:g} s {tries}; raise "
                "timeout= if the model is slow",
                attempts=log.requests,
            )
        if isinstance(real, openai.APIConnectionError):
            return ModelCallError(
                f"cannot reach {where} {tries}: {self._redact(str(real.__cause__ or real))}",
                attempts=log.requests,
            )
        if isinstance(real, openai.OpenAIError):
            return ModelCallError(
                f"{where}: {self._redact(str(real))} {tries}", attempts=log.requests
            )
        return exc

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = None

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.close()
            self._async = None
        self.close()
