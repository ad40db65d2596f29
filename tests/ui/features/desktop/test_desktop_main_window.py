"""The desktop feature on the real MainWindow: Open Recent follows what the reader opened."""

from __future__ import annotations

from pathlib import Path

from visavis.core.platform.resources import sample_article_path
from visavis.ui.common.preferences import app_settings
from visavis.ui.features.desktop.recent_files import RecentFiles, RecentFilesMenu
from visavis.ui.shell.main_window import MainWindow


def _window(qtbot, library) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(library, loader=lambda: None,
                        features=["visavis.ui.features.desktop"])
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_opened_file_appears_in_open_recent(qtbot, library, article_file: Path) -> None:
    window = _window(qtbot, library)
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(article_file)
    assert RecentFiles(app_settings()).paths() == [str(article_file)]
    menu = window.findChild(RecentFilesMenu)
    menu.rebuild()
    assert [a.data() for a in menu.actions() if a.data()] == [str(article_file)]
    file_actions = [a.text() for a in window.menus["file"].actions()]
    assert file_actions.index(menu.menuAction().text()) == file_actions.index("&Open…") + 1


def test_a_file_that_fails_to_open_is_not_remembered(qtbot, library, tmp_path: Path,
                                                     monkeypatch, helpers) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)  # no modal box in tests
    broken = tmp_path / "binaire.md"
    broken.write_bytes(b"\x00\x01\x02 pas du texte")
    window = _window(qtbot, library)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.open_file(broken)
    helpers.wait_until(qtbot, lambda: any("binaire.md" in m and "Opening" not in m
                                          for m in messages))
    assert RecentFiles(app_settings()).paths() == []


def test_the_bundled_sample_is_not_a_recent_file(qtbot, library) -> None:
    window = _window(qtbot, library)
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(sample_article_path())
    assert RecentFiles(app_settings()).paths() == []
