"""Import known words so a reader does not start from zero.

Sources: a word list (one term per line, ``#`` comments), a CSV/TSV export (Lute: columns
``term`` … ``status``; LingQ: ``term``/``word`` and ``status``; or simply term,status without a
header), or an Anki deck (.apkg/.colpkg: the first field of each note).  Terms become lemma
keys (« chats » → chat, « jeunes pousses » → jeune pousse).  By default only terms without a
status are set, so nothing the reader decided is overwritten.
"""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from visavis.core.glossary.lemmas import lemma
from visavis.core.glossary.words import split_words
from visavis.core.knowledge.statuses import TermStatus, parse_status

MAX_FILE_BYTES = 200 << 20
_TAG_RE = re.compile(r"<[^>]*>|\[sound:[^\]]*\]")
_TERM_COLUMNS = ("term", "word", "lingq", "front", "mot", "terme")
_STATUS_COLUMNS = ("status", "statut", "level")
_DETERMINERS = frozenset({"le", "la", "les", "un", "une", "des", "du"})


class WordImportError(ValueError):
    """The file cannot be read as a word list; the message is for the reader."""


@dataclass(frozen=True)
class ImportedTerm:
    term: str
    status: TermStatus


@dataclass
class ImportReport:
    added: int = 0
    changed: int = 0
    kept: int = 0  # already had a status (left alone)
    skipped: list[str] = field(default_factory=list)  # lines/notes that held no French word


def term_key(term: str) -> str:
    """The lemma key of a term: one word → its lemma, several → their lemma sequence."""
    words = [w for w in split_words(term) if not w.is_elision] or split_words(term)
    if len(words) == 2 and words[0].key in _DETERMINERS:
        words = words[1:]  # flash cards often say « la voiture »: the word is « voiture »
    return " ".join(lemma(w.text) for w in words)


