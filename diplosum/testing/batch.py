"""The Files and Batches endpoints the openai SDK uses, emulated for loopback tests.

``POST /v1/files`` (multipart upload), ``GET /v1/files/{id}/content``,
``POST /v1/batches``, ``GET /v1/batches/{id}``. A batch is processed when it is created:
each input line's body goes to the server's responder, 2xx answers go to the output file
and others to the error file, in the Batch API's line format. The first retrieval reports
``in_progress``, later ones ``completed``, so pollers see both.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .server import Reply

__all__ = ["BatchStore"]


def _multipart(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
    )
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            fields[name] = (part.get_filename(), payload)
    return fields


class BatchStore:
    """Uploaded files and batches of one loopback server."""

    def __init__(self) -> None:
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self._retrievals: dict[str, int] = {}
        self._lock = threading.Lock()

    def route(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        raw: bytes,
        answer: Callable[[dict[str, Any]], Reply],
    ) -> Reply | None:
        """A reply for a files or batches request, or ``None`` for anything else."""
        from .server import Reply

        parts = path.split("?")[0].rstrip("/").split("/")
        if parts[-1] == "files" and method == "POST":
            fields = _multipart(headers.get("content-type", ""), raw)
            filename, content = fields.get("file", ("upload.jsonl", b""))
            return Reply(body=self._add_file(filename or "upload.jsonl", content, "batch"))
        if len(parts) >= 2 and parts[-2] == "files" and method == "GET":
            found = self.files.get(parts[-1])
            return (
                Reply(body=found["meta"])
                if found
                else Reply(404, body={"error": {"message": "no such file"}})
            )
        if parts[-1] == "content" and parts[-3] == "files":
            found = self.files.get(parts[-2])
            if found is None:
                return Reply(404, body={"error": {"message": "no such file"}})
            return Reply(
                body=found["content"], headers={"content-type": "application/octet-stream"}
            )
        if parts[-1] == "batches" and method == "POST":
            return Reply(body=self._create(json.loads(raw or b"{}"), answer))
        if parts[-2] == "batches" and method == "GET":
            return self._retrieve(parts[-1])
        return None

    def _add_file(self, filename: str, content: bytes, purpose: str) -> dict[str, Any]:
        file_id = f"file-{uuid.uuid4().hex[:16]}"
        meta = {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }
        with self._lock:
            self.files[file_id] = {"meta": meta, "content": content}
        return meta

    def _create(
        self, params: dict[str, Any], answer: Callable[[dict[str, Any]], Reply]
    ) -> dict[str, Any]:
        source = self.files[params["input_file_id"]]["content"].decode("utf-8")
        output: list[str] = []
        errors: list[str] = []
        for line in filter(None, source.splitlines()):
            request = json.loads(line)
            reply = answer(request["body"])
            body = reply.body if isinstance(reply.body, dict) else {"raw": str(reply.body)}
            record = {
                "id": f"batch_req_{uuid.uuid4().hex[:12]}",
                "custom_id": request["custom_id"],
                "response": {
                    "status_code": reply.status,
                    "request_id": uuid.uuid4().hex,
                    "body": body,
                },
                "error": None,
            }
            (output if 200 <= reply.status < 300 else errors).append(json.dumps(record))
        batch_id = f"batch_{uuid.uuid4().hex[:16]}"
        out_file = self._add_file(
            f"{batch_id}_output.jsonl", "\n".join(output).encode() + b"\n", "batch_output"
        )
        err_file = (
            self._add_file(
                f"{batch_id}_errors.jsonl", "\n".join(errors).encode() + b"\n", "batch_output"
            )
            if errors
            else None
        )
        now = int(time.time())
        batch = {
            "id": batch_id,
            "object": "batch",
            "endpoint": params["endpoint"],
            "input_file_id": params["input_file_id"],
            "completion_window": params["completion_window"],
            "status": "completed",
            "created_at": now,
            "completed_at": now,
            "output_file_id": out_file["id"],
            "error_file_id": err_file["id"] if err_file else None,
            "metadata": params.get("metadata"),
            "request_counts": {
                "total": len(output) + len(errors),
                "completed": len(output),
                "failed": len(errors),
            },
        }
        with self._lock:
            self.batches[batch_id] = batch
        return {**batch, "status": "validating"}

    def _retrieve(self, batch_id: str) -> Reply:
        from .server import Reply

        batch = self.batches.get(batch_id)
        if batch is None:
            return Reply(404, body={"error": {"message": f"no batch {batch_id}"}})
        with self._lock:
            seen = self._retrievals.get(batch_id, 0)
            self._retrievals[batch_id] = seen + 1
        return Reply(body=batch if seen else {**batch, "status": "in_progress"})
