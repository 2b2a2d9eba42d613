"""Reading inputs: files, folders, standard input, and JSONL or CSV corpora.

- A ``.txt`` or ``.md`` file is one article; its id is the file's stem.
- A folder contributes its ``*.txt`` and ``*.md`` files, recursively, in sorted order.
- ``-`` reads one article from standard input.
- A ``.jsonl`` file holds one record per line, a ``.csv`` file one per row, with ``text``
  and optionally ``id`` and ``published``.

Anything unreadable becomes an ``Unreadable`` entry carrying an ``InputError``, so the run
reports it and goes on.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..runner import Article

__all__ = ["Unreadable", "read_inputs"]

_TEXT_SUFFIXES = (".txt", ".md")


@dataclasses.dataclass(frozen=True)
class Unreadable:
    """An input that could not be turned into an article, and why."""

    id: str
    source: str
    error: InputError


def _text_file(path: Path) -> Article | Unreadable:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return Unreadable(path.stem, str(path), InputError("not UTF-8 text"))
    except OSError as exc:
        return Unreadable(path.stem, str(path), InputError(str(exc.strerror)))
    return Article(text=text, id=path.stem, source=str(path))


def _records(path: Path) -> Iterator[Article | Unreadable]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            if path.suffix == ".csv":
                rows: Iterator[tuple[int, object]] = enumerate(csv.DictReader(handle), 2)
            else:
                rows = ((n, line) for n, line in enumerate(handle, 1) if line.strip())
            for number, row in rows:
                where = f"{path}:{number}"
                try:
                    record = json.loads(row) if isinstance(row, str) else row
                except ValueError as exc:
                    yield Unreadable(where, where, InputError(f"not JSON: {exc}"))
                    continue
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    yield Unreadable(where, where, InputError("no 'text' field"))
                    continue
                ident = str(record.get("id") or where)
                published = record.get("published") or None
                yield Article(record["text"], ident, published, where)
    except UnicodeDecodeError:
        yield Unreadable(str(path), str(path), InputError("not UTF-8 text"))
    except OSError as exc:
        yield Unreadable(str(path), str(path), InputError(str(exc.strerror)))


def read_inputs(paths: tuple[str, ...]) -> Iterator[Article | Unreadable]:
    """Articles from every path, in order; ``Unreadable`` for what cannot be read."""
    for raw in paths:
        if raw == "-":
            yield Article(text=sys.stdin.read(), id="-", source="-")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in _TEXT_SUFFIXES)
            if not files:
                yield Unreadable(raw, raw, InputError("no *.txt or *.md files in this folder"))
            for file in files:
                yield _text_file(file)
        elif path.is_file() and path.suffix in (".jsonl", ".csv"):
            yield from _records(path)
        elif path.is_file():
            yield _text_file(path)
        else:
            yield Unreadable(raw, raw, InputError("no such file or directory"))
