"""The import feature on a real MainWindow: files, the clipboard, drag-and-drop, confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

FEATURE = "visavis.ui.features.importing"
ENGLISH = ("The council said on Monday that the new bridge would be open to the public by the end "
           "of the year. It has been delayed twice, and the mayor was not there to answer "
           "questions from the press, which have been growing for months.\n")


@pytest.fixture
def window(make_window, helpers):  # type: ignore[no-untyped-def]
    return make_window(loader=lambda: helpers.FakeEngine(), features=[FEATURE])


def _messages(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every status-bar message from now on (translation progress overwrites them quickly)."""
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    return seen


def _confirm(qtbot, feature, start):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(feature.confirmationShown, timeout=None) as shown:
        start()
    return shown.args[0]


def _accept(qtbot, window, dialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.articleOpened, timeout=None) as opened:
        dialog.import_button.click()
    return opened.args[0]


def test_menu_commands_and_shortcuts(window) -> None:  # type: ignore[no-untyped-def]
    feature = window.import_feature
    assert FEATURE in window.installed_features
    assert feature.file_action in window.menus["file"].actions()
    assert feature.web_action in window.menus["file"].actions()
    assert feature.paste_action in window.menus["edit"].actions()
    assert feature.file_action.shortcut() == QKeySequence("Ctrl+I")
    assert feature.web_action.shortcut() == QKeySequence("Ctrl+Shift+I")
    assert feature.paste_action.shortcut() == QKeySequence("Ctrl+Shift+V")
    file_actions = window.menus["file"].actions()
    assert file_actions.index(feature.file_action) < file_actions.index(window.quit_action)


def test_web_shortcut_moves_aside_when_another_command_has_it(make_window, helpers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine(),
                         features=["visavis.ui.features.annotations", FEATURE])
    assert window.annotations.import_action.shortcut() == QKeySequence("Ctrl+Shift+I")
    assert window.import_feature.web_action.shortcut() == QKeySequence("Ctrl+Alt+I")


def test_import_file_confirm_saves_and_opens(qtbot, window, article_file: Path,
                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    feature = window.import_feature
    messages = _messages(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(article_file), "")))
    dialog = _confirm(qtbot, feature, feature.file_action.trigger)
    assert dialog.title_field.text() == "Une journée au village"
    assert dialog.language_label.text() == "French"
    assert dialog.language_warning.isHidden()
    assert dialog.origin_label.text() == str(article_file)
    assert "Chronique d'une petite ville" in dialog.preview.toPlainText()
    assert window.library.articles.list() == []  # nothing saved before Import
    dialog.title_field.setText("Mon village")
    session = _accept(qtbot, window, dialog)
    [summary] = window.library.articles.list()
    record = window.library.articles.get(summary.id)
    assert session.article_id == summary.id and record.title == "Mon village"
    assert record.origin == str(article_file)
    assert "les pêcheurs arrivent" in record.source
    assert window.session is session and "pêcheurs" in window.reading.french.toPlainText()
    assert "Imported into your library." in messages


def test_importing_the_same_text_twice_reuses_the_article(qtbot, window, article_file) -> None:  # type: ignore[no-untyped-def]
    feature = window.import_feature
    messages = _messages(window)
    first = _accept(qtbot, window, _confirm(qtbot, feature, lambda: feature.import_file(article_file)))
    again = _accept(qtbot, window, _confirm(qtbot, feature, lambda: feature.import_file(article_file)))
    assert again.article_id == first.article_id and len(window.library.articles.list()) == 1
    assert "This article was already in your library; opened it." in messages


