"""Keep the reader's place when the text reflows.

A resize, a dock opening, a zoom, a font or theme change, a translation arriving above the
screen or new alignment padding all move the text under a still scroll bar.  Just before
such a change the reading view calls :meth:`ReadingAnchor.hold`: the anchor notes the first
visible line (block, code-point offset of the line's first character, and how far into the
line the view starts); after the change has been laid out (and aligned) :meth:`restore`
scrolls so that this line is at the top again.  Between a hold and its release, a scroll the
view makes itself (``moved``) re-notes the anchor instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QTimer

from visavis.ui.reading.text_pane import TextPane


class ReadingAnchor(QObject):
    def __init__(self, pane: TextPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pane = pane
        self._anchor: tuple[int, int, float] | None = None  # (block, offset, fraction of line)
        self._held = False
        self._restoring = False

    @property
    def held(self) -> bool:
        return self._held

    def hold(self) -> None:
        """Note the first visible line now (unless already holding) and restore it soon."""
        if not self._held:
            self._anchor = self.capture()
            self._held = self._anchor is not None
        if self._held:
            QTimer.singleShot(0, self.restore)

    def moved(self) -> None:
        """The view scrolled on purpose while holding: keep the new place."""
        if self._held:
            self._anchor = self.capture()

    def release(self) -> None:
        self.restore()
        self._held = False

    def capture(self) -> tuple[int, int, float] | None:
        pane = self._pane
        bar = pane.verticalScrollBar()
        if pane.filled_count() == 0 or bar.value() <= 0:
            return None if pane.filled_count() == 0 else (0, 0, 0.0)
        position = pane.cursorForPosition(QPoint(0, 0)).position()
        found = pane.locate(position)
        if found is None:
            return None
        index = found[0]
        qblock = pane.qt_block(index)
        line = qblock.layout().lineForTextPosition(position - qblock.position())
        if not line.isValid():
            return index, found[1], 0.0
        top = pane.block_rect(index).top() + line.y()
        fraction = (bar.value() - top) / line.height() if line.height() > 0 else 0.0
        start = pane.locate(qblock.position() + line.textStart())
        offset = start[1] if start is not None else found[1]
        return index, offset, max(-1.0, min(fraction, 4.0))

    def restore(self) -> None:
        if not self._held or self._anchor is None or self._restoring:
            return
        pane = self._pane
        index, offset, fraction = self._anchor
        if not pane.is_filled(index):
            return
        qblock = pane.qt_block(index)
        position = pane.document_position(index, offset)
        line = qblock.layout().lineForTextPosition(position - qblock.position())
        if not line.isValid():
            return
        target = pane.block_rect(index).top() + line.y() + fraction * line.height()
        if index == 0 and offset == 0 and fraction == 0.0:
            target = 0.0
        self._restoring = True
        try:
            pane.verticalScrollBar().setValue(round(target))
        finally:
            self._restoring = False
