"""Configuration: keywords first, environment second, defaults in one place, clear errors."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner

from diplosum import ConfigError, Summariser
from diplosum.cli import cli
from diplosum.config import DEFAULT_MODEL, DEFAULTS, Settings, redact_url, resolve_settings


def test_no_model_configured_falls_back_to_the_offline_extractor() -> None:
    settings = resolve_settings({})
    assert (settings.backend, settings.defaulted) == ("offline", True)
    named = resolve_settings({"backend": "offline"})
    assert (named.backend, named.defaulted) == ("offline", False)


def test_openai_named_without_a_key_says_exactly_what_to_set() -> None:
    with pytest.raises(ConfigError) as caught:
        resolve_settings({"backend": "openai"})
    message = str(caught.value)
    assert "OPENAI_API_KEY" in message and "OPENAI_BASE_URL" in message


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-key-123456")
    monkeypatch.setenv("DIPLOSUM_MODEL", "env-model")
    settings = resolve_settings({})
    assert settings.backend == "openai"
    assert settings.model == "env-model"
    assert settings.api_key == "sk-env-key-123456"


def test_keywords_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")
    monkeypatch.setenv("DIPLOSUM_MODEL", "env-model")
    settings = resolve_settings({"base_url": "http://127.0.0.1:2/v1/", "model": "kw-model"})
    assert settings.base_url == "http://127.0.0.1:2/v1"
    assert settings.model == "kw-model"


def test_a_base_url_alone_selects_the_openai_compatible_backend() -> None:
    settings = resolve_settings({"base_url": "http://127.0.0.1:11434/v1"})
    assert settings.backend == "openai"
    assert settings.model == DEFAULT_MODEL
    assert settings.api_key is None


def test_defaults_are_written_once_and_the_cli_shows_the_same() -> None:
    settings = resolve_settings({"backend": "offline"})
    for field in ("timeout", "max_attempts", "max_retry_wait", "validation_retries", "mode"):
        assert getattr(settings, field) == getattr(DEFAULTS, field) == getattr(Settings, field)
    shown = CliRunner().invoke(cli, ["summarise", "--help"]).output
    assert f"[default: {DEFAULTS.timeout:g}]" in shown
    assert f"[default: {DEFAULTS.max_attempts}]" in shown


def test_the_key_and_url_credentials_are_not_in_any_repr() -> None:
    summariser = Summariser(
        api_key="sk-secret-value-999", base_url="http://user:pa55word@127.0.0.1:9/v1", cache=False
    )
    for shown in (repr(summariser), repr(summariser.settings), repr(summariser.backend)):
        assert "sk-secret-value-999" not in shown
        assert "pa55word" not in shown
    assert "127.0.0.1:9" in repr(summariser.settings)


def test_urls_are_shown_without_passwords_or_keys() -> None:
    assert redact_url("http://user:pass@host:8/v1") == "http://***@host:8/v1"
    assert redact_url("https://h/v1?api-key=abc&x=1") == "https://h/v1?api-key=***&x=1"
    assert redact_url("http://127.0.0.1:8/v1") == "http://127.0.0.1:8/v1"


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"backend": "nope"}, "unknown backend"),
        ({"api_key": "k", "mode": "xml"}, "DIPLOSUM_MODE"),
        ({"backend": "replay"}, "fixtures"),
        ({"api_key": "k", "max_attempts": 0}, "max_attempts"),
        ({"api_key": "k", "chunk_chars": 10}, "chunk_chars"),
        ({"modle": "gpt"}, "unknown option 'modle'"),
    ],
)
def test_bad_settings(options: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        resolve_settings(options)  # type: ignore[arg-type]


def test_bad_cache_option_and_bad_backend_object() -> None:
    with pytest.raises(ConfigError, match="cache="):
        Summariser(api_key="k", cache="sometimes")  # type: ignore[typeddict-item]
    with pytest.raises(ConfigError, match=r"diplosum\.Backend"):
        Summariser(backend=object())  # type: ignore[typeddict-item]


def test_settings_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULTS.timeout = 1  # type: ignore[misc]
