"""Read aloud: View → Read aloud (play/pause, stop, previous/next sentence), a small
toolbar with the speed and the language, File → Export audio…, and
``window.speak_text(text, lang)`` for other features (the glossary popup's "say it").

Synthesis and playback run off the GUI thread (core/speech/controller.py); its
callbacks come back through queued signals, and the GUI thread only lights the
sentence, keeps it on screen and starts or stops.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QLabel, QToolBar

from visavis.core.speech.audio_export import (
    ExportCancelled,
    speak_script,
    write_audio,
    write_timings,
)
from visavis.core.speech.controller import PLAYING, STOPPED, ReadAloudController, SpeechItem
from visavis.core.speech.engine import SpeechEngine, SpeechError
from visavis.core.speech.espeak import EspeakEngine
from visavis.core.speech.script import script_for
from visavis.core.speech.sinks import AudioError, AudioSink, close_sink, default_sink
from visavis.ui.common.locale_format import short_decimal
from visavis.ui.features.read_aloud.follow import SentenceFollower
from visavis.ui.features.read_aloud.voices import VoiceChooser
from visavis.ui.reading.text_pane import tint

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

log = logging.getLogger(__name__)
LAYER = "read-aloud"
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5)
HIGHLIGHT_ALPHA = 150


def install(window: Any) -> None:
    window.read_aloud = ReadAloudFeature(window)
    window.speak_text = window.read_aloud.speak_text


class _Bridge(QObject):
    """The controller's callbacks (worker thread) as signals (queued to the GUI thread)."""

    sentence = Signal(object)  # sentence id or None
    state = Signal(str)
    error = Signal(str)


