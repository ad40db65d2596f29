"""``library.word_status``: the reader's status of each lemma (and of forms given their own).

Keys are lemma keys: ``lemma(form)`` for a word, the space-joined lemma sequence for a
multi-word term (« jeune pousse »).  No stored row means "automatic": UNKNOWN, or IGNORED for
a word the tokenizer ignores (see :mod:`.tokens`).  Every change is recorded in the history.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from visavis.core.glossary.normalize import norm_key
from visavis.core.knowledge.statuses import TermStatus
from visavis.core.store.database import Database, utc_now

Key = str | tuple[str, str | None]  # a lemma, or (lemma, form)


@dataclass(frozen=True)
class StatusChange:
    lemma: str
    form: str  # '' for the term itself
    old_status: TermStatus | None  # None: had no status (automatic)
    new_status: TermStatus | None  # None: back to automatic
    changed_at: str


@dataclass(frozen=True)
class PreviousStatus:
    """What :meth:`WordStatusRepository.set_many` replaced, to undo it."""

    lemma: str
    form: str
    status: TermStatus | None


def _clean(lemma: str, form: str | None) -> tuple[str, str]:
    key = norm_key(lemma)
    if not key:
        raise ValueError("A word status needs a word.")
    return key, norm_key(form) if form else ""


def _split(key: Key) -> tuple[str, str]:
    if isinstance(key, tuple):
        return _clean(key[0], key[1])
    return _clean(key, None)


class WordStatusRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading ------------------------------------------------------------------------------
    def get(self, lemma: str, form: str | None = None) -> TermStatus:
        """The form's own status if it has one, else the lemma's, else UNKNOWN."""
        found = self.explicit(lemma, form)
        if found is None and form:
            found = self.explicit(lemma)
        return found if found is not None else TermStatus.UNKNOWN

    def explicit(self, lemma: str, form: str | None = None) -> TermStatus | None:
        """The stored status of exactly (lemma, form), or None (automatic)."""
        key, form_key = _clean(lemma, form)
        rows = self._db.query("SELECT status FROM word_status WHERE lemma = ? AND form = ?",
                              (key, form_key))
        return TermStatus(rows[0][0]) if rows else None

    def get_many(self, keys: Iterable[Key]) -> dict[Key, TermStatus]:
        """Stored statuses of ``keys`` (lemmas, or (lemma, form) pairs), in one query.

        A pair gets its form's own status, else its lemma's.  Keys without any stored status
        are absent from the result: read it with ``.get(key, TermStatus.UNKNOWN)`` (or apply
        the automatic ignore of :func:`.tokens.effective_status`).
        """
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        lemmas = sorted({_split(k)[0] for k in wanted})
        rows = self._db.query(
            "SELECT lemma, form, status FROM word_status "
            "WHERE lemma IN (SELECT value FROM json_each(?))", (json.dumps(lemmas),))
        stored = {(r[0], r[1]): TermStatus(r[2]) for r in rows}
        result: dict[Key, TermStatus] = {}
        for k in wanted:
            lemma_key, form_key = _split(k)
            found = stored.get((lemma_key, form_key)) if form_key else None
            if found is None:
                found = stored.get((lemma_key, ""))
            if found is not None:
                result[k] = found
        return result

    def lemma_statuses(self) -> dict[str, TermStatus]:
        """Every lemma-level status (50,000 rows load in ~30 ms)."""
        return {r[0]: TermStatus(r[1]) for r in self._db.query(
            "SELECT lemma, status FROM word_status WHERE form = ''")}

    def form_statuses(self) -> dict[tuple[str, str], TermStatus]:
        """Forms the reader gave their own status: (lemma, form) → status."""
        return {(r[0], r[1]): TermStatus(r[2]) for r in self._db.query(
            "SELECT lemma, form, status FROM word_status WHERE form <> ''")}

    def multiword_statuses(self) -> dict[str, TermStatus]:
        """Statuses of multi-word terms (keys containing a space)."""
        return {r[0]: TermStatus(r[1]) for r in self._db.query(
            "SELECT lemma, status FROM word_status WHERE form = '' AND instr(lemma, ' ') > 0")}

    def counts(self) -> dict[TermStatus, int]:
        """Number of terms per stored status (lemma level; every status present, 0 if none)."""
        result = {s: 0 for s in TermStatus}
        for status, n in self._db.query(
                "SELECT status, count(*) FROM word_status WHERE form = '' GROUP BY status"):
            result[TermStatus(status)] = n
        return result

    def history(self, lemma: str | None = None, *, since: str | None = None,
                until: str | None = None, limit: int | None = None) -> list[StatusChange]:
        """Status changes, oldest first (of one lemma, and/or between two timestamps)."""
        where, params = [], []
        if lemma is not None:
            where.append("lemma = ?")
            params.append(norm_key(lemma))
        if since is not None:
            where.append("changed_at >= ?")
            params.append(since)
        if until is not None:
            where.append("changed_at < ?")
            params.append(until)
        sql = "SELECT lemma, form, old_status, new_status, changed_at FROM word_status_history"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY changed_at, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [StatusChange(r[0], r[1], None if r[2] is None else TermStatus(r[2]),
                             None if r[3] is None else TermStatus(r[3]), r[4])
                for r in self._db.query(sql, params)]

    # -- writing ------------------------------------------------------------------------------
    def set(self, lemma: str, status: TermStatus | int, *, form: str | None = None,
            when: str | None = None) -> TermStatus | None:
        """Give ``lemma`` (or only its ``form``) a status; return the previous stored status."""
        previous = self.set_many([(lemma, status)] if not form else [((lemma, form), status)],
                                 when=when)
        return previous[0].status if previous else None

    def clear(self, lemma: str, form: str | None = None, *, when: str | None = None
              ) -> TermStatus | None:
        """Back to automatic (the stored row goes; the change is in the history)."""
        previous = self.set_many([((lemma, form), None)], when=when)
        return previous[0].status if previous else None

    def set_many(self, items: Iterable[tuple[Key, TermStatus | int | None]], *,
                 when: str | None = None) -> list[PreviousStatus]:
        """Set many statuses in one transaction (None = back to automatic).

        Returns what each key had before, for :meth:`restore` (undo); keys whose status
        does not change are left out (and not recorded).
        """
        stamp = when or utc_now()
        changes: list[tuple[str, str, TermStatus | None]] = []
        seen: set[tuple[str, str]] = set()
        for key, status in items:
            lemma_key, form_key = _split(key)
            if (lemma_key, form_key) in seen:
                continue
            seen.add((lemma_key, form_key))
            changes.append((lemma_key, form_key, None if status is None else TermStatus(status)))
        previous: list[PreviousStatus] = []
        with self._db.transaction() as conn:
            for lemma_key, form_key, status in changes:
                row = conn.execute("SELECT status FROM word_status WHERE lemma = ? AND form = ?",
                                   (lemma_key, form_key)).fetchone()
                old = None if row is None else TermStatus(row[0])
                if old == status:
                    continue
                if status is None:
                    conn.execute("DELETE FROM word_status WHERE lemma = ? AND form = ?",
                                 (lemma_key, form_key))
                elif old is None:
                    conn.execute("INSERT INTO word_status(lemma, form, status, updated_at) "
                                 "VALUES (?, ?, ?, ?)", (lemma_key, form_key, int(status), stamp))
                else:
                    conn.execute("UPDATE word_status SET status = ?, updated_at = ? "
                                 "WHERE lemma = ? AND form = ?",
                                 (int(status), stamp, lemma_key, form_key))
                conn.execute(
                    "INSERT OR REPLACE INTO word_status_history(lemma, form, old_status, new_status,"
                    " changed_at) VALUES (?, ?, ?, ?, ?)",
                    (lemma_key, form_key, None if old is None else int(old),
                     None if status is None else int(status), stamp))
                previous.append(PreviousStatus(lemma_key, form_key, old))
        return previous

    def restore(self, previous: Sequence[PreviousStatus], *, when: str | None = None
                ) -> list[PreviousStatus]:
        """Undo a :meth:`set_many`: put back what it replaced (returns the redo list)."""
        return self.set_many((((p.lemma, p.form or None), p.status) for p in previous), when=when)
