"""File → Restore library… in a French window: a bad backup is explained in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from visavis.ui.common.i18n import install_translator


@pytest.fixture
def window(make_window, helpers, qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))
    install_translator(qapp, "fr")
    yield make_window(loader=lambda: helpers.FakeEngine(), features=["visavis.ui.features.library"])
    install_translator(qapp, "en")


def test_bad_backup_message_is_french(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "notes.zip"
    bad.write_bytes(b"not a zip")
    with qtbot.waitSignal(window.library_feature.backupFinished, timeout=30_000) as result:
        window.library_feature.ask_restore(str(bad))
    assert result.args[0] == ("notes.zip n’est pas une sauvegarde de bibliothèque Vis-à-vis, "
                              "ou elle est endommagée (BadZipFile).")
    assert shown == [result.args[0]]
    missing = tmp_path / "absent.zip"
    with qtbot.waitSignal(window.library_feature.backupFinished, timeout=30_000) as result:
        window.library_feature.ask_restore(str(missing))
    assert result.args[0] == f"Il n’y a pas de fichier de sauvegarde à l’emplacement {missing}."


def test_an_empty_library_says_0_article(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.library_feature.show()
    view = window.library_feature.view
    qtbot.waitUntil(lambda: view.count_label.text() != "")
    assert view.count_label.text() == "0 article"
