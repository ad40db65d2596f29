"""Paint word-status tints under the text of the French pane.

Qt's extra selections cost ~45 µs each at paint time (a screen of 500 tinted words took
~24 ms to repaint), so tints are not a selection layer: this painter fills one rectangle per
tinted word on the screen just before the pane paints its text (an event filter on the
viewport), which costs ~1-2 ms a screen.  Highlights, notes, the hover tint and the reader's
selection are drawn by the pane afterwards, over the tints.  A status change is then a
dict update and ``viewport().update()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from visavis.core.knowledge.tokens import Token

# (block index, start, end in the block's text, token) of the words to tint
Placed = tuple[int, int, int, Token]


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
        pane = self.pane
        dx, dy = pane.horizontalScrollBar().value(), pane.verticalScrollBar().value()
        height = pane.viewport().height()
        out: list[tuple[QRectF, QColor, Token]] = []
        for index in pane.visible_blocks():
            qblock = pane.qt_block(index)
            layout = qblock.layout() if qblock.isValid() else None
            if layout is None or layout.lineCount() == 0:
                continue
            origin = layout.position()
            base = qblock.position()
            for start, end, token in self.tokens_of_block(index):
                colour = self.colour_of(token)
                if colour is None:
                    continue
                first = pane.document_position(index, start) - base
                last = pane.document_position(index, end) - base
                line = layout.lineForTextPosition(first)
                end_line = layout.lineForTextPosition(max(first, last - 1))
                if not line.isValid() or not end_line.isValid():
                    continue
                lines = [line] if line.lineNumber() == end_line.lineNumber() else [line, end_line]
                for n, part in enumerate(lines):
                    x1 = part.cursorToX(first)[0] if n == 0 else part.x()
                    x2 = part.cursorToX(last)[0] if part.lineNumber() == end_line.lineNumber() \
                        else part.x() + part.naturalTextWidth()
                    top = origin.y() + part.y() - dy
                    if top > height or top + part.height() < 0:
                        continue
                    rect = QRectF(QPointF(origin.x() + x1 - dx, top),
                                  QPointF(origin.x() + x2 - dx, top + part.height()))
                    out.append((rect, colour, token))
        return out

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.enabled and event.type() == QEvent.Type.Paint:
            import time

            started = time.perf_counter()
            rects = self.word_rects()
            if rects:
                painter = QPainter(self.pane.viewport())
                painter.setPen(QColor(0, 0, 0, 0))
                for rect, colour, _token in rects:
                    painter.fillRect(rect, colour)
                painter.end()
            self.last_paint_ms = (time.perf_counter() - started) * 1000
        return False
