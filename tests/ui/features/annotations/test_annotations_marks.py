"""Highlights after characters outside the BMP store the right text; notes are marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from fixtures.engines import RewritingEngine
from visavis.core.store.library import Library
from visavis.export.markdown_export import markdown_text
from visavis.ui.features.annotations.feature import NOTE_LAYER
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

TEXT = ("# Pièces 📎\n\n📎 Le **rapport** est joint, lisez-le 😀 vite.\n\n"
        "L'ensemble 𝔘 contient e\u0301cole et 12\u00a0% de tout 𝔘\n")


def Engine() -> RewritingEngine:  # noqa: N802 - the window's loader
    return RewritingEngine(lambda s: "😀 EN " + s)


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "library.sqlite3")
    win = MainWindow(library=library, loader=Engine, features=["visavis.ui.features.annotations"])
    win.quiet_errors = True
    qtbot.addWidget(win)
    win.resize(1000, 600)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    session = session_from_text(TEXT, "Pièces", library)
    win.show_session(session)
    qtbot.waitUntil(lambda: win.reading.translated_blocks() == len(session.document.blocks), timeout=20000)
    yield win
    win.close()
    library.close()


def _select(pane, block: int, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.document_position(block, start))
    cursor.setPosition(pane.document_position(block, end), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


@pytest.mark.parametrize(("block", "word"), [(1, "rapport"), (1, "vite"), (2, "e\u0301cole"), (2, "tout 𝔘")])
def test_a_french_highlight_after_an_emoji_stores_and_exports_the_right_text(qtbot, window, block, word) -> None:  # type: ignore[no-untyped-def]
    feature = window.annotations
    text = window.session.document.blocks[block].text
    start = text.index(word)
    _select(window.reading.french, block, start, start + len(word))
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(window.reading.french, Qt.Key.Key_3)
    (ann,) = feature.annotations
    assert ann.target.exact == word
    assert window.reading.french._layers["annotations"][0].cursor.selectedText() == word
    assert f"> {word}" in markdown_text(feature.export_article())


def test_an_english_highlight_after_an_emoji_stores_the_right_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.annotations
    pane = window.reading.english
    text = pane.block(1).text
    start = text.index("rapport")
    _select(pane, 1, start, start + len("rapport"))
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(pane, Qt.Key.Key_1)
    (ann,) = feature.annotations
    assert ann.target.exact == "rapport"
    assert pane._layers["annotations"][0].cursor.selectedText() == "rapport"


@pytest.mark.parametrize("side", ["fr", "en"])
def test_a_note_is_marked_in_the_text_and_shown_on_hover(qtbot, window, monkeypatch, side) -> None:  # type: ignore[no-untyped-def]
    feature = window.annotations
    pane = window.reading.french if side == "fr" else window.reading.english
    monkeypatch.setattr("visavis.ui.features.annotations.feature.ask_note", lambda *_a, **_k: "Lire avant lundi")
    text = pane.block(1).text
    start = text.index("joint")
    _select(pane, 1, start, start + len("joint"))
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(pane, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    (marked,) = pane._layers[NOTE_LAYER]
    assert marked.cursor.selectedText() == "joint"
    assert marked.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.document_position(1, start + 2))
    assert pane.tooltip_at(pane.cursorRect(cursor).center()) == "Lire avant lundi"
    cursor.setPosition(pane.document_position(1, text.index("rapport") + 2))
    assert pane.tooltip_at(pane.cursorRect(cursor).center()) != "Lire avant lundi"
    # a plain highlight (no note) is not marked
    other = text.index("rapport")
    _select(pane, 1, other, other + 7)
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(pane, Qt.Key.Key_2)
    assert len(pane._layers[NOTE_LAYER]) == 1
