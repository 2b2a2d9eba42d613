"""The HTTP transport under the openai SDK: an answer's size is capped, decompressed included.

A chat completion is a few kilobytes; an endpoint that sends megabytes (or a small gzip
body that inflates a thousandfold) is broken or hostile. ``CappedTransport`` reads each
response body itself, inflating gzip and deflate with a bound on the output, and hands the
SDK the plain bytes; past ``max_bytes`` it raises ``ResponseRefused``, which is never
retried. It asks only for the encodings it can bound (``Accept-Encoding: gzip, deflate``)
and refuses any other.

The overall deadline of a request is not kept here but around the SDK call
(``asyncio.timeout``), so it holds however slowly the server sends headers or body.
"""

from __future__ import annotations

import zlib

import httpx2

__all__ = ["MAX_RESPONSE_BYTES", "CappedTransport", "ResponseRefused"]

MAX_RESPONSE_BYTES = 8 * 1024 * 1024


class ResponseRefused(Exception):
    """An answer refused unread: larger than the cap (after decompression), or in an
    encoding that was not asked for. Never retried: the same request gets the same."""


def _inflater(encoding: str) -> zlib._Decompress | None:
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    raise ResponseRefused(
        f"the endpoint sent content-encoding {encoding!r}, which was not asked for"
    )


class CappedTransport(httpx2.AsyncBaseTransport):
    """Wraps a transport; every response body is read whole, inflated and size-capped."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, max_bytes: int = MAX_RESPONSE_BYTES):
        self._inner = inner
        self._max = max_bytes

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        request.headers["accept-encoding"] = "gzip, deflate"
        response = await self._inner.handle_async_request(request)
        try:
            body = await self._read(response)
        finally:
            await response.aclose()
        headers = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx2.Response(
            response.status_code, headers=headers, content=body, extensions=response.extensions
        )

    async def _read(self, response: httpx2.Response) -> bytes:
        inflater = _inflater(response.headers.get("content-encoding", "").strip().lower())
        body = bytearray()
        assert isinstance(response.stream, httpx2.AsyncByteStream)
        async for chunk in response.stream:
            if inflater is not None:
                # Never inflate more than one byte past the cap, whatever the chunk holds.
                chunk = inflater.decompress(chunk, self._max + 1 - len(body))
            body += chunk
            self._check(len(body))
        if inflater is not None:
            body += inflater.flush()
            self._check(len(body))
        return bytes(body)

    def _check(self, size: int) -> None:
        if size > self._max:
            raise ResponseRefused(f"the endpoint's answer is larger than {self._max:,} bytes")

    async def aclose(self) -> None:
        await self._inner.aclose()
