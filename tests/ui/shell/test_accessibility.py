"""Accessibility of the real main window: names for assistive technology, keyboard access."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QStackedWidget, QWidget

from visavis.ui.features.desktop.feature import ensure_accessible_names
from visavis.ui.features.desktop.shortcuts_dialog import walk_menus
from visavis.ui.shell.main_window import MainWindow

# Pure layout containers: screen readers skip them, so they need no name of their own.
CONTAINER_TYPES = (QWidget, QSplitter, QSplitterHandle, QStackedWidget)

# Menu commands that deliberately have no shortcut, and why.
NO_SHORTCUT_ALLOWED = {
    "About Vis-à-vis": "opened rarely; desktop applications give it no shortcut",
    "Translation models": "occasional set-up task, reached from the Tools menu or the banner",
    "Install a Piper voice from a file": "occasional set-up task (optional neural voices)",
    "Download a Piper voice": "occasional set-up task (optional neural voices)",
    "Import known words": "occasional set-up task (a word list or deck, once)",
    "Mark the rest as known when I finish an article": "a setting, chosen once",
    "Always show the English": "English on demand: a setting chosen once; Space shows a sentence",
    "Hide each sentence until asked": "English on demand: a setting chosen once; Space shows a sentence",
    "Show only hard sentences (auto)": "English on demand: a setting chosen once; Space shows a sentence",
    "Threshold for “auto”": "a setting, chosen once",
}


@pytest.fixture
def window(qtbot, library) -> MainWindow:
    w = MainWindow(library)  # with a library, so every feature adds its menus
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _needs_name(widget: QWidget) -> bool:
    if type(widget) in CONTAINER_TYPES or widget.objectName().startswith("qt_scrollarea"):
        return False
    return not (widget.isWindow() and widget.windowTitle())


def test_every_visible_widget_has_an_accessible_name(window: MainWindow) -> None:
    unnamed = [f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
               for w in [window, *window.findChildren(QWidget)]
               if w.isVisible() and _needs_name(w) and not w.accessibleName()]
    assert unnamed == []


def test_the_reading_panes_say_which_language_they_hold(window: MainWindow) -> None:
    assert window.reading.french.accessibleName() == "French article"
    assert window.reading.english.accessibleName() == "English translation"


def test_names_come_from_what_a_widget_shows_and_are_never_invented(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label, field = QLabel("&Search:"), QLineEdit()
    label.setBuddy(field)
    button, anonymous = QPushButton("&Translate"), QLineEdit()
    for w in (label, field, button, anonymous):
        layout.addWidget(w)
    unnamed = ensure_accessible_names(root)
    assert field.accessibleName() == "Search"
    assert button.accessibleName() == "Translate"
    assert anonymous in unnamed and anonymous.accessibleName() == ""


def test_every_menu_command_has_a_shortcut_or_a_reason(window: MainWindow) -> None:
    missing = [f"{e.menu} › {e.label}" for e in walk_menus(window.menuBar())
               if not any(not key.isEmpty() for key in e.action.shortcuts())
               and e.label not in NO_SHORTCUT_ALLOWED]
    assert missing == []


def test_shortcuts_are_not_shared_by_two_commands(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    clashes = []
    for entry in walk_menus(window.menuBar()):
        for key in entry.action.shortcuts():
            text = key.toString()
            if not text:
                continue
            if text in seen:
                clashes.append(f"{text}: {seen[text]} / {entry.label}")
            seen[text] = entry.label
    assert clashes == []


def test_shortcuts_dialog_lists_the_reading_keys_in_readable_form(window: MainWindow) -> None:
    dialog = window.desktop.show_shortcuts()
    rows = {}
    for i in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(i)
        for j in range(group.childCount()):
            rows[group.child(j).text(0)] = group.child(j).text(1)
    keys = set(rows.values())
    for expected in ("1 – 5", "Ctrl+Shift+N", "P", "Esc"):
        assert expected in keys, (expected, sorted(keys))
    # the platform's extra multimedia key of a standard shortcut is not listed ("Ctrl+O, Open")
    assert all(not re.search(r"(^|, )(Open|Copy|Paste|Cut|Find|Save|Close|Undo|Redo|Zoom In|Zoom Out)\b", k)
               for k in keys), sorted(keys)
    dialog.close()
