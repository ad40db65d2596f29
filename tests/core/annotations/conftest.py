"""A real library database for annotation tests (the store's own opener when available)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from visavis.core.store import migrations
from visavis.core.store.database import Database, connect, utc_now


def open_database(path: Path) -> Database:
    conn = connect(path)
    migrations.migrate(conn)
    return Database(path, conn)


def _add_article(db: Database, title: str = "Un article") -> int:
    now = utc_now()
    with db.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO articles(title, source, source_hash, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)", (title, "texte", "h", now, now))
    return int(cur.lastrowid)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def open_db(db_path: Path) -> Callable[[], Database]:
    opened: list[Any] = []

    def _open() -> Database:
        db = open_database(db_path)
        opened.append(db)
        return db

    yield _open
    for db in opened:
        with contextlib.suppress(sqlite3.ProgrammingError):
            db.close()


@pytest.fixture
def add_article() -> Callable[..., int]:
    """Insert an article row (the store's repository may not exist yet in this checkout)."""
    return _add_article