def test_english_file_shows_the_language_warning(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bridge.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    feature = window.import_feature
    dialog = _confirm(qtbot, feature, lambda: feature.import_file(path))
    assert dialog.language_label.text() == "English"
    assert not dialog.language_warning.isHidden()
    assert dialog.language_warning.text() == ("This text looks English; Vis-à-vis translates "
                                              "French → English. Import anyway?")
    assert dialog.import_button.text() == "Import anyway"
    assert not any(note.startswith("This text looks") for note in dialog.notes)
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()
    assert window.library.articles.list() == []
    assert window.statusBar().currentMessage() == "Import cancelled."


def test_broken_file_shows_the_importers_message_and_saves_nothing(qtbot, window,
                                                                  tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    feature = window.import_feature
    shown = []
    feature.confirmationShown.connect(shown.append)
    with qtbot.waitSignal(feature.importFailed, timeout=None) as failed:
        feature.import_file(path)
    message = failed.args[0]
    assert "“photo.txt” is not a text file" in message
    assert window.last_error is not None and window.last_error.text() == message
    assert shown == [] and window.library.articles.list() == []
    assert window.session is None


def test_missing_file_is_explained(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feature = window.import_feature
    with qtbot.waitSignal(feature.importFailed, timeout=None) as failed:
        feature.import_file(tmp_path / "gone.md")
    assert failed.args[0] == "“gone.md” does not exist or is not a file."


@pytest.fixture(autouse=True)
def _clear_clipboard_after_test(qapp):  # type: ignore[no-untyped-def]
    """The clipboard owns the QMimeData a test puts there; left until Qt's exit handlers,
    its Python wrapper is destroyed after the interpreter is gone (segfault at exit)."""
    yield
    QApplication.clipboard().clear()


def test_paste_html_from_the_clipboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setHtml("<h1>La rentrée des classes</h1><p>Les élèves reprennent le chemin de l'école "
                 "ce lundi, et les parents <b>attendent</b> devant la grille avec les "
                 "cartables.</p><script>alert(1)</script>")
    mime.setText("La rentrée des classes")
    QApplication.clipboard().setMimeData(mime)
    feature = window.import_feature
    dialog = _confirm(qtbot, feature, feature.paste_action.trigger)
    assert dialog.title_field.text() == "La rentrée des classes"
    assert dialog.origin_label.text() == "Pasted from the clipboard"
    assert "attendent devant la grille" in dialog.preview.toPlainText()
    session = _accept(qtbot, window, dialog)
    record = window.library.articles.get(session.article_id)
    assert record.origin == "clipboard" and "parents **attendent** devant" in record.source
    assert "alert" not in record.source


def test_paste_with_an_empty_clipboard_is_explained(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setMimeData(QMimeData())
    feature = window.import_feature
    with qtbot.waitSignal(feature.importFailed, timeout=None) as failed:
        feature.paste_action.trigger()
    assert failed.args[0] == "The clipboard holds no text to import."
    assert window.library.articles.list() == []


def _file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _drag_enter(target, mime: QMimeData) -> bool:  # type: ignore[no-untyped-def]
    event = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def test_drop_a_file_on_the_window_and_on_a_pane(qtbot, window, article_file: Path) -> None:  # type: ignore[no-untyped-def]
    feature = window.import_feature
    mime = _file_mime(article_file)
    assert _drag_enter(window, mime)
    assert _drag_enter(window.reading.english.viewport(), mime)

    def drop(target) -> None:  # type: ignore[no-untyped-def]
        # Qt delivers a drop to the widget that accepted the drag's enter event
        assert _drag_enter(target, mime)
        event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, event)
        assert event.isAccepted()

    dialog = _confirm(qtbot, feature, lambda: drop(window.reading.french.viewport()))
    assert dialog.origin_label.text() == str(article_file)
    session = _accept(qtbot, window, dialog)
    assert window.library.articles.get(session.article_id).origin == str(article_file)
    dialog = _confirm(qtbot, feature, lambda: drop(window))
    assert dialog.title_field.text() == "Une journée au village"


def test_unsupported_drops_are_refused(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    assert not _drag_enter(window, _file_mime(picture))
    ftp = QMimeData()
    ftp.setUrls([QUrl("ftp://example.org/article.html")])
    assert not _drag_enter(window, ftp)
    words = QMimeData()
    words.setText("quelques mots\nsur deux lignes")
    assert not _drag_enter(window.reading.french.viewport(), words)


def test_without_a_library_the_article_opens_unsaved(qtbot, make_window, helpers,
                                                     article_file: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine(), library=None, features=[FEATURE])
    feature = window.import_feature
    messages = _messages(window)
    dialog = _confirm(qtbot, feature, lambda: feature.import_file(article_file))
    session = _accept(qtbot, window, dialog)
    assert session.article_id is None and session.origin == str(article_file)
    assert session.title == "Une journée au village"
    assert "Opened without saving: no library is open." in messages


def test_too_large_file_is_refused_with_the_limit(qtbot, window, tmp_path: Path,
                                                  monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import visavis.core.importers as importers

    monkeypatch.setattr(importers, "MAX_TEXT_BYTES", 2 * 1024 * 1024)
    path = tmp_path / "roman.txt"
    path.write_bytes(b"Une phrase assez longue pour remplir le fichier. " * 70_000)
    feature = window.import_feature
    with qtbot.waitSignal(feature.importFailed, timeout=None) as failed:
        feature.import_file(path)
    assert failed.args[0] == ("“roman.txt” is too large to import (3.3\u00a0MB; "
                              "the limit is 2\u00a0MB).")
    assert window.library.articles.list() == []


def test_a_library_that_cannot_be_written_keeps_what_it_had(qtbot, window, article_file: Path,
                                                            helpers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from visavis.core.store.errors import LibraryError

    library = window.library
    kept = library.articles.add("Déjà là", helpers.article_source(1))
    feature = window.import_feature
    dialog = _confirm(qtbot, feature, lambda: feature.import_file(article_file))

    def refuse(*_args, **_kwargs) -> int:  # type: ignore[no-untyped-def]
        raise LibraryError("The library is read-only: the article was not saved.")

    monkeypatch.setattr(library.articles, "add", refuse)
    with qtbot.waitSignal(feature.importFailed, timeout=None) as failed:
        dialog.import_button.click()
    assert failed.args[0] == "The library is read-only: the article was not saved."
    assert window.last_error.text() == failed.args[0]
    assert [a.id for a in library.articles.list()] == [kept] and window.session is None


def test_cancel_a_running_file_import(qtbot, window, article_file: Path, helpers,
                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    import visavis.ui.features.importing.feature as importing

    stopped = threading.Event()

    def slow_import(path, progress, cancel):  # type: ignore[no-untyped-def]
        progress(1, 3)
        while not cancel():  # a long EPUB, until the reader cancels
            threading.Event().wait(0.01)
        stopped.set()
        raise importing.ImportCancelled()

    monkeypatch.setattr(importing, "import_path", slow_import)
    feature = window.import_feature
    messages = _messages(window)
    shown = []
    feature.confirmationShown.connect(shown.append)
    feature.import_file(article_file)
    assert not feature.cancel_button.isHidden()
    helpers.wait_until(qtbot, lambda: "Importing village.fr.md… 33 %" in messages)
    feature.cancel_button.click()
    helpers.wait_until(qtbot, stopped.is_set)
    assert feature.cancel_button.isHidden() and messages[-1] == "Import cancelled."
    assert shown == [] and window.library.articles.list() == []
