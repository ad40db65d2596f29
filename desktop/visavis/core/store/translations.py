"""Translation cache: one row per (model, French sentence text), alignment stored as JSON."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping

from visavis.core.store.database import Database, utc_now
from visavis.core.translation.types import Translation

_CHUNK = 500  # stay far below SQLite's bound-parameter limit


def alignment_to_json(translation: Translation) -> str:
    return json.dumps([list(link) for link in translation.alignment], separators=(",", ":"))


def alignment_from_json(text: str) -> tuple[tuple[int, int, int, int], ...]:
    try:
        links = json.loads(text or "[]")
        return tuple((int(a), int(b), int(c), int(d)) for a, b, c, d in links)
    except (ValueError, TypeError):
        return ()  # a damaged alignment only loses the word highlighting, not the translation


class TranslationCache:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get_many(self, model_id: str, texts: Iterable[str]) -> dict[str, Translation]:
        """Cached translations of ``texts`` by ``model_id`` (missing texts are absent)."""
        wanted = list(dict.fromkeys(texts))
        found: dict[str, Translation] = {}
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for row in self._db.query(
                    f"SELECT source_text, text, alignment FROM translations "
                    f"WHERE model_id = ? AND source_text IN ({marks})", [model_id, *chunk]):
                found[row[0]] = Translation(row[1], alignment_from_json(row[2]))
        return found

    def get(self, model_id: str, text: str) -> Translation | None:
        return self.get_many(model_id, [text]).get(text)

    def translated(self, texts: Iterable[str]) -> set[str]:
        """Which of ``texts`` have a stored translation, by any model or engine."""
        wanted = list(dict.fromkeys(texts))
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            found.update(row[0] for row in self._db.query(
                f"SELECT DISTINCT source_text FROM translations WHERE source_text IN ({marks})",
                chunk))
        return found

    def put_many(self, model_id: str, mapping: Mapping[str, Translation]) -> None:
        now = utc_now()
        rows = [(model_id, src, tr.text, alignment_to_json(tr), now) for src, tr in mapping.items()]
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO translations(model_id, source_text, text, alignment, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(model_id, source_text) DO UPDATE SET "
                "text = excluded.text, alignment = excluded.alignment, created_at = excluded.created_at",
                rows)

    def put(self, model_id: str, text: str, translation: Translation) -> None:
        self.put_many(model_id, {text: translation})

    def forget_model(self, model_id: str) -> int:
        """Drop every cached translation of a model (e.g. when it is uninstalled)."""
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM translations WHERE model_id = ?", (model_id,)).rowcount

    def count(self, model_id: str | None = None) -> int:
        if model_id is None:
            return self._db.query("SELECT count(*) FROM translations")[0][0]
        return self._db.query("SELECT count(*) FROM translations WHERE model_id = ?", (model_id,))[0][0]


class BestEffortCache:
    """A translation cache that never stops a translation: when the library cannot be read
    or written (another writer holds the lock, a read-only or immutable file, a full disk)
    the translation goes on, and ``on_failure(error)`` is told once."""

    def __init__(self, cache: TranslationCache, on_failure: Callable[[Exception], None]) -> None:
        self._cache = cache
        self._on_failure = on_failure
        self.failed: Exception | None = None

    def _failure(self, exc: Exception) -> None:
        if self.failed is None:
            self.failed = exc
            self._on_failure(exc)

    def get_many(self, model_id: str, texts: Iterable[str]) -> dict[str, Translation]:
        try:
            return self._cache.get_many(model_id, texts)
        except sqlite3.Error as exc:
            self._failure(exc)
            return {}

    def put_many(self, model_id: str, mapping: Mapping[str, Translation]) -> None:
        if self.failed is not None:
            return  # told once; do not wait for the lock again for every batch
        try:
            self._cache.put_many(model_id, mapping)
        except sqlite3.Error as exc:
            self._failure(exc)
