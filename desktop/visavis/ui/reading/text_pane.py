"""One read-only pane of the reading view: one Qt text block per document block.

The pane knows where each sentence sits (``(sentence_id, start, end)`` in its block's
text), reports what the pointer hovers and paints named layers of extra selections,
so the reading view (and the features through it) never touch Qt text internals.

Offsets: everything the pane takes or returns about a block's text is in Python code
points (``str`` indices).  Qt counts UTF-16 code units; the pane converts at one place,
through each block's :class:`~visavis.core.document.utf16.Utf16Offsets`
(``document_position`` and ``locate``).  Qt document positions appear only in
``make_selection`` and ``sentence_range``.

Filling: ``set_blocks`` writes the first screenful at once and the rest across event-loop
turns (a few milliseconds each), so a long article or a book shows its first screen at
once and never freezes the window; ``blocksFilled(start, end)`` reports each chunk and
``is_filled(i)`` tells whether block ``i`` is in the Qt document yet.

Table cells (``PaneBlock.table``) are written into one ``QTextTable`` per table.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QFont,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextLength,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from visavis.core.document import TableCell
from visavis.core.document.typography import french_display
from visavis.core.document.utf16 import Utf16Offsets

SentenceSpan = tuple[str, int, int]  # (sentence id, start, end) in the block text
DOCUMENT_MARGIN = 16.0
BASE_BOTTOM_MARGIN = 10.0  # px between paragraphs before alignment padding
CELL_BOTTOM_MARGIN = 2.0
_HEADING_SIZE = {1: 2, 2: 1, 3: 0}  # QTextFormat.FontSizeAdjustment per heading level
BADGE_SPACE = 15.0  # room above a block for its badge
FIRST_FILL_CHARS = 12_000  # written at once: more than a screen at any zoom
FILL_SLICE_S = 0.002  # then slices of this much Python per event-loop turn (+ Qt's layout)


@dataclass(frozen=True)
class PaneBlock:
    kind: str  # "heading" | "paragraph" | "list_item" | "blockquote" | "table_cell" | ...
    text: str
    sentences: tuple[SentenceSpan, ...] = ()
    level: int = 0
    ordered: bool = False
    number: int | None = None
    emphasis: tuple[tuple[int, int, str], ...] = ()
    placeholder: bool = False  # quiet "Translating…" text, not yet real content
    marked: tuple[tuple[int, int], ...] = ()  # ranges drawn with a discreet underline
    links: tuple[tuple[int, int, str], ...] = ()  # (start, end, href): open in the browser
    table: TableCell | None = None  # where a table cell sits
    french_spacing: bool = False  # shown with French narrow no-break spaces (same length)
    badge: str = ""  # a small label drawn above the block ("Not French — not translated")
    aside: str = ""  # the ::: container (tip, warning...) the block is in: indented, tinted

    @cached_property
    def offsets(self) -> Utf16Offsets:
        return Utf16Offsets(self.text)


class TextPane(QTextEdit):
    """Read-only rich text pane; signals carry block numbers and sentence ids."""

    sentenceHovered = Signal(str)  # "" when the pointer leaves every sentence
    sentenceDoubleClicked = Signal(str)
    contextMenuAboutToShow = Signal(object, str, int, str)  # menu, sentence id, offset, selection
    blocksFilled = Signal(int, int)  # blocks [start, end) are now in the Qt document

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setCursorWidth(0)  # read-only text: keyboard selection, but no blinking caret
        self.viewport().setMouseTracking(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._blocks: list[PaneBlock] = []
        self._placeholders = 0  # how many blocks are placeholders (kept up to date, O(1) to ask)
        self._qblocks: list[QTextBlock] = []  # Qt block of each filled block
        self._pads: list[float] = []
        self._sentences: dict[str, int] = {}  # sentence id -> block index
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._layer_order: dict[str, int] = {}  # lower is painted first (underneath); default 0
        self._hovered = ""
        self._pressed_link = ""
        self.tooltips: dict[str, str] = {}  # sentence id -> tooltip text
        self._range_tips: dict[str, list[tuple[int, int, str]]] = {}  # layer -> Qt ranges
        self.line_spacing = 1.0
        self._fill_cursor = QTextCursor(self.document())
        self._fill_fresh = True  # the fill cursor sits in an empty, unused block
        self._fill_table: QTextTable | None = None
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_slice)

    # -- content ------------------------------------------------------------------------
    def set_blocks(self, blocks: list[PaneBlock], first: int | None = None) -> int:
        """Show these blocks: the first screenful now (``first`` blocks if given), the rest
        over the next turns.  Returns how many were written now."""
        self._fill_timer.stop()
        doc = self.document()
        doc.clear()
        doc.setDocumentMargin(DOCUMENT_MARGIN)
        root = doc.rootFrame()
        frame = root.frameFormat()
        frame.setBottomMargin(DOCUMENT_MARGIN)
        root.setFrameFormat(frame)
        self._blocks = list(blocks)
        self._placeholders = sum(1 for b in blocks if b.placeholder)
        self._qblocks = []
        self._pads = [0.0] * len(blocks)
        self._sentences = {sid: i for i, b in enumerate(blocks) for sid, _s, _e in b.sentences}
        self._fill_cursor = QTextCursor(doc)
        self._fill_fresh, self._fill_table = True, None
        self._fill(chars=FIRST_FILL_CHARS if first is None else None, count=first)
        # the widget's own cursor was pushed along by every insertion, to the end of the
        # article: anything that later re-sets it (clearing a selection) would scroll there
        self.setTextCursor(QTextCursor(doc))
        self._hovered = ""
        self._apply_layers()
        if not self.is_complete():
            self._fill_timer.start()
        return len(self._qblocks)

    def is_complete(self) -> bool:
        return len(self._qblocks) == len(self._blocks)

    def is_filled(self, index: int) -> bool:
        return 0 <= index < len(self._qblocks)

    def filled_count(self) -> int:
        return len(self._qblocks)

    def finish_fill(self) -> None:
        """Write every remaining block now (tests, exports of the view)."""
        if not self.is_complete():
            self._fill(chars=None)
        self._fill_timer.stop()

    def _fill_slice(self) -> None:
        self._fill(seconds=FILL_SLICE_S)
        if self.is_complete():
            self._fill_timer.stop()

    def _fill(self, chars: int | None = None, seconds: float | None = None,
              count: int | None = None) -> None:
        start = len(self._qblocks)
        if start >= len(self._blocks):
            return
        deadline = time.perf_counter() + seconds if seconds is not None else None
        written = 0
        cursor = self._fill_cursor
        cursor.beginEditBlock()  # one layout pass per slice, not one per insertion
        try:
            for i in range(start, len(self._blocks)):
                block = self._blocks[i]
                self._qblocks.append(self._append(i, block))
                written += len(block.text)
                if chars is not None and written >= chars:
                    break
                if count is not None and i + 1 - start >= count:
                    break
                if deadline is not None and time.perf_counter() >= deadline:
                    break
        finally:
            cursor.endEditBlock()
        self.blocksFilled.emit(start, len(self._qblocks))

    def _append(self, index: int, block: PaneBlock) -> QTextBlock:
        """Write block ``index`` at the end of the document; return its Qt block."""
        cell = block.table
        if self._fill_table is not None and (cell is None or cell.row == 0 and cell.col == 0):
            self._leave_table()
        if cell is not None:
            if self._fill_table is None:
                self._fill_table = self._fill_cursor.insertTable(cell.rows, cell.cols,
                                                                _table_format(self.palette()))
                self._fill_fresh = False
            table = self._fill_table
            cursor = table.cellAt(min(cell.row, table.rows() - 1), min(cell.col, table.columns() - 1)) \
                .firstCursorPosition()
            self._write_block(cursor, block, index)
            qblock = cursor.block()
            if cell.row >= cell.rows - 1 and cell.col >= cell.cols - 1:
                self._leave_table()
            return qblock
        cursor = self._fill_cursor
        if not self._fill_fresh:
            cursor.insertBlock()
        self._fill_fresh = False
        self._write_block(cursor, block, index)
        return cursor.block()

    def _leave_table(self) -> None:
        table, self._fill_table = self._fill_table, None
        if table is None:
            return
        cursor = table.lastCursorPosition()
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        self._fill_cursor.setPosition(cursor.position())
        self._fill_fresh = True  # Qt keeps an empty block after a table: write there

    def set_block(self, index: int, block: PaneBlock) -> None:
        """Replace the text of one block, keeping its alignment padding."""
        self._placeholders += int(block.placeholder) - int(self._blocks[index].placeholder)
        self._blocks[index] = block
        for sid, _s, _e in block.sentences:
            self._sentences[sid] = index
        if not self.is_filled(index):
            return  # written with its new text when the fill gets there
        qblock = self._qblocks[index]
        cursor = QTextCursor(qblock)
        cursor.beginEditBlock()
        cursor.setPosition(qblock.position() + qblock.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._write_block(cursor, block, index)
        cursor.endEditBlock()
        self._apply_layers()

    def block(self, index: int) -> PaneBlock:
        return self._blocks[index]

    def block_count(self) -> int:
        return len(self._blocks)

    def placeholder_count(self) -> int:
        return self._placeholders

    def _write_block(self, cursor: QTextCursor, block: PaneBlock, index: int) -> None:
        """Format the (empty) block at ``cursor`` and write ``block`` into it."""
        pad = self._pads[index] if index < len(self._pads) else 0.0
        cell = block.kind == "table_cell" or block.table is not None
        fmt = QTextBlockFormat()
        fmt.setBottomMargin((CELL_BOTTOM_MARGIN if cell else BASE_BOTTOM_MARGIN) + pad)
        fmt.setTopMargin((6.0 if block.kind == "heading" else 0.0) + (BADGE_SPACE if block.badge else 0.0))
        fmt.setLineHeight(self._spacing_for(block.kind) * 100, 1)  # 1 = ProportionalHeight
        if block.kind == "blockquote":
            fmt.setLeftMargin(28.0)
            fmt.setRightMargin(12.0)
        if block.aside and not cell:  # a ::: container: a tinted, indented aside
            fmt.setLeftMargin(fmt.leftMargin() + 14.0)
            fmt.setBackground(self.palette().color(QPalette.ColorRole.AlternateBase))
        cursor.setBlockFormat(fmt)
        # the block's own character format draws list numbers and bullets: always body
        # text (not the grey italic of a placeholder, not the size of a heading before it)
        cursor.setBlockCharFormat(QTextCharFormat())
        if block.kind == "list_item" and not block.placeholder:
            lst = QTextListFormat()
            lst.setIndent(max(1, block.level))
            if block.ordered:
                lst.setStyle(QTextListFormat.Style.ListDecimal)
                lst.setStart(block.number or 1)
            else:
                lst.setStyle(QTextListFormat.Style.ListDisc)
            cursor.createList(lst)
            cursor.setBlockFormat(cursor.blockFormat())
        elif block.kind == "list_item":
            fmt.setIndent(max(1, block.level))
            cursor.setBlockFormat(fmt)
        cursor.block().setUserState(index)
        base = self._base_char_format(block)
        start = cursor.position()
        cursor.insertText(french_display(block.text) if block.french_spacing else block.text, base)
        units = block.offsets.to_utf16
        for s, e, kind in block.emphasis:
            if kind != "link":  # links are drawn from ``block.links`` (with their address)
                self._merge(cursor, start + units(s), start + units(e), _emphasis_format(kind, self.palette()))
        for s, e, href in block.links:
            self._merge(cursor, start + units(s), start + units(e), _link_format(href, self.palette()))
        if not block.links:  # links known only as emphasis (no address): still look like links
            for s, e, kind in block.emphasis:
                if kind == "link":
                    self._merge(cursor, start + units(s), start + units(e), _emphasis_format(kind, self.palette()))
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        underline.setUnderlineColor(self.palette().color(QPalette.ColorRole.Highlight))
        for s, e in block.marked:
            self._merge(cursor, start + units(s), start + units(e), underline)
        cursor.setPosition(start + block.offsets.units)

    def _base_char_format(self, block: PaneBlock) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if (block.kind in ("heading", "aside_title")
                or block.table is not None and block.table.header):
            fmt.setFontWeight(QFont.Weight.Bold)
        if block.kind == "note":  # a footnote, after the body: smaller
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        if block.kind == "heading":
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, _HEADING_SIZE.get(block.level, 0))
        if block.placeholder:
            fmt.setFontItalic(True)
            fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return fmt

    @staticmethod
    def _merge(cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        c = QTextCursor(cursor.document())
        c.setPosition(start)
        c.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        c.mergeCharFormat(fmt)

    def _spacing_for(self, kind: str) -> float:
        return 1.0 if kind == "heading" else self.line_spacing  # big titles need no extra air

    def set_line_spacing(self, spacing: float) -> None:
        self.line_spacing = spacing
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for i, qblock in enumerate(self._qblocks):
            fmt = QTextBlockFormat()
            fmt.setLineHeight(self._spacing_for(self._blocks[i].kind) * 100, 1)
            QTextCursor(qblock).mergeBlockFormat(fmt)
        cursor.endEditBlock()

    def clear_selection(self) -> None:
        """Drop the reader's selection; the view does not move."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        values = [bar.value() for bar in bars]
        cursor.clearSelection()
        self.setTextCursor(cursor)  # QTextEdit scrolls to make the cursor visible: undo that
        for bar, value in zip(bars, values, strict=True):
            bar.setValue(value)

    # -- offsets: the one code point <-> UTF-16 boundary -----------------------------------
    def qt_block(self, index: int) -> QTextBlock:
        """The Qt block of block ``index`` (invalid until the fill has written it)."""
        return self._qblocks[index] if 0 <= index < len(self._qblocks) else QTextBlock()

    def document_position(self, block: int, offset: int) -> int:
        """Qt document position of code-point ``offset`` in block ``block``."""
        qblock = self.qt_block(block)
        if not qblock.isValid():
            return max(0, self.document().characterCount() - 1)
        return qblock.position() + self._blocks[block].offsets.to_utf16(offset)

    def locate(self, position: int) -> tuple[int, int] | None:
        """(block index, code-point offset in it) of a Qt document position, or None
        outside every block (the gap after a table)."""
        qblock = self.document().findBlock(position)
        index = qblock.userState() if qblock.isValid() else -1
        if not 0 <= index < len(self._qblocks) or self._qblocks[index] != qblock:
            return None
        return index, self._blocks[index].offsets.from_utf16(position - qblock.position())

    # -- geometry -----------------------------------------------------------------------
    def block_rect(self, index: int) -> QRectF:
        """Rectangle of block ``index`` in document coordinates (padding included)."""
        qblock = self.qt_block(index)
        if not qblock.isValid():
            return QRectF()
        return self.document().documentLayout().blockBoundingRect(qblock)

    def pad(self, index: int) -> float:
        return self._pads[index]

    def set_pad(self, index: int, pad: float) -> None:
        """Extra bottom margin making this block as tall as its counterpart."""
        if abs(self._pads[index] - pad) < 0.5:
            return
        self._pads[index] = pad
        if not self.is_filled(index):
            return  # applied when written
        block = self._blocks[index]
        cursor = QTextCursor(self._qblocks[index])
        fmt = QTextBlockFormat()
        cell = block.table is not None
        fmt.setBottomMargin((CELL_BOTTOM_MARGIN if cell else BASE_BOTTOM_MARGIN) + pad)
        cursor.mergeBlockFormat(fmt)
        if index == len(self._blocks) - 1 and not cell:  # Qt ignores the last block's bottom margin
            root = self.document().rootFrame()
            frame = root.frameFormat()
            frame.setBottomMargin(DOCUMENT_MARGIN + pad)
            root.setFrameFormat(frame)

    def block_tops(self) -> list[float]:
        layout = self.document().documentLayout()
        return [layout.blockBoundingRect(q).top() for q in self._qblocks]

    def block_at(self, pos: QPoint) -> int:
        """Index of the block at (or nearest above) a viewport point; -1 before any."""
        return self.block_at_y(pos.y() + self.verticalScrollBar().value())

    def block_at_y(self, y: float) -> int:
        """Index of the last written block whose top is at or above document ``y`` (binary
        search: O(log n) block rectangles, not a hit test through the whole document)."""
        count = len(self._qblocks)
        if count == 0:
            return -1
        layout = self.document().documentLayout()
        lo, hi = 0, count - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if layout.blockBoundingRect(self._qblocks[mid]).top() <= y:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def visible_blocks(self) -> range:
        if not self._qblocks:
            return range(0)
        top = self.verticalScrollBar().value()
        first = self.block_at_y(top)
        last = max(first, self.block_at_y(top + self.viewport().height() - 1))
        return range(first, last + 1)

    def sentence_span(self, sentence_id: str) -> tuple[int, int, int] | None:
        """(block index, start, end) of a sentence, in code points of its block."""
        index = self._sentences.get(sentence_id)
        if index is None:
            return None
        for sid, s, e in self._blocks[index].sentences:
            if sid == sentence_id:
                return index, s, e
        return None

    def sentence_position(self, sentence_id: str, offset: int = 0) -> int | None:
        """Qt document position of code-point ``offset`` in a sentence."""
        span = self.sentence_span(sentence_id)
        if span is None or not self.is_filled(span[0]):
            return None
        return self.document_position(span[0], span[1] + offset)

    def sentence_range(self, sentence_id: str) -> tuple[int, int] | None:
        """Qt document positions (start, end) of a sentence, once written."""
        span = self.sentence_span(sentence_id)
        if span is None or not self.is_filled(span[0]):
            return None
        return self.document_position(span[0], span[1]), self.document_position(span[0], span[2])

    def sentence_rect(self, sentence_id: str) -> QRect | None:
        """Viewport rectangle of the first character of a sentence."""
        rng = self.sentence_range(sentence_id)
        if rng is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(rng[0] + 1, rng[1]))
        return self.cursorRect(cursor)

    def _hit(self, pos: QPoint) -> int:
        doc_point = pos + QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        return self.document().documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.ExactHit)

    def sentence_at(self, pos: QPoint) -> tuple[str, int, int] | None:
        """(sentence id, block, code-point offset in block) under a viewport point, or None."""
        hit = self._hit(pos)
        found = self.locate(hit) if hit >= 0 else None
        if found is None:
            return None
        index, offset = found
        if self._blocks[index].placeholder:
            return None
        for sid, s, e in self._blocks[index].sentences:
            if s <= offset < e:
                return sid, index, offset
        return None

    def link_at(self, pos: QPoint) -> str:
        """Address of the link under a viewport point ("" if none)."""
        hit = self._hit(pos)
        if hit < 0:
            return ""
        found = self.locate(hit)
        if found is None:
            return ""
        index, offset = found
        return next((href for s, e, href in self._blocks[index].links if s <= offset < e), "")

    # -- painting layers ----------------------------------------------------------------
    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._layers[name] = selections
        self._apply_layers()

    def set_layer_order(self, name: str, order: int) -> None:
        """Paint layer ``name`` under (negative) or over (positive) the others (default 0);
        word-status tints use -10 so highlights stay on top of them."""
        self._layer_order[name] = order
        self._apply_layers()

    def set_range_tooltips(self, name: str, ranges: list[tuple[int, int, str]]) -> None:
        """Tooltips over Qt document ranges ``(start, end, text)`` (one named layer)."""
        self._range_tips[name] = ranges

    def make_selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        """A selection of Qt document positions (see ``document_position``)."""
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        size = self.document().characterCount() - 1
        cursor.setPosition(max(0, min(start, size)))
        cursor.setPosition(max(0, min(end, size)), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _apply_layers(self) -> None:
        names = sorted(self._layers, key=lambda n: self._layer_order.get(n, 0))  # stable
        self.setExtraSelections([s for name in names for s in self._layers[name]])

    # -- events -------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        self._hover(pos)
        if event.buttons() == Qt.MouseButton.NoButton:
            shape = Qt.CursorShape.PointingHandCursor if self.link_at(pos) else Qt.CursorShape.IBeamCursor
            if self.viewport().cursor().shape() != shape:
                self.viewport().setCursor(shape)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_link = (self.link_at(event.position().toPoint())
                              if event.button() == Qt.MouseButton.LeftButton else "")
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        link, self._pressed_link = self._pressed_link, ""
        if (link and event.button() == Qt.MouseButton.LeftButton
                and not self.textCursor().hasSelection()
                and self.link_at(event.position().toPoint()) == link):
            open_link(link)

    def _hover(self, pos: QPoint) -> None:
        found = self.sentence_at(pos)
        sid = found[0] if found else ""
        if sid != self._hovered:
            self._hovered = sid
            self.sentenceHovered.emit(sid)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hovered:
            self._hovered = ""
            self.sentenceHovered.emit("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # placeholder, link and marker colours come from the palette: redraw them
            cursor = QTextCursor(self.document())
            cursor.beginEditBlock()
            for i, block in enumerate(self._blocks):
                if block.placeholder or block.marked or block.emphasis or block.links:
                    self.set_block(i, block)
            cursor.endEditBlock()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.sentence_at(event.position().toPoint())
        if found is not None:
            self.sentenceDoubleClicked.emit(found[0])
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        found = self.sentence_at(event.pos())
        sid, offset = "", -1
        if found is not None:
            sid, index, block_offset = found
            start = next(s for i, s, _e in self._blocks[index].sentences if i == sid)
            offset = block_offset - start
        self.contextMenuAboutToShow.emit(menu, sid, offset, self.textCursor().selectedText())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def tooltip_at(self, pos: QPoint) -> str:
        """What the tooltip says at a viewport point: a link's address, a note, a sentence's tip."""
        link = self.link_at(pos)
        if link:
            return link
        hit = self._hit(pos)
        if hit >= 0:
            for ranges in self._range_tips.values():
                tips = [text for s, e, text in ranges if s <= hit < e and text]
                if tips:
                    return "\n\n".join(tips)
        found = self.sentence_at(pos)
        return self.tooltips.get(found[0], "") if found else ""

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)  # type: ignore[arg-type]
        badges = [i for i in self.visible_blocks() if i < len(self._blocks) and self._blocks[i].badge
                  and self.is_filled(i)]
        if not badges:
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.72))
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        layout = self.document().documentLayout()
        dy = self.verticalScrollBar().value()
        for i in badges:
            rect = layout.blockBoundingRect(self._qblocks[i])
            top = rect.top() - BADGE_SPACE - dy  # the rect starts below the block's top margin
            painter.drawText(QRectF(rect.left(), top, rect.width(), BADGE_SPACE),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             self._blocks[i].badge)
        painter.end()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(event.pos())  # type: ignore[attr-defined]
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def open_link(href: str) -> bool:
    """Open a link in the system browser (never inside the app)."""
    url = QUrl(href)
    if not url.isValid() or url.isRelative() and not href.startswith("www."):
        return False
    if url.isRelative():
        url = QUrl("https://" + href)
    return QDesktopServices.openUrl(url)


