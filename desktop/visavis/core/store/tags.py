"""Tags on articles (case- and accent-insensitive names, unused tags disappear)."""

from __future__ import annotations

from collections.abc import Iterable

from visavis.core.store.database import Database, fold


def clean_tag(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("A tag needs a name.")
    return name


class TagRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, article_ids: int | Iterable[int], name: str) -> None:
        """Tag one article or several with ``name`` (created on first use)."""
        ids = [article_ids] if isinstance(article_ids, int) else list(article_ids)
        name = clean_tag(name)
        with self._db.transaction() as conn:
            row = conn.execute("SELECT id FROM tags WHERE name = ? COLLATE FOLD", (name,)).fetchone()
            tag_id = row[0] if row else conn.execute(
                "INSERT INTO tags(name) VALUES (?)", (name,)).lastrowid
            conn.executemany("INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES (?, ?)",
                             [(i, tag_id) for i in ids])

    def remove(self, article_ids: int | Iterable[int], name: str) -> None:
        ids = [article_ids] if isinstance(article_ids, int) else list(article_ids)
        with self._db.transaction() as conn:
            conn.executemany(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id IN "
                "(SELECT id FROM tags WHERE name = ? COLLATE FOLD)", [(i, name) for i in ids])
            self._drop_unused(conn)

    def set(self, article_id: int, names: Iterable[str]) -> None:
        """Replace the tags of one article."""
        wanted = {fold(clean_tag(n)): clean_tag(n) for n in names if n.strip()}
        with self._db.transaction():
            for current in self.for_article(article_id):
                if fold(current) not in wanted:
                    self.remove(article_id, current)
            for name in wanted.values():
                self.add(article_id, name)

    def for_article(self, article_id: int) -> list[str]:
        return [r[0] for r in self._db.query(
            "SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE at.article_id = ? ORDER BY t.name COLLATE FOLD", (article_id,))]

    def all(self) -> list[tuple[str, int]]:
        """Every tag with the number of live (not trashed) articles carrying it."""
        return [(r[0], r[1]) for r in self._db.query(
            "SELECT t.name, count(a.id) FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id "
            "LEFT JOIN articles a ON a.id = at.article_id AND a.deleted_at IS NULL "
            "GROUP BY t.id ORDER BY t.name COLLATE FOLD")]

    @staticmethod
    def _drop_unused(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
