"""The interface in French: our catalogue, Qt's own, and the locale/Preferences choice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from visavis.core.resources import resource_path
from visavis.ui.i18n import install_translator, interface_language, loaded_catalogues
from visavis.ui.preferences_dialog import Preferences, app_settings

SHOW_MENUS = """
import json, sys
from PySide6.QtWidgets import QApplication
from visavis.ui.main_window import MainWindow
app = QApplication(sys.argv)
window = MainWindow(None)
window.show()
app.processEvents()
print(json.dumps({key: menu.title() for key, menu in window.menus.items()}))
"""


def _run_gui(env_changes: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(QT_QPA_PLATFORM="offscreen", **env_changes)
    done = subprocess.run([sys.executable, "-c", SHOW_MENUS], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_main_menus_read_in_french_under_a_french_locale() -> None:
    titles = _run_gui({"LANG": "fr_FR.UTF-8"})
    assert {k: v.replace("&", "") for k, v in titles.items()} == {
        "file": "Fichier", "edit": "Édition", "view": "Affichage", "tools": "Outils",
        "help": "Aide"}


def test_preferences_choice_overrides_the_locale() -> None:
    Preferences(language="en").save(app_settings())
    assert _run_gui({"LANG": "fr_FR.UTF-8"})["file"] == "&File"
    Preferences(language="fr").save(app_settings())
    assert _run_gui({"LANG": "C.UTF-8"})["file"] == "&Fichier"


@pytest.fixture
def english_afterwards(qapp):
    yield qapp
    install_translator(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def test_locale_default_picks_french_and_qt_strings_follow(english_afterwards) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    assert interface_language("system") == "fr"
    assert install_translator(english_afterwards) == "fr"
    assert loaded_catalogues() == ["visavis_fr", "qtbase_fr"]
    assert QCoreApplication.translate("PreferencesDialog", "Line spacing:") == "Interligne :"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # Qt's own catalogue
    assert box.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == "Fermer"
    assert install_translator(english_afterwards, "en") == "en"
    assert QCoreApplication.translate("PreferencesDialog", "Line spacing:") == "Line spacing:"


def test_unsupported_locale_falls_back_to_english(english_afterwards) -> None:
    QLocale.setDefault(QLocale("ja_JP"))
    assert interface_language("system") == "en"
    assert interface_language("klingon") == "en"


def test_catalogue_is_complete_and_compiled() -> None:
    ts = resource_path("i18n", "visavis_fr.ts")
    root = ET.parse(ts).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "visavis_fr.qm")))
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            expected = message.findtext("translation")
            assert translator.translate(name, message.findtext("source")) == expected


def test_choosing_french_in_preferences_switches_the_menus_at_once(qtbot, library,
                                                                     english_afterwards) -> None:
    from visavis.ui.main_window import MainWindow

    QLocale.setDefault(QLocale("en_US"))
    window = MainWindow(library, loader=lambda: None)
    qtbot.addWidget(window)
    window.show()
    titles = lambda: [m.title() for m in window.menus.values()]  # noqa: E731
    assert titles() == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    dialog = window.desktop.show_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert titles() == ["&Fichier", "É&dition", "&Affichage", "&Outils", "Ai&de"]
    texts = {a.text() for m in window.menus.values() for a in m.actions()}
    assert {"&Préférences…", "&Raccourcis clavier", "Fichiers &récents"} <= texts
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert titles() == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    texts = {a.text() for m in window.menus.values() for a in m.actions()}
    assert {"&Preferences…", "&Keyboard Shortcuts", "Open &Recent"} <= texts
