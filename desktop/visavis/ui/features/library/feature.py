"""Library feature: File → Library… (Ctrl+L) dock, Edit → Undo delete, backup and restore.

It also keeps the search index current for the open article: its French plain text when it
opens and its English (the reader's corrections over the machine translation) once the
translation is finished.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox

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
        self.show_action.triggered.connect(lambda _c=False: self.show())
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
            self.view.openRequested.connect(self.window.open_article)
            self.view.message.connect(self.window.status_message)
            self.view.undoAvailable.connect(self.undo_action.setEnabled)
            self.dock = QDockWidget(translate("LibraryFeature", "Library"), self.window)
            self.dock.setObjectName("library-dock")
            self.dock.setWidget(self.view)
            self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
            width = max(480, int(self.window.width() * 0.42))
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        return self.view

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
        self._report(str(exc))
        QMessageBox.warning(self.window, "Vis-à-vis", str(exc))


def install(window: Any) -> None:
    window.library_feature = LibraryFeature(window)
