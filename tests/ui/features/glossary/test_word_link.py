"""Word-level hover link between the panes (issue 11 item 3), confident links only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from visavis.core.store.library import Library
from visavis.core.translation.settings import TranslationSettings, save_settings
from visavis.core.translation.types import Translation
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

TEXT = "Le gouvernement a annoncé une nouvelle loi.\n"
ENGLISH = "The government announced a new law."
FEATURE = "visavis.ui.features.glossary"


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "library.sqlite3")
    w = MainWindow(library=library, loader=lambda: None, features=[FEATURE])
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    w.show_session(session_from_text(TEXT, "Test", w.library))
    sid = w.session.document.sentences[0].id
    w.reading.translations[sid] = Translation(ENGLISH)
    w.reading.show_translations([0])
    yield w
    w.glossary_feature.popup.dismiss()
    w.close()
    library.close()


def _point(pane, text: str):  # type: ignore[no-untyped-def]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.toPlainText().index(text) + 1)
    return pane.cursorRect(cursor).center()


def _tinted(window, side: str) -> list[str]:  # type: ignore[no-untyped-def]
    pane = window.reading.french if side == "fr" else window.reading.english
    return [s.cursor.selectedText() for s in pane._layers.get("word-link", [])]


def test_hovering_a_french_word_tints_its_english_word(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseMove(window.reading.french.viewport(), _point(window.reading.french, "loi"))
    qtbot.waitUntil(lambda: _tinted(window, "en") == ["law"])
    assert _tinted(window, "fr") == ["loi"]


def test_hovering_an_english_word_tints_its_french_word(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseMove(window.reading.english.viewport(),
                    _point(window.reading.english, "government"))
    qtbot.waitUntil(lambda: _tinted(window, "fr") == ["gouvernement"])
    assert _tinted(window, "en") == ["government"]


def test_nothing_for_a_word_without_a_confident_link(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseMove(window.reading.french.viewport(), _point(window.reading.french, "loi"))
    qtbot.waitUntil(lambda: _tinted(window, "en") == ["law"])
    qtbot.mouseMove(window.reading.french.viewport(), _point(window.reading.french, "Le "))
    qtbot.waitUntil(lambda: _tinted(window, "en") == [] and _tinted(window, "fr") == [])


def test_off_when_the_setting_is_off(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    save_settings(TranslationSettings(alignment=False))
    window.show_session(session_from_text(TEXT, "Test", window.library))
    sid = window.session.document.sentences[0].id
    window.reading.translations[sid] = Translation(ENGLISH)
    window.reading.show_translations([0])
    qtbot.mouseMove(window.reading.french.viewport(), _point(window.reading.french, "loi"))
    qtbot.wait(50)
    assert _tinted(window, "en") == []
