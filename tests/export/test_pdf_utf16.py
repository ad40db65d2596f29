"""PDF layout: styles and highlights stay on their characters after an emoji or a 𝔘."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QImage

from visavis.export.pdf_layout import Layouter
from visavis.export.pdf_text import CellText


def _utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")


@pytest.mark.parametrize("text", ["📎 Le rapport est joint 😀", "L'ensemble 𝔘 et le rapport 𝔘", "Le rapport"])
def test_bold_and_highlight_cover_the_right_characters(qapp, text: str) -> None:  # type: ignore[no-untyped-def]
    start = text.index("rapport")
    cell = CellText(text)
    cell.style(start, start + 7, "strong")
    cell.highlight("h", (255, 255, 0), start, start + 7)
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    laid = Layouter(image, 700.0, 500.0, 1.0)._lay_cell(cell, QFont(), 0.0, 600.0, "")
    final = laid.layout.text()
    bold = [f for f in laid.layout.formats() if f.format.fontWeight() == QFont.Weight.Bold]
    assert [_utf16_slice(final, f.start, f.start + f.length) for f in bold] == ["rapport"]
    (highlight,) = laid.highlights
    assert _utf16_slice(final, highlight.start, highlight.end) == "rapport"
