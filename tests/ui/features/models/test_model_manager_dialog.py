"""The model manager dialog: listing, install from file, download progress, cancel, removal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from tests.core.translation import test_download as download_tests
from tests.fixtures import tiny_model

from visavis.core.translation.discovery import find_package
from visavis.ui.features.models.manager_dialog import ModelManagerDialog

tiny_argosmodel = tiny_model.tiny_argosmodel  # fixtures
installed_tiny_model = tiny_model.installed_tiny_model
server = download_tests.server


def table_rows(dialog: ModelManagerDialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())]


@pytest.fixture
def make_dialog(qtbot: QtBot):  # type: ignore[no-untyped-def]
    dialogs: list[ModelManagerDialog] = []

    def make(**kwargs: object) -> ModelManagerDialog:
        dialog = ModelManagerDialog(**kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.tasks.shutdown()


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_lists_the_installed_package(installed_tiny_model: Path, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog()  # default packages dir: ARGOS_PACKAGES_DIR of the fixture
    package = find_package("fr", "en")
    assert package is not None
    [row] = table_rows(dialog)
    assert row[0] == "fr → en"
    assert row[1] == package.name and row[2] == "1.0"
    assert row[3].endswith(("kB", "MB")) and row[4] == str(installed_tiny_model)
    assert dialog.table.isVisibleTo(dialog) and not dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.uninstall_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.uninstall_button.isEnabled()


def test_install_from_file(tiny_argosmodel: Path, tmp_path: Path, make_dialog, qtbot: QtBot,  # type: ignore[no-untyped-def]
                           monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_dialog(packages_dir=tmp_path / "packages")
    assert table_rows(dialog) == [] and dialog.empty_label.isVisibleTo(dialog)
    choose_file(monkeypatch, tiny_argosmodel)
    with qtbot.waitSignal(dialog.packagesChanged):
        dialog.install_button.click()
        assert not dialog.install_button.isEnabled()  # busy while the worker installs
    assert [row[4] for row in table_rows(dialog)] == [str(tmp_path / "packages" /
                                                          "translate-fr_en-tiny")]
    assert dialog.status.text().startswith("Installed “Tiny fr-en test model")
    assert dialog.install_button.isEnabled() and not dialog.progress.isVisibleTo(dialog)


def test_install_broken_file_shows_the_reason(tmp_path: Path, make_dialog, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "article.argosmodel"
    broken.write_bytes(b"%PDF-1.7 not a model")
    dialog = make_dialog(packages_dir=tmp_path / "packages")
    choose_file(monkeypatch, broken)
    dialog.install_button.click()
    qtbot.waitUntil(lambda: dialog.install_button.isEnabled())
    assert dialog.status.text() == ("“article.argosmodel” is not an Argos model package "
                                    "(not a zip archive).")
    assert table_rows(dialog) == []


def test_download_moves_the_progress_bar(server: download_tests.FakeServer, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         make_dialog, qtbot: QtBot) -> None:
    dialog = make_dialog(packages_dir=tmp_path / "packages", index_url=f"{server.url}/index.json")
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.packagesChanged):
        dialog.download_button.click()
    size_kb = len(server.package) // 1024
    download_values = values[: values.index(size_kb) + 1]
    assert len(set(download_values)) > 5
    assert download_values == sorted(download_values)
    assert [row[0] for row in table_rows(dialog)] == ["fr → en"]


def test_cancel_download(server: download_tests.FakeServer, tmp_path: Path, make_dialog,  # type: ignore[no-untyped-def]
                         qtbot: QtBot) -> None:
    server.pause_after = 200_000
    dialog = make_dialog(packages_dir=tmp_path / "packages", index_url=f"{server.url}/index.json")
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0)
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    assert dialog.status.text() == "Cancelling…"
    server.resume.set()
    qtbot.waitUntil(lambda: dialog.download_button.isEnabled())
    assert dialog.status.text().startswith("Download cancelled")
    assert table_rows(dialog) == [] and find_package("fr", "en", tmp_path / "packages") is None


def test_download_without_network(tmp_path: Path, make_dialog, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(packages_dir=tmp_path / "packages")  # conftest: index at 127.0.0.1:9
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.download_button.isEnabled())
    assert dialog.status.text().startswith("No network: could not connect to 127.0.0.1:9")


@pytest.mark.parametrize("answer, removed", [(QMessageBox.StandardButton.Yes, True),
                                             (QMessageBox.StandardButton.No, False)])
def test_uninstall_asks_first(installed_tiny_model: Path, make_dialog, qtbot: QtBot,  # type: ignore[no-untyped-def]
                              monkeypatch: pytest.MonkeyPatch, answer, removed: bool) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args, **kwargs: answer))
    dialog = make_dialog()
    dialog.table.selectRow(0)
    if removed:
        with qtbot.waitSignal(dialog.packagesChanged):
            dialog.uninstall_button.click()
        assert table_rows(dialog) == [] and not installed_tiny_model.exists()
        assert dialog.status.text().startswith("Removed “Tiny fr-en")
    else:
        dialog.uninstall_button.click()
        assert len(table_rows(dialog)) == 1 and installed_tiny_model.exists()