class ReadAloudFeature(QObject):
    exportFinished = Signal(str)  # path of the audio file
    exportFailed = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window, self.reading = window, window.reading
        self.engine: SpeechEngine = EspeakEngine()
        self.voice: str | None = None  # the engine's voice (None: its voice for the language)
        self.sink: AudioSink | None = None  # made at the first play (tests put a null sink)
        self.controller: ReadAloudController | None = None
        self.lang = "fr"
        self.rate = min(SPEEDS[-1], max(SPEEDS[0], window.settings.number("read_aloud/rate", 1.0)))
        self.current: str | None = None
        self._bridge = _Bridge(self)
        self._bridge.sentence.connect(self._show_sentence)
        self._bridge.state.connect(self._show_state)
        self._bridge.error.connect(self._failed)
        self.follower = SentenceFollower((self.reading.french, self.reading.english), parent=self)
        self._build_actions()
        self._build_toolbar()
        for pane in (self.reading.french, self.reading.english):
            pane.viewport().installEventFilter(self)
        window.articleOpened.connect(self._article_opened)
        self.reading.aligned.connect(self._texts_changed)  # more English, an edited French
        window.installEventFilter(self)  # closing the window stops the reading

    # -- construction ---------------------------------------------------------------------
    def _action(self, text: str, slot, *keys: str, checkable: bool = False) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
        return action

    def _build_actions(self) -> None:
        menu = self.window.menus["view"].addMenu(translate("ReadAloud", "Read &aloud"))
        self.menu = menu
        self.show_action = self._action(translate("ReadAloud", "Show read-aloud &toolbar"),
                                        self._show_toolbar, "Ctrl+F5", checkable=True)
        self.play_action = self._action(translate("ReadAloud", "&Play"), self.toggle, "F5")
        self.stop_action = self._action(translate("ReadAloud", "&Stop"), self.stop, "Shift+F5")
        self.previous_action = self._action(translate("ReadAloud", "P&revious sentence"),
                                            self.previous, "Ctrl+[")
        self.next_action = self._action(translate("ReadAloud", "&Next sentence"), self.next,
                                        "Ctrl+]")
        self.language_group = QActionGroup(self)
        self.french_action = self._action(translate("ReadAloud", "Read the &French"),
                                          lambda _c: self.set_language("fr"), "Ctrl+Alt+F",
                                          checkable=True)
        self.english_action = self._action(translate("ReadAloud", "Read the &English"),
                                           lambda _c: self.set_language("en"), "Ctrl+Alt+E",
                                           checkable=True)
        for action in (self.french_action, self.english_action):
            self.language_group.addAction(action)
        self.french_action.setChecked(True)
        for action in (self.show_action, None, self.play_action, self.stop_action,
                       self.previous_action, self.next_action, None, self.french_action,
                       self.english_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.addSeparator()
        self.install_voice_action = self._action(
            translate("ReadAloud", "Install a Piper &voice from a file…"),
            lambda: self.voices.ask_install_file())
        self.download_voice_action = self._action(
            translate("ReadAloud", "&Download a Piper voice…"), lambda: self.voices.ask_download())
        menu.addAction(self.install_voice_action)
        menu.addAction(self.download_voice_action)
        self.export_action = self._action(translate("ReadAloud", "Export a&udio…"),
                                          self.ask_export, "Ctrl+Shift+U")
        self.window.menus["file"].insertAction(self.window.quit_action, self.export_action)
        self._show_state(STOPPED)

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("ReadAloud", "Read aloud"), self.window)
        bar.setObjectName("readAloudToolbar")
        self.toolbar = bar
        for action in (self.play_action, self.stop_action, self.previous_action,
                       self.next_action):
            bar.addAction(action)
        bar.addSeparator()
        self.speed_box = QComboBox(bar)
        self.speed_box.setAccessibleName(translate("ReadAloud", "Speed"))
        for speed in SPEEDS:
            self.speed_box.addItem(f"{short_decimal(speed, 2)}×", speed)
        self.speed_box.setCurrentIndex(min(range(len(SPEEDS)),
                                           key=lambda i: abs(SPEEDS[i] - self.rate)))
        self.speed_box.currentIndexChanged.connect(
            lambda i: self.set_rate(self.speed_box.itemData(i)))
        label = QLabel(translate("ReadAloud", "Speed"), bar)
        label.setAccessibleName(label.text())
        label.setBuddy(self.speed_box)
        bar.addWidget(label)
        bar.addWidget(self.speed_box)
        self.language_box = QComboBox(bar)
        self.language_box.setAccessibleName(translate("ReadAloud", "Language read"))
        for label, code in ((translate("ReadAloud", "French"), "fr"),
                            (translate("ReadAloud", "English"), "en")):
            self.language_box.addItem(label, code)
        self.language_box.currentIndexChanged.connect(
            lambda i: self.set_language(self.language_box.itemData(i)))
        bar.addWidget(self.language_box)
        self.voice_box = QComboBox(bar)
        self.voices = VoiceChooser(self.window, self.voice_box, lambda: self.lang)
        self.voices.changed.connect(self._voice_changed)
        bar.addWidget(self.voice_box)
        bar.visibilityChanged.connect(self.show_action.setChecked)
        bar.setAccessibleName(translate("ReadAloud", "Read aloud"))
        self._name_buttons()
        self.play_action.changed.connect(self._name_buttons)  # Play <-> Pause
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.hide()
        self.toolbar = bar

    def _name_buttons(self) -> None:
        """Screen readers name each toolbar button after its command."""
        for action in (self.play_action, self.stop_action, self.previous_action,
                       self.next_action):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", ""))

    def _show_toolbar(self, shown: bool) -> None:
        self.toolbar.setVisible(shown)

    # -- the controller -----------------------------------------------------------------
    def _ensure_controller(self) -> ReadAloudController | None:
        if self.controller is None:
            if self.sink is None:
                try:
                    self.sink = default_sink()
                except AudioError as exc:
                    self._failed(str(exc))
                    return None
            bridge = self._bridge
            self.controller = ReadAloudController(
                self.engine, self.sink, rate=self.rate, voice=self.voice,
                on_sentence=bridge.sentence.emit,
                on_state=bridge.state.emit, on_error=bridge.error.emit)
        return self.controller

    def script(self) -> list[SpeechItem]:
        """The open article's sentences in the language read (English: those translated)."""
        document = self.reading.document
        if document is None:
            return []
        english = {sid: t.text for sid, t in self.reading.translations.items()}
        english.update(self.reading.corrections)
        return [entry.item for entry in script_for(document, self.lang, english)]

    def start_sentence(self) -> str | None:
        """The sentence under the text cursor when it is on screen, else the first visible one."""
        pane = self.reading.french if self.lang == "fr" else self.reading.english
        if self.reading.document is None or not pane.block_count():
            return None
        height = pane.viewport().height()
        cursor = pane.textCursor()
        if 0 <= pane.cursorRect(cursor).center().y() < height:
            found = pane.locate(cursor.position())  # (block, code-point offset); tables, emoji
            if found is not None:
                index, offset = found
                for sid, start, end in pane.block(index).sentences:
                    if start <= offset <= end:
                        return sid
        for index in pane.visible_blocks():
            if index >= pane.block_count():
                break
            for sid, _start, _end in pane.block(index).sentences:
                rect = pane.sentence_rect(sid)
                if rect is not None and rect.top() >= 0:
                    return sid
        return None

    # -- commands -------------------------------------------------------------------------
    def play(self) -> None:
        controller = self._ensure_controller()
        if controller is None:
            return
        if controller.state == STOPPED:
            items = self.script()
            if not items:
                self.window.status_message(
                    translate("ReadAloud", "Nothing to read aloud yet.") if self.lang == "fr"
                    else translate("ReadAloud", "No English to read aloud yet."))
                return
            controller.set_items(items)
            controller.play(self.start_sentence())
        else:
            controller.play()
        self.toolbar.show()

    def toggle(self) -> None:
        if self.controller is not None and self.controller.state == PLAYING:
            self.controller.pause()
        else:
            self.play()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()

    def previous(self) -> None:
        if self.controller is not None:
            self.controller.previous()

    def next(self) -> None:
        if self.controller is not None:
            self.controller.next()

    def jump(self, sentence_id: str) -> None:
        if self.controller is not None:
            self.controller.jump(sentence_id)

    def set_rate(self, rate: float) -> None:
        self.rate = float(rate)
        self.window.settings.set_number("read_aloud/rate", self.rate)
        if self.controller is not None:
            self.controller.set_rate(self.rate)

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        (self.french_action if lang == "fr" else self.english_action).setChecked(True)
        self.language_box.setCurrentIndex(0 if lang == "fr" else 1)
        self.voices.refresh()
        if self.controller is not None:
            playing = self.controller.state == PLAYING
            current = self.controller.current_id
            self.controller.set_items(self.script())
            if playing:
                self.controller.play(current)

    def _voice_changed(self) -> None:
        self.engine, self.voice = self.voices.engine, self.voices.voice
        if self.controller is not None:
            self.controller.engine = self.engine
            self.controller.set_voice(self.voice)

    def _engine_for(self, lang: str) -> tuple[SpeechEngine, str | None]:
        """The chosen voice speaks the language read; espeak-ng speaks the other one."""
        return (self.engine, self.voice) if lang == self.lang else (EspeakEngine(), None)

    def speak_text(self, text: str, lang: str = "fr") -> None:
        """Say a word or a term once (the glossary popup's "say it"); pauses the article."""
        if not text.strip():
            return
        if self.controller is not None:
            self.controller.pause()
        if self.sink is None:
            try:
                self.sink = default_sink()
            except AudioError as exc:
                self._failed(str(exc))
                return
        (engine, voice), sink = self._engine_for(lang), self.sink
        rate, report = self.rate, self._bridge.error.emit

        def say() -> None:
            try:
                sink.play(engine.synthesize(text, lang, voice, rate), threading.Event())
            except (SpeechError, AudioError) as exc:
                report(str(exc))
        threading.Thread(target=say, name="visavis-say-it", daemon=True).start()

    def close(self) -> None:
        if self.controller is not None:
            self.controller.close()
            self.controller = None
        if self.sink is not None:
            close_sink(self.sink)

    # -- what the reader sees -----------------------------------------------------------
    def _show_sentence(self, sentence_id: str | None) -> None:
        self.current = sentence_id
        fmt = QTextCharFormat()
        fmt.setBackground(tint(self.reading.palette(), HIGHLIGHT_ALPHA))
        for pane in (self.reading.french, self.reading.english):
            span = pane.sentence_range(sentence_id) if sentence_id else None
            pane.set_layer(LAYER, [pane.make_selection(*span, fmt)] if span else [])
        if sentence_id:
            pane = self.reading.french if self.lang == "fr" else self.reading.english
            self.follower.follow(pane, sentence_id)

    def lit_ranges(self, side: str) -> list[tuple[int, int]]:
        pane = self.reading.french if side == "fr" else self.reading.english
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd())
                for s in pane._layers.get(LAYER, [])]

    def _show_state(self, state: str) -> None:
        playing = state == PLAYING
        self.play_action.setText(translate("ReadAloud", "&Pause") if playing
                                 else translate("ReadAloud", "&Play"))
        self.stop_action.setEnabled(state != STOPPED)

    def _failed(self, message: str) -> None:
        log.info("read aloud: %s", message)
        self.window.status_message(translate("ReadAloud", "Read aloud: {error}")
                                   .format(error=message))

    def _texts_changed(self) -> None:
        if self.controller is not None and self.controller.state != STOPPED:
            self.controller.update_items(self.script())

    def _article_opened(self, _session: Any) -> None:
        if self.controller is not None:
            self.controller.set_items([])
        self._show_sentence(None)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """A click on a sentence while reading aloud goes on from there."""
        if obj is self.window:
            if event.type() == QEvent.Type.Close:
                self.close()
            return False
        if (event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and self.controller is not None and self.controller.state == PLAYING):
            pane = obj.parent()
            if pane in (self.reading.french, self.reading.english) \
                    and not pane.textCursor().hasSelection():
                found = pane.sentence_at(event.position().toPoint())
                if found is not None:
                    self.follower.manual_at = float("-inf")  # the reader chose: follow again
                    self.jump(found[0])
        return False

    # -- export -----------------------------------------------------------------------------
    def ask_export(self) -> None:
        if self.reading.document is None:
            return
        choices = [translate("ReadAloud", "French"), translate("ReadAloud", "English"),
                   translate("ReadAloud", "Each French sentence, then its English")]
        choice, ok = QInputDialog.getItem(self.window, translate("ReadAloud", "Export audio"),
                                          translate("ReadAloud", "Read:"), choices,
                                          0 if self.lang == "fr" else 1, False)
        if not ok:
            return
        lang = ("fr", "en", "both")[choices.index(choice)]
        name = (self.reading.document.title or "article").strip().replace("/", "-")[:60]
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("ReadAloud", "Export audio"), f"{name}.wav",
            translate("ReadAloud", "WAV audio (*.wav);;Ogg Vorbis audio (*.ogg)"))
        if path:
            self.export_audio(Path(path), lang)

    def export_audio(self, out: Path, lang: str) -> None:
        """Write the open article as audio (in a worker) with its timings in OUT.json."""
        document = self.reading.document
        if document is None:
            return
        if out.suffix.lower() not in (".wav", ".ogg"):
            out = out.with_suffix(".wav")
        english = {sid: t.text for sid, t in self.reading.translations.items()}
        english.update(self.reading.corrections)
        script = script_for(document, lang, english)
        engines = {lang: self._engine_for(lang) for lang in ("fr", "en")}
        rate = self.rate
        self.window.status_message(translate("ReadAloud", "Exporting audio…"))

        def work(ctx: Any) -> str:
            audio, timings = speak_script(script, engines.__getitem__, rate,
                                          progress=ctx.progress, cancel=ctx.cancel)
            write_audio(audio, out)
            write_timings(out, timings, title=document.title, duration=audio.duration)
            return str(out)

        def done(path: str) -> None:
            self.window.status_message(translate("ReadAloud", "Audio exported to {path}.")
                                       .format(path=path))
            self.exportFinished.emit(path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ExportCancelled):
                return
            message = str(exc) if isinstance(exc, (SpeechError, OSError)) else repr(exc)
            self.window.status_message(translate("ReadAloud", "Audio export failed: {error}")
                                       .format(error=message))
            self.exportFailed.emit(message)

        def progress(done_count: int, total: int) -> None:
            self.window.status_message(translate("ReadAloud", "Exporting audio… {done}/{total}")
                                       .format(done=done_count, total=total))

        self.window.tasks.run(work, on_done=done, on_error=failed, on_progress=progress,
                              key="audio-export")
