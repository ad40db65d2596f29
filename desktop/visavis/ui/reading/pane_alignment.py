"""Keep paragraph i of both panes at the same height.

After layout, the shorter of the two blocks gets extra bottom margin so that both
are equally tall; the block tops then coincide in both panes at any scroll position.
Table cells are padded the same way, so the rows of a table line up across panes.

Incremental: only blocks that may have changed are measured (``schedule_blocks``), all of
them after a resize, zoom or font change (``schedule``); the work is cut into slices of a
few milliseconds, visible blocks first, and each slice sets its pads in one edit block per
pane (one layout pass, not one per block).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from visavis.ui.reading.text_pane import TextPane

DEBOUNCE_MS = 30
SLICE_S = 0.004  # measuring and padding per event-loop turn


def equalising_pads(heights_a: Sequence[float], heights_b: Sequence[float]) -> tuple[list[float], list[float]]:
    """Extra height to add to each block so both columns have equal block heights.

    ``heights_*`` are natural block heights (without padding); blocks missing on one
    side count as height 0 there.
    """
    n = max(len(heights_a), len(heights_b))
    a = list(heights_a) + [0.0] * (n - len(heights_a))
    b = list(heights_b) + [0.0] * (n - len(heights_b))
    pads_a = [max(0.0, y - x) for x, y in zip(a, b, strict=True)]
    pads_b = [max(0.0, x - y) for x, y in zip(a, b, strict=True)]
    return pads_a[: len(heights_a)], pads_b[: len(heights_b)]


def natural_heights(pane: TextPane, indices: Iterable[int] | None = None) -> list[float]:
    """Laid-out text height of each block (Qt's block rect excludes the margins we pad)."""
    chosen = range(pane.filled_count()) if indices is None else indices
    return [pane.block_rect(i).height() for i in chosen]


def align_blocks(left: TextPane, right: TextPane, indices: Sequence[int]) -> None:
    """Pad blocks ``indices`` so that left block i and right block i have the same height."""
    if not indices:
        return
    pads_l, pads_r = equalising_pads(natural_heights(left, indices), natural_heights(right, indices))
    edits = (QTextCursor(left.document()), QTextCursor(right.document()))
    for cursor in edits:
        cursor.beginEditBlock()
    try:
        for i, pl, pr in zip(indices, pads_l, pads_r, strict=True):
            left.set_pad(i, pl)
            right.set_pad(i, pr)
    finally:
        for cursor in edits:
            cursor.endEditBlock()


def align_now(left: TextPane, right: TextPane) -> None:
    """Align every block written in both panes."""
    if left.block_count() != right.block_count():
        return
    align_blocks(left, right, range(min(left.filled_count(), right.filled_count())))


class PaneAligner(QObject):
    """Debounced, sliced alignment of two panes; ``schedule()`` whenever layout may have changed."""

    aboutToAlign = Signal()  # pads are about to change (the reading position is noted)
    stepped = Signal()  # one slice of pads was set (more may follow)
    aligned = Signal()  # everything pending is aligned

    def __init__(self, left: TextPane, right: TextPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._left, self._right = left, right
        self._all = True  # every block needs measuring
        self._dirty: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._step)
        self._width = (0, 0)
        for pane in (left, right):
            pane.blocksFilled.connect(lambda start, end: self.schedule_blocks(range(start, end)))

    def schedule(self) -> None:
        """Re-measure every block soon (resize, zoom, font, a new article)."""
        self._all = True
        self._timer.start(DEBOUNCE_MS)

    def schedule_blocks(self, indices: Iterable[int]) -> None:
        """Re-measure these blocks soon (their text changed or they were just written)."""
        self._dirty.update(indices)
        if not self._timer.isActive():
            self._timer.start(DEBOUNCE_MS)

    def pending(self) -> bool:
        return self._all or bool(self._dirty) or self._timer.isActive()

    def on_resize(self) -> None:
        widths = (self._left.viewport().width(), self._right.viewport().width())
        if widths != self._width:  # height-only resizes do not change wrapping
            self._width = widths
            self.schedule()

    def align(self) -> None:
        """Align everything pending now, in one go."""
        self._timer.stop()
        self._run(None)

    def _step(self) -> None:
        if self._run(SLICE_S):
            self._timer.start(0)  # more to do: next turn

    def _run(self, seconds: float | None) -> bool:
        """Align pending blocks (within ``seconds`` if given); True if some remain."""
        left, right = self._left, self._right
        if left.block_count() != right.block_count():
            return False
        n = min(left.filled_count(), right.filled_count())
        if self._all:
            self._dirty.update(range(n))
            self._all = False
        ready = sorted(i for i in self._dirty if i < n)
        if not ready:
            return False
        shown = left.visible_blocks()
        if ready[0] < shown.start:  # pads above the screen move the text under the reader
            self.aboutToAlign.emit()
        visible = set(shown)
        ready.sort(key=lambda i: i not in visible)  # stable: visible first, then in order
        done: list[int] = []
        if seconds is None:
            done = ready
        else:
            deadline = time.perf_counter() + seconds
            for start in range(0, len(ready), 16):
                chunk = ready[start:start + 16]
                align_blocks(left, right, chunk)
                done.extend(chunk)
                if time.perf_counter() >= deadline:
                    break
            self._dirty.difference_update(done)
            self.stepped.emit()
            more = any(i < n for i in self._dirty)
            if not more:
                self.aligned.emit()
            return more
        align_blocks(left, right, done)
        self._dirty.difference_update(done)
        self.stepped.emit()
        self.aligned.emit()
        return False
