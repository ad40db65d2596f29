""""Add to glossary…": the French term, the reader's preferred English and a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from visavis.core.glossary.reader_glossary import MAX_TERM_LENGTH

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)


class AddGlossaryDialog(QDialog):
    """Collects (term, english, note); OK stays disabled while the term is blank."""

    def __init__(self, term: str = "", english: str = "", note: str = "", context: str = "",
                 parent: QWidget | None = None, *, title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or translate("AddGlossaryDialog", "Add to glossary"))
        self.term_edit = QLineEdit(" ".join(term.split()))
        self.term_edit.setMaxLength(MAX_TERM_LENGTH)
        self.english_edit = QLineEdit(english)
        self.english_edit.setPlaceholderText(translate("AddGlossaryDialog", "your preferred English"))
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setPlaceholderText(translate("AddGlossaryDialog", "a note for yourself (optional)"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout(self)
        form.addRow(translate("AddGlossaryDialog", "French term:"), self.term_edit)
        form.addRow(translate("AddGlossaryDialog", "English:"), self.english_edit)
        form.addRow(translate("AddGlossaryDialog", "Note:"), self.note_edit)
        if context:
            shown = context if len(context) <= 300 else context[:297] + "…"
            label = QLabel(shown)
            label.setWordWrap(True)
            label.setStyleSheet("color: gray;")
            form.addRow(translate("AddGlossaryDialog", "Context:"), label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.term_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(420, self.sizeHint().height())
        (self.english_edit if self.term_edit.text() else self.term_edit).setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.term_edit.text().strip()))

    def values(self) -> tuple[str, str, str]:
        return (" ".join(self.term_edit.text().split()), self.english_edit.text().strip(),
                self.note_edit.toPlainText().strip())
