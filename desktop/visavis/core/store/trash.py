"""Deleting articles: to the trash first (restorable, undoable), then for good."""

from __future__ import annotations

from collections.abc import Iterable

from visavis.core.store.database import Database, utc_now


def _json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


class Trash:
    def __init__(self, db: Database) -> None:
        self._db = db

    def delete(self, article_ids: Iterable[int]) -> int:
        """Move articles to the trash as one batch (what :meth:`undo_last_delete` restores)."""
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE articles SET deleted_at = ? WHERE deleted_at IS NULL AND id IN "
                "(SELECT value FROM json_each(?))", (utc_now(), _json_ids(article_ids))).rowcount

    def restore(self, article_ids: Iterable[int]) -> int:
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE articles SET deleted_at = NULL WHERE deleted_at IS NOT NULL AND id IN "
                "(SELECT value FROM json_each(?))", (_json_ids(article_ids),)).rowcount

    def last_deleted(self) -> list[int]:
        """Ids of the most recent delete batch still in the trash."""
        return [r[0] for r in self._db.query(
            "SELECT id FROM articles WHERE deleted_at = "
            "(SELECT max(deleted_at) FROM articles) ORDER BY id")]

    def undo_last_delete(self) -> list[int]:
        """Restore the last batch moved to the trash; return the restored ids."""
        with self._db.transaction():
            ids = self.last_deleted()
            self.restore(ids)
        return ids

    def purge(self, article_ids: Iterable[int]) -> int:
        """Delete trashed articles for good (with their corrections, notes, highlights...)."""
        with self._db.transaction() as conn:
            count = conn.execute(
                "DELETE FROM articles WHERE deleted_at IS NOT NULL AND id IN "
                "(SELECT value FROM json_each(?))", (_json_ids(article_ids),)).rowcount
            conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
        return count

    def empty(self) -> int:
        with self._db.transaction():
            return self.purge(self.ids())

    def ids(self) -> list[int]:
        return [r[0] for r in self._db.query(
            "SELECT id FROM articles WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC")]
