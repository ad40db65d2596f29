"""Scrolling one pane scrolls the other (in the spirit of ReText's ``syncscroll.py``).

``map_scroll`` maps a scroll offset of the source pane to the target pane by linear
interpolation between corresponding block tops.  With aligned panes (equal block
heights) the tops coincide and the mapping is the identity.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractScrollArea


def map_scroll(value: float, src_tops: Sequence[float], dst_tops: Sequence[float],
               src_end: float, dst_end: float) -> float:
    """Map scroll offset ``value`` from the source pane to the target pane.

    ``*_tops`` are the tops of corresponding blocks (same length), ``*_end`` the
    document heights.  Between two block tops the position is interpolated linearly.
    """
    if len(src_tops) != len(dst_tops):
        return value * (dst_end / src_end) if src_end else 0.0
    return map_scroll_by(value, len(src_tops), src_tops.__getitem__, dst_tops.__getitem__,
                         src_end, dst_end)


def map_scroll_by(value: float, count: int, src_top: Callable[[int], float],
                  dst_top: Callable[[int], float], src_end: float, dst_end: float) -> float:
    """``map_scroll`` asking only O(log n) block tops (``*_top(i)``), for long documents."""
    if count < 1:
        return value * (dst_end / src_end) if src_end else 0.0

    def src(i: int) -> float:
        return src_top(i) if i < count else src_end

    def dst(i: int) -> float:
        return dst_top(i) if i < count else dst_end

    lo, hi = 0, count  # last i in [0, count] with src(i) <= value (tops never decrease)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if src(mid) <= value:
            lo = mid
        else:
            hi = mid - 1
    i = min(lo, count - 1)
    span = src(i + 1) - src(i)
    frac = (value - src(i)) / span if span > 0 else 0.0
    return dst(i) + frac * (dst(i + 1) - dst(i))


class ScrollSync(QObject):
    """Links the vertical scroll bars of two panes both ways.

    ``geometry(pane)`` gives ``(count, top(i), document height)`` of a pane's blocks."""

    def __init__(self, left: QAbstractScrollArea, right: QAbstractScrollArea,
                 geometry: Callable[[QAbstractScrollArea], tuple[int, Callable[[int], float], float]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = (left, right)
        self._geometry = geometry
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
        src_count, src_top, src_end = self._geometry(src)
        dst_count, dst_top, dst_end = self._geometry(dst)
        count = min(src_count, dst_count)
        if count < 1:
            target = value * (dst_end / src_end) if src_end else 0.0
        else:
            target = map_scroll_by(value, count, src_top, dst_top, src_end, dst_end)
        self._busy = True
        try:
            dst.verticalScrollBar().setValue(round(target))
        finally:
            self._busy = False
