"""Word status feature: tints in the French pane, status keys and popup row, mark the rest as
known, per-article figures in the status bar, learner and interleaved modes, i+1 sentences,
statistics and importing known words.

Everything that touches the library runs in the window's task runner (statuses are written
with ``tasks.write``).  The open article's tokens and statuses live in an
:class:`ArticleWords` built in a worker, so painting a screen is dict reads; a status change
updates it at once, repaints the visible screen (``last_restyle_ms``) and is written behind.
Other features learn of changes through ``statusesChanged`` (on ``window.word_status_provider``).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu, QSizeGrip

from visavis.core.knowledge.mark_rest import rest_to_mark
from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.tokens import Token
from visavis.core.knowledge.word_import import term_key
from visavis.ui.features.word_status.article_words import ArticleWords
from visavis.ui.features.word_status.colours import status_colours
from visavis.ui.features.word_status.interleaved import InterleavedView
from visavis.ui.features.word_status.learner_mode import LearnerMode
from visavis.ui.features.word_status.popup_row import StatusRow, status_label
from visavis.ui.features.word_status.reading_tracker import ReadingTracker
from visavis.ui.features.word_status.tint_painter import TintPainter

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

INDEX_BATCH = 20  # articles counted per background batch (~1 s of a worker, writes ~2 ms each)
KEYS = (("N", TermStatus.NEW), ("L", None), ("K", TermStatus.KNOWN), ("I", TermStatus.IGNORED),
        ("U", TermStatus.UNKNOWN))
SETTING_TINTS = "words/tints"
SETTING_AUTO_MARK = "words/auto_mark"
SETTING_LEARNER = "words/learner"  # 0 off, 1 on demand, 2 auto
SETTING_THRESHOLD = "words/learner_threshold"
SETTING_INTERLEAVED = "words/interleaved"


def next_learning(status: TermStatus) -> TermStatus:
    """L: unknown/new → Learning 1 → 2 → 3 → Known."""
    if status.is_learning:
        return TermStatus(status + 1)
    return TermStatus.LEARNING_1 if status <= TermStatus.NEW else status


class WordStatusFeature(QObject):
    statusesChanged = Signal(list)  # lemmas whose status changed

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.reading = window.reading
        self.pane = window.reading.french
        self.library = getattr(window, "library", None)
        self.words: ArticleWords | None = None
        self.article_id: int | None = None
        self.title = ""
        self.hovered: Token | None = None
        self.last_restyle_ms = 0.0  # the in-memory change and the screen's tint rectangles
        self.undo_stack: list[list] = []  # PreviousStatus lists of "mark the rest as known"
        self.reached_end = False
        self._indexing = False
        self._waiting_for_model = False
        settings = window.settings
        self.tints_on = settings.number(SETTING_TINTS, 1.0) > 0
        self.auto_mark = settings.number(SETTING_AUTO_MARK, 0.0) > 0
        self.learner = LearnerMode(self.reading, self, int(settings.number(SETTING_LEARNER, 0)),
                                   settings.number(SETTING_THRESHOLD, 0.3))
        self.interleaved = InterleavedView(self.reading, self)
        self.tracker = ReadingTracker(window, self)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("wordFigures")
        self.figures_label.setAccessibleName(translate("WordStatus", "Words of this article you know"))
        self._figures_shown = False  # the label joins the status bar with the first article
        self._build_actions()
        self._colours = status_colours(self.pane.palette())
        self.tinter = TintPainter(self.pane, self._tint_of, self._block_tokens)
        self._after_change_timer = QTimer(self)  # what need not be within the 16 ms of a change
        self._after_change_timer.setSingleShot(True)
        self._after_change_timer.setInterval(60)
        self._after_change_timer.timeout.connect(self._after_change)
        window.articleOpened.connect(self.on_article_opened)
        self.reading.visibleBlocksChanged.connect(self._visible_changed)
        self.viewport = self.pane.viewport()
        self.viewport.installEventFilter(self)
        window.installEventFilter(self)  # closing after the end of an article: auto-mark
        window.word_status_provider = self
        if settings.number(SETTING_INTERLEAVED, 0.0) > 0:
            self.interleave_action.setChecked(True)
        if self.library is not None:
            QTimer.singleShot(3000, self, self.index_library)

    # -- menus ------------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot, keys: str | None = None,  # type: ignore[no-untyped-def]
                checkable: bool = False, checked: bool = False) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        if checkable:
            action.setCheckable(True)
            action.setChecked(checked)
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _c=False: slot())
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        view = self.window.menus["view"]
        view.addSeparator()
        self.tints_action = self._action(view, translate("WordStatus", "&Word status colours"),
                                         self.set_tints, "Ctrl+Shift+W", checkable=True,
                                         checked=self.tints_on)
        learner_menu = view.addMenu(translate("WordStatus", "English on &demand"))
        group = QActionGroup(self)
        self.learner_actions = []
        for mode, text in enumerate((translate("WordStatus", "Always show the English"),
                                     translate("WordStatus", "Hide each sentence until asked"),
                                     translate("WordStatus", "Show only hard sentences (auto)"))):
            action = self._action(learner_menu, text, lambda on, m=mode: on and self.set_learner(m),
                                  checkable=True, checked=self.learner.mode == mode)
            group.addAction(action)
            self.learner_actions.append(action)
        learner_menu.addSeparator()
        self._action(learner_menu, translate("WordStatus", "Threshold for “auto”…"), self.ask_threshold)
        self.reveal_action = self._action(learner_menu, translate("WordStatus", "Show the English of the current sentence"),
                                          self.learner.reveal_current, "Space")
        self.reveal_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reading.addAction(self.reveal_action)
        self.interleave_action = self._action(view, translate("WordStatus", "Inter&leaved French and English"),
                                              self.set_interleaved, "Ctrl+Shift+L", checkable=True)

        edit = self.window.menus["edit"]
        edit.addSeparator()
        words = edit.addMenu(translate("WordStatus", "&Word status"))
        self.key_actions: list[QAction] = []
        texts = {TermStatus.NEW: translate("WordStatus", "Hovered word: new"),
                 None: translate("WordStatus", "Hovered word: next learning step"),
                 TermStatus.KNOWN: translate("WordStatus", "Hovered word: known"),
                 TermStatus.IGNORED: translate("WordStatus", "Hovered word: ignore"),
                 TermStatus.UNKNOWN: translate("WordStatus", "Hovered word: unknown (automatic)")}
        for key, status in KEYS:
            action = self._action(words, texts[status], lambda s=status: self.key_pressed(s), key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.reading.addAction(action)  # active while the reading view has the focus
            self.key_actions.append(action)
        words.addSeparator()
        self._action(words, translate("WordStatus", "Mark the rest of the &screen as known"),
                     lambda: self.mark_rest("screen"), "Ctrl+Shift+K")
        self._action(words, translate("WordStatus", "Mark the rest of the &article as known"),
                     lambda: self.mark_rest("article"), "Ctrl+Alt+K")
        self.undo_mark_action = self._action(words, translate("WordStatus", "&Undo “mark as known”"),
                                             self.undo_mark, "Ctrl+Alt+U")
        self.undo_mark_action.setEnabled(False)
        self.auto_mark_action = self._action(
            words, translate("WordStatus", "Mark the rest as known when I finish an article"),
            self.set_auto_mark, checkable=True, checked=self.auto_mark)

        tools = self.window.menus["tools"]
        tools.addSeparator()
        self.iplus1_action = self._action(tools, translate("WordStatus", "Sentences with &one new word…"),
                                          self.open_iplus1, "Ctrl+Shift+O")
        self.statistics_action = self._action(tools, translate("WordStatus", "&Statistics…"),
                                              self.open_statistics, "Ctrl+Shift+T")
        self.import_action = self._action(tools, translate("WordStatus", "Import &known words…"),
                                          self.ask_import)
        if self.library is None:
            for action in (self.iplus1_action, self.statistics_action, self.import_action):
                action.setEnabled(False)

    # -- settings ---------------------------------------------------------------------------
    def set_tints(self, on: bool) -> None:
        self.tints_on = bool(on)
        self.window.settings.set_number(SETTING_TINTS, 1.0 if on else 0.0)
        self.repaint()
        self.interleaved.refresh()

    def set_auto_mark(self, on: bool) -> None:
        self.auto_mark = bool(on)
        self.window.settings.set_number(SETTING_AUTO_MARK, 1.0 if on else 0.0)

    def set_learner(self, mode: int) -> None:
        self.window.settings.set_number(SETTING_LEARNER, float(mode))
        self.learner.set_mode(mode)
        if 0 <= mode < len(self.learner_actions):
            self.learner_actions[mode].setChecked(True)

    def ask_threshold(self) -> None:
        value, ok = QInputDialog.getInt(
            self.window, translate("WordStatus", "English on demand"),
            translate("WordStatus", "Show the English of sentences with more than this share of "
                      "words you do not know (%):"), round(self.learner.threshold * 100), 0, 100)
        if ok:
            self.learner.threshold = value / 100
            self.window.settings.set_number(SETTING_THRESHOLD, value / 100)
            self.set_learner(2)

    def set_interleaved(self, on: bool) -> None:
        self.window.settings.set_number(SETTING_INTERLEAVED, 1.0 if on else 0.0)
        self.interleaved.set_active(bool(on))

    # -- the open article ---------------------------------------------------------------------
    def on_article_opened(self, session: Any) -> None:
        if self.auto_mark and self.reached_end and self.words is not None:
            self.mark_rest("article", announce_title=self.title)
        self.tracker.article_opened(session)
        if self.library is not None:
            QTimer.singleShot(5000, self, self.index_library)  # articles imported since: counted
        document = session.document
        self.article_id = getattr(session, "article_id", None)
        self.title = getattr(session, "title", "")
        self.words = None
        self.hovered = None
        self.reached_end = False
        self.repaint()
        self.figures_label.setText("")
        self._build(document)

    def _build(self, document: Any) -> None:
        """Tokens and statuses of the article in a worker — after the translation model has
        loaded: the first lemmatisation decodes simplemma's data (~0.3 s of Python), which must
        not compete with the window's first paint and the model load for the GIL."""
        translation = getattr(self.window, "translation", None)
        if translation is not None and getattr(translation, "loading", False):
            if not self._waiting_for_model:
                self._waiting_for_model = True
                for signal in (translation.modelReady, translation.modelMissing, translation.failed):
                    signal.connect(self._model_settled)
            return
        library, article_id = self.library, self.article_id

        def build(_ctx: Any) -> ArticleWords:
            words = ArticleWords.build(document, library)
            if library is not None and article_id is not None:  # its lemma counts, to store
                words.counts = library.word_occurrences.count_article(article_id, document)
            return words

        self.window.tasks.run(build, on_done=self._built, on_error=self._failed,
                              key="word-status-article")

    def _model_settled(self, *_args: object) -> None:
        translation = self.window.translation
        if self._waiting_for_model and not translation.loading:
            self._waiting_for_model = False
            if self.reading.document is not None and self.words is None:
                self._build(self.reading.document)

    def _built(self, words: ArticleWords) -> None:
        if self.reading.document is not words.document:
            return  # another article opened meanwhile
        self.words = words
        self.repaint()
        self.update_figures()
        self.learner.refresh()
        self.interleaved.refresh()
        counted, library = getattr(words, "counts", None), self.library
        if counted is not None and library is not None:  # one short write
            self.window.tasks.write(lambda _ctx: library.word_occurrences.store_counts(counted),
                                    on_error=lambda exc: log.warning("word index: %s", exc))

    def _failed(self, exc: BaseException) -> None:
        self.window.status_message(translate("WordStatus", "Word statuses: {error}").format(error=exc))

    # -- painting -----------------------------------------------------------------------------
    def _visible_changed(self, blocks: list[int]) -> None:
        if blocks and self.reading.document is not None \
                and blocks[-1] >= len(self.reading.document.blocks) - 1:
            self.reached_end = True
        self.tracker.seen(blocks)

    def _tint_of(self, token: Token):  # type: ignore[no-untyped-def]
        words = self.words
        if words is None or not self.tints_on:
            return None
        return self._colours.get(words.status(token))

    def _block_tokens(self, index: int) -> list:
        words = self.words
        if words is None or words.document is not self.reading.document:
            return []
        return words.block_tokens(index)

    def repaint(self) -> None:
        """Tint the words on screen by status (painted under the text at the next paint)."""
        self._colours = status_colours(self.pane.palette())
        self.tinter.update()

    def tinted_words(self) -> list[tuple[str, TermStatus]]:
        """(word as written, status) of every word tinted on screen, in order."""
        words = self.words
        if words is None:
            return []
        return [(token.text, words.status(token)) for _r, _c, token in self.tinter.word_rects()]

    def update_figures(self) -> None:
        if self.words is None:
            self.figures_label.setText("")
            return
        if not self._figures_shown:
            self._figures_shown = True
            bar = self.window.statusBar()
            if not bar.accessibleName():
                bar.setAccessibleName(translate("WordStatus", "Status bar"))
            for grip in bar.findChildren(QSizeGrip):
                if not grip.accessibleName():
                    grip.setAccessibleName(translate("WordStatus", "Resize the window"))
            bar.addPermanentWidget(self.figures_label)
        figures = self.words.figures()
        self.figures_label.setText(translate(
            "WordStatus", "You know {percent} % of this article · {new} new words").format(
                percent=figures.known_percent, new=figures.unknown_words + figures.new_words))

    # -- hovering and keys ----------------------------------------------------------------------
    def token_at(self, pos: QPoint) -> Token | None:
        found = self.pane.sentence_at(pos)
        if found is None or self.words is None:
            return None
        sid, index, block_offset = found
        span = self.pane.sentence_span(sid)
        if span is None:
            return None
        return self.words.token_at(sid, block_offset - span[1])

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            if self.auto_mark and self.reached_end and self.words is not None \
                    and not self.window.tasks.closed:
                self.mark_rest("article", announce_title=self.title)
                self.reached_end = False
            return False
        if obj is self.viewport:
            kind = event.type()
            if kind == QEvent.Type.MouseMove:
                self.hovered = self.token_at(event.position().toPoint())  # type: ignore[attr-defined]
            elif kind == QEvent.Type.Leave:
                self.hovered = None
            elif kind == QEvent.Type.PaletteChange:
                self._colours = status_colours(self.pane.palette())  # light ↔ dark
        return super().eventFilter(obj, event)

    def key_pressed(self, status: TermStatus | None) -> None:
        """A status key while hovering a word (with a selection, nothing happens)."""
        token = self.hovered
        if token is None or self.words is None or self.pane.textCursor().hasSelection():
            return
        current = self.words.status(token)
        if status is None:
            status = next_learning(current)
        if status == TermStatus.UNKNOWN and not token.auto_ignored:
            self.set_status(token.lemma, None)  # back to automatic
        else:
            self.set_status(token.lemma, status)
        self.window.status_message(translate("WordStatus", "« {word} »: {status}").format(
            word=token.lemma, status=status_label(status)))

    # -- changing statuses -----------------------------------------------------------------------
    def status_of(self, key: str, form: str = "") -> tuple[TermStatus, bool]:
        """(status, automatic) of a lemma key (or a multi-word key) in the open article."""
        words = self.words
        if words is None:
            return TermStatus.UNKNOWN, True
        if form and (key, form) in words.form_status:
            return words.form_status[(key, form)], False
        source = words.multiword if " " in key else words.lemma_status
        if key in source:
            return source[key], False
        return words.automatic_status(key), True

    def set_status(self, lemma: str, status: TermStatus | None, form: str = "") -> None:
        """Show the change now, write it behind (reverted with a message if it fails)."""
        if self.words is not None:
            before = self.status_of(lemma, form)
            self.words.apply(lemma, status, form)
            self.restyle()
        library = self.library
        if library is None:
            return

        def write(_ctx: Any) -> None:
            if status is None:
                library.word_status.clear(lemma, form or None)
            else:
                library.word_status.set(lemma, status, form=form or None)

        def failed(exc: BaseException) -> None:
            if self.words is not None:
                self.words.apply(lemma, None if before[1] else before[0], form)
                self.restyle()
            self._failed(exc)

        self.window.tasks.write(write, on_done=lambda _r: self.statusesChanged.emit([lemma]),
                                on_error=failed)

    def restyle(self) -> None:
        """After a change: the visible screen now; figures, learner/interleaved views just after."""
        started = time.perf_counter()
        self.repaint()
        self.viewport.repaint()  # synchronous: the change is on screen when this returns
        self.last_restyle_ms = (time.perf_counter() - started) * 1000
        self._after_change_timer.start()

    def _after_change(self) -> None:
        self.update_figures()
        self.learner.refresh()
        self.interleaved.refresh()

    # -- mark the rest as known --------------------------------------------------------------------
    def mark_rest(self, scope: str, announce_title: str = "") -> int:
        """Mark the unknown and new words of the screen (or article) known; returns how many."""
        words = self.words
        if words is None:
            return 0
        if scope == "screen":
            tokens = words.tokens_in_blocks(self.pane.visible_blocks())
        else:
            tokens = words.all_tokens()
        lemmas = rest_to_mark(tokens, words.lemma_status, words.form_status)
        if not lemmas:
            self.window.status_message(translate("WordStatus", "No unknown or new words left here."))
            return 0
        for lemma in lemmas:
            words.apply(lemma, TermStatus.KNOWN)
        self.restyle()
        library = self.library
        message = translate("WordStatus", "{count} words marked as known — Edit › Word status › Undo").format(
            count=len(lemmas))
        if announce_title:
            message = translate("WordStatus", "{count} words of “{title}” marked as known — "
                                "Edit › Word status › Undo").format(count=len(lemmas), title=announce_title)
        self.window.status_message(message)
        if library is None:
            return len(lemmas)
        self.undo_stack.append([])
        slot = self.undo_stack[-1]

        def write(_ctx: Any) -> list:
            return library.word_status.set_many((lemma, TermStatus.KNOWN) for lemma in lemmas)

        def done(previous: list) -> None:
            slot.extend(previous)
            self.undo_mark_action.setEnabled(True)
            self.statusesChanged.emit(list(lemmas))

        self.window.tasks.write(write, on_done=done, on_error=self._failed)
        return len(lemmas)

    def undo_mark(self) -> None:
        if not self.undo_stack or self.library is None:
            return
        previous = self.undo_stack.pop()
        self.undo_mark_action.setEnabled(bool(self.undo_stack))
        library = self.library

        def done(_redo: list) -> None:
            if self.words is not None:
                for p in previous:
                    self.words.apply(p.lemma, p.status, p.form)
                self.restyle()
            self.statusesChanged.emit([p.lemma for p in previous])
            self.window.status_message(translate("WordStatus", "{count} words back to their status.").format(
                count=len(previous)))

        self.window.tasks.write(lambda _ctx: library.word_status.restore(previous), on_done=done,
                                on_error=self._failed)

    # -- the glossary popup's status row (window.word_status_provider) ---------------------------------
    def attach_to_popup(self, popup: Any, result: Any) -> None:
        """Called by the glossary popup each time it shows ``result``: add or update our row."""
        row = popup.findChild(StatusRow, "wordStatusRow")
        if row is None:
            row = StatusRow(lambda status, form_only: self._popup_choice(row, status, form_only), popup)
            layout = popup.layout()
            layout.insertWidget(max(0, layout.count() - 1), row)  # above the popup's hint line
        query = " ".join(str(getattr(result, "query", "")).split())
        hovered = self.hovered
        if hovered is not None and hovered.text == query:
            key, form = hovered.lemma, hovered.form
        else:
            key = str(getattr(result, "lemma", "") or "") if " " in query else term_key(query)
            form = query.lower() if " " not in query else ""
        if not key:
            row.hide()
            return
        row.key, row.form = key, form
        status, automatic = self.status_of(key, form)
        row.show_status(status, key, form, automatic)
        row.show()
        popup.adjustSize()

    def _popup_choice(self, row: StatusRow, status: TermStatus, form_only: bool) -> None:
        key, form = getattr(row, "key", ""), getattr(row, "form", "")
        if not key:
            return
        self.set_status(key, status, form if form_only else "")
        current, automatic = self.status_of(key, form)
        row.show_status(current, key, form, automatic)

    # -- the library ---------------------------------------------------------------------------------
    def index_library(self) -> None:
        """Count the words of articles not counted yet: a batch counted in a reader worker,
        then stored in one short write each (the writer thread never waits behind parsing)."""
        library = self.library
        if library is None or self.window.tasks.closed or self._indexing:
            return
        self._indexing = True

        def count(ctx: Any) -> tuple[list, int]:
            todo = library.word_occurrences.unindexed_ids()
            counted = []
            for article_id in todo[:INDEX_BATCH]:
                if ctx.cancel():
                    break
                found = library.word_occurrences.count_article(article_id)
                if found is not None:
                    counted.append(found)
            return counted, max(0, len(todo) - INDEX_BATCH)

        def counted(result: tuple[list, int]) -> None:
            batch, left = result
            self.window.tasks.write(lambda _ctx: [library.word_occurrences.store_counts(c) for c in batch],
                                    on_done=lambda _r: stored(left), on_error=failed)

        def stored(left: int) -> None:
            self._indexing = False
            if left:
                QTimer.singleShot(200, self, self.index_library)
            else:
                self.statusesChanged.emit([])

        def failed(exc: BaseException) -> None:
            self._indexing = False
            log.warning("word index: %s", exc)

        self.window.tasks.run(count, on_done=counted, on_error=failed, key="word-status-index")

    # -- tools ------------------------------------------------------------------------------------
    def open_iplus1(self) -> Any:
        from visavis.ui.features.word_status.iplus1_dialog import IPlusOneDialog

        dialog = IPlusOneDialog(self.window, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.load()
        return dialog

    def open_statistics(self) -> Any:
        from visavis.ui.features.word_status.statistics_window import StatisticsWindow

        window = StatisticsWindow(self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.load()
        return window

    def open_sentence(self, article_id: int, sentence_id: str) -> None:
        """Open an article of the library at one of its sentences."""
        def opened(session: Any) -> None:
            self.window.articleOpened.disconnect(opened)
            try:
                block = session.document.sentence(sentence_id).block
            except KeyError:
                return
            self.reading.scroll_to_block(block)
            self.learner.reveal(sentence_id)

        self.window.articleOpened.connect(opened)
        self.window.open_article(article_id)

    def ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, translate("WordStatus", "Import known words"), "",
            translate("WordStatus", "Word lists (*.txt *.csv *.tsv *.apkg *.colpkg);;All files (*)"))
        if path:
            self.import_words(path)

    def import_words(self, path: str) -> None:
        from visavis.core.knowledge.word_import import import_file

        library = self.library
        if library is None:
            return
        self.window.status_message(translate("WordStatus", "Importing known words…"))

        def done(report: Any) -> None:
            message = translate("WordStatus", "{added} words added, {changed} changed, {kept} kept as they were").format(
                added=report.added, changed=report.changed, kept=report.kept)
            if report.skipped:
                message += translate("WordStatus", "; {count} lines skipped").format(count=len(report.skipped))
            self.window.status_message(message + ".")
            self.reload_statuses()

        self.window.tasks.write(lambda ctx: import_file(library, path, progress=ctx.progress,
                                                        cancel=ctx.cancel),
                                on_done=done, on_error=self._failed)

    def reload_statuses(self) -> None:
        """Read this article's statuses again and count new articles (after an import, a
        restore...)."""
        words, library = self.words, self.library
        if library is not None:
            self.index_library()
        if words is None or library is None:
            return
        self.window.tasks.run(lambda _ctx: words.load_statuses(library),
                              on_done=lambda _r: (self.restyle(), self.statusesChanged.emit([])),
                              on_error=self._failed)


def install(window: Any) -> None:
    window.word_status_feature = WordStatusFeature(window)
