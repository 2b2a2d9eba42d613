"""``diplosum cache``: where the cache is, what it holds, and clearing it."""

from __future__ import annotations

import click

from ..cache import Cache
from ..config import resolve_cache_dir

__all__ = ["cache"]


@click.group()
def cache() -> None:
    """Inspect or clear the cache of model answers."""


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
    """Entries, size, what the answers cost, and entries per model."""
    stats = _cache(cache_dir).stats()
    click.echo(f"path     {stats['path']}\nentries  {stats['entries']}\nbytes    {stats['bytes']}")
    click.echo(f"cost     {_dollars(stats['cost_usd'])} (what its answers cost when asked)")
    for row in stats["by_model"]:
        cost = _dollars(row["cost_usd"])
        click.echo(f"  {row['entries']:>7}  {cost:>10}  {row['backend']}/{row['model']}")


def _dollars(amount: float | None) -> str:
    return "unknown" if amount is None else f"${amount:.4f}"


@cache.command("clear")
@_cache_dir
def cache_clear(cache_dir: str | None) -> None:
    """Delete every cached answer."""
    click.echo(f"removed {_cache(cache_dir).clear()} cached answers")
