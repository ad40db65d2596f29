"""Edit the TranslationSettings (beam size, CPU threads, compute type, device, alignment).

Changes are written and announced only when the reader presses Apply:
``settingsChanged(TranslationSettings)`` on the widget, and the same on the app-wide
:func:`settings_notifier`, so a widget embedded anywhere (the model manager, the
Preferences dialog) makes the main window reload its translator without a restart.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visavis.core.translation.settings import (
    MAX_BEAM,
    TranslationSettings,
    available_compute_types,
    available_devices,
    load_settings,
    save_settings,
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

COMPUTE_LABELS = {"auto": QT_TRANSLATE_NOOP("TranslationSettingsWidget", "Automatic (int8 on CPU)"),
                  "int8": QT_TRANSLATE_NOOP("TranslationSettingsWidget", "int8 (fastest on CPU)"),
                  "float32": QT_TRANSLATE_NOOP("TranslationSettingsWidget",
                                               "float32 (most precise, slowest)")}


class _SettingsNotifier(QObject):
    changed = Signal(object)  # TranslationSettings


_notifier: _SettingsNotifier | None = None


def settings_notifier() -> _SettingsNotifier:
    """The app-wide object whose ``changed`` signal fires after any settings widget applied."""
    global _notifier
    if _notifier is None:
        _notifier = _SettingsNotifier()
    return _notifier


SectionFactory = Callable[[QWidget], QWidget]
_sections: dict[str, SectionFactory] = {}


def register_settings_section(name: str, factory: SectionFactory) -> None:
    """Add a section (e.g. the engine choice of the models feature) above the model settings
    of every TranslationSettingsWidget created from now on; ``name`` replaces an earlier one."""
    _sections[name] = factory


class TranslationSettingsWidget(QWidget):
    settingsChanged = Signal(object)  # TranslationSettings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationSettings")
        self.beam = QSpinBox(minimum=1, maximum=MAX_BEAM)
        self.beam.setToolTip(translate("TranslationSettingsWidget", "More candidates per step: better translations, slower (Argos uses 4)."))
        self.threads = QSpinBox(minimum=0, maximum=max(1, os.cpu_count() or 1) * 4)
        self.threads.setSpecialValueText(translate("TranslationSettingsWidget", "Automatic"))
        self.threads.setToolTip(translate("TranslationSettingsWidget", "CPU threads used by one translation; Automatic lets "
                                "CTranslate2 choose."))
        self.device = QComboBox()
        self.device.addItems(available_devices())
        self.compute = QComboBox()
        self.alignment = QCheckBox(translate("TranslationSettingsWidget", "Link French and English words (hover highlights)"))
        self.apply_button = QPushButton(translate("TranslationSettingsWidget", "Apply"))
        self.defaults_button = QPushButton(translate("TranslationSettingsWidget", "Restore defaults"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("TranslationSettingsWidget", "&Beam size:"), self.beam)
        form.addRow(translate("TranslationSettingsWidget", "CPU &threads:"), self.threads)
        form.addRow(translate("TranslationSettingsWidget", "&Device:"), self.device)
        form.addRow(translate("TranslationSettingsWidget", "&Compute type:"), self.compute)
        form.addRow("", self.alignment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sections = [factory(self) for factory in _sections.values()]
        for section in self.sections:
            layout.addWidget(section)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self._saved = load_settings()
        self.set_settings(self._saved)
        self.device.currentTextChanged.connect(self._fill_compute_types)
        for spin in (self.beam, self.threads):
            spin.valueChanged.connect(self._update_buttons)
        for combo in (self.device, self.compute):
            combo.currentIndexChanged.connect(self._update_buttons)
        self.alignment.toggled.connect(self._update_buttons)
        self.apply_button.clicked.connect(self.apply)
        self.defaults_button.clicked.connect(lambda: self.set_settings(TranslationSettings()))
        self._update_buttons()

    # -- values ---------------------------------------------------------------------------
    def set_settings(self, settings: TranslationSettings) -> None:
        """Show ``settings`` in the fields (nothing is saved until Apply)."""
        self.beam.setValue(settings.beam_size)
        self.threads.setValue(settings.threads)
        if self.device.findText(settings.device) < 0:
            self.device.addItem(settings.device)  # saved for a GPU this machine lacks
        self.device.setCurrentText(settings.device)
        self._fill_compute_types(settings.device, settings.compute_type)
        self.alignment.setChecked(settings.alignment)

    def settings(self) -> TranslationSettings:
        """What the fields currently say."""
        return TranslationSettings(
            beam_size=self.beam.value(), threads=self.threads.value(),
            compute_type=self.compute.currentData() or "auto",
            device=self.device.currentText(), alignment=self.alignment.isChecked())

    def saved_settings(self) -> TranslationSettings:
        return self._saved

    def apply(self) -> bool:
        """Save the fields and announce them; False (with a message) when they are invalid."""
        settings = self.settings()
        try:
            save_settings(settings)
        except (ValueError, OSError) as exc:
            self.message.setText(translate("TranslationSettingsWidget", "Not saved: {error}").format(
                error=exc))
            return False
        self._saved = settings
        self.message.setText(translate("TranslationSettingsWidget", "Saved; the model reloads with these settings."))
        self._update_buttons()
        self.settingsChanged.emit(settings)
        settings_notifier().changed.emit(settings)
        return True

    # -- internals ------------------------------------------------------------------------
    def _fill_compute_types(self, device: str, selected: str | None = None) -> None:
        selected = selected or self.compute.currentData() or "auto"
        self.compute.blockSignals(True)
        self.compute.clear()
        types = available_compute_types(device)
        if selected not in types:
            types.append(selected)
        for name in types:
            self.compute.addItem(translate("TranslationSettingsWidget", COMPUTE_LABELS.get(name, name)), name)
        self.compute.setCurrentIndex(types.index(selected))
        self.compute.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not hasattr(self, "apply_button") or not hasattr(self, "_saved"):
            return
        dirty = self.settings() != self._saved
        self.apply_button.setEnabled(dirty)
        self.defaults_button.setEnabled(self.settings() != TranslationSettings())
        if dirty:
            self.message.clear()
