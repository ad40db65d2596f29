"""Side panel: the article's highlights in reading order, filterable by colour.

Orphans (highlights whose passage is no longer in the text) get their own section.
The panel only shows and asks: the annotations feature does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from visavis.core.annotations.model import (
    COLOUR_NAMES,
    AnchorStatus,
    Annotation,
    Side,
)
from visavis.ui.features.annotations.highlight_toolbar import shown_colour, swatch_icon
from visavis.ui.features.annotations.note_dialog import quote_preview

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

ID_ROLE = Qt.ItemDataRole.UserRole
ALL = ""


def item_text(annotation: Annotation) -> str:
    side = "" if annotation.side == Side.FRENCH else translate("AnnotationsPanel", "EN · ")
    text = f"{side}« {quote_preview(annotation.target.exact, 120)} »"
    if annotation.status == AnchorStatus.FUZZY:
        text += translate("AnnotationsPanel", "  (text changed)")
    if annotation.note.strip():
        text += "\n" + quote_preview(annotation.note, 200)
    return text


class AnnotationsPanel(QWidget):
    annotationActivated = Signal(str)  # id: jump to it
    deleteRequested = Signal(str)
    colourChangeRequested = Signal(str, str)  # id, colour
    editNoteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QComboBox()
        self.filter.setAccessibleName(translate("AnnotationsPanel", "Show highlights of colour"))
        self.filter.addItem(translate("AnnotationsPanel", "All colours"), ALL)
        for name in COLOUR_NAMES:
            self.filter.addItem(swatch_icon(name), shown_colour(name), name)
        self.filter.currentIndexChanged.connect(lambda _i: self._rebuild())
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(translate("AnnotationsPanel", "Highlights and notes"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.empty = QLabel(translate("AnnotationsPanel", "No highlights yet. Select text and pick a colour (keys 1–5)."))
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(translate("AnnotationsPanel", "No highlights yet"))
        self.setAccessibleName(translate("AnnotationsPanel", "Annotations"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.annotations: list[Annotation] = []
        self._rebuild()

    # -- content ---------------------------------------------------------------------------
    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Annotations in reading order (the feature sorts them)."""
        self.annotations = list(annotations)
        self._rebuild()

    def colour_filter(self) -> str:
        return self.filter.currentData() or ALL

    def set_colour_filter(self, colour: str) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(colour)))

    def visible_ids(self) -> list[str]:
        ids = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            ids += [section.child(j).data(0, ID_ROLE) for j in range(section.childCount())]
        return ids

    def select(self, annotation_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                item = section.child(j)
                if item.data(0, ID_ROLE) == annotation_id:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    return
        self.tree.clearSelection()

    def _rebuild(self) -> None:
        wanted = self.colour_filter()
        shown = [a for a in self.annotations if wanted in (ALL, a.colour)]
        self.tree.clear()
        anchored = [a for a in shown if a.status != AnchorStatus.ORPHAN]
        orphans = [a for a in shown if a.status == AnchorStatus.ORPHAN]
        for title, group in ((translate("AnnotationsPanel", "Highlights ({count})").format(
                                  count=len(anchored)), anchored),
                             (translate("AnnotationsPanel", "No longer in the text ({count})").format(
                                 count=len(orphans)), orphans)):
            if not group and group is orphans:
                continue
            section = QTreeWidgetItem([title])
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(section)
            for annotation in group:
                item = QTreeWidgetItem([item_text(annotation)])
                item.setIcon(0, swatch_icon(annotation.colour))
                item.setData(0, ID_ROLE, annotation.id)
                item.setToolTip(0, annotation.note[:2000] or annotation.target.exact[:2000])
                section.addChild(item)
            section.setExpanded(True)
        self.empty.setVisible(not self.annotations)

    # -- interaction -----------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        annotation_id = item.data(0, ID_ROLE)
        if annotation_id:
            self.annotationActivated.emit(annotation_id)

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        annotation_id = item.data(0, ID_ROLE) if item is not None else None
        if not annotation_id:
            return
        menu = self.build_menu(annotation_id)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_menu(self, annotation_id: str, menu: QMenu | None = None) -> QMenu:
        """Edit note / colour / delete actions for one annotation (also used by the panes)."""
        menu = menu if menu is not None else QMenu(self)
        menu.addAction(translate("AnnotationsPanel", "Edit note…"), lambda: self.editNoteRequested.emit(annotation_id))
        colours = menu.addMenu(translate("AnnotationsPanel", "Change colour"))
        for name in COLOUR_NAMES:
            colours.addAction(swatch_icon(name), shown_colour(name),
                              lambda n=name: self.colourChangeRequested.emit(annotation_id, n))
        menu.addAction(translate("AnnotationsPanel", "Delete highlight"), lambda: self.deleteRequested.emit(annotation_id))
        return menu
