"""An English highlight follows its French sentence through an edit (issue 18 item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from fixtures.engines import RewritingEngine
from visavis.core.annotations.model import AnchorStatus, Side
from visavis.core.annotations.repository import library_annotations
from visavis.core.store.library import Library
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

FEATURE = "visavis.ui.features.annotations"
TEXT = ("# Au port\n\nLes bateaux rentrent au port avant la nuit.\n\n"
        "Le phare s'allume quand le soleil se couche.\n")


def Engine() -> RewritingEngine:  # noqa: N802 - the window's loader
    return RewritingEngine()


@pytest.fixture
def make(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = []

    def _make():  # type: ignore[no-untyped-def]
        library = Library.open(tmp_path / "library.sqlite3")
        window = MainWindow(library=library, loader=Engine, features=[FEATURE])
        window.quiet_errors = True
        qtbot.addWidget(window)
        window.resize(1100, 600)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        opened.append((window, library))
        return window

    yield _make
    for window, library in opened:
        window.close()
        library.close()


def _open(qtbot, window):  # type: ignore[no-untyped-def]
    session = session_from_text(TEXT, "Au port", window.library)
    window.show_session(session)
    blocks = len(session.document.blocks)
    qtbot.waitUntil(lambda: window.reading.translated_blocks() == blocks, timeout=20000)


def _select(window, text: str) -> None:  # type: ignore[no-untyped-def]
    pane = window.reading.english
    start = pane.toPlainText().index(text)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    pane.setFocus()
    pane.setTextCursor(cursor)


def _stored(window, article_id):  # type: ignore[no-untyped-def]
    return library_annotations(window.library).for_article(article_id)


def _highlight_english(qtbot, window, text):  # type: ignore[no-untyped-def]
    feature = window.annotations
    _select(window, text)
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(window.reading.english, Qt.Key.Key_3)
    return _stored(window, window.session.article_id)[0]


def _edit(qtbot, window, old, new):  # type: ignore[no-untyped-def]
    window.edit_mode.action.trigger()
    editor = window.edit_mode.editor
    with qtbot.waitSignal(window.annotations.changed, timeout=10000):
        editor.setPlainText(editor.toPlainText().replace(old, new, 1))
    blocks = len(window.session.document.blocks)
    qtbot.waitUntil(lambda: window.reading.translated_blocks() == blocks, timeout=20000)


def test_english_highlight_follows_a_one_letter_fix_of_its_french(qtbot, make) -> None:  # type: ignore[no-untyped-def]
    window = make()
    _open(qtbot, window)
    ann = _highlight_english(qtbot, window, "le soleil")
    assert ann.side == Side.ENGLISH
    _edit(qtbot, window, "le soleil se couche", "le soleil se couch")
    feature = window.annotations
    new_ids = {s.id for s in window.session.document.sentences}
    assert ann.target.sentence_id not in new_ids  # the sentence got a new id
    qtbot.waitUntil(lambda: bool(feature.annotations)
                    and feature.annotations[0].target.sentence_id in new_ids, timeout=10000)
    moved = feature.annotations[0]
    assert moved.status != AnchorStatus.ORPHAN
    stored = _stored(window, window.session.article_id)
    assert [a.target.sentence_id for a in stored] == [moved.target.sentence_id]
    qtbot.waitUntil(lambda: bool(window.reading.english._layers.get("annotations")), timeout=10000)
    assert feature.panel.visible_ids() == [ann.id]


def test_english_highlight_whose_sentence_is_deleted_is_listed_as_an_orphan(qtbot, make) -> None:  # type: ignore[no-untyped-def]
    window = make()
    _open(qtbot, window)
    ann = _highlight_english(qtbot, window, "le soleil")
    _edit(qtbot, window, "Le phare s'allume quand le soleil se couche.", "Le phare reste éteint.")
    feature = window.annotations
    qtbot.waitUntil(lambda: bool(feature.annotations)
                    and feature.annotations[0].status == AnchorStatus.ORPHAN, timeout=10000)
    assert _stored(window, window.session.article_id)[0].status == AnchorStatus.ORPHAN
    assert feature.annotations[0].id == ann.id  # kept, never deleted
