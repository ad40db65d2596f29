"""What goes on the PDF pages, before any layout: rows of one or two cells.

A row is a block of the article (French and/or English cell), a note printed under its
paragraph, a header line or an appendix line.  Pure Python; ``pdf_layout`` lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from visavis.core.annotations.model import Annotation, Side, colour_label, colour_rgb
from visavis.core.document import Block
from visavis.export.article import UNTRANSLATED_MARKER, ExportArticle
from visavis.export.pdf_text import CellText
from visavis.export.typography import protect_french_spacing

LANGUAGES = {"both": (Side.FRENCH, Side.ENGLISH), "fr": (Side.FRENCH,), "en": (Side.ENGLISH,)}


@dataclass
class Row:
    kind: str  # title | meta | heading | paragraph | list_item | blockquote | note | section | entry
    cells: list[CellText]
    level: int = 0
    bullet: str = ""
    full_width: bool = False
    notes: list[Row] = field(default_factory=list)
    columns: int = 1  # table_row: cells per language
    header: bool = False  # table_row: a header row (bold)
    aside: str = ""  # label of the ::: container the block is in (indented)


def _tint(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    return tuple(255 - (255 - c) // 6 for c in rgb)  # type: ignore[return-value]


class _BlockBuilder:
    def __init__(self, article: ExportArticle, block: Block, sides: tuple[Side, ...]) -> None:
        self.article, self.block, self.sides = article, block, sides
        self.fr = CellText(protect_french_spacing(block.text))
        for start, end, kind in block.emphasis:
            self.fr.style(start, end, kind)
        self.en = CellText("")
        self.sentence_at: dict[str, tuple[int, int]] = {}  # id -> (start, end) in the English cell
        parts: list[str] = []
        offset = 0
        foreign = block.language != "fr"  # shown as it is on both sides, never translated
        for sentence in block.sentences:
            english = block.text[sentence.block_start:sentence.block_end] if foreign else \
                article.english_of(sentence.id)
            text = english or UNTRANSLATED_MARKER
            if parts:
                offset += 1
            self.sentence_at[sentence.id] = (offset, offset + len(text))
            if not english:
                self.en.style(offset, offset + len(text), "missing")
            parts.append(text)
            offset += len(text)
        self.en.base = protect_french_spacing(" ".join(parts))  # copied French, quotes
        self.marked: list[tuple[int, Annotation]] = []

    def _sentence_at_plain(self, plain_offset: int) -> str | None:
        local = plain_offset - self.block.plain_start
        for s in self.block.sentences:
            if s.block_start <= local <= s.block_end:
                return s.id
        return self.block.sentences[-1].id if self.block.sentences else None

    def add_french(self, ann: Annotation, number: int | None) -> None:
        start = ann.target.start - self.block.plain_start
        end = ann.target.end - self.block.plain_start
        rgb = colour_rgb(ann.colour)
        self.fr.highlight(ann.id, rgb, start, end, ann.note)
        for s in self.block.sentences:
            if s.block_start < end and start < s.block_end:
                a, b = self.sentence_at[s.id]
                self.en.highlight(ann.id, _tint(rgb), a, b, tint=True)
        if number is not None:
            if Side.FRENCH in self.sides:
                self.fr.mark(min(end, len(self.block.text)), number)
            else:
                sid = self._sentence_at_plain(ann.target.end)
                self.en.mark(self.sentence_at[sid][1] if sid else len(self.en.base), number)
            self.marked.append((number, ann))

    def add_english(self, ann: Annotation, number: int | None) -> None:
        a, b = self.sentence_at[ann.target.sentence_id or ""]
        if self.article.english_of(ann.target.sentence_id or ""):
            self.en.highlight(ann.id, colour_rgb(ann.colour), a + ann.target.start,
                              a + ann.target.end, ann.note)
        if number is not None:
            if Side.ENGLISH in self.sides:
                self.en.mark(min(b, a + ann.target.end), number)
            else:
                sentence = next(s for s in self.block.sentences if s.id == ann.target.sentence_id)
                self.fr.mark(sentence.block_end, number)
            self.marked.append((number, ann))

    def row(self) -> Row:
        cells = [self.fr if side == Side.FRENCH else self.en for side in self.sides]
        kind = {"note": "footnote"}.get(self.block.kind, self.block.kind)
        bullet = ""
        if kind == "list_item":
            bullet = f"{self.block.number}." if self.block.ordered else "•"
            if self.block.checked is not None:
                bullet = "☑" if self.block.checked else "☐"
        elif kind == "footnote" and self.block.number is not None:
            bullet = f"{self.block.number}."
        notes = []
        for number, ann in sorted(self.marked, key=lambda m: m[0]):
            cell = CellText(f"{number}. {ann.note.strip()}")
            cell.style(0, len(str(number)) + 1, "strong")
            notes.append(Row("note", [cell], full_width=True))
        table = self.block.table
        return Row(kind, cells, level=self.block.level, bullet=bullet, notes=notes,
                   columns=table.cols if table else 1, header=bool(table and table.header),
                   aside=self.block.aside)


def _line(kind: str, text: str, style: str | None = None) -> Row:
    cell = CellText(text)
    if style:
        cell.style(0, len(text), style)
    return Row(kind, [cell], full_width=True)


def origin_label(origin: str | None) -> str:
    """A web address as it is; a local file by its name (never the reader's folders)."""
    if not origin:
        return ""
    if "://" in origin:
        return origin
    return PurePath(origin).name or origin


def title_is_first_block(article: ExportArticle) -> bool:
    """The article opens with its title as a heading: print it there (in both languages), not
    a second time above it."""
    blocks = article.document.blocks
    return bool(blocks) and blocks[0].kind == "heading" and \
        blocks[0].text.strip() == (article.title or "").strip()


def header_rows(article: ExportArticle) -> list[Row]:
    rows = [] if title_is_first_block(article) else [_line("title", article.title)]
    meta = [p for p in (article.origin and f"Source: {origin_label(article.origin)}",
                        article.date and f"Date: {article.date}") if p]
    if meta:
        rows.append(_line("meta", "   ·   ".join(meta)))
    missing, total = article.untranslated_count(), len(article.document.sentences)
    if missing:
        rows.append(_line("meta", f"{missing} of {total} sentences are not translated yet; "
                                  f"they are marked {UNTRANSLATED_MARKER}.", "missing"))
    return rows


def block_rows(article: ExportArticle, sides: tuple[Side, ...]) -> list[Row]:
    doc = article.document
    builders = [_BlockBuilder(article, b, sides) for b in doc.blocks]
    block_of_sentence = {s.id: s.block for s in doc.sentences}
    numbers = article.note_numbers()
    for ann in article.anchored():
        number = numbers.get(ann.id)
        if ann.side == Side.ENGLISH:
            index = block_of_sentence.get(ann.target.sentence_id or "")
            if index is not None:
                builders[index].add_english(ann, number)
            continue
        for b in builders:
            block_end = b.block.plain_start + len(b.block.text)
            if b.block.plain_start < ann.target.end and ann.target.start < block_end + 2:
                b.add_french(ann, number if ann.target.end <= block_end + 2 else None)
    rows = [b.row() for b in builders]
    if title_is_first_block(article):
        rows[0].kind = "title"
    return _join_table_rows(rows, [b.block for b in builders])


def _join_table_rows(rows: list[Row], blocks: list[Block]) -> list[Row]:
    """Cells of one table row become one row: the French cells side by side, then the English."""
    out: list[Row] = []
    i = 0
    while i < len(rows):
        table = blocks[i].table
        if table is None:
            out.append(rows[i])
            i += 1
            continue
        j = i
        while j < len(rows) and blocks[j].table is not None and \
                (blocks[j].table.table_id, blocks[j].table.row) == (table.table_id, table.row):
            j += 1
        group = rows[i:j]
        sides = len(group[0].cells)
        cells = [row.cells[side] for side in range(sides) for row in group]
        notes = [note for row in group for note in row.notes]
        out.append(Row("table_row", cells, notes=notes, columns=len(group), header=group[0].header))
        i = j
    return out


def appendix_rows(article: ExportArticle) -> list[Row]:
    rows: list[Row] = []
    orphans = article.orphans()
    if orphans:
        rows.append(_line("section", "Highlights whose passage is no longer in the text"))
        for ann in orphans:
            text = f"« {ann.target.exact} » ({colour_label(ann.colour)})"
            rows.append(_line("entry", text + (f" — {ann.note.strip()}" if ann.note.strip() else "")))
    if article.glossary:
        rows.append(_line("section", "Glossary notes"))
        for g in article.glossary:
            cell = CellText(f"{g.term} — {g.english}: {g.note.strip()}")
            cell.style(0, len(g.term), "strong")
            rows.append(Row("entry", [cell], full_width=True))
    return rows


def build_rows(article: ExportArticle, languages: str = "both") -> list[Row]:
    """All rows in page order (notes follow their paragraph)."""
    if languages not in LANGUAGES:
        raise ValueError(f"languages must be one of {', '.join(LANGUAGES)}, not {languages!r}")
    rows = header_rows(article)
    body = block_rows(article, LANGUAGES[languages])
    if title_is_first_block(article) and body:  # the title row first, then the source line
        rows.insert(0, body.pop(0))
    for row in body:
        rows.append(row)
        rows.extend(row.notes)
    return rows + appendix_rows(article)
