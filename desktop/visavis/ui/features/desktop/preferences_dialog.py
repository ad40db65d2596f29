"""Edit → Preferences: reading fonts, line spacing, theme, interface language, translation.

Every change is saved to QSettings at once and announced by ``preferencesChanged`` so the
window applies it live (the interface language takes effect at the next start).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visavis.ui.common.locale_format import interface_locale
from visavis.ui.common.preferences import LANGUAGES, THEMES, Preferences

TRANSLATION_SETTINGS_MODULE = "visavis.ui.common.translation_settings"

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)


def translation_settings_widget(parent: QWidget) -> QWidget | None:
    """The model manager's settings widget, when that part is installed."""
    try:
        module = importlib.import_module(TRANSLATION_SETTINGS_MODULE)
    except ImportError:
        return None
    cls = getattr(module, "TranslationSettingsWidget", None)
    return cls(parent) if cls is not None else None


class PreferencesDialog(QDialog):
    preferencesChanged = Signal(object)  # Preferences

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self._settings = settings
        self._loading = True
        layout = QVBoxLayout(self)
        layout.addWidget(self._reading_group())
        layout.addWidget(self._appearance_group())
        extra = self.translation_settings = translation_settings_widget(self)
        if extra is not None:
            # one Restore Defaults for the whole dialog: the section's own button goes
            own = getattr(extra, "defaults_button", None)
            if own is not None:
                own.hide()
            box = QGroupBox(translate("PreferencesDialog", "Translation"), self)
            QVBoxLayout(box).addWidget(extra)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        layout.addWidget(buttons)
        self.set_preferences(Preferences.load(settings))

    def restore_defaults(self) -> None:
        """Reading, appearance and translation settings back to their defaults (translation
        settings still take effect with their Apply button)."""
        self.set_preferences(Preferences())
        extra = self.translation_settings
        if extra is not None and hasattr(extra, "set_settings"):
            from visavis.core.translation.settings import TranslationSettings

            extra.set_settings(TranslationSettings())

    def _reading_group(self) -> QGroupBox:
        box = QGroupBox(translate("PreferencesDialog", "Reading"), self)
        form = QFormLayout(box)
        self.french_font = QFontComboBox(box)
        self.french_size = self._size_box(box)
        self.english_font = QFontComboBox(box)
        self.english_size = self._size_box(box)
        self.line_spacing = QDoubleSpinBox(box)
        self.line_spacing.setRange(1.0, 3.0)
        self.line_spacing.setSingleStep(0.1)
        self.line_spacing.setDecimals(1)
        self.line_spacing.setLocale(interface_locale())  # 1,4 in a French window
        rows = [(translate("PreferencesDialog", "French font:"), self.french_font),
                (translate("PreferencesDialog", "French size:"), self.french_size),
                (translate("PreferencesDialog", "English font:"), self.english_font),
                (translate("PreferencesDialog", "English size:"), self.english_size),
                (translate("PreferencesDialog", "Line spacing:"), self.line_spacing)]
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.rstrip(":"))
        for combo in (self.french_font, self.english_font):
            combo.currentFontChanged.connect(self._changed)
        for spin in (self.french_size, self.english_size, self.line_spacing):
            spin.valueChanged.connect(self._changed)
        return box

    def _size_box(self, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(6, 72)
        spin.setSuffix(translate("PreferencesDialog", " pt"))
        return spin

    def _appearance_group(self) -> QGroupBox:
        box = QGroupBox(translate("PreferencesDialog", "Appearance"), self)
        form = QFormLayout(box)
        self.theme = QComboBox(box)
        theme_labels = (translate("PreferencesDialog", "System"),
                        translate("PreferencesDialog", "Light"),
                        translate("PreferencesDialog", "Dark"))
        for key, label in zip(THEMES, theme_labels, strict=True):
            self.theme.addItem(label, key)
        self.language = QComboBox(box)
        language_labels = (translate("PreferencesDialog", "System"), "English", "Français")
        for key, label in zip(LANGUAGES, language_labels, strict=True):
            self.language.addItem(label, key)
        form.addRow(translate("PreferencesDialog", "Theme:"), self.theme)
        form.addRow(translate("PreferencesDialog", "Interface language:"), self.language)
        self.theme.setAccessibleName(translate("PreferencesDialog", "Theme"))
        self.language.setAccessibleName(translate("PreferencesDialog", "Interface language"))
        note = QLabel(translate("PreferencesDialog",
                                "Menus and panel titles change language at once, other texts "
                                "when next opened or at the next start."),
                      box)
        note.setWordWrap(True)
        form.addRow(note)
        self.theme.currentIndexChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        return box

    def preferences(self) -> Preferences:
        return Preferences(
            french_font=self.french_font.currentFont().family(),
            french_size=self.french_size.value(),
            english_font=self.english_font.currentFont().family(),
            english_size=self.english_size.value(),
            line_spacing=round(self.line_spacing.value(), 1),
            theme=self.theme.currentData(),
            language=self.language.currentData(),
        )

    def set_preferences(self, prefs: Preferences) -> None:
        self._loading = True
        self.french_font.setCurrentFont(QFont(prefs.french_font))
        self.french_size.setValue(prefs.french_size)
        self.english_font.setCurrentFont(QFont(prefs.english_font))
        self.english_size.setValue(prefs.english_size)
        self.line_spacing.setValue(prefs.line_spacing)
        self.theme.setCurrentIndex(max(self.theme.findData(prefs.theme), 0))
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        self._loading = False
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        prefs = self.preferences()
        prefs.save(self._settings)
        self.preferencesChanged.emit(prefs)
