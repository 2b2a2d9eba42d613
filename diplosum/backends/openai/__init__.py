"""The OpenAI-compatible backend and the Batch API.

- ``client``: ``OpenAIBackend``, the chat-completions path with re-asks and retries.
- ``answers``: parsing one completion into the answer as sent, or a re-ask.
- ``retry``: which failures are retried and how long to wait (tenacity).
- ``transport``: the size cap on every answer.
- ``loop``: the private event loop that serves blocking callers.
- ``batch``: the Batch API (submit, status, collect).
"""

from __future__ import annotations

from .client import OpenAIBackend

__all__ = ["OpenAIBackend"]
