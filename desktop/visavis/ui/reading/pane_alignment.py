"""Keep paragraph i of both panes at the same height.

After layout, the shorter of the two blocks gets extra bottom margin so that both
are equally tall; the block tops then coincide in both panes at any scroll position.
Re-run (debounced) on resize, zoom, font change and whenever a block's text changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from visavis.ui.reading.text_pane import TextPane

DEBOUNCE_MS = 30


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


def natural_heights(pane: TextPane) -> list[float]:
    """Laid-out text height of each block (Qt's block rect excludes the margins we pad)."""
    return [pane.block_rect(i).height() for i in range(pane.block_count())]


def align_now(left: TextPane, right: TextPane) -> None:
    """Pad blocks so that left block i and right block i have the same height."""
    if left.block_count() != right.block_count():
        return
    pads_l, pads_r = equalising_pads(natural_heights(left), natural_heights(right))
    for i, (pl, pr) in enumerate(zip(pads_l, pads_r, strict=True)):
        left.set_pad(i, pl)
        right.set_pad(i, pr)


class PaneAligner(QObject):
    """Debounced alignment of two panes; ``schedule()`` whenever layout may have changed."""

    aligned = Signal()

    def __init__(self, left: TextPane, right: TextPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._left, self._right = left, right
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.align)
        self._width = (0, 0)

    def schedule(self) -> None:
        self._timer.start()

    def on_resize(self) -> None:
        widths = (self._left.viewport().width(), self._right.viewport().width())
        if widths != self._width:  # height-only resizes do not change wrapping
            self._width = widths
            self.schedule()

    def align(self) -> None:
        self._timer.stop()
        align_now(self._left, self._right)
        self.aligned.emit()
