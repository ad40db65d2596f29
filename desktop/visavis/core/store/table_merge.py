"""Copy every table of one library database into another without duplicates.

Generic, so tables added by other parts (glossary, annotations, ...) are included without
changes here.  Rules, table by table in foreign-key order:

* ``INTEGER PRIMARY KEY`` tables (ids the database assigns): a backup row that already exists
  in the target is *matched* — by natural key (``articles.source_hash``), else by any UNIQUE
  index, else by equality of all other columns — and its id mapped to the target's id;
  otherwise it is inserted, keeping its old id when that id is free.
* Every foreign-key column pointing at such an id is rewritten through that mapping.
* Other tables (composite or text keys) are inserted with ``INSERT OR IGNORE``: on a key
  clash the target's row wins.  Tables without any key are de-duplicated by full equality.
* FTS virtual tables and their shadow tables are skipped (their content tables are copied
  and the triggers keep the index current).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field

SKIPPED = {"schema_migrations"}
# Derived from the articles (word counts per article, migration 0008): never merged, they are
# rebuilt by ``library.word_occurrences.index_missing()``.
DERIVED = {"article_word_index", "article_lemmas"}
NATURAL_KEYS = {"articles": ("source_hash",)}
CHUNK_SECONDS = 0.2  # work between two commits of a long merge (a restore)


@dataclass
class TableInfo:
    name: str
    columns: list[str]
    rowid_pk: str | None  # INTEGER PRIMARY KEY column, if the table has one
    has_key: bool  # any primary key or unique index
    foreign_keys: list[tuple[str, str, str | None]]  # (column, parent table, parent column)
    unique_sets: list[tuple[str, ...]] = field(default_factory=list)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    names = []
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in SKIPPED or name in DERIVED or name in virtual:
            continue
        if any(name.startswith(v + "_") for v in virtual):
            continue
        names.append(name)
    return names


def table_info(conn: sqlite3.Connection, table: str) -> TableInfo:
    cols = conn.execute(f"PRAGMA table_info({_q(table)})").fetchall()
    pk_cols = [c for c in cols if c[5]]
    rowid_pk = None
    if len(pk_cols) == 1 and (pk_cols[0][2] or "").upper() == "INTEGER":
        rowid_pk = pk_cols[0][1]
    fks = [(r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list({_q(table)})")]
    if rowid_pk and any(col == rowid_pk for col, _, _ in fks):
        rowid_pk = None  # its key *is* a reference (e.g. search_documents.article_id): keep it
    uniques = []
    for idx in conn.execute(f"PRAGMA index_list({_q(table)})").fetchall():
        if idx[2] and idx[3] != "pk":
            names = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({_q(idx[1])})"))
            if names and all(names):
                uniques.append(names)
    return TableInfo(table, [c[1] for c in cols], rowid_pk, bool(pk_cols or uniques), fks, uniques)


def dependency_order(infos: dict[str, TableInfo]) -> list[str]:
    ordered: list[str] = []
    remaining = dict(infos)
    while remaining:
        ready = [n for n, i in remaining.items()
                 if all(p == n or p not in remaining for _, p, _ in i.foreign_keys)]
        if not ready:  # a cycle: take the rest as they come
            ready = list(remaining)
        for name in sorted(ready):
            ordered.append(name)
            del remaining[name]
    return ordered


@dataclass
class MergeResult:
    inserted: dict[str, int] = field(default_factory=dict)
    matched: dict[str, int] = field(default_factory=dict)
    id_maps: dict[str, dict[int, int]] = field(default_factory=dict)


class _Chunks:
    """Counts merged rows; every ``seconds`` of work it reports progress, lets the caller
    commit (``checkpoint``) and checks ``cancel`` — after the commit, so what was merged
    is kept (a later merge matches it instead of duplicating it)."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None,
                 cancel: Callable[[], bool] | None, checkpoint: Callable[[], None] | None,
                 seconds: float) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancel, self.checkpoint = progress, cancel, checkpoint
        self.seconds = seconds
        self.since = time.monotonic()

    def row(self) -> None:
        self.done += 1
        if time.monotonic() - self.since >= self.seconds:
            self.boundary()

    def boundary(self) -> None:
        if self.checkpoint is not None:
            self.checkpoint()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)
        if self.cancel is not None and self.cancel():
            raise InterruptedError("cancelled")
        self.since = time.monotonic()


def merge_tables(source: sqlite3.Connection, target: sqlite3.Connection,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None,
                 checkpoint: Callable[[], None] | None = None,
                 chunk_seconds: float | None = None) -> MergeResult:
    """Copy ``source`` rows into ``target`` (the caller holds a transaction on ``target``).

    ``progress(rows done, rows in all)`` and ``cancel()`` are called about every
    ``chunk_seconds``, after ``checkpoint()`` — which may commit the transaction and begin
    another, so a long merge is a series of bounded atomic chunks."""
    target_tables = set(user_tables(target))
    infos = {t: table_info(target, t) for t in user_tables(source) if t in target_tables}
    order = dependency_order(infos)
    total = sum(source.execute(f"SELECT count(*) FROM {_q(n)}").fetchone()[0] for n in order)
    chunks = _Chunks(total, progress, cancel, checkpoint,
                     CHUNK_SECONDS if chunk_seconds is None else chunk_seconds)
    result = MergeResult()
    if cancel is not None and cancel():
        raise InterruptedError("cancelled")
    for name in order:
        _merge_one(source, target, infos[name], set(table_info(source, name).columns), result,
                   chunks)
    chunks.done = total
    if progress is not None:
        progress(total, total)
    return result


