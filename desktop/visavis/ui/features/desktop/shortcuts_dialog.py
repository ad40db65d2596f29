"""Help → Keyboard Shortcuts: every menu action and its shortcut, found by walking the menus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)


def plain_label(text: str) -> str:
    """A menu text without its mnemonic ampersands or trailing dots ("&Open…" → "Open")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


@dataclass(frozen=True)
class MenuEntry:
    menu: str  # "File › Open Recent"
    action: QAction

    @property
    def label(self) -> str:
        return plain_label(self.action.text())

    @property
    def shortcut_text(self) -> str:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in self.action.shortcuts() if not is_media_key(k)]
        return ", ".join(k for k in keys if k)


def is_media_key(sequence: QKeySequence) -> bool:
    """A dedicated keyboard key (Open, Copy, Zoom In…) that the platform adds to a standard
    shortcut: shown as a bare word ("Ctrl+O, Open") it reads like a label, so it is left out."""
    if sequence.count() != 1:
        return False
    combo = sequence[0]
    return combo.keyboardModifiers() == Qt.KeyboardModifier.NoModifier and \
        combo.key().value >= Qt.Key.Key_Back.value


def walk_menus(menu_bar: QMenuBar) -> list[MenuEntry]:
    """Every command action under the menu bar (not submenus, separators or dynamic entries)."""
    entries: list[MenuEntry] = []

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            submenu = action.menu()
            if submenu is not None:
                if not submenu.property("visavisDynamicMenu"):
                    visit(submenu, f"{path} › {plain_label(submenu.title())}")
                continue
            if action.text():
                entries.append(MenuEntry(path, action))

    for top in menu_bar.actions():
        if top.menu() is not None and top.isVisible():
            visit(top.menu(), plain_label(top.menu().title()))
    return entries


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None,
                 extra: list[tuple[str, str, str]] | tuple = ()) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("ShortcutsDialog", "Filter by action or key…"))
        self.filter.setAccessibleName(translate("ShortcutsDialog", "Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.tree.setHeaderLabels([translate("ShortcutsDialog", "Action"), translate("ShortcutsDialog", "Shortcut")])
        self.tree.setRootIsDecorated(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in walk_menus(menu_bar):
            group = groups.get(entry.menu)
            if group is None:
                group = groups[entry.menu] = QTreeWidgetItem(self.tree, [entry.menu, ""])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            QTreeWidgetItem(group, [entry.label, entry.shortcut_text or "—"])
        for menu, keys, description in extra:  # keys that are not menu commands
            group = groups.get(menu)
            if group is None:
                group = groups[menu] = QTreeWidgetItem(self.tree, [menu, ""])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            QTreeWidgetItem(group, [description, keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply_filter(self, text: str) -> None:
        """Show only the commands whose name or shortcut contains ``text`` (any case)."""
        needle = text.casefold().strip()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                match = not needle or any(needle in item.text(c).casefold() for c in (0, 1))
                item.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)
