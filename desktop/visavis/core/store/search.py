"""Full-text search over titles, French text, English translation and notes (FTS5, bm25)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from visavis.core.store.database import Database
from visavis.core.store.plain_text import markdown_to_plain
from visavis.core.store.search_query import to_match

MATCH_START = "\x02"  # snippet markers: the UI shows the text between them in bold
MATCH_END = "\x03"
ELLIPSIS = "…"
COLUMNS = ("title", "french", "english", "notes")
# bm25 weights: a hit in the title counts most, then notes, then the article text.
_WEIGHTS = "10.0, 1.0, 1.0, 2.0"


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str  # with MATCH_START/MATCH_END around matched words
    snippet: str  # best fragment of the article text, translation or notes, markers included
    rank: float  # bm25 (lower is better)


def strip_markers(text: str) -> str:
    return text.replace(MATCH_START, "").replace(MATCH_END, "")


class SearchIndex:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- keeping the index current ----------------------------------------------------------
    def update_article(self, article_id: int, french_plain: str | None = None,
                       english_plain: str | None = None) -> None:
        """Index the article's plain French and/or English (None leaves that column as is)."""
        with self._db.transaction() as conn:
            self._ensure_row(conn, article_id)
            if french_plain is not None:
                conn.execute("UPDATE search_documents SET french = ? WHERE article_id = ?",
                             (french_plain, article_id))
            if english_plain is not None:
                conn.execute("UPDATE search_documents SET english = ? WHERE article_id = ?",
                             (english_plain, article_id))

    def update_notes(self, article_id: int, notes_text: str) -> None:
        """Index the text of all notes of an article (the annotations part calls this)."""
        with self._db.transaction() as conn:
            self._ensure_row(conn, article_id)
            conn.execute("UPDATE search_documents SET notes = ? WHERE article_id = ?",
                         (notes_text, article_id))

    def repair_notes(self) -> int:
        """Re-index the notes of every article whose indexed notes differ from its
        annotations' notes (the truth); returns how many were repaired.  Run on open: a
        library written by an older version could have a note saved but not indexed."""
        if not self._db.has_table("annotations"):
            return 0
        with self._db.lock:
            conn = self._db.connection
            truth = dict(conn.execute(
                "SELECT article_id, group_concat(note, char(10) || char(10)) FROM "
                "(SELECT article_id, note FROM annotations WHERE note != '' "
                " ORDER BY article_id, reading_pos, start_offset) GROUP BY article_id"))
            indexed = dict(conn.execute(
                "SELECT article_id, notes FROM search_documents WHERE notes != ''"))
        stale = [a for a in truth.keys() | indexed.keys()
                 if (truth.get(a) or "") != (indexed.get(a) or "")]
        if stale:
            with self._db.transaction() as conn:
                for article_id in stale:
                    self._ensure_row(conn, article_id)
                    conn.execute("UPDATE search_documents SET notes = ? WHERE article_id = ?",
                                 (truth.get(article_id) or "", article_id))
        return len(stale)

    def rebuild(self, full: bool = True) -> None:
        """Re-create missing index rows from the articles (and the whole FTS index if ``full``)."""
        with self._db.transaction() as conn:
            rows = conn.execute(
                "SELECT id, title, source, source_format FROM articles WHERE id NOT IN "
                "(SELECT article_id FROM search_documents)").fetchall()
            conn.executemany(
                "INSERT INTO search_documents(article_id, title, french) VALUES (?, ?, ?)",
                [(r[0], r[1], markdown_to_plain(r[2], r[3])) for r in rows])
            if full:
                conn.execute("INSERT INTO article_search(article_search) VALUES ('rebuild')")

    @staticmethod
    def _ensure_row(conn: sqlite3.Connection, article_id: int) -> None:
        conn.execute(
            "INSERT INTO search_documents(article_id, title) SELECT id, title FROM articles "
            "WHERE id = ? AND NOT EXISTS (SELECT 1 FROM search_documents WHERE article_id = ?)",
            (article_id, article_id))

    # -- searching --------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 30, tag: str | None = None,
               auto_prefix: bool = True, snippet_words: int = 14) -> list[SearchHit]:
        """Live articles matching ``query``, best first; never raises on odd input."""
        match = to_match(query, auto_prefix)
        if match is None:
            return []
        # Rank first (cheap), then build highlights/snippets only for the hits shown:
        # computing snippet() inside the ranked query would run it for every match.
        sql = (
            f"SELECT s.rowid, bm25(article_search, {_WEIGHTS}) AS score "
            "FROM article_search s WHERE article_search MATCH ? AND s.rowid NOT IN "
            "(SELECT id FROM articles WHERE deleted_at IS NOT NULL)"  # covering index
        )
        params: list[object] = [match]
        if tag is not None:
            sql += (" AND s.rowid IN (SELECT at.article_id FROM article_tags at JOIN tags t "
                    "ON t.id = at.tag_id WHERE t.name = ? COLLATE FOLD)")
            params.append(tag)
        sql += " ORDER BY score LIMIT ?"
        params.append(int(limit))
        words = max(1, min(64, snippet_words))
        try:
            with self._db.lock:
                conn = self._db.connection
                ranked = conn.execute(sql, params).fetchall()
                if not ranked:
                    return []
                shown = {r[0]: (r[1], r[2]) for r in conn.execute(
                    "SELECT rowid, highlight(article_search, 0, char(2), char(3)), "
                    f"snippet(article_search, -1, char(2), char(3), '{ELLIPSIS}', ?) "
                    "FROM article_search WHERE article_search MATCH ? "
                    "AND rowid IN (SELECT value FROM json_each(?))",
                    (words, match, "[" + ",".join(str(r[0]) for r in ranked) + "]"))}
        except sqlite3.OperationalError:
            return []  # defensive: the sanitiser should make this unreachable
        return [SearchHit(article_id, *shown[article_id], score)
                for article_id, score in ranked if article_id in shown]

    def count(self, query: str) -> int:
        match = to_match(query)
        if match is None:
            return 0
        return self._db.query(
            "SELECT count(*) FROM article_search s JOIN articles a ON a.id = s.rowid "
            "WHERE article_search MATCH ? AND a.deleted_at IS NULL", (match,))[0][0]
