"""The model manager: installed translation models, install/download/remove, settings.

Install, download and removal run through the TaskRunner (never on the GUI thread);
progress comes back as bytes, stage texts through ``ctx.report``.  Errors are shown
in the dialog, in words meant for the reader.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from visavis.core.translation.discovery import InstalledPackage, installed_packages
from visavis.core.translation.package_archive import PackageCancelled, PackageError
from visavis.ui.common.locale_format import data_size
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.common.task_runner import TaskContext, TaskRunner
from visavis.ui.common.translation_settings import TranslationSettingsWidget

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

TASK_KEY = "model-manager"
PACKAGE_FILTER = "Argos models (*.argosmodel);;All files (*)"
COLUMNS = (QT_TRANSLATE_NOOP("ModelManagerDialog", "Languages"),
           QT_TRANSLATE_NOOP("ModelManagerDialog", "Name"),
           QT_TRANSLATE_NOOP("ModelManagerDialog", "Version"),
           QT_TRANSLATE_NOOP("ModelManagerDialog", "Size"),
           QT_TRANSLATE_NOOP("ModelManagerDialog", "Folder"))


class ModelManagerDialog(QDialog):
    packagesChanged = Signal()  # a model was installed or removed
    settingsChanged = Signal(object)  # TranslationSettings, once applied

    def __init__(self, parent: QWidget | None = None, tasks: TaskRunner | None = None,
                 packages_dir: Path | None = None, index_url: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelManager")
        self.setWindowTitle(translate("ModelManagerDialog", "Translation models"))
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.packages_dir = packages_dir
        self.index_url = index_url
        self.packages: list[InstalledPackage] = []
        self._cancel_requested = False
        self._busy = False
        self._task_kind = ""  # "install", "download" or "remove" while busy

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ModelManagerDialog", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(translate("ModelManagerDialog", "No translation model is installed yet. Install one from a "
                                  "file, or download the French → English model (about 100 MB)."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.install_button = QPushButton(translate("ModelManagerDialog", "Install from file…"))
        self.download_button = QPushButton(translate("ModelManagerDialog", "Download French → English"))
        self.uninstall_button = QPushButton(translate("ModelManagerDialog", "Uninstall"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(translate("ModelManagerDialog", "Cancel"))
        self.settings_widget = TranslationSettingsWidget(self)
        self._build_layout()

        self.install_button.clicked.connect(self.install_from_file)
        self.download_button.clicked.connect(self.download)
        self.uninstall_button.clicked.connect(self.uninstall_selected)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.settings_widget.settingsChanged.connect(self.settingsChanged)
        self._set_busy(False)
        self.refresh()

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for button in (self.install_button, self.download_button, self.uninstall_button):
            actions.addWidget(button)
        actions.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        models = QGroupBox(translate("ModelManagerDialog", "Installed translation models"))
        box = QVBoxLayout(models)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty_label, 1)
        box.addLayout(actions)
        box.addLayout(progress_row)
        box.addWidget(self.status)
        settings = QGroupBox(translate("ModelManagerDialog", "Translation settings"))
        QVBoxLayout(settings).addWidget(self.settings_widget)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(models, 1)
        layout.addWidget(settings)
        layout.addWidget(close)
        self.resize(760, 520)

    # -- listing --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.packages = installed_packages(self.packages_dir)
        self.table.setRowCount(len(self.packages))
        for row, package in enumerate(self.packages):
            cells = (f"{package.from_code} → {package.to_code}", package.name, package.version,
                     data_size(package.size_bytes), str(package.path))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.packages))
        self.empty_label.setVisible(not self.packages)
        self._update_buttons()

    def selected_package(self) -> InstalledPackage | None:
        rows = self.table.selectionModel().selectedRows()
        return self.packages[rows[0].row()] if rows else None

    # -- actions --------------------------------------------------------------------------
    def install_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("ModelManagerDialog", "Install a translation model"), "",
                                              PACKAGE_FILTER)
        if not path:
            return
        packages_dir = self.packages_dir

        def work(ctx: TaskContext) -> InstalledPackage:
            from visavis.core.translation.package_install import install_from_file

            ctx.report(translate("ModelManagerDialog", "Installing {name}…").format(name=Path(path).name))
            return install_from_file(path, packages_dir, progress=ctx.progress,
                                     cancel=self._cancel_check(ctx))

        self._start(work, translate("ModelManagerDialog", "Installing {name}…").format(
            name=Path(path).name), "install")

    def download(self) -> None:
        packages_dir, index_url = self.packages_dir, self.index_url

        def work(ctx: TaskContext) -> InstalledPackage:
            from visavis.core.translation.package_download import download_package

            return download_package("fr", "en", packages_dir=packages_dir, index_url=index_url,
                                    progress=ctx.progress, cancel=self._cancel_check(ctx),
                                    on_stage=ctx.report)

        self._start(work, translate("ModelManagerDialog", "Looking up the model index…"), "download")

    def uninstall_selected(self) -> None:
        package = self.selected_package()
        if package is None:
            return
        answer = QMessageBox.question(
            self, translate("ModelManagerDialog", "Uninstall model"),
            translate("ModelManagerDialog", "Remove “{name}” ({size}) from this computer?").format(
                name=package.name, size=data_size(package.size_bytes)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(ctx: TaskContext) -> InstalledPackage:
            from visavis.core.translation.package_install import uninstall

            uninstall(package)
            return package

        self._start(work, translate("ModelManagerDialog", "Removing {name}…").format(
            name=package.path.name), "remove")

    def cancel(self) -> None:
        self._cancel_requested = True
        self.cancel_button.setEnabled(False)
        self.status.setText(translate("ModelManagerDialog", "Cancelling…"))

    def is_busy(self) -> bool:
        return self._busy

    # -- task plumbing --------------------------------------------------------------------
    def _cancel_check(self, ctx: TaskContext):  # type: ignore[no-untyped-def]
        return lambda: ctx.cancel() or self._cancel_requested

    def _start(self, work, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
        self._cancel_requested = False
        self._task_kind = kind
        self._set_busy(True, cancellable=kind != "remove")
        self._show_stage(text)
        self.tasks.run(work, key=TASK_KEY, on_progress=self._on_progress,
                       on_report=self._show_stage, on_done=self._finished,
                       on_error=self._failed)

    def _show_stage(self, text: object) -> None:
        self.status.setStyleSheet("")
        self.status.setText(reader_text(text) if isinstance(text, str) else str(text))
        self.progress.setRange(0, 0)  # busy until the first byte count arrives

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)
            self.progress.setFormat(data_size(done))
            return
        # kB keeps multi-GB files inside the bar's int range
        self.progress.setRange(0, max(1, total // 1024))
        self.progress.setValue(min(done, total) // 1024)
        self.progress.setFormat(translate("ModelManagerDialog", "{done} of {total} (%p%)").format(
            done=data_size(done), total=data_size(total)))

    def _finished(self, package: InstalledPackage) -> None:
        done = (translate("ModelManagerDialog", "Removed “{name}” ({source} → {target}).")
                if self._task_kind == "remove" else
                translate("ModelManagerDialog", "Installed “{name}” ({source} → {target})."))
        self._set_busy(False)
        self.status.setText(done.format(name=package.name, source=package.from_code,
                                        target=package.to_code))
        self.refresh()
        self.packagesChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        kind = self._task_kind
        self._set_busy(False)
        if isinstance(exc, PackageCancelled):
            self.status.setText(
                translate("ModelManagerDialog",
                          "Download cancelled; it will resume where it stopped next time.")
                if kind == "download" else
                translate("ModelManagerDialog", "Cancelled; nothing was installed."))
            return
        message = reader_text(exc.message) if isinstance(exc, PackageError) else translate("ModelManagerDialog", "Unexpected error: {error}").format(error=exc)
        self.status.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.status.setText(message)
        self.refresh()

    def _set_busy(self, busy: bool, cancellable: bool = True) -> None:
        self._busy = busy
        if not busy:
            self._task_kind = ""
        for widget in (self.install_button, self.download_button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy and cancellable)
        if not busy:
            self.progress.reset()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.uninstall_button.setEnabled(not self._busy and self.selected_package() is not None)
