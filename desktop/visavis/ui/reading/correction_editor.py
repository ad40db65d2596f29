"""The reader's own English for one sentence: edit, show with a marker, revert.

Double-click an English sentence (or "Correct translation…" in its context menu).
Corrections are stored per article and sentence id in ``library.corrections`` (by the
single writer), so they survive reopening and retranslation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

if TYPE_CHECKING:
    from visavis.ui.reading.host import ReadingHost


class CorrectionDialog(QDialog):
    """The French sentence (wrapped, selectable) above an editor for the reader's English;
    both wrap at the dialog's width, so a long sentence never makes a screen-wide dialog."""

    def __init__(self, french: str, english: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(translate("CorrectionEditor", "Correct translation"))
        self.resize(560, 300)
        layout = QVBoxLayout(self)
        heading = QLabel(translate("CorrectionEditor", "French:"))
        self.french = QLabel(french)
        self.french.setWordWrap(True)
        self.french.setTextInteractionFlags(self.french.textInteractionFlags().TextSelectableByMouse)
        self.french.setAccessibleName(translate("CorrectionEditor", "French sentence"))
        label = QLabel(translate("CorrectionEditor", "Your English:"))
        self.editor = QPlainTextEdit(english)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setAccessibleName(translate("CorrectionEditor", "Your English"))
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (heading, self.french, label, self.editor, buttons):
            layout.addWidget(widget)
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText()


def ask_correction(parent: QWidget | None, french: str, english: str) -> str | None:
    """The reader's English for ``french``, or None when they cancel."""
    dialog = CorrectionDialog(french, english, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class CorrectionEditor(QObject):
    def __init__(self, window: ReadingHost) -> None:
        super().__init__(window)
        self.window = window
        window.reading.correctionRequested.connect(self.edit)
        window.reading.revertRequested.connect(self.revert)

    def _current_english(self, sentence_id: str) -> str | None:
        session = self.window.session
        if session is None:
            return None
        if sentence_id in session.corrections:
            return session.corrections[sentence_id]
        translation = session.translations.get(sentence_id)
        return translation.text if translation is not None else None

    def edit(self, sentence_id: str) -> None:
        english = self._current_english(sentence_id)
        session = self.window.session
        if english is None or session is None:
            return
        french = session.document.sentence(sentence_id).text
        text = ask_correction(self.window, french, english)  # type: ignore[arg-type]
        if text is not None and text.strip() and text.strip() != english:
            self.set_correction(sentence_id, text.strip())

    def set_correction(self, sentence_id: str, english: str) -> None:
        session, window = self.window.session, self.window
        if session is None:
            return
        session.corrections[sentence_id] = english
        sentence = session.document.sentence(sentence_id)
        window.reading.show_translations([sentence.block])
        library, article_id = window.library, session.article_id
        if library is not None and article_id is not None:
            window.tasks.write(lambda ctx: library.corrections.set(
                article_id, sentence_id, sentence.text, english))
        window.status_message(translate("CorrectionEditor", "Correction saved."))

    def revert(self, sentence_id: str) -> None:
        session, window = self.window.session, self.window
        if session is None or session.corrections.pop(sentence_id, None) is None:
            return
        window.reading.show_translations([session.document.sentence(sentence_id).block])
        library, article_id = window.library, session.article_id
        if library is not None and article_id is not None:
            window.tasks.write(lambda ctx: library.corrections.revert(article_id, sentence_id))
        window.status_message(translate("CorrectionEditor", "Back to the machine translation."))
