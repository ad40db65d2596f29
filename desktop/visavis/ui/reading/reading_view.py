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

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import QMenu, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from visavis.core.document import Block, Document
from visavis.core.translation.formatting import carried_spans
from visavis.core.translation.types import Translation
from visavis.ui.reading.pane_alignment import PaneAligner
from visavis.ui.reading.reading_position import ReadingAnchor
from visavis.ui.reading.scroll_sync import ScrollSync
from visavis.ui.reading.text_pane import PaneBlock, TextPane, tint

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

PLACEHOLDER = QT_TRANSLATE_NOOP("ReadingView", "Translating…")
NO_MODEL_PLACEHOLDER = QT_TRANSLATE_NOOP("ReadingView", "Not translated: no model")
CORRECTION_TIP = QT_TRANSLATE_NOOP("ReadingView", "Your correction — right-click to revert")
NOT_FRENCH = QT_TRANSLATE_NOOP("ReadingView", "Not French — not translated")
ENGLISH_SLICE_S = 0.008  # English re-rendered per event-loop turn once the visible part is done
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
    """The French pane's block, shown with French display typography (same length)."""
    spans = tuple((s.id, s.block_start, s.block_end) for s in block.sentences)
    return PaneBlock(block.kind, block.text, spans, block.level, block.ordered, block.number,
                     block.emphasis, links=block.links, table=block.table,
                     french_spacing=block.language == "fr", badge=_badge(block), aside=block.aside)


def _badge(block: Block) -> str:
    """A block not in French is marked in both panes (table cells: tooltip only)."""
    return translate("ReadingView", NOT_FRENCH) if block.language != "fr" and block.table is None else ""


def english_block(block: Block, translations: dict[str, Translation],
                  corrections: dict[str, str], placeholder: str = PLACEHOLDER) -> PaneBlock:
    """The English block once every sentence is translated, else a quiet placeholder.

    Block formatting (heading, list, quote, table cell) always follows the French; bold,
    italic, code and links only where the word alignment is clear (``carried_spans``)."""
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    marked: list[tuple[int, int]] = []
    emphasis: list[tuple[int, int, str]] = []
    links: list[tuple[int, int, str]] = []
    french_emphasis = [e for e in block.emphasis if e[2] != "link" or not block.links]
    pos = 0
    for s in block.sentences:
        translation: Translation | None = None
        if s.id in corrections:
            text = corrections[s.id]
        elif s.id in translations:
            translation = translations[s.id]
            text = translation.text
        else:
            return PaneBlock(block.kind, translate("ReadingView", placeholder), (), block.level, block.ordered,
                             block.number, placeholder=True, table=block.table, aside=block.aside)
        if parts:
            pos += 1
        spans.append((s.id, pos, pos + len(text)))
        if s.id in corrections:
            marked.append((pos, pos + len(text)))
        sentence = (s.block_start, s.block_end)
        emphasis.extend((pos + a, pos + b, kind) for a, b, kind
                        in carried_spans(french_emphasis, sentence, translation, text, s.text))
        links.extend((pos + a, pos + b, href) for a, b, href
                     in carried_spans(block.links, sentence, translation, text, s.text))
        parts.append(text)
        pos += len(text)
    return PaneBlock(block.kind, " ".join(parts), tuple(spans), block.level, block.ordered,
                     block.number, tuple(emphasis), marked=tuple(marked), links=tuple(links),
                     table=block.table, badge=_badge(block), aside=block.aside)