def _merge_one(source: sqlite3.Connection, target: sqlite3.Connection, info: TableInfo,
               source_columns: set[str], result: MergeResult, chunks: _Chunks) -> None:
    cols = [c for c in info.columns if c in source_columns]
    other = [c for c in cols if c != info.rowid_pk]
    remaps = {col: result.id_maps[parent] for col, parent, _ in info.foreign_keys
              if parent in result.id_maps and col in cols}
    id_map: dict[int, int] = {}
    inserted = matched = 0
    lookups = _existing_keys(target, info, other) if (info.rowid_pk or not info.has_key) else []
    select = f"SELECT {', '.join(_q(c) for c in cols)} FROM {_q(info.name)}"
    for row in source.execute(select):
        chunks.row()
        values = dict(zip(cols, row, strict=True))
        if any(values[c] is not None and values[c] not in m for c, m in remaps.items()):
            continue  # dangling reference in the backup: nothing to attach it to
        for c, m in remaps.items():
            if values[c] is not None:
                values[c] = m[values[c]]
        existing = _find(lookups, values)
        if existing is not None:
            matched += 1
            if info.rowid_pk:
                id_map[values[info.rowid_pk]] = existing
            continue
        if info.rowid_pk:
            old_id = values[info.rowid_pk]
            free = target.execute(f"SELECT 1 FROM {_q(info.name)} WHERE {_q(info.rowid_pk)} = ?",
                                  (old_id,)).fetchone() is None
            use = cols if free else other
            cur = target.execute(
                f"INSERT OR IGNORE INTO {_q(info.name)}({', '.join(_q(c) for c in use)}) "
                f"VALUES ({', '.join('?' for _ in use)})", [values[c] for c in use])
            if cur.rowcount:
                id_map[old_id] = int(cur.lastrowid)
                inserted += 1
            else:  # clashed with a row our lookups missed (e.g. a NOCASE unique name)
                existing = _find_with_sql(target, info, values)
                if existing is None:
                    continue  # a row the target cannot hold (constraint): skipped
                id_map[old_id] = existing
                matched += 1
        else:
            cur = target.execute(
                f"INSERT OR IGNORE INTO {_q(info.name)}({', '.join(_q(c) for c in cols)}) "
                f"VALUES ({', '.join('?' for _ in cols)})", [values[c] for c in cols])
            inserted += cur.rowcount
            matched += 1 - cur.rowcount
        _remember(lookups, values, id_map.get(values.get(info.rowid_pk)) if info.rowid_pk else 0)
    if info.rowid_pk:
        result.id_maps[info.name] = id_map
    result.inserted[info.name] = inserted
    result.matched[info.name] = matched


Lookup = tuple[tuple[str, ...], dict[tuple, int]]


def _existing_keys(target: sqlite3.Connection, info: TableInfo, other: list[str]) -> list[Lookup]:
    key_sets = [tuple(k) for k in ([NATURAL_KEYS[info.name]] if info.name in NATURAL_KEYS else [])]
    key_sets += [u for u in info.unique_sets if u != (info.rowid_pk,)]
    if info.name not in NATURAL_KEYS:  # (an article's full row would hold its whole text)
        key_sets.append(tuple(other))
    pk = info.rowid_pk or "rowid"
    lookups: list[Lookup] = []
    for keys in key_sets:
        if not keys or not all(k in info.columns for k in keys):
            continue
        table: dict[tuple, int] = {}
        order = " ORDER BY deleted_at IS NOT NULL DESC" if "deleted_at" in info.columns else ""
        for row in target.execute(f"SELECT {_q(pk)}, {', '.join(_q(k) for k in keys)} "
                                  f"FROM {_q(info.name)}{order}"):
            table[tuple(row[1:])] = row[0]  # live rows come last, so they win
        lookups.append((keys, table))
    return lookups


def _find_with_sql(target: sqlite3.Connection, info: TableInfo, values: dict) -> int | None:
    for keys in info.unique_sets:
        if all(k in values and values[k] is not None for k in keys):
            row = target.execute(
                f"SELECT {_q(info.rowid_pk or 'rowid')} FROM {_q(info.name)} WHERE "
                + " AND ".join(f"{_q(k)} = ?" for k in keys), [values[k] for k in keys]).fetchone()
            if row is not None:
                return row[0]
    return None


def _find(lookups: list[Lookup], values: dict) -> int | None:
    for i, (keys, table) in enumerate(lookups):
        key = tuple(values[k] for k in keys)
        if None in key and i < len(lookups) - 1:
            continue  # NULLs never clash in a UNIQUE index; only the full-row match uses them
        found = table.get(key)
        if found is not None:
            return found
    return None


def _remember(lookups: list[Lookup], values: dict, new_id: int | None) -> None:
    if new_id is None:
        return
    for keys, table in lookups:
        table.setdefault(tuple(values[k] for k in keys), new_id)
