"""SQLite storage of annotations (table ``annotations``, migration 0004).

Works on the library's database object: anything with ``connection`` (a
``sqlite3.Connection``) and ``transaction()`` (a context manager yielding it), and
optionally ``lock``.  When notes change, ``on_notes_changed(article_id, text)`` receives
all the notes of the article (the library passes its search index update); it runs inside
the transaction that saves or deletes the annotation, so a crash never leaves a note out
of the index (the transaction is nested: the database joins it to the outer one).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from visavis.core.annotations.model import AnchorStatus, Annotation, Side, TextTarget

NotesChanged = Callable[[int, str], None]

_COLUMNS = ("id, article_id, side, colour, note, sentence_id, start_offset, end_offset, exact, "
            "prefix, suffix, status, reading_pos, created_at, updated_at")


class Database(Protocol):
    connection: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...


def _row(a: Annotation) -> tuple[Any, ...]:
    t = a.target
    return (a.id, a.article_id, str(a.side), a.colour, a.note, t.sentence_id, t.start, t.end,
            t.exact, t.prefix, t.suffix, str(a.status), a.reading_pos, a.created, a.updated)


def _annotation(row: tuple[Any, ...]) -> Annotation:
    (id_, article_id, side, colour, note, sentence_id, start, end, exact, prefix, suffix,
     status, reading_pos, created, updated) = row
    return Annotation(
        id=id_, article_id=article_id, side=Side(side), colour=colour, note=note,
        target=TextTarget(start, end, exact, prefix, suffix, sentence_id),
        status=AnchorStatus(status), reading_pos=reading_pos, created=created, updated=updated)


class AnnotationRepository:
    def __init__(self, db: Database, on_notes_changed: NotesChanged | None = None) -> None:
        self._db = db
        self._lock = getattr(db, "lock", None) or threading.RLock()
        self.on_notes_changed = on_notes_changed

    def _read(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.connection.execute(sql, params).fetchall()

    def get(self, annotation_id: str) -> Annotation | None:
        rows = self._read(f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,))
        return _annotation(rows[0]) if rows else None

    def for_article(self, article_id: int) -> list[Annotation]:
        """The article's annotations in reading order (French before English at a tie)."""
        rows = self._read(
            f"SELECT {_COLUMNS} FROM annotations WHERE article_id = ? "
            "ORDER BY reading_pos, side DESC, start_offset, created_at", (article_id,))
        return [_annotation(r) for r in rows]

    def save(self, annotation: Annotation) -> None:
        """Insert or replace one annotation."""
        self.save_many([annotation])

    def save_many(self, annotations: Iterable[Annotation]) -> None:
        items = list(annotations)
        if not items:
            return
        with self._db.transaction() as conn:
            notes_before = {a.article_id: self._notes_of(a.article_id) for a in items}
            conn.executemany(
                f"INSERT OR REPLACE INTO annotations ({_COLUMNS}) "
                f"VALUES ({', '.join('?' * 15)})", [_row(a) for a in items])
            self._notify(notes_before)

    def delete(self, annotation_id: str) -> None:
        existing = self.get(annotation_id)
        if existing is None:
            return
        with self._db.transaction() as conn:
            notes_before = {existing.article_id: self._notes_of(existing.article_id)}
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            self._notify(notes_before)

    def notes_text(self, article_id: int) -> str:
        """All the article's notes, in reading order, one per paragraph (for search)."""
        return self._notes_of(article_id)

    def _notes_of(self, article_id: int) -> str:
        rows = self._read("SELECT note FROM annotations WHERE article_id = ? AND note != '' "
                          "ORDER BY reading_pos, start_offset", (article_id,))
        return "\n\n".join(r[0] for r in rows)

    def _notify(self, notes_before: dict[int, str]) -> None:
        if self.on_notes_changed is None:
            return
        for article_id, before in notes_before.items():
            after = self._notes_of(article_id)
            if after != before:
                self.on_notes_changed(article_id, after)


def library_annotations(library: Any) -> AnnotationRepository:
    """The annotation repository of a ``Library``, keeping its search index's notes current."""
    search_index = getattr(library, "search_index", None)
    return AnnotationRepository(library, getattr(search_index, "update_notes", None))
