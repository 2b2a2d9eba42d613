"""A persistent summary cache in one SQLite file (WAL mode), safe across processes.

Only successful, validated summaries are stored; a failure never is. The key is a SHA-256
over everything that can change the answer (see ``cache_key``) and never includes the API
key. Modes:

- ``on``: read, and write what was computed.
- ``off``: neither read nor write.
- ``refresh``: do not read, but overwrite with what was computed.
- ``read-only``: read, never write (a shared cache nobody should grow by accident).

Several processes and threads may use one file at once: SQLite's own locking serialises
writers, WAL lets readers proceed, and ``busy_timeout`` makes a writer wait instead of
failing. Each thread gets its own connection.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
import warnings
from pathlib import Path
from typing import Any, Literal

from .errors import CacheError

__all__ = ["CACHE_FILENAME", "Cache", "CacheMode", "cache_key"]

CACHE_FILENAME = "cache.sqlite3"
# A path that does not exist yet names the database file itself only with one of these
# endings; any other name is a folder to create ("~/runs/v1.2" is a folder, not a file).
_DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")
CacheMode = Literal["on", "off", "refresh", "read-only"]
_MODES: tuple[CacheMode, ...] = ("on", "off", "refresh", "read-only")
_KEY_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS summaries (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    backend TEXT NOT NULL,
    model TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def cache_key(parts: dict[str, Any]) -> str:
    """SHA-256 of ``parts`` as canonical JSON. Callers must never put a secret in ``parts``."""
    payload = json.dumps({"v": _KEY_VERSION, **parts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _database_path(path: str | Path) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        return target / CACHE_FILENAME
    if target.exists() or target.suffix.lower() in _DATABASE_SUFFIXES:
        return target
    return target / CACHE_FILENAME


class Cache:
    """Summaries on disk, keyed by ``cache_key``.

    ``path`` is a folder (the database is ``cache.sqlite3`` in it) or the database file: an
    existing folder or file is taken as it is; a path that does not exist yet is a file if
    it ends in ``.sqlite3``, ``.sqlite`` or ``.db``, else a folder.
    """

    def __init__(self, path: str | Path, *, mode: CacheMode = "on") -> None:
        if mode not in _MODES:
            raise CacheError(f"unknown cache mode {mode!r}: use one of {', '.join(_MODES)}")
        self.path = _database_path(path)
        self.mode: CacheMode = mode
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []

    def __repr__(self) -> str:
        return f"Cache({str(self.path)!r}, mode={self.mode!r})"

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            conn = self._open()
        except sqlite3.DatabaseError as exc:
            if not any(sign in str(exc) for sign in ("not a database", "malformed")):
                raise CacheError(f"cannot open cache {str(self.path)!r}: {exc}") from exc
            # Not a database (a crash mid-copy, another tool's file): keep it aside for
            # inspection and start afresh, rather than fail every run.
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            warnings.warn(
                f"cache {str(self.path)!r} is unreadable ({exc}); moved to {aside.name}, "
                "starting a fresh cache",
                stacklevel=3,
            )
            try:
                self.path.rename(aside)
                conn = self._open()
            except (OSError, sqlite3.Error) as again:
                raise CacheError(f"cannot open cache {str(self.path)!r}: {again}") from again
        except OSError as exc:
            raise CacheError(f"cannot open cache {str(self.path)!r}: {exc}") from exc
        self._local.conn = conn
        with self._lock:
            self._connections.append(conn)
        return conn

    def _open(self) -> sqlite3.Connection:
        if not self.path.exists():
            # Create the file ourselves so it is owner-only from its first byte.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        conn = sqlite3.connect(
            self.path, timeout=30.0, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(_SCHEMA)
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored summary for ``key``, or ``None`` (always ``None`` in off/refresh modes)."""
        if self.mode in ("off", "refresh"):
            return None
        try:
            row = (
                self._connect()
                .execute("SELECT value FROM summaries WHERE key = ?", (key,))
                .fetchone()
            )
        except sqlite3.Error as exc:
            raise CacheError(f"cannot read cache {str(self.path)!r}: {exc}") from exc
        if row is None:
            return None
        value: dict[str, Any] = json.loads(row[0])
        return value

    def set(self, key: str, value: dict[str, Any], *, backend: str, model: str) -> None:
        """Store a validated summary (no-op in off/read-only modes)."""
        if self.mode in ("off", "read-only"):
            return
        try:
            self._connect().execute(
                "INSERT OR REPLACE INTO summaries (key, value, backend, model, created) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, json.dumps(value, ensure_ascii=False), backend, model, time.time()),
            )
        except sqlite3.Error as exc:
            raise CacheError(f"cannot write cache {str(self.path)!r}: {exc}") from exc

    def stats(self) -> dict[str, Any]:
        """Entry count, size on disk and entries per backend and model."""
        conn = self._connect()
        total = conn.execute("SELECT COUNT(*) FROM summaries").fetchone()[0]
        per_model = conn.execute(
            "SELECT backend, model, COUNT(*) FROM summaries GROUP BY backend, model ORDER BY 3 DESC"
        ).fetchall()
        size = sum(
            p.stat().st_size
            for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
            if p.exists()
        )
        return {
            "path": str(self.path),
            "entries": total,
            "bytes": size,
            "by_model": [{"backend": b, "model": m, "entries": n} for b, m, n in per_model],
        }

    def clear(self) -> int:
        """Delete every entry; returns how many there were."""
        conn = self._connect()
        removed: int = conn.execute("DELETE FROM summaries").rowcount
        conn.execute("VACUUM")
        return removed

    def close(self) -> None:
        """Close every connection this object opened, in any thread."""
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()
