"""In the window: opening and closing a dock, or resizing, keeps the first visible sentence."""

from __future__ import annotations

from PySide6.QtCore import QPoint


def first_visible_sentence(pane) -> str:  # type: ignore[no-untyped-def]
    for y in range(0, 60, 2):
        for x in range(20, 200, 10):
            found = pane.sentence_at(QPoint(x, y))
            if found is not None:
                return found[0]
    return ""


def test_docks_and_window_resizes_keep_the_reading_position(qtbot, make_window, tmp_path, helpers) -> None:  # type: ignore[no-untyped-def]
    engine = helpers.FakeEngine()
    window = make_window(loader=lambda: engine, features=["visavis.ui.features.annotations"],
                         size=(1200, 700))
    path = tmp_path / "long.fr.md"
    path.write_text(helpers.article_source(6), encoding="utf-8")
    helpers.open_and_translate(qtbot, window, path)
    dock = window.annotations.dock
    dock.hide()
    qtbot.wait(150)
    bar = window.reading.french.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(100)
    before = first_visible_sentence(window.reading.french)
    assert before
    for change in (dock.show, dock.hide, lambda: window.resize(900, 700), lambda: window.resize(1300, 650)):
        change()
        qtbot.wait(250)
        assert first_visible_sentence(window.reading.french) == before
