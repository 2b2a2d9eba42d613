"""Configuration: keywords first, environment second, errors that say what to set."""

from __future__ import annotations

import pytest

from diplosum import ConfigError, Summariser
from diplosum.config import DEFAULT_MODEL, resolve_settings


def test_no_model_configured_falls_back_to_the_offline_extractor() -> None:
    settings = resolve_settings()
    assert (settings.backend, settings.defaulted) == ("offline", True)
    named = resolve_settings(backend="offline")
    assert (named.backend, named.defaulted) == ("offline", False)


def test_openai_named_without_a_key_says_exactly_what_to_set() -> None:
    with pytest.raises(ConfigError) as caught:
        resolve_settings(backend="openai")
    message = str(caught.value)
    assert "OPENAI_API_KEY" in message and "OPENAI_BASE_URL" in message


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-key-123456")
    monkeypatch.setenv("DIPLOSUM_MODEL", "env-model")
    settings = resolve_settings()
    assert settings.backend == "openai"
    assert settings.model == "env-model"
    assert settings.api_key == "sk-env-key-123456"


def test_keywords_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")
    monkeypatch.setenv("DIPLOSUM_MODEL", "env-model")
    settings = resolve_settings(base_url="http://127.0.0.1:2/v1/", model="kw-model")
    assert settings.base_url == "http://127.0.0.1:2/v1"
    assert settings.model == "kw-model"


def test_a_base_url_alone_selects_the_openai_compatible_backend() -> None:
    settings = resolve_settings(base_url="http://127.0.0.1:11434/v1")
    assert settings.backend == "openai"
    assert settings.model == DEFAULT_MODEL
    assert settings.api_key is None


def test_the_key_is_not_in_any_repr() -> None:
    summariser = Summariser(api_key="sk-secret-value-999", cache=False)
    assert "sk-secret-value-999" not in repr(summariser)
    assert "sk-secret-value-999" not in repr(summariser.settings)
    assert "sk-secret-value-999" not in repr(summariser.backend)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"backend": "nope"}, "unknown backend"),
        ({"api_key": "k", "mode": "xml"}, "DIPLOSUM_MODE"),
        ({"backend": "replay"}, "fixtures"),
        ({"api_key": "k", "max_attempts": 0}, "max_attempts"),
    ],
)
def test_bad_settings(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        resolve_settings(**kwargs)  # type: ignore[arg-type]


def test_bad_cache_option() -> None:
    with pytest.raises(ConfigError, match="cache="):
        Summariser(api_key="k", cache="sometimes")  # type: ignore[arg-type]
