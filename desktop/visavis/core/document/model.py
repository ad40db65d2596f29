"""Document model: an article parsed into blocks and sentences.

Contract (other modules rely on it):

* ``Document.source`` is the text the reader imported (Markdown or plain text).
* ``Document.blocks`` are the readable blocks in reading order (headings,
  paragraphs, list items, block-quote paragraphs).  ``Block.text`` is the plain
  rendered text of the block (inline markup removed, soft breaks as spaces).
* ``Document.plain`` is the plain text of all blocks joined by ``"\\n\\n"``;
  ``Block.plain_start`` is where the block starts in it.  Annotations anchor on
  ``Document.plain``.
* ``Sentence.text`` is the plain text of the sentence, what gets translated;
  ``block.text[s.block_start:s.block_end] == s.text``; ``s.start``/``s.end``
  are offsets into ``Document.source`` covering the sentence (inline markup
  included), so ``source[s.start:s.end] == s.text`` when the sentence has no markup.
* ``Sentence.id`` is stable: the same sentence text in the same article keeps its id
  (hash of the text and of its occurrence number among identical sentences).
* Tables: every cell of a table is one block of ``kind == "table_cell"`` whose ``table``
  (:class:`TableCell`) says which table (``table_id``, 0.. in the document), where
  (``row``, ``col``, 0-based) and how big the table is (``rows``, ``cols``); ``header``
  marks header cells.  Cells come in row-major order, every cell is present (an empty
  cell has ``text == ""`` and no sentences) and each is segmented and translated on its
  own; the pipes of the source never reach the translator.
* ``Block.language`` is the block's language (ISO 639-1, ``"fr"`` by default).  Blocks not
  in French are shown as they are on both sides, never sent to the model, never glossed.
* ``Block.aside`` is the label of the container (``::: tip Title``) the block is in
  ("" outside one); the container's title is a block of ``kind == "aside_title"``.
  Footnotes are blocks of ``kind == "note"`` (``number`` is the footnote's number), after
  the body.  ``Block.checked`` is True/False for a task-list item, None otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Block", "Document", "Sentence", "TableCell"]


@dataclass(frozen=True)
class Sentence:
    id: str
    block: int  # index of the block in Document.blocks
    index: int  # index of the sentence in the whole document
    text: str
    block_start: int  # offsets into Block.text
    block_end: int
    start: int  # offsets into Document.source
    end: int


@dataclass(frozen=True)
class TableCell:
    """Where a ``table_cell`` block sits in its table."""

    table_id: int  # 0.. in document order
    row: int  # 0-based, header row(s) first
    col: int
    rows: int  # size of the whole table
    cols: int
    header: bool = False


@dataclass(frozen=True)
class Block:
    index: int
    kind: str  # "heading" | "paragraph" | "list_item" | "blockquote" | "table_cell"
    #            | "aside_title" | "note"
    level: int  # heading level (1-6), list nesting depth (1..), 0 otherwise
    text: str
    start: int  # offsets into Document.source
    end: int
    plain_start: int  # offset of this block in Document.plain
    sentences: tuple[Sentence, ...]
    ordered: bool = False  # list item of an ordered list
    number: int | None = None  # its number in an ordered list
    emphasis: tuple[tuple[int, int, str], ...] = ()  # (start, end, "em"|"strong"|"code"|"link") in text
    links: tuple[tuple[int, int, str], ...] = ()  # (start, end, href) in text
    quote_depth: int = 0  # block-quote nesting (1 inside "> ", 2 inside "> > "...)
    table: TableCell | None = None  # set for kind == "table_cell"
    language: str = "fr"  # ISO 639-1; not "fr": shown as is, not translated, not glossed
    aside: str = ""  # label of the ::: container the block is in
    checked: bool | None = None  # task-list item: done or not

    @property
    def translatable(self) -> bool:
        """Whether this block goes to the translator (French, with text)."""
        return self.language == "fr" and bool(self.sentences)


@dataclass
class Document:
    source: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. text nested too deep to show

    @property
    def plain(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]

    def sentence(self, sentence_id: str) -> Sentence:
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(sentence_id)

    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)
