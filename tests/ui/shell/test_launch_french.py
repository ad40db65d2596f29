"""Start-up in a French window: a library that cannot be opened is explained in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from visavis.ui.common.i18n import install_translator
from visavis.ui.shell import launch


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))  # an English system: the interface language decides
    install_translator(qapp, "fr")
    yield qapp
    install_translator(qapp, "en")


def test_a_damaged_library_is_explained_in_french(french, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("VISAVIS_LIBRARY", str(path))
    library, message = launch.open_library(interactive=False)
    assert library is None
    assert message is not None and message.startswith(
        f"Le fichier de bibliothèque {path} est endommagé ou n’est pas une bibliothèque Vis-à-vis (")
    assert path.read_bytes() == b"this is not a database" * 100  # left untouched