class ReadingView(QWidget):
    sentenceHovered = Signal(str)
    contextMenuForFrench = Signal(object, str, int, str)  # QMenu, sentence id, offset, selection
    contextMenuForEnglish = Signal(object, str)  # QMenu, sentence id
    selectionInfoChanged = Signal(object)  # SelectionInfo | None
    visibleBlocksChanged = Signal(list)
    correctionRequested = Signal(str)
    revertRequested = Signal(str)
    aligned = Signal()
    translationsShown = Signal()  # English re-rendered over later turns is now all shown

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
        # the reader's place across reflows: noted before, restored after each slice of pads,
        # let go once nothing is pending
        self.anchor = ReadingAnchor(self.french, self.aligner.pending, self)
        self.aligner.aboutToAlign.connect(self.anchor.hold)
        self.sync = ScrollSync(self.french, self.english, self._tops, self)
        self.aligner.stepped.connect(self.anchor.restore)
        self.aligner.stepped.connect(self.sync.resync)  # contents changed: re-pair positions
        self.aligner.aligned.connect(self._after_alignment)
        self.aligner.aligned.connect(self.aligned)
        self._pending_scroll: tuple[str, object] | None = None  # a scroll waiting for the fill
        self._english_queue: set[int] = set()  # English blocks still to re-render (in slices)
        self._english_deferred = False
        self._english_timer = QTimer(self)
        self._english_timer.setSingleShot(True)
        self._english_timer.setInterval(0)
        self._english_timer.timeout.connect(lambda: self._show_english_slice(ENGLISH_SLICE_S))
        self.french.blocksFilled.connect(lambda _s, _e: self._apply_pending_scroll())
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
        self._pending_scroll = None
        self._english_queue.clear()
        written = self.french.set_blocks([self._once_per_run(french_block(b), b) for b in document.blocks])
        self.english.set_blocks([self._english(b) for b in document.blocks], first=written)
        self._refresh_tooltips()
        self.aligner.align()  # the first screenful: the rest is aligned as it is written
        self._visible_timer.start()

    def finish_fill(self) -> None:
        """Write and align the whole article now (screenshots, tests)."""
        self.french.finish_fill()
        self.english.finish_fill()
        self._show_english_slice(None)
        self.aligner.align()
        self._apply_pending_scroll()

    def show_translations(self, block_indices: list[int]) -> None:
        """Re-render the English of these blocks from ``translations``/``corrections``:
        the visible ones at once, the rest in slices of a few ms over the next turns."""
        if self.document is None:
            return
        count = len(self.document.blocks)
        self._english_queue.update(i for i in block_indices if 0 <= i < count)
        self._show_english_slice(ENGLISH_SLICE_S)

    def _show_english_slice(self, seconds: float | None) -> None:
        if self.document is None or not self._english_queue:
            return
        shown = self.french.visible_blocks()
        order = sorted(self._english_queue, key=lambda i: (i not in shown, i))
        first = shown.start if shown else 0
        deadline = time.perf_counter() + seconds if seconds is not None else None
        changed: list[int] = []
        for i in order:
            self._english_queue.discard(i)
            new = self._english(self.document.blocks[i])
            if new == self.english.block(i):
                continue
            if i < first and self.english.is_filled(i):
                self.anchor.hold()  # English heights change above the screen: padding moves the French
            self.english.set_block(i, new)
            changed.append(i)
            if deadline is not None and time.perf_counter() >= deadline and i not in shown:
                break
        self._refresh_tooltips()
        if changed:
            self.aligner.schedule_blocks(changed)
        if self._english_queue:
            self._english_deferred = True
            self._english_timer.start()
        elif self._english_deferred:
            self._english_deferred = False
            self.translationsShown.emit()  # the English held back for later is all on screen

    def set_placeholder(self, source_text: str) -> None:
        """What untranslated paragraphs say (``PLACEHOLDER`` or ``NO_MODEL_PLACEHOLDER``)."""
        if source_text == self._placeholder:
            return
        self._placeholder = source_text
        if self.document is not None:
            self.show_translations(list(range(len(self.document.blocks))))

    def _english(self, block: Block) -> PaneBlock:
        return self._once_per_run(
            english_block(block, self.translations, self.corrections, self._placeholder), block)

    def _once_per_run(self, shown: PaneBlock, block: Block) -> PaneBlock:
        """The "Not French" label only on the first block of a run of blocks in that language."""
        blocks = self.document.blocks if self.document is not None else []
        previous = blocks[block.index - 1] if 0 < block.index <= len(blocks) else None
        if shown.badge and previous is not None and previous.language == block.language:
            return replace(shown, badge="")
        return shown

    def _refresh_tooltips(self) -> None:
        foreign = ({s.id: translate("ReadingView", NOT_FRENCH) for b in self.document.blocks
                    if b.language != "fr" for s in b.sentences} if self.document else {})
        self.french.tooltips = dict(foreign)
        self.english.tooltips = {**foreign, **{sid: translate("ReadingView", CORRECTION_TIP)
                                               for sid in self.corrections}}

    def translated_blocks(self) -> int:
        return self.english.block_count() - self.english.placeholder_count()

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
        first = pane.locate(cursor.selectionStart())
        last = pane.locate(cursor.selectionEnd())
        if first is None or last is None:
            return None
        index, start = first
        text = cursor.selectedText().replace("\u2029", "\n\n")
        if side == "fr":
            blocks = self.document.blocks
            return SelectionInfo("fr", index, blocks[index].plain_start + start,
                                 blocks[last[0]].plain_start + last[1], text)
        end = last[1] if last[0] == index else len(pane.block(index).text)
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

    def underline_ranges(self, ranges: list[tuple], side: str = "fr", layer: str = "underline",
                         style: str = "line") -> None:
        """Underline ranges (same range forms as ``highlight_ranges``; colour optional);
        ``style`` "line" or "dots"."""
        underline = (QTextCharFormat.UnderlineStyle.DotLine if style == "dots"
                     else QTextCharFormat.UnderlineStyle.SingleUnderline)

        def fmt_for(colour: QColor | None) -> QTextCharFormat:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(underline)
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

    def tooltip_ranges(self, side: str, ranges: list[tuple], layer: str) -> None:
        """Tooltips over ranges: fr ``(start, end, text)`` in Document.plain offsets;
        en ``(sentence_id, start, end, text)``."""
        pane = self.french if side == "fr" else self.english
        tips = []
        for item in ranges:
            span = self._to_pane_positions(side, item)
            if span is not None:
                tips.append((span[0], span[1], str(item[-1])))
        pane.set_range_tooltips(layer, tips)

    def _to_pane_positions(self, side: str, item: tuple) -> tuple[int, int] | None:
        """Qt positions of a feature range (see ``highlight_ranges``), None if not written yet."""
        if self.document is None:
            return None
        if side == "en":
            start = self.english.sentence_position(item[0], int(item[1]))
            end = self.english.sentence_position(item[0], int(item[2]))
            return (start, end) if start is not None and end is not None else None
        start, end = int(item[0]), int(item[1])
        block = self._block_at_plain(start)
        if block is None or not self.french.is_filled(block.index):
            return None
        stop = min(end, block.plain_start + len(block.text))
        return (self.french.document_position(block.index, start - block.plain_start),
                self.french.document_position(block.index, stop - block.plain_start))

    def _block_at_plain(self, offset: int) -> Block | None:
        """The block holding a Document.plain offset (binary search on plain_start)."""
        blocks = self.document.blocks if self.document is not None else []
        lo, hi = 0, len(blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if blocks[mid].plain_start + len(blocks[mid].text) < offset:
                lo = mid + 1
            elif blocks[mid].plain_start > offset:
                hi = mid - 1
            else:
                return blocks[mid]
        return None

    def scroll_to_fraction(self, fraction: float) -> None:
        """Scroll both panes to ``fraction`` (0..1) of the article once it is all written."""
        if fraction <= 0:
            return
        self._pending_scroll = ("fraction", fraction)
        self._apply_pending_scroll()

    def scroll_to_block(self, index: int) -> None:
        """Put block ``index`` at the top of both panes (once it is written)."""
        self._pending_scroll = ("block", index)
        self._apply_pending_scroll()

    def _apply_pending_scroll(self) -> None:
        if self._pending_scroll is None:
            return
        kind, value = self._pending_scroll
        pane, bar = self.french, self.french.verticalScrollBar()
        if kind == "fraction":
            if not pane.is_complete():
                return
            self.aligner.align()  # the heights the fraction refers to
            if bar.maximum() == 0:  # not laid out yet: once the event loop has run
                QTimer.singleShot(0, self, self._apply_pending_scroll)
                return
            bar.setValue(round(bar.maximum() * float(value)))  # type: ignore[arg-type]
        else:
            index = int(value)  # type: ignore[call-overload]
            if not pane.is_filled(index):
                return
            bar.setValue(round(pane.block_rect(index).top()))
        self._pending_scroll = None
        self.anchor.moved()

    def _after_alignment(self) -> None:
        if not self.aligner.pending():
            self.anchor.release()

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
        self.anchor.hold()
        for pane in (self.french, self.english):
            font = QFont(self._base_fonts[pane.side])
            font.setPointSizeF(font.pointSizeF() * ZOOM_STEPS[self._zoom])
            pane.document().setDefaultFont(font)
        self.aligner.schedule()

    def apply_reading_style(self, french_font: QFont, english_font: QFont,
                            line_spacing: float = 1.0) -> None:
        """Fonts of each pane and line spacing (the desktop feature's preferences)."""
        self._base_fonts = {"fr": QFont(french_font), "en": QFont(english_font)}
        self.anchor.hold()
        for pane in (self.french, self.english):
            pane.set_line_spacing(line_spacing)
        self.apply_zoom()

    def _tops(self, pane) -> tuple[int, Callable[[int], float], float]:  # type: ignore[no-untyped-def]
        """Scroll-sync geometry: blocks written, the top of block i, the document height."""
        return pane.filled_count(), lambda i: pane.block_rect(i).top(), pane.document().size().height()

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        kind = event.type()
        if kind in _REFLOWS:  # before the pane reflows: note the reader's place
            self.anchor.hold()
        if kind == QEvent.Type.Resize:
            self.aligner.on_resize()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self.aligner.schedule()
        return False


_REFLOWS = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange)
