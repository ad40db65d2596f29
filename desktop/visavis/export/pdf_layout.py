"""Lay the PDF rows out with QTextLayout and cut them into pages (QtGui only).

Coordinates are device units of the PDF writer, relative to the page's content area
(inside the margins).  A row that does not fit in the rest of a page moves to the next
page when it fits on a whole page; a taller row is split between lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPaintDevice,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from visavis.core.document.utf16 import Utf16Offsets
from visavis.export.pdf_content import Row
from visavis.export.pdf_text import Highlight

SERIF, SANS = "DejaVu Serif", "DejaVu Sans"
# kind -> (family, point size, bold, space after in points)
STYLES: dict[str, tuple[str, float, bool, float]] = {
    "title": (SANS, 17.0, True, 4.0),
    "meta": (SANS, 8.5, False, 2.0),
    "heading": (SANS, 13.0, True, 5.0),
    "paragraph": (SERIF, 10.0, False, 7.0),
    "list_item": (SERIF, 10.0, False, 3.0),
    "blockquote": (SERIF, 10.0, False, 7.0),
    "note": (SANS, 8.0, False, 3.0),
    "section": (SANS, 12.0, True, 5.0),
    "entry": (SERIF, 9.0, False, 3.0),
    "table_row": (SERIF, 9.0, False, 4.0),
    "aside_title": (SANS, 10.0, True, 3.0),
    "footnote": (SERIF, 8.5, False, 3.0),
}
CELL_GAP_PT = 8.0
MIN_LINES_BEFORE_BREAK = 2  # a paragraph starts on a page only if this many of its lines fit
NO_LIGATURES = ("liga", "clig", "dlig", "hlig")  # the text layer must spell words letter by letter
GUTTER_PT = 16.0
INDENT_PT = 14.0
LINE_SPACING = 1.12


@dataclass
class LaidCell:
    layout: QTextLayout
    x: float
    highlights: list[Highlight]  # offsets in UTF-16 code units of the layout's text
    bullet: str = ""
    lines: list[tuple[float, float]] = field(default_factory=list)  # (top, bottom) in the row
    rule: tuple[float, float] | None = None  # table cell: (left, right) of the rule under its row
    row_height: float = 0.0


@dataclass
class LaidRow:
    row: Row
    cells: list[LaidCell]
    height: float
    space_after: float


@dataclass(frozen=True)
class PlacedLine:
    cell: LaidCell
    line: int  # index of the QTextLine in cell.layout
    x: float
    y: float  # top of the line on the page content area


def _char_format(kind: str, base: QFont) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == "em":
        fmt.setFontItalic(True)
    elif kind == "strong":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif kind == "code":
        fmt.setFontFamilies(["DejaVu Sans Mono"])
    elif kind == "link":
        fmt.setForeground(QColor(30, 70, 160))
    elif kind == "missing":
        fmt.setFontItalic(True)
        fmt.setForeground(QColor(130, 130, 130))
    elif kind == "mark":
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        fmt.setForeground(QColor(170, 30, 30))
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


class Layouter:
    def __init__(self, device: QPaintDevice, content_width: float, content_height: float,
                 units_per_point: float) -> None:
        self.device = device
        self.width = content_width
        self.height = content_height
        self.pt = units_per_point

    def lay_row(self, row: Row) -> LaidRow:
        family, size, bold, after = STYLES.get(row.kind, STYLES["paragraph"])
        font = QFont(family)
        font.setPointSizeF(size)
        font.setBold(bold or row.header)
        for tag in NO_LIGATURES:
            font.setFeature(QFont.Tag(tag), 0)
        if row.kind == "table_row":
            return self._lay_table_row(row, font, after)
        count = 1 if row.full_width else len(row.cells)
        gutter = GUTTER_PT * self.pt
        col_width = (self.width - gutter * (count - 1)) / count
        indent = 0.0
        if row.kind == "list_item":
            indent = INDENT_PT * self.pt * max(1, row.level)
        elif row.kind == "blockquote" or row.aside:
            indent = INDENT_PT * self.pt
        cells = []
        for i, cell_text in enumerate(row.cells[:count]):
            x = i * (col_width + gutter) + indent
            cells.append(self._lay_cell(cell_text, font, x, col_width - indent, row.bullet))
        height = max((c.lines[-1][1] for c in cells if c.lines), default=0.0)
        return LaidRow(row, cells, height, after * self.pt)

    def _lay_table_row(self, row: Row, font: QFont, after: float) -> LaidRow:
        """One table row: each language's half of the page split into the table's columns."""
        halves = max(1, len(row.cells) // max(1, row.columns))
        gutter, gap = GUTTER_PT * self.pt, CELL_GAP_PT * self.pt
        half = (self.width - gutter * (halves - 1)) / halves
        sub = (half - gap * (row.columns - 1)) / row.columns
        cells = []
        for i, cell_text in enumerate(row.cells):
            h, j = divmod(i, row.columns)
            left = h * (half + gutter)
            cell = self._lay_cell(cell_text, font, left + j * (sub + gap), sub, "")
            cell.rule = (left, left + half)
            cells.append(cell)
        height = max((c.lines[-1][1] for c in cells if c.lines), default=0.0)
        for cell in cells:
            cell.row_height = height
        return LaidRow(row, cells, height, after * self.pt)

    def _lay_cell(self, cell_text, font: QFont, x: float, width: float, bullet: str) -> LaidCell:
        text = cell_text.text()
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        # QTextLayout counts UTF-16 code units: convert every offset once, here (emoji, 𝔘)
        units = Utf16Offsets(text).to_utf16
        formats = []
        for start, end, kind in cell_text.final_styles():
            formats.append(_range(units(start), units(end), _char_format(kind, font)))
        for start, end in cell_text.marker_ranges():
            formats.append(_range(units(start), units(end), _char_format("mark", font)))
        layout.setFormats(formats)
        highlights = [replace(h, start=units(h.start), end=units(h.end)) for h in cell_text.highlights()]
        cell = LaidCell(layout, x, highlights, bullet)
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, y))
            step = line.height() * LINE_SPACING
            cell.lines.append((y, y + step))
            y += step
        layout.endLayout()
        return cell

    def paginate(self, rows: list[LaidRow]) -> list[list[PlacedLine]]:
        pages: list[list[PlacedLine]] = [[]]
        cursor = 0.0
        for index, laid in enumerate(rows):
            needed = laid.height
            if laid.row.kind in ("heading", "section") and index + 1 < len(rows):
                nxt = rows[index + 1]
                needed += laid.space_after + min(nxt.height, 3 * 14 * self.pt)
            if cursor > 0 and needed > self.height - cursor and not self._may_split(laid, cursor):
                pages.append([])
                cursor = 0.0
            items = sorted(((c.lines[i][0], c.lines[i][1], c, i) for c in laid.cells
                            for i in range(len(c.lines))), key=lambda t: (t[0], t[2].x))
            row_top = 0.0  # row coordinate placed at ``cursor``
            while items:
                avail = self.height - cursor
                fitting = [t for t in items if t[1] - row_top <= avail]
                if len(fitting) < len(items):
                    cuts = [t[1] for t in fitting
                            if not any(o[0] < t[1] < o[1] for o in items)]
                    cut = max(cuts) if cuts else (max(t[1] for t in fitting) if fitting else None)
                    if cut is None:  # nothing fits here: a fresh page
                        if cursor == 0.0:  # one line taller than a page: place it anyway
                            cut = items[0][1]
                        else:
                            pages.append([])
                            cursor = 0.0
                            continue
                    fitting = [t for t in items if t[1] <= cut]
                for top, _bottom, cell, i in fitting:
                    pages[-1].append(PlacedLine(cell, i, cell.x, cursor + top - row_top))
                placed = {(id(t[2]), t[3]) for t in fitting}
                items = [t for t in items if (id(t[2]), t[3]) not in placed]
                if items:
                    pages.append([])
                    cursor = 0.0
                    row_top = min(t[0] for t in items)
                else:
                    cursor += max(t[1] for t in fitting) - row_top + laid.space_after
        return pages


    def _may_split(self, laid: LaidRow, cursor: float) -> bool:
        """Whether a row that does not fit may start here and go on on the next page: body
        text of several lines may (at a line boundary, both languages side by side), when at
        least ``MIN_LINES_BEFORE_BREAK`` of its lines fit; headings, notes and short rows move."""
        if laid.row.kind not in ("paragraph", "list_item", "blockquote", "entry", "footnote"):
            return laid.height > self.height  # taller than a page: it has to be split anyway
        lines = max((len(c.lines) for c in laid.cells), default=0)
        if lines < 2 * MIN_LINES_BEFORE_BREAK:
            return laid.height > self.height
        room = self.height - cursor
        longest = max((c for c in laid.cells if c.lines), key=lambda c: len(c.lines))
        fitting = sum(1 for _top, bottom in longest.lines if bottom <= room)
        return fitting >= MIN_LINES_BEFORE_BREAK


def _range(start: int, length_end: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, max(0, length_end - start), fmt
    return r
