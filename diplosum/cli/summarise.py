"""``diplosum summarise``: files, folders, standard input and corpora, results as they finish."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import IO, Any

import click

from ..backends.wrappers import RateLimit
from ..cache import CacheOption
from ..errors import ConfigError, InputError
from ..events.report import Collector, write_report
from ..export import StreamWriter
from ..inputs import check_published
from ..inputs.corpus import read_inputs
from ..pipeline import Summariser
from .options import fail, model_options, one_of, output_format, summariser_options
from .outputs import check_outputs, locked_output
from .progress import FailureLog, Tally, run_to_stream
from .signals import sigterm_cancels_run

__all__ = ["summarise"]


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "markdown", "csv"]),
    help="Output format [default: from --out's extension, else json].",
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
    help="Articles in flight at once (offline backend: worker processes, one per core at most).",
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
    "--report",
    "report_dir",
    type=click.Path(file_okay=False),
    help="Also merge the results into events and write a report folder here "
    "(as `diplosum report` does).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr [default: if a terminal].",
)
@model_options
def summarise(
    paths: tuple[str, ...],
    fmt: str | None,
    out: str | None,
    failures: str | None,
    published: str | None,
    jobs: int,
    rpm: float | None,
    tpm: float | None,
    no_cache: bool,
    refresh: bool,
    chunk_chars: int | None,
    report_dir: str | None,
    progress: bool | None,
    **options: Any,
) -> None:
    """Summarise articles: files, folders (*.txt, *.md), - for stdin, or JSONL/CSV corpora
    with id, text and optional published columns.

    Results are written as articles complete, failures to a failures file; a rerun is
    served from the cache for every article already done. Exit 1 if any article failed.
    """
    one_of(no_cache=no_cache, refresh=refresh)
    fmt = output_format(fmt, out)
    try:
        check_published(published)
    except InputError as exc:
        fail(f"--published: {exc}", 2)
    cache: CacheOption = False if no_cache else ("refresh" if refresh else True)
    summariser = _summariser(cache, {**options, "chunk_chars": chunk_chars}, rpm, tpm)
    failures = failures or (f"{out}.failures.jsonl" if out else None)
    check_outputs({"--out": out, "--failures": failures}, paths)
    inputs = read_inputs(paths)
    stream: IO[str] = locked_output(out) if out else sys.stdout
    writer = StreamWriter(stream, fmt)
    failed = FailureLog(failures)
    show = progress if progress is not None else sys.stderr.isatty()
    collector = Collector() if report_dir else None
    if report_dir:  # a folder that cannot be made fails now, not after the run
        _make_folder(report_dir)

    async def run() -> Tally:
        with sigterm_cancels_run():
            try:
                return await run_to_stream(
                    summariser, inputs, published, jobs, writer, failed, show, collector
                )
            finally:
                await summariser.aclose()  # on this loop, where its connections live

    try:
        tally = asyncio.run(run())
        writer.close()
    except OSError as exc:  # a full disk, a closed pipe: the run cannot keep its results
        fail(f"cannot write {out or 'standard output'}: {exc.strerror or exc}", 2)
    finally:
        _close_quietly(writer, stream if out else None)
        failed.close()
    click.echo(f"diplosum: {tally.closing_line()}", err=True)
    if collector is not None and report_dir:
        _report(collector, report_dir)
    if failed.count:
        sys.exit(1)


def _summariser(
    cache: CacheOption, options: dict[str, Any], rpm: float | None, tpm: float | None
) -> Summariser:
    """The summariser the options ask for; a configuration error ends the command."""
    chosen = summariser_options(options)
    if rpm or tpm:
        chosen["rate_limit"] = RateLimit(rpm, tpm)
    try:
        return Summariser(cache=cache, **chosen)
    except ConfigError as exc:
        fail(str(exc), 2)


def _make_folder(report_dir: str) -> None:
    try:
        Path(report_dir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"--report: cannot create {report_dir}: {exc.strerror or exc}", 2)


def _report(collector: Collector, report_dir: str) -> None:
    """Write the report of the run's results to ``report_dir``, and say what it holds."""
    try:
        made = write_report(collector, report_dir)
    except InputError as exc:
        fail(str(exc), 2)
    click.echo(f"diplosum: report: {made.line()}", err=True)


def _close_quietly(writer: StreamWriter, stream: IO[str] | None) -> None:
    """Close the output (a JSON array gets its closing bracket) even after an interrupt;
    an error here is already reported."""
    try:
        writer.close()
        if stream is not None:
            stream.close()
    except OSError:
        pass
