"""Tools → Translation models… on a main window, and the translator reloads it triggers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu
from pytestqt.qtbot import QtBot
from tests.fixtures import tiny_model

from visavis.ui.common.task_runner import TaskRunner
from visavis.ui.common.translation_settings import TranslationSettingsWidget
from visavis.ui.features import FEATURES
from visavis.ui.features.models import feature as model_manager

tiny_argosmodel = tiny_model.tiny_argosmodel  # fixture
MODULE = "visavis.ui.features.models"


class Window(QMainWindow):
    """The part of MainWindow's contract this feature uses."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks = TaskRunner(self)
        self.reloads = 0
        self.download_callbacks: list[Callable[[], None]] = []
        self.menus: dict[str, QMenu] = {key: self.menuBar().addMenu(key.title())
                                        for key in ("file", "edit", "view", "tools", "help")}

    def reload_translator(self) -> None:
        self.reloads += 1

    def offer_model_download(self, callback: Callable[[], None]) -> None:
        self.download_callbacks.append(callback)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Window]:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    w = Window()
    qtbot.addWidget(w)
    w.show()
    model_manager.install(w)
    yield w
    w.tasks.shutdown()


def tools_action(window: QMainWindow):  # type: ignore[no-untyped-def]
    [action] = [a for a in window.menus["tools"].actions() if a.text() == "Translation &models…"]
    return action


def test_registered_in_features() -> None:
    assert MODULE in FEATURES


def test_menu_opens_one_dialog(window: Window) -> None:
    tools_action(window).trigger()
    dialog = window.model_manager_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Translation models"
    tools_action(window).trigger()
    assert window.model_manager_dialog is dialog


def test_install_reloads_the_translator(window: Window, tiny_argosmodel: Path, qtbot: QtBot,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(tiny_argosmodel), "")))
    tools_action(window).trigger()
    dialog = window.model_manager_dialog
    with qtbot.waitSignal(dialog.packagesChanged):
        dialog.install_button.click()
    assert window.reloads == 1


def test_settings_applied_anywhere_reload_the_translator(window: Window, qtbot: QtBot) -> None:
    tools_action(window).trigger()
    window.model_manager_dialog.settings_widget.beam.setValue(2)
    window.model_manager_dialog.settings_widget.apply()
    assert window.reloads == 1
    elsewhere = TranslationSettingsWidget()  # e.g. the one embedded in Preferences
    qtbot.addWidget(elsewhere)
    elsewhere.beam.setValue(3)
    elsewhere.apply()
    assert window.reloads == 2
    window.close()  # a closed window has stopped its workers: no reload any more
    elsewhere.beam.setValue(4)
    elsewhere.apply()
    assert window.reloads == 2


def test_banner_download_opens_the_manager_and_starts(window: Window, qtbot: QtBot) -> None:
    [callback] = window.download_callbacks
    callback()
    dialog = window.model_manager_dialog
    assert dialog.isVisible() and dialog.is_busy()
    qtbot.waitUntil(lambda: not dialog.is_busy())  # conftest's index address is unreachable
    assert dialog.status.text().startswith("No network")


def test_installs_on_the_real_main_window(qtbot: QtBot) -> None:
    from visavis.ui.shell.main_window import MainWindow

    window = MainWindow(features=[MODULE])
    qtbot.addWidget(window)
    try:
        assert window.installed_features == [MODULE]
        assert tools_action(window) is not None
        assert not window.banner.download_button.isHidden()
    finally:
        window.tasks.shutdown()
