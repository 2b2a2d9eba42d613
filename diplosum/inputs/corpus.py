"""Reading inputs: files, folders, standard input, web pages, and JSONL or CSV corpora.

- A ``.txt`` or ``.md`` file is one article; its id is the file's stem.
- A ``.html`` or ``.htm`` file, an ``http(s)://`` URL, and any text that is clearly a page
  become the page's story (``pages.read_page``, ``pages.fetch_page``): the article's
  text is what was extracted, and the page's date its ``published``.
- A folder contributes its ``*.txt`` and ``*.md`` files, recursively, in sorted order; each
  id is the file's path inside the folder without its suffix (``2016/001``), so files of
  the same name in different subfolders keep different ids.
- ``-`` reads one article from standard input.
- A ``.jsonl`` file holds one record per line, a ``.csv`` file one per row, with ``text``
  (or ``url``, fetched) and optionally ``id`` and ``published``. A UTF-8 byte-order mark
  is allowed. A record's own ``published`` wins over a page's date.

Anything unreadable becomes an ``Unreadable`` entry carrying an ``InputError`` (a line
that is not JSON, nested too deeply, not UTF-8, a record without a ``text`` string, a
corpus with no records), so the run reports it and goes on: no line stops the reader.
Ids are unique in one reading: a repeated id gets ``#2``, ``#3`` with a warning.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..runner import Article
from .checks import looks_like_html
from .pages import fetch_page, page_id, read_page

__all__ = ["PAGE_SUFFIXES", "TEXT_SUFFIXES", "Unreadable", "read_inputs"]

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
CORPUS_SUFFIXES = (".jsonl", ".csv")
# Python's csv module refuses fields over 131,072 characters by default, below the
# articles we accept: the limit is raised while a corpus is read (lengths are checked,
# with a clear message, by the pipeline).
_CSV_FIELD_LIMIT = 2**31 - 1


@dataclasses.dataclass(frozen=True)
class Unreadable:
    """An input that could not be turned into an article, and why."""

    id: str
    source: str
    error: InputError


def _page(ident: str, source: str, read: Callable[[], Article]) -> Article | Unreadable:
    try:
        return dataclasses.replace(read(), id=ident, source=source)
    except InputError as exc:
        return Unreadable(ident, source, exc)


def _text_file(path: Path, ident: str) -> Article | Unreadable:
    if path.suffix.lower() in PAGE_SUFFIXES:
        try:
            html = path.read_bytes()
        except OSError as exc:
            return Unreadable(ident, str(path), InputError(str(exc.strerror)))
        return _page(ident, str(path), lambda: read_page(html))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return Unreadable(ident, str(path), InputError(f"not UTF-8 text (byte {exc.start})"))
    except OSError as exc:
        return Unreadable(ident, str(path), InputError(str(exc.strerror)))
    if looks_like_html(text):
        return _page(ident, str(path), lambda: read_page(text))
    return Article(text=text, id=ident, source=str(path))


def _record(where: str, record: Any) -> Article | Unreadable:
    if not isinstance(record, dict):
        kind = type(record).__name__
        return Unreadable(where, where, InputError(f"a record is an object, not {kind}"))
    given = record.get("id")
    ident = str(given) if given not in (None, "") else where
    text, url = record.get("text"), record.get("url")
    url = url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
    article: Article | Unreadable
    if text in (None, "") and url is not None:
        article = _page(ident, where, lambda: fetch_page(url))
    elif not isinstance(text, str):
        found = "no 'text' (or 'url')" if text is None else f"'text' is {type(text).__name__}"
        return Unreadable(ident, where, InputError(f"{found}, not a string"))
    elif looks_like_html(text):
        article = _page(ident, where, lambda: read_page(text, url=url))
    else:
        article = Article(text, ident, None, where)
    published = record.get("published") or None
    if isinstance(article, Article) and published:
        article = dataclasses.replace(article, published=published, published_source="record")
    return article


def _jsonl(path: Path) -> Iterator[Article | Unreadable]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            where = f"{path}:{number}"
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Unreadable(where, where, InputError(f"not UTF-8 text (byte {exc.start})"))
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield Unreadable(where, where, InputError(f"not JSON: {exc}"))
                continue
            except RecursionError:
                yield Unreadable(where, where, InputError("not JSON: nested too deeply"))
                continue
            yield _record(where, record)


def _csv(path: Path) -> Iterator[Article | Unreadable]:
    previous = csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            while True:
                where = f"{path}:{reader.line_num + 1}"
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield Unreadable(where, where, InputError(f"not a CSV row: {exc}"))
                    continue
                yield _record(f"{path}:{reader.line_num}", row)
    except UnicodeDecodeError as exc:
        yield Unreadable(str(path), str(path), InputError(f"not UTF-8 text (byte {exc.start})"))
    finally:
        csv.field_size_limit(previous)


def _records(path: Path) -> Iterator[Article | Unreadable]:
    found = False
    try:
        for item in _csv(path) if path.suffix == ".csv" else _jsonl(path):
            found = True
            yield item
    except OSError as exc:
        found = True
        yield Unreadable(str(path), str(path), InputError(str(exc.strerror)))
    if not found:
        yield Unreadable(str(path), str(path), InputError("no records in this file"))


def _folder(path: Path, raw: str) -> Iterator[Article | Unreadable]:
    readable = TEXT_SUFFIXES + PAGE_SUFFIXES
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in readable)
    if not files:
        yield Unreadable(raw, raw, InputError("no *.txt, *.md or *.html files in this folder"))
    for file in files:
        yield _text_file(file, file.relative_to(path).with_suffix("").as_posix())


def _read(raw: str) -> Iterator[Article | Unreadable]:
    if raw == "-":
        yield Article(text=sys.stdin.read(), id="-", source="-")
        return
    if raw.startswith(("http://", "https://")):
        yield _page(page_id(raw), raw, lambda: fetch_page(raw))
        return
    path = Path(raw)
    if path.is_dir():
        yield from _folder(path, raw)
    elif path.is_file() and path.suffix in CORPUS_SUFFIXES:
        yield from _records(path)
    elif path.is_file():
        yield _text_file(path, path.stem)
    else:
        yield Unreadable(raw, raw, InputError("no such file or directory"))


def _unique(items: Iterable[Article | Unreadable]) -> Iterator[Article | Unreadable]:
    seen: dict[str, int] = {}
    for item in items:
        given = item.id or ""
        count = seen.get(given, 0) + 1
        seen[given] = count
        if count == 1:
            yield item
            continue
        ident = f"{given}#{count}"
        warnings.warn(f"duplicate id {given!r} ({item.source}): written as {ident!r}", stacklevel=2)
        yield dataclasses.replace(item, id=ident)


def read_inputs(paths: Iterable[str]) -> Iterator[Article | Unreadable]:
    """Articles from every path, in order; ``Unreadable`` for what cannot be read."""
    return _unique(item for raw in paths for item in _read(raw))
