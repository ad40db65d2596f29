"""The model manager in a French window: column headers and sizes (decimal comma, « Mo »)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from tests.fixtures import tiny_model

from visavis.ui.common.i18n import install_translator
from visavis.ui.features.models.manager_dialog import ModelManagerDialog

tiny_argosmodel = tiny_model.tiny_argosmodel  # fixtures
installed_tiny_model = tiny_model.installed_tiny_model
N = "\u00a0"


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))  # an English system: the interface language decides
    install_translator(qapp, "fr")
    yield qapp
    install_translator(qapp, "en")


@pytest.fixture
def dialog(qtbot: QtBot, french, installed_tiny_model: Path):  # type: ignore[no-untyped-def]
    dialog = ModelManagerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.tasks.shutdown()


def test_headers_and_model_size_are_french(dialog: ModelManagerDialog) -> None:
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["Langues", "Nom", "Version", "Taille", "Dossier"]
    size = dialog.table.item(0, 3).text()
    assert re.fullmatch(rf"\d+(,\d)?{N}(octets|ko|Mo)", size), size


def test_download_progress_is_french(dialog: ModelManagerDialog) -> None:
    dialog._on_progress(1536 * 1024, 98 * 1024 * 1024)
    assert f"1,5{N}Mo" in dialog.progress.format() and f"98{N}Mo" in dialog.progress.format()
    dialog._on_progress(2560, 0)  # size unknown
    assert dialog.progress.format() == f"2,5{N}ko"


def test_download_without_network_is_explained_in_french(qtbot: QtBot, french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = ModelManagerDialog(packages_dir=tmp_path / "packages",
                                index_url=f"http://127.0.0.1:{port}/index.json")
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.download()
        assert dialog.status.text() == "Consultation de l’index des modèles…"
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
        assert dialog.status.text().startswith(
            f"Pas de réseau{N}: impossible de se connecter à 127.0.0.1:{port} (")
        assert dialog.status.text().endswith(
            "Vérifiez votre connexion, ou installez un modèle depuis un fichier.")
    finally:
        dialog.tasks.shutdown()


def test_a_file_that_is_not_a_model_is_explained_in_french(qtbot: QtBot, french, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    bogus = tmp_path / "modele.argosmodel"
    bogus.write_text("ceci n’est pas un modèle", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(bogus), "")))
    dialog = ModelManagerDialog(packages_dir=tmp_path / "packages")
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        dialog.install_from_file()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
        assert dialog.status.text() == (f"«{N}modele.argosmodel{N}» n’est pas un paquet de modèle "
                                        "Argos (ce n’est pas une archive zip).")
    finally:
        dialog.tasks.shutdown()
