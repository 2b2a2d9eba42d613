"""The ``diplosum`` command.

Exit codes: 0 every article summarised; 1 at least one article failed (each failure is one
line on stderr, and every other article's result is still written); 2 a usage or
configuration error. Errors are one line, never a traceback. API keys are read from the
environment only, never from the command line, where they would reach shell history.
"""

from __future__ import annotations

import asyncio
import json
import sys
import warnings
from pathlib import Path
from typing import IO, Any, TextIO

import click

from .cache import Cache
from .cli_common import fail, model_options
from .cli_live import batch, record
from .config import resolve_cache_dir
from .corpus import read_inputs
from .errors import ConfigError, DiplosumError
from .export import StreamWriter, open_private
from .pipeline import CacheOption, Summariser
from .progress import FailureLog, run_to_stream
from .ratelimit import RateLimit

__all__ = ["main"]

_SUFFIXES = (".txt", ".md")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplosum")
def cli() -> None:
    """Evidence-grounded structured summaries of diplomatic news articles."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "markdown", "csv"]),
    default="json",
    show_default=True,
)
@click.option("--out", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option(
    "--failures",
    type=click.Path(dir_okay=False),
    help="Failed inputs as JSONL [default: OUT.failures.jsonl with --out].",
)
@click.option("--published", help="Publication date, YYYY-MM-DD, for articles without their own.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=4,
    show_default=True,
    help="Articles in flight at once.",
)
@click.option(
    "--rpm",
    type=click.FloatRange(min=0, min_open=True),
    help="At most this many requests per minute.",
)
@click.option(
    "--tpm",
    type=click.FloatRange(min=0, min_open=True),
    help="At most this many tokens per minute (estimated).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option("--refresh", is_flag=True, help="Ignore cached summaries and overwrite them.")
@click.option(
    "--chunk-chars",
    type=click.IntRange(min=2000),
    help="Summarise articles longer than this many characters in chunks.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr [default: if a terminal].",
)
@model_options
def summarise(
    paths: tuple[str, ...],
    fmt: str,
    out: str | None,
    failures: str | None,
    published: str | None,
    jobs: int,
    rpm: float | None,
    tpm: float | None,
    no_cache: bool,
    refresh: bool,
    chunk_chars: int | None,
    progress: bool | None,
    **options: Any,
) -> None:
    """Summarise articles: files, folders (*.txt, *.md), - for stdin, or JSONL/CSV corpora
    with id, text and optional published columns.

    Results are written as articles complete, failures to a failures file; a rerun is
    served from the cache for every article already done. Exit 1 if any article failed.
    """
    cache: CacheOption = False if no_cache else ("refresh" if refresh else True)
    limit = RateLimit(rpm, tpm) if rpm or tpm else None
    try:
        summariser = Summariser(cache=cache, rate_limit=limit, chunk_chars=chunk_chars, **options)
    except ConfigError as exc:
        fail(str(exc), 2)
    inputs = list(read_inputs(paths))
    stream: IO[str] = open_private(out) if out else sys.stdout
    writer = StreamWriter(stream, fmt)
    failed = FailureLog(failures or (f"{out}.failures.jsonl" if out else None))
    show = progress if progress is not None else sys.stderr.isatty()
    try:
        asyncio.run(run_to_stream(summariser, inputs, published, jobs, writer, failed, show))
    finally:
        writer.close()
        failed.close()
        summariser.close()
        if out:
            stream.close()
    if failed.count:
        click.echo(f"diplosum: {failed.count} of {len(inputs)} article(s) failed", err=True)
        sys.exit(1)


@cli.command("eval")
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
    from .evaluation import evaluate

    try:
        summariser = Summariser(cache=not no_cache, **options)
    except ConfigError as exc:
        fail(str(exc), 2)
    with summariser:
        report, failures = evaluate(
            summariser,
            Path(gold_dir),
            Path(articles_dir),
            predictions_out=Path(out) if out else None,
        )
    for ident, reason in failures:
        click.echo(f"diplosum: error: {ident}: {reason}", err=True)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    elif as_markdown:
        click.echo(report.markdown(), nl=False)
    else:
        click.echo(report.table())
    sys.exit(1 if failures else 0)


@cli.group()
def cache() -> None:
    """Inspect or clear the summary cache."""


def _cache(cache_dir: str | None) -> Cache:
    return Cache(resolve_cache_dir(cache_dir))


_cache_dir = click.option("--cache-dir", help="Cache folder [env DIPLOSUM_CACHE_DIR].")


@cache.command("path")
@_cache_dir
def cache_path(cache_dir: str | None) -> None:
    """Print the cache file's path."""
    click.echo(str(_cache(cache_dir).path))


@cache.command("stats")
@_cache_dir
def cache_stats(cache_dir: str | None) -> None:
    """Entries, size and entries per model."""
    stats = _cache(cache_dir).stats()
    click.echo(f"path     {stats['path']}\nentries  {stats['entries']}\nbytes    {stats['bytes']}")
    for row in stats["by_model"]:
        click.echo(f"  {row['entries']:>7}  {row['backend']}/{row['model']}")


@cache.command("clear")
@_cache_dir
def cache_clear(cache_dir: str | None) -> None:
    """Delete every cached summary."""
    click.echo(f"removed {_cache(cache_dir).clear()} cached summaries")


cli.add_command(record)
cli.add_command(batch)


def _one_line_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    click.echo(f"diplosum: warning: {message}", err=True)


def main() -> None:
    """Entry point: every expected failure is one line on stderr and a non-zero exit."""
    # The library warns where it goes on without something (a cache it cannot open): the
    # command says so in one line, without the source file and code line Python would add.
    warnings.showwarning = _one_line_warning
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        fail("interrupted", 130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except DiplosumError as exc:
        fail(str(exc), 1)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except Exception as exc:  # a bug: say so in one line, keep the traceback off the user
        fail(f"internal error ({type(exc).__name__}): {exc}", 1)


if __name__ == "__main__":
    main()
