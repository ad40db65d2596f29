"""Annotated two-column PDF of an article (QtGui only: QPdfWriter + QTextLayout + QPainter).

French left, English right (or one language), paragraph by paragraph; highlights drawn in
their colours and each note numbered at its highlight and printed under its paragraph;
"n / N" page numbers; then real PDF highlight annotations are added with pypdf.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from visavis.export.article import ExportArticle
from visavis.export.errors import ExportCancelled, ExportError
from visavis.export.files import check_destination
from visavis.export.pdf_annotations import PdfHighlight, add_highlights
from visavis.export.pdf_content import build_rows
from visavis.export.pdf_layout import SANS, Layouter, PlacedLine

RESOLUTION = 288  # device units per inch: 4 per point
MARGIN_MM = 18.0
FOOTER_PT = 22.0
HIGHLIGHT_ALPHA = 150


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    highlights: int  # PDF highlight annotations written


def export_pdf(article: ExportArticle, path: Path | str, *, languages: str = "both",
               progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> PdfResult:
    """Write the PDF to ``path`` (atomically: a failed export leaves no partial file)."""
    if QGuiApplication.instance() is None:
        raise ExportError("PDF export needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen).")
    path = Path(path)
    check_destination(path)
    rows = build_rows(article, languages)
    fd, raw_name = tempfile.mkstemp(prefix=".visavis-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    raw = Path(raw_name)
    final_tmp = raw.with_suffix(".annotated.pdf")
    try:
        pages, highlights = _render(article, rows, raw, progress, cancel)
        added = add_highlights(raw, final_tmp, highlights)
        os.replace(final_tmp, path)
    except (ExportError, ExportCancelled):
        raise
    except OSError as exc:
        raise ExportError(f"The PDF could not be written to {path}: {exc.strerror or exc}.") from exc
    finally:
        for leftover in (raw, final_tmp):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return PdfResult(path, pages, added)


def _new_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Vis-à-vis")
    return writer


def _render(article: ExportArticle, rows: list, raw: Path,
            progress: Callable[[int, int], None] | None,
            cancel: Callable[[], bool] | None) -> tuple[int, list[PdfHighlight]]:
    writer = _new_writer(raw, article.title)
    pt = RESOLUTION / 72.0
    paint = writer.pageLayout().paintRectPixels(RESOLUTION)
    page_height_pt = writer.pageLayout().fullRect(QPageLayout.Unit.Point).height()
    layouter = Layouter(writer, paint.width(), paint.height() - FOOTER_PT * pt, pt)
    laid = []
    total = len(rows) + 1
    for i, row in enumerate(rows):
        if cancel is not None and cancel():
            raise ExportCancelled()
        laid.append(layouter.lay_row(row))
        if progress is not None and i % 20 == 0:
            progress(i, total)
    pages = layouter.paginate(laid)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"The PDF file {raw.parent} could not be opened for writing.")
    stamp = datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ")
    found: dict[tuple[str, int], PdfHighlight] = {}

    def to_pdf(x: float, y: float) -> tuple[float, float]:
        return (paint.left() + x) / pt, page_height_pt - (paint.top() + y) / pt

    try:
        for number, placed in enumerate(pages):
            if cancel is not None and cancel():
                raise ExportCancelled()
            if number:
                writer.newPage()
            for rect, h in _highlight_rects(placed):
                colour = QColor(*h.rgb)
                colour.setAlpha(255 if h.tint else HIGHLIGHT_ALPHA)
                painter.fillRect(rect, colour)
                if h.tint:
                    continue
                x0, y1 = to_pdf(rect.left(), rect.top())
                x1, y0 = to_pdf(rect.right(), rect.bottom())
                entry = found.setdefault((h.annotation_id, number), PdfHighlight(
                    number, [], h.rgb, h.note, "", stamp))
                entry.rects.append((x0, y0, x1, y1))
            painter.setPen(QColor(0, 0, 0))  # the footer leaves a grey pen behind
            _table_rules(painter, placed, pt)
            for item in placed:
                line = item.cell.layout.lineAt(item.line)
                line.draw(painter, QPointF(item.x, item.y - line.y()))
                if item.line == 0 and item.cell.bullet:
                    painter.setFont(item.cell.layout.font())
                    painter.setPen(QColor(0, 0, 0))
                    painter.drawText(QPointF(item.x - 11 * pt, item.y + line.ascent()),
                                     item.cell.bullet)
            _footer(painter, paint.width(), layouter.height, pt, number + 1, len(pages))
    finally:
        painter.end()
    if progress is not None:
        progress(total, total)
    return len(pages), list(found.values())


def _highlight_rects(placed: list[PlacedLine]) -> list[tuple[QRectF, object]]:
    """Rectangles of highlighted text on one page; tints first so highlights stay on top."""
    out = []
    for item in placed:
        if not item.cell.highlights:
            continue
        line = item.cell.layout.lineAt(item.line)
        first, last = line.textStart(), line.textStart() + line.textLength()
        for h in item.cell.highlights:
            start, end = max(h.start, first), min(h.end, last)
            if start >= end:
                continue
            xa, xb = line.cursorToX(start)[0], line.cursorToX(end)[0]
            rect = QRectF(item.x + min(xa, xb), item.y, abs(xb - xa), line.height())
            out.append((rect, h))
    out.sort(key=lambda pair: not pair[1].tint)
    return out


def _table_rules(painter: QPainter, placed: list[PlacedLine], pt: float) -> None:
    """A thin rule under each table row, across each language's half of the page."""
    rules: dict[tuple[int, int], tuple[float, float, float]] = {}
    for item in placed:
        cell = item.cell
        if cell.rule is None:
            continue
        row_top = item.y - cell.lines[item.line][0]
        left, right = cell.rule
        rules[(round(row_top), round(left))] = (left, right, row_top + cell.row_height)
    if not rules:
        return
    painter.save()
    painter.setPen(QColor(160, 160, 160))
    for left, right, bottom in rules.values():
        painter.drawLine(QPointF(left, bottom + 1.5 * pt), QPointF(right, bottom + 1.5 * pt))
    painter.restore()


def _footer(painter: QPainter, width: float, top: float, pt: float, page: int, pages: int) -> None:
    font = QFont(SANS)
    font.setPointSizeF(8.0)
    painter.setFont(font)
    painter.setPen(QColor(90, 90, 90))
    painter.drawText(QRectF(0, top + 6 * pt, width, 14 * pt), Qt.AlignmentFlag.AlignHCenter,
                     f"{page} / {pages}")
