"""Helpers shared by the ``diplosum`` commands."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

__all__ = ["fail", "model_options"]


def fail(message: str, code: int) -> NoReturn:
    click.echo(f"diplosum: error: {message}", err=True)
    sys.exit(code)


def model_options(func: Any) -> Any:
    for option in reversed(
        [
            click.option(
                "--backend",
                type=click.Choice(["offline", "openai", "replay"]),
                help="Which backend [default: openai if a key or base URL is set, else offline].",
            ),
            click.option("--model", help="Model name [env DIPLOSUM_MODEL]."),
            click.option("--base-url", help="OpenAI-compatible endpoint [env OPENAI_BASE_URL]."),
            click.option(
                "--mode",
                type=click.Choice(["tools", "json_schema"]),
                help="Output mode [env DIPLOSUM_MODE].",
            ),
            click.option(
                "--prompts",
                "prompts_dir",
                type=click.Path(file_okay=False),
                help="Folder of templates overriding ours.",
            ),
            click.option(
                "--fixtures",
                "fixtures_dir",
                type=click.Path(file_okay=False),
                help="Fixture folder for --backend replay.",
            ),
            click.option(
                "--timeout",
                type=float,
                default=60.0,
                show_default=True,
                help="Seconds per request.",
            ),
            click.option(
                "--max-attempts",
                type=click.IntRange(min=1),
                default=5,
                show_default=True,
                help="Requests per article before giving up on transport errors.",
            ),
            click.option(
                "--max-retry-wait",
                type=click.FloatRange(min=0),
                default=120.0,
                show_default=True,
                help="Seconds of retry waiting per article at most.",
            ),
        ]
    ):
        func = option(func)
    return func
