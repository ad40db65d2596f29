"""Importers: files, web pages and the clipboard become Markdown articles.

``import_path(path)`` picks the importer from the extension (or the content when
the extension says nothing); every failure is an :class:`ImportFailed` whose
message is written for the reader.
"""

from __future__ import annotations

from pathlib import Path

from visavis.core.importers import limits
from visavis.core.importers.clipboard import import_clipboard
from visavis.core.importers.decode import MAX_TEXT_BYTES, decode_text, encoding_warnings
from visavis.core.importers.epub import MAX_EPUB_BYTES, epub_to_article
from visavis.core.importers.html import decode_html, html_to_article
from visavis.core.importers.limits import check_words
from visavis.core.importers.markdown import markdown_to_article
from visavis.core.importers.model import (
    CancelCallback,
    ImportCancelled,
    ImportedArticle,
    ImportFailed,
    ProgressCallback,
    check_cancel,
)
from visavis.core.importers.pdf import MAX_PDF_BYTES, pdf_to_article
from visavis.core.importers.text import text_to_article
from visavis.core.importers.url import fetch_url
from visavis.core.wording import ByteSize, Message

__all__ = ["ImportCancelled", "ImportFailed", "ImportedArticle", "SUPPORTED_EXTENSIONS",
           "fetch_url", "import_clipboard", "import_path", "limits"]

_MARKDOWN = (".md", ".markdown", ".mdown", ".mkd")
_TEXT = (".txt", ".text", "")
_HTML = (".html", ".htm", ".xhtml")
_EPUB = (".epub",)
_PDF = (".pdf",)
SUPPORTED_EXTENSIONS = _MARKDOWN + _TEXT[:2] + _HTML + _EPUB + _PDF


def _kind(path: Path, head: bytes) -> str:
    ext = path.suffix.lower()
    if head.lstrip()[:5] == b"%PDF-" and ext in _PDF + _TEXT:
        return "pdf"  # a PDF saved without (or with a wrong .txt) extension
    for kind, exts in (("markdown", _MARKDOWN), ("html", _HTML), ("epub", _EPUB), ("pdf", _PDF),
                       ("text", _TEXT)):
        if ext in exts:
            return kind
    if head.startswith(b"PK\x03\x04") and b"application/epub+zip" in head[:100]:
        return "epub"
    lowered = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "html"
    return "text"


def import_path(path: str | Path, progress: ProgressCallback | None = None,
                cancel: CancelCallback | None = None) -> ImportedArticle:
    """Import a file (Markdown, text, HTML, EPUB or PDF) as an article."""
    path = Path(path)
    check_cancel(cancel)
    try:
        if not path.is_file():
            raise ImportFailed("“{name}” does not exist or is not a file.", name=path.name)
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1024)
        kind = _kind(path, head)
        limit = {"epub": MAX_EPUB_BYTES, "pdf": MAX_PDF_BYTES}.get(kind, MAX_TEXT_BYTES)
        if size > limit:
            raise ImportFailed("“{name}” is too large to import ({size}; the limit is {limit}).",
                               name=path.name, size=ByteSize(size), limit=ByteSize(limit))
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed("“{name}” could not be read ({reason}).", name=path.name,
                           reason=str(exc.strerror or exc)) from exc
    if progress is not None:
        progress(1, 3)
    check_cancel(cancel)
    origin, stem, what = str(path), path.stem, Message("The file “{name}”", name=path.name)
    if kind == "epub":
        return epub_to_article(data, origin, stem, progress, cancel)
    if kind == "pdf":
        article = pdf_to_article(data, origin, stem, progress, cancel)
        check_words(article.source_markdown, what)
        return article
    if kind == "html":
        html, encoding = decode_html(data)
        article = html_to_article(html, origin, stem, warnings=encoding_warnings(encoding))
    else:
        text, encoding = decode_text(data, what)
        if progress is not None:
            progress(2, 3)
        check_cancel(cancel)
        convert = markdown_to_article if kind == "markdown" else text_to_article
        article = convert(text, origin, stem, encoding_warnings(encoding))
    if progress is not None:
        progress(3, 3)
    return article
