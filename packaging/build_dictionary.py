"""Build resources/dictionary/fr-en.sqlite: Wiktionary + FreeDict + our supplement, merged.

Usage (the inputs and their sha256 are listed in resources/dictionary/README.md)::

    apt-get install dict-freedict-fra-eng        # /usr/share/dictd/freedict-fra-eng.*
    python packaging/build_dictionary.py resources/dictionary/fr-en.sqlite \
        --wiktionary ../shared/dictionaries/wiktionary-fr-en-stardict.tar.gz \
        --supplement resources/dictionary/supplement-fr-en.tsv

Sources, merged per headword (normalised key):

* the French→English Wiktionary extract (StarDict tarball, read in place): headwords, senses
  with part of speech and register labels, and the 426k inflected forms of its ``.syn``;
* FreeDict (dictd files of the Debian package ``dict-freedict-fra-eng``): pronunciation and
  noun gender for Wiktionary headwords; its own entries for headwords Wiktionary lacks;
* our supplement (``headword<TAB>pos<TAB>gender<TAB>sense | sense``): entries put first.

The output is deterministic: rows are inserted in sorted order, no timestamps are stored
and the file is VACUUMed, so the same inputs give the same bytes with one SQLite version.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import os
import re
import sqlite3
import struct
import sys
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from visavis.core.glossary.normalize import norm_key, plain_key  # noqa: E402
from visavis.core.glossary.words import split_words  # noqa: E402

FREEDICT_DIR = Path("/usr/share/dictd")
FREEDICT_INDEX = FREEDICT_DIR / "freedict-fra-eng.index"
FREEDICT_DICT = FREEDICT_DIR / "freedict-fra-eng.dict.dz"

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_HEAD_RE = re.compile(r"^(?P<hw>.+?)(?: /(?P<pron>[^/]*)/)?(?: <(?P<gram>[^>]*)>)?$")
_SENSE_RE = re.compile(r"^\d+\.\s+")
_GENDERS = {"masc": "m", "fem": "f", "neut": "n"}

# Wiktionary part-of-speech names -> the short codes of the ``pos`` column.
WIKTIONARY_POS = {
    "noun": "n", "verb": "v", "adj": "adj", "adv": "adv", "name": "name", "intj": "int",
    "phrase": "phrase", "prep": "prep", "prep_phrase": "prep", "proverb": "proverb",
    "pron": "pron", "num": "num", "conj": "conj", "abbrev": "abbr", "character": "char",
    "det": "det", "article": "art", "symbol": "sym", "particle": "part", "punct": "punct",
    "postp": "postp", "prefix": "affix", "suffix": "affix", "infix": "affix",
}
_BLOCK_RE = re.compile(r"<i>([^<]*)</i><br>\s*<ol>(.*?)</ol>", re.S)
_LI_RE = re.compile(r"<li>(.*?)</li>", re.S)
_TAG_RE = re.compile(r"<[^>]+>")
_LABEL_RE = re.compile(r"^\(([^()]*)\)\s*")
_SEE_RE = re.compile(r"^(?:Used other than figuratively or idiomatically: see|Ellipsis of)"
                     r" [^:]*\.:\s*")

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
-- one row per normalised key: « Paris » and « paris » share one
CREATE TABLE headwords (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,   -- norm_key(headword): lowercase, accents kept
    plain_key TEXT NOT NULL,    -- plain_key(headword): no accents, œ/æ spelt oe/ae
    words INTEGER NOT NULL,     -- number of words (multi-word terms have more than one)
    pron TEXT NOT NULL          -- IPA from FreeDict, or ''
);
CREATE INDEX headwords_plain_key ON headwords(plain_key);
CREATE INDEX headwords_words ON headwords(words) WHERE words > 1;
-- one row per headword and part of speech, in the order of the source
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    headword_id INTEGER NOT NULL REFERENCES headwords(id),
    headword TEXT NOT NULL,     -- as written (case kept)
    pos TEXT NOT NULL,          -- n, v, adj, adv, prep, pron, conj, det, art, num, int, ...
    gender TEXT NOT NULL,       -- m, f or ''
    senses TEXT NOT NULL,       -- JSON list of glosses
    labels TEXT NOT NULL,       -- JSON list, one per gloss: "reflexive", "Quebec", "law" or ""
    source TEXT NOT NULL        -- wiktionary, freedict or supplement
);
CREATE INDEX entries_headword ON entries(headword_id);
-- inflected form -> headword (« recrutées » -> recruter, « été » -> être and été)
CREATE TABLE forms (
    form TEXT NOT NULL,         -- norm_key(form)
    headword_id INTEGER NOT NULL REFERENCES headwords(id),
    PRIMARY KEY (form, headword_id)
) WITHOUT ROWID;
"""


