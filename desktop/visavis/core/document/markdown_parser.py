"""Parse Markdown (or plain text) into a :class:`~visavis.core.document.Document`.

* CommonMark (markdown-it-py, no tables).  Readable blocks are headings, paragraphs,
  list items and block-quote paragraphs.  Code (fenced or indented), HTML blocks,
  thematic breaks, link reference definitions and images are *not* blocks: they are
  never translated and do not appear in ``Document.plain``.
* ``Block.text`` is the rendered inline text: emphasis/link/code markup removed,
  soft breaks become a space, hard breaks ``"\\n"``; ``Block.emphasis``/``Block.links``
  point into it.  Every character of it is mapped back to its offset in ``source``
  (escapes and entities included), which gives exact ``Sentence.start``/``end``.
* Nesting (quotes in quotes, lists in lists) is followed 100 levels deep (markdown-it's
  commonmark preset stops at 20 and drops what is deeper).
* A YAML (``---``) or TOML (``+++``) front matter is skipped; its ``title`` is used.
* Title: the ``title`` argument, else the front matter title, else the first H1,
  else the first line of text.
* Plain text is Markdown too: blank lines separate paragraphs.  The text importer
  (``visavis.core.importers.text``) escapes plain text first so that a line which
  merely looks like markup (``<b>``, ``---``, ``# 1``, indented lines...) is kept.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from visavis.core.document import Block, Document, Sentence
from visavis.core.document.segment import split_sentences

_MD = MarkdownIt("commonmark", {"maxNesting": 100}).disable("table", ignoreInvalid=True)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_FRONT_MATTER_KEY = re.compile(r"^(?:[\w-]+\s*[:=]|[\s#-]|\[)")
_TITLE_KEY = re.compile(r"^title\s*[:=](.*)$", re.IGNORECASE)
_SEARCH_WINDOW = 4096


@dataclass
class _Inline:
    """Rendered inline text of one block and the source offset of each character."""

    text: list[str] = field(default_factory=list)
    pos: list[int] = field(default_factory=list)  # source offset of each char
    lead: list[int] = field(default_factory=list)  # where opening markup before it starts
    trail: list[int] = field(default_factory=list)  # where closing markup after it ends
    emphasis: list[tuple[int, int, str]] = field(default_factory=list)
    links: list[tuple[int, int, str]] = field(default_factory=list)


class _InlineMapper:
    """Walks the children of one inline token, matching each rendered char in the source."""

    def __init__(self, source: str, start: int, end: int) -> None:
        self.src = source
        self.cursor = start
        self.limit = end
        self.out = _Inline()
        self._lead: int | None = None
        self._end = -1  # end of the source of the last char when longer than one (entity)
        self._literal = False  # inside a code span: no escapes or entities
        self._open: list[tuple[int, str, str]] = []  # (text start, kind, href)

    # -- source matching -------------------------------------------------------
    def _find(self, needle: str) -> int:
        end = min(self.limit, self.cursor + _SEARCH_WINDOW)
        return self.src.find(needle, self.cursor, end)

    def _match_here(self, ch: str) -> int:
        """Match ``ch`` at the cursor (as itself, an escape or an entity); -1 if not there."""
        src, c = self.src, self.cursor
        if c >= self.limit:
            return -1
        entity = _ENTITY.match(src, c) if src[c] == "&" and not self._literal else None
        if entity and html.unescape(entity.group(0)).startswith(ch):
            self.cursor = entity.end()
            self._end = entity.end()
            return c
        if (src[c] == "\\" and c + 1 < self.limit and src[c + 1] == ch and ch != "\n"
                and not self._literal):
            self.cursor = c + 2
            self._end = c + 2
            self._lead = c if self._lead is None else min(self._lead, c)
            return c + 1
        if src[c] == ch or (ch == " " and src[c] == "\n"):
            self.cursor = c + 1
            return c
        return -1

    def _locate(self, ch: str) -> int:
        found = self._match_here(ch)
        if found != -1:
            return found
        saved = self.cursor
        while self.cursor < self.limit and self.src[self.cursor] in " \t\n":
            self.cursor += 1
        found = self._match_here(ch)
        if found != -1:
            return found
        self.cursor = saved
        found = self._find(ch)
        if ch == " ":
            newline = self._find("\n")
            if newline != -1 and (found == -1 or newline < found):
                found = newline
        if found == -1:
            return min(self.cursor, max(self.limit - 1, 0))
        self.cursor = found + 1
        return found

    def _emit(self, chars: str) -> None:
        for ch in chars:
            self._end = -1
            pos = self._locate(ch)
            out = self.out
            out.text.append(ch)
            out.pos.append(pos)
            out.lead.append(pos if self._lead is None else min(self._lead, pos))
            out.trail.append(self._end if self._end > pos else pos + 1)
            self._lead = None

    def _open_markup(self, needle: str) -> None:
        found = self._find(needle) if needle else -1
        if found == -1:
            return
        if self._lead is None:
            self._lead = found
        self.cursor = found + len(needle)

    def _close_markup(self, needle: str) -> None:
        found = self._find(needle)
        if found == -1:
            return
        self.cursor = found + len(needle)
        if self.out.trail:
            self.out.trail[-1] = self.cursor

    def _skip_link_tail(self) -> None:
        """After a link text: skip ``](href "title")``, ``][ref]`` or ``]``."""
        found = self._find("]")
        if found == -1:
            return
        i = found + 1
        src = self.src
        if i < self.limit and src[i] in "([":
            opening = src[i]
            closing = ")" if opening == "(" else "]"
            depth = 0
            while i < self.limit:
                if src[i] == "\\":
                    i += 2
                    continue
                if src[i] == opening:
                    depth += 1
                elif src[i] == closing:
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            i += 1
        self.cursor = min(i, self.limit)
        if self.out.trail:
            self.out.trail[-1] = self.cursor

    # -- token walk -------------------------------------------------------------
    def walk(self, children: list[Token]) -> _Inline:
        for tok in children:
            kind = tok.type
            if kind == "text":
                self._emit(tok.content)
            elif kind == "softbreak":
                self._emit(" ")
            elif kind == "hardbreak":
                self._emit("\n")
            elif kind in ("em_open", "strong_open"):
                self._open_markup(tok.markup)
                self._open.append((len(self.out.text), kind.split("_")[0], ""))
            elif kind in ("em_close", "strong_close"):
                self._close_markup(tok.markup)
                self._end_span()
            elif kind == "link_open":
                self._open_markup("<" if tok.markup == "autolink" else "[")
                self._open.append((len(self.out.text), "link", str(tok.attrs.get("href", ""))))
            elif kind == "link_close":
                if tok.markup == "autolink":
                    self._close_markup(">")
                else:
                    self._skip_link_tail()
                self._end_span()
            elif kind == "code_inline":
                self._open_markup(tok.markup)
                start = len(self.out.text)
                self._literal = True
                self._emit(tok.content)
                self._literal = False
                self._close_markup(tok.markup)
                self.out.emphasis.append((start, len(self.out.text), "code"))
            elif kind == "image":
                self._open_markup("![")
                self._skip_link_tail()
            elif kind == "html_inline":
                self._open_markup(tok.content)
        return self.out

    def _end_span(self) -> None:
        if not self._open:
            return
        start, kind, href = self._open.pop()
        end = len(self.out.text)
        if end > start:
            self.out.emphasis.append((start, end, kind))
            if kind == "link":
                self.out.links.append((start, end, href))


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def _front_matter(source: str) -> tuple[int, str | None]:
    """Offset where the Markdown body starts (after a BOM/front matter) and its title."""
    offset = 1 if source.startswith("\ufeff") else 0
    lines = source[offset:].splitlines(keepends=True)
    if not lines or lines[0].strip() not in ("---", "+++"):
        return offset, None
    closers = ("+++",) if lines[0].strip() == "+++" else ("---", "...")
    title: str | None = None
    consumed = len(lines[0])
    for line in lines[1:200]:
        consumed += len(line)
        stripped = line.strip()
        if stripped in closers:
            return offset + consumed, title
        if stripped and not _FRONT_MATTER_KEY.match(line):
            return offset, None  # a thematic break, not front matter
        match = _TITLE_KEY.match(stripped)
        if match and title is None:
            title = match.group(1).strip().strip("'\"").strip() or None
    return offset, None


@dataclass
class _RawBlock:
    kind: str
    level: int
    inline: _Inline
    start: int
    end: int
    ordered: bool = False
    number: int | None = None
    quote_depth: int = 0


def _raw_blocks(body: str, base: int) -> list[_RawBlock]:
    starts = _line_starts(body)

    def offset(line: int) -> int:
        return starts[line] if line < len(starts) else len(body)

    blocks: list[_RawBlock] = []
    lists: list[list] = []  # [ordered, next number]
    items: list[list] = []  # [number, first paragraph seen]
    quote_depth = 0
    pending: tuple[str, int] | None = None
    for tok in _MD.parse(body):
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append([kind[0] == "o", int(tok.attrs.get("start", 1) or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            number = lists[-1][1] if lists and lists[-1][0] else None
            if lists and lists[-1][0]:
                lists[-1][1] += 1
            items.append([number, False])
        elif kind == "list_item_close":
            items.pop()
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "heading_open":
            pending = ("heading", int(tok.tag[1:]))
        elif kind == "paragraph_open":
            pending = ("paragraph", 0)
        elif kind == "inline" and pending is not None and tok.map:
            region = (offset(tok.map[0]), offset(tok.map[1]))
            content = tok.content
            inline = _InlineMapper(content, 0, len(content)).walk(tok.children or [])
            _to_source(inline, _content_lines(body, starts, tok.map[0], content), len(body))
            block_kind, level = pending
            pending = None
            if not inline.text:
                continue
            raw = _RawBlock(block_kind, level, inline, 0, 0, quote_depth=quote_depth)
            if block_kind == "paragraph" and items:
                raw.kind, raw.level, raw.ordered = "list_item", len(lists), bool(lists[-1][0])
                raw.number = None if items[-1][1] else items[-1][0]
                items[-1][1] = True
            elif block_kind == "paragraph" and quote_depth:
                raw.kind = "blockquote"
            start, end = region
            while start < end and body[start].isspace():
                start += 1
            while end > start and body[end - 1].isspace():
                end -= 1
            raw.start, raw.end = base + start, base + end
            blocks.append(raw)
    return blocks


def _content_lines(body: str, starts: list[int], first_line: int,
                   content: str) -> tuple[list[int], list[int]]:
    """Where each line of an inline token's content starts, in the content and in ``body``."""
    content_starts: list[int] = []
    source_starts: list[int] = []
    offset = 0
    for i, line in enumerate(content.split("\n")):
        index = first_line + i
        line_start = starts[index] if index < len(starts) else len(body)
        line_end = starts[index + 1] if index + 1 < len(starts) else len(body)
        source_line = body[line_start:line_end].rstrip("\r\n").replace("\x00", "\ufffd")
        trimmed = source_line.rstrip()
        core = line.strip()
        if core and trimmed.endswith(core):
            found = line_start + len(trimmed) - len(core)
        else:
            index = source_line.find(core) if core else -1
            found = line_start + (index if index != -1 else len(source_line) - len(source_line.lstrip()))
        at = found - (len(line) - len(line.lstrip()))  # tabs may become virtual spaces
        content_starts.append(offset)
        source_starts.append(at)
        offset += len(line) + 1
    return content_starts, source_starts


