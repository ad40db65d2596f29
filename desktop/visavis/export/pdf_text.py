"""Text of one PDF cell: a string with formatted ranges, highlights and inserted note markers.

Offsets given to :class:`CellText` are offsets in the *base* text (the block's French,
or the English column built from sentences); inserted superscript note numbers shift the
final text, and :meth:`CellText.final` maps base offsets to final ones.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Highlight:
    annotation_id: str
    rgb: tuple[int, int, int]
    start: int  # offsets in the final text
    end: int
    note: str
    tint: bool = False  # a faint tint (not a reader highlight): no PDF annotation


@dataclass
class CellText:
    base: str
    styles: list[tuple[int, int, str]] = field(default_factory=list)  # base offsets
    _marks: list[tuple[int, str]] = field(default_factory=list)  # (base offset, marker)
    _spans: list[tuple[str, tuple[int, int, int], int, int, str, bool]] = field(default_factory=list)

    def style(self, start: int, end: int, kind: str) -> None:
        """``kind``: "em" | "strong" | "code" | "link" | "missing" (grey italic) | "small"."""
        if start < end:
            self.styles.append((start, end, kind))

    def highlight(self, annotation_id: str, rgb: tuple[int, int, int], start: int, end: int,
                  note: str = "", tint: bool = False) -> None:
        start, end = max(0, start), min(len(self.base), end)
        if start < end:
            self._spans.append((annotation_id, rgb, start, end, note, tint))

    def mark(self, offset: int, number: int) -> None:
        """Insert the superscript note ``number`` at base ``offset``."""
        self._marks.append((max(0, min(len(self.base), offset)), str(number)))

    # -- final text ------------------------------------------------------------------
    def _sorted_marks(self) -> list[tuple[int, str]]:
        return sorted(self._marks, key=lambda m: (m[0], int(m[1])))

    def text(self) -> str:
        parts, last = [], 0
        for pos, label in self._sorted_marks():
            parts += [self.base[last:pos], label]
            last = pos
        parts.append(self.base[last:])
        return "".join(parts)

    def final(self, offset: int, *, is_end: bool = False) -> int:
        """Final offset of base ``offset`` (a start goes after markers inserted at it)."""
        marks = self._sorted_marks()
        positions = [p for p, _ in marks]
        idx = bisect_left(positions, offset) if is_end else bisect_right(positions, offset)
        return offset + sum(len(label) for _, label in marks[:idx])

    def marker_ranges(self) -> list[tuple[int, int]]:
        """Final ranges of the inserted note numbers (drawn as superscript)."""
        ranges, shift = [], 0
        for pos, label in self._sorted_marks():
            ranges.append((pos + shift, pos + shift + len(label)))
            shift += len(label)
        return ranges

    def final_styles(self) -> list[tuple[int, int, str]]:
        return [(self.final(s), self.final(e, is_end=True), k) for s, e, k in self.styles]

    def highlights(self) -> list[Highlight]:
        return [Highlight(a, rgb, self.final(s), self.final(e, is_end=True), n, t)
                for a, rgb, s, e, n, t in self._spans]
