"""Opening the library: creation, pragmas, damaged / too-new files left untouched."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from visavis.core.platform import paths
from visavis.core.store import migrations
from visavis.core.store.errors import LibraryCorrupt, LibraryTooNew
from visavis.core.store.library import Library, open_library_or_explain, start_new_library


def test_open_creates_library_with_wal_foreign_keys_and_all_migrations(library_file: Path) -> None:
    lib = Library.open(library_file)
    try:
        conn = lib.connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert lib.schema_versions() == [m.version for m in migrations.discover()]
        assert library_file.exists()
    finally:
        lib.close()


def test_open_defaults_to_the_readers_library_path() -> None:
    lib = Library.open()
    try:
        assert lib.path == paths.library_path()
        assert paths.library_path().exists()
    finally:
        lib.close()


def test_reopening_keeps_data_and_does_not_reapply_migrations(library_file: Path) -> None:
    with Library.open(library_file) as lib:
        article_id = lib.articles.add("Titre", "Du texte.")
        applied = lib.schema_versions()
    with Library.open(library_file) as lib:
        assert lib.articles.get(article_id).title == "Titre"
        assert lib.schema_versions() == applied


def test_transaction_rolls_back_on_error(library) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuntimeError), library.transaction() as conn:
        conn.execute("INSERT INTO articles(title, source, source_hash, created_at, updated_at)"
                     " VALUES ('x', 'y', 'h', 'now', 'now')")
        raise RuntimeError("boom")
    assert library.articles.count() == 0
    # nested transactions join the outer one
    with library.transaction():
        library.articles.add("Un", "un")
        library.articles.add("Deux", "deux")
    assert library.articles.count() == 2


def test_connection_is_usable_from_worker_threads(library) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                library.articles.add(f"T{n}-{i}", f"texte {n} {i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert library.articles.count() == 80


def test_not_a_database_is_reported_and_left_untouched(library_file: Path) -> None:
    library_file.write_bytes(b"this is a text file, not a library\n" * 100)
    before = library_file.read_bytes()
    with pytest.raises(LibraryCorrupt) as info:
        Library.open(library_file)
    assert "damaged" in str(info.value) and str(library_file) in str(info.value)
    assert library_file.read_bytes() == before
    lib, message = open_library_or_explain(library_file)
    assert lib is None and message and "left untouched" in message
    assert library_file.read_bytes() == before


def _corrupt_pages(path: Path) -> None:
    with Library.open(path) as lib:
        for i in range(200):
            lib.articles.add(f"Article {i}", f"Phrase française numéro {i}. " * 50)
        lib.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 2):  # scribble over many pages
        data[offset + 8:offset + 400] = b"\xa5" * 392
    path.write_bytes(bytes(data))


def test_damaged_database_is_reported_and_left_untouched(library_file: Path) -> None:
    _corrupt_pages(library_file)
    before = library_file.read_bytes()
    with pytest.raises(LibraryCorrupt):
        Library.open(library_file)
    assert library_file.read_bytes() == before


def test_library_from_a_newer_version_is_refused_untouched(library_file: Path) -> None:
    with Library.open(library_file) as lib:
        lib.articles.add("Titre", "Texte.")
        lib.connection.execute(
            "INSERT INTO schema_migrations(version, name, applied_at) VALUES (9999, 'future', 'x')")
        lib.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = library_file.read_bytes()
    with pytest.raises(LibraryTooNew) as info:
        Library.open(library_file)
    assert "newer version" in str(info.value) and "9999" in str(info.value)
    assert library_file.read_bytes() == before


def test_start_new_library_keeps_the_broken_file_aside(library_file: Path) -> None:
    library_file.write_bytes(b"garbage" * 10)
    lib = start_new_library(library_file)
    try:
        assert lib.articles.count() == 0
    finally:
        lib.close()
    kept = [p for p in library_file.parent.iterdir() if ".broken-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage" * 10
    # a second broken library in the same second never overwrites the first one
    library_file.unlink()
    for side in ("-wal", "-shm"):
        library_file.with_name(library_file.name + side).unlink(missing_ok=True)
    library_file.write_bytes(b"other garbage")
    stamp = kept[0].name.split(".broken-")[1]
    clash = library_file.with_name(f"{library_file.name}.broken-{stamp}")
    assert clash.exists()
    start_new_library(library_file).close()
    kept = sorted(p.read_bytes() for p in library_file.parent.iterdir() if ".broken-" in p.name)
    assert b"other garbage" in kept and b"garbage" * 10 in kept


def test_open_library_or_explain_success(library_file: Path) -> None:
    lib, message = open_library_or_explain(library_file)
    assert message is None and lib is not None
    lib.close()


def test_unreadable_location_gives_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    lib, message = open_library_or_explain(blocker / "library.sqlite3")
    assert lib is None and message


def test_read_only_check_does_not_create_files_beside_a_corrupt_library(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    library_file = folder / "library.sqlite3"
    library_file.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(LibraryCorrupt):
        Library.open(library_file)
    assert [p.name for p in folder.iterdir()] == [library_file.name]
    assert library_file.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 200


def test_library_left_with_a_wal_after_a_crash_opens_with_its_data(tmp_path: Path) -> None:
    import shutil

    live = tmp_path / "live" / "library.sqlite3"
    live.parent.mkdir()
    lib = Library.open(live)
    lib.connection.execute("PRAGMA wal_autocheckpoint = 0")  # everything stays in the WAL
    for i in range(30):
        lib.articles.add(f"Titre {i}", f"Texte {i}.")
    crashed = tmp_path / "crashed" / "library.sqlite3"
    crashed.parent.mkdir()
    shutil.copy(live, crashed)  # a copy taken while open = the files a crash leaves behind
    shutil.copy(live.with_name(live.name + "-wal"), crashed.with_name(crashed.name + "-wal"))
    lib.close()
    assert crashed.with_name(crashed.name + "-wal").stat().st_size > 0
    with Library.open(crashed) as reopened:
        assert reopened.articles.count() == 30