def _to_source(inline: _Inline, lines: tuple[list[int], list[int]], limit: int) -> None:
    """Turn the content offsets of ``inline`` into offsets into the body (``limit`` long)."""
    content_starts, source_starts = lines

    def convert(p: int) -> int:
        i = bisect.bisect_right(content_starts, p) - 1
        return min(max(source_starts[i] + p - content_starts[i], 0), limit)

    inline.pos = [convert(p) for p in inline.pos]
    inline.lead = [convert(p) for p in inline.lead]
    inline.trail = [convert(p - 1) + 1 if p > 0 else convert(0) for p in inline.trail]


def sentence_id(text: str, occurrence: int) -> str:
    """Stable id of the ``occurrence``-th (0-based) sentence with this text in a document."""
    return hashlib.sha1(f"{occurrence}\x1f{text}".encode()).hexdigest()[:16]


def parse_markdown(source: str, title: str | None = None) -> Document:
    """Parse ``source`` (Markdown or plain text) into blocks and sentences."""
    body_start, front_title = _front_matter(source)
    body = source[body_start:]
    seen: dict[str, int] = {}
    blocks: list[Block] = []
    plain_start = 0
    sentence_index = 0
    for block_index, raw in enumerate(_raw_blocks(body, body_start)):
        text = "".join(raw.inline.text)
        sentences = []
        for bs, be in split_sentences(text):
            sent_text = text[bs:be]
            occurrence = seen.get(sent_text, 0)
            seen[sent_text] = occurrence + 1
            sentences.append(Sentence(
                id=sentence_id(sent_text, occurrence), block=block_index, index=sentence_index,
                text=sent_text, block_start=bs, block_end=be,
                start=body_start + raw.inline.lead[bs], end=body_start + raw.inline.trail[be - 1],
            ))
            sentence_index += 1
        blocks.append(Block(
            index=block_index, kind=raw.kind, level=raw.level, text=text, start=raw.start,
            end=raw.end, plain_start=plain_start, sentences=tuple(sentences),
            ordered=raw.ordered, number=raw.number, emphasis=tuple(raw.inline.emphasis),
            links=tuple(raw.inline.links), quote_depth=raw.quote_depth,
        ))
        plain_start += len(text) + 2
    return Document(source=source, title=_choose_title(title, front_title, blocks, body),
                    blocks=blocks)


def _choose_title(given: str | None, front: str | None, blocks: list[Block], body: str) -> str:
    if given and given.strip():
        return given.strip()
    if front:
        return front
    for block in blocks:
        if block.kind == "heading" and block.level == 1:
            return block.text.replace("\n", " ").strip()
    first = blocks[0].text if blocks else body
    for line in first.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""
