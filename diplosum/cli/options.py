"""What the ``diplosum`` commands share: the model options, and failing in one line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from ..config import DEFAULTS

__all__ = ["fail", "model_options", "summariser_options"]

_F = TypeVar("_F", bound=Callable[..., Any])


def fail(message: str, code: int) -> NoReturn:
    """One line on stderr, then exit with ``code``."""
    click.echo(f"diplosum: error: {message}", err=True)
    sys.exit(code)


def summariser_options(options: dict[str, Any]) -> dict[str, Any]:
    """The options the user gave (the rest take the environment's or the defaults)."""
    return {name: value for name, value in options.items() if value is not None}


def model_options(func: _F) -> _F:
    """The options that choose and configure the backend, with ``Settings``' defaults."""
    for option in reversed(
        [
            click.option(
                "--backend",
                type=click.Choice(["offline", "openai", "replay"]),
                help="Which backend [default: openai if a key or base URL is set, else offline].",
            ),
            click.option(
                "--model", help=f"Model name [env DIPLOSUM_MODEL; default: {DEFAULTS.model}]."
            ),
            click.option("--base-url", help="OpenAI-compatible endpoint [env OPENAI_BASE_URL]."),
            click.option(
                "--mode",
                type=click.Choice(["tools", "json_schema"]),
                help=f"Output mode [env DIPLOSUM_MODE; default: {DEFAULTS.mode}].",
            ),
            click.option(
                "--prompts",
                "prompts_dir",
                type=click.Path(file_okay=False),
                help="Folder of templates overriding ours [env DIPLOSUM_PROMPTS_DIR].",
            ),
            click.option(
                "--fixtures",
                "fixtures_dir",
                type=click.Path(file_okay=False),
                help="Fixture folder for --backend replay.",
            ),
            click.option(
                "--timeout",
                type=click.FloatRange(min=0, min_open=True),
                help="Seconds one request may take, first byte to last "
                f"[default: {DEFAULTS.timeout:g}].",
            ),
            click.option(
                "--max-attempts",
                type=click.IntRange(min=1),
                help="Requests per article before giving up on transport errors "
                f"[default: {DEFAULTS.max_attempts}].",
            ),
            click.option(
                "--max-retry-wait",
                type=click.FloatRange(min=0),
                help="Seconds of waiting between retries per article at most "
                f"[default: {DEFAULTS.max_retry_wait:g}].",
            ),
        ]
    ):
        func = option(func)
    return func
