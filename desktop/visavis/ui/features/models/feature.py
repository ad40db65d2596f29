"""Tools → Translation models…: the model manager, wired to the main window.

After a model is installed or removed, or translation settings are applied (here or in
the Preferences dialog), the window reloads its translator when it can
(``window.reload_translator()``); so does choosing another engine (this computer or a
LibreTranslate server, see engine_settings.py).  The banner's "Download…" opens the manager and starts
the French → English download.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from visavis.ui.common.translation_settings import register_settings_section, settings_notifier
from visavis.ui.features.models.engine_settings import EngineSettingsWidget
from visavis.ui.features.models.manager_dialog import ModelManagerDialog

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

DIALOG_ATTRIBUTE = "model_manager_dialog"


def _reload(window: Any) -> None:
    """Reload the translator of an open window (a closed one has stopped its workers)."""
    reload_translator = getattr(window, "reload_translator", None)
    if callable(reload_translator) and window.isVisible():
        reload_translator()


class _SettingsReloader(QObject):
    """Child of the window: its connection ends with the window."""

    @Slot(object)
    def settings_applied(self, _settings: object) -> None:
        _reload(self.parent())


def open_model_manager(window: Any, start_download: bool = False) -> ModelManagerDialog:
    """Show the (single, non-modal) model manager of ``window``."""
    dialog: ModelManagerDialog | None = getattr(window, DIALOG_ATTRIBUTE, None)
    if dialog is None:
        dialog = ModelManagerDialog(window, tasks=getattr(window, "tasks", None))
        dialog.packagesChanged.connect(lambda: _reload(window))
        setattr(window, DIALOG_ATTRIBUTE, dialog)
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if start_download and not dialog.is_busy():
        dialog.download()
    return dialog


def install(window: Any) -> None:
    action = QAction(translate("ModelManagerFeature", "Translation &models…"), window)
    action.setObjectName("openModelManager")
    action.triggered.connect(lambda _checked=False: open_model_manager(window))
    window.menus["tools"].addAction(action)
    # Preferences → Translation (and the manager's settings) start with the engine choice.
    register_settings_section("engine", EngineSettingsWidget)
    # Settings applied in any TranslationSettingsWidget (ours or the Preferences one).
    reloader = _SettingsReloader(window)
    settings_notifier().changed.connect(reloader.settings_applied)
    offer = getattr(window, "offer_model_download", None)
    if callable(offer):
        offer(lambda: open_model_manager(window, start_download=True))
