"""Dialog to write or edit the note of a highlight."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

MAX_NOTE_CHARS = 100_000
QUOTE_PREVIEW_CHARS = 300


def quote_preview(quote: str, limit: int = QUOTE_PREVIEW_CHARS) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[:limit - 1] + "…"


class NoteDialog(QDialog):
    def __init__(self, quote: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NoteDialog", "Note"))
        self.quote_label = QLabel(f"« {quote_preview(quote)} »")
        self.quote_label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(note)
        self.editor.setPlaceholderText(translate("NoteDialog", "Your note…"))
        self.editor.setAccessibleName(translate("NoteDialog", "Note text"))
        self.limit_label = QLabel("")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._check_length)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.buttons)
        self.resize(460, 300)
        self.editor.setFocus()
        self._check_length()

    def note(self) -> str:
        return self.editor.toPlainText().strip()

    def _check_length(self) -> None:
        too_long = len(self.editor.toPlainText()) > MAX_NOTE_CHARS
        self.limit_label.setText(translate("NoteDialog", "Notes are limited to {limit} characters.")
                                 .format(limit=QLocale().toString(MAX_NOTE_CHARS))
                                 if too_long else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not too_long)


def ask_note(parent: QWidget | None, quote: str, note: str = "") -> str | None:
    """The edited note, or None when the reader cancelled."""
    dialog = NoteDialog(quote, note, parent)
    return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None
