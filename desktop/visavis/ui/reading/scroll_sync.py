"""Scrolling one pane scrolls the other (in the spirit of ReText's ``syncscroll.py``).

``map_scroll`` maps a scroll offset of the source pane to the target pane by linear
interpolation between corresponding block tops.  With aligned panes (equal block
heights) the tops coincide and the mapping is the identity.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractScrollArea


def map_scroll(value: float, src_tops: Sequence[float], dst_tops: Sequence[float],
               src_end: float, dst_end: float) -> float:
    """Map scroll offset ``value`` from the source pane to the target pane.

    ``*_tops`` are the tops of corresponding blocks (same length), ``*_end`` the
    document heights.  Between two block tops the position is interpolated linearly.
    """
    src = [*src_tops, src_end]
    dst = [*dst_tops, dst_end]
    if len(src) != len(dst) or len(src) < 2:
        return value * (dst_end / src_end) if src_end else 0.0
    i = max(0, min(bisect.bisect_right(src, value) - 1, len(src) - 2))
    span = src[i + 1] - src[i]
    frac = (value - src[i]) / span if span > 0 else 0.0
    return dst[i] + frac * (dst[i + 1] - dst[i])


class ScrollSync(QObject):
    """Links the vertical scroll bars of two panes both ways."""

    def __init__(self, left: QAbstractScrollArea, right: QAbstractScrollArea,
                 tops: Callable[[QAbstractScrollArea], tuple[list[float], float]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = (left, right)
        self._tops = tops
        self._busy = False
        self.enabled = True
        left.verticalScrollBar().valueChanged.connect(lambda v: self._follow(left, right, v))
        right.verticalScrollBar().valueChanged.connect(lambda v: self._follow(right, left, v))

    def resync(self) -> None:
        """Put the right pane where the left one is (after a layout change)."""
        left, right = self._panes
        self._follow(left, right, left.verticalScrollBar().value())

    def _follow(self, src: QAbstractScrollArea, dst: QAbstractScrollArea, value: int) -> None:
        if self._busy or not self.enabled:
            return
        src_tops, src_end = self._tops(src)
        dst_tops, dst_end = self._tops(dst)
        target = map_scroll(value, src_tops, dst_tops, src_end, dst_end)
        self._busy = True
        try:
            dst.verticalScrollBar().setValue(round(target))
        finally:
            self._busy = False
