"""A large restore runs in bounded atomic chunks with progress, so another writer never gets
"database is locked" (issue 18 item 9); interrupted, it keeps what it restored and a second
restore completes it without duplicates."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from visavis.core.store.library import Library

ARTICLES = 5000


def _big_backup(tmp_path: Path) -> Path:
    with Library.open(tmp_path / "source.sqlite3") as source:
        with source.transaction() as conn:
            conn.executemany(
                "INSERT INTO articles(title, source, source_hash, created_at, updated_at) "
                "VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
                [(f"Article {i}", f"Le texte numéro {i}. " * 40, f"hash-{i}")
                 for i in range(ARTICLES)])
        source.search_index.rebuild(full=False)
        return source.export_library(tmp_path / "backup.zip")


WRITER = """
import sqlite3, sys, time
from pathlib import Path
path, stop = sys.argv[1], Path(sys.argv[2])
conn = sqlite3.connect(path, timeout=0.5, isolation_level=None)
errors, longest, writes = 0, 0.0, 0
print("ready", flush=True)
while not stop.exists():
    started = time.monotonic()
    try:
        conn.execute("INSERT INTO other_writes VALUES (?)", (started,))
        writes += 1
    except sqlite3.OperationalError:
        errors += 1
    longest = max(longest, time.monotonic() - started)
    time.sleep(0.01)
print(errors, longest, writes, flush=True)
"""


def test_restore_lets_another_writer_in_and_reports_progress(tmp_path: Path) -> None:
    archive = _big_backup(tmp_path)
    target_path = tmp_path / "library.sqlite3"
    with Library.open(target_path) as library, library.transaction() as conn:
        conn.execute("CREATE TABLE other_writes (at REAL)")  # another program's writes
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(target_path), str(stop)],
                              stdout=subprocess.PIPE, text=True)
    seen: list[tuple[int, int]] = []
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        with Library.open(target_path) as library:
            started = time.monotonic()
            report = library.import_library(archive, progress=lambda d, t: seen.append((d, t)))
            elapsed = time.monotonic() - started
            assert report.articles_added == ARTICLES
            assert library.articles.count() == ARTICLES
            assert library.search_index.search("numéro")
    finally:
        stop.touch()
        out, _ = writer.communicate(timeout=30)
    errors, longest, writes = out.split()
    assert int(errors) == 0, f"{errors} writes refused during a {elapsed:.1f} s restore"
    assert float(longest) < 0.5 and int(writes) > 5
    assert len(seen) >= 2 and seen[0][0] < seen[0][1] == seen[-1][0]  # rows, not tables
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_an_interrupted_restore_keeps_its_chunks_and_completes_without_duplicates(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.store import table_merge

    archive = _big_backup(tmp_path)
    monkeypatch.setattr(table_merge, "CHUNK_SECONDS", 0.002)  # many small chunks
    with Library.open(tmp_path / "library.sqlite3") as library:
        seen: list[int] = []

        def cancel() -> bool:
            return bool(seen)  # stop at the first chunk boundary

        with pytest.raises(InterruptedError):
            library.import_library(archive, progress=lambda d, t: seen.append(d), cancel=cancel)
        monkeypatch.setattr(table_merge, "CHUNK_SECONDS", 0.2)
        partial = library.articles.count()
        assert 0 < partial < ARTICLES  # committed chunks are kept
        report = library.import_library(archive)
        assert library.articles.count() == ARTICLES
        assert report.articles_already_there == partial
        assert library.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
