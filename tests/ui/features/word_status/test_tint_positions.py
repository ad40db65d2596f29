"""Word tints sit on their words everywhere: in table cells and asides too (whose text layout
is placed relative to its frame, not to the document)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from visavis.core.document.markdown_parser import parse_markdown
from visavis.ui.features.word_status.tint_painter import span_rects
from visavis.ui.reading.reading_view import ReadingView

SOURCE = ("# Titre\n\nUn paragraphe avant le tableau.\n\n"
          "| Option | Effet |\n| --- | --- |\n| port | Le port du serveur. |\n\n"
          "::: tip Astuce\nCopiez le fichier avant de le modifier.\n:::\n")


def test_tints_of_table_cells_and_asides_cover_their_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    document = parse_markdown(SOURCE, None)
    view.set_document(document)
    pane = view.french
    qtbot.waitUntil(lambda: pane.is_filled(len(document.blocks) - 1))
    checked = 0
    for block in document.blocks:
        if block.kind not in ("table_cell", "paragraph") or not block.text:
            continue
        word = block.text.split()[-1].strip(".")
        start = block.text.index(word)
        (rect, _tag), = list(span_rects(pane, block.index, [(start, start + len(word), None)]))
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane.document_position(block.index, start + 1))
        caret = pane.cursorRect(cursor)
        assert rect.contains(caret.center().toPointF()), (block.kind, block.text, rect, caret)
        checked += 1
    assert checked >= 4
