"""Help → About / Keyboard Shortcuts, Edit → Preferences, File → Open Recent on a main window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from visavis import __version__
from visavis.ui.common.preferences import Preferences, app_settings
from visavis.ui.features.desktop import feature as desktop
from visavis.ui.features.desktop.about_dialog import (
    LIBRARY_CREDITS,
    UNKNOWN_MODEL_LICENCE,
    about_html,
    model_licence,
)
from visavis.ui.features.desktop.recent_files import RecentFiles, RecentFilesMenu
from visavis.ui.features.desktop.shortcuts_dialog import walk_menus


class Reading:
    def __init__(self) -> None:
        self.styles: list[tuple[QFont, QFont, float]] = []

    def apply_reading_style(self, french: QFont, english: QFont, spacing: float) -> None:
        self.styles.append((french, english, spacing))


class Window(QMainWindow):
    """The part of MainWindow's contract (ui/features/__init__.py) this feature uses."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []
        self.messages: list[str] = []
        self.reading = Reading()
        self.menus: dict[str, QMenu] = {}
        for key, title in [("file", "&File"), ("edit", "&Edit"), ("view", "&View"),
                           ("tools", "&Tools"), ("help", "&Help")]:
            self.menus[key] = self.menuBar().addMenu(title)
        open_action = QAction("&Open…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.menus["file"].addAction(open_action)
        self.menus["file"].addAction(QAction("&Quit", self, shortcut=QKeySequence("Ctrl+Q")))

    def open_file(self, path: str) -> bool:
        self.opened.append(path)
        return True

    def status_message(self, text: str) -> None:
        self.messages.append(text)


@pytest.fixture
def window(qtbot) -> Window:
    w = Window()
    qtbot.addWidget(w)
    desktop.install(w)
    return w


def _action(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def test_install_adds_desktop_actions_with_shortcuts(window: Window) -> None:
    file_actions = window.menus["file"].actions()
    assert file_actions[1].menu() is not None  # Open Recent right after Open…
    assert file_actions[1].menu().objectName() == "recentFilesMenu"
    prefs = _action(window.menus["edit"], "Preferences")
    assert prefs.shortcut() == QKeySequence("Ctrl+,")
    assert prefs.menuRole() == QAction.MenuRole.PreferencesRole
    assert _action(window.menus["help"], "Keyboard Shortcuts").shortcut() == QKeySequence("Ctrl+?")
    assert _action(window.menus["help"], "About Vis-à-vis").menuRole() == QAction.MenuRole.AboutRole
    assert not window.windowIcon().isNull()


def test_opened_files_are_remembered_newest_first(window: Window, tmp_path: Path) -> None:
    first, second = tmp_path / "un.md", tmp_path / "deux.md"
    for p in (first, second):
        p.write_text("# Titre\n", encoding="utf-8")
    window.open_file(str(first))
    window.open_file(str(second))
    window.open_file(str(first))
    assert window.opened == [str(first), str(second), str(first)]
    assert RecentFiles(app_settings()).paths() == [str(first), str(second)]  # persisted


def test_recent_files_keep_the_limit_and_clear(tmp_path: Path, qtbot) -> None:
    recent = RecentFiles(app_settings(), limit=3)
    for i in range(5):
        recent.add(tmp_path / f"{i}.md")
    assert recent.paths() == [str(tmp_path / f"{i}.md") for i in (4, 3, 2)]
    recent.clear()
    assert RecentFiles(app_settings()).paths() == []


def test_recent_menu_opens_a_file_and_drops_a_vanished_one(window: Window, tmp_path: Path) -> None:
    kept, gone = tmp_path / "garde.md", tmp_path / "parti.md"
    kept.write_text("texte", encoding="utf-8")
    recent = window.desktop.recent
    recent.add(gone)
    recent.add(kept)
    menu: RecentFilesMenu = window.findChild(RecentFilesMenu)
    labels = [a.text() for a in menu.actions() if a.data()]
    assert labels == ["&1 garde.md", "&2 parti.md"]
    next(a for a in menu.actions() if a.data() == str(gone)).trigger()
    assert str(gone) not in window.opened
    assert "no longer exists" in window.messages[-1]
    assert recent.paths() == [str(kept)]
    next(a for a in menu.actions() if a.data() == str(kept)).trigger()
    assert window.opened[-1] == str(kept)


def test_recent_menu_escapes_ampersands(qtbot, tmp_path: Path) -> None:
    recent = RecentFiles(app_settings())
    recent.add(tmp_path / "Q&A.md")
    menu = RecentFilesMenu(recent, lambda p: None)
    qtbot.addWidget(menu)
    assert [a.text() for a in menu.actions() if a.data()] == ["&1 Q&&A.md"]


def test_preferences_are_saved_and_applied_live(window: Window, qtbot) -> None:
    dialog = window.desktop.show_preferences()
    with qtbot.waitSignal(dialog.preferencesChanged) as signal:
        dialog.french_size.setValue(18)
    assert signal.args[0].french_size == 18
    french, english, spacing = window.reading.styles[-1]
    assert french.pointSize() == 18
    assert spacing == pytest.approx(dialog.line_spacing.value())
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    stored = Preferences.load(app_settings())
    assert (stored.french_size, stored.theme, stored.language) == (18, "dark", "fr")
    dialog.set_preferences(Preferences())
    assert Preferences.load(app_settings()) == dialog.preferences()


def test_damaged_preferences_fall_back_to_defaults(qtbot) -> None:
    settings = app_settings()
    for key, value in [("french_size", "énorme"), ("theme", "violet"), ("line_spacing", "99"),
                       ("language", "klingon")]:
        settings.setValue(f"preferences/{key}", value)
    prefs = Preferences.load(settings)
    assert prefs.french_size == Preferences().french_size
    assert (prefs.theme, prefs.language, prefs.line_spacing) == ("system", "system", 3.0)


def test_shortcuts_dialog_lists_every_menu_action(window: Window) -> None:
    entries = walk_menus(window.menuBar())
    labels = {(e.menu, e.label): e.shortcut_text for e in entries}
    assert labels[("File", "Open")] == QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText)
    assert labels[("Edit", "Preferences")] == "Ctrl+,"
    assert ("Help", "About Vis-à-vis") in labels
    dialog = window.desktop.show_shortcuts()
    rows = [dialog.tree.topLevelItem(i).child(j).text(0)
            for i in range(dialog.tree.topLevelItemCount())
            for j in range(dialog.tree.topLevelItem(i).childCount())]
    assert sorted(rows) == sorted(e.label for e in entries)
    assert not any(e.menu.startswith("File ›") for e in entries)  # recent files are not commands


def _fake_package(packages_dir: Path, **metadata: str) -> Path:
    pkg = packages_dir / "translate-fr_en-1_0"
    (pkg / "model").mkdir(parents=True)
    (pkg / "sentencepiece.model").write_bytes(b"")
    meta = {"from_code": "fr", "to_code": "en", "type": "translate", "name": "Modèle fr-en",
            "package_version": "1.0", **metadata}
    (pkg / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return pkg


def test_about_credits_version_licence_libraries_and_model(qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    assert "no translation model installed" in about_html()
    pkg = _fake_package(tmp_path / "packages")
    (pkg / "README.md").write_text("# Modèle\n\nTrained on OPUS.\n\n## License\n"
                                   "This model is licensed under CC-BY-4.0.\n", encoding="utf-8")
    text = about_html()
    assert __version__ in text and "GPL-3.0-or-later" in text
    for name, licence in LIBRARY_CREDITS:
        assert name in text and licence in text
    assert "FreeDict" in text and "Wiktionary" in text and "CC BY-SA 3.0" in text
    assert "Modèle fr-en: This model is licensed under CC-BY-4.0." in text


def test_model_licence_prefers_metadata_then_says_where_to_look(tmp_path: Path) -> None:
    pkg = _fake_package(tmp_path, license="MIT")
    assert model_licence(pkg) == "MIT"
    (pkg / "metadata.json").write_text("{broken", encoding="utf-8")
    assert model_licence(pkg) == UNKNOWN_MODEL_LICENCE


def test_about_dialog_opens_from_help_menu(window: Window, qtbot) -> None:
    _action(window.menus["help"], "About").trigger()
    dialog = window.desktop.about_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Vis-à-vis" in dialog.text.text()


def test_theme_choice_recolours_the_application(window: Window, qapp) -> None:
    from PySide6.QtGui import QPalette

    def window_lightness() -> int:
        return qapp.palette().color(QPalette.ColorRole.Window).lightness()

    system = qapp.palette().color(QPalette.ColorRole.Window)
    dialog = window.desktop.show_preferences()
    try:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        assert window_lightness() < 100
        dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
        assert window_lightness() > 200
    finally:
        dialog.theme.setCurrentIndex(dialog.theme.findData("system"))
    assert qapp.palette().color(QPalette.ColorRole.Window) == system


def test_preferences_embed_the_translation_settings(window: Window) -> None:
    from visavis.ui.common.translation_settings import TranslationSettingsWidget

    dialog = window.desktop.show_preferences()
    embedded = dialog.findChildren(TranslationSettingsWidget)
    assert len(embedded) == 1 and embedded[0].isVisible()


def test_a_garbled_settings_file_gives_defaults_and_is_repaired(qtbot, tmp_path: Path) -> None:
    settings_file = Path(app_settings().fileName())
    settings_file.write_bytes(b"\x00\xff[recent]\nfiles=@Variant(\x00\x00garbage\n[preferences\n"
                              b"french_size=@Invalid()\n")
    assert RecentFiles(app_settings()).paths() == []
    assert Preferences.load(app_settings()) == Preferences()
    recent = RecentFiles(app_settings())
    recent.add(tmp_path / "nouveau.md")
    assert RecentFiles(app_settings()).paths() == [str(tmp_path / "nouveau.md")]


def test_shortcuts_dialog_filters_by_name_or_key(window: Window) -> None:
    dialog = window.desktop.show_shortcuts()

    def visible() -> list[str]:
        return [dialog.tree.topLevelItem(i).child(j).text(0)
                for i in range(dialog.tree.topLevelItemCount())
                for j in range(dialog.tree.topLevelItem(i).childCount())
                if not dialog.tree.topLevelItem(i).isHidden()
                and not dialog.tree.topLevelItem(i).child(j).isHidden()]

    dialog.filter.setText("prefer")
    assert visible() == ["Preferences"]
    dialog.filter.setText("CTRL+Q")
    assert visible() == ["Quit"]
    dialog.filter.setText("")
    assert len(visible()) == len(walk_menus(window.menuBar()))


def test_preferences_has_one_restore_defaults_button(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractButton

    from visavis.core.translation.settings import TranslationSettings
    from visavis.ui.features.desktop.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    dialog.show()
    resets = [b for b in dialog.findChildren(QAbstractButton)
              if b.isVisible() and "default" in b.text().replace("&", "").lower()]
    assert len(resets) == 1, [b.text() for b in resets]
    translation = dialog.translation_settings
    if translation is not None:  # the one button resets the translation settings shown too
        translation.beam.setValue(1)
        resets[0].click()
        assert translation.settings() == TranslationSettings()


def test_dark_theme_menus_have_a_visible_border(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMenu

    from visavis.ui.common.preferences import apply_theme

    def frame_contrast() -> int:
        menu = QMenu()
        qtbot.addWidget(menu)
        for text in ("Ouvrir", "Enregistrer", "Quitter"):
            menu.addAction(text)
        menu.popup(QApplication.primaryScreen().geometry().center())
        qtbot.waitExposed(menu)
        image = menu.grab().toImage()
        y = image.height() // 2
        edge, inside = image.pixelColor(0, y), image.pixelColor(4, y)
        menu.close()
        return abs(edge.value() - inside.value())

    try:
        apply_theme("dark")
        assert frame_contrast() >= 40  # a 1 px border the eye can see on a dark menu
        apply_theme("light")
        assert "QMenu" not in QApplication.instance().styleSheet()
    finally:
        apply_theme("system")
