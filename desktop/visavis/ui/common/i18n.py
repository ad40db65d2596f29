"""Interface language: load ``resources/i18n/visavis_<lang>.qm`` and Qt's own translations.

``install_translator(app)`` follows the Preferences choice (system / English / Français);
"system" means the locale (``QLocale()``: LANG/LC_MESSAGES, or ``QLocale.setDefault``).
UI code translates its texts when it builds them (``translate(context, text)``), so a new
language shows at once only in what is built afterwards.  ``retranslate_menus(menu_bar)`` and
``retranslate_titles(widgets)`` switch texts that already exist: each text is traced back to its
English source and context through the catalogue (``resources/i18n/visavis_<lang>.ts``).
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from visavis.core.platform.resources import resource_path

log = logging.getLogger(__name__)
SUPPORTED = ("en", "fr")  # English is the source language: no catalogue needed
_installed: dict[str, Any] = {"language": None, "translators": [], "catalogues": []}

def interface_language(choice: str | None = None) -> str:
    """``"fr"`` or ``"en"``: the explicit choice, else the locale's language when supported."""
    if choice in SUPPORTED:
        return choice
    for name in QLocale().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Install the catalogues for ``language`` (``None``: the system locale's) on ``app``;
    return the language now in use.  Calling it again with the same language does nothing.
    Callers pass the Preferences choice (``visavis.ui.common.preferences``)."""
    code = interface_language(language)
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


def installed_language() -> str | None:
    """The interface language ``install_translator`` put in use (``None`` before it ran)."""
    return _installed["language"]


def loaded_catalogues() -> list[str]:
    """Names of the translation catalogues in use (e.g. ``["visavis_fr", "qtbase_fr"]``)."""
    return list(_installed["catalogues"])


def mark_translatable(obj: QMenu | QAction, context: str, source: str) -> None:
    """Record the English ``source`` of a text translated in ``context``, so that
    retranslate_menus() can switch it to another language later."""
    obj.setProperty("visavisContext", context)
    obj.setProperty("visavisSourceText", source)
    obj.setProperty("visavisShownText", QCoreApplication.translate(context, source))


@functools.cache
def _catalogue_index() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """``{English source: context}`` and ``{translation: (context, source)}`` over our
    catalogues (plural entries left out)."""
    contexts: dict[str, str] = {}
    sources: dict[str, tuple[str, str]] = {}
    for code in SUPPORTED:
        path = resource_path("i18n", f"visavis_{code}.ts")
        if code == "en" or not path.is_file():
            continue
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError) as exc:
            log.warning("interface catalogue %s unreadable: %s", path, exc)
            continue
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                contexts.setdefault(source, name)
                translation = message.findtext("translation")
                if message.get("numerus") != "yes" and translation:
                    sources.setdefault(translation, (name, source))
    return contexts, sources


def source_of(text: str) -> tuple[str | None, str]:
    """``(context, English source)`` of an interface ``text`` shown in any of our languages;
    ``(None, text)`` when the catalogue does not know it (a title, a file name...)."""
    contexts, sources = _catalogue_index()
    if text in contexts:
        return contexts[text], text
    return sources.get(text, (None, text))


def _retranslate(obj: QMenu | QAction | QWidget, text: str, set_text: Any) -> None:
    source = obj.property("visavisSourceText")
    context = obj.property("visavisContext")
    if source is None or text != obj.property("visavisShownText"):
        context, source = source_of(text)  # first visit, or the owner changed the text since
        obj.setProperty("visavisContext", context)
    shown = QCoreApplication.translate(context, source) if context else source
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


def retranslate_titles(widgets: list[QWidget]) -> None:
    """Translate the window titles of ``widgets`` (docks, dialogs) to the current language."""
    for widget in widgets:
        if widget.windowTitle():
            _retranslate(widget, widget.windowTitle(), widget.setWindowTitle)
