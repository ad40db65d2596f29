"""Keep the spoken sentence on screen without fighting the reader's own scrolling.

The reader's scrolling (wheel, scroll bar, scrolling keys) is seen through the scroll
bars' ``actionTriggered`` (never emitted by ``setValue``) and key presses; after it,
following waits ``HOLD_S`` seconds.  Following scrolls only when the sentence is not
comfortably visible, and puts it a third of the way down the pane.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor

HOLD_S = 4.0
SCROLL_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_Down,
               Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space}


class SentenceFollower(QObject):
    def __init__(self, panes: Sequence, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = list(panes)
        self._clock = clock
        self.manual_at = float("-inf")
        for pane in self._panes:
            pane.verticalScrollBar().actionTriggered.connect(self._manual)
            pane.installEventFilter(self)

    def _manual(self, *_args: object) -> None:
        self.manual_at = self._clock()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in SCROLL_KEYS:
            self._manual()
        return False

    def holding(self) -> bool:
        return self._clock() - self.manual_at < HOLD_S

    def follow(self, pane, sentence_id: str) -> bool:  # type: ignore[no-untyped-def]
        """Scroll ``pane`` so the sentence is visible; False when it held back or had to do nothing."""
        if self.holding():
            return False
        span = pane.sentence_range(sentence_id)
        if span is None:
            return False
        cursor = QTextCursor(pane.document())
        cursor.setPosition(span[0])
        top = pane.cursorRect(cursor).top()
        cursor.setPosition(span[1])
        bottom = pane.cursorRect(cursor).bottom()
        height = pane.viewport().height()
        margin = min(40, height // 8)
        if top >= margin and bottom <= height - margin:
            return False
        bar = pane.verticalScrollBar()
        bar.setValue(bar.value() + top - height // 3)
        return True
