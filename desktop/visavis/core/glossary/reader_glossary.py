"""The reader's glossary: terms the reader noted, stored in the library (migration 0003).

``ReaderGlossary(db)`` takes the library's database object: anything with
``transaction()`` (a context manager yielding the sqlite3 connection, committing on
exit) and ``connection``/``lock`` for reads — ``library.db`` of core/store.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from visavis.core.glossary.lemmas import lemma, match_keys
from visavis.core.glossary.words import split_words
from visavis.core.wording import Message


class GlossaryEntryError(ValueError):
    """The entry cannot be saved as given; the message is for the reader (a
    :class:`~visavis.core.wording.Message`: template and fields, for the interface)."""

    def __init__(self, template: str, **fields: object) -> None:
        super().__init__(Message(template, **fields))


MAX_TERM_LENGTH = 200
MAX_TEXT_LENGTH = 10_000


@dataclass(frozen=True)
class ReaderEntry:
    id: int
    term: str
    lemma_key: str
    english: str
    note: str
    article_id: int | None
    context: str
    created_at: str
    updated_at: str


def term_lemma_key(term: str) -> str:
    """The lemma sequence of a term (``Jeunes pousses`` -> ``jeune pousse``)."""
    words = split_words(term)
    if not words:
        raise GlossaryEntryError("A glossary term needs at least one word.")
    return " ".join(lemma(w.text) for w in words)


def _word_keys(term: str) -> list[frozenset[str]]:
    return [match_keys(w.text) for w in split_words(term)]


def _same_term(a: list[frozenset[str]], b: list[frozenset[str]]) -> bool:
    return len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_COLUMNS = "id, term, lemma_key, english, note, article_id, context, created_at, updated_at"


class ReaderGlossary:
    def __init__(self, db: Any) -> None:
        self._db = db
        self._lock = getattr(db, "lock", None) or threading.RLock()

    # -- reading ---------------------------------------------------------------------------
    def _select(self, where: str = "", params: tuple = ()) -> list[ReaderEntry]:
        with self._lock:
            rows = self._db.connection.execute(
                f"SELECT {_COLUMNS} FROM glossary_entries {where}", params).fetchall()
        return [ReaderEntry(*row) for row in rows]

    def list(self) -> list[ReaderEntry]:
        return self._select("ORDER BY term COLLATE NOCASE, id")

    def get(self, entry_id: int) -> ReaderEntry:
        found = self._select("WHERE id = ?", (entry_id,))
        if not found:
            raise KeyError(entry_id)
        return found[0]

    def find_term(self, term: str) -> ReaderEntry | None:
        """The entry for ``term``: same lemmas, or each word sharing a form or lemma."""
        found = self._select("WHERE lemma_key = ?", (term_lemma_key(term),))
        if found:
            return found[0]
        keys = _word_keys(term)
        return next((e for e in self.list() if _same_term(keys, _word_keys(e.term))), None)

    def search(self, text: str) -> list[ReaderEntry]:
        """Entries whose term, English or note contains ``text`` (case-insensitive)."""
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return self._select(
            "WHERE term LIKE ?1 ESCAPE '\\' OR english LIKE ?1 ESCAPE '\\'"
            " OR note LIKE ?1 ESCAPE '\\' OR lemma_key LIKE ?1 ESCAPE '\\'"
            " ORDER BY term COLLATE NOCASE, id", (pattern,))

    # -- writing ---------------------------------------------------------------------------
    def add(self, term: str, english: str = "", note: str = "", *, article_id: int | None = None,
            context: str = "") -> ReaderEntry:
        """Add a term; if the same term (same lemmas) exists, update its English and note."""
        term, english, note = _clean(term, english, note)
        key = term_lemma_key(term)
        now = _now()
        with self._db.transaction() as conn:
            existing = self.find_term(term)
            if existing:
                conn.execute("UPDATE glossary_entries SET english = ?, note = ?, updated_at = ?"
                             " WHERE id = ?", (english, note, now, existing.id))
                entry_id = existing.id
            else:
                entry_id = conn.execute(
                    "INSERT INTO glossary_entries (term, lemma_key, english, note, article_id,"
                    " context, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (term, key, english, note, article_id, context[:MAX_TEXT_LENGTH], now, now),
                ).lastrowid
        return self.get(entry_id)

    def update(self, entry_id: int, *, term: str | None = None, english: str | None = None,
               note: str | None = None) -> ReaderEntry:
        current = self.get(entry_id)
        new_term, new_english, new_note = _clean(
            current.term if term is None else term,
            current.english if english is None else english,
            current.note if note is None else note)
        key = term_lemma_key(new_term)
        try:
            with self._db.transaction() as conn:
                conn.execute(
                    "UPDATE glossary_entries SET term = ?, lemma_key = ?, english = ?, note = ?,"
                    " updated_at = ? WHERE id = ?",
                    (new_term, key, new_english, new_note, _now(), entry_id))
        except sqlite3.IntegrityError as exc:
            raise GlossaryEntryError(
                "« {term} » is already in your glossary; edit that entry instead.",
                term=new_term) from exc
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM glossary_entries WHERE id = ?", (entry_id,))


def _clean(term: str, english: str, note: str) -> tuple[str, str, str]:
    term = " ".join(term.split())
    if not term:
        raise GlossaryEntryError("A glossary term cannot be empty.")
    if len(term) > MAX_TERM_LENGTH:
        raise GlossaryEntryError(
            "A glossary term is limited to {limit} characters; select a shorter phrase.",
            limit=MAX_TERM_LENGTH)
    if len(english) > MAX_TEXT_LENGTH or len(note) > MAX_TEXT_LENGTH:
        raise GlossaryEntryError("English and note are limited to {limit} characters.",
                                 limit=MAX_TEXT_LENGTH)
    return term, english.strip(), note.strip()
