"""Light/dark: follow the system palette; only tints derived from it are ours."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def reading_palette(palette: QPalette) -> QPalette:
    """The reading panes use Base/Text, so they follow the system colours as they change."""
    result = QPalette(palette)
    result.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
    return result
