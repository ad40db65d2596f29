"""``library.article_figures``: per-article word figures for the status bar and library list.

"You know 87 % of this article": known tokens over tokens that count (ignored words left
out).  Computed from each article's packed lemma counts (``article_word_index``) and the
stored statuses: nothing to keep current when a status changes.
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


STATUSES = len(TermStatus)


class ArticleFiguresRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._last: tuple[tuple, dict[int, ArticleFigures]] | None = None  # (key, all figures)

    def _statuses_key(self) -> tuple:
        """Changes whenever a lemma-level status is added, changed or removed."""
        return tuple(self._db.query(
            "SELECT count(*), total(status), max(updated_at), "
            "(SELECT max(id) FROM word_status_history) FROM word_status WHERE form = ''")[0])

    def _status_of_ids(self, size: int):  # type: ignore[no-untyped-def]
        """int8[size]: the stored lemma-level status of each lemma id, -1 for none."""
        import numpy as np

        result = np.full(size, -1, dtype=np.int8)
        rows = self._db.query("SELECT k.id, ws.status FROM word_status ws JOIN article_lemmas k "
                              "ON k.lemma = ws.lemma WHERE ws.form = ''")
        if rows:
            ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            keep = ids < size
            result[ids[keep]] = np.fromiter((r[1] for r in rows), dtype=np.int8, count=len(rows))[keep]
        return result

    def figures(self, article_ids: Iterable[int] | None = None) -> dict[int, ArticleFigures]:
        """Figures of the given (default: all) indexed articles; unindexed ones are absent.

        All of them are computed at once from the index arrays (:func:`.lemma_matrix.load_matrix`)
        and kept until the index or a status changes (each call checks two cheap keys)."""
        from visavis.core.knowledge.lemma_matrix import index_key

        key = (index_key(self._db), self._statuses_key())
        last = self._last
        if last is None or last[0] != key:
            last = self._last = (key, self._compute())
        every = last[1]
        if article_ids is None:
            return dict(every)
        return {int(a): every[int(a)] for a in article_ids if int(a) in every}

    def _compute(self) -> dict[int, ArticleFigures]:
        import numpy as np

        from visavis.core.knowledge.lemma_matrix import load_matrix

        matrix = load_matrix(self._db)
        if matrix.size == 0:
            return {}
        size = int(matrix.lemma_ids.max()) + 1 if len(matrix.lemma_ids) else 1
        stored = self._status_of_ids(size)[matrix.lemma_ids]
        effective = np.where(stored >= 0, stored, np.where(matrix.ignored > 0, 6, 0)).astype(np.int64)
        cells = matrix.rows * STATUSES + effective
        total = matrix.size * STATUSES
        tokens = np.bincount(cells, weights=matrix.counts, minlength=total).reshape(-1, STATUSES)
        lemmas = np.bincount(cells, minlength=total).reshape(-1, STATUSES)
        return _figures_of_rows(tokens, lemmas, matrix.article_ids, range(matrix.size))

    def get(self, article_id: int) -> ArticleFigures | None:
        """One article's figures, from its own row only (cheap)."""
        import numpy as np

        from visavis.core.knowledge.lemma_matrix import unpack

        rows = self._db.query("SELECT lemma_ids, counts, ignored FROM article_word_index "
                              "WHERE article_id = ?", (article_id,))
        if not rows:
            return None
        ids, counts, ignored = unpack(*rows[0])
        statuses = dict(self._db.query(
            "SELECT k.id, ws.status FROM article_lemmas k JOIN word_status ws ON ws.lemma = k.lemma "
            "AND ws.form = '' WHERE k.id IN (SELECT value FROM json_each(?))", (json.dumps(ids.tolist()),)))
        effective = np.array([statuses.get(i, 6 if ig else 0)
                              for i, ig in zip(ids.tolist(), ignored.tolist(), strict=True)], dtype=np.int64)
        tokens = np.bincount(effective, weights=counts, minlength=STATUSES).tolist()
        lemmas = np.bincount(effective, minlength=STATUSES).tolist()
        return _figures(tokens, lemmas)

    def known_at_least(self, share: float) -> list[int]:
        """Ids of live indexed articles whose known share is ≥ ``share`` (0.9 for "≥ 90 %"),
        in whole percents rounded down like :attr:`ArticleFigures.known_percent`."""
        percent = int(round(share * 100))
        live = {r[0] for r in self._db.query("SELECT id FROM articles WHERE deleted_at IS NULL")}
        return sorted(a for a, f in self.figures().items() if a in live and f.known_percent >= percent)


def _figures_of_rows(tokens, lemmas, article_ids, positions) -> dict[int, ArticleFigures]:  # type: ignore[no-untyped-def]
    """Vectorised :meth:`ArticleFigures.from_counts` over rows of per-status counts."""
    import numpy as np

    pick = np.asarray(list(positions), dtype=np.int64)
    tok, lem = tokens[pick].astype(np.int64), lemmas[pick].astype(np.int64)
    learning = slice(int(TermStatus.LEARNING_1), int(TermStatus.LEARNING_3) + 1)
    total = tok.sum(axis=1)
    columns = (total, total - tok[:, TermStatus.IGNORED], tok[:, TermStatus.KNOWN],
               tok[:, learning].sum(axis=1), lem[:, TermStatus.UNKNOWN], lem[:, TermStatus.NEW],
               lem[:, learning].sum(axis=1))
    rows = zip(*(c.tolist() for c in columns), strict=True)
    return {article: ArticleFigures(*row)
            for article, row in zip(article_ids[pick].tolist(), rows, strict=True)}


def _figures(tokens: list, lemmas: list) -> ArticleFigures:
    """From per-status token and lemma counts (index = TermStatus value)."""
    return ArticleFigures.from_counts({TermStatus(s): (int(tokens[s]), int(lemmas[s]))
                                       for s in range(STATUSES) if lemmas[s]})
