"""The glossary feature on a real MainWindow: hover popup, underlines, Add to glossary, view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from visavis.core.glossary.reader_glossary import ReaderGlossary
from visavis.core.store.library import Library
from visavis.ui.features.glossary.add_dialog import AddGlossaryDialog
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

TEXT = "Les jeunes pousses recrutent des chercheurs.\n\nUne offre de cheval blanc.\n"
FEATURE = "visavis.ui.features.glossary"


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def window(qtbot, library_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(library_path)
    w = MainWindow(library=library, loader=lambda: None, features=[FEATURE])
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    yield w
    w.glossary_feature.popup.dismiss()
    w.close()
    library.close()


def _open(qtbot, window) -> object:  # type: ignore[no-untyped-def]
    feature = window.glossary_feature
    window.show_session(session_from_text(TEXT, "Test", window.library))
    qtbot.waitUntil(lambda: feature.dictionary is not None and feature.article is not None
                    and feature.document is window.session.document)
    return feature


def _word_point(window, word: str) -> QPoint:  # type: ignore[no-untyped-def]
    pane = window.reading.french
    position = pane.toPlainText().index(word) + 1
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position)
    return pane.cursorRect(cursor).center()


def test_feature_is_installed_and_adds_tools_glossary(window) -> None:  # type: ignore[no-untyped-def]
    assert FEATURE in window.installed_features
    assert "&Glossary…" in [a.text() for a in window.menus["tools"].actions()]


def test_hovering_a_word_shows_its_lemma_without_blocking(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _open(qtbot, window)
    qtbot.mouseMove(window.reading.french.viewport(), _word_point(window, "recrutent"))
    qtbot.waitUntil(lambda: feature.popup.isVisible())
    text = feature.popup.plain_text()
    assert "recrutent → recruter" in text and "recruit" in text
    word = feature.hit_rect(*feature.current)
    assert not feature.popup.geometry().intersects(word)


def test_hovering_a_multiword_term_shows_the_term(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _open(qtbot, window)
    sid = window.session.document.sentences[0].id
    hit = feature.article.hit_at(sid, 5)
    feature.show_hit(sid, hit)
    assert feature.popup.isVisible()
    assert feature.popup.plain_text().startswith("jeunes")


def test_add_to_glossary_persists_underlines_and_shows_the_note(
        qtbot, window, library_path: Path) -> None:  # type: ignore[no-untyped-def]
    feature = _open(qtbot, window)
    document = window.session.document
    sid = document.sentences[1].id
    menu = QMenu()
    window.reading.contextMenuForFrench.emit(menu, sid, 5, "")  # on « offre »
    assert [a.text() for a in menu.actions() if "glossary" in a.text()] == ["Add to &glossary…"]

    dialog = AddGlossaryDialog("offre", "", "", document.sentences[1].text)
    dialog.english_edit.setText("job offer")
    dialog.note_edit.setPlainText("not a gift")
    QTimer.singleShot(0, dialog.accept)
    feature.add_term("offre", sid, feature.article.hit_at(sid, 5), dialog=dialog)
    qtbot.waitUntil(lambda: any(e.term == "offre" for e in feature.reader_entries))
    qtbot.waitUntil(lambda: feature.article.hit_at(sid, 5).source == "reader")

    underlines = window.reading.french._layers.get("glossary", [])
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in underlines] == [
        (window.reading.french.toPlainText().index("offre"),
         window.reading.french.toPlainText().index("offre") + len("offre"))]

    feature.show_hit(sid, feature.article.hit_at(sid, 5))
    assert "not a gift" in feature.popup.plain_text()
    assert "job offer" in feature.popup.plain_text()

    window.library.close()
    with Library.open(library_path) as reopened:
        entries = ReaderGlossary(reopened).list()
    assert [(e.term, e.english, e.note, e.context) for e in entries] == [
        ("offre", "job offer", "not a gift", "Une offre de cheval blanc.")]
    assert entries[0].article_id == window.session.article_id
    window.library = Library.open(library_path)  # the fixture closes it


def test_glossary_view_lists_searches_and_deletes(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo = ReaderGlossary(window.library)
    repo.add("cheval", "horse", "animal")
    repo.add("jeune pousse", "start-up", "Quebec")
    view = window.glossary_feature.open_view()
    qtbot.addWidget(view)
    assert view.table.rowCount() == 2
    view.search.setText("quebec")
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "jeune pousse"
    view.table.selectRow(0)
    with qtbot.waitSignal(view.changed):
        view.delete_selected(confirm=False)
    view.search.setText("")
    assert [view.table.item(r, 0).text() for r in range(view.table.rowCount())] == ["cheval"]
    target = tmp_path / "out.csv"
    view.export("csv", target)
    qtbot.waitUntil(lambda: "Exported 1 terms" in view.status.text())
    assert "cheval" in target.read_text(encoding="utf-8-sig")


def test_without_a_library_the_feature_still_shows_the_dictionary(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(library=None, loader=lambda: None, features=[FEATURE])
    qtbot.addWidget(w)
    feature = w.glossary_feature
    w.show_session(session_from_text(TEXT, "Test", None))
    qtbot.waitUntil(lambda: feature.dictionary is not None and feature.article is not None)
    sid = w.session.document.sentences[1].id
    feature.show_hit(sid, feature.article.hit_at(sid, 14))
    assert "cheval" in feature.popup.plain_text()
    menu = QMenu()
    w.reading.contextMenuForFrench.emit(menu, sid, 5, "")
    assert not [a for a in menu.actions() if "glossary" in a.text()][0].isEnabled()
    feature.popup.dismiss()
    w.close()


def test_p_pins_the_popup_and_escape_closes_it_from_the_french_pane(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _open(qtbot, window)
    pane = window.reading.french
    sid = window.session.document.sentences[1].id
    feature.show_hit(sid, feature.article.hit_at(sid, 14))  # « cheval »
    qtbot.keyClick(pane, "p")
    assert feature.popup.pinned and feature.popup.isVisible()
    feature.show_hit(sid, feature.article.hit_at(sid, 5))  # pinned: the content stays
    assert "horse" in feature.popup.plain_text()
    qtbot.keyClick(pane, "p")  # already pinned: nothing else happens
    assert feature.popup.pinned
    qtbot.keyClick(pane, Qt.Key.Key_Escape)
    assert not feature.popup.isVisible() and not feature.popup.pinned



def test_adding_a_noted_term_again_starts_from_the_readers_english_and_note(
        qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import visavis.ui.features.glossary.feature as module

    ReaderGlossary(window.library).add("cheval", "steed", "my note")
    feature = _open(qtbot, window)
    sid = window.session.document.sentences[1].id
    feature.reload_entries()  # added behind the feature's back
    qtbot.waitUntil(lambda: feature.article.hit_at(sid, 14).source == "reader")
    shown: list[AddGlossaryDialog] = []

    class Cancelled(AddGlossaryDialog):
        def exec(self) -> int:
            shown.append(self)
            return 0

    monkeypatch.setattr(module, "AddGlossaryDialog", Cancelled)
    feature.add_term("cheval", sid, feature.article.hit_at(sid, 14))
    assert [(d.term_edit.text(), d.english_edit.text(), d.note_edit.toPlainText())
            for d in shown] == [("cheval", "steed", "my note")]
    assert ReaderGlossary(window.library).list()[0].note == "my note"  # nothing overwritten
