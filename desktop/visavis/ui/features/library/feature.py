"""Library feature: File → Library… (Ctrl+L) dock, Edit → Undo delete, backup and restore.

It also keeps the search index current for the open article: its French plain text when it
opens and its English (the reader's corrections over the machine translation) once the
translation is finished.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

from visavis.core.glossary.normalize import strip_accents
from visavis.core.store.search import MATCH_END, MATCH_START
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.features.library.library_view import LibraryView

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

log = logging.getLogger(__name__)
BACKUP_FILTER = QT_TRANSLATE_NOOP(
    "LibraryFeature", "Vis-à-vis library backup (*.visavis-backup.zip *.zip);;All files (*)")


def english_plain(session: Any) -> str:
    """The English of an article: per block, corrections first, then machine translations."""
    parts = []
    for block in session.document.blocks:
        words = []
        for sentence in block.sentences:
            text = session.corrections.get(sentence.id)
            if text is None and sentence.id in session.translations:
                text = session.translations[sentence.id].text
            if text:
                words.append(text)
        if words:
            parts.append(" ".join(words))
    return "\n\n".join(parts)


def match_terms(marked: str) -> list[str]:
    """The words a search matched, from a snippet with MATCH_START/MATCH_END markers."""
    pattern = re.escape(MATCH_START) + "(.*?)" + re.escape(MATCH_END)
    return [t for t in (strip_accents(m).casefold().strip() for m in re.findall(pattern, marked)) if t]


def first_matching_sentence(session: Any, terms: list[str]) -> Any | None:
    """The first sentence whose French (else whose English) contains one of ``terms``."""
    if not terms:
        return None
    sentences = session.document.sentences
    for text_of in (lambda s: s.text,
                    lambda s: session.corrections.get(s.id) or getattr(
                        session.translations.get(s.id), "text", "")):
        for sentence in sentences:
            folded = strip_accents(text_of(sentence) or "").casefold()
            if any(term in folded for term in terms):
                return sentence
    return None


class MatchReveal(QObject):
    """Scroll a sentence to the upper third of the panes once its block is laid out, and
    flash it (both languages) for a moment."""

    FLASH_MS = 1600
    LAYER = "search-match"

    def __init__(self, reading: Any, document: Any, sentence: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.reading, self.document, self.sentence = reading, document, sentence
        self.tries = 0
        QTimer.singleShot(0, self._reveal)

    def _reveal(self) -> None:
        pane = self.reading.french
        block = self.sentence.block
        filled = getattr(pane, "is_filled", lambda i: i < pane.block_count())
        if not filled(block):
            self.tries += 1  # not written yet (long articles are filled in several turns)
            if self.tries < 500:
                QTimer.singleShot(20, self._reveal)
            return
        # the reading view keeps a requested place through reflows (a translation arriving,
        # alignment padding); fall back on the scroll bar for views without that
        scroll_to_block = getattr(self.reading, "scroll_to_block", None)
        if scroll_to_block is not None:
            scroll_to_block(max(0, block - 1))
        else:
            pane.verticalScrollBar().setValue(int(pane.block_rect(block).top()))
        start = self.document.blocks[block].plain_start + self.sentence.block_start
        end = self.document.blocks[block].plain_start + self.sentence.block_end
        colour = QColor(pane.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(90)
        self.reading.highlight_ranges("fr", [(start, end, colour)], layer=self.LAYER)
        self.reading.highlight_ranges("en", [(self.sentence.id, 0, 10**6, colour)], layer=self.LAYER)
        QTimer.singleShot(self.FLASH_MS, self._fade)

    def _fade(self) -> None:
        self.reading.highlight_ranges("fr", [], layer=self.LAYER)
        self.reading.highlight_ranges("en", [], layer=self.LAYER)
        self.deleteLater()


class LibraryFeature(QObject):
    backupFinished = Signal(str)  # reader-facing result of a backup or restore (or its error)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.view: LibraryView | None = None
        self.dock: QDockWidget | None = None
        self.show_action = QAction(translate("LibraryFeature", "&Library…"), window)
        self.show_action.setShortcut(QKeySequence("Ctrl+L"))
        self.show_action.triggered.connect(lambda _c=False: self.toggle())
        self._reveal: tuple[int, list[str]] | None = None  # article, search terms to show
        self.undo_action = QAction(translate("LibraryFeature", "Undo &delete"), window)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Alt+Z"))  # Ctrl+Z belongs to editing
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(lambda _c=False: self.view and self.view.undo_delete())
        self.backup_action = QAction(translate("LibraryFeature", "&Back up library…"), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(lambda _c=False: self.ask_backup())
        self.restore_action = QAction(translate("LibraryFeature", "&Restore library…"), window)
        self.restore_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.restore_action.triggered.connect(lambda _c=False: self.ask_restore())
        file_menu = window.menus["file"]
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertAction(first, self.show_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        window.menus["edit"].addAction(self.undo_action)
        if self.library is None:
            for action in (self.show_action, self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setToolTip(translate("LibraryFeature", "No library is open"))
            return
        window.articleOpened.connect(self.on_article_opened)
        translation = getattr(window, "translation", None)
        if translation is not None and hasattr(translation, "finished"):
            translation.finished.connect(self.on_translation_finished)

    # -- the dock ---------------------------------------------------------------------------
    def ensure_view(self) -> LibraryView:
        if self.view is None:
            self.view = LibraryView(self.library, self.window.tasks)
            self.view.openRequested.connect(self.open_from_library)
            self.view.message.connect(self.window.status_message)
            self.view.undoAvailable.connect(self.undo_action.setEnabled)
            # word statuses change the Known / New words columns (word-status feature, if any)
            provider = getattr(self.window, "word_status_provider", None)
            if provider is not None:
                provider.statusesChanged.connect(
                    lambda _lemmas: self.view.refresh() if self.view.isVisible() else None)
            self.dock = QDockWidget(translate("LibraryFeature", "Library"), self.window)
            self.dock.setObjectName("library-dock")
            self.dock.setWidget(self.view)
            self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
            width = max(480, int(self.window.width() * 0.42))
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        return self.view

    def toggle(self) -> None:
        """Ctrl+L: show the library, or put it away when it is already in front."""
        if self.dock is not None and self.dock.isVisible() and not self.dock.visibleRegion().isEmpty():
            self.dock.hide()
        else:
            self.show()

    def open_from_library(self, article_id: int) -> None:
        """Open an article; a docked library steps aside so the reading panes get the room,
        and a search result opens at its first match (scrolled to and flashed)."""
        view = self.view
        hit = view.model.hit(article_id) if view is not None else None
        self._reveal = (article_id, match_terms(hit.snippet) + match_terms(hit.title)) if hit else None
        self.window.open_article(article_id)
        if self.dock is not None and not self.dock.isFloating():
            self.dock.hide()

    def show(self) -> None:
        view = self.ensure_view()
        assert self.dock is not None
        self.dock.show()
        self.dock.raise_()
        view.refresh()
        view.search_field.setFocus()
        view.search_field.selectAll()

    # -- keeping the index current ----------------------------------------------------------
    def on_article_opened(self, session: Any) -> None:
        article_id = getattr(session, "article_id", None)
        if article_id is None:
            return
        library, french = self.library, session.document.plain
        self.window.tasks.write(lambda _ctx: library.search_index.update_article(article_id, french))
        if self._reveal is not None and self._reveal[0] == article_id:
            terms, self._reveal = self._reveal[1], None
            sentence = first_matching_sentence(session, terms)
            if sentence is not None:
                MatchReveal(self.window.reading, session.document, sentence, self)
        if self.view is not None and self.dock is not None and self.dock.isVisible():
            self.view.refresh()  # "last opened" changed

    def on_translation_finished(self) -> None:
        session = getattr(self.window, "session", None)
        if session is None or getattr(session, "article_id", None) is None:
            return
        library, article_id, english = self.library, session.article_id, english_plain(session)
        self.window.tasks.write(
            lambda _ctx: library.search_index.update_article(article_id, english_plain=english))

    # -- backup and restore -----------------------------------------------------------------
    def ask_backup(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, translate("LibraryFeature", "Back up your library"),
                                                  "library.visavis-backup.zip",
                                                  translate("LibraryFeature", BACKUP_FILTER))
        if not path:
            return
        library = self.library
        self.window.status_message(translate("LibraryFeature", "Backing up the library…"))
        self.window.tasks.run(
            lambda ctx: library.export_library(Path(path), ctx.progress, ctx.cancel),
            on_done=lambda p: self._report(
                translate("LibraryFeature", "Library saved to {path}.").format(path=p)),
            on_error=self._failed, key="library-backup")

    def ask_restore(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, translate("LibraryFeature", "Restore a library backup"), "",
                                                  translate("LibraryFeature", BACKUP_FILTER))
        if not path:
            return
        library = self.library
        self.window.status_message(translate("LibraryFeature", "Restoring the backup…"))

        def done(report: Any) -> None:
            if self.view is not None:
                self.view.refresh()
            provider = getattr(self.window, "word_status_provider", None)
            if provider is not None:  # restored statuses; restored articles get their words counted
                provider.reload_statuses()
            self._report(translate("LibraryFeature", "Restored {added} articles ({already} were "
                                   "already in your library).").format(
                added=report.articles_added, already=report.articles_already_there))

        self.window.tasks.write(
            lambda ctx: library.import_library(Path(path), True, ctx.progress, ctx.cancel),
            on_done=done, on_error=self._failed)

    def _report(self, message: str) -> None:
        self.window.status_message(message)
        self.backupFinished.emit(message)

    def _failed(self, exc: BaseException) -> None:
        log.warning("library backup/restore failed: %s", exc)
        message = reader_text(exc)
        self._report(message)
        QMessageBox.warning(self.window, "Vis-à-vis", message)


def install(window: Any) -> None:
    window.library_feature = LibraryFeature(window)
