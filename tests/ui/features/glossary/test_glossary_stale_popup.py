"""The hover popup follows the pointer, not the text: when the text moves under a still pointer
(wheel, jump, resize, relayout) no popup appears for a word that is no longer under it, and a
popup never stays once the pointer is over the English pane or a dock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor, QTextCursor

from visavis.core.store.library import Library
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

FEATURE = "visavis.ui.features.glossary"
PARAGRAPH = ("Les jeunes pousses recrutent des chercheurs dans les grandes villes. "
             "Le marché couvert ouvre ses portes le samedi matin.")
TEXT = "\n\n".join([PARAGRAPH] * 40) + "\n\nLa bibliothèque municipale reste ouverte.\n"


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "library.sqlite3")
    w = MainWindow(library=library, loader=lambda: None, features=[FEATURE])
    qtbot.addWidget(w)
    w.resize(1000, 500)
    w.show()
    qtbot.waitExposed(w)
    feature = w.glossary_feature
    w.show_session(session_from_text(TEXT, "Test", library))
    qtbot.waitUntil(lambda: feature.dictionary is not None and feature.article is not None
                    and feature.document is w.session.document, timeout=20_000)
    yield w
    feature.popup.dismiss()
    w.close()
    library.close()


def _point_of(window, occurrence: int, word: str = "recrutent") -> QPoint:  # type: ignore[no-untyped-def]
    pane = window.reading.french
    text = pane.toPlainText()
    position = -1
    for _ in range(occurrence + 1):
        position = text.index(word, position + 1)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position + 1)
    return pane.cursorRect(cursor).center()


def test_no_popup_for_text_that_moved_under_a_still_pointer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.glossary_feature
    viewport = window.reading.french.viewport()
    point = _point_of(window, 1)
    QCursor.setPos(viewport.mapToGlobal(point))
    qtbot.mouseMove(viewport, point)
    qtbot.waitUntil(feature.popup.isVisible)
    shown_for = feature.current
    bar = window.reading.french.verticalScrollBar()
    bar.setValue(bar.value() + 3 * bar.singleStep() + 37)  # the wheel moves the text
    qtbot.waitUntil(lambda: not feature.popup.isVisible(), timeout=2000)
    # Qt replays the still pointer as a mouse move over the new text: no popup for it
    qtbot.mouseMove(viewport, point)
    qtbot.wait(400)
    assert not feature.popup.isVisible()
    # a real move shows the word now under the pointer
    other = _point_of(window, 3, "marché")
    QCursor.setPos(viewport.mapToGlobal(other))
    qtbot.mouseMove(viewport, other)
    qtbot.waitUntil(feature.popup.isVisible)
    assert feature.current != shown_for


def test_no_popup_while_the_pointer_is_over_the_english_pane(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A relayout replays a mouse move to the French pane although the pointer is over the
    English pane: no popup appears, and one already shown goes."""
    feature = window.glossary_feature
    viewport = window.reading.french.viewport()
    english = window.reading.english.viewport()
    point = _point_of(window, 0)
    QCursor.setPos(english.mapToGlobal(english.rect().center()))
    qtbot.wait(50)
    feature.hover(point)  # what the replayed move does
    qtbot.wait(700)
    assert not feature.popup.isVisible()
    QCursor.setPos(viewport.mapToGlobal(point))
    qtbot.mouseMove(viewport, point)
    qtbot.waitUntil(feature.popup.isVisible)
    feature.hide_timer.stop()
    window.reading.english.setFocus()
    # the pointer is now over the English pane, and no Leave reached the French pane
    QCursor.setPos(english.mapToGlobal(english.rect().center()))
    feature.hide_timer.stop()
    qtbot.waitUntil(lambda: not feature.popup.isVisible(), timeout=2000)


def test_a_pinned_popup_stays(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.glossary_feature
    viewport = window.reading.french.viewport()
    point = _point_of(window, 0)
    QCursor.setPos(viewport.mapToGlobal(point))
    qtbot.mouseMove(viewport, point)
    qtbot.waitUntil(feature.popup.isVisible)
    feature.popup.pin()
    bar = window.reading.french.verticalScrollBar()
    bar.setValue(bar.value() + 120)
    english = window.reading.english.viewport()
    QCursor.setPos(english.mapToGlobal(english.rect().center()))
    qtbot.wait(700)
    assert feature.popup.isVisible()
