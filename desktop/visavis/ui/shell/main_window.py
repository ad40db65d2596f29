"""MainWindow: the reading view, the model banner, the status bar, menus and features."""

from __future__ import annotations

import importlib
import logging
from itertools import accumulate
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QVBoxLayout, QWidget

from visavis.core.importers.model import ImportFailed
from visavis.core.store.errors import LibraryError
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.common.settings_store import SettingsStore
from visavis.ui.common.task_runner import TaskContext, TaskRunner
from visavis.ui.reading.article_session import (
    ArticleSession,
    OpenError,
    load_session,
    session_from_file,
)
from visavis.ui.reading.correction_editor import CorrectionEditor
from visavis.ui.reading.edit_mode import EditMode
from visavis.ui.reading.reading_view import ReadingView
from visavis.ui.reading.translation_controller import (
    TranslationController,
    TranslatorLoader,
    load_default_translator,
)
from visavis.ui.shell.model_banner import ModelBanner

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

log = logging.getLogger(__name__)
PROGRESS_SAVE_MS = 1500  # reading progress is saved this long after the reader stops scrolling
OPEN_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Articles (*.md *.markdown *.txt *.html *.htm *.epub);;All files (*)")


class MainWindow(QMainWindow):
    articleOpened = Signal(object)  # ArticleSession

    def __init__(self, library: Any | None = None, loader: TranslatorLoader = load_default_translator,
                 features: list[str] | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Vis-à-vis")
        self.library = library
        self.session: ArticleSession | None = None
        self.last_error: QMessageBox | None = None
        self.tasks = TaskRunner(self)
        self.reading = ReadingView()
        self.banner = ModelBanner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.reading, 1)
        self.setCentralWidget(central)
        self.translation = TranslationController(self.reading, self.tasks, library, loader, self)
        self.settings = SettingsStore()
        self.menus: dict[str, QMenu] = {}
        self.key_help: list[tuple[str, str, str]] = []  # (group, keys, what they do)
        self._build_menus()
        self.edit_mode = EditMode(self)
        self.correction_editor = CorrectionEditor(self)
        self._furthest_seen = 0.0  # how far the reader has seen the open article, 0..1
        self._text_ends: tuple[object, list[int]] = (None, [])  # document, cumulative block sizes
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_SAVE_MS)
        self._progress_timer.timeout.connect(self._save_scroll)
        self._wire()
        self._restore_state()
        self.installed_features = self._install_features(features)

    # -- construction -------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (("file", translate("MainWindow", "&File")),
                           ("edit", translate("MainWindow", "&Edit")),
                           ("view", translate("MainWindow", "&View")),
                           ("tools", translate("MainWindow", "&Tools")),
                           ("help", translate("MainWindow", "&Help"))):
            self.menus[key] = bar.addMenu(title)
        file_menu = self.menus["file"]
        self._action(file_menu, translate("MainWindow", "&Open…"), self._ask_open, QKeySequence.StandardKey.Open, "Ctrl+O")
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open from &library"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit,
                                        "Ctrl+Q")
        view = self.menus["view"]
        self._action(view, translate("MainWindow", "Zoom &in"), self.reading.zoom_in, QKeySequence.StandardKey.ZoomIn,
                     "Ctrl++", "Ctrl+=")
        self._action(view, translate("MainWindow", "Zoom &out"), self.reading.zoom_out, QKeySequence.StandardKey.ZoomOut,
                     "Ctrl+-")
        self._action(view, translate("MainWindow", "&Reset zoom"), self.reading.zoom_reset, None, "Ctrl+0")
        view.addSeparator()

    def _action(self, menu: QMenu, text: str, slot, standard=None, *keys: str) -> QAction:  # type: ignore[no-untyped-def]
        """An action with the platform's standard shortcut, or ``keys`` where it has none."""
        action = QAction(text, self)
        bindings = list(QKeySequence.keyBindings(standard)) if standard is not None else []
        for key in keys:
            if QKeySequence(key) not in bindings:
                bindings.append(QKeySequence(key))
        if bindings:
            action.setShortcuts(bindings)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _wire(self) -> None:
        tr = self.translation
        tr.status.connect(self.status_message)
        tr.modelMissing.connect(self.banner.show_missing)
        tr.modelReady.connect(lambda _m: self.banner.hide())
        tr.failed.connect(self._translation_failed)
        tr.engineFailed.connect(self._engine_failed)
        self.banner.installRequested.connect(self.install_model_from_file)
        self.banner.retryRequested.connect(self.reload_translator)
        self.reading.french.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.tasks.error.connect(self.status_message)

    def _install_features(self, names: list[str] | None) -> list[str]:
        if names is None:
            from visavis.ui.features import FEATURES

            names = FEATURES
        installed = []
        for name in names:
            try:
                importlib.import_module(name).install(self)
            except Exception:  # a broken feature is logged and skipped, never fatal
                log.exception("feature %s could not be installed; skipped", name)
            else:
                installed.append(name)
        return installed

    # -- public API for features and launch ----------------------------------------------
    def add_key_help(self, group: str, keys: str, description: str) -> None:
        """Keys that are not menu commands (reading keys, popup keys), for Help → Keyboard
        Shortcuts; texts already translated by the feature that owns the keys."""
        self.key_help.append((group, keys, description))

    def status_message(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def start(self) -> None:
        """Load the model (in a worker)."""
        self.translation.load_model()

    def reload_translator(self) -> None:
        """Apply new TranslationSettings / a newly installed model without restarting."""
        self.translation.load_model()

    def offer_model_download(self, callback) -> None:  # type: ignore[no-untyped-def]
        """The model manager feature calls this to make the banner's Download… work."""
        self.banner.downloadRequested.connect(callback)
        self.banner.enable_download(True)

    def open_file(self, path: str | Path) -> None:
        library = self.library
        self.status_message(translate("MainWindow", "Opening {name}…").format(name=Path(path).name))
        self.tasks.write(lambda ctx: session_from_file(Path(path), library),
                         on_done=self.show_session, on_error=self._open_failed)

    def open_article(self, article_id: int) -> None:
        if self.library is None:
            return
        library = self.library
        self.tasks.write(lambda ctx: load_session(library, article_id),
                         on_done=self.show_session, on_error=self._open_failed)

    def show_session(self, session: ArticleSession) -> None:
        self._save_scroll()
        self._furthest_seen = 0.0
        self.edit_mode.leave()
        self.session = session
        self.setWindowTitle(f"{session.title} — Vis-à-vis" if session.title else "Vis-à-vis")
        self.translation.open_session(session)
        self.reading.scroll_to_fraction(session.scroll_fraction)
        self.articleOpened.emit(session)

    # -- actions --------------------------------------------------------------------------
    def _ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open an article"), "",
                                              translate("MainWindow", OPEN_FILTER))
        if path:
            self.open_file(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        if self.library is None:
            self.recent_menu.addAction(translate("MainWindow", "No library is open")).setEnabled(False)
            return
        for summary in self.library.articles.list(order="opened", limit=20):
            self.recent_menu.addAction(summary.title or translate("MainWindow", "Untitled"),
                                       lambda i=summary.id: self.open_article(i))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("MainWindow", "Your library is empty")).setEnabled(False)

    def install_model_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Install a translation model"), "",
                                              translate("MainWindow", "Argos models (*.argosmodel);;All files (*)"))
        if not path:
            return
        self.banner.set_busy(translate("MainWindow", "Installing the model…"))

        def install(ctx: TaskContext) -> Path:
            from visavis.core.translation.package_install import install_from_file

            return install_from_file(path, progress=ctx.progress, cancel=ctx.cancel)

        def failed(exc: BaseException) -> None:
            self.banner.set_idle()
            self.banner.show_message(translate("MainWindow", "The model could not be installed: {error}")
                                     .format(error=reader_text(exc)), offer_install=True)

        def done(_folder: Path) -> None:
            self.banner.set_idle()
            self.banner.hide()
            self.status_message(translate("MainWindow", "Model installed."))
            self.reload_translator()

        self.tasks.run(install, on_done=done, on_error=failed, key="model-install")

    def _translation_failed(self, message: str) -> None:
        self.status_message(message)
        self.banner.show_message(message, offer_install=True)

    def _engine_failed(self, message: str) -> None:
        """The translation server failed (the installed model took over when there is one)."""
        self.status_message(message)
        self.banner.show_message(message, offer_install=self.translation.translator is None,
                                 offer_retry=True)

    def _open_failed(self, exc: BaseException) -> None:
        # the reader's own problem (a bad file, a full library) is one line; a bug keeps its trace
        expected = isinstance(exc, (OpenError, ImportFailed, LibraryError, OSError))
        log.warning("open failed: %s", exc, exc_info=None if expected else exc)
        self.status_message(reader_text(exc))
        self.show_error(reader_text(exc))

    def show_error(self, message: str) -> QMessageBox:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Vis-à-vis", message,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = box
        return box

    # -- state ----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)
        state = self.settings.bytes("window/splitter")
        if state is not None:
            self.reading.splitter.restoreState(state)
        self.reading.set_zoom_factor(self.settings.number("view/zoom", 1.0))

    def save_state(self) -> None:
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/splitter", self.reading.splitter.saveState())
        self.settings.set_number("view/zoom", self.reading.zoom_factor())
        self.settings.sync()

    def _seen_fraction(self) -> float:
        """Share of the article's text down to the last block on screen (0..1)."""
        document = self.reading.document
        visible = self.reading.visible_blocks()
        if document is None or not document.blocks or not visible:
            return 0.0
        if self._text_ends[0] is not document:  # once per article, not on every scroll step
            self._text_ends = (document, list(accumulate(len(b.text) or 1 for b in document.blocks)))
        ends = self._text_ends[1]
        return ends[min(visible[-1], len(ends) - 1)] / ends[-1]

    def _on_scrolled(self, _value: int) -> None:
        if self.session is None:
            return
        self._furthest_seen = max(self._furthest_seen, self._seen_fraction())
        self._progress_timer.start()  # saved after a pause in scrolling, not on every step

    def _save_scroll(self) -> None:
        self._progress_timer.stop()
        if self.session is None or self.session.article_id is None or self.library is None:
            return
        bar = self.reading.french.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        seen = max(self._furthest_seen, self._seen_fraction())
        library, article_id = self.library, self.session.article_id
        self.tasks.write(lambda ctx: library.articles.set_scroll(article_id, fraction, seen))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.tasks.closed:
            self.edit_mode.leave()
            self._save_scroll()
            self.save_state()
            self.tasks.shutdown()
        super().closeEvent(event)