@dataclass(frozen=True, order=True)
class Entry:
    key: str
    headword: str
    pos: str
    gender: str
    pron: str
    senses: tuple[str, ...]
    labels: tuple[str, ...] = ()
    source: str = "freedict"


@dataclass
class Sources:
    """Everything read from the inputs, before the merge."""

    entries: list[Entry] = field(default_factory=list)
    forms: list[tuple[str, str]] = field(default_factory=list)  # (form key, headword key)
    meta: dict[str, str] = field(default_factory=dict)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- FreeDict (dictd) --------------------------------------------------------------------------

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
                 senses, ("",) * len(senses), "freedict")


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


# -- Wiktionary (StarDict) ---------------------------------------------------------------------

def _member(tar: tarfile.TarFile, suffix: str) -> bytes:
    for member in sorted(tar.getmembers(), key=lambda m: m.name):
        if member.isfile() and member.name.endswith(suffix):
            handle = tar.extractfile(member)
            assert handle is not None
            return handle.read()
    raise SystemExit(f"the StarDict archive has no *{suffix} file")


def split_label(text: str) -> tuple[str, str]:
    """``"(reflexive) to rise"`` -> ``("reflexive", "to rise")``."""
    match = _LABEL_RE.match(text)
    if match is None:
        return "", text
    return match.group(1).strip(), text[match.end():].strip()


def parse_stardict_html(headword: str, text: str) -> list[Entry]:
    """One entry per part-of-speech block of a StarDict article."""
    entries = []
    for pos_name, body in _BLOCK_RE.findall(text):
        senses: list[str] = []
        labels: list[str] = []
        for item in _LI_RE.findall(body):
            gloss = " ".join(html.unescape(_TAG_RE.sub(" ", item)).split())
            gloss = _SEE_RE.sub("", gloss)
            label, gloss = split_label(gloss)
            if gloss and gloss not in senses:
                senses.append(gloss)
                labels.append(label)
        if senses:
            pos = WIKTIONARY_POS.get(pos_name.strip(), pos_name.strip())
            entries.append(Entry(norm_key(headword), headword, pos, "", "", tuple(senses),
                                 tuple(labels), "wiktionary"))
    return entries


def read_stardict(archive: Path) -> Sources:
    with tarfile.open(archive, "r:gz") as tar:
        ifo = _member(tar, ".ifo").decode("utf-8")
        idx = _member(tar, ".idx")
        syn = _member(tar, ".syn")
        data = gzip.decompress(_member(tar, ".dict.dz"))
    out = Sources()
    info = dict(line.split("=", 1) for line in ifo.splitlines() if "=" in line)
    out.meta["wiktionary"] = info.get("bookname", "")
    out.meta["wiktionary_sha256"] = sha256(archive)
    headwords: list[str] = []
    i = 0
    while i < len(idx):
        end = idx.index(b"\0", i)
        word = idx[i:end].decode("utf-8")
        offset, size = struct.unpack(">II", idx[end + 1:end + 9])
        i = end + 9
        headwords.append(word)
        out.entries.extend(parse_stardict_html(word, data[offset:offset + size].decode("utf-8")))
    i = 0
    while i < len(syn):
        end = syn.index(b"\0", i)
        form = syn[i:end].decode("utf-8")
        (target,) = struct.unpack(">I", syn[end + 1:end + 5])
        i = end + 5
        out.forms.append((norm_key(form), norm_key(headwords[target])))
    return out


# -- supplement --------------------------------------------------------------------------------

def read_supplement(path: Path) -> list[Entry]:
    """Our own entries: ``headword<TAB>pos<TAB>gender<TAB>sense | sense`` (``#`` comments).

    A sense may start with a label in parentheses: ``(Quebec) email``.
    """
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) != 4:
            raise SystemExit(f"{path}:{number}: expected 4 tab-separated columns")
        headword, pos, gender, senses = parts
        split = [split_label(s.strip()) for s in senses.split(" | ") if s.strip()]
        entries.append(Entry(norm_key(headword), headword, pos, gender, "",
                             tuple(s for _, s in split), tuple(label for label, _ in split),
                             "supplement"))
    return entries


# -- merge and write ---------------------------------------------------------------------------

_SOURCE_ORDER = {"supplement": 0, "wiktionary": 1, "freedict": 2}


