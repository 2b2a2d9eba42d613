"""Output files of a run: checked before any work, locked while written, never an input.

- ``check_outputs`` refuses, before anything is read or sent, an output whose folder does
  not exist, and an output that is one of the inputs (or would be read as one, inside an
  input folder), so no run destroys what it reads.
- ``locked_output`` opens a file for this run alone: a second run writing to the same file
  is refused at once (``flock``), instead of both interleaving lines; the file is emptied
  only once the lock is held. Owner-only (0600), like the cache.
"""

from __future__ import annotations

import fcntl
import os
import stat
from pathlib import Path
from typing import IO

from .options import fail

__all__ = ["check_outputs", "locked_output"]

_READ_AS_INPUT = (".txt", ".md", ".jsonl", ".csv", ".html", ".htm")


def _is_input(target: Path, raw_inputs: tuple[str, ...]) -> str | None:
    """The input ``target`` is, or would be read from; ``None`` if it is none."""
    for raw in raw_inputs:
        if raw == "-" or "://" in raw:
            continue
        source = Path(raw)
        if source.is_file() and target.exists() and os.path.samefile(source, target):
            return raw
        if source.is_dir() and target.suffix in _READ_AS_INPUT:
            inside = target.resolve().is_relative_to(source.resolve())
            if inside:
                return raw
    return None


def check_outputs(outputs: dict[str, str | None], raw_inputs: tuple[str, ...]) -> None:
    """Exit 2 with one line if an output cannot be written or is an input."""
    given = {option: Path(path) for option, path in outputs.items() if path}
    for option, target in given.items():
        if target.is_dir():
            fail(f"{option} {str(target)!r} is a folder: name a file", 2)
        if not target.parent.is_dir():
            fail(f"{option} {str(target)!r}: the folder {str(target.parent)!r} does not exist", 2)
        clash = _is_input(target, raw_inputs)
        if clash is not None:
            fail(f"{option} {str(target)!r} is an input of this run ({clash}): write elsewhere", 2)
    paths = [p.resolve() for p in given.values()]
    if len(set(paths)) < len(paths):
        fail(f"{' and '.join(given)} name the same file: give each its own", 2)


def locked_output(path: str | Path) -> IO[str]:
    """``path`` opened for writing by this run alone, emptied, owner-only."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    except OSError as exc:
        fail(f"cannot write {str(path)!r}: {exc.strerror}", 2)
    # Only a file is locked: two runs may both write to /dev/null, a pipe or a terminal.
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        return os.fdopen(fd, "w", encoding="utf-8", newline="")
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        fail(f"another run is writing {str(path)!r}: wait for it, or write elsewhere", 2)
    os.ftruncate(fd, 0)
    os.fchmod(fd, 0o600)  # an existing file keeps its old mode through os.open
    return os.fdopen(fd, "w", encoding="utf-8", newline="")
