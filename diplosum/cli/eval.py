"""``diplosum eval``: summarise the articles that have gold annotations, and score them."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import ConfigError, InputError
from ..pipeline import Summariser
from .options import fail, model_options, one_of, summariser_options

__all__ = ["eval_command"]


@click.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False))
@click.option(
    "--articles",
    "articles_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder of <id>.txt articles.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--markdown", "as_markdown", is_flag=True, help="Print the report as a Markdown table."
)
@click.option("--out", type=click.Path(dir_okay=False), help="Keep the predictions here (JSONL).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@model_options
def eval_command(
    gold_dir: str,
    articles_dir: str,
    as_json: bool,
    as_markdown: bool,
    out: str | None,
    no_cache: bool,
    **options: Any,
) -> None:
    """Summarise every article with gold and score it (precision, recall, F1 per section)."""
    from ..evaluation import evaluate

    one_of(json=as_json, markdown=as_markdown)
    try:
        summariser = Summariser(cache=not no_cache, **summariser_options(options))
    except ConfigError as exc:
        fail(str(exc), 2)
    try:
        with summariser:
            report, failures = evaluate(
                summariser,
                Path(gold_dir),
                Path(articles_dir),
                predictions_out=Path(out) if out else None,
            )
    except InputError as exc:  # the gold or the articles folder itself: a usage mistake
        fail(str(exc), 2)
    for ident, reason in failures:
        click.echo(f"diplosum: error: {ident}: {reason}", err=True)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    elif as_markdown:
        click.echo(report.markdown(), nl=False)
    else:
        click.echo(report.table())
    sys.exit(1 if failures else 0)
