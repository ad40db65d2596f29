"""Parse Markdown (or plain text) into a :class:`~visavis.core.document.Document`.

* CommonMark (markdown-it-py) with GFM tables and the well-kept ``mdit-py-plugins``:
  front matter, ``::: name Title`` containers (VuePress/markdown-it style; the block in
  them carry ``Block.aside``, the title is an ``aside_title`` block), footnotes (``note``
  blocks after the body, the reference is a superscript number), definition lists
  (the term is bold) and task lists (``Block.checked``); ``[[wiki links]]`` are read by
  a small inline rule of our own (mdit-py-plugins has none): their label is plain text.
  Readable blocks are headings, paragraphs, list items, block-quote paragraphs and table
  cells (one block per cell, see :class:`~visavis.core.document.TableCell`).  Code (fenced or indented), HTML blocks,
  thematic breaks, link reference definitions and images are *not* blocks: they are
  never translated and do not appear in ``Document.plain``.
* ``Block.text`` is the rendered inline text: emphasis/link/code markup removed,
  soft breaks become a space, hard breaks ``"\\n"``; ``Block.emphasis``/``Block.links``
  point into it.  Every character of it is mapped back to its offset in ``source``
  (escapes and entities included), which gives exact ``Sentence.start``/``end``.
* Nesting (quotes in quotes, lists in lists) is followed 100 levels deep (markdown-it's
  commonmark preset stops at 20 and drops what is deeper).
* A YAML (``---``) or TOML (``+++``) front matter is skipped; its ``title`` is used.
* Title: the ``title`` argument, else the front matter ``title``, else a ``Title:`` line
  of a leading metadata block (``Title: … / Authors: …``, fenced or not; it is not a
  block), else a leading H1, else the first heading, else the first line of text
  (``first_line_title=False`` stops before it: importers then use the file name).
* ``Block.language`` comes from :mod:`visavis.core.document.language` (per block, runs
  of short blocks follow their neighbours).
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
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from visavis.core.document import Block, Document, Sentence, TableCell
from visavis.core.document.language import block_languages
from visavis.core.document.nesting import dropped_lines, nesting_warning
from visavis.core.document.segment import split_sentences

_WIKILINK = re.compile(r"\[\[([^\[\]\n|]{1,500})(?:\|([^\[\]\n]{1,500}))?\]\]")


def _wikilink_rule(state: StateInline, silent: bool) -> bool:
    """``[[Target]]`` / ``[[Target|Label]]``: a ``wikilink`` token (shown as its label)."""
    if not state.src.startswith("[[", state.pos):
        return False
    match = _WIKILINK.match(state.src, state.pos)
    if match is None:
        return False
    if not silent:
        token = state.push("wikilink", "", 0)
        token.content = (match.group(2) or match.group(1)).strip()
        token.meta = {"target": match.group(1).strip(), "piped": match.group(2) is not None}
    state.pos = match.end()
    return True


MAX_NESTING = 100


def _build_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    md.use(front_matter_plugin).use(footnote_plugin).use(deflist_plugin).use(tasklists_plugin)
    md.use(container_plugin, "aside", validate=lambda params, *_: bool(params.strip()))
    md.inline.ruler.before("link", "wikilink", _wikilink_rule)
    return md


_MD = _build_parser()
_MD_PLAIN = _build_parser().disable("front_matter")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_METADATA_LINE = re.compile(r"^\s*([A-Za-z][\w -]{0,30}?)\s*:\s*(.*)$")
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
        self.checked: bool | None = None  # a task-list checkbox was seen
        self._skip_space = False

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
                content = tok.content
                if self._skip_space:
                    content = content.lstrip(" ")
                    self._skip_space = False
                self._emit(content)
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
            elif kind == "wikilink":
                self._open_markup("[[")
                if tok.meta.get("piped"):
                    self._open_markup("|")
                self._emit(tok.content)
                self._close_markup("]]")
            elif kind == "footnote_ref":
                self._open_markup(f"[^{tok.meta.get('label', '')}]")
                number = str(int(tok.meta.get("id", 0)) + 1).translate(_SUPERSCRIPT)
                for ch in number:
                    self.out.text.append(ch)
                    at = max(self.cursor - 1, 0)
                    self.out.pos.append(at)
                    self.out.lead.append(at if self._lead is None else self._lead)
                    self.out.trail.append(self.cursor)
                    self._lead = None
            elif kind == "html_inline" and "task-list-item-checkbox" in tok.content:
                self.checked = 'checked="checked"' in tok.content
                self._skip_space = True
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


def _toml_front_matter(source: str, offset: int) -> tuple[int, str | None]:
    """Offset where the body starts after a ``+++`` (TOML) front matter, and its title."""
    lines = source[offset:].splitlines(keepends=True)
    if not lines or lines[0].strip() != "+++":
        return offset, None
    consumed = len(lines[0])
    title: str | None = None
    for line in lines[1:200]:
        consumed += len(line)
        stripped = line.strip()
        if stripped == "+++":
            return offset + consumed, title
        if stripped and not _FRONT_MATTER_KEY.match(line):
            return offset, None
        match = _TITLE_KEY.match(stripped)
        if match and title is None:
            title = match.group(1).strip().strip("'\"").strip() or None
    return offset, None


def _yaml_title(content: str) -> tuple[bool, str | None]:
    """Whether a front matter token's content is key/value lines, and its ``title``."""
    title: str | None = None
    for line in content.splitlines():
        if line.strip() and not _FRONT_MATTER_KEY.match(line):
            return False, None  # "---" then prose: a thematic break, not front matter
        match = _TITLE_KEY.match(line.strip())
        if match and title is None:
            title = match.group(1).strip().strip("'\"").strip() or None
    return True, title


