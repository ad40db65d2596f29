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
_ALPHA_LIGHT = {TermStatus.UNKNOWN: 72, TermStatus.NEW: 72, TermStatus.LEARNING_1: 40,
                TermStatus.LEARNING_2: 26, TermStatus.LEARNING_3: 14}
_ALPHA_DARK = {TermStatus.UNKNOWN: 104, TermStatus.NEW: 104, TermStatus.LEARNING_1: 60,
               TermStatus.LEARNING_2: 40, TermStatus.LEARNING_3: 22}
# Charts (statistics window): one solid colour per status.
CHART_RGB = {TermStatus.UNKNOWN: (150, 110, 230), TermStatus.NEW: (150, 110, 230),
             TermStatus.LEARNING_1: (172, 140, 236), TermStatus.LEARNING_2: (192, 170, 240),
             TermStatus.LEARNING_3: (212, 200, 246), TermStatus.KNOWN: (84, 168, 120),
             TermStatus.IGNORED: (160, 160, 160)}


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


def chart_colour(status: TermStatus) -> QColor:
    return QColor(*CHART_RGB[status])


def hidden_text_colour(palette: QPalette) -> QColor:
    """Learner mode: the opaque colour hidden English is drawn in (text and background alike),
    a faint bar on the page so the reader sees where a sentence waits."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    a = 0.09 if not is_dark(palette) else 0.12
    return QColor(round(text.red() * a + base.red() * (1 - a)),
                  round(text.green() * a + base.green() * (1 - a)),
                  round(text.blue() * a + base.blue() * (1 - a)))
