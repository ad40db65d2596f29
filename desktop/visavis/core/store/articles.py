"""Articles of the library: add, read, list, rename, reading position, trash."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from visavis.core.store.database import Database, utc_now
from visavis.core.store.listing import ArticleSummary, list_articles
from visavis.core.store.plain_text import markdown_to_plain


def source_hash(source: str) -> str:
    """Identity of an article's text: same text (modulo line endings/outer blanks) → same hash."""
    normal = unicodedata.normalize("NFC", source.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str
    source: str
    origin: str | None
    created_at: str
    opened_at: str | None
    updated_at: str
    scroll_fraction: float
    tags: tuple[str, ...] = ()
    source_format: str = "markdown"
    language: str = "fr"
    source_hash: str = ""
    deleted_at: str | None = None
    read_fraction: float = 0.0  # furthest point seen, 0..1


class ArticleNotFound(KeyError):
    """No article has this id (it may have been deleted for good)."""


_RECORD_COLUMNS = ("id, title, source, origin, created_at, opened_at, updated_at, "
                   "scroll_fraction, source_format, language, source_hash, deleted_at, read_fraction")


class ArticleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing -------------------------------------------------------------------------
    def add(self, title: str, source: str, origin: str | None = None,
            source_format: str = "markdown", language: str = "fr") -> int:
        """Store a new article and make it searchable; return its id."""
        now = utc_now()
        with self._db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO articles(title, source, source_hash, source_format, language, origin,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (title, source, source_hash(source), source_format, language, origin, now, now))
            article_id = int(cur.lastrowid)
            conn.execute(
                "INSERT INTO search_documents(article_id, title, french) VALUES (?, ?, ?)",
                (article_id, title, markdown_to_plain(source, source_format)))
        return article_id

    def update_source(self, article_id: int, source: str) -> None:
        with self._db.transaction() as conn:
            fmt = self._require(conn, article_id, "source_format")
            conn.execute("UPDATE articles SET source = ?, source_hash = ?, updated_at = ? WHERE id = ?",
                         (source, source_hash(source), utc_now(), article_id))
            conn.execute("UPDATE search_documents SET french = ? WHERE article_id = ?",
                         (markdown_to_plain(source, fmt), article_id))

    def rename(self, article_id: int, title: str) -> None:
        title = title.strip()
        if not title:
            raise ValueError("An article needs a title.")
        with self._db.transaction() as conn:
            self._require(conn, article_id)
            conn.execute("UPDATE articles SET title = ?, updated_at = ? WHERE id = ?",
                         (title, utc_now(), article_id))

    def touch_opened(self, article_id: int) -> None:
        with self._db.transaction() as conn:
            self._require(conn, article_id)
            conn.execute("UPDATE articles SET opened_at = ? WHERE id = ?", (utc_now(), article_id))

    def set_scroll(self, article_id: int, fraction: float, seen: float | None = None) -> None:
        """Remember the scroll position; ``seen`` is how far the reader has seen (the bottom of
        the view, 0..1; default the position), and progress only ever goes up."""
        fraction = min(1.0, max(0.0, float(fraction)))
        seen = min(1.0, max(0.0, float(fraction if seen is None else seen)))
        with self._db.transaction() as conn:
            self._require(conn, article_id)
            conn.execute("UPDATE articles SET scroll_fraction = ?, "
                         "read_fraction = max(read_fraction, ?) WHERE id = ?",
                         (fraction, seen, article_id))

    # -- reading -------------------------------------------------------------------------
    def get(self, article_id: int) -> ArticleRecord:
        rows = self._db.query(f"SELECT {_RECORD_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise ArticleNotFound(article_id)
        row = rows[0]
        tags = tuple(r[0] for r in self._db.query(
            "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE at.article_id = ? ORDER BY t.name COLLATE FOLD", (article_id,)))
        return ArticleRecord(
            id=row["id"], title=row["title"], source=row["source"], origin=row["origin"],
            created_at=row["created_at"], opened_at=row["opened_at"], updated_at=row["updated_at"],
            scroll_fraction=row["scroll_fraction"], tags=tags, source_format=row["source_format"],
            language=row["language"], source_hash=row["source_hash"], deleted_at=row["deleted_at"],
            read_fraction=row["read_fraction"])

    def exists(self, article_id: int) -> bool:
        return bool(self._db.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def find_by_source_hash(self, digest: str, include_trashed: bool = False) -> int | None:
        """Id of an article whose text has this :func:`source_hash` (to avoid duplicates)."""
        sql = "SELECT id FROM articles WHERE source_hash = ?"
        if not include_trashed:
            sql += " AND deleted_at IS NULL"
        rows = self._db.query(sql + " ORDER BY id LIMIT 1", (digest,))
        return rows[0][0] if rows else None

    def find_by_source(self, source: str, include_trashed: bool = False) -> int | None:
        return self.find_by_source_hash(source_hash(source), include_trashed)

    def count(self, trashed: bool = False) -> int:
        cond = "IS NOT NULL" if trashed else "IS NULL"
        return self._db.query(f"SELECT count(*) FROM articles WHERE deleted_at {cond}")[0][0]

    def ids(self, trashed: bool = False) -> list[int]:
        cond = "IS NOT NULL" if trashed else "IS NULL"
        return [r[0] for r in self._db.query(f"SELECT id FROM articles WHERE deleted_at {cond}")]

    def list(self, *, tag: str | None = None, trashed: bool = False, order: str = "created",
             ids: Sequence[int] | None = None, limit: int | None = None,
             offset: int = 0) -> list[ArticleSummary]:
        """Summaries (no source text) for the library view; see ``listing.list_articles``."""
        return list_articles(self._db, tag=tag, trashed=trashed, order=order, ids=ids,
                             limit=limit, offset=offset)

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _require(conn, article_id: int, column: str = "id"):  # type: ignore[no-untyped-def]
        row = conn.execute(f"SELECT {column} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise ArticleNotFound(article_id)
        return row[0]


def placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)
