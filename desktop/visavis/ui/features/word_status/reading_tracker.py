"""Words read and time spent per reading session, for Tools → Statistics.

A session starts when an article opens.  Words count once per article, when their block
first comes on screen; time counts while the reader is active (gaps over two minutes are
breaks).  Totals are written every minute, when another article opens and when the window
closes.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

FLUSH_MS = 60_000
MAX_GAP_S = 120.0


class ReadingTracker(QObject):
    def __init__(self, window: Any, feature: Any) -> None:
        super().__init__(window)
        self.window = window
        self.feature = feature
        self.library = getattr(window, "library", None)
        self.session_id: int | None = None
        self.article_id: int | None = None
        self.seen_blocks: set[int] = set()
        self.pending_words = 0
        self.pending_seconds = 0.0
        self.last_activity: float | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(FLUSH_MS)
        self.timer.timeout.connect(self.flush)
        self.timer.start()
        window.installEventFilter(self)

    def article_opened(self, session: Any) -> None:
        self.flush()
        self.session_id = None
        self.article_id = getattr(session, "article_id", None)
        self.seen_blocks = set()
        self.last_activity = time.monotonic()

    def _active(self) -> None:
        now = time.monotonic()
        if self.last_activity is not None:
            gap = now - self.last_activity
            if gap <= MAX_GAP_S:
                self.pending_seconds += gap
        self.last_activity = now

    def seen(self, blocks: list[int]) -> None:
        document = self.window.reading.document
        if document is None:
            return
        self._active()
        words = self.feature.words
        for index in blocks:
            if index in self.seen_blocks or not 0 <= index < len(document.blocks):
                continue
            self.seen_blocks.add(index)
            if words is not None and words.document is document:
                self.pending_words += len(words.tokens_in_blocks([index]))
            else:
                self.pending_words += len(document.blocks[index].text.split())

    def flush(self) -> None:
        """Write what was read since the last flush (one small write)."""
        if self.library is None or self.window.tasks.closed:
            return
        words, seconds = self.pending_words, int(self.pending_seconds)
        if not words and not seconds:
            return
        self.pending_words, self.pending_seconds = 0, self.pending_seconds - seconds
        library, article_id, session_id = self.library, self.article_id, self.session_id

        def write(_ctx: Any) -> int:
            sid = session_id if session_id is not None else library.reading_log.start(article_id)
            library.reading_log.add(sid, words, seconds)
            return sid

        def done(sid: int) -> None:
            if self.article_id == article_id:
                self.session_id = sid

        self.window.tasks.write(write, on_done=done)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.flush()  # before the window shuts its task runner down
        return False
