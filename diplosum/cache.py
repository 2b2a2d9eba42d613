"""A persistent cache of backends' answers in one SQLite file (WAL mode), safe across processes.

What is kept is what cost money: a backend's answer as it sent it (readable JSON), with the
model, token usage, request count and price. Grounding, normalisation, attribution and the
summary's ``meta`` are recomputed on every hit (milliseconds), so a fix to any of them
reaches answers cached before it. A failure is never stored. The key is a SHA-256 over
everything that changes the *answer* (see ``cache_key``) and never includes the API key.

Modes:

- ``on``: read, and write what was computed.
- ``off``: neither read nor write.
- ``refresh``: do not read, but overwrite with what was computed.
- ``read-only``: read, never write (a shared cache nobody should grow by accident). The
  file is opened read-only, so a cache on a read-only disk or owned by someone else works.

Several processes and threads may use one file at once: SQLite's own locking serialises
writers, WAL lets readers proceed, and ``busy_timeout`` makes a writer wait instead of
failing. Each thread gets its own connection.

Damage: a file SQLite reports as corrupt (anywhere inside, at any operation) is moved
aside under a unique name, with a warning, and a fresh cache started; a file that was
never a database is refused when its path was given as the database itself (it may be
the user's), and moved aside only where it has our own file name.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import threading
import time
import uuid
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from .errors import CacheError

__all__ = ["CACHE_FILENAME", "Cache", "CacheMode", "CacheOption", "cache_key"]

CACHE_FILENAME = "cache.sqlite3"
# A path that does not exist yet names the database file itself only with one of these
# endings; any other name is a folder to create ("~/runs/v1.2" is a folder, not a file).
_DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")
_SQLITE_MAGIC = b"SQLite format 3\x00"
CacheMode = Literal["on", "off", "refresh", "read-only"]
_MODES: tuple[CacheMode, ...] = ("on", "off", "refresh", "read-only")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    backend TEXT NOT NULL,
    model TEXT NOT NULL,
    cost_usd REAL,
    created REAL NOT NULL
)
"""
_DAMAGE = ("not a database", "malformed", "corrupt")
_T = TypeVar("_T")


def cache_key(parts: dict[str, Any]) -> str:
    """SHA-256 of ``parts`` as canonical JSON. Callers must never put a secret in ``parts``."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _database_path(path: str | Path) -> tuple[Path, bool]:
    """The database file, and whether the caller named the file itself (not a folder).

    One look at the path decides: asking "is it a folder?" and then "does it exist?" let a
    process see a folder another process created in between as a file it named, and fail
    with "unable to open database file" (processes starting on one new cache at once).
    """
    target = Path(path).expanduser()
    try:
        is_folder = stat.S_ISDIR(target.stat().st_mode)
    except OSError:  # not there (or under a file): opening it says why
        is_folder = target.suffix.lower() not in _DATABASE_SUFFIXES
    return (target / CACHE_FILENAME, False) if is_folder else (target, True)


def _is_damage(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and any(s in str(exc) for s in _DAMAGE)


# SQLite answers a switch of journal mode that another connection is making at the same
# moment with "database is locked" at once, without waiting out the busy timeout.
_WAL_RETRIES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """Put ``conn``'s database in WAL mode, trying again while another process does."""
    for delay in _WAL_RETRIES:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            time.sleep(delay)
    conn.execute("PRAGMA journal_mode = WAL")


