"""One read-only pane of the reading view: one Qt text block per document block.

The pane knows where each sentence sits (``(sentence_id, start, end)`` in its block's
text), reports what the pointer hovers and paints named layers of extra selections,
so the reading view (and the features through it) never touch Qt text internals.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

SentenceSpan = tuple[str, int, int]  # (sentence id, start, end) in the block text
DOCUMENT_MARGIN = 16.0
BASE_BOTTOM_MARGIN = 10.0  # px between paragraphs before alignment padding
_HEADING_SIZE = {1: 2, 2: 1, 3: 0}  # QTextFormat.FontSizeAdjustment per heading level


@dataclass(frozen=True)
class PaneBlock:
    kind: str  # "heading" | "paragraph" | "list_item" | "blockquote"
    text: str
    sentences: tuple[SentenceSpan, ...] = ()
    level: int = 0
    ordered: bool = False
    number: int | None = None
    emphasis: tuple[tuple[int, int, str], ...] = ()
    placeholder: bool = False  # quiet "Translating…" text, not yet real content
    marked: tuple[tuple[int, int], ...] = ()  # ranges drawn with a discreet underline


class TextPane(QTextEdit):
    """Read-only rich text pane; signals carry block numbers and sentence ids."""

    sentenceHovered = Signal(str)  # "" when the pointer leaves every sentence
    sentenceDoubleClicked = Signal(str)
    contextMenuAboutToShow = Signal(object, str, int, str)  # menu, sentence id, offset, selection

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.viewport().setMouseTracking(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._blocks: list[PaneBlock] = []
        self._pads: list[float] = []
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._hovered = ""
        self.tooltips: dict[str, str] = {}  # sentence id -> tooltip text
        self.line_spacing = 1.0

    # -- content ------------------------------------------------------------------------
    def set_blocks(self, blocks: list[PaneBlock]) -> None:
        doc = self.document()
        doc.clear()
        doc.setDocumentMargin(DOCUMENT_MARGIN)
        self._blocks = list(blocks)
        self._pads = [0.0] * len(blocks)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one layout pass for the whole article, not one per insertion
        try:
            for i, block in enumerate(blocks):
                if i:
                    cursor.insertBlock()
                self._write_block(cursor, block)
        finally:
            cursor.endEditBlock()
        # the widget's own cursor was pushed along by every insertion, to the end of the
        # article: anything that later re-sets it (clearing a selection) would scroll there
        self.setTextCursor(QTextCursor(doc))
        self._hovered = ""
        self._apply_layers()

    def set_block(self, index: int, block: PaneBlock) -> None:
        """Replace the text of one block, keeping its alignment padding."""
        self._blocks[index] = block
        qblock = self.document().findBlockByNumber(index)
        cursor = QTextCursor(qblock)
        cursor.beginEditBlock()
        cursor.setPosition(qblock.position() + qblock.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._write_block(cursor, block, pad=self._pads[index])
        cursor.endEditBlock()
        self._apply_layers()

    def block(self, index: int) -> PaneBlock:
        return self._blocks[index]

    def block_count(self) -> int:
        return len(self._blocks)

    def _write_block(self, cursor: QTextCursor, block: PaneBlock, pad: float = 0.0) -> None:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(BASE_BOTTOM_MARGIN + pad)
        fmt.setTopMargin(6.0 if block.kind == "heading" else 0.0)
        fmt.setLineHeight(self._spacing_for(block.kind) * 100, 1)  # 1 = ProportionalHeight
        if block.kind == "blockquote":
            fmt.setLeftMargin(28.0)
            fmt.setRightMargin(12.0)
        cursor.setBlockFormat(fmt)
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
        base = self._base_char_format(block)
        start = cursor.position()
        cursor.insertText(block.text, base)
        for s, e, kind in block.emphasis:
            self._merge(cursor, start + s, start + e, _emphasis_format(kind, self.palette()))
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        underline.setUnderlineColor(self.palette().color(QPalette.ColorRole.Highlight))
        for s, e in block.marked:
            self._merge(cursor, start + s, start + e, underline)
        cursor.setPosition(start + len(block.text))

    def _base_char_format(self, block: PaneBlock) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if block.kind == "heading":
            fmt.setFontWeight(QFont.Weight.Bold)
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
        for i, block in enumerate(self._blocks):
            fmt = QTextBlockFormat()
            fmt.setLineHeight(self._spacing_for(block.kind) * 100, 1)
            QTextCursor(self.qt_block(i)).mergeBlockFormat(fmt)

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

    # -- geometry -----------------------------------------------------------------------
    def qt_block(self, index: int) -> QTextBlock:
        return self.document().findBlockByNumber(index)

    def block_rect(self, index: int) -> QRectF:
        """Rectangle of block ``index`` in document coordinates (padding included)."""
        return self.document().documentLayout().blockBoundingRect(self.qt_block(index))

    def pad(self, index: int) -> float:
        return self._pads[index]

    def set_pad(self, index: int, pad: float) -> None:
        """Extra bottom margin making this block as tall as its counterpart."""
        if abs(self._pads[index] - pad) < 0.5:
            return
        self._pads[index] = pad
        cursor = QTextCursor(self.qt_block(index))
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(BASE_BOTTOM_MARGIN + pad)
        cursor.mergeBlockFormat(fmt)
        if index == len(self._blocks) - 1:  # Qt ignores the last block's bottom margin
            root = self.document().rootFrame()
            frame = root.frameFormat()
            frame.setBottomMargin(DOCUMENT_MARGIN + pad)
            root.setFrameFormat(frame)

    def block_tops(self) -> list[float]:
        return [self.block_rect(i).top() for i in range(len(self._blocks))]

    def visible_blocks(self) -> range:
        first = self.cursorForPosition(QPoint(0, 0)).blockNumber()
        last = self.cursorForPosition(QPoint(0, self.viewport().height() - 1)).blockNumber()
        return range(first, last + 1)

    def document_position(self, block: int, offset: int) -> int:
        return self.qt_block(block).position() + offset

    def sentence_range(self, sentence_id: str) -> tuple[int, int] | None:
        for i, block in enumerate(self._blocks):
            for sid, s, e in block.sentences:
                if sid == sentence_id:
                    base = self.qt_block(i).position()
                    return base + s, base + e
        return None

    def sentence_rect(self, sentence_id: str) -> QRect | None:
        """Viewport rectangle of the first character of a sentence."""
        rng = self.sentence_range(sentence_id)
        if rng is None:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(rng[0] + 1)
        return self.cursorRect(cursor)

    def sentence_at(self, pos: QPoint) -> tuple[str, int, int] | None:
        """(sentence id, block, offset in block) under a viewport point, or None."""
        doc_point = pos + QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        hit = self.document().documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.ExactHit)
        if hit < 0:
            return None
        qblock = self.document().findBlock(hit)
        index, offset = qblock.blockNumber(), hit - qblock.position()
        if index >= len(self._blocks) or self._blocks[index].placeholder:
            return None
        for sid, s, e in self._blocks[index].sentences:
            if s <= offset < e:
                return sid, index, offset
        return None

    # -- painting layers ----------------------------------------------------------------
    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._layers[name] = selections
        self._apply_layers()

    def make_selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        size = self.document().characterCount() - 1
        cursor.setPosition(max(0, min(start, size)))
        cursor.setPosition(max(0, min(end, size)), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _apply_layers(self) -> None:
        self.setExtraSelections([s for layer in self._layers.values() for s in layer])

    # -- events -------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._hover(event.position().toPoint())

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
            # placeholder and marker colours come from the palette: redraw them in the new theme
            for i, block in enumerate(self._blocks):
                if block.placeholder or block.marked or block.emphasis:
                    self.set_block(i, block)

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

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            found = self.sentence_at(event.pos())  # type: ignore[attr-defined]
            tip = self.tooltips.get(found[0], "") if found else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


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
