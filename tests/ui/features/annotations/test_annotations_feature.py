"""The annotations feature on a real MainWindow: highlight, click, undo/redo, reopen, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from fixtures.engines import RewritingEngine
from visavis.core.annotations.model import Side
from visavis.core.annotations.repository import library_annotations
from visavis.core.store.library import Library
from visavis.ui.reading.article_session import load_session, session_from_text
from visavis.ui.shell.main_window import MainWindow

FEATURE = "visavis.ui.features.annotations"
TEXT = ("# Au port\n\nLes bateaux rentrent au port avant la nuit. Les marins déchargent le "
        "poisson frais.\n\nLe phare s'allume quand le soleil se couche.\n")


def Engine() -> RewritingEngine:  # noqa: N802 - the window's loader
    return RewritingEngine()


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def make(qtbot, library_path):  # type: ignore[no-untyped-def]
    opened = []

    def _make(with_library: bool = True):  # type: ignore[no-untyped-def]
        library = Library.open(library_path) if with_library else None
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
        if library is not None:
            library.close()


def _open(qtbot, window, article_id=None):  # type: ignore[no-untyped-def]
    if article_id is None:
        session = session_from_text(TEXT, "Au port", window.library)
    else:
        session = load_session(window.library, article_id)
    window.show_session(session)
    blocks = len(session.document.blocks)
    qtbot.waitUntil(lambda: window.reading.translated_blocks() == blocks, timeout=20000)
    return window.annotations


def _select(window, side: str, text: str, occurrence_text: str | None = None) -> None:
    pane = window.reading.french if side == "fr" else window.reading.english
    start = pane.toPlainText().index(occurrence_text or text)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    pane.setFocus()
    pane.setTextCursor(cursor)


def _stored(window, article_id):  # type: ignore[no-untyped-def]
    return library_annotations(window.library).for_article(article_id)


def test_menus_and_dock_are_installed(make) -> None:
    window = make()
    assert FEATURE in window.installed_features
    texts = [a.text() for a in window.menus["file"].actions()]
    assert {"Export &PDF…", "Export &Markdown…", "Export annotations (&JSON-LD)…"} <= set(texts)
    assert texts.index("Export &PDF…") < texts.index("&Quit")
    assert "&Undo" in [a.text() for a in window.menus["edit"].actions()]
    assert window.annotations.dock.widget() is window.annotations.panel


def test_key_applies_colour_click_selects_and_undo_redo(qtbot, make) -> None:
    window = make()
    feature = _open(qtbot, window)
    article_id = window.session.article_id
    _select(window, "fr", "déchargent le poisson")
    assert feature.toolbars["fr"].isVisible()
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(window.reading.french, Qt.Key.Key_2)
    stored = _stored(window, article_id)
    assert [(a.colour, a.target.exact, a.side) for a in stored] == [
        ("green", "déchargent le poisson", Side.FRENCH)]
    assert feature.panel.visible_ids() == [stored[0].id]
    assert window.reading.french._layers["annotations"]  # painted
    assert window.reading.english._layers["annotations-tint"]  # aligned English tinted
    assert not feature.toolbars["fr"].isVisible()
    window.reading.french.grab().save(str(Path(window.library.path).parent / "fr.png"))

    feature.select(None)
    pane = window.reading.french
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.toPlainText().index("poisson") + 2)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center())
    assert feature.current_id == stored[0].id

    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert _stored(window, article_id) == []
    assert feature.undo_action.text() == "&Undo delete highlight"
    with qtbot.waitSignal(feature.changed):
        feature.undo_action.trigger()
    assert [a.id for a in _stored(window, article_id)] == [stored[0].id]
    with qtbot.waitSignal(feature.changed):
        feature.undo_action.trigger()  # undo the add
    assert _stored(window, article_id) == []
    with qtbot.waitSignal(feature.changed):
        feature.redo_action.trigger()
    assert len(_stored(window, article_id)) == 1


def test_english_note_persists_across_reopening(qtbot, make, monkeypatch) -> None:
    window = make()
    feature = _open(qtbot, window)
    article_id = window.session.article_id
    monkeypatch.setattr("visavis.ui.features.annotations.feature.ask_note", lambda *_a, **_k: "lighthouse")
    _select(window, "en", "le soleil")
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(window.reading.english, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.close()
    window.library.close()

    again = make()
    feature2 = _open(qtbot, again, article_id)
    qtbot.waitUntil(lambda: len(feature2.annotations) == 1)
    ann = feature2.annotations[0]
    assert (ann.side, ann.note, ann.target.exact) == (Side.ENGLISH, "lighthouse", "le soleil")
    qtbot.waitUntil(lambda: bool(again.reading.english._layers.get("annotations")))
    hits = again.library.search_index.search("lighthouse")
    assert [h.article_id for h in hits] == [article_id]


def test_export_pdf_and_jsonld_round_trip_from_the_window(qtbot, make, tmp_path) -> None:
    window = make()
    feature = _open(qtbot, window)
    for text, key in (("bateaux", Qt.Key.Key_1), ("phare", Qt.Key.Key_4)):
        _select(window, "fr", text)
        with qtbot.waitSignal(feature.changed):
            qtbot.keyClick(window.reading.french, key)
    pdf = tmp_path / "port.pdf"
    with qtbot.waitSignal(feature.exportFinished, timeout=30000):
        feature.export_to("pdf", pdf)
    annots = [a.get_object() for p in PdfReader(str(pdf)).pages for a in p.get("/Annots") or []]
    assert len([a for a in annots if a["/Subtype"] == "/Highlight"]) == 2
    js = tmp_path / "port.jsonld"
    with qtbot.waitSignal(feature.exportFinished):
        feature.export_to("jsonld", js)
    with qtbot.waitSignal(feature.changed):
        feature._write(lambda h: [h.delete(a.id) for a in list(feature.annotations)])
    assert feature.annotations == []
    with qtbot.waitSignal(feature.changed):
        feature.import_from(js)
    assert sorted(a.target.exact for a in feature.annotations) == ["bateaux", "phare"]
    with qtbot.waitSignal(feature.exportFailed) as failed:
        feature.export_to("markdown", tmp_path / "missing" / "x.md")
    assert "does not exist" in failed.args[0]


def test_without_library_nothing_is_offered(qtbot, make) -> None:
    window = make(with_library=False)
    feature = window.annotations
    window.show_session(session_from_text(TEXT, "Au port", None))
    _select(window, "fr", "bateaux")
    assert not feature.toolbars["fr"].isVisible()
    qtbot.keyClick(window.reading.french, Qt.Key.Key_1)
    assert feature.annotations == [] and not feature.undo_action.isEnabled()
    assert feature.export_actions["pdf"].isEnabled()  # exporting the text still works


def test_menus_change_colour_edit_note_and_delete_the_selected_highlight(qtbot, make,
                                                                         monkeypatch) -> None:
    from PySide6.QtWidgets import QMenu

    window = make()
    feature = _open(qtbot, window)
    article_id = window.session.article_id
    _select(window, "fr", "phare")
    with qtbot.waitSignal(feature.changed):
        qtbot.keyClick(window.reading.french, Qt.Key.Key_1)
    ann = _stored(window, article_id)[0]
    assert feature.current_id == ann.id
    with qtbot.waitSignal(feature.changed):  # a key with no selection recolours the current one
        qtbot.keyClick(window.reading.french, Qt.Key.Key_5)
    assert _stored(window, article_id)[0].colour == "orange"
    monkeypatch.setattr("visavis.ui.features.annotations.feature.ask_note", lambda *_a, **_k: "beacon")
    with qtbot.waitSignal(feature.changed):
        feature.panel.editNoteRequested.emit(ann.id)
    assert _stored(window, article_id)[0].note == "beacon"
    menu = QMenu()
    sid = window.session.document.sentences[-1].id
    window.reading.contextMenuForFrench.emit(menu, sid, 4, "")
    submenu = next(a.menu() for a in menu.actions() if a.text() == "Selected highlight")
    delete = next(a for a in submenu.actions() if a.text() == "Delete highlight")
    with qtbot.waitSignal(feature.changed):
        delete.trigger()
    assert _stored(window, article_id) == []
    assert feature.panel.visible_ids() == []
