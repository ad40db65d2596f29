"""Export the reader's glossary as CSV or as an Anki deck (genanki).

Anki cards: front = the French term and its context sentence with the term in bold;
back = the reader's preferred English, the note and up to three dictionary senses.
Files are written to a temporary name and renamed, so a failed export never leaves a
half-written file in place of a previous one.
"""

from __future__ import annotations

import csv
import html
import os
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from visavis.core.glossary.lookup import MAX_SENSES
from visavis.core.glossary.reader_glossary import ReaderEntry
from visavis.core.glossary.terms import Glossary

if TYPE_CHECKING:  # genanki is imported on the first Anki export (~60 ms), not with the window
    import genanki

CSV_COLUMNS = ["term", "english", "note", "lemma", "senses", "context", "created_at"]
_ANKI_MODEL_ID = 1_607_392_319  # fixed: re-importing a deck updates cards instead of duplicating
_ANKI_DECK_ID = 2_059_400_110
_FORMULA_START = ("=", "+", "@", "\t", "\r")


@cache
def anki_model() -> genanki.Model:
    """The note type of our cards (fixed id: re-importing updates them)."""
    import genanki

    return genanki.Model(
        _ANKI_MODEL_ID, "Vis-à-vis glossary term",
        fields=[{"name": "Term"}, {"name": "Context"}, {"name": "English"}, {"name": "Note"},
                {"name": "Senses"}],
        templates=[{
            "name": "French → English",
            "qfmt": '<div class="term">{{Term}}</div><div class="context">{{Context}}</div>',
            "afmt": '{{FrontSide}}<hr id="answer"><div class="english">{{English}}</div>'
                    '<div class="note">{{Note}}</div><div class="senses">{{Senses}}</div>',
        }],
        css=".card{font-family:sans-serif;font-size:20px;text-align:center}"
            ".context{font-size:16px;color:#555;margin-top:.6em}.note{font-style:italic}"
            ".senses{font-size:14px;color:#666}",
    )


def _senses(entry: ReaderEntry, glossary: Glossary | None) -> list[str]:
    if glossary is None:
        return []
    senses: list[str] = []
    for dict_entry in glossary.dictionary_entries(f"reader:{entry.id}"):
        senses.extend(s for s in dict_entry.senses if s not in senses)
    return senses[:MAX_SENSES]


def _safe_cell(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def export_csv(entries: Sequence[ReaderEntry], path: Path, glossary: Glossary | None = None) -> int:
    """Write ``entries`` as UTF-8 CSV (with BOM for spreadsheets); returns the row count."""
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_COLUMNS)
            for e in entries:
                row = [e.term, e.english, e.note, e.lemma_key, "; ".join(_senses(e, glossary)),
                       e.context, e.created_at]
                writer.writerow([_safe_cell(v) for v in row])
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(entries)


def bold_term(context: str, entry: ReaderEntry, glossary: Glossary | None) -> str:
    """HTML of ``context`` with the term in bold (found by lemmas, else literally)."""
    span = None
    if glossary is not None:
        span = next(((h.start, h.end) for h in glossary.match(context)
                     if h.entry_ref == f"reader:{entry.id}"), None)
    if span is None:
        match = re.search(re.escape(entry.term), context, re.IGNORECASE)
        span = match.span() if match else None
    if span is None:
        return html.escape(context)
    start, end = span
    return (html.escape(context[:start]) + "<b>" + html.escape(context[start:end]) + "</b>"
            + html.escape(context[end:]))


def anki_note(entry: ReaderEntry, glossary: Glossary | None) -> genanki.Note:
    import genanki

    return genanki.Note(
        model=anki_model(),
        fields=[html.escape(entry.term), bold_term(entry.context, entry, glossary),
                html.escape(entry.english), html.escape(entry.note),
                "<br>".join(html.escape(s) for s in _senses(entry, glossary))],
        guid=genanki.guid_for("visavis", entry.lemma_key),
    )


def export_anki(entries: Sequence[ReaderEntry], path: Path, glossary: Glossary | None = None,
                deck_name: str = "Vis-à-vis glossary") -> int:
    """Write an Anki .apkg deck with one card per entry; returns the card count."""
    return write_package([anki_note(entry, glossary) for entry in entries], path,
                         _ANKI_DECK_ID, deck_name)


def write_package(notes: Sequence[genanki.Note], path: Path, deck_id: int, deck_name: str,
                  timestamp: float | None = None) -> int:
    """Write ``notes`` as one deck in an .apkg (via a temporary name); returns the note count.

    ``timestamp`` (seconds) dates the notes: Anki updates a note it already has (same GUID)
    only from a newer package, so a re-export must carry a later time (default: now).
    """
    import genanki

    deck = genanki.Deck(deck_id, deck_name)
    for note in notes:
        deck.add_note(note)
    tmp = path.with_name(path.name + ".part")
    try:
        genanki.Package(deck).write_to_file(str(tmp), timestamp=timestamp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(notes)
