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

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from visavis.ui.reading.text_pane import TextPane


class ReadingAnchor(QObject):
    def __init__(self, pane: TextPane, pending: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pane = pane
        self._pending = pending  # is more layout work (alignment) on its way?
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
            QTimer.singleShot(0, self, self._settle)  # not after the view is gone

    def _settle(self) -> None:
        """After the change: back to the place; let go unless more layout work is coming
        (whoever does it calls ``restore``/``release`` when done)."""
        self.restore()
        if not self._pending():
            self._held = False

    def moved(self) -> None:
        """The view scrolled on purpose while holding: keep the new place."""
        if self._held:
            self._anchor = self.capture()

    def release(self) -> None:
        self.restore()
        self._held = False

    def capture(self) -> tuple[int, int, float] | None:
        pane = self._pane
        value = pane.verticalScrollBar().value()
        if pane.filled_count() == 0:
            return None
        if value <= 0:
            return 0, 0, 0.0
        index = pane.block_at_y(value)
        qblock = pane.qt_block(index)
        block_top = pane.block_rect(index).top()
        layout = qblock.layout()
        line = None
        for n in range(layout.lineCount()):  # the line at the top of the view
            candidate = layout.lineAt(n)
            if block_top + candidate.y() + candidate.height() > value:
                line = candidate
                break
        if line is None:  # in the padding under the block: the next block starts the view
            if pane.is_filled(index + 1):
                return index + 1, 0, 0.0
            return index, 0, 0.0
        top = block_top + line.y()
        fraction = (value - top) / line.height() if line.height() > 0 else 0.0
        start = pane.locate(qblock.position() + line.textStart())
        offset = start[1] if start is not None else 0
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
