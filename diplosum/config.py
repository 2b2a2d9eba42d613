"""Settings: explicit keyword arguments first, then the environment, then defaults.

This is the only module that reads ``os.environ``, and ``Settings`` (its field defaults)
is the one place defaults are written; the command line shows and uses the same ones.
Variables:

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
import re
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypedDict, TypeVar

import platformdirs

from .errors import ConfigError

if TYPE_CHECKING:
    from .backends import Backend
    from .backends.wrappers import RateLimit
    from .cache import Cache, CacheMode

__all__ = [
    "DEFAULTS",
    "DEFAULT_MODEL",
    "OPENAI_DEFAULT_BASE_URL",
    "Settings",
    "SummariserOptions",
    "redact_url",
    "resolve_cache_dir",
    "resolve_settings",
]

DEFAULT_MODEL = "gpt-5-mini"
OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1"
BackendName = Literal["offline", "openai", "replay", "custom"]
OutputMode = Literal["tools", "json_schema"]
_BACKENDS: tuple[BackendName, ...] = ("offline", "openai", "replay")
_MODES: tuple[OutputMode, ...] = ("tools", "json_schema")
_T = TypeVar("_T", bound=str)


class SummariserOptions(TypedDict, total=False):
    """Keyword arguments of ``Summariser``, ``summarise`` and the ``*_many`` functions.

    Each one left out takes its value from the environment (where a variable is named
    above), else from ``Settings``' defaults.
    """

    backend: str | Backend
    model: str
    base_url: str
    api_key: str
    mode: str
    cache: bool | CacheMode | Cache
    cache_dir: str | Path
    prompts_dir: str | Path
    template: str
    fixtures_dir: str | Path
    timeout: float
    max_attempts: int
    max_retry_wait: float
    validation_retries: int
    temperature: float
    max_tokens: int
    rate_limit: RateLimit
    max_article_chars: int
    chunk_chars: int


@dataclasses.dataclass(frozen=True)
class Settings:
    """Resolved configuration of one ``Summariser``; its field defaults are the library's.

    The key never appears in its repr, nor the password of a base URL.
    """

    #: ``offline``, ``openai``, ``replay``, or ``custom`` for a backend object passed in.
    backend: BackendName = "offline"
    #: True when no backend was named and no model configured, so the offline one was chosen.
    defaulted: bool = False
    model: str = DEFAULT_MODEL
    base_url: str = dataclasses.field(default=OPENAI_DEFAULT_BASE_URL, repr=False)
    api_key: str | None = dataclasses.field(default=None, repr=False)
    mode: OutputMode = "tools"
    #: The cache folder (``None`` in ``DEFAULTS``: the user cache dir, resolved at start).
    cache_dir: Path | None = None
    prompts_dir: Path | None = None
    template: str = "summarise"
    fixtures_dir: Path | None = None
    #: The most seconds one request may take, first byte to last.
    timeout: float = 120.0
    #: Requests per article before giving up on transport errors (retries included).
    max_attempts: int = 5
    #: Seconds of waiting between retries, per article, at most.
    max_retry_wait: float = 120.0
    #: Re-asks after an answer that does not validate or quotes text not in the article.
    validation_retries: int = 2
    temperature: float | None = None
    max_tokens: int | None = None
    #: About 50,000 tokens of English: a longer article is refused unless chunked.
    max_article_chars: int = 200_000
    #: Summarise articles longer than this in chunks (``None``: never).
    chunk_chars: int | None = None

    @property
    def endpoint(self) -> str:
        """The base URL as it may be shown: without a password or a key in it."""
        return redact_url(self.base_url)

    def __repr__(self) -> str:
        shown = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.repr}
        body = ", ".join(f"{name}={value!r}" for name, value in shown.items())
        return f"Settings({body}, endpoint={self.endpoint!r})"


DEFAULTS = Settings()

_SECRET_PARAM = re.compile(r"key|token|secret|password|sig", re.IGNORECASE)


def redact_url(url: str) -> str:
    """``url`` with a password (and user) and secret-looking query values replaced by ***."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "***"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rsplit("@", 1)[1]
    query = urllib.parse.urlencode(
        [
            (name, "***" if _SECRET_PARAM.search(name) else value)
            for name, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        ],
        safe="*",
    )
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def _one_of(value: str, options: tuple[_T, ...]) -> _T | None:
    return next((option for option in options if option == value), None)


