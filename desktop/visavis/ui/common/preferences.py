"""The reader's preferences (fonts, spacing, theme, language): stored model and start-up apply.

The dialog that edits them is the desktop feature's (``ui/features/desktop/preferences_dialog``);
this module holds what the rest of the window needs without that dialog.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from visavis.core.platform.paths import config_dir
from visavis.ui.common.i18n import install_translator

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "fr")

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)



def app_settings() -> QSettings:
    """The reader's settings file (``visavis.ini`` in the config dir)."""
    return QSettings(str(config_dir() / "visavis.ini"), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class Preferences:
    french_font: str = "Serif"
    french_size: int = 13
    english_font: str = "Serif"
    english_size: int = 13
    line_spacing: float = 1.4
    theme: str = "system"
    language: str = "system"

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        default = cls()
        values = {}
        for f in fields(cls):
            raw = settings.value(f"preferences/{f.name}", getattr(default, f.name))
            try:
                values[f.name] = type(getattr(default, f.name))(raw)
            except (TypeError, ValueError):  # a hand-edited or damaged settings file
                values[f.name] = getattr(default, f.name)
        prefs = cls(**values)
        if prefs.theme not in THEMES:
            prefs = replace(prefs, theme="system")
        if prefs.language not in LANGUAGES:
            prefs = replace(prefs, language="system")
        return replace(prefs, french_size=min(max(prefs.french_size, 6), 72),
                       english_size=min(max(prefs.english_size, 6), 72),
                       line_spacing=min(max(prefs.line_spacing, 1.0), 3.0))

    def save(self, settings: QSettings) -> None:
        for name, value in asdict(self).items():
            settings.setValue(f"preferences/{name}", value)
        settings.sync()

    def font(self, pane: str) -> QFont:
        """The QFont of the ``"french"`` or ``"english"`` pane."""
        font = QFont(getattr(self, f"{pane}_font"))
        font.setPointSize(getattr(self, f"{pane}_size"))
        return font


_SYSTEM_PALETTE: list[QPalette] = []  # the palette before any theme was forced
# (window, base, alternate base, text, button, highlight, link, disabled text)
_THEME_COLOURS = {
    "light": ("#efefef", "#ffffff", "#f5f5f5", "#1e1e1e", "#e8e8e8", "#2f6fc4", "#1f5fae", "#9a9a9a"),
    "dark": ("#2b2b2b", "#1f1f1f", "#262626", "#e6e6e6", "#353535", "#3d7bd1", "#8ab4f8", "#7a7a7a"),
}


def theme_palette(theme: str) -> QPalette:
    """A complete light or dark palette, so the choice works on every platform theme."""
    window, base, alt, text, button, highlight, link, disabled = (
        QColor(c) for c in _THEME_COLOURS[theme])
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in [(role.Window, window), (role.Base, base), (role.AlternateBase, alt),
                      (role.WindowText, text), (role.Text, text), (role.ButtonText, text),
                      (role.ToolTipBase, base), (role.ToolTipText, text), (role.Button, button),
                      (role.Highlight, highlight), (role.Link, link),
                      (role.PlaceholderText, disabled),
                      (role.HighlightedText, QColor("#ffffff"))]:
        palette.setColor(r, colour)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return palette


def apply_theme(theme: str) -> None:
    """Follow the system colours, or force the light or dark palette."""
    app = QGuiApplication.instance()
    if app is None:
        return
    if not _SYSTEM_PALETTE:
        _SYSTEM_PALETTE.append(QPalette(QGuiApplication.palette()))
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt >= 6.8, honoured by some platform themes
        hints.setColorScheme({"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
            theme, Qt.ColorScheme.Unknown))
    if theme in _THEME_COLOURS:
        QGuiApplication.setPalette(theme_palette(theme))
    elif QGuiApplication.palette() != _SYSTEM_PALETTE[0]:  # back from a forced theme
        QGuiApplication.setPalette(_SYSTEM_PALETTE[0])
    _menu_border(app, theme == "dark")


DARK_MENU_RULE = "QMenu { border: 1px solid #6a6a6a; }"


def _menu_border(app: QCoreApplication, dark: bool) -> None:
    """Fusion draws a menu's frame a shade darker than the window: invisible on a dark
    palette, so a forced dark theme gives menus a visible border."""
    set_sheet = getattr(app, "setStyleSheet", None)
    if set_sheet is None:  # a QGuiApplication without widgets
        return
    sheet = app.styleSheet().replace(DARK_MENU_RULE, "").strip()  # type: ignore[attr-defined]
    set_sheet(f"{sheet}\n{DARK_MENU_RULE}".strip() if dark else sheet)


def apply_startup_preferences(app: QCoreApplication) -> Preferences:
    """Interface language and theme from the stored Preferences; call it once the
    QApplication exists and before the main window is built."""
    prefs = Preferences.load(app_settings())
    install_translator(app, prefs.language)
    apply_theme(prefs.theme)
    return prefs
