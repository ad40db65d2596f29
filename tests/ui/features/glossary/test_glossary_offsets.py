"""The glossary popup sits on the hovered word even after an emoji or a 𝔘 in the paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor

from visavis.core.store.library import Library
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

TEXT = "📎 Les 😀 jeunes 𝔘 pousses recrutent des chercheurs.\n"


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "library.sqlite3")
    w = MainWindow(library=library, loader=lambda: None, features=["visavis.ui.features.glossary"])
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    yield w
    w.glossary_feature.popup.dismiss()
    w.close()
    library.close()


def test_hit_rect_covers_the_word_after_astral_characters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.glossary_feature
    window.show_session(session_from_text(TEXT, "Test", window.library))
    qtbot.waitUntil(lambda: feature.dictionary is not None and feature.article is not None
                    and feature.document is window.session.document)
    sentence = window.session.document.sentences[0]
    word = "chercheurs"
    hit = feature.article.hit_at(sentence.id, sentence.text.index(word) + 2)
    assert hit is not None and sentence.text[hit.start:hit.end] == word
    pane = window.reading.french
    qt_text = pane.qt_block(sentence.block).text()  # UTF-16 positions: Qt's own index of the word
    start = pane.qt_block(sentence.block).position() + len(qt_text[:qt_text.index(word)].encode("utf-16-le")) // 2
    first, last = QTextCursor(pane.document()), QTextCursor(pane.document())
    first.setPosition(start)
    last.setPosition(start + len(word))
    expected = pane.cursorRect(first).united(pane.cursorRect(last))
    expected = QRect(pane.viewport().mapToGlobal(expected.topLeft()), expected.size())
    assert feature.hit_rect(sentence.id, hit) == expected
