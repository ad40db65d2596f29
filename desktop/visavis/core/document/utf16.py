"""Python string indices (code points) <-> Qt text positions (UTF-16 code units).

A character outside the Basic Multilingual Plane (📎, 𝔘, most emoji) is one Python
character but two UTF-16 code units in Qt (``QTextCursor``, ``QTextBlock.position()``,
``QTextLayout.FormatRange``).  Every offset that crosses between the document model (code
points) and Qt goes through :class:`Utf16Offsets`; nothing else converts.

Pure Python: the reading panes and the PDF export both use it.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["Utf16Offsets", "from_utf16", "to_utf16", "utf16_len"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Offset conversion for one text; O(log n) per call, free for BMP-only text."""

    __slots__ = ("_astral", "_starts", "length", "units")

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]  # code-point indices
        self._starts = [i + k for k, i in enumerate(self._astral)]  # their UTF-16 positions
        self.length = len(text)
        self.units = len(text) + len(self._astral)

    @property
    def bmp_only(self) -> bool:
        return not self._astral

    def to_utf16(self, index: int) -> int:
        """UTF-16 position of code-point ``index`` (clamped to the text)."""
        index = max(0, min(index, self.length))
        return index + bisect.bisect_left(self._astral, index) if self._astral else index

    def from_utf16(self, units: int) -> int:
        """Code-point index at UTF-16 position ``units``; inside a surrogate pair, the
        character holding it."""
        units = max(0, min(units, self.units))
        return units - bisect.bisect_left(self._starts, units) if self._starts else units


def utf16_len(text: str) -> int:
    return Utf16Offsets(text).units


def to_utf16(text: str, index: int) -> int:
    return Utf16Offsets(text).to_utf16(index)


def from_utf16(text: str, units: int) -> int:
    return Utf16Offsets(text).from_utf16(units)
