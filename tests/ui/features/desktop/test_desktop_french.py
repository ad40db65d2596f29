"""About and Preferences in a French window: no English left, French numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from visavis.core.glossary import DICTIONARY_CREDIT
from visavis.ui.common.i18n import install_translator
from visavis.ui.features.desktop.about_dialog import DICTIONARY_CREDIT_TEXT, about_html
from visavis.ui.features.desktop.preferences_dialog import PreferencesDialog

N = "\u00a0"


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("en_US"))  # an English system: the interface language decides
    install_translator(qapp, "fr")
    yield qapp
    install_translator(qapp, "en")


def test_about_credits_and_model_row_are_french(french) -> None:  # type: ignore[no-untyped-def]
    assert DICTIONARY_CREDIT_TEXT == DICTIONARY_CREDIT  # the catalogue's copy of the core text
    text = about_html()
    assert f"Modèle de traduction{N}: " in text
    assert f"Définitions des mots{N}: les entrées françaises" in text
    assert "Word definitions" not in text and "Translation model" not in text


def test_line_spacing_has_a_decimal_comma(qtbot, french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.line_spacing.setValue(1.4)
    assert dialog.line_spacing.text() == "1,4"
