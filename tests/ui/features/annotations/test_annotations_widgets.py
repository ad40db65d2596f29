"""The annotation widgets on their own: side panel, floating toolbar, note dialog."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from visavis.core.annotations.model import AnchorStatus, Annotation, Side, quote_target
from visavis.ui.features.annotations.highlight_toolbar import HighlightToolbar
from visavis.ui.features.annotations.note_dialog import MAX_NOTE_CHARS, NoteDialog
from visavis.ui.features.annotations.panel import AnnotationsPanel

TEXT = "Le chat dort sur le canapé. Le chien regarde la pluie tomber dehors."


def _ann(word: str, colour: str, note: str = "", status=AnchorStatus.ANCHORED) -> Annotation:
    start = TEXT.index(word)
    return Annotation(article_id=1, side=Side.FRENCH, colour=colour, note=note, status=status,
                      target=quote_target(TEXT, start, start + len(word)), reading_pos=start)


def test_panel_lists_in_order_filters_and_separates_orphans(qtbot) -> None:
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    anns = [_ann("chat", "yellow", "cat"), _ann("chien", "green"),
            _ann("pluie", "yellow", status=AnchorStatus.ORPHAN)]
    panel.set_annotations(anns)
    assert panel.visible_ids() == [a.id for a in anns]
    assert panel.tree.topLevelItemCount() == 2
    assert panel.tree.topLevelItem(1).text(0) == "No longer in the text (1)"
    first = panel.tree.topLevelItem(0).child(0)
    assert first.text(0) == "« chat »\ncat"
    panel.set_colour_filter("yellow")
    assert panel.visible_ids() == [anns[0].id, anns[2].id]
    panel.set_colour_filter("blue")
    assert panel.visible_ids() == []
    panel.set_colour_filter("")
    panel.show()
    qtbot.waitExposed(panel)
    item = panel.tree.topLevelItem(0).child(1)
    rect = panel.tree.visualItemRect(item)
    with qtbot.waitSignal(panel.annotationActivated) as blocker:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [anns[1].id]
    fuzzy = replace(anns[1], status=AnchorStatus.FUZZY)
    panel.set_annotations([fuzzy])
    assert "(text changed)" in panel.tree.topLevelItem(0).child(0).text(0)
    assert panel.tree.topLevelItemCount() == 1


def test_panel_menu_requests_edits(qtbot) -> None:
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    ann = _ann("chat", "yellow")
    menu = panel.build_menu(ann.id)
    actions = {a.text(): a for a in menu.actions()}
    with qtbot.waitSignal(panel.deleteRequested) as deleted:
        actions["Delete highlight"].trigger()
    assert deleted.args == [ann.id]
    with qtbot.waitSignal(panel.colourChangeRequested) as changed:
        colours = actions["Change colour"].menu().actions()
        colours[3].trigger()
    assert changed.args == [ann.id, "pink"]
    with qtbot.waitSignal(panel.editNoteRequested):
        actions["Edit note…"].trigger()


def test_toolbar_buttons_and_placement(qtbot) -> None:
    host = QWidget()
    host.resize(400, 300)
    qtbot.addWidget(host)
    toolbar = HighlightToolbar(host)
    host.show()
    toolbar.show_at(QPoint(390, 5))  # near the top-right corner: kept inside, below
    assert toolbar.isVisible()
    assert toolbar.geometry().right() < host.width() and toolbar.y() > 5
    with qtbot.waitSignal(toolbar.colourChosen) as chosen:
        qtbot.mouseClick(toolbar.buttons["blue"], Qt.MouseButton.LeftButton)
    assert chosen.args == ["blue"]
    with qtbot.waitSignal(toolbar.noteRequested):
        qtbot.mouseClick(toolbar.note_button, Qt.MouseButton.LeftButton)
    toolbar.grab().save(str(qtbot_tmp(host) / "toolbar.png"))


def qtbot_tmp(widget: QWidget):  # a place for the screenshot next to the test's files
    import os
    from pathlib import Path

    return Path(os.environ["VISAVIS_DATA_DIR"])


def test_note_dialog_keeps_long_emoji_rtl_notes_and_limits_size(qtbot) -> None:
    note = "Très long 😀 שלום " * 600
    dialog = NoteDialog("un passage " * 100, note)
    qtbot.addWidget(dialog)
    assert dialog.note() == note.strip()
    assert dialog.quote_label.text().endswith("… »")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    dialog.editor.setPlainText("x" * (MAX_NOTE_CHARS + 1))
    assert not save.isEnabled() and "limited" in dialog.limit_label.text()
