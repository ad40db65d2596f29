"""Paint over or under the text of a reading pane without extra selections.

Qt's extra selections cost ~45 µs each at paint time, for every selection of the document,
on screen or not (a screen of 500 tinted words took ~24 ms to repaint), so:

* :class:`TintPainter` fills one rectangle per tinted word on screen just before the pane
  paints its text (an event filter on the viewport: ~1-2 ms a screen).  Highlights, notes,
  the hover tint and the reader's selection are drawn by the pane afterwards, over the tints.
* :class:`CoverPainter` is a transparent child of the viewport that paints bars over spans
  after the pane (learner mode hides English sentences with it).

Both work on what is on screen only, so their cost does not grow with the article.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from visavis.core.knowledge.tokens import Token


def span_rects(pane, index: int, spans: Iterable[tuple[int, int, object]]):  # type: ignore[no-untyped-def]
    """Viewport rectangles of ``(start, end, tag)`` spans of block ``index`` (code points of
    the block's text), one per line a span covers: yields ``(QRectF, tag)``."""
    qblock = pane.qt_block(index)
    layout = qblock.layout() if qblock.isValid() else None
    if layout is None or layout.lineCount() == 0:
        return
    dx, dy = pane.horizontalScrollBar().value(), pane.verticalScrollBar().value()
    height = pane.viewport().height()
    # the block's place in the document: a table cell's or a frame's layout position is
    # relative to its cell or frame, so layout.position() put those tints at the top left
    origin = pane.document().documentLayout().blockBoundingRect(qblock).topLeft()
    base = qblock.position()
    for start, end, tag in spans:
        first = pane.document_position(index, start) - base
        last = pane.document_position(index, end) - base
        if last <= first:
            continue
        line = layout.lineForTextPosition(first)
        end_line = layout.lineForTextPosition(last - 1)
        if not line.isValid() or not end_line.isValid():
            continue
        for number in range(line.lineNumber(), end_line.lineNumber() + 1):
            part = layout.lineAt(number)
            top = origin.y() + part.y() - dy
            if top > height or top + part.height() < 0:
                continue
            x1 = part.cursorToX(first)[0] if number == line.lineNumber() else part.x()
            x2 = part.cursorToX(last)[0] if number == end_line.lineNumber() \
                else part.x() + part.naturalTextWidth()
            yield QRectF(QPointF(origin.x() + x1 - dx, top),
                         QPointF(origin.x() + x2 - dx, top + part.height())), tag


class TintPainter(QObject):
    def __init__(self, pane, colour_of: Callable[[Token], QColor | None],  # type: ignore[no-untyped-def]
                 tokens_of_block: Callable[[int], list[tuple[int, int, Token]]]) -> None:
        super().__init__(pane)
        self.pane = pane
        self.colour_of = colour_of
        self.tokens_of_block = tokens_of_block
        self.enabled = True
        self.last_paint_ms = 0.0
        pane.viewport().installEventFilter(self)

    def update(self) -> None:
        self.pane.viewport().update()

    def word_rects(self) -> list[tuple[QRectF, QColor, Token]]:
        """Viewport rectangles and colours of the tinted words on screen."""
        out: list[tuple[QRectF, QColor, Token]] = []
        for index in self.pane.visible_blocks():
            spans = [(s, e, t) for s, e, t in self.tokens_of_block(index)]
            for rect, token in span_rects(self.pane, index, spans):
                colour = self.colour_of(token)  # type: ignore[arg-type]
                if colour is not None:
                    out.append((rect, colour, token))  # type: ignore[arg-type]
        return out

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.enabled and event.type() == QEvent.Type.Paint:
            started = time.perf_counter()
            rects = self.word_rects()
            if rects:
                painter = QPainter(self.pane.viewport())
                for rect, colour, _token in rects:
                    painter.fillRect(rect, colour)
                painter.end()
            self.last_paint_ms = (time.perf_counter() - started) * 1000
        return False


class CoverPainter(QWidget):
    """Bars over spans of a pane, painted after its text; clicks go through to the pane."""

    def __init__(self, pane, spans_of_block: Callable[[int], list[tuple[int, int, str]]],  # type: ignore[no-untyped-def]
                 colour: Callable[[], QColor]) -> None:
        super().__init__(pane.viewport())
        self.pane = pane
        self.spans_of_block = spans_of_block
        self.colour = colour
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setObjectName("coverPainter")
        pane.viewport().installEventFilter(self)
        # QTextEdit scrolls its viewport with QWidget.scroll(), which moves children too
        pane.verticalScrollBar().valueChanged.connect(self._follow)
        pane.horizontalScrollBar().valueChanged.connect(self._follow)
        self._follow()

    def _follow(self, *_args: object) -> None:
        self.setGeometry(self.pane.viewport().rect())
        self.raise_()
        self.update()

    def covered(self) -> list[tuple[QRectF, str]]:
        """Viewport rectangles of the covered spans on screen, with their tags."""
        out: list[tuple[QRectF, str]] = []
        for index in self.pane.visible_blocks():
            out.extend(span_rects(self.pane, index, self.spans_of_block(index)))  # type: ignore[arg-type]
        return out

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._follow()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        rects = self.covered()
        if not rects:
            return
        painter = QPainter(self)
        colour = self.colour()
        for rect, _tag in rects:
            painter.fillRect(rect.adjusted(-1.5, 0, 1.5, 3), colour)  # glyph overhangs, descenders
        painter.end()
