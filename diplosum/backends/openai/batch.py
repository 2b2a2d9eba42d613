"""The OpenAI Batch API: half the price for runs that can wait up to 24 hours.

``submit`` writes, for each article, exactly the request the synchronous path sends first
(same prompt, schema, model and parameters), uploads the JSONL and creates the batch,
splitting the requests over several batches when they exceed the per-file limits
(50,000 requests, 200 MB). It keeps a manifest in the output folder: which article each
request is for, and the article itself, so results can be grounded without the inputs.

``collect`` downloads a finished batch's results and runs each through the same
validation, grounding, normalisation and metadata as the synchronous path, then fills the
cache under the same key, so a later ``summarise`` of that article is a cache hit. A batch
answer cannot be re-asked: one that does not validate is reported as a failure (running
that article synchronously re-asks as usual).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

import openai
from openai.types.chat import ChatCompletion

from ...errors import ConfigError, DiplosumError, ModelCallError
from ...export import open_private
from ...models import ArticleSummary
from ...pipeline import Summariser
from ...runner import Article
from .answers import CallLog
from .client import OpenAIBackend

__all__ = ["BatchLimits", "BatchOutcome", "collect", "status", "submit"]

ENDPOINT: Final = "/v1/chat/completions"


@dataclasses.dataclass(frozen=True)
class BatchLimits:
    """The Batch API's per-file limits (override them to test the splitting)."""

    max_requests: int = 50_000
    max_bytes: int = 200 * 1024 * 1024


@dataclasses.dataclass
class BatchOutcome:
    """What ``collect`` made of one batch."""

    batch_id: str
    status: str
    #: (id, source, summary, the article's text) per answer taken.
    summaries: list[tuple[str, str, ArticleSummary, str]] = dataclasses.field(default_factory=list)
    failures: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)


def _backend(summariser: Summariser) -> OpenAIBackend:
    backend = getattr(summariser.backend, "inner", summariser.backend)  # under a rate limit
    if not isinstance(backend, OpenAIBackend):
        raise ConfigError(
            "the Batch API needs the OpenAI backend: set OPENAI_API_KEY (or --base-url)"
        )
    return backend


def _client(summariser: Summariser) -> openai.OpenAI:
    backend = _backend(summariser)
    return openai.OpenAI(**backend.client_options())


