"""Creating, undoing and deleting a highlight or a note never moves the reading panes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from fixtures.engines import RewritingEngine
from visavis.core.store.library import Library
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

FEATURE = "visavis.ui.features.annotations"
PARAGRAPH = ("Le paragraphe numéro {n} parle du port et des bateaux qui rentrent avant la nuit. "
             "Les marins déchargent le poisson frais sur le quai numéro {n}.")
TEXT = "# Au port\n\n" + "\n\n".join(PARAGRAPH.format(n=n) for n in range(60)) + "\n"


def Engine() -> RewritingEngine:  # noqa: N802 - the window's loader
    return RewritingEngine()


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "library.sqlite3")
    win = MainWindow(library=library, loader=Engine, features=[FEATURE])
    win.quiet_errors = True
    qtbot.addWidget(win)
    win.resize(1100, 600)
    win.show()
    qtbot.waitExposed(win)
    win.start()
    session = session_from_text(TEXT, "Au port", library)
    win.show_session(session)
    blocks = len(session.document.blocks)
    qtbot.waitUntil(lambda: win.reading.translated_blocks() == blocks, timeout=20000)
    qtbot.wait(100)  # alignment settled
    yield win
    win.close()
    library.close()


def _scroll_to_middle(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    bar = win.reading.french.verticalScrollBar()
    assert bar.maximum() > 2000  # a long article
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(50)


def _select_visible(win, side: str, text: str) -> None:  # type: ignore[no-untyped-def]
    pane = win.reading.french if side == "fr" else win.reading.english
    first = pane.visible_blocks()[1]
    block = pane.qt_block(first)
    start = block.position() + block.text().index(text)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def _positions(win) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return (win.reading.french.verticalScrollBar().value(),
            win.reading.english.verticalScrollBar().value())


def _assert_kept(before: tuple[int, int], after: tuple[int, int]) -> None:
    assert abs(before[0] - after[0]) <= 1 and abs(before[1] - after[1]) <= 1, (before, after)


@pytest.mark.parametrize("side", ["fr", "en"])
def test_keys_toolbar_note_undo_redo_delete_keep_the_view(qtbot, window, monkeypatch, side) -> None:  # type: ignore[no-untyped-def]
    feature = window.annotations
    pane = window.reading.french if side == "fr" else window.reading.english
    phrase = "marins déchargent"  # the fake English keeps the French words
    _scroll_to_middle(qtbot, window)
    before = _positions(window)

    _select_visible(window, side, phrase)
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(pane, Qt.Key.Key_1)
    qtbot.wait(80)
    _assert_kept(before, _positions(window))
    assert len(feature.annotations) == 1

    _select_visible(window, side, "le poisson")
    with qtbot.waitSignal(feature.changed):
        feature.toolbars[side].colourChosen.emit("blue")  # a dot of the floating toolbar
    qtbot.wait(80)
    _assert_kept(before, _positions(window))

    monkeypatch.setattr("visavis.ui.features.annotations.feature.ask_note", lambda *_a, **_k: "à voir")
    _select_visible(window, side, "quai")
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(pane, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(80)
    _assert_kept(before, _positions(window))
    assert len(feature.annotations) == 3

    for action in (feature.undo_action, feature.redo_action):
        with qtbot.waitSignal(feature.changed):
            action.trigger()
        qtbot.wait(80)
        _assert_kept(before, _positions(window))
    feature.select(feature.annotations[0].id)
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(pane, Qt.Key.Key_Delete)
    qtbot.wait(80)
    _assert_kept(before, _positions(window))
    assert len(feature.annotations) == 2
