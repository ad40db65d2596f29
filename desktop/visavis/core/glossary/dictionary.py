"""The bundled French-English dictionary (Wiktionary + FreeDict + our supplement).

The SQLite resource (built by packaging/build_dictionary.py, described in
resources/dictionary/README.md) is queried on demand through its indexes: nothing is
loaded into Python at start-up.  Each thread gets its own read-only connection, opened
once; small LRU caches keep the words of the article being read.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from visavis.core.glossary.normalize import norm_key, plain_key, unfold_ligatures
from visavis.core.platform.resources import resource_path

_TABLES = {"meta", "headwords", "entries", "forms"}
_ENTRY_COLUMNS = "e.id, e.headword, e.pos, e.gender, h.pron, e.senses, e.labels, e.source, h.key"


class DictionaryError(Exception):
    """The dictionary file is missing or unreadable; the message is for the reader."""


@dataclass(frozen=True)
class DictEntry:
    id: int
    headword: str
    pos: str  # "n", "v", "adj", "adv", "prep", "pron", "conj", "det", "art", ... or ""
    gender: str  # "m", "f" or ""
    pron: str
    senses: tuple[str, ...]
    labels: tuple[str, ...] = ()  # one per sense: "reflexive", "Quebec", "law" or ""
    source: str = ""  # "wiktionary", "freedict" or "supplement"
    key: str = ""  # norm_key(headword)

    @property
    def is_multiword(self) -> bool:
        return " " in self.headword.strip()

    def label(self, i: int) -> str:
        return self.labels[i] if i < len(self.labels) else ""

    def labelled_senses(self) -> tuple[str, ...]:
        """Senses with their label in front, as a dictionary prints them: "(Quebec) email"."""
        return tuple(f"({self.label(i)}) {s}" if self.label(i) else s
                     for i, s in enumerate(self.senses))


def _entry(row: tuple) -> DictEntry:
    return DictEntry(row[0], row[1], row[2], row[3], row[4], tuple(json.loads(row[5])),
                     tuple(json.loads(row[6])), row[7], row[8])


class Dictionary:
    """Indexed, read-only queries on a dictionary SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        # per-instance caches (the LRU holds words of the articles being read)
        self.entries_for_key = lru_cache(maxsize=8192)(self._entries_for_key)
        self.headwords_of_form = lru_cache(maxsize=8192)(self._headwords_of_form)
        self.keys_for_plain = lru_cache(maxsize=4096)(self._keys_for_plain)
        self.has_prefix = lru_cache(maxsize=16384)(self._has_prefix)
        self.entry = lru_cache(maxsize=8192)(self._entry_by_id)

    @classmethod
    def load(cls, path: Path | None = None) -> Dictionary:
        """Open (and check) the dictionary; cheap: one connection and one query."""
        path = Path(path or resource_path("dictionary", "fr-en.sqlite"))
        if not path.is_file():
            raise DictionaryError(f"The dictionary file is missing ({path}); "
                                  "hover translations of single words are unavailable.")
        dictionary = cls(path)
        try:
            tables = {r[0] for r in dictionary._con().execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.Error as exc:
            raise DictionaryError(f"The dictionary file is damaged ({path}): {exc}. "
                                  "Reinstall Vis-à-vis to restore it.") from exc
        if not tables >= _TABLES:
            raise DictionaryError(f"The dictionary file is damaged ({path}): tables "
                                  f"{', '.join(sorted(_TABLES - tables))} are missing. "
                                  "Reinstall Vis-à-vis to restore it.")
        return dictionary

    open = load

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                  check_same_thread=True)
            self._local.con = con
        return con

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        try:
            return self._con().execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise DictionaryError(f"The dictionary file is damaged ({self.path}): {exc}. "
                                  "Reinstall Vis-à-vis to restore it.") from exc

    def meta(self) -> dict[str, str]:
        return dict(self._query("SELECT name, value FROM meta"))

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM entries")[0][0])

    # -- queries -----------------------------------------------------------------------------
    def _entry_by_id(self, entry_id: int) -> DictEntry:
        rows = self._query(f"SELECT {_ENTRY_COLUMNS} FROM entries e JOIN headwords h"
                           " ON h.id = e.headword_id WHERE e.id = ?", (entry_id,))
        if not rows:
            raise KeyError(entry_id)
        return _entry(rows[0])

    def _entries_for_key(self, key: str) -> tuple[DictEntry, ...]:
        """Entries of one normalised headword key, in dictionary order."""
        rows = self._query(f"SELECT {_ENTRY_COLUMNS} FROM headwords h JOIN entries e"
                           " ON e.headword_id = h.id WHERE h.key = ? ORDER BY e.id", (key,))
        return tuple(_entry(r) for r in rows)

    def _headwords_of_form(self, form: str) -> tuple[str, ...]:
        """Keys of the headwords an inflected form belongs to (« été » -> être, aller, été)."""
        key = norm_key(form)
        rows = self._query("SELECT h.key FROM forms f JOIN headwords h ON h.id = f.headword_id"
                           " WHERE f.form = ? ORDER BY h.id", (key,))
        return tuple(r[0] for r in rows)

    def _keys_for_plain(self, text: str) -> tuple[str, ...]:
        rows = self._query("SELECT key FROM headwords WHERE plain_key = ? ORDER BY id",
                           (plain_key(text),))
        return tuple(r[0] for r in rows)

    def _has_prefix(self, prefix: str) -> bool:
        """Is some headword key ``prefix`` or longer starting with it (for term matching)?"""
        rows = self._query("SELECT 1 FROM headwords WHERE key >= ? AND key < ? LIMIT 1",
                           (prefix, prefix + "\U0010ffff"))
        return bool(rows)

    def has_key(self, key: str) -> bool:
        return bool(self.entries_for_key(key))

    def variants(self, key: str) -> tuple[str, ...]:
        """``key`` and its spelling variants: œ/oe, æ/ae."""
        out = [key]
        spelled = unfold_ligatures(key)
        if spelled != key:
            out.append(spelled)
        if "oe" in key or "ae" in key:
            out.append(key.replace("oe", "œ").replace("ae", "æ"))
        return tuple(dict.fromkeys(out))

    def find(self, keys: tuple[str, ...] | list[str]) -> list[DictEntry]:
        """Entries of the first key that has any: headword key (with œ/oe variants), then
        the headwords of the form, then the accent-free key."""
        for key in keys:
            for variant in self.variants(norm_key(key)):
                found = self.entries_for_key(variant)
                if found:
                    return list(found)
        for key in keys:
            for head in self.headwords_of_form(key):
                found = self.entries_for_key(head)
                if found:
                    return list(found)
        for key in keys:
            for head in self.keys_for_plain(key):
                found = self.entries_for_key(head)
                if found:
                    return list(found)
        return []

    def multiword_count(self) -> int:
        return int(self._query("SELECT count(*) FROM headwords WHERE words > 1")[0][0])

    def close(self) -> None:
        """Close this thread's connection (others close when their thread ends)."""
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None


_default: Dictionary | None = None
_default_lock = threading.Lock()


def default_dictionary() -> Dictionary:
    """The bundled dictionary, opened once (raises DictionaryError if missing/damaged)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Dictionary.load()
        return _default
