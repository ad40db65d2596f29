"""Tints of word statuses in the reading pane.

A violet family: distinct from the five highlight colours (yellow, green, blue, pink,
orange) and quiet enough to read through.  Unknown and new words share the strongest tint;
learning words get lighter ones as they progress; known and ignored words none.  Dark themes
get a lighter violet with more opacity so the tint shows on a dark page without dimming text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from visavis.core.knowledge.statuses import TermStatus
from visavis.ui.common.theme import is_dark

LIGHT_RGB = (150, 110, 230)
DARK_RGB = (175, 145, 255)
_ALPHA_LIGHT = {TermStatus.UNKNOWN: 62, TermStatus.NEW: 62, TermStatus.LEARNING_1: 40,
                TermStatus.LEARNING_2: 30, TermStatus.LEARNING_3: 20}
_ALPHA_DARK = {TermStatus.UNKNOWN: 88, TermStatus.NEW: 88, TermStatus.LEARNING_1: 58,
               TermStatus.LEARNING_2: 42, TermStatus.LEARNING_3: 28}


def status_colours(palette: QPalette) -> dict[TermStatus, QColor]:
    """Background tint per tinted status (known and ignored are absent: no tint)."""
    dark = is_dark(palette)
    rgb, alphas = (DARK_RGB, _ALPHA_DARK) if dark else (LIGHT_RGB, _ALPHA_LIGHT)
    return {status: QColor(*rgb, alpha) for status, alpha in alphas.items()}


def swatch(palette: QPalette, status: TermStatus) -> QColor:
    """An opaque colour for a status button (the tint over the page colour)."""
    tint = status_colours(palette).get(status)
    base = palette.color(QPalette.ColorRole.Base)
    if tint is None:
        return base
    a = tint.alphaF()
    return QColor(round(tint.red() * a + base.red() * (1 - a)),
                  round(tint.green() * a + base.green() * (1 - a)),
                  round(tint.blue() * a + base.blue() * (1 - a)))