def _at_least(name: str, value: float | None, minimum: float) -> None:
    if value is not None and value < minimum:
        raise ConfigError(f"{name} must be at least {minimum:g}, got {value:g}")


def resolve_cache_dir(cache_dir: str | Path | None = None) -> Path:
    """The cache folder: the argument, else ``DIPLOSUM_CACHE_DIR``, else the user cache dir."""
    chosen = cache_dir or _env("DIPLOSUM_CACHE_DIR")
    return Path(chosen) if chosen else Path(platformdirs.user_cache_dir("diplosum"))


def _backend_name(options: SummariserOptions, key: str | None, url: str | None) -> BackendName:
    given = options.get("backend")
    if given is not None and not isinstance(given, str):
        return "custom"
    chosen = given or ("openai" if (key or url) else "offline")
    name = _one_of(chosen, _BACKENDS)
    if name is None:
        raise ConfigError(f"unknown backend {chosen!r}: choose one of {', '.join(_BACKENDS)}")
    if name == "openai" and not key and not url:
        raise ConfigError(
            "backend 'openai' needs a key: set OPENAI_API_KEY or pass api_key=; "
            "for a local server that needs none, set OPENAI_BASE_URL or pass base_url="
        )
    if name == "replay" and not options.get("fixtures_dir"):
        raise ConfigError("backend 'replay' needs fixtures_dir= (--fixtures DIR)")
    return name


def _path(value: str | Path | None) -> Path | None:
    return Path(value) if value else None


def resolve_settings(options: SummariserOptions) -> Settings:
    """Combine keyword arguments with the environment and the defaults into ``Settings``.

    Raises ``ConfigError`` naming exactly what to set when something is missing or wrong.
    """
    unknown = sorted(set(options) - SummariserOptions.__optional_keys__)
    if unknown:
        raise ConfigError(
            f"unknown option {unknown[0]!r}: the options are "
            f"{', '.join(sorted(SummariserOptions.__optional_keys__))}"
        )
    key = options.get("api_key") or _env("OPENAI_API_KEY")
    url = options.get("base_url") or _env("OPENAI_BASE_URL")
    backend = _backend_name(options, key, url)
    mode_name = options.get("mode") or _env("DIPLOSUM_MODE") or DEFAULTS.mode
    mode = _one_of(mode_name, _MODES)
    if mode is None:
        raise ConfigError(
            f"unknown mode {mode_name!r}: set mode= (or DIPLOSUM_MODE) to one of "
            f"{', '.join(_MODES)}"
        )
    settings = Settings(
        backend=backend,
        defaulted=options.get("backend") is None and not (key or url),
        model=options.get("model") or _env("DIPLOSUM_MODEL") or DEFAULTS.model,
        base_url=(url or DEFAULTS.base_url).rstrip("/"),
        api_key=key,
        mode=mode,
        cache_dir=resolve_cache_dir(options.get("cache_dir")),
        prompts_dir=_path(options.get("prompts_dir") or _env("DIPLOSUM_PROMPTS_DIR")),
        template=options.get("template", DEFAULTS.template),
        fixtures_dir=_path(options.get("fixtures_dir")),
        timeout=float(options.get("timeout", DEFAULTS.timeout)),
        max_attempts=int(options.get("max_attempts", DEFAULTS.max_attempts)),
        max_retry_wait=float(options.get("max_retry_wait", DEFAULTS.max_retry_wait)),
        validation_retries=int(options.get("validation_retries", DEFAULTS.validation_retries)),
        temperature=options.get("temperature", DEFAULTS.temperature),
        max_tokens=options.get("max_tokens", DEFAULTS.max_tokens),
        max_article_chars=int(options.get("max_article_chars", DEFAULTS.max_article_chars)),
        chunk_chars=options.get("chunk_chars", DEFAULTS.chunk_chars),
    )
    _at_least("timeout", settings.timeout, 0.001)
    _at_least("max_attempts", settings.max_attempts, 1)
    _at_least("max_retry_wait", settings.max_retry_wait, 0)
    _at_least("validation_retries", settings.validation_retries, 0)
    _at_least("max_tokens", settings.max_tokens, 1)
    _at_least("max_article_chars", settings.max_article_chars, 1)
    _at_least("chunk_chars", settings.chunk_chars, 2_000)
    return settings
