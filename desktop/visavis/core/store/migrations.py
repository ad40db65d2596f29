"""Ordered schema migrations (in the style of Lute v3's migrator).

Each file ``migrations/NNNN_name.sql`` is applied once, in number order, inside its own
transaction, and recorded in ``schema_migrations(version, name, applied_at)``.  Numbers are
shared between engineers (0003 glossary, 0004 annotations), so any ``NNNN_*.sql`` file found
is part of the schema.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_NAME = re.compile(r"^(\d{4})_([A-Za-z0-9_]+)\.sql$")

_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def discover(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """All migration files of ``directory`` sorted by version (duplicates are an error)."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            continue
        version = int(match.group(1))
        if version in found:
            raise RuntimeError(f"two migrations share number {version:04d}: "
                               f"{found[version].path.name} and {path.name}")
        found[version] = Migration(version, match.group(2), path)
    return [found[v] for v in sorted(found)]


def applied_versions(conn: sqlite3.Connection) -> list[int]:
    """Versions recorded in ``schema_migrations`` (empty for a new database)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def unknown_versions(conn: sqlite3.Connection, migrations: list[Migration]) -> list[int]:
    known = {m.version for m in migrations}
    return [v for v in applied_versions(conn) if v not in known]


def pending(conn: sqlite3.Connection, migrations: list[Migration]) -> list[Migration]:
    done = set(applied_versions(conn))
    return [m for m in migrations if m.version not in done]


def apply(conn: sqlite3.Connection, migration: Migration) -> None:
    """Apply one migration in a transaction; on failure roll back and re-raise.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    conn.execute(_CREATE_TABLE)
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql()}\n;")
        conn.execute(
            "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None,
            up_to: int | None = None) -> list[Migration]:
    """Apply every pending migration (only those ≤ ``up_to`` if given); return those applied."""
    todo = pending(conn, discover() if migrations is None else migrations)
    if up_to is not None:
        todo = [m for m in todo if m.version <= up_to]
    for migration in todo:
        apply(conn, migration)
    return todo
