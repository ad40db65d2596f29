"""Text-based PDF files (reports, papers, saved articles) as Markdown articles.

Why pdfplumber: it is built on pdfminer.six (the maintained pure-Python PDF parser) and
gives every word with its position, font size and font name, plus a table finder that
works from the ruling lines; that is what reading order, headings and tables need.
pypdf (already a dependency) extracts text but not reliably its position or font, and
pdfminer's own layout analysis joins the two columns of a page into one line.

What is done, page by page (``progress`` per page, ``cancel`` between pages):

* Tables found by pdfplumber become GFM tables (one block per cell); their words are
  not read again as paragraphs.
* Two columns: when almost no line of the page crosses its middle and both halves hold
  text, the page is read in bands: lines that span the page (a title) cut the page
  into bands; in each band the left column is read, then the right one.
* Lines become paragraphs: a new paragraph starts after a vertical gap bigger than the
  line spacing, at an indented first line, or when the font size changes.
* Headings: a paragraph whose font is clearly bigger than the body text (the most
  common size) is a heading, level by size (biggest first); a short bold paragraph of
  body size is the lowest heading level.
* A word cut by a hyphen at the end of a line is joined (« réaména-/gés » ->
  « réaménagés »); a hyphen before a capital or a usual compound end (« peut-/être »,
  « dit-/il ») is kept.
* Running headers and footers (the same text, digits aside, in the top or bottom
  margin of at least half the pages) and page numbers (« 3 », « Page 3 », « 3 / 12 »,
  « - 3 - ») are dropped.
* No text at all: "This PDF is scanned images; there is no text to import."
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visavis.core.importers.language import document_warnings
from visavis.core.importers.model import (
    CancelCallback,
    ImportedArticle,
    ImportFailed,
    ProgressCallback,
    check_cancel,
)
from visavis.core.importers.text import escape_line

MAX_PDF_BYTES = 100 * 1024 * 1024
MAX_PAGES = 2000
SCANNED = "This PDF is scanned images; there is no text to import."
_MARGIN_SHARE = 0.09  # top/bottom share of the page where running headers live
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:/|sur|of)\s*\d{1,4})?$",
                          re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_COMPOUND_ENDS = frozenset(["être", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "le", "la", "les", "moi", "toi", "lui", "ci", "là", "même", "mêmes", "t-il", "t-elle", "t-on", "y", "en"])

for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.ERROR)


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    column: int = 0  # 0 whole width / left, 1 right
    page: int = 0


@dataclass
class _Para:
    lines: list[_Line] = field(default_factory=list)
    table: list[list[str]] | None = None

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines) if self.lines else 0.0

    @property
    def bold(self) -> bool:
        return bool(self.lines) and all(line.bold for line in self.lines)

    @property
    def text(self) -> str:
        return _join_lines([line.text for line in self.lines])

    def page_break_before(self, other: _Para) -> bool:
        """``other`` starts on a later page or in a later column than this one ends."""
        last, first = self.lines[-1], other.lines[0]
        return (first.page, first.column) > (last.page, last.column) or first.top < last.top


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            word = re.split(r"[\s,.;:!?»)]", line, maxsplit=1)[0]
            if word.lower() in _COMPOUND_ENDS:
                out += line  # « peut-/être »: a real hyphen
            else:
                out = out[:-1] + line  # « réaména-/gés »
        else:
            out += " " + line
    return out


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(mark in name for mark in ("bold", "black", "heavy", "semibold", "demi"))


def _words_to_lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Group words into lines (same baseline, small horizontal gaps)."""
    words = sorted(words, key=lambda w: (round(w["bottom"]), w["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for word in words:
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= 2.0:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        current: list[dict[str, Any]] = [row[0]]
        for word in row[1:]:
            gap = word["x0"] - current[-1]["x1"]
            if gap > max(3.0 * float(word.get("size", 10.0)), 18.0):  # a column gap
                lines.append(_make_line(current))
                current = [word]
            else:
                current.append(word)
        lines.append(_make_line(current))
    return lines


def _make_line(words: list[dict[str, Any]]) -> _Line:
    sizes = Counter(round(float(w.get("size", 10.0)), 1) for w in words)
    return _Line(text=" ".join(w["text"] for w in words), x0=min(w["x0"] for w in words),
                 x1=max(w["x1"] for w in words), top=min(w["top"] for w in words),
                 bottom=max(w["bottom"] for w in words), size=sizes.most_common(1)[0][0],
                 bold=all(_is_bold(str(w.get("fontname", ""))) for w in words))


def _order_columns(lines: list[_Line], width: float) -> list[_Line]:
    """Reading order: bands cut by page-wide lines; in a band, left column then right."""
    if not lines:
        return lines
    left_edge = min(line.x0 for line in lines)
    right_edge = max(line.x1 for line in lines)
    mid = (left_edge + right_edge) / 2
    crossing = [line for line in lines if line.x0 < mid - 2 and line.x1 > mid + 2]
    left = [line for line in lines if line.x1 <= mid + 2]
    right = [line for line in lines if line.x0 >= mid - 2]
    two_columns = (len(left) >= 3 and len(right) >= 3
                   and len(crossing) <= 0.15 * len(lines) and right_edge - left_edge > width / 3)
    if not two_columns:
        return sorted(lines, key=lambda line: (line.top, line.x0))
    ordered: list[_Line] = []
    band: list[_Line] = []

    def flush() -> None:
        for line in band:
            line.column = 0 if line.x1 <= mid + 2 else 1
        ordered.extend(sorted(band, key=lambda line: (line.column, line.top)))
        band.clear()

    for line in sorted(lines, key=lambda line: line.top):
        if line.x0 < mid - 2 and line.x1 > mid + 2:
            flush()
            line.column = 0
            ordered.append(line)
        else:
            band.append(line)
    flush()
    return ordered


def _paragraphs(lines: list[_Line]) -> list[_Para]:
    paras: list[_Para] = []
    spacing = _typical_spacing(lines)
    for line in lines:
        if paras and paras[-1].lines:
            last = paras[-1].lines[-1]
            gap = line.top - last.bottom
            same_column = line.column == last.column and line.top > last.top
            indented = line.x0 - min(x.x0 for x in paras[-1].lines) > 1.2 * line.size
            if (same_column and gap <= spacing + 0.35 * line.size and abs(line.size - last.size) < 0.6
                    and line.bold == last.bold and not indented):
                paras[-1].lines.append(line)
                continue
        paras.append(_Para([line]))
    return paras


def _typical_spacing(lines: list[_Line]) -> float:
    gaps = [round(b.top - a.bottom, 1) for a, b in zip(lines, lines[1:], strict=False)
            if b.column == a.column and 0 <= b.top - a.bottom < 3 * a.size]
    if not gaps:
        return 3.0
    return Counter(gaps).most_common(1)[0][0]


def _cell_text(cell: str | None) -> str:
    return " ".join(_join_lines((cell or "").split("\n")).split())


def _page_items(page: Any) -> tuple[list[_Para], int]:
    """The page's paragraphs and tables in reading order, and how many chars it has."""
    chars = len(page.chars)
    if not chars:
        return [], 0
    tables = []
    try:
        if page.rects or page.lines or page.curves:  # ruled tables need ruling lines
            tables = [t for t in page.find_tables() if t.bbox]
    except Exception:  # noqa: BLE001 - a table the finder chokes on is read as text
        tables = []
    boxes = [t.bbox for t in tables]

    def in_table(word: dict[str, Any]) -> bool:
        cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    words = [w for w in page.extract_words(extra_attrs=["size", "fontname"], use_text_flow=False,
                                           keep_blank_chars=False) if not in_table(w)]
    lines = _order_columns(_words_to_lines(words), float(page.width))
    paras = _paragraphs(lines)
    for t in tables:
        rows = [[_cell_text(c) for c in row] for row in t.extract()]
        rows = [r for r in rows if any(r)]
        if not rows:
            continue
        x0, top, x1, _bottom = t.bbox
        anchor = _Line("", x0, x1, top, top, 0.0, False)
        anchor.column = 1 if paras and x0 > float(page.width) / 2 and any(
            p.lines and p.lines[0].column == 1 for p in paras) else 0
        para = _Para([], table=rows)
        # insert before the first paragraph that comes after the table in reading order
        position = len(paras)
        for i, p in enumerate(paras):
            first = p.lines[0] if p.lines else None
            if first is not None and (first.column, first.top) > (anchor.column, anchor.top):
                position = i
                break
        paras.insert(position, para)
    return paras, chars


def _furniture(pages: list[tuple[list[_Para], float]]) -> set[str]:
    """Texts (digits as #) in the top/bottom margins of at least half the pages."""
    seen: Counter[str] = Counter()
    for paras, height in pages:
        keys = set()
        for para in paras:
            if para.table is not None or not para.lines:
                continue
            line = para.lines[0]
            if line.top < height * _MARGIN_SHARE or line.bottom > height * (1 - _MARGIN_SHARE):
                keys.add(_DIGITS.sub("#", para.text.strip().lower()))
        seen.update(keys)
    if len(pages) < 2:
        return set()
    return {key for key, n in seen.items() if n >= max(2, len(pages) / 2)}


def _markdown_table(rows: list[list[str]]) -> str:
    cols = max(len(r) for r in rows)
    out = []
    for i, row in enumerate(rows):
        cells = [escape_line(c).replace("|", "\\|") if c else "" for c in row]
        cells += [""] * (cols - len(cells))
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "---|" * cols)
    return "\n".join(out)


def _heading_levels(paras: list[_Para]) -> tuple[float, dict[float, int]]:
    sizes: Counter[float] = Counter()
    for para in paras:
        for line in para.lines:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    bigger = sorted({p.size for p in paras if p.lines and p.size >= body * 1.15
                     and len(p.text) <= 200}, reverse=True)
    return body, {size: min(i + 1, 5) for i, size in enumerate(bigger[:5])}


def pdf_to_markdown(data: bytes, progress: ProgressCallback | None = None,
                    cancel: CancelCallback | None = None) -> tuple[str, str | None]:
    """``(markdown, title from the PDF's metadata or None)``."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types, pdfplumber wraps them
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or isinstance(
                exc.__cause__, PDFPasswordIncorrect | PDFEncryptionError):
            raise ImportFailed("This PDF is protected by a password; it cannot be read.") from exc
        raise ImportFailed("This PDF file is damaged or is not a PDF.") from exc
    with pdf:
        if len(pdf.pages) > MAX_PAGES:
            raise ImportFailed("This PDF has more than {limit} pages; it was refused.",
                               limit=MAX_PAGES)
        title = str((pdf.metadata or {}).get("Title") or "").strip() or None
        pages: list[tuple[list[_Para], float]] = []
        total_chars = 0
        count = len(pdf.pages)
        for i, page in enumerate(pdf.pages):
            check_cancel(cancel)
            try:
                paras, chars = _page_items(page)
            except Exception as exc:  # noqa: BLE001 - one broken page must not lose the rest
                logging.getLogger(__name__).info("page %d unreadable: %s", i + 1, exc)
                paras, chars = [], 0
            total_chars += chars
            for para in paras:
                for line in para.lines:
                    line.page = i
            pages.append((paras, float(page.height)))
            page.close()  # frees pdfplumber's per-page caches: memory stays flat on long PDFs
            if progress is not None:
                progress(i + 1, count)
    if total_chars == 0:
        raise ImportFailed(SCANNED)
    furniture = _furniture(pages)
    kept: list[_Para] = []
    for paras, height in pages:
        for para in paras:
            if para.table is None:
                text = para.text.strip()
                line = para.lines[0]
                in_margin = line.top < height * _MARGIN_SHARE or line.bottom > height * (
                    1 - _MARGIN_SHARE)
                if not text or (in_margin and (_PAGE_NUMBER.match(text) or
                                               _DIGITS.sub("#", text.lower()) in furniture)):
                    continue
            kept.append(para)
    _merge_across_pages(kept)
    body, levels = _heading_levels(kept)
    blocks: list[str] = []
    for para in kept:
        if para.table is not None:
            blocks.append(_markdown_table(para.table))
            continue
        text = " ".join(para.text.split())
        level = levels.get(para.size)
        if level is None and para.bold and len(text) <= 120 and not text.endswith((".", ":", ";")):
            level = min(len(levels) + 1, 6)
        blocks.append(("#" * level + " " + escape_line(text)) if level else escape_line(text))
    return "\n\n".join(blocks), title


def _runs_to_the_edge(para: _Para) -> bool:
    """Its last line is as wide as its others: the paragraph goes on after a break."""
    if len(para.lines) < 2:
        return False
    left = min(line.x0 for line in para.lines)
    width = max(line.x1 for line in para.lines) - left
    return width > 0 and para.lines[-1].x1 - left >= 0.93 * width


def _merge_across_pages(paras: list[_Para]) -> None:
    """A paragraph cut by a page or column break (the next one starts above it or on the
    next page), in the same font: joined when it did not end a sentence and the next one
    starts in lower case, or when its last line runs to the edge of the column."""
    i = 0
    while i + 1 < len(paras):
        a, b = paras[i], paras[i + 1]
        if (a.table is None and b.table is None and a.lines and b.lines
                and a.page_break_before(b)
                and abs(a.size - b.size) < 0.6 and a.bold == b.bold
                and ((not a.text.rstrip().endswith((".", "!", "?", "…", ":", "»"))
                      and b.text[:1].islower()) or _runs_to_the_edge(a))):
            a.lines.extend(b.lines)
            del paras[i + 1]
            continue
        i += 1


def pdf_to_article(data: bytes, origin: str, fallback_title: str,
                   progress: ProgressCallback | None = None,
                   cancel: CancelCallback | None = None) -> ImportedArticle:
    from visavis.core.document.markdown_parser import parse_markdown

    if len(data) > MAX_PDF_BYTES:
        raise ImportFailed("This PDF file is larger than 100 MB; it was refused.")
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise ImportFailed("This file is not a PDF (it does not start like one).")
    markdown, meta_title = pdf_to_markdown(data, progress, cancel)
    if not markdown.strip():
        raise ImportFailed(SCANNED)
    document = parse_markdown(markdown, first_line_title=False)
    title = meta_title or document.title or fallback_title
    if not markdown.lstrip().startswith("# "):
        markdown = f"# {escape_line(title)}\n\n{markdown}"
        document = parse_markdown(markdown)
    language, notes = document_warnings(document)
    return ImportedArticle(title=title, source_markdown=markdown + "\n", origin=origin,
                           language=language, warnings=notes)


def import_pdf_file(path: Path, progress: ProgressCallback | None = None,
                    cancel: CancelCallback | None = None) -> ImportedArticle:
    if path.stat().st_size > MAX_PDF_BYTES:
        raise ImportFailed("This PDF file is larger than 100 MB; it was refused.")
    return pdf_to_article(path.read_bytes(), str(path), path.stem, progress, cancel)
