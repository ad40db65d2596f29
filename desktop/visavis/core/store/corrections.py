"""The reader's corrections of one sentence's English, per article (kept across models)."""

from __future__ import annotations

from dataclasses import dataclass

from visavis.core.store.database import Database, utc_now


@dataclass(frozen=True)
class Correction:
    article_id: int
    sentence_id: str
    french_text: str  # the sentence the correction was written for (to detect edits)
    english: str
    updated_at: str


class CorrectionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set(self, article_id: int, sentence_id: str, french_text: str, english: str) -> None:
        now = utc_now()
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO corrections(article_id, sentence_id, french_text, english, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(article_id, sentence_id) DO UPDATE"
                " SET french_text = excluded.french_text, english = excluded.english,"
                " updated_at = excluded.updated_at",
                (article_id, sentence_id, french_text, english, now, now))

    def get_all(self, article_id: int) -> dict[str, Correction]:
        rows = self._db.query(
            "SELECT sentence_id, french_text, english, updated_at FROM corrections "
            "WHERE article_id = ?", (article_id,))
        return {r[0]: Correction(article_id, r[0], r[1], r[2], r[3]) for r in rows}

    def get(self, article_id: int, sentence_id: str) -> Correction | None:
        return self.get_all(article_id).get(sentence_id)

    def revert(self, article_id: int, sentence_id: str) -> bool:
        """Forget the correction (the machine translation shows again); True if one existed."""
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM corrections WHERE article_id = ? AND sentence_id = ?",
                                (article_id, sentence_id)).rowcount > 0
