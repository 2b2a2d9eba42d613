"""What one model call received: answers parsed, re-asks decided, costs counted.

``CallLog`` follows one call (a request, its re-asks and its transport retries): how many
requests were made, the tokens they used, and the state of the request in flight, so a
body that is not JSON is told apart from a model answer that does not validate whatever
came before it in the same call. ``Answers`` turns one chat completion into the answer as
the model sent it, or into the re-ask request that tells the model what to fix: a field
that does not validate, or an evidence quote that is not in the article.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pydantic
from instructor.core.exceptions import ResponseParsingError
from instructor.v2.core.function_calls import response_schema
from instructor.v2.core.registry import ModeHandlers

from ...models import ArticleSummary, Usage
from ...text.quotes import LazyFolded, find_quote
from .retry import in_chain, is_retryable

__all__ = ["PARSE_ERRORS", "Answers", "CallLog", "Unusable"]

# instructor wraps a plain model in a new class on every call, which defeats its own schema
# cache; wrapping once here keeps the JSON schema from being rebuilt for every request.
RESPONSE_MODEL = response_schema(ArticleSummary)
# A deeply nested answer makes the JSON parser recurse past Python's limit: it is an
# answer that does not parse, like any other.
PARSE_ERRORS = (
    pydantic.ValidationError,
    json.JSONDecodeError,
    ResponseParsingError,
    RecursionError,
)
_SECTIONS = ("meetings", "goals", "sanctions", "stances")


class Unusable(Exception):
    """An answer that cannot become a summary and is not worth a re-ask."""


class QuotesNotInArticle(ValueError):
    """The answer's evidence quotes that are not in the article, for the re-ask message."""


class CallLog:
    """What every request of one call cost, and the state of the request in flight."""

    def __init__(self) -> None:
        self.requests = 0
        self.usage = Usage()
        self.last_response: Any = None
        #: Whether the request in flight got a parsed completion back.
        self.answered = False

    def request(self) -> None:
        self.requests += 1
        self.answered = False

    def response(self, response: Any) -> None:
        self.answered = True
        self.last_response = response
        usage = getattr(response, "usage", None)
        if usage is not None:
            details = getattr(usage, "prompt_tokens_details", None)
            self.usage = self.usage + Usage(
                prompt_tokens=usage.prompt_tokens or 0,
                completion_tokens=usage.completion_tokens or 0,
                total_tokens=usage.total_tokens or 0,
                cached_prompt_tokens=getattr(details, "cached_tokens", None) or 0,
            )

    def body_unreadable(self, exc: BaseException) -> bool:
        """The HTTP body of the request in flight did not parse as JSON: a transport fault."""
        if self.answered:
            return False
        return any(in_chain(exc, kind) for kind in (json.JSONDecodeError, RecursionError))

    def should_retry(self, exc: BaseException) -> bool:
        # A body cut off or garbled in transit is worth another request; bad model output
        # is not (the re-asks handle that).
        return is_retryable(exc) or (isinstance(exc, Exception) and self.body_unreadable(exc))

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


def _missing_quotes(article: str) -> Callable[[Any], list[str]]:
    """One message per evidence quote of an answer that is not in ``article``."""
    folded = LazyFolded(article)

    def check(answer: Any) -> list[str]:
        problems = []
        for section in _SECTIONS:
            for i, item in enumerate(getattr(answer, section)):
                for j, evidence in enumerate(item.evidence):
                    if find_quote(folded, evidence.quote) is None:
                        problems.append(f'{section}[{i}] evidence[{j}]: "{evidence.quote}"')
        return problems

    return check


class Answers:
    """Parses completions with instructor's handlers for one output mode."""

    def __init__(self, handlers: ModeHandlers) -> None:
        self._handlers = handlers
        # The tool definition or response_format, built once from the schema.
        model, prepared = handlers.request_handler(RESPONSE_MODEL, {"messages": []})
        if model is None:
            raise AssertionError("instructor returned no response model for ArticleSummary")
        self._model = model
        prepared.pop("messages", None)
        self.prepared: dict[str, Any] = prepared

    def checker(self, article: str) -> Callable[[Any], list[str]]:
        return _missing_quotes(article)

    def parse(
        self,
        response: Any,
        request: dict[str, Any],
        check: Callable[[Any], list[str]],
        log: CallLog,
        last: bool,
    ) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        """The answer as sent, or ``None`` and the re-ask request; on the last request an
        answer that does not validate raises, and one with quotes not found is taken
        (grounding then lists them in ``rejected``)."""
        choices = getattr(response, "choices", None) or []
        if not choices:
            raise Unusable("the endpoint answered with no choices")
        refusal = getattr(choices[0].message, "refusal", None)
        if refusal:
            # A refusal is not a formatting slip: re-asking the same article repeats it.
            raise Unusable(f"the model refused: {refusal}")
        try:
            parsed = self._handlers.response_parser(
                response=response,
                response_model=self._model,
                validation_context=None,
                strict=True,
                stream=False,
                is_async=False,
            )
            problems = [] if last else check(parsed)
            if problems:
                shown = "; ".join(problems[:12]) + ("; ..." if len(problems) > 12 else "")
                raise QuotesNotInArticle(
                    f"{len(problems)} evidence quote(s) are not in the article: {shown}. Copy "
                    "each quote character for character from the article, or leave the item out."
                )
        except (*PARSE_ERRORS, QuotesNotInArticle) as exc:
            if last:
                raise
            return None, self._handlers.reask_handler(
                kwargs=request, response=response, exception=exc
            )
        return _as_sent(log.raw_output(), parsed), request


def _as_sent(raw: str | None, parsed: Any) -> dict[str, Any]:
    """The answer's JSON as the model sent it, or (when it came wrapped in prose or a code
    fence, which instructor unwraps) the fields it set."""
    try:
        sent = json.loads(raw) if raw is not None else None
    except (ValueError, RecursionError):
        sent = None
    if isinstance(sent, dict):
        return sent
    dumped: dict[str, Any] = parsed.model_dump(mode="json", exclude_unset=True)
    return dumped
