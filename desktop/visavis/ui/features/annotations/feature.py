"""Annotations feature: highlight selections in five colours, notes, the side panel,
Edit → Undo/Redo, File → Export (PDF, Markdown, JSON-LD) and JSON-LD import.

Database work and exports run through ``window.tasks`` (writes on its single writer
thread, exports in workers); the GUI thread only paints and asks.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QMessageBox

from visavis.core.annotations.display import (
    NoteMarks,
    PaintPlan,
    english_annotation_at,
    english_span,
    french_annotation_at,
    note_marks,
    paint_plan,
)
from visavis.core.annotations.history import AnnotationHistory
from visavis.core.annotations.model import (
    COLOUR_NAMES,
    AnchorStatus,
    Annotation,
    Side,
    quote_target,
)
from visavis.core.annotations.repository import library_annotations
from visavis.ui.features.annotations.highlight_toolbar import HighlightToolbar
from visavis.ui.features.annotations.note_dialog import ask_note
from visavis.ui.features.annotations.panel import AnnotationsPanel

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

log = logging.getLogger(__name__)
LAYER, TINT_LAYER, CURRENT_LAYER = "annotations", "annotations-tint", "annotations-current"
NOTE_LAYER = "annotations-notes"  # dotted underline + the note as tooltip
HIGHLIGHT_ALPHA, TINT_ALPHA = 120, 45
EXPORTS = {  # kind -> (menu text, file filter, suffix, shortcut)
    "pdf": (QT_TRANSLATE_NOOP("AnnotationsFeature", "Export &PDF…"), "PDF (*.pdf)", ".pdf",
            "Ctrl+Shift+P"),
    "markdown": (QT_TRANSLATE_NOOP("AnnotationsFeature", "Export &Markdown…"), "Markdown (*.md)",
                 ".md", "Ctrl+Shift+M"),
    "jsonld": (QT_TRANSLATE_NOOP("AnnotationsFeature", "Export annotations (&JSON-LD)…"),
               "JSON-LD (*.jsonld *.json)", ".jsonld", "Ctrl+Shift+J"),
}


def install(window: Any) -> None:
    window.annotations = AnnotationsFeature(window)
    add_key_help = getattr(window, "add_key_help", None)
    if add_key_help is not None:
        group = translate("AnnotationsFeature", "Reading (with a selection)")
        add_key_help(group, "1 – 5", translate("AnnotationsFeature", "Highlight in one of the five colours"))
        add_key_help(group, QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText),
                     translate("AnnotationsFeature", "Add a note"))


# The core's undo labels (core/annotations/history.py), shown in Edit → Undo/Redo.
COMMAND_LABELS = (QT_TRANSLATE_NOOP("AnnotationCommands", "Add highlight"),
                  QT_TRANSLATE_NOOP("AnnotationCommands", "Delete highlight"),
                  QT_TRANSLATE_NOOP("AnnotationCommands", "Change colour"),
                  QT_TRANSLATE_NOOP("AnnotationCommands", "Edit note"))


def _command_name(label: str) -> str:
    return translate("AnnotationCommands", label).lower()


class AnnotationsFeature(QObject):
    changed = Signal()  # the annotations of the open article changed (after a write)
    exportFinished = Signal(str)  # path
    exportFailed = Signal(str)  # reader-facing message

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window, self.reading = window, window.reading
        library = getattr(window, "library", None)
        self.repository = library_annotations(library) if library is not None else None
        self.history = AnnotationHistory(self.repository) if self.repository else None
        self.session: Any = None
        self._sentences: dict[str, str] = {}  # sentence id -> French of the shown document
        self.annotations: list[Annotation] = []
        self.current_id: str | None = None
        self.selection: Any = None
        self.last_colour = COLOUR_NAMES[0]
        self.panel = AnnotationsPanel()
        self.dock = QDockWidget(translate("AnnotationsFeature", "Annotations"), window)
        self.dock.setObjectName("annotationsDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [260], Qt.Orientation.Horizontal)  # the text keeps the room
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
        window.menus["view"].addAction(toggle)
        self.panes = {"fr": self.reading.french, "en": self.reading.english}
        self.toolbars = {side: HighlightToolbar(pane.viewport()) for side, pane in self.panes.items()}
        for toolbar in self.toolbars.values():
            toolbar.colourChosen.connect(self.apply_colour)
            toolbar.noteRequested.connect(self.add_note)
        self._shortcuts()
        self._menus()
        self.panel.annotationActivated.connect(self.jump_to)
        self.panel.deleteRequested.connect(self.delete)
        self.panel.colourChangeRequested.connect(self.change_colour)
        self.panel.editNoteRequested.connect(self.edit_note)
        window.articleOpened.connect(self.on_article_opened)
        self.reading.selectionInfoChanged.connect(self.on_selection)
        self._repaint_timer = QTimer(self)  # coalesces repaints after the panes' text changes
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.setInterval(30)
        self._repaint_timer.timeout.connect(self.repaint)
        self.reading.aligned.connect(self._repaint_timer.start)
        self.reading.english.textChanged.connect(self._repaint_timer.start)
        self.reading.contextMenuForFrench.connect(lambda m, sid, off, _s: self._pane_menu(m, sid, off))
        self.reading.contextMenuForEnglish.connect(lambda m, _sid: self._pane_menu(m, "", -1))
        for pane in self.panes.values():
            pane.viewport().installEventFilter(self)
            pane.verticalScrollBar().valueChanged.connect(lambda _v: self._place_toolbar())

    # -- construction -----------------------------------------------------------------------
    def _shortcuts(self) -> None:
        for pane in self.panes.values():
            for key, name in enumerate(COLOUR_NAMES, 1):
                shortcut = QShortcut(QKeySequence(str(key)), pane)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda n=name: self.apply_colour(n))
            for keys, slot in (("Ctrl+Shift+N", self.add_note), ("Delete", self.delete_current)):
                shortcut = QShortcut(QKeySequence(keys), pane)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def _menus(self) -> None:
        edit = self.window.menus["edit"]
        self.undo_action = QAction(translate("AnnotationsFeature", "&Undo"), self.window)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(lambda _c=False: self.undo())
        self.redo_action = QAction(translate("AnnotationsFeature", "&Redo"), self.window)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda _c=False: self.redo())
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        file_menu = self.window.menus["file"]
        quit_action = getattr(self.window, "quit_action", None)
        self.export_actions: dict[str, QAction] = {}
        for kind, (text, _filter, _suffix, keys) in EXPORTS.items():
            action = QAction(translate("AnnotationsFeature", text), self.window)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _c=False, k=kind: self.ask_export(k))
            self.export_actions[kind] = action
        self.import_action = QAction(translate("AnnotationsFeature", "&Import annotations (JSON-LD)…"), self.window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(lambda _c=False: self.ask_import())
        actions = [*self.export_actions.values(), self.import_action]
        if quit_action is not None:
            file_menu.insertActions(quit_action, actions)
            file_menu.insertSeparator(quit_action)
        else:
            file_menu.addActions(actions)
        self._update_actions()

    def _update_actions(self) -> None:
        has_article = self.session is not None
        stored = has_article and self.repository is not None and self.session.article_id is not None
        self.undo_action.setEnabled(bool(stored and self.history.can_undo()))
        self.redo_action.setEnabled(bool(stored and self.history.can_redo()))
        undo, redo = translate("AnnotationsFeature", "&Undo"), translate("AnnotationsFeature", "&Redo")
        if stored and self.history.can_undo():
            undo = translate("AnnotationsFeature", "&Undo {command}").format(
                command=_command_name(self.history.undo_label()))
        if stored and self.history.can_redo():
            redo = translate("AnnotationsFeature", "&Redo {command}").format(
                command=_command_name(self.history.redo_label()))
        self.undo_action.setText(undo)
        self.redo_action.setText(redo)
        for action in self.export_actions.values():
            action.setEnabled(has_article)
        self.import_action.setEnabled(bool(stored))

    # -- article ------------------------------------------------------------------------------
    def can_annotate(self) -> bool:
        return (self.session is not None and self.repository is not None
                and self.session.article_id is not None)

    def on_article_opened(self, session: Any) -> None:
        edited = session is self.session  # the same article re-parsed after an edit
        self.session, self.current_id, self.annotations = session, None, []
        if self.history is not None:
            self.history.clear()
        self._show([])
        old_sentences = self._sentences if edited else {}
        self._sentences = {s.id: s.text for s in session.document.sentences}
        if not self.can_annotate():
            return
        repository, article_id, document = self.repository, session.article_id, session.document
        # English annotations are keyed by their French sentence: an edited sentence gets a
        # new id, so they follow it (old -> new by similarity) and are re-anchored in the
        # English known now; one whose sentence is gone becomes an orphan.
        new_sentences = dict(self._sentences)
        english = {sid: text for sid in new_sentences if (text := self.english_of(sid))}
        starts = {s.id: document.blocks[s.block].plain_start + s.block_start
                  for s in document.sentences}

        def load(_ctx: Any) -> list[Annotation]:
            from visavis.core.annotations.anchoring import map_sentences, reanchor

            stored = repository.for_article(article_id)
            plain = document.plain
            mapping = map_sentences(old_sentences, new_sentences) if old_sentences else None
            fresh = [reanchor(a, plain, english, starts, mapping, english_pending=True)
                     for a in stored]
            changed = [a for a, b in zip(fresh, stored, strict=True) if a is not b]
            repository.save_many(changed)
            return repository.for_article(article_id) if changed else fresh

        self.window.tasks.write(load, on_done=lambda anns, s=session: self._loaded(s, anns),
                                on_error=lambda exc: self.window.status_message(
                                    translate("AnnotationsFeature",
                                              "Highlights could not be loaded: {error}")
                                    .format(error=exc)))

    def _loaded(self, session: Any, annotations: list[Annotation]) -> None:
        if session is self.session:
            self._show(annotations)

    def _show(self, annotations: list[Annotation]) -> None:
        self.annotations = annotations
        if self.current_id not in {a.id for a in annotations}:
            self.current_id = None
        self.panel.set_annotations(annotations)
        if self.current_id:
            self.panel.select(self.current_id)
        self.repaint()
        self._update_actions()
        self.changed.emit()

    # -- texts --------------------------------------------------------------------------------
    def english_of(self, sentence_id: str) -> str:
        if sentence_id in self.reading.corrections:
            return self.reading.corrections[sentence_id]
        translation = self.reading.translations.get(sentence_id)
        return translation.text if translation is not None else ""

    def sentence_plain_start(self, sentence_id: str) -> int:
        s = self.session.document.sentence(sentence_id)
        return self.session.document.blocks[s.block].plain_start + s.block_start

    # -- painting -----------------------------------------------------------------------------
    def repaint(self) -> None:
        if self.session is None:
            plan = PaintPlan()
        else:
            plan = paint_plan(self.annotations, self.session.document, self.english_of,
                              self.current_id)
        reading = self.reading
        reading.highlight_ranges("en", [(sid, s, e, QColor(*rgb, TINT_ALPHA))
                                        for sid, s, e, rgb in plan.tints], TINT_LAYER)
        reading.highlight_ranges("fr", [(s, e, QColor(*rgb, HIGHLIGHT_ALPHA))
                                        for s, e, rgb in plan.french], LAYER)
        reading.highlight_ranges("en", [(sid, s, e, QColor(*rgb, HIGHLIGHT_ALPHA))
                                        for sid, s, e, rgb in plan.english], LAYER)
        marks = (note_marks(self.annotations, self.session.document, self.english_of)
                 if self.session is not None else NoteMarks())
        reading.underline_ranges([(s, e, None) for s, e, _n in marks.french], "fr", NOTE_LAYER,
                                 style="dots")
        reading.underline_ranges([(sid, s, e, None) for sid, s, e, _n in marks.english], "en",
                                 NOTE_LAYER, style="dots")
        reading.tooltip_ranges("fr", marks.french, NOTE_LAYER)
        reading.tooltip_ranges("en", marks.english, NOTE_LAYER)
        reading.underline_ranges([(s, e, None) for s, e in plan.current_french], "fr", CURRENT_LAYER)
        reading.underline_ranges([(sid, s, e, None) for sid, s, e in plan.current_english], "en",
                                 CURRENT_LAYER)

    # -- selection and clicks ---------------------------------------------------------------------
    def on_selection(self, info: Any) -> None:
        self.selection = info
        self._place_toolbar()

    def _place_toolbar(self) -> None:
        """Show the toolbar of the pane holding the selection just above it (else hide)."""
        info = self.selection
        self._hide_toolbars()
        if info is None or not self.can_annotate() or not info.text.strip():
            return
        pane = self.panes[info.side]
        cursor = QTextCursor(pane.textCursor())
        cursor.setPosition(min(cursor.selectionStart(), cursor.selectionEnd()))
        self.toolbars[info.side].show_at(pane.cursorRect(cursor).topLeft())

    def _hide_toolbars(self) -> None:
        for toolbar in self.toolbars.values():
            toolbar.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            for side, pane in self.panes.items():
                if obj is pane.viewport() and not pane.textCursor().hasSelection():
                    found = self.annotation_at(side, pane.cursorForPosition(event.position().toPoint()).position())  # type: ignore[attr-defined]
                    if found is not None:
                        self.select(found.id)
        return False

    def annotation_at(self, side: str, document_position: int) -> Annotation | None:
        """The smallest annotation covering a position of a pane's Qt document."""
        if self.session is None:
            return None
        pane = self.panes[side]
        found = pane.locate(document_position)
        if found is None:
            return None
        index, offset = found
        if side == "fr" and index < len(self.session.document.blocks):
            plain = self.session.document.blocks[index].plain_start + offset
            return french_annotation_at(self.annotations, plain)
        if side == "en" and index < pane.block_count():
            for sid, s, e in pane.block(index).sentences:
                if s <= offset < e:
                    return english_annotation_at(self.annotations, sid, offset - s, self.english_of)
        return None

    def select(self, annotation_id: str | None) -> None:
        self.current_id = annotation_id
        self.panel.select(annotation_id or "")
        self.repaint()
        ann = self.get(annotation_id)
        if ann is not None and ann.note:
            self.window.status_message(ann.note[:200])

    def get(self, annotation_id: str | None) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def jump_to(self, annotation_id: str) -> None:
        ann = self.get(annotation_id)
        if ann is None:
            return
        self.select(annotation_id)
        if ann.status == AnchorStatus.ORPHAN:
            self.window.status_message(translate("AnnotationsFeature", "This passage is no longer in the text."))
            return
        if ann.side == Side.FRENCH:
            pane, document = self.panes["fr"], self.session.document
            block = next(b for b in document.blocks if b.plain_start + len(b.text) >= ann.target.start)
            position = pane.document_position(block.index, max(0, ann.target.start - block.plain_start))
        else:
            pane = self.panes["en"]
            found = pane.sentence_position(ann.target.sentence_id or "",
                                           (english_span(ann, self.english_of) or (0, 0))[0])
            if found is None:
                return
            position = found
        cursor = QTextCursor(pane.document())
        cursor.setPosition(position)
        pane.setTextCursor(cursor)
        pane.ensureCursorVisible()

    def _pane_menu(self, menu: QMenu, sentence_id: str, offset: int) -> None:
        if self.selection is not None and self.can_annotate():
            menu.addSeparator()
            highlight = menu.addMenu(translate("AnnotationsFeature", "Highlight"))
            for name in COLOUR_NAMES:
                highlight.addAction(self.toolbars["fr"].buttons[name].icon(), name.capitalize(),
                                    lambda n=name: self.apply_colour(n))
            menu.addAction(translate("AnnotationsFeature", "Highlight with a note…"), self.add_note)
        if self.current_id is not None:
            menu.addSeparator()
            self.panel.build_menu(self.current_id, menu.addMenu(translate("AnnotationsFeature", "Selected highlight")))

    # -- editing ------------------------------------------------------------------------------
    def new_annotation(self, colour: str, note: str = "") -> Annotation | None:
        info = self.selection
        if info is None or not self.can_annotate() or not info.text.strip():
            return None
        article_id = self.session.article_id
        if info.side == "fr":
            target = quote_target(self.session.document.plain, info.start, info.end)
            return Annotation(article_id=article_id, side=Side.FRENCH, colour=colour, note=note,
                              target=target, reading_pos=info.start)
        english = self.english_of(info.sentence_id or "")
        end = min(info.end, len(english))
        if not english or info.start >= end:
            return None
        return Annotation(article_id=article_id, side=Side.ENGLISH, colour=colour, note=note,
                          target=quote_target(english, info.start, end, info.sentence_id),
                          reading_pos=self.sentence_plain_start(info.sentence_id))

    def apply_colour(self, colour: str) -> None:
        existing = self.get(self.current_id) if self.selection is None else None
        if existing is not None:
            self.change_colour(existing.id, colour)
            return
        annotation = self.new_annotation(colour)
        if annotation is None:
            return
        self.last_colour = colour
        self._clear_selection()
        self.current_id = annotation.id
        self._write(lambda h: h.add(annotation))

    def add_note(self) -> None:
        annotation = self.new_annotation(self.last_colour)
        if annotation is None:
            if self.current_id is not None:
                self.edit_note(self.current_id)
            return
        note = ask_note(self.window, annotation.target.exact)
        if note is None:
            return
        annotation = annotation.with_changes(note=note)
        self._clear_selection()
        self.current_id = annotation.id
        self._write(lambda h: h.add(annotation))

    def edit_note(self, annotation_id: str) -> None:
        ann = self.get(annotation_id)
        if ann is None:
            return
        note = ask_note(self.window, ann.target.exact, ann.note)
        if note is not None and note != ann.note:
            self._write(lambda h: h.edit_note(annotation_id, note))

    def change_colour(self, annotation_id: str, colour: str) -> None:
        ann = self.get(annotation_id)
        if ann is not None and ann.colour != colour:
            self._write(lambda h: h.change_colour(annotation_id, colour))

    def delete(self, annotation_id: str) -> None:
        if self.get(annotation_id) is not None:
            self._write(lambda h: h.delete(annotation_id))

    def delete_current(self) -> None:
        if self.current_id is not None:
            self.delete(self.current_id)

    def undo(self) -> None:
        self._write(lambda h: h.undo())

    def redo(self) -> None:
        self._write(lambda h: h.redo())

    def _clear_selection(self) -> None:
        for pane in self.panes.values():
            pane.clear_selection()
        self.selection = None
        self._hide_toolbars()

    def _write(self, operation: Any) -> None:
        """Run ``operation(history)`` on the writer thread, then show the stored state."""
        if not self.can_annotate():
            return
        history, repository, session = self.history, self.repository, self.session

        def work(_ctx: Any) -> list[Annotation]:
            operation(history)
            return repository.for_article(session.article_id)

        def failed(exc: BaseException) -> None:
            log.warning("annotation edit failed: %s", exc)
            self.window.status_message(
                translate("AnnotationsFeature", "The highlight could not be saved: {error}")
                .format(error=exc))

        self.window.tasks.write(work, on_done=lambda anns: self._loaded(session, anns),
                                on_error=failed)

    # -- export / import ------------------------------------------------------------------------
    def export_article(self) -> Any:
        from visavis.export.article import ExportArticle

        english = {s.id: self.english_of(s.id) for s in self.session.document.sentences}
        return ExportArticle(self.session.document, english, list(self.annotations),
                             article_id=self.session.article_id,
                             origin=self.session.origin or "", date=date.today().isoformat())

    def ask_export(self, kind: str) -> None:
        if self.session is None:
            return
        text, file_filter, suffix, _keys = EXPORTS[kind]
        default = (self.session.title or "article").replace("/", "-")[:80] + suffix
        title = translate("AnnotationsFeature", text).replace("&", "").rstrip("…")
        path, _ = QFileDialog.getSaveFileName(self.window, title,
                                              default, file_filter)
        if path:
            self.export_to(kind, Path(path))

    def export_to(self, kind: str, path: Path) -> None:
        """Export in a worker; emits ``exportFinished(path)`` or ``exportFailed(message)``."""
        from visavis.export.run import run_export

        article, library = self.export_article(), getattr(self.window, "library", None)

        def done(message: str) -> None:
            self.window.status_message(message)
            self.exportFinished.emit(str(path))

        self.window.status_message(translate("AnnotationsFeature", "Exporting {name}…").format(
            name=path.name))
        self.window.tasks.run(
            lambda ctx: run_export(kind, article, path, library, progress=ctx.progress,
                                   cancel=ctx.cancel),
            on_done=done, on_error=self._export_failed, key=f"export-{kind}")

    def _export_failed(self, exc: BaseException) -> None:
        message = str(exc) or translate("AnnotationsFeature", "The export failed.")
        self.window.status_message(message)
        self.exportFailed.emit(message)
        if self.window.isVisible() and not getattr(self.window, "quiet_errors", False):
            QMessageBox.warning(self.window, translate("AnnotationsFeature", "Export"), message)

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, translate("AnnotationsFeature", "Import annotations"), "",
                                              translate("AnnotationsFeature", "W3C annotations (*.jsonld *.json);;All files (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        if not self.can_annotate():
            return
        from visavis.core.annotations.jsonld_import import import_file

        document, repository, session = self.session.document, self.repository, self.session
        english = {s.id: self.english_of(s.id) for s in document.sentences}
        starts = {s.id: self.sentence_plain_start(s.id) for s in document.sentences}

        def work(_ctx: Any) -> tuple[list[Annotation], str]:
            summary = import_file(repository, path, session.article_id, document.plain, english,
                                  starts)
            return repository.for_article(session.article_id), summary

        def done(value: tuple[list[Annotation], str]) -> None:
            self._loaded(session, value[0])
            self.window.status_message(value[1])

        self.window.tasks.write(work, on_done=done, on_error=self._export_failed)
