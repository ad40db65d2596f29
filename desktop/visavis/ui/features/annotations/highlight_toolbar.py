"""Small floating toolbar shown over a text selection: five colours and "Add note"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from visavis.core.annotations.model import COLOUR_NAMES, colour_label, colour_rgb

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

# The core's colour labels (core/annotations/model.py), shown through the "Colours" context.
COLOUR_LABELS = (QT_TRANSLATE_NOOP("Colours", "Yellow"), QT_TRANSLATE_NOOP("Colours", "Green"),
                 QT_TRANSLATE_NOOP("Colours", "Blue"), QT_TRANSLATE_NOOP("Colours", "Pink"),
                 QT_TRANSLATE_NOOP("Colours", "Orange"))


def shown_colour(name: str) -> str:
    """The reader-facing label of highlight colour ``name`` in the interface language."""
    return translate("Colours", colour_label(name))

SWATCH = 18


def swatch_icon(colour: str, size: int = SWATCH) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(*colour_rgb(colour)))
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
    painter.end()
    return QIcon(pixmap)


class HighlightToolbar(QFrame):
    """Child of a pane's viewport; ``show_at(point)`` places it above the selection."""

    colourChosen = Signal(str)
    noteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightToolbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#highlightToolbar { background: palette(base); "
                           "border: 1px solid palette(mid); border-radius: 6px; }")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for key, name in enumerate(COLOUR_NAMES, 1):
            button = QToolButton(self)
            button.setIcon(swatch_icon(name))
            button.setIconSize(QSize(SWATCH, SWATCH))
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(translate("HighlightToolbar", "Highlight in {colour} ({key})").format(
                colour=shown_colour(name).lower(), key=key))
            button.setAccessibleName(translate("HighlightToolbar", "{colour} highlight").format(
                colour=shown_colour(name)))
            button.clicked.connect(lambda _c=False, n=name: self.colourChosen.emit(n))
            layout.addWidget(button)
            self.buttons[name] = button
        self.note_button = QToolButton(self)
        self.note_button.setText(translate("HighlightToolbar", "Add note"))
        self.note_button.setAutoRaise(True)
        self.note_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note_button.setToolTip(translate("HighlightToolbar", "Highlight and add a note (Ctrl+Shift+N)"))
        self.note_button.setAccessibleName(translate("HighlightToolbar", "Add note"))
        self.note_button.clicked.connect(lambda _c=False: self.noteRequested.emit())
        layout.addWidget(self.note_button)
        self.hide()

    def show_at(self, anchor: QPoint) -> None:
        """Show with its bottom-left just above ``anchor`` (parent coordinates), kept inside."""
        self.adjustSize()
        parent = self.parentWidget()
        x, y = anchor.x(), anchor.y() - self.height() - 4
        if parent is not None:
            if y < 0:
                y = anchor.y() + 24
            x = max(0, min(x, parent.width() - self.width()))
            y = max(0, min(y, parent.height() - self.height()))
        self.move(x, y)
        self.show()
        self.raise_()
