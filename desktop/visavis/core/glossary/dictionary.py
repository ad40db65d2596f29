"""The bundled French-English dictionary (FreeDict, see resources/dictionary/README.md).

The SQLite resource is small (~9k entries), so it is read once into memory: every
lookup afterwards is a dict access, safe from any thread.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from visavis.core.glossary.normalize import norm_key, strip_accents
from visavis.core.platform.resources import resource_path


class DictionaryError(Exception):
    """The dictionary file is missing or unreadable; the message is for the reader."""


@dataclass(frozen=True)
class DictEntry:
    id: int
    headword: str
    pos: str  # "n", "v", "adj", ... or ""
    gender: str  # "m", "f" or ""
    pron: str
    senses: tuple[str, ...]

    @property
    def is_multiword(self) -> bool:
        return " " in self.headword.strip()


class Dictionary:
    """In-memory view of a dictionary SQLite file built by packaging/build_dictionary.py."""

    def __init__(self, entries: list[DictEntry]) -> None:
        self._by_id = {e.id: e for e in entries}
        self._by_headword: dict[str, list[DictEntry]] = defaultdict(list)
        self._by_key: dict[str, list[DictEntry]] = defaultdict(list)
        self._by_plain: dict[str, list[DictEntry]] = defaultdict(list)
        for entry in entries:
            self._by_headword[entry.headword].append(entry)
            self._by_key[norm_key(entry.headword)].append(entry)
            self._by_plain[strip_accents(entry.headword)].append(entry)

    @classmethod
    def load(cls, path: Path | None = None) -> Dictionary:
        path = path or resource_path("dictionary", "fr-en.sqlite")
        if not Path(path).is_file():
            raise DictionaryError(f"The dictionary file is missing ({path}); "
                                  "hover translations of single words are unavailable.")
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
            try:
                rows = con.execute("SELECT id, headword, pos, gender, pron, senses FROM entries"
                                   " ORDER BY id").fetchall()
            finally:
                con.close()
            entries = [DictEntry(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])))
                       for r in rows]
        except (sqlite3.Error, ValueError, TypeError) as exc:
            raise DictionaryError(f"The dictionary file is damaged ({path}): {exc}. "
                                  "Reinstall Vis-à-vis to restore it.") from exc
        return cls(entries)

    def __len__(self) -> int:
        return len(self._by_id)

    def entry(self, entry_id: int) -> DictEntry:
        return self._by_id[entry_id]

    def entries(self) -> list[DictEntry]:
        return list(self._by_id.values())

    def find(self, keys: tuple[str, ...] | list[str]) -> list[DictEntry]:
        """Entries of the first key that has any: exact headword, then key, then accent-stripped."""
        for key in keys:
            found = self._by_headword.get(key) or self._by_key.get(norm_key(key))
            if found:
                return list(found)
        for key in keys:
            found = self._by_plain.get(strip_accents(key))
            if found:
                return list(found)
        return []

    def multiword_entries(self) -> list[DictEntry]:
        return [e for e in self._by_id.values() if e.is_multiword]


_default: Dictionary | None = None
_default_lock = threading.Lock()


def default_dictionary() -> Dictionary:
    """The bundled dictionary, loaded once (raises DictionaryError if missing/damaged)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Dictionary.load()
        return _default
