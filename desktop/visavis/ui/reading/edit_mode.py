"""Edit the French: View → Edit French (Ctrl+E) and File → New text….

The French pane becomes a plain-text editor on the Markdown source.  After 400 ms
without typing the text is reparsed; sentence ids are stable per text, so only
sentences whose text changed lack a translation and get retranslated.  Leaving edit
mode saves the source into the library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

from visavis.core.document.markdown_parser import parse_markdown
from visavis.ui.reading.article_session import ArticleSession

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

if TYPE_CHECKING:
    from visavis.ui.reading.host import ReadingHost

REPARSE_MS = 400


class EditMode(QObject):
    documentChanged = Signal(object)  # ArticleSession whose document was reparsed

    def __init__(self, window: ReadingHost) -> None:
        super().__init__(window)
        self.window = window
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(translate("EditMode", "Type or paste French text here (Markdown welcome)."))
        window.reading.french_stack.addWidget(self.editor)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REPARSE_MS)
        self.timer.timeout.connect(self.reparse)
        self.editor.textChanged.connect(self.timer.start)
        self.action = QAction(translate("EditMode", "&Edit French"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.toggled.connect(self._toggled)
        window.menus["view"].addAction(self.action)
        new_text = QAction(translate("EditMode", "&New text…"), window)
        new_text.setShortcut(QKeySequence.StandardKey.New)
        new_text.triggered.connect(self.new_text)
        file_menu = window.menus["file"]
        file_menu.insertAction(file_menu.actions()[0], new_text)

    @property
    def active(self) -> bool:
        return self.window.reading.french_stack.currentWidget() is self.editor

    def _toggled(self, on: bool) -> None:
        if on:
            self.enter()
        else:
            self.leave()

    def enter(self) -> None:
        session = self.window.session
        if session is None or self.active:
            self.action.setChecked(session is not None)
            return
        self.editor.blockSignals(True)
        self.editor.setPlainText(session.source)
        self.editor.blockSignals(False)
        self.window.reading.french_stack.setCurrentWidget(self.editor)
        self.action.setChecked(True)
        self.editor.setFocus()

    def leave(self) -> None:
        if not self.active:
            return
        if self.timer.isActive():
            self.reparse()
        self.window.reading.french_stack.setCurrentIndex(0)
        self.action.setChecked(False)
        self.save()

    def reparse(self) -> None:
        self.timer.stop()
        session = self.window.session
        source = self.editor.toPlainText()
        if session is None or source == session.source:
            return
        title = session.title if session.article_id is not None else _first_line(source)
        session.document = parse_markdown(source, title=title)
        self.window.translation.open_session(session)
        self.documentChanged.emit(session)
        # features re-derive their state from the new document (annotations re-anchor,
        # the glossary re-annotates) exactly as for an article being opened
        self.window.articleOpened.emit(session)

    def save(self) -> None:
        session, window = self.window.session, self.window
        library = window.library
        if session is None or library is None or not session.source.strip():
            return
        source = session.source
        if session.article_id is None:
            title = session.title or _first_line(source)

            def remember(article_id: int) -> None:
                session.article_id = article_id

            window.tasks.write(lambda ctx: library.articles.add(title, source), on_done=remember)
            return
        article_id = session.article_id
        window.tasks.write(lambda ctx: library.articles.update_source(article_id, source))

    def new_text(self) -> None:
        self.leave()
        self.window.show_session(ArticleSession(parse_markdown("", title=translate("EditMode", "New text"))))
        self.enter()


def _first_line(source: str) -> str:
    for line in source.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:80]
    return translate("EditMode", "New text")
