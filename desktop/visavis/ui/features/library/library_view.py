"""The library view: search-as-you-type, tag filter, sortable table, trash and undo.

Everything that touches the database runs through ``tasks`` (a ``TaskRunner``) when one is
given — searches and list loads on the worker pool, writes on the single writer — and the
results come back on the GUI thread.  Without ``tasks`` (small tools, some tests) the calls
run inline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from visavis.ui.common.locale_format import takes_singular
from visavis.ui.features.library.library_model import (
    ADDED,
    ARTICLE_ID_ROLE,
    HTML_ROLE,
    KNOWN,
    MARKS,
    MATCH,
    NEW_WORDS,
    OPENED,
    ORIGIN,
    READ,
    TITLE,
    LibraryFilterProxy,
    LibraryTableModel,
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 30
ALL_TAGS = QT_TRANSLATE_NOOP("LibraryView", "All tags")



def _count(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated texts with a ``{count}`` field) for ``count`` things."""
    return (one if takes_singular(count) else many).format(count=count)


def _articles(count: int) -> str:
    return _count(count, translate("LibraryView", "{count} article"),
                  translate("LibraryView", "{count} articles"))


class HtmlDelegate(QStyledItemDelegate):
    """Paints ``HTML_ROLE`` (search matches in bold) on one line."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        html = index.data(HTML_ROLE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        colour = opt.palette.highlightedText().color() if opt.state & QStyle.StateFlag.State_Selected \
            else opt.palette.text().color()
        doc.setHtml(f'<span style="color:{colour.name()}; white-space:nowrap">{html}</span>')
        painter.save()
        rect = opt.rect
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))


class LibraryView(QWidget):
    openRequested = Signal(int)  # article id
    message = Signal(str)  # status text for the window
    loaded = Signal()  # the table shows fresh rows (list or search results)
    undoAvailable = Signal(bool)

    def __init__(self, library: Any, tasks: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.tasks = tasks
        self.model = LibraryTableModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._can_undo = False
        self._undo_depth = 0  # delete batches of this session that undo can bring back
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(lambda _t: self._timer.start())
        self.refresh()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.search_field = QLineEdit(placeholderText=translate("LibraryView",
                                                                 "Search titles, text, translations, notes…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self._open_first)
        self.tag_box = QComboBox()
        self.tag_box.setMinimumContentsLength(12)
        self.tag_box.currentIndexChanged.connect(self._tag_changed)
        self.trash_box = QCheckBox(translate("LibraryView", "Trash"))
        self.trash_box.toggled.connect(lambda _on: self.refresh())
        self.known_box = QCheckBox(translate("LibraryView", "I know ≥ 90 %"))
        self.known_box.setToolTip(translate("LibraryView", "Only articles whose words you know at 90 % or more"))
        self.known_box.toggled.connect(self._known_filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.tag_box, 1)
        filters.addWidget(self.known_box)
        filters.addWidget(self.trash_box)
        top = QVBoxLayout()
        top.addWidget(self.search_field)
        top.addLayout(filters)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.delegate = HtmlDelegate(self.table)
        self.table.setItemDelegateForColumn(TITLE, self.delegate)
        self.table.setItemDelegateForColumn(MATCH, self.delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        pad = 4 * metrics.averageCharWidth()
        header.resizeSection(TITLE, 36 * metrics.averageCharWidth())
        header.resizeSection(MATCH, 56 * metrics.averageCharWidth())
        header.resizeSection(ORIGIN, 18 * metrics.averageCharWidth())
        for column in (ADDED, OPENED):
            header.resizeSection(column, metrics.horizontalAdvance("2026-12-31 23:59") + pad)
        header.resizeSection(READ, metrics.horizontalAdvance("100 %") + 2 * pad)
        header.resizeSection(KNOWN, metrics.horizontalAdvance("100 %") + 2 * pad)
        header.moveSection(header.visualIndex(KNOWN), header.visualIndex(READ) + 1)
        header.moveSection(header.visualIndex(NEW_WORDS), header.visualIndex(KNOWN) + 1)
        header.resizeSection(MARKS, metrics.horizontalAdvance(
            translate("LibraryModel", "{highlights} · {notes} notes").format(highlights=99, notes=99)) + pad)
        self.table.setColumnHidden(MATCH, True)

        self.table.installEventFilter(self)  # Delete key → trash

        self.count_label = QLabel()
        self.undo_button = QPushButton(translate("LibraryView", "Undo delete"))
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(lambda _c=False: self.undo_delete())
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Delete)):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # -- running store calls ----------------------------------------------------------------
    def _read(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self.tasks is None:
            self._guard(lambda: done(fn()))
        else:
            self.tasks.run(lambda _ctx: fn(), on_done=done, on_error=self._failed,
                           key=f"library-read-{id(self)}")

    def _write(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        def after(result: Any) -> None:
            if done is not None:
                done(result)
            self.refresh()

        if self.tasks is None:
            self._guard(lambda: after(fn()))
        else:
            self.tasks.write(lambda _ctx: fn(), on_done=after, on_error=self._failed)

    def _guard(self, call: Callable[[], None]) -> None:
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - shown to the reader
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(translate("LibraryView", "Library: {error}").format(error=exc))

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (or the search results for the current text)."""
        self._timer.stop()
        query = self.search_field.text()
        trashed = self.trash_box.isChecked()
        library = self.library

        def load() -> tuple[list, list, list]:
            tags = library.tags.all()
            if query.strip() and not trashed:
                hits = library.search_index.search(query, limit=SEARCH_LIMIT, snippet_words=10)
                rows = library.articles.list(ids=[h.article_id for h in hits])
                return rows, hits, tags
            return library.articles.list(trashed=trashed), [], tags

        self._read(load, self._show)

    def _load_figures(self) -> None:
        """The Known / New words columns, just after the rows (10,000 articles: ~0.1 s)."""
        library = self.library
        if not hasattr(library, "article_figures"):
            return
        if self.tasks is None:
            self._guard(lambda: self.model.set_figures(library.article_figures.figures()))
        else:
            self.tasks.run(lambda _ctx: library.article_figures.figures(), on_done=self.model.set_figures,
                           on_error=self._failed, key=f"library-figures-{id(self)}")

    def _show(self, result: tuple[Sequence, Sequence, Sequence]) -> None:
        rows, hits, tags = result
        selected = set(self.selected_ids())
        searching = bool(self.search_field.text().strip()) and not self.trash_box.isChecked()
        self.model.set_rows(rows, hits)
        self._load_figures()
        self.table.setColumnHidden(MATCH, not searching)
        if searching:
            self.table.sortByColumn(MATCH, Qt.SortOrder.AscendingOrder)  # best match first
        elif self.proxy.sortColumn() == MATCH:
            self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self._fill_tags(tags)
        self._reselect(selected)
        shown = self.proxy.rowCount()
        if searching:
            self.count_label.setText(
                _count(shown, translate("LibraryView", "{count} matching article"),
                       translate("LibraryView", "{count} matching articles"))
                if shown else translate("LibraryView", "No article matches."))
        elif self.trash_box.isChecked():
            self.count_label.setText(translate("LibraryView", "{count} in the trash").format(
                count=shown) if shown else translate("LibraryView", "The trash is empty."))
        else:
            self.count_label.setText(_articles(shown))
        self.loaded.emit()

    def _fill_tags(self, tags: Sequence[tuple[str, int]]) -> None:
        current = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem(translate("LibraryView", ALL_TAGS))
        for name, count in tags:
            self.tag_box.addItem(f"{name} ({count})", name)
        index = max(0, self.tag_box.findData(current)) if current else 0
        self.tag_box.setCurrentIndex(index)
        self.tag_box.blockSignals(False)
        self.proxy.set_tag(self.tag_box.currentData())

    def _known_filter_changed(self, on: bool) -> None:
        self.proxy.set_min_known(90 if on else None)
        self.count_label.setText(_articles(self.proxy.rowCount()))

    def _tag_changed(self, _index: int) -> None:
        self.proxy.set_tag(self.tag_box.currentData())
        shown = self.proxy.rowCount()
        self.count_label.setText(_articles(shown))

    def _reselect(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ARTICLE_ID_ROLE) in ids:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    # -- selection and opening --------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [index.data(ARTICLE_ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def visible_ids(self) -> list[int]:
        return [self.proxy.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(self.proxy.rowCount())]

    def select_ids(self, ids: Sequence[int]) -> None:
        self.table.clearSelection()
        self._reselect(set(ids))

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(ARTICLE_ID_ROLE)
        if article_id is not None and not self.trash_box.isChecked():
            self.openRequested.emit(article_id)

    def _open_first(self) -> None:
        if self.proxy.rowCount():
            self._activated(self.proxy.index(0, 0))

    # -- editing ----------------------------------------------------------------------------
    def rename(self, article_id: int, title: str) -> None:
        library = self.library
        self._write(lambda: library.articles.rename(article_id, title))

    def add_tag(self, article_ids: Sequence[int], name: str) -> None:
        library, ids = self.library, list(article_ids)
        self._write(lambda: library.tags.add(ids, name))

    def remove_tag(self, article_ids: Sequence[int], name: str) -> None:
        library, ids = self.library, list(article_ids)
        self._write(lambda: library.tags.remove(ids, name))

    def set_tags(self, article_id: int, names: Sequence[str]) -> None:
        library = self.library
        self._write(lambda: library.tags.set(article_id, list(names)))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        library = self.library
        if self.trash_box.isChecked():
            self.purge(ids)
            return

        def done(count: int) -> None:
            if count:
                self._undo_depth += 1
            self._set_undo(self._undo_depth > 0)
            self.message.emit(_count(count, translate("LibraryView", "Moved {count} article to the trash."),
                                     translate("LibraryView", "Moved {count} articles to the trash.")))

        self._write(lambda: library.trash.delete(ids), done)

    def undo_delete(self) -> None:
        library = self.library

        def done(ids: list[int]) -> None:
            self._undo_depth = max(0, self._undo_depth - 1) if ids else 0
            self._set_undo(self._undo_depth > 0)
            self.message.emit(_count(len(ids), translate("LibraryView", "Restored {count} article."),
                                     translate("LibraryView", "Restored {count} articles."))
                              if ids else translate("LibraryView", "Nothing to undo."))

        self._write(library.trash.undo_last_delete, done)

    def restore(self, article_ids: Sequence[int]) -> None:
        library, ids = self.library, list(article_ids)
        self._write(lambda: library.trash.restore(ids))

    def purge(self, article_ids: Sequence[int], confirm: bool = True) -> None:
        ids = list(article_ids)
        if confirm and QMessageBox.question(
                self, translate("LibraryView", "Delete for good"),
                _count(len(ids), translate("LibraryView", "Delete {count} article for good, with its "
                                           "notes and highlights? This cannot be undone."),
                       translate("LibraryView", "Delete {count} articles for good, with their notes "
                                 "and highlights? This cannot be undone."))
        ) != QMessageBox.StandardButton.Yes:
            return
        library = self.library
        self._write(lambda: library.trash.purge(ids))

    def empty_trash(self, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(
                self, translate("LibraryView", "Empty the trash"), translate("LibraryView", "Delete every article in the trash for good? "
                "This cannot be undone.")) != QMessageBox.StandardButton.Yes:
            return
        library = self.library
        def done(_count: int) -> None:
            self._undo_depth = 0
            self._set_undo(False)

        self._write(library.trash.empty, done)

    def _set_undo(self, available: bool) -> None:
        self._can_undo = available
        self.undo_button.setVisible(available)
        self.undoAvailable.emit(available)

    def can_undo(self) -> bool:
        return self._can_undo

    # -- context menu -----------------------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        self.build_context_menu().exec(self.table.viewport().mapToGlobal(pos))

    def build_context_menu(self) -> QMenu:
        ids = self.selected_ids()
        menu = QMenu(self)
        if self.trash_box.isChecked():
            menu.addAction(translate("LibraryView", "Restore"), lambda: self.restore(ids)).setEnabled(bool(ids))
            menu.addAction(translate("LibraryView", "Delete for good…"), lambda: self.purge(ids)).setEnabled(bool(ids))
            menu.addSeparator()
            menu.addAction(translate("LibraryView", "Empty the trash…"), self.empty_trash)
            return menu
        single = len(ids) == 1
        menu.addAction(translate("LibraryView", "Open"), lambda: self.openRequested.emit(ids[0])).setEnabled(single)
        menu.addAction(translate("LibraryView", "Rename…"), lambda: self._ask_rename(ids[0])).setEnabled(single)
        menu.addAction(translate("LibraryView", "Tags…"), lambda: self._ask_tags(ids)).setEnabled(bool(ids))
        menu.addSeparator()
        menu.addAction(translate("LibraryView", "Move to trash"), self.delete_selected).setEnabled(bool(ids))
        undo = menu.addAction(translate("LibraryView", "Undo delete"), self.undo_delete)
        undo.setEnabled(self._can_undo)
        return menu

    def _ask_rename(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        current = self.model.summary(row).title if row is not None else ""
        title, ok = QInputDialog.getText(self, translate("LibraryView", "Rename article"),
                                        translate("LibraryView", "Title:"), text=current)
        if ok and title.strip():
            self.rename(article_id, title)

    def _ask_tags(self, ids: Sequence[int]) -> None:
        rows = [self.model.summary(r) for r in (self.model.row_of(i) for i in ids) if r is not None]
        common = set(rows[0].tags).intersection(*(r.tags for r in rows[1:])) if rows else set()
        text, ok = QInputDialog.getText(
            self, translate("LibraryView", "Tags"),
            translate("LibraryView", "Tags, separated by commas (remove one to untag):"),
            text=", ".join(sorted(common)))
        if not ok:
            return
        wanted = [t.strip() for t in text.split(",") if t.strip()]
        library, id_list = self.library, list(ids)

        def apply() -> None:
            with library.transaction():
                for name in common:
                    if name.casefold() not in {w.casefold() for w in wanted}:
                        library.tags.remove(id_list, name)
                for name in wanted:
                    library.tags.add(id_list, name)

        self._write(apply)
