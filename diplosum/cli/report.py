"""``diplosum report``: results files in, a folder of events, exports and a page out."""

from __future__ import annotations

import sys

import click

from ..errors import InputError
from ..events import FILES, report
from .options import fail

__all__ = ["report_command"]


@click.command("report")
@click.argument("results", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder to write into (created if missing).",
)
def report_command(results: tuple[str, ...], out: str) -> None:
    """Merge the summaries of RESULTS (JSONL, as `summarise --format jsonl` writes) into
    events across articles, and write events.jsonl, events.plover.jsonl, network.gexf
    (and .graphml, nodes.csv, edges.csv) and a self-contained index.html into OUT.

    Exit 1 if a line or record was skipped (each is named on stderr), 2 if a file cannot
    be read."""
    try:
        made = report(list(results), out)
    except InputError as exc:
        fail(str(exc), 2)
    for reason in made.skipped:
        click.echo(f"diplosum: error: skipped {reason}", err=True)
    click.echo(f"diplosum: {made.line()}", err=True)
    click.echo(f"diplosum: wrote {', '.join(FILES)}", err=True)
    if made.skipped:
        sys.exit(1)
