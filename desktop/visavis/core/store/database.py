"""The SQLite connection of a library: checks before opening, pragmas, lock and transactions."""

from __future__ import annotations

import sqlite3
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from visavis.core.store import migrations
from visavis.core.store.errors import LibraryCorrupt, LibraryTooNew

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def utc_now() -> str:
    """Timestamp stored in the library: ISO 8601 UTC with microseconds (sorts as text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def inspect_existing(path: Path, known: list[migrations.Migration]) -> None:
    """Raise LibraryCorrupt / LibraryTooNew for a file we must not touch; never writes to it.

    A missing or empty file is fine (it becomes a new library).
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise LibraryCorrupt(path, "not a SQLite database")
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise LibraryCorrupt(path, str(exc)) from exc
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            raise LibraryCorrupt(path, "; ".join(str(r[0]) for r in result[:3]))
        unknown = migrations.unknown_versions(conn, known)
    except sqlite3.DatabaseError as exc:
        raise LibraryCorrupt(path, str(exc)) from exc
    finally:
        conn.close()
    if unknown:
        raise LibraryTooNew(path, unknown)


def fold(text: str) -> str:
    """Sort key for names: case- and accent-insensitive ("École" sorts with "ecole")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _collate_fold(a: str, b: str) -> int:
    fa, fb = fold(a), fold(b)
    return (fa > fb) - (fa < fb)


def connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-write in autocommit mode with WAL, foreign keys and a busy timeout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_collation("FOLD", _collate_fold)  # only used in queries, never in the schema
    return conn


class Database:
    """One shared connection guarded by a re-entrant lock.

    ``with db.transaction() as conn`` runs ``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on
    error); nested calls join the outer transaction.  Reads take ``with db.lock``.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        self.lock = threading.RLock()
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.connection
                finally:
                    self._depth -= 1
                return
            self.connection.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.connection
            except BaseException:
                self._depth = 0
                self.connection.execute("ROLLBACK")
                raise
            self._depth = 0
            self.connection.execute("COMMIT")

    def query(self, sql: str, params: tuple | list | dict = ()) -> list[sqlite3.Row]:
        with self.lock:
            cur = self.connection.execute(sql, params)
            cur.row_factory = sqlite3.Row
            return cur.fetchall()

    def has_table(self, name: str) -> bool:
        return bool(self.query(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))

    def columns(self, table: str) -> list[str]:
        return [r["name"] for r in self.query(f'PRAGMA table_info("{table}")')]

    def close(self) -> None:
        with self.lock:
            with suppress(sqlite3.Error):
                self.connection.execute("PRAGMA optimize")  # keeps query plans good; cheap
            self.connection.close()
