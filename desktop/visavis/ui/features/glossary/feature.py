"""Glossary feature: hover popup over French words, "Add to glossary…", Tools → Glossary….

The dictionary loads and each article is annotated (words and terms matched) in a
worker; hovering is then a bisect in the precomputed hits, so it never blocks.  Terms
of the reader's glossary are underlined in the French pane.

Start-up work is one task, in order: the dictionary (opened, queried on demand) and
simplemma's French and English data (~0.5 s of Python in all).  Articles opened meanwhile are
annotated once it is done, never before: a second task lemmatising at the same time
would decode simplemma's data twice and keep two threads competing with the GUI thread
for the GIL while the window first paints (bench/gui_freeze_bench.py).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QCursor, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QMenu

from visavis.core.document import Document, Sentence
from visavis.core.glossary.annotate import ArticleGlossary, annotate_document
from visavis.core.glossary.dictionary import Dictionary, default_dictionary
from visavis.core.glossary.lemmas import warm_up
from visavis.core.glossary.lookup import lookup, resolve_hit
from visavis.core.glossary.reader_glossary import ReaderEntry, ReaderGlossary
from visavis.core.glossary.terms import READER, Glossary, Hit
from visavis.core.glossary.word_alignment import (
    cached_alignment,
    english_lemma,
    has_cached_alignment,
)
from visavis.core.translation.types import Translation
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.features.glossary.add_dialog import AddGlossaryDialog
from visavis.ui.features.glossary.glossary_view import GlossaryView
from visavis.ui.features.glossary.popup import GlossaryPopup

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

log = logging.getLogger(__name__)
HIDE_DELAY_MS = 350
POINTER_CHECK_MS = 250  # how often a shown popup checks the pointer is still over its pane
UNDERLINE_LAYER = "glossary"


class GlossaryFeature(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.reading = window.reading
        self.pane = window.reading.french
        library = getattr(window, "library", None)
        self.repository = ReaderGlossary(library) if library is not None else None
        self.dictionary: Dictionary | None = None
        self.dictionary_pending = True  # the start-up task will annotate when it is done
        self.reader_entries: list[ReaderEntry] = self._read_entries()
        self.glossary = Glossary(None, self.reader_entries)
        self.article: ArticleGlossary | None = None
        self.document: Document | None = None
        self.article_id: int | None = None
        self.sentences: dict[str, Sentence] = {}
        self.current: tuple[str, Hit] | None = None
        self.popup = GlossaryPopup(window)
        self.popup.closed.connect(self._forget_current)
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(HIDE_DELAY_MS)
        self.hide_timer.timeout.connect(self._hide_if_away)
        self.view_action = QAction(translate("MainWindow", "&Glossary…"), window)
        self.view_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.view_action.triggered.connect(lambda _c=False: self.open_view())
        window.menus["tools"].addAction(self.view_action)
        if self.repository is None:
            self.view_action.setEnabled(False)
            self.view_action.setToolTip(translate("GlossaryFeature", "No library is open"))
        window.articleOpened.connect(self.on_article_opened)
        self.reading.contextMenuForFrench.connect(self.on_context_menu)
        self.viewport = self.pane.viewport()
        self.viewport.installEventFilter(self)
        self.pane.installEventFilter(self)
        # the popup follows the pointer, not the text: when the text moves under a still
        # pointer the popup goes, and the replayed mouse move does not bring one back
        self.still_pointer: QPoint | None = None
        self.pane.verticalScrollBar().valueChanged.connect(self.text_moved)
        self.pane.document().documentLayout().documentSizeChanged.connect(self.text_moved)
        self.watchdog = QTimer(self)
        self.watchdog.setInterval(POINTER_CHECK_MS)
        self.watchdog.timeout.connect(self._check_pointer)
        self.load_started = False
        self.waiting_for_model = False
        translation = getattr(window, "translation", None)
        if translation is not None and hasattr(translation, "progressChanged"):
            translation.progressChanged.connect(self.warm_alignments)  # new English to align

    def start_loading(self) -> None:
        """Load the dictionary in a worker, once: on the first article or Tools → Glossary…,
        and after the translation model has loaded, so its ~0.5 s of Python never competes
        with the window's first paint and the model load for the GIL."""
        if self.load_started:
            return
        translation = getattr(self.window, "translation", None)
        if translation is not None and translation.loading:
            if not self.waiting_for_model:
                self.waiting_for_model = True
                for signal in (translation.modelReady, translation.modelMissing,
                               translation.failed):
                    signal.connect(self._model_settled)
            return
        self.load_started = True
        self.window.tasks.run(lambda _ctx: load_dictionary(), on_done=self._dictionary_ready,
                              on_error=self._dictionary_failed, key="glossary-dictionary")

    def _model_settled(self, *_args: object) -> None:
        if self.waiting_for_model and not self.window.translation.loading:
            self.waiting_for_model = False
            self.start_loading()

    # -- data ------------------------------------------------------------------------------
    def _read_entries(self) -> list[ReaderEntry]:
        try:
            return self.repository.list() if self.repository is not None else []
        except Exception:  # a damaged table must not break reading
            log.exception("could not read the glossary")
            return []

    def _dictionary_ready(self, dictionary: Dictionary) -> None:
        self.dictionary, self.dictionary_pending = dictionary, False
        self.reannotate()

    def _dictionary_failed(self, exc: BaseException) -> None:
        self.dictionary_pending = False
        self.window.status_message(str(exc))
        self.reannotate()

    def on_article_opened(self, session: Any) -> None:
        self.document = session.document
        self.article_id = getattr(session, "article_id", None)
        self.sentences = {s.id: s for s in self.document.sentences}
        self.article = None
        self.popup.dismiss()
        self.start_loading()
        self.reannotate()

    def reload_entries(self) -> None:
        self.reader_entries = self._read_entries()
        self.reannotate()

    def reannotate(self) -> None:
        """Rebuild the matcher and this article's hits in a worker (after the start-up load)."""
        if self.dictionary_pending:
            return
        dictionary, entries, document = self.dictionary, list(self.reader_entries), self.document

        def work(ctx: Any) -> tuple[Glossary, ArticleGlossary | None, Document | None]:
            glossary = Glossary(dictionary, entries)
            # no progress reports: each signal emission costs a reference (PySide6 6.12 bug)
            article = (annotate_document(document, glossary, cancel=ctx.cancel)
                       if document is not None else None)
            return glossary, article, document

        self.window.tasks.run(work, on_done=self._annotated, key="glossary-annotate")

    def _annotated(self, result: tuple[Glossary, ArticleGlossary | None, Document | None]) -> None:
        glossary, article, document = result
        self.glossary = glossary
        if document is not self.document:
            return
        self.article = article
        self.current = None
        self.underline_noted_terms()
        self.warm_alignments()

    def warm_alignments(self, *_args: object) -> None:
        """Align the sentences that have English in a worker, so that a hover (popup "here:",
        word link) only reads the cache instead of querying the dictionary on the GUI thread."""
        if self.dictionary is None or self.document is None:
            return
        pairs = []
        for sentence in self.document.sentences:
            english = self.english_of(sentence.id)
            if english is not None and english.text and not has_cached_alignment(
                    sentence.text, english.text):
                pairs.append((sentence.text, english.text))
        if not pairs:
            return

        def work(ctx: Any) -> None:
            for french, english in pairs:
                if ctx.cancel():
                    return
                cached_alignment(french, english)

        self.window.tasks.run(work, key="glossary-align")

    def underline_noted_terms(self) -> None:
        ranges = []
        if self.article is not None and self.document is not None:
            for sid, spans in self.article.noted_ranges().items():
                sentence = self.sentences.get(sid)
                if sentence is None:
                    continue
                base = self.document.blocks[sentence.block].plain_start + sentence.block_start
                ranges.extend((base + start, base + end) for start, end in spans)
        self.reading.underline_ranges(ranges, "fr", UNDERLINE_LAYER)

    # -- hover -----------------------------------------------------------------------------
    def hit_under(self, pos: QPoint) -> tuple[str, int, Hit] | None:
        """(sentence id, block index, hit) under a viewport point of the French pane."""
        found = self.pane.sentence_at(pos)
        if found is None or self.article is None:
            return None
        sid, index, block_offset = found
        sentence = self.sentences.get(sid)
        if sentence is None:
            return None
        hit = self.article.hit_at(sid, block_offset - sentence.block_start)
        return (sid, index, hit) if hit is not None else None

    def hit_rect(self, sid: str, hit: Hit) -> QRect:
        """Global rectangle of a hit in the French pane."""
        sentence = self.sentences[sid]
        first, last = QTextCursor(self.pane.document()), QTextCursor(self.pane.document())
        # code points -> Qt positions through the pane (right after an emoji, in a table)
        first.setPosition(self.pane.document_position(sentence.block, sentence.block_start + hit.start))
        last.setPosition(self.pane.document_position(sentence.block, sentence.block_start + hit.end))
        rect = self.pane.cursorRect(first).united(self.pane.cursorRect(last))
        return QRect(self.pane.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def english_of(self, sid: str) -> Translation | None:
        """The English the reader sees for a sentence: their correction, else the engine's."""
        if sid in self.reading.corrections:
            return Translation(self.reading.corrections[sid])
        return self.reading.translations.get(sid)

    def show_hit(self, sid: str, hit: Hit) -> None:
        sentence = self.sentences[sid]
        result = resolve_hit(hit, self.glossary, sentence.text[hit.start:hit.end],
                             self.english_of(sid), sentence=sentence.text)
        self.current = (sid, hit)
        self.hide_timer.stop()
        self.popup.show_result(result, self.hit_rect(sid, hit))
        self.watchdog.start()

    def text_moved(self, *_args: object) -> None:
        """Scroll, jump, resize or relayout: whatever was under the pointer is not any more."""
        if self.popup.pinned:
            return
        if self.current is not None and self.popup.isVisible():
            try:
                if self.hit_rect(*self.current).contains(QCursor.pos()):
                    return  # the text moved elsewhere (a translation below): same word here
            except (KeyError, IndexError):
                pass
        self.still_pointer = QCursor.pos()
        if self.popup.isVisible():
            self.popup.dismiss()

    def pointer_over_french(self) -> bool:
        return self.viewport.rect().contains(self.viewport.mapFromGlobal(QCursor.pos()))

    def _check_pointer(self) -> None:
        """While a popup shows, the pointer is over its word's pane or the popup itself."""
        if not self.popup.isVisible():
            self.watchdog.stop()
        elif not self.popup.pinned and not self.pointer_over_french() and \
                not self.popup.geometry().contains(QCursor.pos()):
            self.popup.dismiss()

    def hover(self, pos: QPoint) -> None:
        if self.popup.pinned:
            return
        if self.still_pointer is not None:
            if QCursor.pos() == self.still_pointer:
                return  # a move replayed by Qt after the text moved, not the reader's
            self.still_pointer = None
        if not self.pointer_over_french():
            return  # the pointer is elsewhere (English pane, a dock): a replayed move
        found = self.hit_under(pos)
        if found is None:
            self.hide_timer.start()
            return
        sid, _index, hit = found
        if self.current != (sid, hit) or not self.popup.isVisible():
            self.show_hit(sid, hit)

    def _hide_if_away(self) -> None:
        if self.popup.pinned or self.popup.geometry().contains(QCursor.pos()):
            return
        self.popup.dismiss()

    def _forget_current(self) -> None:
        self.current = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is self.viewport:
            if kind == QEvent.Type.MouseMove:
                self.hover(event.position().toPoint())  # type: ignore[attr-defined]
            elif kind == QEvent.Type.Leave:
                self.hide_timer.start()
        elif obj is self.pane and kind == QEvent.Type.KeyPress and self.popup.isVisible():
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_P and not event.modifiers():  # type: ignore[attr-defined]
                self.popup.pin()
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.dismiss()
                return True
        return super().eventFilter(obj, event)

    # -- adding and viewing ----------------------------------------------------------------
    def on_context_menu(self, menu: QMenu, sid: str, offset: int, selection: str) -> None:
        sentence = self.sentences.get(sid)
        hit = self.article.hit_at(sid, offset) if self.article and sentence else None
        term = " ".join(selection.split()) or (sentence.text[hit.start:hit.end]
                                               if sentence and hit else "")
        if not term:
            return
        menu.addSeparator()
        action = menu.addAction(translate("GlossaryFeature", "Add to &glossary…"),
                                lambda: self.add_term(term, sid, hit))
        if self.repository is None:
            action.setEnabled(False)

    def add_term(self, term: str, sid: str | None = None, hit: Hit | None = None,
                 dialog: AddGlossaryDialog | None = None) -> None:
        """Ask for English and note, then save the term (in the writer thread)."""
        if self.repository is None:
            return
        sentence = self.sentences.get(sid) if sid else None
        known = lookup(term, self.glossary)  # already noted: start from the reader's text
        english, note = (known.english, known.note) if known.source == READER else ("", "")
        if not english and hit is not None and sentence is not None \
                and sentence.text[hit.start:hit.end] == term:
            result = resolve_hit(hit, self.glossary, term, self.english_of(sid),
                                 sentence=sentence.text)
            english = result.here or (result.senses[0] if result.senses else "")
        elif not english and known.senses:
            english = known.senses[0]
        dialog = dialog or AddGlossaryDialog(term, english, note,
                                             sentence.text if sentence else "", self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        term, english, note = dialog.values()
        repository, article_id = self.repository, self.article_id
        context = sentence.text if sentence else ""
        self.window.tasks.write(
            lambda _ctx: repository.add(term, english, note, article_id=article_id,
                                        context=context),
            on_done=lambda entry: self._added(entry),
            on_error=lambda exc: self.window.status_message(
                translate("GlossaryFeature", "Not added to the glossary: {error}").format(
                    error=reader_text(exc))))

    def _added(self, entry: ReaderEntry) -> None:
        self.window.status_message(
            translate("GlossaryFeature", "« {term} » added to your glossary.").format(term=entry.term))
        self.reload_entries()

    def open_view(self) -> GlossaryView | None:
        if self.repository is None:
            return None
        self.start_loading()
        view = GlossaryView(self.repository, lambda: self.glossary, self.window,
                            runner=lambda fn, done, failed: self.window.tasks.run(
                                lambda _ctx: fn(), on_done=done, on_error=failed))
        view.changed.connect(self.reload_entries)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view


def load_dictionary() -> Dictionary:
    """Worker: the bundled dictionary and simplemma's French and English data, one after
    the other (each is cached for the process)."""
    dictionary = default_dictionary()
    warm_up()
    english_lemma("rises")  # simplemma's English data, for the sense used here and word links
    return dictionary


def install(window: Any) -> None:
    window.glossary_feature = GlossaryFeature(window)
    add_key_help = getattr(window, "add_key_help", None)
    if add_key_help is not None:
        group = translate("GlossaryFeature", "Glossary popup (pointer over a French word)")
        add_key_help(group, "P", translate("GlossaryFeature", "Pin the popup"))
        add_key_help(group, QKeySequence(Qt.Key.Key_Escape).toString(QKeySequence.SequenceFormat.NativeText),
                     translate("GlossaryFeature", "Close the popup"))
