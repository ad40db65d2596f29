"""The library list: one summary row per article (no source text), with tags and counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from visavis.core.store.database import Database


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    origin: str | None
    created_at: str
    opened_at: str | None
    updated_at: str
    scroll_fraction: float
    tags: tuple[str, ...] = ()
    highlight_count: int = 0
    note_count: int = 0
    deleted_at: str | None = None
    read_fraction: float = 0.0  # furthest point seen, 0..1 (scroll_fraction: last position)


def _progress_column(db: Database) -> str:
    """``read_fraction`` arrived with migration 0007; a database opened part-way (tests of
    older schemas) lists its last position as progress."""
    return "a.read_fraction" if "read_fraction" in db.columns("articles") else "a.scroll_fraction"


ORDERS = {
    "created": "a.created_at DESC, a.id DESC",
    "opened": "coalesce(a.opened_at, '') DESC, a.created_at DESC",
    "title": "a.title COLLATE FOLD ASC",
    "deleted": "a.deleted_at DESC",
}


def annotation_counts(db: Database, article_ids: Sequence[int] | None = None
                      ) -> dict[int, tuple[int, int]]:
    """(highlights, notes) per article, from the ``annotations`` table if it exists yet.

    Migration 0004 (annotations) may be missing in an older schema: then every count is 0.
    """
    if not db.has_table("annotations") or "article_id" not in db.columns("annotations"):
        return {}
    has_note = "note" in db.columns("annotations")
    note_expr = "sum(CASE WHEN trim(note) <> '' THEN 1 ELSE 0 END)" if has_note else "0"
    sql = f"SELECT article_id, count(*), {note_expr} FROM annotations"
    params: list[int] = []
    if article_ids is not None:
        if not article_ids:
            return {}
        if len(article_ids) <= 500:
            sql += f" WHERE article_id IN ({', '.join('?' for _ in article_ids)})"
            params = list(article_ids)
    rows = db.query(sql + " GROUP BY article_id", params)
    return {r[0]: (r[1], r[2] or 0) for r in rows}


def list_articles(db: Database, *, tag: str | None = None, trashed: bool = False,
                  order: str = "created", ids: Sequence[int] | None = None,
                  limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
    """Summaries of live (or trashed) articles, optionally only those tagged ``tag``."""
    where = ["a.deleted_at IS NOT NULL" if trashed else "a.deleted_at IS NULL"]
    params: list[object] = []
    if tag is not None:
        where.append("a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
                     "ON t.id = at.tag_id WHERE t.name = ? COLLATE FOLD)")
        params.append(tag)
    if ids is not None:
        id_list = list(ids)
        if not id_list:
            return []
        where.append("a.id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in id_list) + "]")
    sql = (
        "SELECT a.id, a.title, a.origin, a.created_at, a.opened_at, a.updated_at, "
        f"a.scroll_fraction, a.deleted_at, {_progress_column(db)}, "
        "(SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM article_tags at "
        " JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name COLLATE FOLD))"
        f" FROM articles a WHERE {' AND '.join(where)} ORDER BY {ORDERS.get(order, ORDERS['created'])}"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
    rows = db.query(sql, params)
    counts = annotation_counts(db, [r[0] for r in rows])
    return [
        ArticleSummary(
            id=r[0], title=r[1], origin=r[2], created_at=r[3], opened_at=r[4], updated_at=r[5],
            scroll_fraction=r[6], deleted_at=r[7],
            read_fraction=r[8], tags=tuple(r[9].split("\x1f")) if r[9] else (),
            highlight_count=counts.get(r[0], (0, 0))[0], note_count=counts.get(r[0], (0, 0))[1])
        for r in rows
    ]
