"""Note markers inserted into a cell keep highlights and styles on the right characters."""

from __future__ import annotations

from visavis.export.pdf_text import CellText
from visavis.export.typography import NBSP, protect_french_spacing


def test_markers_shift_offsets_after_them() -> None:
    cell = CellText("le chat dort")
    cell.highlight("a", (1, 2, 3), 3, 7)  # "chat"
    cell.highlight("b", (1, 2, 3), 8, 12)  # "dort"
    cell.style(0, 2, "em")
    cell.mark(7, 1)
    cell.mark(12, 12)
    text = cell.text()
    assert text == "le chat1 dort12"
    spans = {h.annotation_id: text[h.start:h.end] for h in cell.highlights()}
    assert spans == {"a": "chat", "b": "dort"}
    assert [text[s:e] for s, e in cell.marker_ranges()] == ["1", "12"]
    assert [text[s:e] for s, e, _ in cell.final_styles()] == ["le"]


def test_highlight_starting_where_a_marker_sits_starts_after_it() -> None:
    cell = CellText("abcdef")
    cell.mark(3, 4)
    cell.highlight("x", (0, 0, 0), 3, 6)
    text = cell.text()
    h = cell.highlights()[0]
    assert text[h.start:h.end] == "def"


def test_french_spacing_is_protected_without_changing_length() -> None:
    text = "Il a dit « oui » ; puis : non ! Vraiment ?"
    protected = protect_french_spacing(text)
    assert len(protected) == len(text)
    assert f"«{NBSP}oui{NBSP}»" in protected
    assert f"{NBSP};" in protected and f"{NBSP}:" in protected
    assert f"{NBSP}!" in protected and f"{NBSP}?" in protected
    assert protected.count(" ") == text.count(" ") - 6
