"""The library's word index as arrays: which lemma each article holds, how often.

Each ``article_word_index`` row packs an article's lemmas (ids of ``article_lemmas``) into
little-endian arrays.  :func:`load_matrix` reads them all into one CSR-like set of numpy
arrays (10,000 articles, 2.7 M entries: ~25 MB, ~0.1-0.2 s), cached per database until the
index changes; per-article figures are then a few vectorised passes (~30 ms).
numpy is imported when first needed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from visavis.core.store.database import Database

_cache_lock = threading.Lock()
_cache: dict[int, tuple[tuple, LemmaMatrix]] = {}  # id(database) -> (key, matrix)


def pack(lemma_ids: list[int], counts: list[int], ignored: list[bool]) -> tuple[bytes, bytes, bytes]:
    import numpy as np

    order = np.argsort(np.asarray(lemma_ids, dtype="<i4"), kind="stable")
    ids = np.asarray(lemma_ids, dtype="<i4")[order]
    return (ids.tobytes(), np.asarray(counts, dtype="<i4")[order].tobytes(),
            np.asarray(ignored, dtype="u1")[order].tobytes())


def unpack(ids: bytes, counts: bytes, ignored: bytes) -> tuple[Any, Any, Any]:
    import numpy as np

    return (np.frombuffer(ids, dtype="<i4"), np.frombuffer(counts, dtype="<i4"),
            np.frombuffer(ignored, dtype="u1"))


@dataclass(frozen=True)
class LemmaMatrix:
    article_ids: Any  # int64[n]: the indexed articles, ascending
    offsets: Any  # int64[n + 1]: article i's entries are [offsets[i], offsets[i + 1])
    lemma_ids: Any  # int32[entries]
    counts: Any  # int32[entries]
    ignored: Any  # uint8[entries]
    rows: Any  # int64[entries]: the article index of each entry

    @property
    def size(self) -> int:
        return len(self.article_ids)


def index_key(db: Database) -> tuple:
    """Changes whenever an article is indexed, re-indexed or removed."""
    row = db.query("SELECT count(*), max(indexed_at), sum(article_id) FROM article_word_index")[0]
    return tuple(row)


def load_matrix(db: Database) -> LemmaMatrix:
    import numpy as np

    key = index_key(db)
    with _cache_lock:
        cached = _cache.get(id(db))
        if cached is not None and cached[0] == key:
            return cached[1]
    rows = db.query("SELECT article_id, lemma_ids, counts, ignored FROM article_word_index "
                    "ORDER BY article_id")
    article_ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    lengths = np.fromiter((len(r[1]) // 4 for r in rows), dtype=np.int64, count=len(rows))
    offsets = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    lemma_ids = np.frombuffer(b"".join(r[1] for r in rows), dtype="<i4")
    counts = np.frombuffer(b"".join(r[2] for r in rows), dtype="<i4")
    ignored = np.frombuffer(b"".join(r[3] for r in rows), dtype="u1")
    matrix = LemmaMatrix(article_ids, offsets, lemma_ids, counts, ignored,
                         np.repeat(np.arange(len(rows), dtype=np.int64), lengths))
    with _cache_lock:
        _cache[id(db)] = (key, matrix)
    return matrix


def forget(db: Database) -> None:
    with _cache_lock:
        _cache.pop(id(db), None)
