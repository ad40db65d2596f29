"""File → Open Recent: the last files the reader opened, kept in the app's QSettings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

MAX_RECENT = 10
_KEY = "recent/files"

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)



class RecentFiles(QObject):
    """An ordered, de-duplicated list of absolute paths, newest first, persisted at once."""

    changed = Signal()

    def __init__(self, settings: QSettings, limit: int = MAX_RECENT,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._limit = limit

    def paths(self) -> list[str]:
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings returns a bare string for a one-item list
            value = [value]
        if not isinstance(value, list):  # a damaged or hand-edited settings file
            return []
        return [str(v) for v in value if isinstance(v, str) and v][: self._limit]

    def add(self, path: str | Path) -> None:
        absolute = str(Path(path).absolute())
        paths = [absolute] + [p for p in self.paths() if p != absolute]
        self._store(paths[: self._limit])

    def remove(self, path: str) -> None:
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(_KEY, paths)
        self._settings.sync()
        self.changed.emit()


class RecentFilesMenu(QMenu):
    """A menu rebuilt each time it opens; a vanished file is dropped with a message."""

    def __init__(self, recent: RecentFiles, open_file: Callable[[str], object],
                 report: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("RecentFiles", "Open &Recent"), parent)
        from visavis.ui.common.i18n import mark_translatable

        mark_translatable(self, "RecentFiles", QT_TRANSLATE_NOOP("RecentFiles", "Open &Recent"))
        self.setObjectName("recentFilesMenu")
        self._recent = recent
        self._open_file = open_file
        self._report = report
        self.aboutToShow.connect(self.rebuild)
        recent.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = self._recent.paths()
        for number, path in enumerate(paths, start=1):
            name = Path(path).name.replace("&", "&&")  # a literal ampersand in a menu label
            action = self.addAction(f"&{number % 10} {name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not paths:
            empty = self.addAction(translate("RecentFiles", "No recent files"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(translate("RecentFiles", "&Clear Menu"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._recent.clear)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()  # "No recent files" / "Clear Menu" in the new language
        super().changeEvent(event)

    def open_recent(self, path: str) -> None:
        if not Path(path).is_file():
            self._recent.remove(path)
            if self._report is not None:
                self._report(translate("RecentFiles",
                                       "“%1” no longer exists; it was removed from Open Recent.")
                             .replace("%1", path))
            return
        self._open_file(path)
        self._recent.add(path)
