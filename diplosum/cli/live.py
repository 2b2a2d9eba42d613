"""The ``diplosum`` commands that use a live endpoint's other APIs: ``record`` and ``batch``."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import IO, Any

import click

from ..errors import ConfigError, DiplosumError
from ..export import StreamWriter, open_private
from ..fixtures import write_recorded_fixture
from ..inputs.corpus import Unreadable, read_inputs
from ..pipeline import Summariser
from .options import fail, model_options, summariser_options
from .progress import FailureLog

__all__ = ["batch", "record"]


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for <id>.json fixtures.",
)
@model_options
def record(paths: tuple[str, ...], out_dir: str, **options: Any) -> None:
    """Re-record response fixtures against a live endpoint (needs OPENAI_API_KEY or --base-url)."""
    try:
        summariser = Summariser(cache=False, **{**summariser_options(options), "backend": "openai"})
    except ConfigError as exc:
        fail(str(exc), 2)
    failed = 0
    with summariser:
        for item in read_inputs(paths):
            try:
                if isinstance(item, Unreadable):
                    raise item.error
                source = item.source or item.id or "-"
                prepared = summariser.prepare(item.text)
                extraction = summariser.extract(prepared)
            except DiplosumError as exc:
                failed += 1
                click.echo(f"diplosum: error: {item.source}: {exc}", err=True)
                continue
            target = Path(out_dir) / f"{item.id}.json"
            write_recorded_fixture(
                target,
                article=prepared.text,
                template=summariser.template,
                model=extraction.model,
                base_url=summariser.settings.endpoint,
                output=extraction.output_json(),
                response=extraction.raw_response,
            )
            click.echo(f"recorded {source} -> {target} ({extraction.model})", err=True)
    sys.exit(1 if failed else 0)


@click.group()
def batch() -> None:
    """The OpenAI Batch API: submit a corpus, poll it, collect the results (half price)."""


def _batch_summariser(options: dict[str, Any]) -> Summariser:
    try:
        return Summariser(**{**summariser_options(options), "backend": "openai"})
    except ConfigError as exc:
        fail(str(exc), 2)


@batch.command("submit")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out-dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for the request files and manifest.",
)
@click.option("--published", help="Publication date, YYYY-MM-DD, for articles without their own.")
@model_options
def batch_submit(
    paths: tuple[str, ...], out_dir: str, published: str | None, **options: Any
) -> None:
    """Upload the requests for the articles as one or more batches; print their ids."""
    from ..backends.openai.batch import submit

    articles = []
    for item in read_inputs(paths):
        if isinstance(item, Unreadable):
            fail(f"{item.source}: {item.error}", 1)
        articles.append(
            item
            if item.published or not published
            else dataclasses.replace(item, published=published)
        )
    with _batch_summariser(options) as summariser:
        for batch_id in submit(summariser, articles, Path(out_dir)):
            click.echo(batch_id)


@batch.command("status")
@click.argument("batch_id")
@click.option("--base-url", help="OpenAI-compatible endpoint [env OPENAI_BASE_URL].")
def batch_status(batch_id: str, **options: Any) -> None:
    """Print a batch's status and request counts (needs OPENAI_API_KEY)."""
    from ..backends.openai.batch import status

    with _batch_summariser(options) as summariser:
        found = status(summariser, batch_id)
    counts = found.get("request_counts") or {}
    click.echo(
        f"{found['id']}  {found['status']}  completed {counts.get('completed', 0)}  "
        f"failed {counts.get('failed', 0)}  total {counts.get('total', 0)}"
    )


@batch.command("collect")
@click.argument("batch_id")
@click.option(
    "--out-dir", required=True, type=click.Path(file_okay=False), help="The folder given to submit."
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Write the summaries here (JSONL) instead of stdout.",
)
@model_options
def batch_collect(batch_id: str, out_dir: str, out: str | None, **options: Any) -> None:
    """Validate, ground and cache a finished batch's answers; write them as JSONL."""
    from ..backends.openai.batch import collect

    with _batch_summariser(options) as summariser:
        outcome = collect(summariser, batch_id, Path(out_dir))
    if outcome.status != "completed":
        fail(f"batch {batch_id} is {outcome.status}, not completed yet: try again later", 1)
    stream: IO[str] = open_private(out) if out else sys.stdout
    writer = StreamWriter(stream, "jsonl")
    for article_id, source, summary, text in outcome.summaries:
        writer.write(summary, article_id, source, text)
    writer.close()
    if out:
        stream.close()
    failures = FailureLog(f"{out}.failures.jsonl" if out else None)
    for article_id, source, reason in outcome.failures:
        failures.add(article_id, source, DiplosumError(reason))
    failures.close()
    sys.exit(1 if outcome.failures else 0)
