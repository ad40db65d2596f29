"""Desktop integration of the main window.

Help → About and Help → Keyboard Shortcuts, Edit → Preferences (Ctrl+,), File → Open Recent,
the window icon, accessible names, the single-instance server and the stored preferences.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from visavis.core.platform.resources import resource_path
from visavis.ui.common import single_instance
from visavis.ui.common.i18n import (
    install_translator,
    mark_translatable,
    retranslate_menus,
    retranslate_titles,
)
from visavis.ui.common.preferences import (
    Preferences,
    app_settings,
    apply_startup_preferences,
    apply_theme,
)
from visavis.ui.features.desktop.about_dialog import AboutDialog
from visavis.ui.features.desktop.preferences_dialog import PreferencesDialog
from visavis.ui.features.desktop.recent_files import RecentFiles, RecentFilesMenu
from visavis.ui.features.desktop.shortcuts_dialog import ShortcutsDialog

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)


def _humanize(name: str) -> str:
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).replace("_", " ").strip()
    return words[:1].upper() + words[1:].lower() if words else ""


def _known_names(window: Any) -> dict[int, str]:
    """Names for the main window's own parts, which show nothing a name could come from."""
    reading = getattr(window, "reading", None)
    parts = {
        translate("Accessibility", "Article and translation"): reading,
        translate("Accessibility", "French article"): getattr(reading, "french", None),
        translate("Accessibility", "English translation"): getattr(reading, "english", None),
        translate("Accessibility", "Translation model status"): getattr(window, "banner", None),
        translate("Accessibility", "Menu bar"): window.menuBar(),
    }
    return {id(widget): name for name, widget in parts.items() if isinstance(widget, QWidget)}


def derived_accessible_name(widget: QWidget) -> str:
    """A name from what the widget already shows: its label, text, title, tooltip or object name."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&", "").rstrip(":")
    candidates = [widget.toolTip()]
    if isinstance(widget, QAbstractButton):
        candidates.insert(0, widget.text().replace("&", ""))
    if isinstance(widget, QLineEdit):
        candidates.append(widget.placeholderText())
    if isinstance(widget, QDockWidget):
        candidates.insert(0, widget.windowTitle().replace("&", ""))
    candidates.append(_humanize(widget.objectName()) if not widget.objectName().startswith("qt_")
                      else "")
    return next((c.strip() for c in candidates if c and c.strip()), "")


def ensure_accessible_names(root: QWidget) -> list[QWidget]:
    """Give every widget under ``root`` that lacks an accessible name one derived from what it
    shows; return the widgets still unnamed (nothing to derive a name from)."""
    unnamed = []
    known = _known_names(root) if hasattr(root, "menuBar") else {}
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.accessibleName() or (widget.isWindow() and widget.windowTitle()):
            continue  # a window's title is its accessible name
        name = known.get(id(widget)) or derived_accessible_name(widget)
        if name:
            widget.setAccessibleName(name)
        else:
            unnamed.append(widget)
    return unnamed


def apply_preferences(window: Any, prefs: Preferences) -> None:
    """Apply theme and interface language here (menus, dock titles and the model banner switch
    at once; other texts follow when they are next built, or after a restart) and hand fonts
    and spacing to the reading view when it supports it."""
    apply_theme(prefs.theme)
    app = QApplication.instance()
    if app is not None:
        language = install_translator(app, prefs.language)
        if language != shown_language(window):
            retranslate_menus(window.menuBar())
            retranslate_titles(window.findChildren(QDockWidget))
            window.setProperty("visavisLanguage", language)
    reading = getattr(window, "reading", None)
    apply = getattr(reading, "apply_reading_style", None)
    if callable(apply):
        apply(prefs.font("french"), prefs.font("english"), prefs.line_spacing)


class DesktopFeature(QObject):
    """What this feature adds to one window (kept as ``window.desktop``)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.settings = app_settings()
        self.recent = RecentFiles(self.settings, parent=self)
        self.about_dialog: AboutDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.instance_server = single_instance.serve_window(window)

    def show_about(self) -> AboutDialog:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.window)
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog

    def show_preferences(self) -> PreferencesDialog:
        if self.preferences_dialog is None:
            self.preferences_dialog = PreferencesDialog(self.settings, self.window)
            self.preferences_dialog.preferencesChanged.connect(
                lambda prefs: apply_preferences(self.window, prefs))
        self.preferences_dialog.show()
        self.preferences_dialog.raise_()
        return self.preferences_dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(self.window.menuBar(), self.window,
                                                getattr(self.window, "key_help", ()))
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.Show:
            retranslate_menus(self.window.menuBar())
            ensure_accessible_names(self.window)
        return False


