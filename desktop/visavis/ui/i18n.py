"""Interface language: load ``resources/i18n/visavis_<lang>.qm`` and Qt's own translations.

``install_translator(app)`` follows the Preferences choice (system / English / Français);
"system" means the locale (``QLocale()``: LANG/LC_MESSAGES, or ``QLocale.setDefault``).
``retranslate_menus(window)`` translates menu and action texts that were created without
``tr()`` through the ``MainWindow`` context (their source strings are listed below so that
``pyside6-lupdate`` collects them).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from visavis.core.resources import resource_path

log = logging.getLogger(__name__)
SUPPORTED = ("en", "fr")  # English is the source language: no catalogue needed
MENU_CONTEXT = "MainWindow"
_installed: dict[str, Any] = {"language": None, "translators": [], "catalogues": []}

# Menu texts built by code that does not call tr() yet (kept in step with ui/*.py).
MAIN_WINDOW_STRINGS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Tools"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
    QT_TRANSLATE_NOOP("MainWindow", "&New text…"),
    QT_TRANSLATE_NOOP("MainWindow", "Open from &library"),
    QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
    QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"),
    QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"),
    QT_TRANSLATE_NOOP("MainWindow", "&Reset zoom"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit French"),
    QT_TRANSLATE_NOOP("MainWindow", "Translation &models…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Library…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Back up library…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Restore library…"),
    QT_TRANSLATE_NOOP("MainWindow", "Undo &delete"),
    QT_TRANSLATE_NOOP("MainWindow", "&Glossary…"),
    QT_TRANSLATE_NOOP("MainWindow", "Export &PDF…"),
    QT_TRANSLATE_NOOP("MainWindow", "Export &Markdown…"),
    QT_TRANSLATE_NOOP("MainWindow", "Export annotations (&JSON-LD)…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Import annotations (JSON-LD)…"),
    QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
    QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
    QT_TRANSLATE_NOOP("MainWindow", "Annotations"),
    QT_TRANSLATE_NOOP("MainWindow", "No library is open"),
    QT_TRANSLATE_NOOP("MainWindow", "Your library is empty"),
)


def interface_language(choice: str | None = None) -> str:
    """``"fr"`` or ``"en"``: the explicit choice, else the locale's language when supported."""
    if choice in SUPPORTED:
        return choice
    for name in QLocale().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def _stored_choice() -> str:
    from visavis.ui.preferences_dialog import Preferences, app_settings

    return Preferences.load(app_settings()).language


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Install the catalogues for ``language`` (default: the Preferences choice) on ``app``;
    return the language now in use.  Calling it again with the same language does nothing."""
    code = interface_language(language if language is not None else _stored_choice())
    if _installed["language"] == code:
        return code
    for old in _installed["translators"]:
        app.removeTranslator(old)
    translators, loaded = [], []
    if code != "en":
        catalogues = [(f"visavis_{code}", str(resource_path("i18n"))),
                      (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
        for name, folder in catalogues:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                translators.append(translator)
                loaded.append(name)
            else:
                log.warning("interface translation %s not found in %s", name, folder)
    _installed.update(language=code, translators=translators, catalogues=loaded)
    return code


def loaded_catalogues() -> list[str]:
    """Names of the translation catalogues in use (e.g. ``["visavis_fr", "qtbase_fr"]``)."""
    return list(_installed["catalogues"])


def mark_translatable(obj: QMenu | QAction, context: str, source: str) -> None:
    """Record the English ``source`` of a text translated in ``context``, so that
    retranslate_menus() can switch it to another language later."""
    obj.setProperty("visavisContext", context)
    obj.setProperty("visavisSourceText", source)
    obj.setProperty("visavisShownText", QCoreApplication.translate(context, source))


def _retranslate(obj: QMenu | QAction, text: str, set_text: Any) -> None:
    source = obj.property("visavisSourceText")
    if source is None or text != obj.property("visavisShownText"):
        source = text  # first visit, or the owner changed the text since
        obj.setProperty("visavisContext", None)
    context = obj.property("visavisContext") or MENU_CONTEXT
    shown = QCoreApplication.translate(context, source)
    obj.setProperty("visavisSourceText", source)
    obj.setProperty("visavisShownText", shown)
    if shown != text:
        set_text(shown)


def retranslate_menus(menu_bar: QMenuBar) -> None:
    """Translate every menu title and command text under ``menu_bar`` (idempotent)."""

    def visit(menu: QMenu) -> None:
        _retranslate(menu, menu.title(), menu.setTitle)
        if menu.property("visavisDynamicMenu"):
            return
        for action in menu.actions():
            if action.menu() is not None:
                visit(action.menu())
            elif action.text() and not action.isSeparator():
                _retranslate(action, action.text(), action.setText)

    for top in menu_bar.actions():
        if top.menu() is not None:
            visit(top.menu())
