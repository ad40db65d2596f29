"""English on demand: the English pane hides each sentence until the reader asks for it.

Modes: 0 off; 1 every sentence hidden until hovered (in either pane), clicked (stays shown) or
revealed with Space (the hovered sentence, else the next hidden one on screen); 2 "auto":
only sentences whose share of words the reader does not know exceeds ``threshold`` show,
the easy ones stay hidden until asked.  Hidden sentences are covered by faint bars painted
over the English pane (:class:`CoverPainter`, on screen only), so nothing moves, the panes stay
aligned and the cost does not grow with the article.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from visavis.ui.features.word_status.colours import hidden_text_colour
from visavis.ui.features.word_status.tint_painter import CoverPainter

OFF, ON_DEMAND, AUTO = 0, 1, 2


class LearnerMode(QObject):
    def __init__(self, reading: Any, feature: Any, mode: int = OFF, threshold: float = 0.3) -> None:
        super().__init__(reading)
        self.reading = reading
        self.feature = feature
        self.pane = reading.english
        self.mode = mode if mode in (OFF, ON_DEMAND, AUTO) else OFF
        self.threshold = min(1.0, max(0.0, threshold))
        self.revealed: set[str] = set()
        self.hovered = ""
        self._document = None
        self._hidden: set[str] = set()
        self.cover = CoverPainter(self.pane, self._spans_of_block,
                                  lambda: hidden_text_colour(self.pane.palette()))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self.refresh)
        reading.sentenceHovered.connect(self._hover)
        self.pane.blocksFilled.connect(lambda _s, _e: self._timer.start())
        self.pane.textChanged.connect(self._timer.start)
        self.pane.viewport().installEventFilter(self)

    def set_mode(self, mode: int) -> None:
        self.mode = mode if mode in (OFF, ON_DEMAND, AUTO) else OFF
        self.revealed.clear()
        self.refresh()

    # -- what is hidden ------------------------------------------------------------------------
    def sentence_ids(self) -> list[str]:
        document = self.reading.document
        return [s.id for s in document.sentences] if document is not None else []

    def hidden(self) -> list[str]:
        """Sentence ids whose English is hidden right now."""
        if self.mode == OFF:
            return []
        words = self.feature.words
        result = []
        for sid in self.sentence_ids():
            if sid in self.revealed or sid == self.hovered:
                continue
            if self.mode == AUTO and words is not None and words.unknown_share(sid) > self.threshold:
                continue  # a hard sentence: its English shows
            result.append(sid)
        return result

    def refresh(self) -> None:
        document = self.reading.document
        if document is not self._document:
            self._document = document
            self.revealed.clear()
        self._hidden = set(self.hidden()) if document is not None else set()
        self.cover.update()

    def _spans_of_block(self, index: int) -> list[tuple[int, int, str]]:
        if not self._hidden or index >= self.pane.block_count():
            return []
        block = self.pane.block(index)
        return [(s, e, sid) for sid, s, e in block.sentences if sid in self._hidden]

    # -- asking for the English ----------------------------------------------------------------
    def _hover(self, sentence_id: str) -> None:
        if sentence_id != self.hovered:
            self.hovered = sentence_id
            if self.mode != OFF:
                self.refresh()

    def reveal(self, sentence_id: str) -> None:
        self.revealed.add(sentence_id)
        self.refresh()

    def reveal_current(self) -> str:
        """Space: the hovered sentence, else the first hidden one on screen; returns its id."""
        if self.mode == OFF:
            return ""
        hidden = self.hidden()
        if self.hovered and self.hovered not in self.revealed:
            target = self.hovered
        else:
            on_screen = set(self.pane.visible_blocks())
            target = next((sid for sid in hidden
                           if (span := self.pane.sentence_span(sid)) and span[0] in on_screen), "")
        if target:
            self.reveal(target)
        return target

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (self.mode != OFF and event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton  # type: ignore[attr-defined]
                and not self.pane.textCursor().hasSelection()):
            found = self.pane.sentence_at(event.position().toPoint())  # type: ignore[attr-defined]
            if found is not None:
                sid = found[0]
                if sid in self.revealed:
                    self.revealed.discard(sid)
                    self.refresh()
                else:
                    self.reveal(sid)
        return False
