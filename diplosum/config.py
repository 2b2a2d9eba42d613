"""Settings: explicit keyword arguments first, then the environment, then defaults.

This is the only module that reads ``os.environ``. Variables:

- ``OPENAI_API_KEY``: the key for the OpenAI-compatible endpoint (the SDK's own name).
- ``OPENAI_BASE_URL``: the endpoint, e.g. ``http://localhost:11434/v1`` for Ollama.
- ``DIPLOSUM_MODEL``: the model name (default ``DEFAULT_MODEL``).
- ``DIPLOSUM_MODE``: ``tools`` (default) or ``json_schema`` (for servers without tool calls).
- ``DIPLOSUM_CACHE_DIR``: folder of the cache database (default: the user cache dir).
- ``DIPLOSUM_PROMPTS_DIR``: folder of prompt templates overriding the packaged ones.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Literal, TypeVar

import platformdirs

from .errors import ConfigError

__all__ = [
    "DEFAULT_MODEL",
    "OPENAI_DEFAULT_BASE_URL",
    "Settings",
    "resolve_cache_dir",
    "resolve_settings",
]

DEFAULT_MODEL = "gpt-5-mini"
OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1"
BackendName = Literal["offline", "openai", "replay"]
OutputMode = Literal["tools", "json_schema"]
_BACKENDS: tuple[BackendName, ...] = ("offline", "openai", "replay")
_MODES: tuple[OutputMode, ...] = ("tools", "json_schema")
_T = TypeVar("_T", bound=str)


def _one_of(value: str, options: tuple[_T, ...]) -> _T | None:
    return next((option for option in options if option == value), None)


@dataclasses.dataclass(frozen=True)
class Settings:
    """Resolved configuration of one ``Summariser``. The key never appears in its repr."""

    backend: BackendName
    #: True when no backend was named and no model configured, so the offline one was chosen.
    defaulted: bool
    model: str
    base_url: str
    api_key: str | None = dataclasses.field(repr=False)
    mode: OutputMode
    cache_dir: Path
    prompts_dir: Path | None
    template: str
    fixtures_dir: Path | None
    timeout: float
    max_attempts: int
    max_retry_wait: float
    validation_retries: int
    temperature: float | None
    max_tokens: int | None


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def _positive(name: str, value: float, minimum: float) -> None:
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")


def resolve_cache_dir(cache_dir: str | Path | None = None) -> Path:
    """The cache folder: the argument, else ``DIPLOSUM_CACHE_DIR``, else the user cache dir."""
    chosen = cache_dir or _env("DIPLOSUM_CACHE_DIR")
    return Path(chosen) if chosen else Path(platformdirs.user_cache_dir("diplosum"))


def resolve_settings(
    *,
    backend: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    cache_dir: str | Path | None = None,
    prompts_dir: str | Path | None = None,
    template: str = "summarise",
    fixtures_dir: str | Path | None = None,
    timeout: float = 60.0,
    max_attempts: int = 5,
    max_retry_wait: float = 120.0,
    validation_retries: int = 2,
    temperature: float | None = None,
    max_tokens: int | None = None,
) -> Settings:
    """Combine keyword arguments with the environment into validated ``Settings``.

    Raises ``ConfigError`` naming exactly what to set when no usable backend is configured.
    """
    key = api_key or _env("OPENAI_API_KEY")
    url = base_url or _env("OPENAI_BASE_URL")
    defaulted = backend is None and not (key or url)
    chosen = backend or ("openai" if (key or url) else "offline")
    chosen_backend = _one_of(chosen, _BACKENDS)
    if chosen_backend is None:
        raise ConfigError(f"unknown backend {chosen!r}: choose one of {', '.join(_BACKENDS)}")
    if chosen_backend == "openai" and not key and not url:
        raise ConfigError(
            "backend 'openai' needs a key: set OPENAI_API_KEY or pass api_key=; "
            "for a local server that needs none, set OPENAI_BASE_URL or pass base_url="
        )
    fixtures = fixtures_dir or None
    if chosen_backend == "replay" and fixtures is None:
        raise ConfigError("backend 'replay' needs fixtures_dir= (--fixtures DIR)")

    mode_name = mode or _env("DIPLOSUM_MODE") or "tools"
    output_mode = _one_of(mode_name, _MODES)
    if output_mode is None:
        raise ConfigError(
            f"unknown mode {mode_name!r}: set mode= (or DIPLOSUM_MODE) to one of "
            f"{', '.join(_MODES)}"
        )
    _positive("timeout", timeout, 0.001)
    _positive("max_attempts", max_attempts, 1)
    _positive("max_retry_wait", max_retry_wait, 0)
    _positive("validation_retries", validation_retries, 0)

    prompts = prompts_dir or _env("DIPLOSUM_PROMPTS_DIR")
    return Settings(
        backend=chosen_backend,
        defaulted=defaulted,
        model=model or _env("DIPLOSUM_MODEL") or DEFAULT_MODEL,
        base_url=(url or OPENAI_DEFAULT_BASE_URL).rstrip("/"),
        api_key=key,
        mode=output_mode,
        cache_dir=resolve_cache_dir(cache_dir),
        prompts_dir=Path(prompts) if prompts else None,
        template=template,
        fixtures_dir=Path(fixtures) if fixtures else None,
        timeout=float(timeout),
        max_attempts=int(max_attempts),
        max_retry_wait=float(max_retry_wait),
        validation_retries=int(validation_retries),
        temperature=temperature,
        max_tokens=max_tokens,
    )