def _metadata_title(text: str) -> str | None:
    """``Title: …`` of a block of two or more ``Key: value`` lines (LinuxFr/MultiMarkdown)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    matches = [_METADATA_LINE.match(line) for line in lines]
    if not all(matches):
        return None
    for match in matches:
        if match and match.group(1).strip().lower() == "title" and match.group(2).strip():
            return match.group(2).strip()
    return None


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
    cell: list[int] | None = None  # [table, row, col, header]
    aside: str = ""
    checked: bool | None = None


@dataclass
class _Parsed:
    blocks: list[_RawBlock]
    front_title: str | None = None
    metadata_title: str | None = None
    tables: dict[int, tuple[int, int]] = field(default_factory=dict)  # table -> (rows, cols)
    dropped_lines: int = 0  # lines markdown-it left out: nested deeper than MAX_NESTING


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of a GFM table row line (escaped pipes kept)."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while i < n and line[i] in " \t":
        i += 1
    if i < n and line[i] == "|":
        i += 1
    start = i
    while i < n:
        if line[i] == "\\":
            i += 2
            continue
        if line[i] == "|":
            spans.append((start, i))
            start = i + 1
        i += 1
    if line[start:].strip():
        spans.append((start, n))
    return spans


def _cell_span(body: str, starts: list[int], line: int, col: int) -> tuple[int, int]:
    """Where cell ``col`` of the table row on ``line`` is in ``body``."""
    line_start = starts[line] if line < len(starts) else len(body)
    line_end = starts[line + 1] if line + 1 < len(starts) else len(body)
    spans = _cell_spans(body[line_start:line_end].rstrip("\r\n"))
    if col < len(spans):
        a, b = spans[col]
        return line_start + a, line_start + b
    return line_end, line_end


def _raw_blocks(body: str, base: int) -> _Parsed:
    starts = _line_starts(body)

    def offset(line: int) -> int:
        return starts[line] if line < len(starts) else len(body)

    tokens = _MD.parse(body)
    parsed = _Parsed([])
    if tokens and tokens[0].type == "front_matter":
        valid, parsed.front_title = _yaml_title(tokens[0].content)
        if not valid:
            tokens = _MD_PLAIN.parse(body)
    parsed.dropped_lines = dropped_lines(tokens, body)
    blocks = parsed.blocks
    lists: list[list] = []  # [ordered, next number]
    items: list[list] = []  # [number, first paragraph seen]
    asides: list[str] = []
    quote_depth = 0
    note: int | None = None  # inside footnote number N
    table: list[int] | None = None  # [table id, row, col]
    table_count = 0
    term = False
    pending: tuple[str, int] | None = None
    readable_seen = False
    for tok in tokens:
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
        elif kind == "container_aside_open":
            label, _, title = tok.info.strip().partition(" ")
            asides.append(label.strip().lower())
            title = title.strip()
            if title and tok.map:
                line_start = offset(tok.map[0])
                at = body.find(title, line_start, offset(tok.map[0] + 1))
                at = at if at != -1 else line_start
                inline = _Inline(text=list(title), pos=list(range(at, at + len(title))),
                                 lead=list(range(at, at + len(title))),
                                 trail=list(range(at + 1, at + len(title) + 1)))
                blocks.append(_RawBlock("aside_title", 0, inline, base + at,
                                        base + at + len(title), aside=asides[-1]))
            readable_seen = True
        elif kind == "container_aside_close":
            if asides:
                asides.pop()
        elif kind == "footnote_open":
            note = int(tok.meta.get("id", 0)) + 1
        elif kind == "footnote_close":
            note = None
        elif kind == "table_open":
            table = [table_count, -1, -1]
            parsed.tables[table_count] = (0, 0)
            table_count += 1
        elif kind == "table_close":
            table = None
        elif kind == "tr_open" and table is not None:
            table[1] += 1
            table[2] = -1
        elif kind in ("th_open", "td_open") and table is not None:
            table[2] += 1
            rows, cols = parsed.tables[table[0]]
            parsed.tables[table[0]] = (max(rows, table[1] + 1), max(cols, table[2] + 1))
            pending = ("table_cell", 1 if kind == "th_open" else 0)
        elif kind == "dt_open":
            term = True
            pending = ("paragraph", 0)
        elif kind == "heading_open":
            pending = ("heading", int(tok.tag[1:]))
        elif kind == "paragraph_open":
            pending = ("paragraph", 0)
        elif kind == "fence" and not readable_seen and parsed.metadata_title is None:
            parsed.metadata_title = _metadata_title(tok.content)
        elif kind == "inline" and pending is not None and tok.map:
            region = (offset(tok.map[0]), offset(max(tok.map[1], tok.map[0] + 1)))
            content = tok.content
            block_kind, level = pending
            pending = None
            if block_kind == "table_cell" and table is not None:
                # the cell's content is unescaped (``\|`` -> ``|``): map on the source row
                mapper = _InlineMapper(body, *_cell_span(body, starts, tok.map[0], table[2]))
                inline = mapper.walk(tok.children or [])
            else:
                mapper = _InlineMapper(content, 0, len(content))
                inline = mapper.walk(tok.children or [])
                _to_source(inline, _content_lines(body, starts, tok.map[0], content), len(body))
            if not inline.text and block_kind != "table_cell":
                continue
            if not readable_seen and block_kind == "paragraph" and parsed.metadata_title is None:
                parsed.metadata_title = _metadata_title(content)
                if parsed.metadata_title is not None:
                    readable_seen = True
                    continue  # a metadata block: the title, not a paragraph
            readable_seen = True
            raw = _RawBlock(block_kind, level if block_kind == "heading" else 0, inline, 0, 0,
                            quote_depth=quote_depth, aside=asides[-1] if asides else "",
                            checked=mapper.checked)
            if block_kind == "table_cell" and table is not None:
                raw.cell = [table[0], table[1], table[2], level]
            elif note is not None and block_kind == "paragraph":
                raw.kind, raw.number = "note", note
            elif block_kind == "paragraph" and items:
                raw.kind, raw.level, raw.ordered = "list_item", len(lists), bool(lists[-1][0])
                raw.number = None if items[-1][1] else items[-1][0]
                items[-1][1] = True
            elif block_kind == "paragraph" and quote_depth:
                raw.kind = "blockquote"
            if term:
                inline.emphasis.append((0, len(inline.text), "strong"))
                term = False
            start, end = region
            if raw.cell is not None and inline.pos:
                start, end = inline.lead[0], inline.trail[-1]
            while start < end and body[start].isspace():
                start += 1
            while end > start and body[end - 1].isspace():
                end -= 1
            raw.start, raw.end = base + start, base + end
            blocks.append(raw)
    return parsed


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
    if len(content_starts) == 1:  # one line (most blocks): a constant shift
        shift = source_starts[0] - content_starts[0]

        def convert(p: int) -> int:
            return min(max(p + shift, 0), limit)
    else:
        def convert(p: int) -> int:
            i = bisect.bisect_right(content_starts, p) - 1
            return min(max(source_starts[i] + p - content_starts[i], 0), limit)

    inline.pos = [convert(p) for p in inline.pos]
    inline.lead = [convert(p) for p in inline.lead]
    inline.trail = [convert(p - 1) + 1 if p > 0 else convert(0) for p in inline.trail]


def sentence_id(text: str, occurrence: int) -> str:
    """Stable id of the ``occurrence``-th (0-based) sentence with this text in a document."""
    return hashlib.sha1(f"{occurrence}\x1f{text}".encode()).hexdigest()[:16]


def parse_markdown(source: str, title: str | None = None, detect_language: bool = True,
                   first_line_title: bool = True) -> Document:
    """Parse ``source`` (Markdown or plain text) into blocks and sentences.

    ``detect_language=False`` leaves every block ``"fr"`` (no identifier is loaded);
    ``first_line_title=False`` leaves the title empty when the source has no title of its
    own (metadata or heading), so that importers use the file name.
    """
    offset = 1 if source.startswith("\ufeff") else 0
    body_start, toml_title = _toml_front_matter(source, offset)
    body = source[body_start:]
    parsed = _raw_blocks(body, body_start)
    seen: dict[str, int] = {}
    blocks: list[Block] = []
    plain_start = 0
    sentence_index = 0
    raws = parsed.blocks
    languages = (block_languages(["".join(r.inline.text) for r in raws],
                                 [r.kind == "table_cell" for r in raws])
                 if detect_language else ["fr"] * len(raws))
    for block_index, raw in enumerate(raws):
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
        cell = None
        if raw.cell is not None:
            rows, cols = parsed.tables[raw.cell[0]]
            cell = TableCell(table_id=raw.cell[0], row=raw.cell[1], col=raw.cell[2], rows=rows,
                             cols=cols, header=bool(raw.cell[3]))
        blocks.append(Block(
            index=block_index, kind=raw.kind, level=raw.level, text=text, start=raw.start,
            end=raw.end, plain_start=plain_start, sentences=tuple(sentences),
            ordered=raw.ordered, number=raw.number, emphasis=tuple(raw.inline.emphasis),
            links=tuple(raw.inline.links), quote_depth=raw.quote_depth, table=cell,
            language=languages[block_index], aside=raw.aside, checked=raw.checked,
        ))
        plain_start += len(text) + 2
    front = toml_title or parsed.front_title
    document = Document(source=source, title="", blocks=blocks)
    if parsed.dropped_lines:
        document.warnings.append(nesting_warning(parsed.dropped_lines, MAX_NESTING))
    document.title = (title.strip() if title and title.strip() else
                      _heading_title(front, parsed.metadata_title, blocks)
                      or (_first_line(blocks, body) if first_line_title else ""))
    return document


def _heading_title(front: str | None, metadata: str | None, blocks: list[Block]) -> str | None:
    if front:
        return front
    if metadata:
        return metadata
    # a leading H1 (one before any body text), else the first heading
    first: Block | None = None
    for block in blocks:
        if block.kind == "heading" and block.level == 1:
            first = block
            break
        if block.kind != "heading":
            break
    if first is None:
        first = next((b for b in blocks if b.kind == "heading"), None)
    return (first.text.replace("\n", " ").strip() or None) if first is not None else None


def _first_line(blocks: list[Block], body: str) -> str:
    first = blocks[0].text if blocks else body
    for line in first.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""
