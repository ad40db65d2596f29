"""The reader's library: ``Library.open(path)`` checks, migrates and exposes the repositories.

Repositories: ``articles``, ``translations``, ``corrections``, ``tags``, ``trash`` and
``search_index`` (``search_index.search(query)`` for the library view); word knowledge:
``word_status``, ``word_occurrences``, ``article_figures``, ``reading_log`` (core/knowledge).
Every write runs in a transaction on one connection shared behind ``library.lock``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from visavis.core.knowledge.figures import ArticleFiguresRepository
from visavis.core.knowledge.reading_log import ReadingLog
from visavis.core.knowledge.word_index import WordOccurrences
from visavis.core.knowledge.word_status import WordStatusRepository
from visavis.core.platform import paths
from visavis.core.store import backup, conditions, migrations
from visavis.core.store.articles import ArticleRepository
from visavis.core.store.backup import Cancel, Progress
from visavis.core.store.corrections import CorrectionRepository
from visavis.core.store.database import (
    Database,
    connect,
    connect_memory,
    connect_read_only,
    inspect_existing,
    mark_as_ours,
)
from visavis.core.store.errors import (
    LibraryCorrupt,
    LibraryError,
    LibraryMigrationError,
    LibraryUnavailable,
)
from visavis.core.store.listing import ArticleSummary, list_articles
from visavis.core.store.search import SearchIndex
from visavis.core.store.tags import TagRepository
from visavis.core.store.translations import TranslationCache
from visavis.core.store.trash import Trash


class Library:
    read_only = False

    def __init__(self, db: Database) -> None:
        self._db = db
        self.articles = ArticleRepository(db)
        self.translations = TranslationCache(db)
        self.corrections = CorrectionRepository(db)
        self.tags = TagRepository(db)
        self.trash = Trash(db)
        self.search_index = SearchIndex(db)
        self.word_status = WordStatusRepository(db)
        self.word_occurrences = WordOccurrences(db)
        self.article_figures = ArticleFiguresRepository(db)
        self.reading_log = ReadingLog(db)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | None = None, read_only: bool = False) -> Library:
        """Open (creating or migrating) the library at ``path`` (default: the reader's library).

        Raises LibraryCorrupt / LibraryForeign / LibraryTooNew without modifying the file,
        LibraryUnavailable (locked, disk full, read-only: a healthy file) or
        LibraryMigrationError after rolling back the failed step.  ``read_only`` opens an
        existing, up-to-date library without writing to it (writes then fail).
        """
        path = Path(path) if path is not None else paths.library_path()
        known = migrations.discover()
        inspect_existing(path, known)
        if read_only:
            return cls._open_read_only(path, known)
        try:
            conn = connect(path)
        except sqlite3.Error as exc:
            raise conditions.classify(path, exc) from exc
        for migration in migrations.pending(conn, known):
            try:
                migrations.apply(conn, migration)
            except sqlite3.Error as exc:
                conn.close()
                condition = conditions.classify(path, exc)
                if isinstance(condition, LibraryUnavailable):  # full disk, locked: say so
                    raise condition from exc
                raise LibraryMigrationError(path, f"{migration.version:04d}_{migration.name}",
                                            str(exc)) from exc
        try:
            mark_as_ours(conn)
            library = cls(Database(path, conn))
            library.search_index.repair_notes()
        except sqlite3.Error as exc:
            conn.close()
            raise conditions.classify(path, exc) from exc
        return library

    @classmethod
    def _open_read_only(cls, path: Path, known: list[migrations.Migration]) -> Library:
        """A snapshot of the library in memory: the app works as usual on it (so nothing
        fails when an article is opened or a highlight made), and nothing reaches the file."""
        if not path.exists():
            raise LibraryError("The library {path} does not exist, so it cannot be opened "
                               "read-only.", path=str(path))
        try:
            source = connect_read_only(path)
            try:
                conn = connect_memory()
                source.backup(conn)
            finally:
                source.close()
            for migration in migrations.pending(conn, known):
                migrations.apply(conn, migration)
            library = cls(Database(path, conn))
            library.search_index.repair_notes()
        except sqlite3.Error as exc:
            raise conditions.classify(path, exc) from exc
        library.read_only = True
        return library

    # -- connection ------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def connection(self) -> sqlite3.Connection:
        return self._db.connection

    @property
    def lock(self):  # type: ignore[no-untyped-def]
        return self._db.lock

    @property
    def database(self) -> Database:
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._db.transaction() as conn:
            yield conn

    def schema_versions(self) -> list[int]:
        with self.lock:
            return migrations.applied_versions(self.connection)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries spanning repositories -------------------------------------------------------
    def export_library(self, path: Path, progress: Progress | None = None,
                       cancel: Cancel | None = None) -> Path:
        """Back up everything (all tables) to one archive; see :mod:`.backup`."""
        return backup.export_library(self, path, progress, cancel)

    def import_library(self, path: Path, merge: bool = True, progress: Progress | None = None,
                       cancel: Cancel | None = None) -> backup.RestoreReport:
        """Restore/merge a backup archive without duplicates; see :mod:`.backup`."""
        return backup.import_library(self, path, merge, progress, cancel, open_library=Library.open)

    def list_articles(self, **kwargs: object) -> list[ArticleSummary]:
        """See :func:`visavis.core.store.listing.list_articles`."""
        return list_articles(self._db, **kwargs)  # type: ignore[arg-type]


def _free_name(path: Path, suffix: str) -> Path:
    candidate = path.with_name(f"{path.name}.{suffix}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{suffix}-{n}")
        n += 1
    return candidate


def start_new_library(path: Path | None = None) -> Library:
    """Set the damaged library aside as ``<name>.broken-YYYYmmdd-HHMMSS`` and start afresh.

    Only a file SQLite really reports as damaged is set aside (renamed with its -wal/-shm
    companions, never overwritten or deleted); a healthy file that is locked, on a full
    disk or read-only, another program's database or a newer library raise their error
    untouched, and a healthy library is simply opened.
    """
    path = Path(path) if path is not None else paths.library_path()
    try:
        inspect_existing(path, migrations.discover())
    except LibraryCorrupt:
        broken = _free_name(path, "broken-" + datetime.now().strftime("%Y%m%d-%H%M%S"))
        path.rename(broken)
        for companion in ("-wal", "-shm"):
            side = path.with_name(path.name + companion)
            if side.exists():
                side.rename(broken.with_name(broken.name + companion))
    return Library.open(path)


def open_library_or_explain(path: Path | None = None) -> tuple[Library | None, str | None]:
    """``(library, None)`` or ``(None, reader-facing message)``; the file is never modified."""
    try:
        return Library.open(path), None
    except LibraryError as exc:
        return None, str(exc)
    except (OSError, sqlite3.Error) as exc:
        where = path if path is not None else paths.library_path()
        return None, f"Your library {where} could not be opened: {exc}. It was left untouched."
