"""Word-level hover link: hovering a French word tints the English word(s) aligned to it, and
the reverse — only for confident links (``core.glossary.word_alignment``); nothing else.

The links come from ``align_words`` on the English the reader sees (their correction, else
the engine's), so they work for any engine.  Honours "Link French and English words" of
Preferences → Translation (``TranslationSettings.alignment``), read when an article opens.
Alignments are cached per sentence pair (the glossary feature fills the cache in a worker
as translations arrive); an uncached sentence is aligned on first hover (~2-10 ms).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QColor, QPalette

from visavis.core.glossary.word_alignment import (
    cached_alignment,
    english_for,
    english_words,
    french_for,
)
from visavis.core.glossary.words import split_words

LAYER = "word-link"


class WordLinker(QObject):
    """Event filter on both panes' viewports painting the linked words of the hovered one."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.reading = window.reading
        self.enabled = self._setting()
        self.shown: tuple | None = None  # (side, sentence id, word start, word end)
        for pane in (self.reading.french, self.reading.english):
            pane.viewport().installEventFilter(self)
        window.articleOpened.connect(self._article_opened)

    @staticmethod
    def _setting() -> bool:
        from visavis.core.translation.settings import load_settings

        return bool(load_settings().alignment)

    def _article_opened(self, _session: object) -> None:
        self.enabled = self._setting()
        self.clear()

    # -- helpers -----------------------------------------------------------------------------
    def english_of(self, sid: str) -> str:
        if sid in self.reading.corrections:
            return self.reading.corrections[sid]
        translation = self.reading.translations.get(sid)
        return translation.text if translation is not None else ""

    def _sentence(self, sid: str) -> Any:
        document = self.reading.document
        if document is None:
            return None
        return next((s for s in document.sentences if s.id == sid), None)

    def colour(self) -> QColor:
        colour = QColor(self.reading.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(110)
        return colour

    def clear(self) -> None:
        if self.shown is not None:
            self.shown = None
            self.reading.highlight_ranges("fr", [], LAYER)
            self.reading.highlight_ranges("en", [], LAYER)

    # -- hover -------------------------------------------------------------------------------
    def hover_french(self, pos: QPoint) -> None:
        found = self.reading.french.sentence_at(pos)
        sentence = self._sentence(found[0]) if found else None
        english = self.english_of(sentence.id) if sentence is not None else ""
        if sentence is None or not english:
            self.clear()
            return
        offset = found[2] - sentence.block_start
        word = next((w for w in split_words(sentence.text) if w.start <= offset < w.end), None)
        if word is None:
            self.clear()
            return
        spans = english_for(cached_alignment(sentence.text, english), word.start, word.end)
        self._show(("fr", sentence.id, word.start, word.end), sentence, spans,
                   [(word.start, word.end)])

    def hover_english(self, pos: QPoint) -> None:
        pane = self.reading.english
        found = pane.sentence_at(pos)
        if found is None:
            self.clear()
            return
        sid, index, block_offset = found
        start = next((s for s_id, s, _e in pane.block(index).sentences if s_id == sid), None)
        sentence = self._sentence(sid)
        english = self.english_of(sid)
        if start is None or sentence is None or not english:
            self.clear()
            return
        offset = block_offset - start
        word = next((w for w in english_words(english) if w.start <= offset < w.end), None)
        if word is None:
            self.clear()
            return
        spans = french_for(cached_alignment(sentence.text, english), word.start, word.end)
        self._show(("en", sid, word.start, word.end), sentence, [(word.start, word.end)], spans)

    def _show(self, key: tuple, sentence: Any, en_spans: list[tuple[int, int]],
              fr_spans: list[tuple[int, int]]) -> None:
        """Tint both sides; nothing at all when one side has no confident link."""
        if key == self.shown:
            return
        if not en_spans or not fr_spans:
            self.clear()
            return
        self.shown = key
        colour = self.colour()
        base = self.reading.document.blocks[sentence.block].plain_start + sentence.block_start
        self.reading.highlight_ranges("fr", [(base + s, base + e, colour) for s, e in fr_spans],
                                      LAYER)
        self.reading.highlight_ranges("en", [(sentence.id, s, e, colour) for s, e in en_spans],
                                      LAYER)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.enabled:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            pos = event.position().toPoint()  # type: ignore[attr-defined]
            if obj is self.reading.french.viewport():
                self.hover_french(pos)
            elif obj is self.reading.english.viewport():
                self.hover_english(pos)
        elif kind == QEvent.Type.Leave:
            self.clear()
        return False


def install(window: Any) -> WordLinker:
    window.word_linker = WordLinker(window)
    return window.word_linker
