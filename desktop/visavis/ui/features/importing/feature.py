"""Import feature: File → Import file… / Import from web…, Edit → Paste as new article, and
drag-and-drop of files and links onto the window.

Every path ends in the confirmation dialog (ui/import_dialog.py); Import saves the article
into the library (or, without a library, opens it unsaved) and opens it.  The importers run
off the GUI thread; their ``ImportFailed`` messages are shown to the reader as they are.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from visavis.core.importers import (
    SUPPORTED_EXTENSIONS,
    ImportCancelled,
    ImportedArticle,
    ImportFailed,
    import_clipboard,
    import_path,
)
from visavis.core.store.errors import LibraryError
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.features.importing.import_dialog import ImportDialog
from visavis.ui.features.importing.web_import_dialog import WebImportDialog
from visavis.ui.reading.article_session import ArticleSession, parse

log = logging.getLogger(__name__)
FILE_TASK = "import-file"
WEB_SHORTCUT, WEB_SHORTCUT_FALLBACK = "Ctrl+Shift+I", "Ctrl+Alt+I"
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)


def import_filter() -> str:
    patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS if ext)
    return QApplication.translate("ImportFeature", "Articles ({patterns});;All files (*)").format(
        patterns=patterns)


def dropped_target(mime: QMimeData | None) -> Path | str | None:
    """The first supported thing in a drop: a local file (``Path``) or a web address (``str``)."""
    if mime is None:
        return None
    urls = list(mime.urls()) if mime.hasUrls() else []
    if not urls and mime.hasText():
        text = mime.text().strip()
        if text and "\n" not in text:
            urls = [QUrl(text)]
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in SUPPORTED_EXTENSIONS and path.suffix:
                return path
        elif url.scheme().lower() in ("http", "https") and url.host():
            return url.toString()
    return None


def save_imported(article: ImportedArticle, library: Any) -> tuple[int, bool]:
    """Store the article (an identical text already there is reused); (id, newly added)."""
    existing = library.articles.find_by_source(article.source_markdown)
    if existing is not None:
        return int(existing), False
    article_id = library.articles.add(article.title, article.source_markdown,
                                      origin=article.origin, language=article.language or "fr")
    return int(article_id), True


class ImportFeature(QObject):
    confirmationShown = Signal(object)  # ImportDialog
    webDialogShown = Signal(object)  # WebImportDialog
    importFailed = Signal(str)  # reader-facing message
    articleImported = Signal(object)  # article id, or None when opened without a library

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ImportDialog | None = None
        self.web_dialog: WebImportDialog | None = None
        self.file_action = self._action(self.tr("&Import file…"), self.ask_file, "Ctrl+I")
        self.web_action = self._action(self.tr("Import from &web…"), self.ask_web,
                                       self._free_shortcut(WEB_SHORTCUT, WEB_SHORTCUT_FALLBACK))
        self.paste_action = self._action(self.tr("&Paste as new article"), self.paste,
                                         "Ctrl+Shift+V")
        file_menu = window.menus["file"]
        anchor = self._after_open(file_menu)
        file_menu.insertActions(anchor, [self.file_action, self.web_action])
        window.menus["edit"].addAction(self.paste_action)
        self._install_drop_targets()
        self._cancel_button: QPushButton | None = None  # in the status bar, made when needed

    # -- construction -----------------------------------------------------------------------
    def _action(self, text: str, slot: Any, key: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _free_shortcut(self, preferred: str, fallback: str) -> str:
        """``preferred`` unless another command of the window already uses it."""
        wanted = QKeySequence(preferred)
        for action in self.window.findChildren(QAction):
            if wanted in action.shortcuts():
                log.info("%s is taken by %r; web import uses %s", preferred, action.text(), fallback)
                return fallback
        return preferred

    def _after_open(self, menu: Any) -> QAction | None:
        """Insert just after File → Open… (found by its Ctrl+O), else before Quit."""
        actions = menu.actions()
        open_key = QKeySequence("Ctrl+O")
        for i, action in enumerate(actions):
            if open_key in action.shortcuts() and i + 1 < len(actions):
                return actions[i + 1]
        quit_action = getattr(self.window, "quit_action", None)
        return quit_action if quit_action in actions else None

    def _install_drop_targets(self) -> None:
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)
        reading = getattr(self.window, "reading", None)
        for pane in (getattr(reading, "french", None), getattr(reading, "english", None)):
            if pane is not None:
                pane.viewport().setAcceptDrops(True)
                pane.viewport().installEventFilter(self)

    @property
    def cancel_button(self) -> QPushButton:
        """The status bar's Cancel import button (shown while a file import runs)."""
        if self._cancel_button is None:
            button = QPushButton(self.tr("Cancel import"))
            button.setAccessibleName(self.tr("Cancel import"))
            button.setFlat(True)
            button.clicked.connect(self.cancel_import)
            button.hide()
            self.window.statusBar().addPermanentWidget(button)
            self._cancel_button = button
        return self._cancel_button

    def _hide_cancel(self) -> None:
        if self._cancel_button is not None:
            self._cancel_button.hide()

    # -- the three ways in -----------------------------------------------------------------
    def ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import an article"), "",
                                              import_filter())
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> None:
        """Import a file in a worker, then ask for confirmation."""
        path = Path(path)
        busy = self.tr("Importing {name}…").format(name=path.name)
        self.window.status_message(busy)

        def progress(done: int, total: int) -> None:
            if total > 0:
                self.window.status_message(f"{busy} {100 * done // total} %")

        self.window.tasks.run(lambda ctx: import_path(path, ctx.progress, ctx.cancel),
                              on_done=self.confirm, on_error=self._failed, on_progress=progress,
                              key=FILE_TASK)
        self.cancel_button.show()

    def cancel_import(self) -> None:
        """Stop a running file or clipboard import (its result is dropped)."""
        if self.window.tasks.is_running(FILE_TASK):
            self.window.tasks.cancel(FILE_TASK)
            self.window.status_message(self.tr("Import cancelled."))
        self._hide_cancel()

    def ask_web(self, url: str = "", start: bool = False) -> WebImportDialog:
        if self.web_dialog is not None:
            self.web_dialog.close()  # cancels its download, if any
            self.web_dialog.deleteLater()
        dialog = WebImportDialog(self.window.tasks, self.window, url)
        dialog.imported.connect(self.confirm)
        self.web_dialog = dialog
        dialog.open()
        self.webDialogShown.emit(dialog)
        if start and url:
            dialog.start()
        return dialog

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else None
        self.window.status_message(self.tr("Reading the clipboard…"))
        self.window.tasks.run(lambda _ctx: import_clipboard(html, text),
                              on_done=self.confirm, on_error=self._failed, key=FILE_TASK)

    # -- drag and drop ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in _DRAG_EVENTS or kind == QEvent.Type.Drop:
            target = dropped_target(event.mimeData())  # type: ignore[attr-defined]
            if target is None:
                return False
            event.acceptProposedAction()  # type: ignore[attr-defined]
            if kind == QEvent.Type.Drop:
                self.open_dropped(target)
            return True
        return False

    def open_dropped(self, target: Path | str) -> None:
        if isinstance(target, Path):
            self.import_file(target)
        else:
            self.ask_web(target, start=True)

    # -- confirmation and saving ------------------------------------------------------------
    def confirm(self, article: ImportedArticle) -> ImportDialog:
        self._hide_cancel()
        self.window.status_message("")
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        dialog = ImportDialog(article, self.window)
        dialog.accepted.connect(lambda: self.save_and_open(dialog.confirmed_article()))
        dialog.rejected.connect(lambda: self.window.status_message(self.tr("Import cancelled.")))
        self.dialog = dialog
        dialog.open()
        self.confirmationShown.emit(dialog)
        return dialog

    def save_and_open(self, article: ImportedArticle) -> None:
        library = self.window.library
        if library is None:
            self.window.tasks.run(
                lambda _ctx: ArticleSession(parse(article.source_markdown, article.title), None,
                                            origin=article.origin),
                on_done=self._show_unsaved, on_error=self._failed)
            return
        self.window.tasks.write(lambda _ctx: save_imported(article, library),
                                on_done=self._saved, on_error=self._failed)

    def _saved(self, result: tuple[int, bool]) -> None:
        article_id, added = result
        self.window.status_message(
            self.tr("Imported into your library.") if added
            else self.tr("This article was already in your library; opened it."))
        self.window.open_article(article_id)
        self.articleImported.emit(article_id)

    def _show_unsaved(self, session: ArticleSession) -> None:
        self.window.show_session(session)
        self.window.status_message(self.tr("Opened without saving: no library is open."))
        self.articleImported.emit(None)

    def _failed(self, exc: BaseException) -> None:
        self._hide_cancel()
        if isinstance(exc, ImportCancelled):
            self.window.status_message(self.tr("Import cancelled."))
            return
        if isinstance(exc, (ImportFailed, LibraryError)):  # their messages are for the reader
            message = reader_text(exc)
        else:
            log.warning("import failed", exc_info=exc)
            message = self.tr("The article could not be imported: {error}").format(error=exc)
        self.window.status_message(message)
        self.window.show_error(message)
        self.importFailed.emit(message)


def install(window: Any) -> None:
    window.import_feature = ImportFeature(window)
