"""Back up the whole library to one archive and restore/merge it back.

Archive (zip): ``manifest.json`` (format, schema versions, row counts) and
``library.sqlite3`` (a consistent copy made with SQLite's online backup API).  Restoring
checks the archive (names, sizes, compression ratio, SQLite integrity, schema not newer),
migrates the copy to the current schema in a temporary folder, then merges it with
:mod:`visavis.core.store.table_merge` in bounded atomic chunks (about 0.2 s of work each,
then the write lock is left free for other programs): a restore that stops keeps what it
merged, and restoring again completes it without duplicates.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visavis import __version__
from visavis.core.store import migrations
from visavis.core.store.database import inspect_existing, utc_now
from visavis.core.store.errors import BackupError, LibraryCorrupt, LibraryError, LibraryTooNew
from visavis.core.store.table_merge import _q, merge_tables, user_tables

FORMAT = "visavis-library-backup"
FORMAT_VERSION = 1
DB_NAME = "library.sqlite3"
MANIFEST_NAME = "manifest.json"
MAX_MANIFEST_BYTES = 1 << 20
MAX_DB_BYTES = 16 << 30
MAX_RATIO = 200  # a SQLite file compresses ~3-10x; far more means a zip bomb

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass
class RestoreReport:
    articles_added: int = 0
    articles_already_there: int = 0
    rows_added: dict[str, int] = field(default_factory=dict)


def export_library(library, path: Path, progress: Progress | None = None,  # type: ignore[no-untyped-def]
                   cancel: Cancel | None = None) -> Path:
    """Write the whole library to ``path`` (replaced atomically when complete)."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="visavis-backup-") as tmp:
        copy_path = Path(tmp) / DB_NAME
        copy = sqlite3.connect(copy_path)
        try:
            with library.lock:
                def step(_status: int, remaining: int, total: int) -> None:
                    if cancel is not None and cancel():
                        raise InterruptedError("cancelled")
                    if progress is not None:
                        progress(total - remaining, total)
                library.connection.backup(copy, pages=256, progress=step)
            counts = {t: copy.execute(f"SELECT count(*) FROM {_q(t)}").fetchone()[0]
                      for t in user_tables(copy)}
            versions = migrations.applied_versions(copy)
        finally:
            copy.close()
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                    "created_at": utc_now(), "schema_versions": versions, "row_counts": counts}
        partial = path.with_name(path.name + ".partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2, ensure_ascii=False))
                zf.write(copy_path, DB_NAME)
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return path


def read_manifest(path: Path) -> dict:
    """The manifest of a backup archive (raises BackupError if it is not one)."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(MANIFEST_NAME)
            if info.file_size > MAX_MANIFEST_BYTES:
                raise BackupError("{name} is not a Vis-à-vis library backup.", name=path.name)
            manifest = json.loads(zf.read(info).decode("utf-8"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BackupError("{name} is not a Vis-à-vis library backup or is damaged ({reason}).",
                          name=path.name, reason=exc.__class__.__name__) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("{name} is not a Vis-à-vis library backup.", name=path.name)
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise BackupError("{name} was made by a newer version of Vis-à-vis; update to restore it.",
                          name=path.name)
    return manifest


def _extract_database(path: Path, folder: Path) -> Path:
    read_manifest(path)
    target = folder / DB_NAME
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if set(names) - {MANIFEST_NAME, DB_NAME} or DB_NAME not in names:
                raise BackupError("{name} contains unexpected files; it was not restored.",
                                  name=path.name)
            info = zf.getinfo(DB_NAME)
            if info.file_size > MAX_DB_BYTES or (
                    info.compress_size and info.file_size / info.compress_size > MAX_RATIO):
                raise BackupError("{name} looks malformed (suspicious sizes); not restored.",
                                  name=path.name)
            written = 0
            with zf.open(info) as src, target.open("wb") as dst:
                while chunk := src.read(1 << 20):
                    written += len(chunk)
                    if written > info.file_size:
                        raise BackupError("{name} is larger than it claims; not restored.",
                                          name=path.name)
                    dst.write(chunk)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:  # includes CRC errors
        raise BackupError("{name} is damaged and could not be read ({reason}).",
                          name=path.name, reason=str(exc)) from exc
    return target


def import_library(library, path: Path, merge: bool = True,  # type: ignore[no-untyped-def]
                   progress: Progress | None = None, cancel: Cancel | None = None, *,
                   open_library: Callable[[Path], Any]) -> RestoreReport:
    """Restore a backup into ``library``.

    ``merge=True`` adds what the library lacks (articles matched by their text, so nothing is
    duplicated).  ``merge=False`` replaces the contents: the current library is first saved as
    ``<library>.before-restore-<time>.zip`` beside it, so it can be brought back.
    ``open_library(path)`` opens (and migrates) the extracted copy like any library; the
    caller passes ``Library.open``, so this module never imports the library class.
    """

    path = Path(path)
    if not path.is_file():
        raise BackupError("There is no backup file at {path}.", path=str(path))
    with tempfile.TemporaryDirectory(prefix="visavis-restore-") as tmp:
        db_path = _extract_database(path, Path(tmp))
        try:
            inspect_existing(db_path, migrations.discover())
            backup = open_library(db_path)
        except LibraryTooNew as exc:
            raise BackupError("{name} was made by a newer version of Vis-à-vis; update to restore it. "
                              "Your library was not changed.", name=path.name) from exc
        except (LibraryCorrupt, LibraryError) as exc:
            raise BackupError("{name} is damaged: its library could not be read ({reason}). "
                              "Your library was not changed.", name=path.name,
                              reason=exc.__class__.__name__) from exc
        try:
            if not merge:
                stamp = utc_now()[:19].replace(":", "").replace("-", "")
                export_library(library, library.path.with_name(
                    f"{library.path.name}.before-restore-{stamp}.zip"))
            database = library.database
            with library.transaction() as conn:
                if not merge:
                    _wipe(conn)
                result = merge_tables(backup.connection, conn, progress, cancel,
                                      checkpoint=database.commit_and_continue)
            library.search_index.rebuild(full=False)
        except InterruptedError:
            library.search_index.rebuild(full=False)
            raise
        except sqlite3.Error as exc:
            raise BackupError("Restoring {name} stopped ({reason}). What was restored so far is "
                              "kept; restoring the backup again completes it without duplicates.",
                              name=path.name, reason=str(exc)) from exc
        finally:
            backup.close()
    return RestoreReport(articles_added=result.inserted.get("articles", 0),
                         articles_already_there=result.matched.get("articles", 0),
                         rows_added=dict(result.inserted))


def _wipe(conn: sqlite3.Connection) -> None:
    from visavis.core.store.table_merge import dependency_order, table_info

    infos = {t: table_info(conn, t) for t in user_tables(conn)}
    for name in reversed(dependency_order(infos)):
        conn.execute(f"DELETE FROM {_q(name)}")
