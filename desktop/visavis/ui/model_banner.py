"""Banner above the panes when no French → English model is usable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

NO_MODEL = "No French → English model is installed."


class ModelBanner(QFrame):
    installRequested = Signal()
    downloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)  # follows light/dark changes
        self.label = QLabel(NO_MODEL)
        self.label.setWordWrap(True)
        self.install_button = QPushButton("Install model from file…")
        self.download_button = QPushButton("Download…")
        self.download_button.setVisible(False)  # shown when the model manager is installed
        self.install_button.clicked.connect(self.installRequested)
        self.download_button.clicked.connect(self.downloadRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.install_button)
        layout.addWidget(self.download_button)
        self.hide()

    def show_missing(self) -> None:
        self.show_message(NO_MODEL, offer_install=True)

    def show_message(self, text: str, offer_install: bool = False) -> None:
        self.label.setText(text)
        self.install_button.setVisible(offer_install)
        self.show()

    def set_busy(self, text: str) -> None:
        self.label.setText(text)
        self.install_button.setEnabled(False)

    def set_idle(self) -> None:
        self.install_button.setEnabled(True)

    def enable_download(self, enabled: bool = True) -> None:
        self.download_button.setVisible(enabled)