class Cache:
    """Backends' answers on disk, keyed by ``cache_key``.

    ``path`` is a folder (the database is ``cache.sqlite3`` in it) or the database file: an
    existing folder or file is taken as it is; a path that does not exist yet is a file if
    it ends in ``.sqlite3``, ``.sqlite`` or ``.db``, else a folder.
    """

    def __init__(self, path: str | Path, *, mode: CacheMode = "on") -> None:
        if mode not in _MODES:
            raise CacheError(f"unknown cache mode {mode!r}: use one of {', '.join(_MODES)}")
        self.path, self._named_file = _database_path(path)
        self.mode: CacheMode = mode
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []

    def __repr__(self) -> str:
        return f"Cache({str(self.path)!r}, mode={self.mode!r})"

    # -- connections --------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        """This thread's connection; ``None`` for a read-only cache with no file yet."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            conn = self._open_read_only() if self.mode == "read-only" else self._open_or_renew()
        except OSError as exc:
            raise CacheError(f"cannot open cache {str(self.path)!r}: {exc}") from exc
        if conn is None:
            return None
        self._local.conn = conn
        with self._lock:
            self._connections.append(conn)
        return conn

    def _open_read_only(self) -> sqlite3.Connection | None:
        if not self.path.is_file():
            return None
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=30.0, check_same_thread=False)
            conn.execute("SELECT 1 FROM answers LIMIT 1").fetchall()
        except sqlite3.Error:
            # A WAL database in a folder we may not write: read it as it stands.
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?immutable=1",
                uri=True,
                check_same_thread=False,
            )
        return conn

    def _open_or_renew(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._refuse_a_foreign_file()
        try:
            return self._open()
        except sqlite3.Error as exc:
            if not _is_damage(exc):
                raise CacheError(f"cannot open cache {str(self.path)!r}: {exc}") from exc
            self._set_aside(exc, None)
            try:
                return self._open()
            except (OSError, sqlite3.Error) as again:
                raise CacheError(f"cannot open cache {str(self.path)!r}: {again}") from again

    def _refuse_a_foreign_file(self) -> None:
        """A file the user named that is not a database may be theirs: never replace it."""
        if not self._named_file or not self.path.is_file():
            return
        with self.path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
        if head and head != _SQLITE_MAGIC:
            raise CacheError(
                f"{str(self.path)!r} exists and is not a SQLite database: point the cache "
                "(cache_dir= or DIPLOSUM_CACHE_DIR) at a folder, or at a new .sqlite3 file"
            )

    def _open(self) -> sqlite3.Connection:
        if not self.path.exists():
            # Create the file ourselves so it is owner-only from its first byte.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        conn = sqlite3.connect(
            self.path, timeout=30.0, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA busy_timeout = 30000")
            _switch_to_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(_SCHEMA)
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _set_aside(self, exc: sqlite3.Error, inode: int | None) -> None:
        """Move a damaged file aside under a name no other process will pick.

        ``inode`` is the file this process found damaged: if another process has already
        replaced it with a fresh one, that one is left alone.
        """
        try:
            current = self.path.stat().st_ino
        except FileNotFoundError:
            return
        if inode is not None and current != inode:
            return
        aside = self.path.with_name(
            f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
        )
        warnings.warn(
            f"cache {str(self.path)!r} is damaged ({exc}); moved to {aside.name}, starting a "
            "fresh cache",
            stacklevel=4,
        )
        try:
            self.path.rename(aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        except OSError as again:
            raise CacheError(f"cannot move damaged cache {str(self.path)!r}: {again}") from again

    def _reset(self) -> None:
        """Forget this thread's connection (after its file was moved aside)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            with self._lock:
                if conn in self._connections:
                    self._connections.remove(conn)
        self._local = threading.local()

    def _run(self, what: str, work: Callable[[sqlite3.Connection], _T], empty: _T) -> _T:
        """``work`` on this thread's connection; damage found on the way is set aside once
        and ``work`` tried again on a fresh file."""
        for attempt in (1, 2):
            conn = self._connect()
            if conn is None:
                return empty
            try:
                return work(conn)
            except sqlite3.Error as exc:
                if attempt == 2 or self.mode == "read-only" or not _is_damage(exc):
                    raise CacheError(f"cannot {what} cache {str(self.path)!r}: {exc}") from exc
                inode = self.path.stat().st_ino if self.path.exists() else None
                self._reset()
                self._set_aside(exc, inode)
        raise AssertionError("unreachable")

    # -- the public operations -----------------------------------------------------------

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored answer for ``key``, or ``None`` (always ``None`` in off/refresh modes)."""
        if self.mode in ("off", "refresh"):
            return None

        def read(conn: sqlite3.Connection) -> str | None:
            row = conn.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
            return None if row is None else str(row[0])

        found = self._run("read", read, None)
        if found is None:
            return None
        try:
            value: dict[str, Any] = json.loads(found)
        except ValueError:
            return None  # a row garbled on disk is a miss, recomputed and overwritten
        return value

    def set(
        self,
        key: str,
        value: dict[str, Any],
        *,
        backend: str,
        model: str,
        cost_usd: float | None = None,
    ) -> None:
        """Store an answer (no-op in off/read-only modes)."""
        if self.mode in ("off", "read-only"):
            return
        row = (key, json.dumps(value, ensure_ascii=False), backend, model, cost_usd, time.time())

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT OR REPLACE INTO answers (key, value, backend, model, cost_usd, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )

        self._run("write", write, None)

    def stats(self) -> dict[str, Any]:
        """Entry count, size on disk, what the answers cost, and entries per backend and model."""

        def count(conn: sqlite3.Connection) -> tuple[int, float | None, list[Any]]:
            per_model: list[Any]
            total, cost = conn.execute("SELECT COUNT(*), SUM(cost_usd) FROM answers").fetchone()
            per_model = conn.execute(
                "SELECT backend, model, COUNT(*), SUM(cost_usd) FROM answers "
                "GROUP BY backend, model ORDER BY 3 DESC"
            ).fetchall()
            return int(total), cost, per_model

        nothing: tuple[int, float | None, list[Any]] = (0, None, [])
        total, cost, per_model = self._run("read", count, nothing)
        size = sum(
            p.stat().st_size
            for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
            if p.exists()
        )
        return {
            "path": str(self.path),
            "entries": total,
            "bytes": size,
            "cost_usd": cost,
            "by_model": [
                {"backend": b, "model": m, "entries": n, "cost_usd": c} for b, m, n, c in per_model
            ],
        }

    def clear(self) -> int:
        """Delete every entry; returns how many there were. A damaged file is set aside."""

        def delete(conn: sqlite3.Connection) -> int:
            removed = int(conn.execute("DELETE FROM answers").rowcount)
            # The summaries of diplosum 0.1 (finished summaries, not answers) go too.
            conn.execute("DROP TABLE IF EXISTS summaries")
            conn.execute("VACUUM")
            return removed

        if self.mode == "read-only":
            raise CacheError(f"cache {str(self.path)!r} is open read-only: it cannot be cleared")
        return self._run("clear", delete, 0)

    def close(self) -> None:
        """Close every connection this object opened, in any thread."""
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()


CacheOption = bool | CacheMode | Cache
