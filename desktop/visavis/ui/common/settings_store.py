"""Window geometry, splitter state and zoom, kept in an INI file in ``paths.config_dir()``."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from visavis.core.platform import paths


class SettingsStore:
    def __init__(self) -> None:
        self._settings = QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def number(self, key: str, default: float) -> float:
        try:
            return float(self._settings.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    def set_number(self, key: str, value: float) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
