"""The real window: sample article with the tiny model, banner, features, state, launch, bad input."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from visavis.core.platform.resources import sample_article_path
from visavis.ui.reading.article_session import OpenError, session_from_file
from visavis.ui.shell import launch


def test_sample_article_translates_and_hover_highlights_the_counterpart(qtbot, main_window, helpers) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    with qtbot.waitSignal(window.translation.finished, timeout=None):
        window.open_file(sample_article_path())
    document = window.session.document
    assert window.reading.translated_blocks() == len(document.blocks) > 5
    assert window.translation.translator.model_id.startswith("translate-fr_en")
    sentence = document.blocks[2].sentences[0]
    window.reading.french.verticalScrollBar().setValue(0)
    rect = window.reading.french.sentence_rect(sentence.id)
    with qtbot.waitSignal(window.reading.sentenceHovered, timeout=None):
        QTest.mouseMove(window.reading.french.viewport(), rect.center() + QPoint(3, 0))
    english_range = window.reading.english.sentence_range(sentence.id)
    assert english_range in window.reading.hovered_ranges("en")
    start, end = english_range
    assert window.reading.english.toPlainText()[start:end] == window.session.translations[sentence.id].text
    assert window.windowTitle().startswith(document.title)


def test_no_model_banner_then_install_from_file_translates(qtbot, no_model_window, tiny_argosmodel, monkeypatch, helpers) -> None:  # type: ignore[no-untyped-def]
    window = no_model_window
    helpers.wait_until(qtbot, lambda: window.banner.isVisible())
    assert "No French → English model is installed." in window.banner.label.text()
    assert window.banner.install_button.isVisible()
    assert not window.banner.download_button.isVisible()  # no model manager installed
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(sample_article_path())
    assert window.reading.translated_blocks() == 0  # French shown, English waiting
    assert window.reading.french.toPlainText().strip()
    assert window.reading.english.qt_block(0).text() == "Not translated: no model"  # not "Translating…"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tiny_argosmodel), "")))
    with qtbot.waitSignal(window.translation.finished, timeout=None):
        window.banner.install_button.click()
    assert not window.banner.isVisible()
    assert window.reading.translated_blocks() == len(window.session.document.blocks)


def test_installing_a_broken_model_file_explains_and_keeps_the_banner(qtbot, no_model_window, tmp_path, monkeypatch, helpers) -> None:  # type: ignore[no-untyped-def]
    window = no_model_window
    bogus = tmp_path / "broken.argosmodel"
    bogus.write_bytes(b"this is not a zip archive")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bogus), "")))
    helpers.wait_until(qtbot, lambda: window.banner.isVisible())
    window.banner.install_button.click()
    helpers.wait_until(qtbot, lambda: "could not be installed" in window.banner.label.text())
    assert window.banner.isVisible() and window.banner.install_button.isEnabled()


def test_download_button_appears_when_the_model_manager_offers_it(no_model_window) -> None:  # type: ignore[no-untyped-def]
    calls = []
    no_model_window.offer_model_download(lambda: calls.append(1))
    no_model_window.banner.show_missing()
    assert no_model_window.banner.download_button.isVisible()
    no_model_window.banner.download_button.click()
    assert calls == [1]


def test_a_broken_feature_is_skipped_and_the_others_installed(qtbot, make_window, helpers, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "good_feature.py").write_text(
        "def install(window):\n    window.menus['tools'].addAction('Good feature')\n", encoding="utf-8")
    (tmp_path / "bad_feature.py").write_text(
        "def install(window):\n    raise RuntimeError('boom')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    window = make_window(loader=lambda: helpers.FakeEngine(),
                         features=["bad_feature", "no.such.module", "good_feature"])
    assert window.installed_features == ["good_feature"]
    assert [a.text() for a in window.menus["tools"].actions()] == ["Good feature"]


def test_menus_and_standard_shortcuts(make_window, helpers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine())
    assert set(window.menus) == {"file", "edit", "view", "tools", "help"}
    shortcuts = {a.text(): [s.toString() for s in a.shortcuts()]
                 for m in window.menus.values() for a in m.actions()}
    assert "Ctrl+O" in shortcuts["&Open…"]
    assert "Ctrl+Q" in shortcuts["&Quit"]
    assert "Ctrl++" in shortcuts["Zoom &in"] and "Ctrl+-" in shortcuts["Zoom &out"]
    assert shortcuts["&Reset zoom"] == ["Ctrl+0"]
    assert shortcuts["&Edit French"] == ["Ctrl+E"]
    assert "Ctrl+N" in shortcuts["&New text…"]


def test_geometry_and_zoom_are_remembered_in_the_config_dir(qtbot, make_window, helpers, isolated_dirs) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine(), size=(710, 530))
    window.reading.zoom_in()
    zoom = window.reading.zoom_factor()
    window.close()
    assert (isolated_dirs / "visavis_config_dir" / "window.ini").is_file()
    from visavis.ui.shell.main_window import MainWindow

    again = MainWindow(None, loader=lambda: helpers.FakeEngine(), features=[])
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (710, 530)
    assert again.reading.zoom_factor() == zoom != 1.0


def test_recent_articles_menu_lists_the_library(qtbot, make_window, helpers, article_file, library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine())
    helpers.open_and_translate(qtbot, window, article_file)
    window._fill_recent()
    titles = [a.text() for a in window.recent_menu.actions()]
    assert titles == ["Une journée au village"]
    with qtbot.waitSignal(window.articleOpened, timeout=None) as blocker:
        window.recent_menu.actions()[0].trigger()
    assert blocker.args[0].article_id == library.articles.list()[0].id


def test_bad_files_get_a_clear_message(qtbot, make_window, helpers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le café est très chaud.".encode("cp1252"))
    missing = tmp_path / "nowhere.md"
    messages = {}
    for path in (binary, missing):
        try:
            session_from_file(path, None)
        except OpenError as exc:
            messages[path] = str(exc)
        else:
            raise AssertionError(f"{path.name} was accepted")
        assert path.name in messages[path]
    assert session_from_file(latin, None).document.blocks[0].text == "Le café est très chaud."
    window = make_window(loader=lambda: helpers.FakeEngine())
    window.open_file(binary)
    helpers.wait_until(qtbot, lambda: window.last_error is not None)
    assert window.last_error.text() == messages[binary]
    assert window.statusBar().currentMessage() == messages[binary]
    assert window.session is None  # nothing half-opened


def test_refcount_workaround_keeps_none_and_true_alive() -> None:
    from PySide6.QtWidgets import QLabel

    class Emitter(QObject):
        ping = Signal()

    emitter, label = Emitter(), QLabel()
    for _ in range(20000):  # on PySide6 6.12.0/Py3.11 without the workaround this aborts
        emitter.ping.emit()
        label.setText("x")
    assert sys.getrefcount(True) > 1000 and sys.getrefcount(None) > 1000
    assert launch.protect_against_emit_refcount_bug() is False or sys.version_info < (3, 12)


def test_launch_opens_the_sample_first_then_the_last_article(qtbot, make_window, helpers, library, article_file) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine())
    with qtbot.waitSignal(window.articleOpened, timeout=None) as first:
        launch.first_article(window, [])
    assert first.args[0].origin == str(sample_article_path())
    helpers.open_and_translate(qtbot, window, article_file)
    with qtbot.waitSignal(window.articleOpened, timeout=None) as again:
        launch.first_article(window, [])
    assert again.args[0].title == "Une journée au village"
    assert library.articles.count() == 2


def test_a_broken_library_is_left_untouched(isolated_dirs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    broken = Path(isolated_dirs) / "library.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    monkeypatch.setenv("VISAVIS_LIBRARY", str(broken))
    before = broken.read_bytes()
    library, message = launch.open_library(interactive=False)
    assert library is None and message
    assert broken.read_bytes() == before


def test_reading_position_is_restored_on_reopen(qtbot, make_window, helpers, article_file, library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine(), size=(700, 400))
    helpers.open_and_translate(qtbot, window, article_file)
    bar = window.reading.french.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    article_id = window.session.article_id
    window.close()
    assert 0.4 < library.articles.get(article_id).scroll_fraction < 0.6
    again = make_window(loader=lambda: helpers.FakeEngine(), size=(700, 400))
    with qtbot.waitSignal(again.articleOpened, timeout=None):
        again.open_article(article_id)
    bar = again.reading.french.verticalScrollBar()
    helpers.wait_until(qtbot, lambda: bar.value() > 0)
    assert abs(bar.value() / bar.maximum() - 0.5) < 0.1
    assert abs(again.reading.english.verticalScrollBar().value() - bar.value()) <= 2


def test_french_context_menu_hook_gets_sentence_offset_and_selection(qtbot, make_window, helpers, article_file) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    window = make_window(loader=lambda: helpers.FakeEngine())
    helpers.open_and_translate(qtbot, window, article_file)
    pane = window.reading.french
    sentence = window.session.document.blocks[3].sentences[0]
    rect = pane.sentence_rect(sentence.id)
    seen = []

    def hook(menu, sid, offset, selected):  # type: ignore[no-untyped-def]
        menu.addAction("Look up")
        seen.append((sid, offset, selected, [a.text() for a in menu.actions()]))
        QTimer.singleShot(0, lambda: QApplication.activePopupWidget() and QApplication.activePopupWidget().close())

    window.reading.contextMenuForFrench.connect(hook)
    QTimer.singleShot(50, lambda: [w.close() for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)])
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), pane.viewport().mapToGlobal(rect.center()))
    pane.contextMenuEvent(event)
    sid, offset, selected, actions = seen[0]
    assert sid == sentence.id and 0 <= offset < len(sentence.text)
    assert selected == "" and actions[-1] == "Look up"


def test_banner_download_opens_the_model_manager_feature(qtbot, make_window, helpers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: None, features=["visavis.ui.features.models"])
    helpers.wait_until(qtbot, lambda: window.banner.isVisible())
    assert window.banner.download_button.isVisible()
    import visavis.ui.features.models.feature as model_manager

    opened = []
    monkeypatch.setattr(model_manager, "open_model_manager",
                        lambda win, start_download=False: opened.append((win, start_download)))
    window.banner.download_button.click()
    assert opened == [(window, True)]


def test_launch_gui_opens_file_and_saves_a_screenshot(installed_tiny_model, article_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess

    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    # a process of its own: launch_gui runs (and ends) its application's event loop
    proc = subprocess.run([sys.executable, "-m", "visavis", str(article_file), "--screenshot",
                           str(shot), "--size", "700x500"], env=dict(os.environ),
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (700, 500)
    from visavis.core.store.library import Library

    with Library.open() as library:  # the file was imported into the reader's library
        assert [a.title for a in library.articles.list()] == ["Une journée au village"]


def test_progress_is_the_furthest_point_read(qtbot, make_window, helpers, article_file, library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine(), size=(700, 400))
    helpers.open_and_translate(qtbot, window, article_file)
    bar = window.reading.french.verticalScrollBar()
    article_id = window.session.article_id
    bar.setValue(bar.maximum())  # read to the end...
    qtbot.wait(50)
    bar.setValue(0)              # ...then back to the top
    # progress is saved while reading (after a pause), not only when the article is left
    helpers.wait_until(qtbot, lambda: library.articles.get(article_id).read_fraction == 1.0)
    window.close()
    record = library.articles.get(article_id)
    assert record.read_fraction == 1.0 and record.scroll_fraction == 0.0


def test_a_locked_library_offers_retry_and_read_only_never_a_new_library(isolated_dirs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3
    import subprocess
    import sys

    from visavis.core.store.errors import LibraryLocked
    from visavis.core.store.library import Library

    path = Path(isolated_dirs) / "locked.sqlite3"
    with Library.open(path) as lib:
        lib.articles.add("Titre", "Texte.")
    monkeypatch.setenv("VISAVIS_LIBRARY", str(path))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, time\n"
         f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
         "c.execute('PRAGMA locking_mode = EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
         "c.execute('SELECT 1 FROM articles').fetchall(); print('locked', flush=True)\n"
         "time.sleep(60)\n"], stdout=subprocess.PIPE, text=True)
    asked: list[object] = []
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"

        def ask(error):  # type: ignore[no-untyped-def]
            asked.append(error)
            if len(asked) == 1:
                return "new"  # not offered for a healthy file: treated as giving up
            holder.kill()
            holder.wait()
            return "retry"

        library, message = launch.open_library(interactive=False)
        assert library is None and "locked" in (message or "")
        library, message = launch.open_library(interactive=True, ask=ask)
        assert library is None and "locked" in (message or "")
        assert isinstance(asked[0], LibraryLocked)
        assert not [p for p in path.parent.iterdir() if "broken" in p.name]
        library, message = launch.open_library(interactive=True, ask=ask)
        assert message is None and library is not None
        assert library.articles.count() == 1
        library.close()
    finally:
        holder.kill()
        holder.wait()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_the_gui_thread_gets_the_gil_back_within_a_millisecond() -> None:
    import sys

    import pytest

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        assert launch.prefer_the_gui_thread() == pytest.approx(0.001)
        assert sys.getswitchinterval() == pytest.approx(0.001)
    finally:
        sys.setswitchinterval(before)
