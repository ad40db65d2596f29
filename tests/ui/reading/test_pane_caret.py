"""The reading panes are read-only text: selectable by mouse and keyboard, but no blinking caret."""

from __future__ import annotations

from visavis.ui.reading.reading_view import ReadingView


def test_no_text_caret_in_the_reading_panes(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ReadingView()
    qtbot.addWidget(view)
    for pane in (view.french, view.english):
        assert pane.isReadOnly()
        assert pane.cursorWidth() == 0, pane
        assert pane.textInteractionFlags() & pane.textInteractionFlags().TextSelectableByKeyboard