def _chunks(lines: list[str], limits: BatchLimits) -> Iterable[list[str]]:
    chunk: list[str] = []
    size = 0
    for line in lines:
        length = len(line.encode("utf-8")) + 1
        if chunk and (len(chunk) >= limits.max_requests or size + length > limits.max_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append(line)
        size += length
    if chunk:
        yield chunk


def submit(
    summariser: Summariser,
    articles: Iterable[Article],
    out_dir: Path,
    *,
    limits: BatchLimits = BatchLimits(),
) -> list[str]:
    """Upload the requests for ``articles`` as one or more batches; return the batch ids."""
    backend = _backend(summariser)
    out_dir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    manifest: list[dict[str, Any]] = []
    for index, article in enumerate(articles):
        prepared = summariser.prepare(article.text, published=article.published)
        custom_id = f"{index}-{article.id or index}"[:64]
        body = backend.request_body(prepared.messages)
        lines.append(
            json.dumps({"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body})
        )
        manifest.append(
            {
                "custom_id": custom_id,
                "id": article.id or str(index),
                "source": article.source,
                # As given (a dateline date found in the text is not "given").
                "published": str(article.published) if article.published else None,
                "text": article.text,
            }
        )
    client = _client(summariser)
    batch_ids = []
    try:
        for number, chunk in enumerate(_chunks(lines, limits)):
            path = out_dir / f"requests-{number:03d}.jsonl"
            with open_private(path) as handle:
                handle.write("\n".join(chunk) + "\n")
            with path.open("rb") as handle:
                uploaded = client.files.create(file=handle, purpose="batch")
            batch = client.batches.create(
                input_file_id=uploaded.id,
                endpoint=ENDPOINT,
                completion_window="24h",
                metadata={"tool": "diplosum", "part": str(number)},
            )
            batch_ids.append(batch.id)
    except openai.OpenAIError as exc:
        raise backend.translate_error(exc, _log_of_one()) from None
    finally:
        client.close()
    with open_private(out_dir / "manifest.jsonl") as handle:
        for entry in manifest:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    (out_dir / "batches.json").write_text(json.dumps(batch_ids) + "\n", encoding="utf-8")
    return batch_ids


def _log_of_one() -> CallLog:
    """A call log for Files and Batches calls: one request, no completion."""
    log = CallLog()
    log.request()
    return log


def status(summariser: Summariser, batch_id: str) -> dict[str, Any]:
    """The batch as the API reports it (status, request counts, file ids)."""
    backend = _backend(summariser)
    with _client(summariser) as client:
        try:
            batch = client.batches.retrieve(batch_id)
        except openai.OpenAIError as exc:
            raise backend.translate_error(exc, _log_of_one()) from None
    found: dict[str, Any] = batch.model_dump(mode="json")
    return found


def _lines(client: openai.OpenAI, file_id: str | None) -> list[dict[str, Any]]:
    if not file_id:
        return []
    content = client.files.content(file_id).text
    return [json.loads(line) for line in content.splitlines() if line.strip()]


def collect(summariser: Summariser, batch_id: str, out_dir: Path) -> BatchOutcome:
    """Validate, ground and cache a finished batch's answers, like the synchronous path."""
    backend = _backend(summariser)
    manifest_path = out_dir / "manifest.jsonl"
    if not manifest_path.is_file():
        raise ConfigError(f"no manifest.jsonl in {out_dir}: pass the --out-dir given to submit")
    manifest = {
        entry["custom_id"]: entry
        for entry in map(json.loads, manifest_path.read_text(encoding="utf-8").splitlines())
    }
    with _client(summariser) as client:
        try:
            batch = client.batches.retrieve(batch_id)
            outcome = BatchOutcome(batch_id, batch.status)
            if batch.status != "completed":
                return outcome
            answers = _lines(client, batch.output_file_id)
            errors = _lines(client, batch.error_file_id)
        except openai.OpenAIError as exc:
            raise backend.translate_error(exc, _log_of_one()) from None
    for line in errors:
        entry = manifest.get(line.get("custom_id", ""), {})
        response = line.get("response") or {}
        reason = (line.get("error") or {}).get("message") or (
            f"HTTP {response.get('status_code')}: {json.dumps(response.get('body'))[:300]}"
        )
        outcome.failures.append((entry.get("id", "?"), entry.get("source") or "", reason))
    for line in answers:
        entry = manifest.get(line.get("custom_id", ""))
        if entry is None:
            continue
        try:
            summary = _one(summariser, backend, entry, line["response"]["body"])
        except DiplosumError as exc:
            outcome.failures.append((entry["id"], entry.get("source") or "", str(exc)))
            continue
        source = entry.get("source") or entry["id"]
        outcome.summaries.append((entry["id"], source, summary, entry["text"]))
    return outcome


def _one(
    summariser: Summariser, backend: OpenAIBackend, entry: dict[str, Any], body: dict[str, Any]
) -> ArticleSummary:
    prepared = summariser.prepare(entry["text"], published=entry.get("published"))
    try:
        response = ChatCompletion.model_validate(body)
    except ValueError as exc:
        raise ModelCallError(f"batch answer is not a chat completion: {exc}") from None
    log = CallLog()
    log.request()
    log.response(response)
    try:
        output, _ = backend.answers.parse(response, {}, lambda answer: [], log, last=True)
    except Exception as exc:  # parse errors of every kind become one typed error
        raise backend.translate_error(exc, log) from None
    assert output is not None  # last=True returns an answer or raises
    return summariser.complete(prepared, backend.extraction(output, log, batch=True))
