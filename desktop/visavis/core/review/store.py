"""Review cards and the review log in the library (migration 0009_review).

``ReviewStore(db)`` takes the library's database (``library.database``): ``transaction()``
for writes and ``query()`` for reads.  A card and its log row are written in one
transaction, so a crash never leaves a grade half recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from fsrs import State

from visavis.core.review.model import ReviewRecord, StoredCard, from_iso, to_iso

_CARD_COLUMNS = ("id, term_key, term, fsrs_state, step, stability, difficulty, due, last_review,"
                 " reps, lapses")
_CHUNK = 500


def _card(row: Any) -> StoredCard:
    return StoredCard(
        id=row[0], term_key=row[1], term=row[2], state=State(row[3]), step=row[4],
        stability=row[5], difficulty=row[6], due=from_iso(row[7]),
        last_review=from_iso(row[8]) if row[8] else None, reps=row[9], lapses=row[10])


class ReviewStore:
    def __init__(self, db: Any) -> None:
        self._db = db

    # -- cards ---------------------------------------------------------------------------
    def get(self, term_key: str) -> StoredCard | None:
        rows = self._db.query(f"SELECT {_CARD_COLUMNS} FROM review_cards WHERE term_key = ?",
                              (term_key,))
        return _card(rows[0]) if rows else None

    def get_many(self, term_keys: Iterable[str]) -> dict[str, StoredCard]:
        keys = list(dict.fromkeys(term_keys))
        found: dict[str, StoredCard] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for row in self._db.query(
                    f"SELECT {_CARD_COLUMNS} FROM review_cards WHERE term_key IN ({marks})", chunk):
                found[row[1]] = _card(row)
        return found

    def all_keys(self) -> set[str]:
        return {row[0] for row in self._db.query("SELECT term_key FROM review_cards")}

    def due(self, now: datetime, limit: int | None = None) -> list[StoredCard]:
        """Cards due at ``now``, the most overdue first."""
        sql = f"SELECT {_CARD_COLUMNS} FROM review_cards WHERE due <= ? ORDER BY due, id"
        params: list[object] = [to_iso(now)]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_card(row) for row in self._db.query(sql, params)]

    def first_reviewed_since(self, since: datetime) -> int:
        """How many cards got their first review at or after ``since`` (new cards shown)."""
        return self._db.query("SELECT count(*) FROM review_cards WHERE created_at >= ?",
                              (to_iso(since),))[0][0]

    def count(self) -> int:
        return self._db.query("SELECT count(*) FROM review_cards")[0][0]

    # -- grading -------------------------------------------------------------------------
    def record(self, card: StoredCard, record: ReviewRecord) -> StoredCard:
        """Save ``card`` (insert or update by term key) and append ``record``; one transaction."""
        now = to_iso(record.reviewed_at)
        values = (card.term, int(card.state), card.step, card.stability, card.difficulty,
                  to_iso(card.due), to_iso(card.last_review) if card.last_review else None,
                  card.reps, card.lapses)
        with self._db.transaction() as conn:
            row = conn.execute("SELECT id FROM review_cards WHERE term_key = ?",
                               (card.term_key,)).fetchone()
            if row is None:
                card_id = int(conn.execute(
                    "INSERT INTO review_cards (term, fsrs_state, step, stability, difficulty, due,"
                    " last_review, reps, lapses, term_key, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, card.term_key, now, now)).lastrowid)
            else:
                card_id = row[0]
                conn.execute(
                    "UPDATE review_cards SET term = ?, fsrs_state = ?, step = ?, stability = ?,"
                    " difficulty = ?, due = ?, last_review = ?, reps = ?, lapses = ?,"
                    " updated_at = ? WHERE id = ?", (*values, now, card_id))
            conn.execute(
                "INSERT INTO review_log (card_id, rating, reviewed_at, duration_ms, scheduled_days,"
                " status_before, status_after, article_id, sentence_id, french)"
                " VALUES (?, ?, ?, ?, ?, ?, ?,"
                " (SELECT id FROM articles WHERE id = ?), ?, ?)",
                (card_id, record.rating, now, record.duration_ms, record.scheduled_days,
                 record.status_before, record.status_after, record.article_id,
                 record.sentence_id, record.french))
        return self.get(card.term_key) or card

    # -- history -------------------------------------------------------------------------
    def history(self, term_key: str | None = None) -> list[ReviewRecord]:
        """Every grade given (of one term, or all), oldest first."""
        sql = ("SELECT c.term_key, l.rating, l.reviewed_at, l.scheduled_days, l.status_before,"
               " l.status_after, l.duration_ms, l.article_id, l.sentence_id, l.french"
               " FROM review_log l JOIN review_cards c ON c.id = l.card_id")
        params: tuple = ()
        if term_key is not None:
            sql += " WHERE c.term_key = ?"
            params = (term_key,)
        rows = self._db.query(sql + " ORDER BY l.reviewed_at, l.id", params)
        return [ReviewRecord(term_key=r[0], rating=r[1], reviewed_at=from_iso(r[2]),
                             scheduled_days=r[3], status_before=r[4], status_after=r[5],
                             duration_ms=r[6], article_id=r[7], sentence_id=r[8], french=r[9])
                for r in rows]

    def reviews_since(self, since: datetime) -> int:
        return self._db.query("SELECT count(*) FROM review_log WHERE reviewed_at >= ?",
                              (to_iso(since),))[0][0]

    def forget(self, term_key: str) -> None:
        """Drop a term's card and its history (the reader deleted the term)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM review_cards WHERE term_key = ?", (term_key,))
