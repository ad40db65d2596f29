"""Read-aloud voices: the toolbar's voice list (espeak-ng, then installed Piper voices of the
language read) and Piper voice installation from a file or an address, in a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog

from visavis.core.speech.engine import SpeechEngine
from visavis.core.speech.espeak import EspeakEngine
from visavis.core.speech.piper_engine import INSTALL_HINT, PiperEngine, piper_available
from visavis.core.speech.piper_voices import (
    PackageCancelled,
    PackageError,
    download_voice,
    install_voice_from_file,
    installed_voices,
)
from visavis.ui.common.locale_format import data_size
from visavis.ui.common.reader_messages import reader_text

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

ESPEAK = ""  # the voice list's data for espeak-ng's own voice


class VoiceChooser(QObject):
    """Keeps the voice combo in step with the language and the installed voices."""

    changed = Signal()  # another engine or voice was chosen
    installed = Signal(str)  # name of a newly installed voice

    def __init__(self, window: Any, box: QComboBox, language: Callable[[], str]) -> None:
        super().__init__(window)
        self.window, self.box, self._language = window, box, language
        self.engine: SpeechEngine = EspeakEngine()
        self.voice: str | None = None
        box.setAccessibleName(translate("ReadAloud", "Voice"))
        box.activated.connect(self._chosen)
        self.refresh()

    def refresh(self) -> None:
        lang = self._language()
        current = self.voice if isinstance(self.engine, PiperEngine) else ESPEAK
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem("espeak-ng", ESPEAK)
        for voice in installed_voices():
            if voice.lang == lang:
                self.box.addItem(translate("ReadAloud", "Piper: {name}").format(name=voice.name),
                                 voice.name)
        index = self.box.findData(current)
        self.box.setCurrentIndex(max(0, index))
        self.box.blockSignals(False)
        if index < 0 and current != ESPEAK:  # that voice is not for this language
            self._use(ESPEAK)

    def _chosen(self, index: int) -> None:
        name = self.box.itemData(index) or ESPEAK
        if name != ESPEAK and not piper_available():
            self.window.status_message(translate("ReadAloud", "Read aloud: {error}")
                                       .format(error=INSTALL_HINT))
            self.box.setCurrentIndex(0)
            name = ESPEAK
        self._use(name)

    def _use(self, name: str) -> None:
        if name == ESPEAK:
            self.engine, self.voice = EspeakEngine(), None
        else:
            self.engine, self.voice = PiperEngine(), name
        self.changed.emit()

    # -- installing ---------------------------------------------------------------------
    def ask_install_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("ReadAloud", "Install a Piper voice"), "",
            translate("ReadAloud", "Piper voices (*.onnx *.onnx.json);;All files (*)"))
        if path:
            self.install(lambda ctx: install_voice_from_file(path, progress=ctx.progress,
                                                             cancel=ctx.cancel))

    def ask_download(self) -> None:
        url, ok = QInputDialog.getText(
            self.window, translate("ReadAloud", "Download a Piper voice"),
            translate("ReadAloud", "Address of the voice's .onnx file (its .onnx.json is "
                                   "fetched beside it):"))
        if ok and url.strip():
            self.install(lambda ctx: download_voice(url.strip(), progress=ctx.progress,
                                                    cancel=ctx.cancel))

    def install(self, work: Callable[[Any], Any]) -> None:
        """Run an install (file or download) in a worker with byte progress in the status bar."""
        window = self.window
        window.status_message(translate("ReadAloud", "Installing the voice…"))

        def progress(done: int, total: int) -> None:
            window.status_message(translate("ReadAloud", "Installing the voice… {done} / {total}")
                                  .format(done=data_size(done),
                                          total=data_size(total) if total else "?"))

        def done(voice: Any) -> None:
            window.status_message(translate("ReadAloud", "Voice {name} installed.")
                                  .format(name=voice.name))
            self.refresh()
            self.installed.emit(voice.name)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PackageCancelled):
                return
            message = reader_text(exc.message) if isinstance(exc, PackageError) else str(exc)
            text = translate("ReadAloud", "The voice could not be installed: {error}") \
                .format(error=message)
            window.status_message(text)
            window.show_error(text)

        window.tasks.run(work, on_done=done, on_error=failed, on_progress=progress,
                         key="voice-install")
