"""The SQLite connection of a library: checks before opening, pragmas, lock and transactions."""

from __future__ import annotations

import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from visavis.core.store import conditions, migrations
from visavis.core.store.errors import LibraryCorrupt, LibraryForeign, LibraryTooNew

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CHUNK_PAUSE_S = 0.1  # the write lock is left free this long between chunks of a long job
# (SQLite's busy handler sleeps at most 100 ms at a time: a waiting writer always gets in)
INSPECT_TIMEOUT_S = 2.0  # a lock held longer than this by another program is reported
APPLICATION_ID = int.from_bytes(b"VaVa", "big")  # PRAGMA application_id of our libraries


def utc_now() -> str:
    """Timestamp stored in the library: ISO 8601 UTC with microseconds (sorts as text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def inspect_existing(path: Path, known: list[migrations.Migration]) -> None:
    """Raise LibraryCorrupt / LibraryForeign / LibraryTooNew for a file we must not touch,
    or a LibraryUnavailable (locked, disk full, read-only) for a healthy file we cannot use
    now; never writes to it.  A missing or empty file is fine (it becomes a new library).
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise conditions.classify(path, exc) from exc
    if header != SQLITE_HEADER:
        raise LibraryCorrupt(path, "not a SQLite database")
    # A WAL database nobody has open (no -wal file) is read as an immutable file, so that
    # not even SQLite's -wal/-shm companions are created beside another program's file.
    wal_in_use = path.with_name(path.name + "-wal").exists()
    uri = _read_only_uri(path) if wal_in_use or header_byte(path, 18) != 2 else \
        path.resolve().as_uri() + "?immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=INSPECT_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise conditions.classify(path, exc) from exc
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            raise LibraryCorrupt(path, "; ".join(str(r[0]) for r in result[:3]))
        foreign = _not_ours(conn)
        unknown = [] if foreign else migrations.unknown_versions(conn, known)
    except sqlite3.Error as exc:
        raise conditions.classify(path, exc) from exc
    finally:
        conn.close()
    if foreign:
        raise LibraryForeign(path, foreign)
    if unknown:
        raise LibraryTooNew(path, unknown)


def header_byte(path: Path, offset: int) -> int:
    """One byte of the database header (18: 2 in WAL mode; -1 if unreadable)."""
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            data = fh.read(1)
    except OSError:
        return -1
    return data[0] if data else -1


def _not_ours(conn: sqlite3.Connection) -> str | None:
    """Why this database is not a Vis-à-vis library, or None when it is (or is empty)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return None
    if app_id != 0:
        return f"application id {app_id:#x}"
    tables = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if not tables:
        return None  # an empty database file: it becomes a library
    if "schema_migrations" in tables and conn.execute(
            "SELECT 1 FROM schema_migrations WHERE version = 1 AND name = 'articles'").fetchone():
        return None  # a library made before the application id was set
    return "no Vis-à-vis schema; tables: " + ", ".join(sorted(tables)[:5])


def mark_as_ours(conn: sqlite3.Connection) -> None:
    """Stamp the library with our application id (the SQLite header field), once."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def connect_memory() -> sqlite3.Connection:
    """An in-memory database with the library's pragmas (a read-only snapshot)."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.create_collation("FOLD", _collate_fold)
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only; when even that cannot take SQLite's shared lock files (a
    read-only folder), as an immutable snapshot."""
    last: sqlite3.Error | None = None
    for uri in (_read_only_uri(path), path.resolve().as_uri() + "?immutable=1"):
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=INSPECT_TIMEOUT_S)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            last = exc
            continue
        conn.execute("PRAGMA foreign_keys = ON")
        conn.create_collation("FOLD", _collate_fold)
        return conn
    assert last is not None
    raise last


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
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
                raise
            self._depth = 0
            self.connection.execute("COMMIT")

    def commit_and_continue(self, pause_s: float = CHUNK_PAUSE_S) -> None:
        """Inside the outermost transaction: commit what was done so far, leave the write
        lock free for ``pause_s`` so other programs' writers get their turn, begin again.
        A long job (a restore) is then a series of atomic chunks instead of one long lock."""
        with self.lock:
            if self._depth != 1:
                raise RuntimeError("commit_and_continue needs to be in the outermost transaction")
            self.connection.execute("COMMIT")
            time.sleep(pause_s)
            self.connection.execute("BEGIN IMMEDIATE")

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
