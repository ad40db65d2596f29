"""The confirmation shown before an imported article goes into the library.

It shows the (editable) title, where the text came from, the detected language with a
clear warning when the text does not look French, how many paragraphs are in another
language (shown as they are, not translated), the importer's notes and a short preview
of the first paragraphs; Import / Cancel.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers import ImportedArticle
from visavis.ui.common.reader_messages import reader_text

PREVIEW_BLOCKS = 4
PREVIEW_CHARS = 900
# The importers' own language note ("This text looks English, not French: …") starts like
# this; the dialog states the language itself, so that note is not repeated.
_LANGUAGE_NOTE_PREFIX = "This text looks "
# The importers' "3 paragraphs are in English and will not be translated." (shown translated)
_FOREIGN_NOTE = re.compile(r"^\d+ paragraphs? (?:is|are) in \w+ and will not be translated\.$")


def language_name(code: str) -> str:
    """The reader-facing name of a language code from the importers' guesser."""
    names = {
        "fr": QCoreApplication.translate("ImportDialog", "French"),
        "en": QCoreApplication.translate("ImportDialog", "English"),
        "es": QCoreApplication.translate("ImportDialog", "Spanish"),
        "de": QCoreApplication.translate("ImportDialog", "German"),
        "it": QCoreApplication.translate("ImportDialog", "Italian"),
        "pt": QCoreApplication.translate("ImportDialog", "Portuguese"),
        "nl": QCoreApplication.translate("ImportDialog", "Dutch"),
    }
    return names.get(code, QCoreApplication.translate("ImportDialog", "unknown"))


def foreign_block_counts(source: str) -> dict[str, int]:
    """How many blocks of each language other than French the article has."""
    try:
        document = parse_markdown(source)
    except Exception:  # a note must never stop the import
        return {}
    counts: dict[str, int] = {}
    for block in document.blocks:
        if block.language != "fr" and block.text.strip():
            counts[block.language] = counts.get(block.language, 0) + 1
    return counts


def foreign_note(code: str, count: int) -> str:
    """« 3 paragraphs are in English and will not be translated. »"""
    text = (QCoreApplication.translate(
                "ImportDialog", "{count} paragraph is in {language} and will not be translated.")
            if count == 1 else QCoreApplication.translate(
                "ImportDialog", "{count} paragraphs are in {language} and will not be translated."))
    return text.format(count=count, language=language_name(code))


def looks_foreign(article: ImportedArticle) -> bool:
    """True when the guesser named a language other than French."""
    return article.language not in ("fr", "und", "")


def origin_text(origin: str) -> str:
    if origin == "clipboard":
        return QCoreApplication.translate("ImportDialog", "Pasted from the clipboard")
    return origin


def preview_text(source: str, blocks: int = PREVIEW_BLOCKS, limit: int = PREVIEW_CHARS) -> str:
    """The first paragraphs of a Markdown source as plain text, cut at ``limit`` characters."""
    try:
        document = parse_markdown(source)
    except Exception:  # a preview must never stop the import; show the raw start instead
        return source[:limit]
    text = "\n\n".join(b.text for b in document.blocks[:blocks] if b.text.strip())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


class ImportDialog(QDialog):
    """Asks the reader to confirm an import; ``title()`` is the (possibly edited) title."""

    def __init__(self, article: ImportedArticle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setWindowTitle(self.tr("Import an article"))
        self.setObjectName("import-dialog")
        self.title_field = QLineEdit(article.title)
        self.title_field.setCursorPosition(0)  # a long title shows its beginning
        self.title_field.setAccessibleName(self.tr("Title"))
        self.origin_label = QLabel(origin_text(article.origin))
        self.origin_label.setWordWrap(True)
        self.origin_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin_label.setAccessibleName(self.tr("Origin"))
        self.language_label = QLabel(language_name(article.language))
        self.language_label.setAccessibleName(self.tr("Language"))
        form = QFormLayout()
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_field)
        form.addRow(title_label, self.title_field)
        form.addRow(self.tr("From:"), self.origin_label)
        form.addRow(self.tr("Language:"), self.language_label)

        self.language_warning = QLabel()
        self.language_warning.setWordWrap(True)
        self.language_warning.setAccessibleName(self.tr("Language warning"))
        self.language_warning.setStyleSheet("QLabel { background: #fff3cd; color: #664d03;"
                                            " border: 1px solid #ffda6a; padding: 6px; }")
        self.language_warning.setVisible(looks_foreign(article))
        if looks_foreign(article):
            self.language_warning.setText(self.tr(
                "This text looks {language}; Vis-à-vis translates French → English. "
                "Import anyway?").format(language=language_name(article.language)))

        self.foreign_blocks = foreign_block_counts(article.source_markdown)
        self.notes = [reader_text(w) for w in article.warnings
                      if not w.startswith(_LANGUAGE_NOTE_PREFIX) and not _FOREIGN_NOTE.match(w)]
        if not looks_foreign(article):  # some paragraphs only: say which will stay as they are
            self.notes[:0] = [foreign_note(code, count)
                              for code, count in sorted(self.foreign_blocks.items())]
        self.notes_label = QLabel("\n".join(f"• {note}" for note in self.notes))
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName(self.tr("Notes from the import"))
        self.notes_label.setVisible(bool(self.notes))

        self.preview = QPlainTextEdit(preview_text(article.source_markdown))
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setMinimumHeight(140)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import anyway") if looks_foreign(article) else self.tr("&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_field.textChanged.connect(
            lambda text: self.import_button.setEnabled(bool(text.strip())))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.language_warning)
        layout.addWidget(self.notes_label)
        preview_label = QLabel(self.tr("Beginning of the article:"))
        preview_label.setBuddy(self.preview)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        # Enter confirms: the default must be set once the buttons are inside the dialog (set
        # before, QDialog picks the first auto-default button — Cancel — when it is shown).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.import_button.setDefault(True)
        self.resize(560, 440)

    def title(self) -> str:
        return self.title_field.text().strip() or self.article.title

    def confirmed_article(self) -> ImportedArticle:
        """The article with the title the reader kept or typed."""
        return replace(self.article, title=self.title())
