"""File → Import from web…: a web address, a download progress bar (bytes) and Cancel.

The download runs in a task-runner worker (``fetch_url`` with progress/cancel and a
timeout); failures (404, timeout, not a web page, too large, no network) are shown in
the dialog itself so the reader can fix the address and try again.  On success the
dialog emits ``imported(ImportedArticle)`` and closes.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from visavis.core.importers import ImportCancelled, ImportedArticle, ImportFailed, fetch_url
from visavis.ui.common.locale_format import data_size
from visavis.ui.common.reader_messages import reader_text

log = logging.getLogger(__name__)
TASK_KEY = "web-import"
DEFAULT_TIMEOUT = 20.0


class WebImportDialog(QDialog):
    imported = Signal(object)  # ImportedArticle
    failed = Signal(str)  # the reader-facing message now shown in the dialog

    def __init__(self, tasks: Any, parent: QWidget | None = None, url: str = "",
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.timeout = timeout
        self.setWindowTitle(self.tr("Import from the web"))
        self.setObjectName("web-import-dialog")
        self.url_field = QLineEdit(url)
        self.url_field.setPlaceholderText("https://")
        self.url_field.setAccessibleName(self.tr("Web address"))
        self.url_field.setMinimumWidth(420)
        label = QLabel(self.tr("&Address of the French article:"))
        label.setBuddy(self.url_field)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Download message"))
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.download_button = self.buttons.addButton(self.tr("&Download"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.download_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        self.url_field.textChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.url_field)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Enter confirms: the default must be set once the buttons are inside the dialog (set
        # before, QDialog picks the first auto-default button — Cancel — when it is shown).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.download_button.setDefault(True)
        self._busy = False
        self._update_button()

    # -- state ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def _update_button(self) -> None:
        self.download_button.setEnabled(not self._busy and bool(self.url_field.text().strip()))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.url_field.setReadOnly(busy)
        self.progress.setVisible(busy)
        self._update_button()

    def _show_message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("QLabel { color: #b00020; }" if error else "")
        self.message.setVisible(bool(text))

    # -- download ---------------------------------------------------------------------------
    def start(self) -> None:
        """Download the address in the field (off the GUI thread)."""
        url = self.url_field.text().strip()
        if not url or self._busy:
            return
        if "://" not in url:
            url = "https://" + url
            self.url_field.setText(url)
        self._set_busy(True)
        self.progress.setRange(0, 0)  # busy until the size is known
        self._show_message(self.tr("Connecting…"), error=False)
        timeout = self.timeout
        self.tasks.run(lambda ctx: fetch_url(url, ctx.progress, ctx.cancel, timeout=timeout),
                       on_done=self._done, on_error=self._failed, on_progress=self._progress,
                       key=TASK_KEY)

    def _progress(self, done: int, total: int) -> None:
        # fetch_url reports max(announced size, bytes so far): total == done while the size
        # is unknown, or when the whole page came in one piece
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{data_size(done)} / {data_size(total)}" if total > done
                                else data_size(done))
        self._show_message(self.tr("Downloading… {size}").format(size=data_size(done)), error=False)

    def _done(self, article: ImportedArticle) -> None:
        self._set_busy(False)
        self._show_message("", error=False)
        self.imported.emit(article)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ImportCancelled):
            text = self.tr("Download cancelled.")
        elif isinstance(exc, ImportFailed):
            text = reader_text(exc)
        else:
            log.warning("web import failed", exc_info=exc)
            text = self.tr("The page could not be imported: {error}").format(error=exc)
        self._show_message(text, error=True)
        self.failed.emit(text)

    def cancel(self) -> None:
        """Cancel stops a running download (the dialog stays open); otherwise it closes."""
        if self._busy:
            self.tasks.cancel(TASK_KEY)
            self._set_busy(False)
            self._show_message(self.tr("Download cancelled."), error=True)
            self.failed.emit(self.message.text())
            return
        self.reject()

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        if self._busy and result == QDialog.DialogCode.Rejected:  # Esc or window close
            self.tasks.cancel(TASK_KEY)
            self._set_busy(False)
        super().done(result)
