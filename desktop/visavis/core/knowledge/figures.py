"""``library.article_figures``: per-article word figures for the status bar and library list.

"You know 87 % of this article": known tokens over tokens that count (ignored words left
out).  Read from ``article_status_counts``, which the library's triggers keep current.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from visavis.core.knowledge.statuses import TermStatus
from visavis.core.store.database import Database


@dataclass(frozen=True)
class ArticleFigures:
    tokens: int  # every word token of the article
    counted_tokens: int  # tokens that count (not ignored)
    known_tokens: int
    learning_tokens: int
    unknown_words: int  # distinct lemmas never marked
    new_words: int  # distinct lemmas marked new
    learning_words: int

    @property
    def known_share(self) -> float:
        """Share of counted tokens that are known (0.0-1.0; 1.0 for an article of no words)."""
        return self.known_tokens / self.counted_tokens if self.counted_tokens else 1.0

    @property
    def known_percent(self) -> int:
        """Rounded down, so 89.6 % never shows as "90 %" (the filter uses the same rule)."""
        return int(self.known_share * 100)

    @classmethod
    def from_counts(cls, counts: Mapping[TermStatus, tuple[int, int]]) -> ArticleFigures:
        """From {status: (tokens, distinct lemmas)}."""
        def tok(*statuses: TermStatus) -> int:
            return sum(counts.get(s, (0, 0))[0] for s in statuses)

        def lem(*statuses: TermStatus) -> int:
            return sum(counts.get(s, (0, 0))[1] for s in statuses)

        learning = (TermStatus.LEARNING_1, TermStatus.LEARNING_2, TermStatus.LEARNING_3)
        total = tok(*TermStatus)
        return cls(tokens=total, counted_tokens=total - tok(TermStatus.IGNORED),
                   known_tokens=tok(TermStatus.KNOWN), learning_tokens=tok(*learning),
                   unknown_words=lem(TermStatus.UNKNOWN), new_words=lem(TermStatus.NEW),
                   learning_words=lem(*learning))


_PIVOT = (
    "SELECT article_id, sum(tokens), "
    "sum(CASE WHEN status = 6 THEN tokens ELSE 0 END), "
    "sum(CASE WHEN status = 5 THEN tokens ELSE 0 END), "
    "sum(CASE WHEN status BETWEEN 2 AND 4 THEN tokens ELSE 0 END), "
    "sum(CASE WHEN status = 0 THEN lemmas ELSE 0 END), "
    "sum(CASE WHEN status = 1 THEN lemmas ELSE 0 END), "
    "sum(CASE WHEN status BETWEEN 2 AND 4 THEN lemmas ELSE 0 END) "
    "FROM article_status_counts"
)


class ArticleFiguresRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def figures(self, article_ids: Iterable[int] | None = None) -> dict[int, ArticleFigures]:
        """Figures of the given (default: all) indexed articles; unindexed ones are absent."""
        sql, params = _PIVOT, []
        if article_ids is not None:
            ids = [int(i) for i in article_ids]
            if not ids:
                return {}
            sql += " WHERE article_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(ids))
        rows = self._db.query(sql + " GROUP BY article_id", params)
        return {r[0]: ArticleFigures(r[1], r[1] - r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows}

    def get(self, article_id: int) -> ArticleFigures | None:
        return self.figures([article_id]).get(article_id)

    def known_at_least(self, share: float) -> list[int]:
        """Ids of live indexed articles whose known share is ≥ ``share`` (0.9 for "≥ 90 %")."""
        percent = int(round(share * 100))
        return [r[0] for r in self._db.query(
            "SELECT c.article_id FROM article_status_counts c JOIN articles a ON a.id = c.article_id "
            "WHERE a.deleted_at IS NULL GROUP BY c.article_id HAVING "
            "sum(tokens) - sum(CASE WHEN status = 6 THEN tokens ELSE 0 END) = 0 OR "
            "100 * sum(CASE WHEN status = 5 THEN tokens ELSE 0 END) >= "
            "? * (sum(tokens) - sum(CASE WHEN status = 6 THEN tokens ELSE 0 END))", (percent,))]
