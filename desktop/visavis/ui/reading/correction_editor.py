"""The reader's own English for one sentence: edit, show with a marker, revert.

Double-click an English sentence (or "Correct translation…" in its context menu).
Corrections are stored per article and sentence id in ``library.corrections`` (by the
single writer), so they survive reopening and retranslation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

if TYPE_CHECKING:
    from visavis.ui.reading.host import ReadingHost


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
        text, ok = QInputDialog.getMultiLineText(
            self.window, translate("CorrectionEditor", "Correct translation"),
            translate("CorrectionEditor", "French:\n{french}\n\nYour English:").format(french=french),
            english)
        if ok and text.strip() and text.strip() != english:
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
