"""Backup archive: round trip of every table, merging without duplicates, bad archives."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from visavis.core.store import backup
from visavis.core.store.errors import BackupError
from visavis.core.store.library import Library
from visavis.core.store.table_merge import _q, user_tables
from visavis.core.translation.types import Translation

# Stand-ins for tables other parts add: an integer-keyed child of articles and a grandchild
# referencing it, plus a text-keyed table, so id remapping through chains is exercised.
STAND_INS = """
CREATE TABLE IF NOT EXISTS test_highlights (
    id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL, colour TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS test_notes (
    id INTEGER PRIMARY KEY, highlight_id INTEGER NOT NULL REFERENCES test_highlights(id)
    ON DELETE CASCADE, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS test_glossary (
    id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE COLLATE NOCASE, english TEXT,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL);
"""


def _open(path: Path) -> Library:
    lib = Library.open(path)
    lib.connection.executescript(STAND_INS)
    return lib


def _fill(lib: Library, prefix: str = "") -> list[int]:
    ids = [lib.articles.add(f"{prefix}Article {i}", f"{prefix}Texte numéro {i}. Une phrase.",
                            origin=f"https://exemple.fr/{i}") for i in range(3)]
    lib.tags.add(ids[:2], "Lu")
    lib.articles.set_scroll(ids[0], 0.5)
    lib.translations.put("m1", "Une phrase.", Translation("A sentence.", ((0, 3, 0, 1),)))
    lib.corrections.set(ids[1], "s1", "Une phrase.", "One sentence.")
    lib.search_index.update_article(ids[2], english_plain=f"{prefix}English words")
    lib.trash.delete([ids[2]])
    conn = lib.connection
    for n, aid in enumerate(ids):
        cur = conn.execute("INSERT INTO test_highlights(article_id, start_offset, colour)"
                           " VALUES (?, ?, 'yellow')", (aid, n))
        conn.execute("INSERT INTO test_notes(highlight_id, body) VALUES (?, ?)",
                     (cur.lastrowid, f"{prefix}note {n}"))
    conn.execute("INSERT INTO test_glossary(term, english, article_id) VALUES (?, 'word', ?)",
                 (f"{prefix}mot", ids[0]))
    # the real tables of the glossary (0003) and annotations (0004) parts, when present
    if lib.database.has_table("glossary_entries"):
        conn.execute("INSERT INTO glossary_entries(term, lemma_key, english, article_id, created_at,"
                     " updated_at) VALUES (?, ?, 'sentence', ?, 'x', 'x')",
                     (f"{prefix}phrase", f"{prefix}phrase", ids[1]))
    if lib.database.has_table("annotations"):
        conn.execute("INSERT INTO annotations(id, article_id, side, colour, note, start_offset,"
                     " end_offset, exact, created_at, updated_at) VALUES"
                     " (?, ?, 'fr', 'yellow', ?, 0, 5, 'Texte', 'x', 'x')",
                     (f"{prefix}uuid-1", ids[1], f"{prefix}une note"))
        lib.search_index.repair_notes()  # the note is searchable, as the app would make it
    return ids


def _dump(lib: Library) -> dict[str, list[tuple]]:
    """Every user table's rows, with article ids replaced by source hashes (ids may differ)."""
    conn = lib.connection
    hashes = dict(conn.execute("SELECT id, source_hash FROM articles"))
    out = {}
    for table in sorted(user_tables(conn)):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({_q(table)})")]
        rows = []
        for row in conn.execute(f"SELECT * FROM {_q(table)}"):
            rec = dict(zip(cols, row, strict=True))
            for key in ("article_id",):
                if key in rec:
                    rec[key] = hashes.get(rec[key])
            if table == "articles":
                rec.pop("id")
            rows.append(tuple(sorted(rec.items(), key=lambda kv: kv[0])))
        out[table] = sorted(rows, key=repr)
    return out


def test_round_trip_backup_wipe_restore_is_identical(tmp_path: Path) -> None:
    lib = _open(tmp_path / "a.sqlite3")
    _fill(lib)
    original = _dump(lib)
    archive = lib.export_library(tmp_path / "backup.zip")
    lib.close()
    manifest = backup.read_manifest(archive)
    assert manifest["row_counts"]["articles"] == 3 and manifest["row_counts"]["test_notes"] == 3
    (tmp_path / "a.sqlite3").unlink()
    fresh = _open(tmp_path / "a.sqlite3")
    report = fresh.import_library(archive)
    assert report.articles_added == 3 and report.articles_already_there == 0
    assert _dump(fresh) == original
    for table in ("glossary_entries", "annotations"):
        if table in original:
            assert len(original[table]) == 1  # the other parts' rows made the round trip
    assert [h.article_id for h in fresh.search_index.search("English ")] == []  # still trashed
    fresh.trash.undo_last_delete()
    assert len(fresh.search_index.search("English ")) == 1
    fresh.close()


def test_merge_into_existing_library_without_duplicates(tmp_path: Path) -> None:
    source = _open(tmp_path / "src.sqlite3")
    _fill(source)
    archive = source.export_library(tmp_path / "b.zip")
    source.close()
    target = _open(tmp_path / "dst.sqlite3")
    own = _fill(target, prefix="Mien ")
    target.articles.add("Article 0", "Texte numéro 0. Une phrase.")  # same text as a backup one
    target.tags.add(own[0], "lu")  # same tag, other case
    first = target.import_library(archive)
    assert first.articles_added == 2 and first.articles_already_there == 1
    snapshot = _dump(target)
    second = target.import_library(archive)
    assert second.articles_added == 0 and second.articles_already_there == 3
    assert _dump(target) == snapshot  # nothing duplicated anywhere
    assert [name for name, _ in target.tags.all()] == ["Lu"]
    counts = {t: len(rows) for t, rows in snapshot.items()}
    assert counts["articles"] == 3 + 1 + 2 and counts["test_glossary"] == 2
    assert counts["test_highlights"] == 3 + 3 and counts["test_notes"] == 3 + 3
    notes = {r[0] for r in target.connection.execute(
        "SELECT a.title || ':' || n.body FROM test_notes n JOIN test_highlights h "
        "ON h.id = n.highlight_id JOIN articles a ON a.id = h.article_id")}
    assert "Article 1:note 1" in notes and "Mien Article 1:Mien note 1" in notes
    target.close()


def test_replace_restore_keeps_a_safety_copy(tmp_path: Path) -> None:
    source = _open(tmp_path / "src.sqlite3")
    _fill(source)
    archive = source.export_library(tmp_path / "b.zip")
    source.close()
    target = _open(tmp_path / "dst.sqlite3")
    target.articles.add("À moi", "Mon texte à moi.")
    target.import_library(archive, merge=False)
    assert sorted(r.title for r in target.articles.list()) == ["Article 0", "Article 1"]
    safety = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(safety) == 1
    target.import_library(safety[0], merge=True)
    assert "À moi" in {r.title for r in target.articles.list()}
    target.close()


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


MANIFEST = json.dumps({"format": backup.FORMAT, "format_version": 1}).encode()


@pytest.mark.parametrize("entries, words", [
    ({"x.txt": b"hello"}, "not a Vis-à-vis library backup"),
    ({"manifest.json": b"{not json"}, "not a Vis-à-vis library backup"),
    ({"manifest.json": b'{"format": "other"}'}, "not a Vis-à-vis library backup"),
    ({"manifest.json": json.dumps({"format": backup.FORMAT, "format_version": 99}).encode()},
     "newer version"),
    ({"manifest.json": MANIFEST, "library.sqlite3": b"not sqlite at all" * 10}, "damaged"),
    ({"manifest.json": MANIFEST, "library.sqlite3": b"x", "../evil.sh": b"rm -rf"},
     "unexpected files"),
    ({"manifest.json": MANIFEST}, "unexpected files"),
    ({"manifest.json": MANIFEST, "library.sqlite3": b"\x00" * (50 << 20)}, "suspicious sizes"),
])
def test_bad_archives_are_refused_and_library_unchanged(tmp_path: Path, library: Library,
                                                        entries: dict[str, bytes], words: str) -> None:
    library.articles.add("Gardé", "Texte gardé.")
    before = _dump(library)
    archive = _zip(tmp_path / "bad.zip", entries)
    with pytest.raises(BackupError) as info:
        library.import_library(archive)
    assert words in str(info.value)
    assert _dump(library) == before


def test_not_a_zip_and_missing_file(tmp_path: Path, library: Library) -> None:
    (tmp_path / "plain.zip").write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(BackupError):
        library.import_library(tmp_path / "plain.zip")
    with pytest.raises(BackupError, match="no backup file"):
        library.import_library(tmp_path / "absent.zip")


def test_backup_from_a_newer_schema_is_refused(tmp_path: Path, library: Library) -> None:
    other = Library.open(tmp_path / "new.sqlite3")
    other.articles.add("Futur", "Texte du futur.")
    other.connection.execute("INSERT INTO schema_migrations VALUES (9999, 'future', 'x')")
    archive = other.export_library(tmp_path / "new.zip")
    other.close()
    with pytest.raises(BackupError, match="newer version"):
        library.import_library(archive)
    assert library.articles.count() == 0


def test_export_is_atomic_and_cancellable(tmp_path: Path, library: Library) -> None:
    library.articles.add("A", "a")
    target = tmp_path / "out.zip"
    target.write_bytes(b"previous backup")
    with pytest.raises(InterruptedError):
        library.export_library(target, cancel=lambda: True)
    assert target.read_bytes() == b"previous backup"
    assert not (tmp_path / "out.zip.partial").exists()
    seen: list[tuple[int, int]] = []
    library.export_library(target, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    with zipfile.ZipFile(target) as zf:
        assert sorted(zf.namelist()) == ["library.sqlite3", "manifest.json"]


def test_backup_from_an_older_schema_is_migrated_then_restored(tmp_path: Path,
                                                               library: Library) -> None:
    from visavis.core.store import migrations
    from visavis.core.store.database import connect

    old = tmp_path / "old.sqlite3"
    conn = connect(old)
    migrations.migrate(conn, up_to=1)  # a library from the first release: no tags, no search
    conn.execute("INSERT INTO articles(title, source, source_hash, created_at, updated_at)"
                 " VALUES ('Ancien', 'Le vieux texte.', 'h', '2024-01-01', '2024-01-01')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    archive = _zip(tmp_path / "old.zip", {"manifest.json": MANIFEST,
                                          "library.sqlite3": old.read_bytes()})
    report = library.import_library(archive)
    assert report.articles_added == 1
    assert [h.article_id for h in library.search_index.search("vieux ")] == [
        library.articles.list()[0].id]