def merge(wiktionary: Sources | None, freedict: list[Entry],
          supplement: list[Entry]) -> tuple[list[Entry], dict[str, str]]:
    """Entries in final order, and the pronunciation of each key.

    FreeDict gives its pronunciation to every key and its gender to the nouns of the same
    key; its entries are kept only for keys no other source has.
    """
    replaced = {(e.key, e.pos) for e in supplement}  # our entries replace the source's
    base = [e for e in (wiktionary.entries if wiktionary is not None else [])
            if (e.key, e.pos) not in replaced]
    keys = {e.key for e in base} | {e.key for e in supplement}
    pron: dict[str, str] = {}
    gender: dict[str, str] = {}
    for entry in freedict:
        if entry.pron:
            pron.setdefault(entry.key, entry.pron)
        if entry.gender and entry.pos.startswith("n"):
            gender.setdefault(entry.key, entry.gender)
    # per key: our entries, then the lowercase headword (« le » before « LE », « Le »), then
    # the source's order
    merged: list[tuple[tuple[str, int, bool, int], Entry]] = []
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    for order, entry in enumerate(base):
        if (entry.key, entry.pos, entry.senses) in seen:  # « A » and « a »: the same letter
            continue
        seen.add((entry.key, entry.pos, entry.senses))
        if entry.pos == "n" and not entry.gender and entry.key in gender:
            entry = Entry(entry.key, entry.headword, entry.pos, gender[entry.key], entry.pron,
                          entry.senses, entry.labels, entry.source)
        merged.append(((entry.key, _SOURCE_ORDER[entry.source], entry.headword != entry.key,
                        order), entry))
    for order, entry in enumerate(supplement):
        merged.append(((entry.key, 0, False, order), entry))
    for order, entry in enumerate(sorted(freedict)):
        if entry.key not in keys:
            merged.append(((entry.key, 2, entry.headword != entry.key, order), entry))
    return [entry for _, entry in sorted(merged)], pron


def build(index_path: Path | None, dict_path: Path | None, output: Path,
          supplement: Path | None = None, wiktionary: Path | None = None) -> int:
    """Write the SQLite dictionary; returns the number of entries (headword × part of speech)."""
    freedict: list[Entry] = []
    info: dict[str, str] = {}
    if index_path is not None and dict_path is not None:
        freedict, info = read_entries(index_path, dict_path)
    wikt = read_stardict(wiktionary) if wiktionary is not None else None
    extra = read_supplement(supplement) if supplement is not None else []
    entries, pron = merge(wikt, freedict, extra)
    words = {e.key: max(1, len(split_words(e.key))) for e in entries}
    key_ids = {key: n for n, key in enumerate(sorted(words), start=1)}
    forms = sorted({(form, key_ids[head]) for form, head in (wikt.forms if wikt else [])
                    if head in key_ids})
    meta = {"entries": str(len(entries)), "headwords": str(len(key_ids)),
            "forms": str(len(forms)), "freedict": info.get("short", ""),
            "freedict_url": info.get("url", ""),
            "supplement": supplement.name if supplement is not None else ""}
    if index_path is not None and dict_path is not None:
        meta["freedict_sha256"] = f"{sha256(index_path)} {sha256(dict_path)}"
    if wikt is not None:
        meta.update(wikt.meta)
    tmp = output.with_name(output.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.executemany("INSERT INTO headwords VALUES (?, ?, ?, ?, ?)",
                        [(n, key, plain_key(key), words[key], pron.get(key, ""))
                         for key, n in key_ids.items()])
        con.executemany(
            "INSERT INTO entries (id, headword_id, headword, pos, gender, senses, labels, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(i + 1, key_ids[e.key], e.headword, e.pos, e.gender,
              json.dumps(list(e.senses), ensure_ascii=False),
              json.dumps(list(e.labels or ("",) * len(e.senses)), ensure_ascii=False), e.source)
             for i, e in enumerate(entries)])
        con.executemany("INSERT INTO forms VALUES (?, ?)", forms)
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    os.replace(tmp, output)
    return len(entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="SQLite file to write")
    parser.add_argument("--wiktionary", type=Path,
                        help="French-English Wiktionary StarDict archive (.tar.gz)")
    parser.add_argument("--freedict-index", type=Path, default=FREEDICT_INDEX,
                        help=f"dictd .index file (default {FREEDICT_INDEX})")
    parser.add_argument("--freedict-dict", type=Path, default=FREEDICT_DICT,
                        help=f"dictd .dict or .dict.dz file (default {FREEDICT_DICT})")
    parser.add_argument("--supplement", type=Path,
                        help="our own entries (resources/dictionary/supplement-fr-en.tsv)")
    args = parser.parse_args(argv)
    for path in (args.freedict_index, args.freedict_dict):
        if not path.is_file():
            parser.error(f"{path} not found: apt-get install dict-freedict-fra-eng")
    if args.wiktionary is not None and not args.wiktionary.is_file():
        parser.error(f"{args.wiktionary} not found")
    count = build(args.freedict_index, args.freedict_dict, args.output, args.supplement,
                  args.wiktionary)
    print(f"{args.output}: {count} entries, {args.output.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
