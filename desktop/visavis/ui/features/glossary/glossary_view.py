"""Tools → Glossary…: list, search, edit and delete the reader's terms; export CSV or Anki."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from visavis.core.glossary.glossary_export import export_anki, export_csv
from visavis.core.glossary.reader_glossary import GlossaryEntryError, ReaderEntry, ReaderGlossary
from visavis.core.glossary.terms import Glossary
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.features.glossary.add_dialog import AddGlossaryDialog

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

COLUMNS = (QT_TRANSLATE_NOOP("GlossaryView", "French"), QT_TRANSLATE_NOOP("GlossaryView", "English"),
           QT_TRANSLATE_NOOP("GlossaryView", "Note"))
Runner = Callable[[Callable[[], object], Callable[[object], None], Callable[[BaseException], None]],
                  None]


def _run_inline(fn: Callable[[], object], done: Callable[[object], None],
                failed: Callable[[BaseException], None]) -> None:
    try:
        result = fn()
    except Exception as exc:  # reported to the reader by ``failed``
        failed(exc)
    else:
        done(result)


class GlossaryView(QDialog):
    """The reader's glossary as a searchable table."""

    changed = Signal()  # an entry was edited or deleted

    def __init__(self, repository: ReaderGlossary, glossary_factory: Callable[[], Glossary | None]
                 = lambda: None, parent: QWidget | None = None, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GlossaryView", "Glossary"))
        self.repository = repository
        self.glossary_factory = glossary_factory
        self.runner = runner or _run_inline
        self.entries: list[ReaderEntry] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("GlossaryView", "Search terms, English and notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("GlossaryView", "Search the glossary"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("GlossaryView", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("GlossaryView", "Glossary entries"))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(translate("GlossaryView", "Your glossary is empty. Right-click a word in the French text "
                                  "and choose “Add to glossary…”."))
        self.empty_label.setWordWrap(True)
        self.edit_button = QPushButton(translate("GlossaryView", "&Edit…"))
        self.delete_button = QPushButton(translate("GlossaryView", "&Delete"))
        self.csv_button = QPushButton(translate("GlossaryView", "Export &CSV…"))
        self.anki_button = QPushButton(translate("GlossaryView", "Export &Anki deck…"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.csv_button, self.anki_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.anki_button.clicked.connect(lambda: self.export("anki"))
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        query = self.search.text().strip()
        self.entries = self.repository.search(query) if query else self.repository.list()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry.term, entry.english, entry.note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(entry.context or text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.empty_label.setVisible(not self.entries and not query)
        self._update_buttons()

    def selected_entry(self) -> ReaderEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        exportable = bool(self.repository.list()) if not self.entries else True
        self.csv_button.setEnabled(exportable)
        self.anki_button.setEnabled(exportable)

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        dialog = AddGlossaryDialog(entry.term, entry.english, entry.note, entry.context, self,
                                   title=translate("GlossaryView", "Edit glossary entry"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_edit(entry.id, *dialog.values())

    def save_edit(self, entry_id: int, term: str, english: str, note: str) -> bool:
        try:
            self.repository.update(entry_id, term=term, english=english, note=note)
        except GlossaryEntryError as exc:
            QMessageBox.warning(self, translate("GlossaryView", "Glossary"), reader_text(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def delete_selected(self, confirm: bool = True) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if confirm and QMessageBox.question(
                self, translate("GlossaryView", "Glossary"), translate("GlossaryView", "Delete « {term} » from your glossary?").format(term=entry.term)) \
                != QMessageBox.StandardButton.Yes:
            return
        self.repository.delete(entry.id)
        self.refresh()
        self.changed.emit()

    def export(self, kind: str, path: Path | None = None) -> None:
        """Export every entry (not only the filtered ones) to ``path`` (asks if None)."""
        if path is None:
            filters = "CSV (*.csv)" if kind == "csv" else translate("GlossaryView", "Anki deck (*.apkg)")
            default = "glossary.csv" if kind == "csv" else "glossary.apkg"
            chosen, _ = QFileDialog.getSaveFileName(self, translate("GlossaryView", "Export the glossary"), default, filters)
            if not chosen:
                return
            path = Path(chosen)
        entries = self.repository.list()
        glossary = self.glossary_factory()
        writer = export_csv if kind == "csv" else export_anki
        self.status.setText(translate("GlossaryView", "Exporting…"))
        self.runner(lambda: writer(entries, path, glossary),
                    lambda count: self.status.setText(
                        translate("GlossaryView", "Exported {count} terms to {path}.").format(
                            count=count, path=path)),
                    lambda exc: self.status.setText(
                        translate("GlossaryView", "The export failed: {error}").format(error=exc)))
