"""Convert the FreeDict French-English dictd files into resources/dictionary/fr-en.sqlite.

Usage::

    apt-get download dict-freedict-fra-eng && dpkg-deb -x dict-freedict-fra-eng_*.deb deb
    python packaging/build_dictionary.py deb/usr/share/dictd/freedict-fra-eng.index \
        deb/usr/share/dictd/freedict-fra-eng.dict.dz resources/dictionary/fr-en.sqlite

The output is deterministic: rows are inserted in sorted order, no timestamps are
stored and the file is VACUUMed, so the same input gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from visavis.core.glossary.normalize import norm_key, strip_accents  # noqa: E402

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_HEAD_RE = re.compile(r"^(?P<hw>.+?)(?: /(?P<pron>[^/]*)/)?(?: <(?P<gram>[^>]*)>)?$")
_SENSE_RE = re.compile(r"^\d+\.\s+")
_GENDERS = {"masc": "m", "fem": "f", "neut": "n"}

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    headword TEXT NOT NULL,
    key TEXT NOT NULL,          -- norm_key(headword): lowercase, accents kept
    plain_key TEXT NOT NULL,    -- strip_accents(headword)
    pron TEXT NOT NULL,
    pos TEXT NOT NULL,          -- n, v, vt, vi, adj, adv, prep, pron, conj, art, num, int or ''
    gender TEXT NOT NULL,       -- m, f or ''
    senses TEXT NOT NULL        -- JSON list of strings
);
CREATE INDEX entries_key ON entries(key);
CREATE INDEX entries_plain_key ON entries(plain_key);
"""


@dataclass(frozen=True, order=True)
class Entry:
    key: str
    headword: str
    pos: str
    gender: str
    pron: str
    senses: tuple[str, ...]


def b64_number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _B64.index(char)
    return value


def read_dict_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw


def parse_entry(text: str) -> Entry | None:
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    match = _HEAD_RE.match(lines[0].strip()) if lines and lines[0].strip() else None
    if match is None:
        return None
    headword = match.group("hw").strip()
    gram = [g.strip() for g in (match.group("gram") or "").split(",") if g.strip()]
    pos = next((g for g in gram if g not in _GENDERS), "")
    gender = next((_GENDERS[g] for g in gram if g in _GENDERS), "")
    cleaned = (_SENSE_RE.sub("", line.strip() + " ").strip() for line in lines[1:])
    senses = tuple(sense for sense in cleaned if sense)  # bare "1." lines dropped
    if not senses:
        return None
    return Entry(norm_key(headword), headword, pos, gender, (match.group("pron") or "").strip(),
                 senses)


def read_entries(index_path: Path, dict_path: Path) -> tuple[list[Entry], dict[str, str]]:
    data = read_dict_bytes(dict_path)
    info: dict[str, str] = {}
    seen: set[tuple[int, int]] = set()
    entries: set[Entry] = set()
    for line in index_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        word, offset, length = parts[0], b64_number(parts[1]), b64_number(parts[2])
        text = data[offset:offset + length].decode("utf-8", errors="replace")
        if word.startswith("00database"):
            info[word.removeprefix("00database")] = text.strip()
            continue
        if (offset, length) in seen:
            continue
        seen.add((offset, length))
        entry = parse_entry(text)
        if entry is not None:
            entries.add(entry)
    return sorted(entries), info


def read_supplement(path: Path) -> list[Entry]:
    """Our own entries: ``headword<TAB>pos<TAB>gender<TAB>sense | sense`` (``#`` comments)."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        headword, pos, gender, senses = (part.strip() for part in line.split("\t"))
        entries.append(Entry(norm_key(headword), headword, pos, gender, "",
                             tuple(s.strip() for s in senses.split(" | ") if s.strip())))
    return entries


def build(index_path: Path, dict_path: Path, output: Path,
          supplement: Path | None = None) -> int:
    """Write the SQLite dictionary; returns the number of entries."""
    entries, info = read_entries(index_path, dict_path)
    if supplement is not None:
        entries = sorted(set(entries) | set(read_supplement(supplement)))
    tmp = output.with_name(output.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SCHEMA)
        meta = {"source": info.get("url", ""), "short": info.get("short", ""),
                "entries": str(len(entries)),
                "supplement": supplement.name if supplement is not None else ""}
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executemany(
            "INSERT INTO entries (id, headword, key, plain_key, pron, pos, gender, senses)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(i + 1, e.headword, e.key, strip_accents(e.headword), e.pron, e.pos, e.gender,
              json.dumps(list(e.senses), ensure_ascii=False)) for i, e in enumerate(entries)])
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, output)
    return len(entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="dictd .index file")
    parser.add_argument("dict", type=Path, help="dictd .dict or .dict.dz file")
    parser.add_argument("output", type=Path, help="SQLite file to write")
    parser.add_argument("--supplement", type=Path,
                        help="our own entries (resources/dictionary/supplement-fr-en.tsv)")
    args = parser.parse_args(argv)
    count = build(args.index, args.dict, args.output, args.supplement)
    print(f"{args.output}: {count} entries, {args.output.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
