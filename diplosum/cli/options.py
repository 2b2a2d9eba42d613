"""What the ``diplosum`` commands share: the model options, and failing in one line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from ..config import DEFAULTS

__all__ = ["fail", "model_options", "one_of", "output_format", "summariser_options"]

_F = TypeVar("_F", bound=Callable[..., Any])


def fail(message: str, code: int) -> NoReturn:
    """One line on stderr, then exit with ``code``."""
    click.echo(f"diplosum: error: {message}", err=True)
    sys.exit(code)


# Options that configure a model, which the offline and replay backends do not use.
_MODEL_ONLY = {
    "model": "--model",
    "base_url": "--base-url",
    "mode": "--mode",
    "timeout": "--timeout",
    "max_attempts": "--max-attempts",
    "max_retry_wait": "--max-retry-wait",
}


def summariser_options(options: dict[str, Any]) -> dict[str, Any]:
    """The options the user gave (the rest take the environment's or the defaults); a
    usage error (exit 2) for options that contradict each other."""
    chosen = {name: value for name, value in options.items() if value is not None}
    backend = chosen.get("backend")
    if backend in ("offline", "replay"):
        unused = [flag for name, flag in _MODEL_ONLY.items() if name in chosen]
        if unused:
            fail(f"--backend {backend} asks no model: {', '.join(unused)} would be ignored", 2)
    if "fixtures_dir" in chosen and backend != "replay":
        fail("--fixtures is for --backend replay", 2)
    return chosen


def one_of(**flags: bool) -> None:
    """A usage error (exit 2) when more than one of ``flags`` is set."""
    given = [f"--{name.replace('_', '-')}" for name, value in flags.items() if value]
    if len(given) > 1:
        fail(f"{' and '.join(given)} cannot be used together: choose one", 2)


_FORMATS = {".json": "json", ".jsonl": "jsonl", ".md": "markdown", ".markdown": "markdown"}
_FORMATS[".csv"] = "csv"


def output_format(fmt: str | None, out: str | None) -> str:
    """``--format``, else the one ``--out``'s extension names, else JSON; a usage error
    when both are given and disagree (``--out x.csv --format json``)."""
    implied = _FORMATS.get(Path(out).suffix.lower()) if out else None
    if fmt is not None and implied is not None and fmt != implied:
        fail(f"--format {fmt} does not fit --out {out!r}, which names {implied}", 2)
    return fmt or implied or "json"


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
