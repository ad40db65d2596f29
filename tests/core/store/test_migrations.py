"""Migration runner: discovery, ordering, rollback, and upgrading from every earlier version."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from visavis.core.store import migrations
from visavis.core.store.database import connect
from visavis.core.store.errors import LibraryMigrationError
from visavis.core.store.library import Library


def _fill_v1(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO articles(id, title, source, source_hash, created_at, updated_at)"
                 " VALUES (7, 'Vieil article', 'L''école est fermée.', 'h7', '2024-01-01', '2024-01-01')")
    conn.execute("INSERT INTO translations(model_id, source_text, text, alignment, created_at)"
                 " VALUES ('m', 'L''école est fermée.', 'The school is closed.', '[[0,8,0,10]]', 'x')")
    conn.execute("INSERT INTO corrections(article_id, sentence_id, french_text, english, created_at,"
                 " updated_at) VALUES (7, 's', 'L''école est fermée.', 'School is shut.', 'x', 'x')")


def test_discover_finds_every_numbered_file_in_order(tmp_path: Path) -> None:
    for name in ("0002_b.sql", "0001_a.sql", "0010_c.sql", "README.txt", "notes.sql"):
        (tmp_path / name).write_text("SELECT 1;")
    assert [(m.version, m.name) for m in migrations.discover(tmp_path)] == [
        (1, "a"), (2, "b"), (10, "c")]
    (tmp_path / "0002_dup.sql").write_text("SELECT 1;")
    with pytest.raises(RuntimeError):
        migrations.discover(tmp_path)


def test_shipped_migrations_include_reserved_numbers_when_present() -> None:
    versions = [m.version for m in migrations.discover()]
    assert versions[:2] == [1, 2] and versions == sorted(versions)


@pytest.mark.parametrize("start", range(0, len(migrations.discover())))
def test_upgrade_from_every_earlier_version_keeps_data(tmp_path: Path, start: int) -> None:
    known = migrations.discover()
    path = tmp_path / "old.sqlite3"
    conn = connect(path)
    migrations.migrate(conn, known, up_to=known[start - 1].version if start else 0)
    if start >= 1:
        _fill_v1(conn)
    conn.close()
    with Library.open(path) as lib:
        assert lib.schema_versions() == [m.version for m in known]
        if start >= 1:
            assert lib.articles.get(7).title == "Vieil article"
            assert lib.translations.get("m", "L'école est fermée.").alignment == ((0, 8, 0, 10),)
            assert lib.corrections.get_all(7)["s"].english == "School is shut."
            assert lib.articles.list()[0].id == 7


def test_failed_migration_is_rolled_back_and_reported(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    mig_dir = tmp_path / "migrations"
    shutil.copytree(migrations.MIGRATIONS_DIR, mig_dir)
    (mig_dir / "0099_broken.sql").write_text(
        "CREATE TABLE half_done(x);\nINSERT INTO no_such_table VALUES (1);\n")
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as lib:
        lib.articles.add("Gardé", "texte")
    monkeypatch.setattr(migrations, "MIGRATIONS_DIR", mig_dir)
    monkeypatch.setattr(migrations.discover, "__defaults__", (mig_dir,))
    with pytest.raises(LibraryMigrationError) as info:
        Library.open(path)
    assert "0099_broken" in str(info.value)
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
        assert 99 not in [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
        assert conn.execute("SELECT title FROM articles").fetchone()[0] == "Gardé"
    finally:
        conn.close()
