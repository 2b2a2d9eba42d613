"""The ``diplosum`` command.

Exit codes: 0 every article summarised; 1 at least one article failed (each failure is one
line on stderr, and every other article's result is still written); 2 a usage or
configuration error. Errors are one line, never a traceback. API keys are read from the
environment only, never from the command line, where they would reach shell history.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NoReturn

import click

from .cache import Cache
from .config import resolve_cache_dir
from .errors import ConfigError, DiplosumError, InputError
from .export import to_markdown, to_record
from .fixtures import write_recorded_fixture
from .pipeline import CacheOption, Summariser

__all__ = ["main"]

_SUFFIXES = (".txt", ".md")


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"diplosum: error: {message}", err=True)
    sys.exit(code)


def _inputs(paths: tuple[str, ...]) -> Iterator[tuple[str, str | InputError]]:
    """(source, text) per article, or (source, InputError) for one that cannot be read."""
    for raw in paths:
        if raw == "-":
            yield "-", sys.stdin.read()
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in _SUFFIXES)
            if not files:
                yield raw, InputError("no *.txt or *.md files in this folder")
        elif path.is_file():
            files = [path]
        else:
            yield raw, InputError("no such file or directory")
            continue
        for file in files:
            try:
                yield str(file), file.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                yield str(file), InputError("not UTF-8 text")
            except OSError as exc:
                yield str(file), InputError(str(exc.strerror))


class _Writer:
    """Streams results as they complete, so an interrupted run keeps what it finished."""

    def __init__(self, stream: IO[str], fmt: str) -> None:
        self.stream, self.fmt, self.count = stream, fmt, 0

    def write(self, record: dict[str, Any], markdown: str) -> None:
        if self.fmt == "jsonl":
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.stream.write(
                ("[\n" if self.count == 0 else ",\n")
                + json.dumps(record, indent=2, ensure_ascii=False)
            )
        else:
            self.stream.write(("\n---\n\n" if self.count else "") + markdown)
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()


def _options(func: Any) -> Any:
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
        ]
    ):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplosum")
def cli() -> None:
    """Evidence-grounded structured summaries of diplomatic news articles."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "markdown"]),
    default="json",
    show_default=True,
)
@click.option("--out", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--published", help="Publication date of the articles, YYYY-MM-DD.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option("--refresh", is_flag=True, help="Ignore cached summaries and overwrite them.")
@_options
def summarise(
    paths: tuple[str, ...],
    fmt: str,
    out: str | None,
    published: str | None,
    no_cache: bool,
    refresh: bool,
    **options: Any,
) -> None:
    """Summarise articles: files, folders (*.txt, *.md, recursively) or - for stdin."""
    cache: CacheOption = False if no_cache else ("refresh" if refresh else True)
    try:
        summariser = Summariser(cache=cache, **options)
    except ConfigError as exc:
        _fail(str(exc), 2)
    failed = 0
    stream: IO[str] = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    writer = _Writer(stream, fmt)
    try:
        with summariser:
            for source, text in _inputs(paths):
                try:
                    if isinstance(text, InputError):
                        raise text
                    summary = summariser.summarise(text, published=published)
                except DiplosumError as exc:
                    failed += 1
                    click.echo(f"diplosum: error: {source}: {exc}", err=True)
                    continue
                writer.write(to_record(summary, source), to_markdown(summary, source))
    finally:
        writer.close()
        if out:
            stream.close()
    if failed:
        click.echo(f"diplosum: {failed} of {failed + writer.count} article(s) failed", err=True)
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for <id>.json fixtures.",
)
@_options
def record(paths: tuple[str, ...], out_dir: str, **options: Any) -> None:
    """Re-record response fixtures against a live endpoint (needs OPENAI_API_KEY or --base-url)."""
    try:
        summariser = Summariser(cache=False, **{**options, "backend": "openai"})
    except ConfigError as exc:
        _fail(str(exc), 2)
    failed = 0
    with summariser:
        for source, text in _inputs(paths):
            try:
                if isinstance(text, InputError):
                    raise text
                messages = summariser.template.render(article=text, published=None)
                extraction = summariser.backend.extract(messages, article=text)
            except DiplosumError as exc:
                failed += 1
                click.echo(f"diplosum: error: {source}: {exc}", err=True)
                continue
            target = Path(out_dir) / f"{Path(source).stem}.json"
            write_recorded_fixture(
                target,
                article=text,
                template=summariser.template,
                model=extraction.model,
                base_url=summariser.settings.base_url,
                output=extraction.summary.model_dump(mode="json", exclude={"meta", "rejected"}),
                response=extraction.raw_response,
            )
            click.echo(f"recorded {source} -> {target} ({extraction.model})", err=True)
    sys.exit(1 if failed else 0)


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
@_options
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
        _fail(str(exc), 2)
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


def main() -> None:
    """Entry point: every expected failure is one line on stderr and a non-zero exit."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        _fail("interrupted", 130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except DiplosumError as exc:
        _fail(str(exc), 1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:  # a bug: say so in one line, keep the traceback off the user
        _fail(f"internal error ({type(exc).__name__}): {exc}", 1)


if __name__ == "__main__":
    main()
