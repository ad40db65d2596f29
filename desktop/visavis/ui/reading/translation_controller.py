"""Live translation of the open article, visible paragraphs first.

The model loads in a worker ("Loading model…").  A translation job then runs in a
worker under the task key ``"translate"``: it first takes every sentence the library
cache already knows (shown at once, no model call), then asks the engine for batches
of whole paragraphs — the paragraphs on screen first, then the rest in reading
order.  Scrolling changes what counts as visible for the next batch; opening another
article supersedes the job.  Each result reaches the GUI thread through the task
runner's one queued signal; a paragraph is shown when all its sentences are ready,
and new translations are written back to the library by the single writer.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from visavis.core.translation.remote.client import RemoteError
from visavis.core.translation.remote.selection import LoadedEngine, fallback, load_local_translator
from visavis.core.translation.scheduler import TranslationScheduler
from visavis.core.translation.types import Translation, TranslationCancelled, Translator
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.common.task_runner import TaskContext, TaskRunner
from visavis.ui.reading.article_session import ArticleSession
from visavis.ui.reading.reading_view import NO_MODEL_PLACEHOLDER, PLACEHOLDER, ReadingView

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

log = logging.getLogger(__name__)
TranslatorLoader = Callable[[], "Translator | LoadedEngine | None"]


def preload_native_modules() -> None:
    """Import the engine's and the importers' heavy modules before the window shows.

    Importing ``ctranslate2`` (50-90 ms) or the importers (trafilatura/lxml, ~270 ms)
    in a worker thread runs native initialisation holding the GIL: the GUI froze for
    that long.  Done first, they only delay the window's first appearance.
    """
    for name in ("ctranslate2", "sentencepiece", "visavis.core.translation.engine",
                 "visavis.core.importers"):
        try:
            importlib.import_module(name)
        except ImportError as exc:  # the loader will report it to the reader
            log.warning("could not preload %s: %s", name, exc)


FLUSH_MS = 10  # results arriving within this long are shown, stored and counted together

def load_default_translator() -> LoadedEngine:
    """The engine chosen in Preferences → Translation: the installed fr→en model (no network
    at all), or a LibreTranslate server — the local model when the server fails its probe."""
    from visavis.core.translation.remote.selection import load_translator

    return load_translator()


def _progress_text(done: int, total: int) -> str:
    return translate("TranslationController", "Translated {done} / {total} paragraphs").format(
        done=done, total=total)


class TranslationController(QObject):
    modelMissing = Signal()
    modelReady = Signal(str)  # model id
    failed = Signal(str)  # reader-facing message
    engineFailed = Signal(str)  # the translation server failed: message (+ fallback), Retry
    progressChanged = Signal(int, int)  # translated paragraphs, total paragraphs
    finished = Signal()  # every paragraph of the open article is translated
    status = Signal(str)

    def __init__(self, view: ReadingView, tasks: TaskRunner, library: Any | None = None,
                 loader: TranslatorLoader = load_default_translator,
                 parent: QObject | None = None,
                 local_loader: Callable[[], Translator | None] = load_local_translator) -> None:
        super().__init__(parent)
        self.view, self.tasks, self.library, self.loader = view, tasks, library, loader
        self.local_loader = local_loader  # the fallback when a translation server fails
        self.translator: Translator | None = None
        self.session: ArticleSession | None = None
        self._sentence_blocks: dict[str, int] = {}  # sentence id -> block of the open article
        self._pending_blocks: set[int] = set()  # results not yet shown (see _flush)
        self._pending_store: dict[str, dict[str, Translation]] = {}  # model id -> text -> it
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        self.scheduler: TranslationScheduler | None = None  # of the running job
        self._visible: list[int] = []
        self.loading = False
        self.model_calls = 0  # engine translate() calls made for the reader (for tests/bench)
        view.visibleBlocksChanged.connect(self._on_visible)
        view.translationsShown.connect(self._emit_progress)  # the last paragraphs, shown later

    # -- model --------------------------------------------------------------------------
    def load_model(self) -> None:
        self.tasks.cancel("translate")
        self.translator, self.loading = None, True
        self.status.emit(translate("TranslationController", "Loading model…"))
        self.tasks.run(lambda ctx: self.loader(), on_done=self._loaded, on_error=self._load_failed,
                       key="model-load")

    def _loaded(self, result: Translator | LoadedEngine | None) -> None:
        self.loading = False
        loaded = result if isinstance(result, LoadedEngine) else LoadedEngine(result)
        translator = self.translator = loaded.translator
        if loaded.error is not None and translator is None:
            self.status.emit(reader_text(loaded.notice))
            self.view.set_placeholder(NO_MODEL_PLACEHOLDER)
            self.engineFailed.emit(reader_text(loaded.notice))
            return
        if translator is None:
            self.status.emit(translate("TranslationController", "No French → English model is installed."))
            self.view.set_placeholder(NO_MODEL_PLACEHOLDER)
            self.modelMissing.emit()
            return
        self.view.set_placeholder(PLACEHOLDER)
        self.modelReady.emit(translator.model_id)
        if loaded.error is not None:  # fell back on the installed model
            self.engineFailed.emit(reader_text(loaded.notice))
        self.start()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        log.error("model failed to load", exc_info=exc)
        self.view.set_placeholder(NO_MODEL_PLACEHOLDER)
        self.failed.emit(translate("TranslationController",
                                   "The translation model could not be loaded: {error}").format(
                                       error=reader_text(exc)))

    # -- article ------------------------------------------------------------------------
    def open_session(self, session: ArticleSession) -> None:
        """Show the article; translate whatever is missing (cancels the previous job)."""
        self.tasks.cancel("translate")
        self._flush()  # results of the previous article: stored, not shown
        self.session = session
        self._sentence_blocks = {s.id: s.block for s in session.document.sentences}
        self.view.set_document(session.document, session.translations, session.corrections)
        self._emit_progress()
        if self.translator is not None:
            self.start()

    def start(self) -> None:
        """(Re)start the translation job for the sentences without a translation."""
        session, translator = self.session, self.translator
        if session is None or translator is None:
            return
        missing: dict[int, list[tuple[str, str]]] = {}
        for block in session.document.blocks:
            todo = [(s.id, s.text) for s in block.sentences if s.id not in session.translations]
            if todo:
                missing[block.index] = todo
        if not missing:
            self.tasks.cancel("translate")
            self._emit_progress()
            return
        self.scheduler = None
        self._visible = self.view.visible_blocks()
        library, model_id = self.library, translator.model_id
        total = len(session.document.blocks)
        self.tasks.run(lambda ctx: self._job(ctx, missing, total, translator, library, model_id),
                       on_report=lambda r, s=session: self._on_results(s, r),
                       on_done=lambda _r: self._emit_progress(),
                       on_error=self._job_failed, key="translate")

    def _job(self, ctx: TaskContext, missing: dict[int, list[tuple[str, str]]], total: int,
             translator: Translator, library: Any | None, model_id: str) -> None:
        """Worker: cached translations first, then engine batches from the core
        TranslationScheduler (visible paragraphs first)."""
        if library is not None:
            texts = {text for items in missing.values() for _sid, text in items}
            cached = library.translations.get_many(model_id, texts) if texts else {}
            if cached:
                hits = [(sid, cached[text]) for items in missing.values()
                        for sid, text in items if text in cached]
                ctx.report(("cached", hits))
                missing = {b: [(sid, t) for sid, t in items if t not in cached]
                           for b, items in missing.items()}
        scheduler = TranslationScheduler(missing, total_blocks=total)
        scheduler.set_visible(self._visible)
        if not ctx.cancel():  # a superseded job must not take over the live scheduler
            self.scheduler = scheduler  # from now on scrolling reprioritises it directly
            scheduler.set_visible(self._visible)  # in case the screen moved meanwhile
        while not ctx.cancel():
            batch = scheduler.next_batch()
            if not batch:
                return
            sent: set[int] = set()

            def on_result(i: int, translation: Translation, batch=batch, sent=sent) -> None:
                sent.add(i)
                ctx.report(("new", [(batch[i][1], batch[i][2], translation)]))

            ctx.report(("call", len(batch)))
            try:
                results = translator.translate([text for _b, _s, text in batch],
                                               on_result=on_result, cancel=ctx.cancel)
            except TranslationCancelled:
                scheduler.cancel()
                return
            scheduler.mark_done(sid for _b, sid, _t in batch)
            rest = [(batch[i][1], batch[i][2], t) for i, t in enumerate(results) if i not in sent]
            if rest:
                ctx.report(("new", rest))

    def _on_results(self, session: ArticleSession, report: tuple[str, Any]) -> None:
        kind, payload = report
        if kind == "call":
            self.model_calls += 1
            return
        items = [(sid, None, t) for sid, t in payload] if kind == "cached" else payload
        # stored under the engine that made them (a fallback may replace it before the flush)
        model_id = self.translator.model_id if self.translator is not None else None
        for sid, text, translation in items:
            session.translations[sid] = translation
            if text is not None and model_id is not None:
                self._pending_store.setdefault(model_id, {})[text] = translation
        if session is not self.session:
            return
        self._pending_blocks.update(b for b in (self._block_of(sid) for sid, _x, _t in items)
                                    if b is not None)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        """Show, store and count the results received since the last flush at once: the
        engine reports sentence by sentence, and one screen update, one library write and
        one progress signal per sentence kept the GUI thread busy during translation."""
        session, blocks, to_store = self.session, self._pending_blocks, self._pending_store
        self._pending_blocks, self._pending_store = set(), {}
        self._flush_timer.stop()
        library = self.library
        if library is not None and not self.tasks.closed:  # a flush after the window closed
            for model_id, texts in to_store.items():
                self.tasks.write(lambda ctx, m=model_id, t=texts: library.translations.put_many(m, t))
        if session is None:
            return
        complete = [b for b in sorted(blocks) if all(s.id in session.translations
                                                     for s in session.document.blocks[b].sentences)]
        self.view.show_translations(complete)
        self._emit_progress()

    def _block_of(self, sentence_id: str) -> int | None:
        # a dict built once per article: Document.sentence() scans every sentence, and this
        # runs for each translated sentence on the GUI thread
        return self._sentence_blocks.get(sentence_id)

    def _job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, RemoteError):  # the server went away: the installed model takes over
            log.warning("translation server failed: %s", exc)
            self.tasks.cancel("translate")
            self.translator, self.loading = None, True
            local_loader = self.local_loader
            self.tasks.run(lambda ctx: fallback(exc, local_loader), on_done=self._loaded,
                           on_error=self._load_failed, key="model-load")
            return
        log.error("translation failed", exc_info=exc)
        self.failed.emit(translate("TranslationController", "Translation stopped: {error}").format(
            error=reader_text(exc)))

    def _on_visible(self, blocks: list[int]) -> None:
        self._visible = list(blocks)
        scheduler = self.scheduler
        if scheduler is not None:
            scheduler.set_visible(blocks)

    def _emit_progress(self) -> None:
        if self.session is None or self.tasks.closed:  # English shown after the window closed
            return
        total = len(self.session.document.blocks)
        done = self.view.translated_blocks()
        self.progressChanged.emit(done, total)
        if total and done == total:
            self.status.emit(_progress_text(done, total))
            self.finished.emit()
        elif self.translator is not None:
            self.status.emit(_progress_text(done, total))

    def cancel(self) -> None:
        self.tasks.cancel("translate")
        self._flush()
        if self.scheduler is not None:
            self.scheduler.cancel()
