"""Preferences → Translation: which engine translates — this computer's model or a
LibreTranslate server (address, optional API key, Test connection).

"Test connection" asks the server for its languages and limits in a worker (the window's
task runner when there is one).  "Use this engine" saves the choice (engine.json) and the
key (system keyring, else a file readable only by the reader) and makes the window reload
its translator.  Nothing is sent anywhere while "This computer" is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from visavis.core.translation.remote.client import LibreTranslateClient, ServerInfo
from visavis.core.translation.remote.config import (
    LIBRETRANSLATE,
    LOCAL,
    EngineChoice,
    keys_path,
    load_api_key,
    load_engine_choice,
    save_api_key,
    save_engine_choice,
)
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.common.task_runner import TaskRunner
from visavis.ui.common.translation_settings import settings_notifier

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

TEST_TIMEOUT = 10.0  # seconds for each request of Test connection
TASK_KEY = "engine-test"


def describe(info: ServerInfo) -> str:
    """The Test connection result, one paragraph for the reader."""
    pair = translate("EngineSettings", "French → English is available.") if info.supports("fr", "en") \
        else translate("EngineSettings", "This server has no French → English model.")
    limits = info.limits
    chars = translate("EngineSettings", "no character limit") if limits.char_limit is None else \
        translate("EngineSettings", "{n} characters per text").format(n=limits.char_limit)
    key = translate("EngineSettings", "an API key is required") if limits.key_required else (
        translate("EngineSettings", "API keys accepted") if limits.api_keys
        else translate("EngineSettings", "no API key needed"))
    codes = ", ".join(sorted(lang.code for lang in info.languages))
    return translate("EngineSettings", "Connected: {count} languages ({codes}); {chars}; {key}. {pair}").format(
        count=len(info.languages), codes=codes, chars=chars, key=key, pair=pair)


class EngineSettingsWidget(QWidget):
    engineChanged = Signal(object)  # EngineChoice, after "Use this engine"

    def __init__(self, parent: QWidget | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engineSettings")
        self._tasks = tasks
        self.local = QRadioButton(translate("EngineSettings", "This computer (installed model)"))
        self.server = QRadioButton(translate("EngineSettings", "LibreTranslate server"))
        self.local.setObjectName("engineLocal")
        self.server.setObjectName("engineServer")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.url = QLineEdit()
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText(translate("EngineSettings", "http://192.168.1.20:5000"))
        self.api_key = QLineEdit()
        self.api_key.setObjectName("serverApiKey")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(translate("EngineSettings", "optional"))
        self.test_button = QPushButton(translate("EngineSettings", "Test connection"))
        self.test_button.setObjectName("testConnection")
        self.apply_button = QPushButton(translate("EngineSettings", "Use this engine"))
        self.apply_button.setObjectName("applyEngine")
        self.message = QLabel()
        self.message.setObjectName("engineMessage")
        self.message.setWordWrap(True)

        choice_row = QHBoxLayout()
        choice_row.addWidget(self.local)
        choice_row.addWidget(self.server)
        choice_row.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("EngineSettings", "Translate on:"), choice_row)
        form.addRow(translate("EngineSettings", "Server &address:"), self.url)
        form.addRow(translate("EngineSettings", "API &key:"), self.api_key)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        line = QFrame()  # the settings of the model on this computer follow
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        self._saved = load_engine_choice()
        self._saved_key = load_api_key(self._saved.server_url) if self._saved.server_url else None
        self.set_choice(self._saved, self._saved_key)
        self.server.toggled.connect(self._update)
        self.url.textChanged.connect(self._update)
        self.api_key.textChanged.connect(self._update)
        self.test_button.clicked.connect(self.test_connection)
        self.apply_button.clicked.connect(self.apply)
        self._update()

    # -- values ---------------------------------------------------------------------------
    def set_choice(self, choice: EngineChoice, api_key: str | None = None) -> None:
        (self.server if choice.remote else self.local).setChecked(True)
        self.url.setText(choice.server_url)
        self.api_key.setText(api_key or "")

    def choice(self) -> EngineChoice:
        return EngineChoice(engine=LIBRETRANSLATE if self.server.isChecked() else LOCAL,
                            server_url=self.url.text().strip(), timeout=self._saved.timeout)

    def tasks(self) -> TaskRunner:
        """The window's task runner (found through the parents), else one of our own."""
        widget: Any = self.parent()
        while widget is not None:
            runner = getattr(widget, "tasks", None)
            if isinstance(runner, TaskRunner):
                return runner
            widget = widget.parent()
        if self._tasks is None:
            self._tasks = TaskRunner(self)
        return self._tasks

    # -- actions --------------------------------------------------------------------------
    def test_connection(self) -> None:
        url, key = self.url.text().strip(), self.api_key.text().strip() or None
        self.message.setText(translate("EngineSettings", "Connecting to {url}…").format(url=url))
        self.test_button.setEnabled(False)
        self.tasks().run(lambda ctx: LibreTranslateClient(url, key, timeout=TEST_TIMEOUT).probe(),
                         on_done=self._tested, on_error=self._test_failed, key=TASK_KEY)

    def _tested(self, info: ServerInfo) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(describe(info))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(reader_text(exc))

    def apply(self) -> bool:
        choice = self.choice()
        try:
            choice = choice.validated()
            save_engine_choice(choice)
            where = save_api_key(choice.server_url, self.api_key.text()) if choice.remote else ""
        except (ValueError, OSError) as exc:
            self.message.setText(translate("EngineSettings", "Not saved: {error}").format(
                error=reader_text(exc)))
            return False
        self._saved, self._saved_key = choice, self.api_key.text().strip() or None
        self.url.setText(choice.server_url)
        if not choice.remote:
            text = translate("EngineSettings", "Saved: translations are made on this computer.")
        elif where == "keyring":
            text = translate("EngineSettings", "Saved; the API key is in the system keyring.")
        elif where == "file":
            text = translate("EngineSettings", "Saved; the API key is in {path}, readable only by you "
                                               "(no system keyring here).").format(path=keys_path())
        else:
            text = translate("EngineSettings", "Saved.")
        self.message.setText(text)
        self._update()
        self.engineChanged.emit(choice)
        settings_notifier().changed.emit(choice)  # the window reloads its translator
        return True

    def _update(self, *_args: object) -> None:
        remote = self.server.isChecked()
        for widget in (self.url, self.api_key):
            widget.setEnabled(remote)
        self.test_button.setEnabled(remote and bool(self.url.text().strip()))
        dirty = self.choice() != self._saved or \
            (remote and (self.api_key.text().strip() or None) != self._saved_key)
        self.apply_button.setEnabled(dirty)
