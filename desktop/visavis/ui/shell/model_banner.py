"""Banner above the panes when no French → English model is usable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

NO_MODEL = QT_TRANSLATE_NOOP("ModelBanner", "No French → English model is installed.")


class ModelBanner(QFrame):
    installRequested = Signal()
    downloadRequested = Signal()
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)  # follows light/dark changes
        self._no_model_shown = translate("ModelBanner", NO_MODEL)
        self.label = QLabel(self._no_model_shown)
        self.label.setWordWrap(True)
        self.install_button = QPushButton(translate("ModelBanner", "Install model from file…"))
        self.download_button = QPushButton(translate("ModelBanner", "Download…"))
        self.download_button.setVisible(False)  # shown when the model manager is installed
        self._download_enabled = False
        self.retry_button = QPushButton(translate("ModelBanner", "Retry"))
        self.retry_button.setObjectName("bannerRetry")
        self.retry_button.setVisible(False)  # shown for a translation server failure
        self.retry_button.clicked.connect(self.retryRequested)
        self.install_button.clicked.connect(self.installRequested)
        self.download_button.clicked.connect(self.downloadRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.install_button)
        layout.addWidget(self.download_button)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:  # a new interface language was installed
            self.install_button.setText(translate("ModelBanner", "Install model from file…"))
            self.download_button.setText(translate("ModelBanner", "Download…"))
            self.retry_button.setText(translate("ModelBanner", "Retry"))
            if self.label.text() == self._no_model_shown:
                self.label.setText(translate("ModelBanner", NO_MODEL))
            self._no_model_shown = translate("ModelBanner", NO_MODEL)
        super().changeEvent(event)

    def show_missing(self) -> None:
        self.show_message(translate("ModelBanner", NO_MODEL), offer_install=True)

    def show_message(self, text: str, offer_install: bool = False, offer_retry: bool = False) -> None:
        self.label.setText(text)
        self.install_button.setVisible(offer_install)
        self.download_button.setVisible(offer_install and self._download_enabled)
        self.retry_button.setVisible(offer_retry)
        self.show()

    def set_busy(self, text: str) -> None:
        self.label.setText(text)
        self.install_button.setEnabled(False)

    def set_idle(self) -> None:
        self.install_button.setEnabled(True)

    def enable_download(self, enabled: bool = True) -> None:
        self._download_enabled = enabled
        self.download_button.setVisible(enabled)