def read_terms(path: Path, default: TermStatus = TermStatus.KNOWN) -> tuple[list[ImportedTerm], list[str]]:
    """(terms, skipped lines) of a word list, CSV/TSV or Anki deck."""
    path = Path(path)
    if not path.is_file():
        raise WordImportError(f"There is no file at {path}.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise WordImportError(f"{path.name} is too large for a word list.")
    if path.suffix.lower() in (".apkg", ".colpkg"):
        return [ImportedTerm(t, default) for t in read_anki_fronts(path)], []
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise WordImportError(f"{path.name} is not a text file, a CSV or an Anki deck.")
    if path.suffix.lower() in (".csv", ".tsv") or _looks_tabular(text):
        return _read_table(text, default, path.name)
    terms, skipped = [], []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms.append(ImportedTerm(line, default))
    return terms, skipped


def _looks_tabular(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0].lower()
    return any(first.startswith(c) for c in _TERM_COLUMNS) and ("," in first or "\t" in first)


def _read_table(text: str, default: TermStatus, name: str) -> tuple[list[ImportedTerm], list[str]]:
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if "\t" in sample else csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise WordImportError(f"{name} holds no words.")
    header = [c.strip().lower() for c in rows[0]]
    term_col = next((header.index(c) for c in _TERM_COLUMNS if c in header), None)
    status_col = next((header.index(c) for c in _STATUS_COLUMNS if c in header), None)
    if term_col is None:
        term_col, status_col = 0, (1 if len(rows[0]) > 1 else None)
    else:
        rows = rows[1:]
    terms, skipped = [], []
    for number, row in enumerate(rows, start=2 if term_col is not None else 1):
        term = row[term_col].strip() if term_col < len(row) else ""
        if not term:
            skipped.append(f"line {number}: no term")
            continue
        status = default
        if status_col is not None and status_col < len(row) and row[status_col].strip():
            try:
                status = parse_status(row[status_col])
            except ValueError:
                skipped.append(f"line {number}: status {row[status_col].strip()!r} not understood")
                continue
        terms.append(ImportedTerm(term, status))
    return terms, skipped


def read_anki_fronts(path: Path) -> list[str]:
    """The first field of every note of an Anki package, as plain text."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise WordImportError(f"{path.name} is not an Anki deck (.apkg).") from exc
    with archive, tempfile.TemporaryDirectory(prefix="visavis-anki-") as tmp:
        names = set(archive.namelist())
        member = next((n for n in ("collection.anki21b", "collection.anki21", "collection.anki2")
                       if n in names), None)
        if member is None:
            raise WordImportError(f"{path.name} has no Anki collection in it.")
        info = archive.getinfo(member)
        if info.file_size > MAX_FILE_BYTES:
            raise WordImportError(f"{path.name} is too large.")
        data = archive.read(member)
        if member.endswith("b"):  # Anki ≥ 2.1.50: the collection is zstd-compressed
            data = decompress_zstd(data, path.name)
        target = Path(tmp) / "collection.sqlite"
        target.write_bytes(data)
        try:
            conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            try:
                rows = conn.execute("SELECT flds FROM notes ORDER BY id").fetchall()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise WordImportError(f"{path.name}: its Anki collection could not be read ({exc}).") from exc
    fronts = [_plain(str(r[0]).split("\x1f", 1)[0]) for r in rows]
    return [f for f in fronts if f]


_NEWER_FORMAT = ("{name} uses Anki's newest package format, which needs the zstd program or the "
                 "Python package zstandard; or, in Anki, export the deck again with “Support "
                 "older Anki versions” ticked.")


def decompress_zstd(data: bytes, name: str) -> bytes:
    """Decompress Anki's zstd collection: the ``zstandard`` package if installed, else the
    ``zstd`` program most Linux systems have; at most ``MAX_FILE_BYTES``."""
    try:
        import zstandard
    except ImportError:
        zstandard = None
    if zstandard is not None:
        try:
            with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)) as reader:
                out = reader.read(MAX_FILE_BYTES + 1)
        except zstandard.ZstdError as exc:
            raise WordImportError(f"{name}: its Anki collection is damaged ({exc}).") from exc
    else:
        program = shutil.which("zstd")
        if program is None:
            raise WordImportError(_NEWER_FORMAT.format(name=name))
        try:
            done = subprocess.run([program, "-d", "-c", "-q"], input=data, capture_output=True,
                                  timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise WordImportError(f"{name}: its Anki collection could not be unpacked ({exc}).") from exc
        if done.returncode != 0:
            raise WordImportError(f"{name}: its Anki collection is damaged.")
        out = done.stdout
    if len(out) > MAX_FILE_BYTES:
        raise WordImportError(f"{name} is too large.")
    return out


def _plain(field_html: str) -> str:
    return " ".join(html.unescape(_TAG_RE.sub(" ", field_html)).split())


def import_terms(library, terms: list[ImportedTerm], *, overwrite: bool = False,  # type: ignore[no-untyped-def]
                 progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> ImportReport:
    """Give each term its status (one transaction); keep existing ones unless ``overwrite``."""
    report = ImportReport()
    wanted: dict[str, TermStatus] = {}
    for done, term in enumerate(terms, start=1):
        if cancel is not None and cancel():
            raise InterruptedError("cancelled")
        key = term_key(term.term)
        if not key:
            report.skipped.append(term.term)
            continue
        wanted.setdefault(key, term.status)
        if progress is not None and done % 500 == 0:
            progress(done, len(terms))
    existing = library.word_status.get_many(wanted)
    todo = []
    for key, status in wanted.items():
        old = existing.get(key)
        if old is not None and (not overwrite or old == status):
            report.kept += 1
            continue
        todo.append((key, status))
        if old is None:
            report.added += 1
        else:
            report.changed += 1
    library.word_status.set_many(todo)
    if progress is not None:
        progress(len(terms), len(terms))
    return report


def import_file(library, path: Path, *, overwrite: bool = False,  # type: ignore[no-untyped-def]
                default: TermStatus = TermStatus.KNOWN,
                progress: Callable[[int, int], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> ImportReport:
    terms, skipped = read_terms(path, default)
    if not terms:
        raise WordImportError(f"{Path(path).name} holds no words.")
    report = import_terms(library, terms, overwrite=overwrite, progress=progress, cancel=cancel)
    report.skipped = skipped + report.skipped
    return report