def shown_language(window: Any) -> str | None:
    """The interface language the window's menus were last translated to."""
    value = window.property("visavisLanguage") if isinstance(window, QObject) else None
    return str(value) if value else None


def _action(parent: QObject, source: str, slot: Any, shortcut: QKeySequence | None = None,
            role: QAction.MenuRole = QAction.MenuRole.NoRole) -> QAction:
    """A command whose English ``source`` text is translated in the DesktopFeature context."""
    action = QAction(translate("DesktopFeature", source), parent)
    mark_translatable(action, "DesktopFeature", source)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.setMenuRole(role)
    action.triggered.connect(slot)
    return action


def _insert_recent_menu(file_menu: QMenu, menu: QMenu) -> None:
    """Put Open Recent right after the File menu's Open action (or first)."""
    actions = file_menu.actions()
    open_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Open)
    for index, action in enumerate(actions):
        if any(key in open_keys for key in action.shortcuts()):
            following = actions[index + 1] if index + 1 < len(actions) else None
            file_menu.insertMenu(following, menu) if following else file_menu.addMenu(menu)
            return
    file_menu.insertMenu(actions[0], menu) if actions else file_menu.addMenu(menu)


def _is_bundled(path: str) -> bool:
    try:
        return Path(path).resolve().is_relative_to(resource_path().resolve())
    except (OSError, ValueError):
        return False


def _track_opened_files(window: Any, recent: RecentFiles) -> None:
    """Remember files the window opened successfully (not the bundled sample article)."""
    original = window.open_file
    opened_signal = getattr(window, "articleOpened", None)
    pending: set[str] = set()

    def open_and_remember(path: Any, *args: Any, **kwargs: Any) -> Any:
        absolute = str(Path(path).absolute())
        if opened_signal is not None:
            pending.add(absolute)
        result = original(path, *args, **kwargs)
        if opened_signal is None and result is not False and not _is_bundled(absolute):
            recent.add(absolute)
        return result

    def on_opened(session: Any) -> None:
        origin = str(getattr(session, "origin", "") or "")
        for path in list(pending):
            if origin in (path, Path(path).as_uri()) or (origin and Path(origin).absolute()
                                                         == Path(path)):
                pending.discard(path)
                if not _is_bundled(path):
                    recent.add(path)

    window.open_file = open_and_remember
    if opened_signal is not None:
        opened_signal.connect(on_opened)


def _finish(window: Any) -> None:
    retranslate_menus(window.menuBar())
    app = QApplication.instance()
    if app is not None:
        window.setProperty("visavisLanguage", install_translator(app, Preferences.load(app_settings()).language))
    ensure_accessible_names(window)


def install(window: Any) -> None:
    app = QApplication.instance()
    prefs = apply_startup_preferences(app) if app is not None else Preferences()
    feature = DesktopFeature(window)
    window.desktop = feature
    icon = QIcon(str(resource_path("icons", "visavis.svg")))
    window.setWindowIcon(icon)
    if app is not None:
        app.setWindowIcon(icon)

    recent_menu = RecentFilesMenu(feature.recent, lambda p: window.open_file(p),
                                  window.status_message, window)
    recent_menu.setProperty("visavisDynamicMenu", True)
    library_menu = getattr(window, "recent_menu", None)  # MainWindow's "Open from library"
    if isinstance(library_menu, QMenu):
        library_menu.setProperty("visavisDynamicMenu", True)
    _insert_recent_menu(window.menus["file"], recent_menu)
    _track_opened_files(window, feature.recent)

    edit_menu = window.menus["edit"]
    if not edit_menu.isEmpty():
        edit_menu.addSeparator()
    edit_menu.addAction(_action(window, QT_TRANSLATE_NOOP("DesktopFeature", "&Preferences…"),
                                feature.show_preferences, QKeySequence("Ctrl+,"),
                                QAction.MenuRole.PreferencesRole))
    help_menu = window.menus["help"]
    help_menu.addAction(_action(window, QT_TRANSLATE_NOOP("DesktopFeature", "&Keyboard Shortcuts"),
                                feature.show_shortcuts, QKeySequence("Ctrl+?")))
    help_menu.addSeparator()
    help_menu.addAction(_action(window, QT_TRANSLATE_NOOP("DesktopFeature", "&About Vis-à-vis"),
                                feature.show_about, role=QAction.MenuRole.AboutRole))

    apply_preferences(window, prefs)
    window.installEventFilter(feature)
    _finish(window)
    QTimer.singleShot(0, lambda: _finish(window))  # after the features installed later
