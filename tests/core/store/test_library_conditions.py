"""A library is only called damaged when it is (issue 18 items 6 and 7).

Locked by another program, on a full disk or in a read-only folder, a healthy library is
reported as such (with a retry / read-only way out) and is never set aside; another
program's SQLite file is refused byte-for-byte untouched.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from visavis.core.store.errors import (
    LibraryCorrupt,
    LibraryDiskFull,
    LibraryForeign,
    LibraryLocked,
    LibraryReadOnly,
)
from visavis.core.store.library import Library, open_library_or_explain, start_new_library

DESKTOP = str(Path(__file__).resolve().parents[3] / "desktop")


def _digest(path: Path) -> dict[str, str]:
    """Hashes of the file and of any non-empty -wal/-shm beside it (what must stay untouched;
    SQLite may leave an empty companion behind, which it removes on the next clean close)."""
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files
            if p.exists() and (p == path or p.stat().st_size)}


def _healthy(path: Path) -> Path:
    with Library.open(path) as library:
        library.articles.add("Titre", "Le chat dort sur le tapis.")
    return path


def _run(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=DESKTOP)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_a_library_locked_by_another_program_says_so_and_names_it(tmp_path: Path) -> None:
    path = _healthy(tmp_path / "library.sqlite3")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode = EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
         "c.execute('SELECT count(*) FROM articles').fetchall()\n"
         "print('locked', flush=True); time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = _digest(path)
        started = time.monotonic()
        with pytest.raises(LibraryLocked) as caught:
            Library.open(path)
        assert time.monotonic() - started < 10
        message = str(caught.value)
        assert "locked" in message and "is damaged" not in message
        assert f"process {holder.pid}" in message  # which program, when it can be known
        library, explained = open_library_or_explain(path)
        assert library is None and explained is not None and "is damaged" not in explained
        with pytest.raises(LibraryLocked):
            start_new_library(path)  # a healthy file is never set aside
        assert _digest(path) == before
        assert sorted(p.name for p in tmp_path.iterdir() if "broken" in p.name) == []
    finally:
        holder.kill()
        holder.wait()
    with Library.open(path) as library:  # retry once the other program let go
        assert library.articles.count() == 1


def test_a_library_on_a_full_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    path = _healthy(tmp_path / "library.sqlite3")
    before = _digest(path)
    # the child process may not write a byte more (RLIMIT_FSIZE): what a full disk does
    result = _run(
        "import resource, signal\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
        "from visavis.core.store.library import Library, start_new_library\n"
        "from visavis.core.store.errors import LibraryDiskFull\n"
        "try:\n"
        f"    Library.open({str(path)!r})\n"
        "except LibraryDiskFull as exc:\n"
        "    print('FULL', exc)\n"
        "try:\n"
        f"    start_new_library({str(path)!r})\n"
        "except LibraryDiskFull:\n"
        "    print('REFUSED')\n")
    assert "FULL" in result.stdout, result.stdout + result.stderr
    assert "disk" in result.stdout and "is damaged" not in result.stdout
    assert "REFUSED" in result.stdout
    assert _digest(path) == before
    assert [p.name for p in tmp_path.iterdir() if "broken" in p.name] == []


def _immutable(*paths: Path, on: bool = True) -> bool:
    """``chattr +i`` (even root cannot write): a read-only folder and file."""
    flag = "+i" if on else "-i"
    return all(subprocess.run(["chattr", flag, str(p)], capture_output=True,
                              check=False).returncode == 0 for p in paths)


def test_a_library_in_a_read_only_folder_says_so_and_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = _healthy(folder / "library.sqlite3")
    before = _digest(path)
    if not _immutable(path, folder):
        _immutable(path, folder, on=False)
        pytest.skip("chattr +i is not available here")
    try:
        with pytest.raises(LibraryReadOnly) as caught:
            Library.open(path)
        assert "read-only" in str(caught.value) and "is damaged" not in str(caught.value)
        with pytest.raises(LibraryReadOnly):
            start_new_library(path)
        with Library.open(path, read_only=True) as library:
            assert library.read_only
            assert library.articles.count() == 1
            library.articles.add("Non", "Pas écrit.")  # works on the snapshot, never saved
            assert library.search_index.search("Pas écrit")
        with Library.open(path, read_only=True) as library:
            assert library.articles.count() == 1
    finally:
        _immutable(path, folder, on=False)
    assert _digest(path) == before


def test_a_really_damaged_library_is_still_called_damaged_and_set_aside(tmp_path: Path) -> None:
    path = _healthy(tmp_path / "library.sqlite3")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree is garbage
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryCorrupt):
        Library.open(path)
    fresh = start_new_library(path)
    fresh.close()
    assert [p.name for p in tmp_path.iterdir() if "broken" in p.name]


def _foreign(path: Path, *, wal: bool) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, body BLOB)")  # a clash
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO photos(name) VALUES (?)", [(f"p{i}.jpg",) for i in range(50)])
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("wal", [False, True])
def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path, wal: bool) -> None:
    path = _foreign(tmp_path / "photos.db", wal=wal)
    before = _digest(path)
    with pytest.raises(LibraryForeign) as caught:
        Library.open(path)
    assert "not a Vis-à-vis library" in str(caught.value)
    assert _digest(path) == before  # byte for byte
    library, message = open_library_or_explain(path)
    assert library is None and message is not None
    with pytest.raises(LibraryForeign):
        start_new_library(path)  # not ours: never renamed either
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("photos")) == \
        sorted(before)


def test_our_libraries_carry_the_application_id(tmp_path: Path) -> None:
    from visavis.core.store.database import APPLICATION_ID

    path = _healthy(tmp_path / "library.sqlite3")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    # a library made before the id existed (id 0, our schema table) is still ours
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()
    with Library.open(path) as library:
        assert library.articles.count() == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_an_empty_sqlite_file_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with Library.open(path) as library:
        assert library.articles.count() == 0


def test_disk_full_error_names_the_disk(tmp_path: Path) -> None:
    error = LibraryDiskFull(tmp_path / "library.sqlite3", "disk I/O error")
    assert "full" in str(error) and "untouched" in str(error)
    assert "read-only" in str(LibraryReadOnly(tmp_path / "x", "readonly"))
