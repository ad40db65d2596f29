"""What the reading view's helpers (edit mode, corrections) need from the window that hosts them.

The main window satisfies this protocol; the reading layer never imports the window class, so
``ui/reading`` stays below ``ui/shell`` with no import circle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMenu

    from visavis.ui.common.task_runner import TaskRunner
    from visavis.ui.reading.article_session import ArticleSession
    from visavis.ui.reading.reading_view import ReadingView
    from visavis.ui.reading.translation_controller import TranslationController


class ReadingHost(Protocol):
    reading: ReadingView
    session: ArticleSession | None
    library: Any
    tasks: TaskRunner
    translation: TranslationController
    menus: dict[str, QMenu]
    articleOpened: SignalInstance

    def show_session(self, session: ArticleSession) -> None: ...

    def status_message(self, text: str) -> None: ...
