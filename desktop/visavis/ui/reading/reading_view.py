"""The reading view: French on the left, English on the right, paragraph by paragraph.

Public API for the window and the features (no Qt text internals needed):

* ``set_document(doc, translations, corrections)``, ``show_translations(block_indices)``
* signals ``sentenceHovered(id)`` (word hover: the glossary feature maps positions with
  ``TextPane.sentence_at``/``qt_block``/``cursorRect``),
  ``contextMenuForFrench(menu, id, offset, selected_text)``, ``selectionInfoChanged(info)``,
  ``visibleBlocksChanged(list[int])``, ``correctionRequested(id)``, ``revertRequested(id)``
* ``highlight_ranges(side, ranges, layer)``, ``underline_ranges(ranges, side, layer)``:
  French ranges are ``(start, end, QColor)`` in ``Document.plain`` offsets, English
  ranges ``(sentence_id, start, end, QColor)`` in the English sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import QMenu, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from visavis.core.document import Block, Document
from visavis.core.translation.types import Translation
from visavis.ui.reading.pane_alignment import PaneAligner
from visavis.ui.reading.scroll_sync import ScrollSync
from visavis.ui.reading.text_pane import PaneBlock, TextPane, tint

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

PLACEHOLDER = QT_TRANSLATE_NOOP("ReadingView", "Translating…")
NO_MODEL_PLACEHOLDER = QT_TRANSLATE_NOOP("ReadingView", "Not translated: no model")
CORRECTION_TIP = QT_TRANSLATE_NOOP("ReadingView", "Your correction — right-click to revert")
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4)


@dataclass(frozen=True)
class SelectionInfo:
    """What the reader selected. French: offsets in Document.plain; English: in a sentence."""

    side: str  # "fr" | "en"
    block: int
    start: int
    end: int
    text: str
    sentence_id: str | None = None  # English selections: the sentence holding the start


def french_block(block: Block) -> PaneBlock:
    spans = tuple((s.id, s.block_start, s.block_end) for s in block.sentences)
    return PaneBlock(block.kind, block.text, spans, block.level, block.ordered, block.number,
                     block.emphasis)


def english_block(block: Block, translations: dict[str, Translation],
                  corrections: dict[str, str], placeholder: str = PLACEHOLDER) -> PaneBlock:
    """The English block once every sentence is translated, else a quiet placeholder."""
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    marked: list[tuple[int, int]] = []
    pos = 0
    for s in block.sentences:
        if s.id in corrections:
            text = corrections[s.id]
        elif s.id in translations:
            text = translations[s.id].text
        else:
            return PaneBlock(block.kind, translate("ReadingView", placeholder), (), block.level, block.ordered,
                             block.number, placeholder=True)
        if parts:
            pos += 1
        spans.append((s.id, pos, pos + len(text)))
        if s.id in corrections:
            marked.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
    return PaneBlock(block.kind, " ".join(parts), tuple(spans), block.level, block.ordered,
                     block.number, marked=tuple(marked))


class ReadingView(QWidget):
    sentenceHovered = Signal(str)
    contextMenuForFrench = Signal(object, str, int, str)  # QMenu, sentence id, offset, selection
    contextMenuForEnglish = Signal(object, str)  # QMenu, sentence id
    selectionInfoChanged = Signal(object)  # SelectionInfo | None
    visibleBlocksChanged = Signal(list)
    correctionRequested = Signal(str)
    revertRequested = Signal(str)
    aligned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.french = TextPane("fr")
        self.english = TextPane("en")
        self.french_stack = QStackedWidget()  # page 0: the pane; edit mode adds an editor
        self.french_stack.addWidget(self.french)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.french_stack)
        self.splitter.addWidget(self.english)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.document: Document | None = None
        self.translations: dict[str, Translation] = {}
        self.corrections: dict[str, str] = {}
        self._placeholder = PLACEHOLDER
        self._zoom = ZOOM_STEPS.index(1.0)
        base = QFont(self.font())
        base.setPointSizeF(base.pointSizeF() * 1.15)
        self._base_fonts = {"fr": QFont(base), "en": QFont(base)}
        self.aligner = PaneAligner(self.french, self.english, self)
        self.aligner.aligned.connect(self.aligned)
        self.sync = ScrollSync(self.french, self.english, self._tops, self)
        self.aligner.aligned.connect(self.sync.resync)  # contents changed: re-pair positions
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(80)
        self._visible_timer.timeout.connect(lambda: self.visibleBlocksChanged.emit(self.visible_blocks()))
        self._wire()
        self.apply_zoom()

    def _wire(self) -> None:
        for pane in (self.french, self.english):
            pane.sentenceHovered.connect(self._on_hover)
            pane.verticalScrollBar().valueChanged.connect(lambda _v: self._visible_timer.start())
            pane.selectionChanged.connect(lambda p=pane: self._on_selection(p))
            pane.installEventFilter(self)
        self.french.contextMenuAboutToShow.connect(self.contextMenuForFrench)
        self.english.contextMenuAboutToShow.connect(self._english_menu)
        self.english.sentenceDoubleClicked.connect(self.correctionRequested)

    # -- content ------------------------------------------------------------------------
    def set_document(self, document: Document, translations: dict[str, Translation] | None = None,
                     corrections: dict[str, str] | None = None) -> None:
        self.document = document
        self.translations = translations if translations is not None else {}
        self.corrections = corrections if corrections is not None else {}
        self.french.set_blocks([french_block(b) for b in document.blocks])
        self.english.set_blocks([self._english(b) for b in document.blocks])
        self._refresh_tooltips()
        self.aligner.align()
        self._visible_timer.start()

    def show_translations(self, block_indices: list[int]) -> None:
        """Re-render the English of these blocks from ``translations``/``corrections``."""
        if self.document is None:
            return
        for i in block_indices:
            if 0 <= i < len(self.document.blocks):
                new = self._english(self.document.blocks[i])
                if new != self.english.block(i):
                    self.english.set_block(i, new)
        self._refresh_tooltips()
        self.aligner.schedule()

    def set_placeholder(self, source_text: str) -> None:
        """What untranslated paragraphs say (``PLACEHOLDER`` or ``NO_MODEL_PLACEHOLDER``)."""
        if source_text == self._placeholder:
            return
        self._placeholder = source_text
        if self.document is not None:
            self.show_translations(list(range(len(self.document.blocks))))

    def _english(self, block: Block) -> PaneBlock:
        return english_block(block, self.translations, self.corrections, self._placeholder)

    def _refresh_tooltips(self) -> None:
        self.english.tooltips = {sid: translate("ReadingView", CORRECTION_TIP)
                                 for sid in self.corrections}

    def translated_blocks(self) -> int:
        return sum(1 for i in range(self.english.block_count()) if not self.english.block(i).placeholder)

    def visible_blocks(self) -> list[int]:
        return list(self.french.visible_blocks()) if self.document and self.document.blocks else []

    # -- hover, selection, menus ----------------------------------------------------------
    def _on_hover(self, sentence_id: str) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(tint(self.palette(), 70))
        for pane in (self.french, self.english):
            rng = pane.sentence_range(sentence_id) if sentence_id else None
            pane.set_layer("hover", [pane.make_selection(*rng, fmt)] if rng else [])
        self.sentenceHovered.emit(sentence_id)

    def hovered_ranges(self, side: str) -> list[tuple[int, int]]:
        pane = self.french if side == "fr" else self.english
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane._layers.get("hover", [])]

    def _on_selection(self, pane: TextPane) -> None:
        self.selectionInfoChanged.emit(self.selection_info(pane.side))

    def selection_info(self, side: str = "fr") -> SelectionInfo | None:
        pane = self.french if side == "fr" else self.english
        cursor = pane.textCursor()
        if not cursor.hasSelection() or self.document is None:
            return None
        qblock = pane.document().findBlock(cursor.selectionStart())
        index = qblock.blockNumber()
        start = cursor.selectionStart() - qblock.position()
        end = start + (cursor.selectionEnd() - cursor.selectionStart())
        text = cursor.selectedText().replace("\u2029", "\n\n")
        if side == "fr":
            base = self.document.blocks[index].plain_start
            return SelectionInfo("fr", index, base + start, base + end, text)
        for sid, s, e in pane.block(index).sentences:
            if s <= start <= e:
                return SelectionInfo("en", index, start - s, end - s, text, sid)
        return None

    def _english_menu(self, menu: QMenu, sentence_id: str, _offset: int, _sel: str) -> None:
        if sentence_id:
            menu.addSeparator()
            menu.addAction(translate("ReadingView", "Correct translation…"), lambda: self.correctionRequested.emit(sentence_id))
            if sentence_id in self.corrections:
                menu.addAction(translate("ReadingView", "Revert to machine translation"),
                               lambda: self.revertRequested.emit(sentence_id))
        self.contextMenuForEnglish.emit(menu, sentence_id)

    # -- painting API for features --------------------------------------------------------
    def highlight_ranges(self, side: str, ranges: list[tuple], layer: str = "features") -> None:
        """Paint background tints: fr ``(start, end, QColor)`` in Document.plain offsets;
        en ``(sentence_id, start, end, QColor)``."""
        def fmt_for(colour: QColor) -> QTextCharFormat:
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            return fmt
        self._paint(side, ranges, layer, fmt_for)

    def underline_ranges(self, ranges: list[tuple], side: str = "fr", layer: str = "underline") -> None:
        """Underline ranges (same range forms as ``highlight_ranges``; colour optional)."""
        def fmt_for(colour: QColor | None) -> QTextCharFormat:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(colour or self.palette().color(QPalette.ColorRole.Link))
            return fmt
        self._paint(side, ranges, layer, fmt_for)

    def _paint(self, side: str, ranges: list[tuple], layer: str, fmt_for) -> None:  # type: ignore[no-untyped-def]
        pane = self.french if side == "fr" else self.english
        selections = []
        for item in ranges:
            span = self._to_pane_positions(side, item)
            if span is not None:
                colour = item[-1] if isinstance(item[-1], QColor) else None
                selections.append(pane.make_selection(span[0], span[1], fmt_for(colour)))
        pane.set_layer(layer, selections)

    def _to_pane_positions(self, side: str, item: tuple) -> tuple[int, int] | None:
        if self.document is None:
            return None
        if side == "en":
            rng = self.english.sentence_range(item[0])
            return (rng[0] + item[1], rng[0] + item[2]) if rng else None
        start, end = int(item[0]), int(item[1])
        for block in self.document.blocks:
            if block.plain_start <= start <= block.plain_start + len(block.text):
                base = self.french.qt_block(block.index).position() - block.plain_start
                return base + start, base + min(end, block.plain_start + len(block.text))
        return None

    def scroll_to_fraction(self, fraction: float) -> None:
        """Scroll both panes to ``fraction`` (0..1) of the article once laid out."""
        if fraction <= 0:
            return
        bar = self.french.verticalScrollBar()
        bar.setValue(round(bar.maximum() * fraction))
        if bar.maximum() == 0:  # not laid out yet: once the event loop has run
            QTimer.singleShot(0, lambda: bar.setValue(round(bar.maximum() * fraction)))

    # -- zoom, geometry -------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.set_zoom_step(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom_step(self._zoom - 1)

    def zoom_reset(self) -> None:
        self.set_zoom_step(ZOOM_STEPS.index(1.0))

    def zoom_factor(self) -> float:
        return ZOOM_STEPS[self._zoom]

    def set_zoom_factor(self, factor: float) -> None:
        self.set_zoom_step(min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - factor)))

    def set_zoom_step(self, step: int) -> None:
        self._zoom = max(0, min(step, len(ZOOM_STEPS) - 1))
        self.apply_zoom()

    def apply_zoom(self) -> None:
        for pane in (self.french, self.english):
            font = QFont(self._base_fonts[pane.side])
            font.setPointSizeF(font.pointSizeF() * ZOOM_STEPS[self._zoom])
            pane.document().setDefaultFont(font)
        self.aligner.schedule()

    def apply_reading_style(self, french_font: QFont, english_font: QFont,
                            line_spacing: float = 1.0) -> None:
        """Fonts of each pane and line spacing (the desktop feature's preferences)."""
        self._base_fonts = {"fr": QFont(french_font), "en": QFont(english_font)}
        for pane in (self.french, self.english):
            pane.set_line_spacing(line_spacing)
        self.apply_zoom()

    def _tops(self, pane) -> tuple[list[float], float]:  # type: ignore[no-untyped-def]
        return pane.block_tops(), pane.document().size().height()

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QResizeEvent.Type.Resize:
            self.aligner.on_resize()
        elif event.type() == QResizeEvent.Type.FontChange:
            self.aligner.schedule()
        return False