def _table_format(palette: QPalette) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setBorder(1.0)
    fmt.setBorderBrush(QBrush(palette.color(QPalette.ColorRole.Mid)))
    fmt.setBorderStyle(QTextTableFormat.BorderStyle.BorderStyle_Solid)
    fmt.setCellPadding(4.0)
    fmt.setCellSpacing(0.0)
    fmt.setBorderCollapse(True)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setBottomMargin(BASE_BOTTOM_MARGIN)
    return fmt


def _link_format(href: str, palette: QPalette) -> QTextCharFormat:
    fmt = _emphasis_format("link", palette)
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    return fmt


def _emphasis_format(kind: str, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind == "em":
        fmt.setFontItalic(True)
    elif kind == "strong":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif kind == "code":
        fmt.setFontFixedPitch(True)
        fmt.setFontFamilies(["monospace"])
    elif kind == "link":
        fmt.setForeground(palette.color(QPalette.ColorRole.Link))
        fmt.setFontUnderline(True)
    return fmt


def tint(palette: QPalette, alpha: int = 90, role: QPalette.ColorRole = QPalette.ColorRole.Highlight) -> QColor:
    """A translucent tint of a palette colour (works in light and dark themes)."""
    colour = QColor(palette.color(role))
    colour.setAlpha(alpha)
    return colour
