"""EPUB books, read in memory (nothing is ever extracted to disk).

One book becomes **one library entry**: the reader's progress, glossary and notes
stay together, and the export is the whole book.  Each spine document becomes a
``##`` chapter (its own first heading, else "Chapter N"); headings inside a chapter
are moved down one level.  The book title comes from ``dc:title``.

Safety: the archive is read with :mod:`zipfile` from memory; file names are only
used as keys (path traversal is meaningless), the total and per-file uncompressed
sizes are capped (zip bombs), reads are bounded even if the zip headers lie, and
XML is parsed without DTDs, entities or network access.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from visavis.core.importers import limits
from visavis.core.importers.html_structure import html_tree_to_markdown, parse_html
from visavis.core.importers.language import language_warnings
from visavis.core.importers.limits import count_words, too_many_words
from visavis.core.importers.model import (
    CancelCallback,
    ImportedArticle,
    ImportFailed,
    ProgressCallback,
    check_cancel,
)
from visavis.core.importers.text import escape_line
from visavis.core.wording import Message

MAX_EPUB_BYTES = 100 * 1024 * 1024  # the file itself
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # everything we read from it
MAX_MEMBER = 20 * 1024 * 1024  # one chapter
MAX_MEMBERS = 10000
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)


class _Archive:
    def __init__(self, data: bytes) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError) as exc:
            raise ImportFailed("This EPUB file is damaged (it is not a valid zip archive).") from exc
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFailed("This EPUB file holds too many files to be a book.")
        if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
            raise ImportFailed("This EPUB file unpacks to more than 200 MB; it was refused.")
        self.read_total = 0
        self.names = frozenset(i.filename for i in infos)

    def read(self, name: str) -> bytes:
        try:
            info = self.zip.getinfo(name)
        except KeyError as exc:
            raise ImportFailed("This EPUB file is damaged: “{name}” is missing.", name=name) from exc
        if info.file_size > MAX_MEMBER:
            raise ImportFailed("This EPUB file has an oversized part (“{name}”); it was refused.",
                               name=name)
        try:
            with self.zip.open(info) as handle:
                data = handle.read(MAX_MEMBER + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, NotImplementedError) as exc:
            raise ImportFailed("This EPUB file is damaged or encrypted (“{name}”).", name=name) from exc
        self.read_total += len(data)
        if len(data) > MAX_MEMBER or self.read_total > MAX_UNCOMPRESSED:
            raise ImportFailed("This EPUB file unpacks to far more than its size says; it was refused.")
        return data

    def xml(self, name: str) -> etree._Element:
        try:
            return etree.fromstring(self.read(name), parser=_XML)
        except etree.XMLSyntaxError as exc:
            raise ImportFailed("This EPUB file is damaged: “{name}” is not valid XML.",
                               name=name) from exc


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _find_all(root: etree._Element, name: str) -> list[etree._Element]:
    return [el for el in root.iter() if _local(el) == name]


def _spine(archive: _Archive) -> tuple[str | None, list[str]]:
    container = archive.xml("META-INF/container.xml")
    rootfiles = [el.get("full-path") for el in _find_all(container, "rootfile") if el.get("full-path")]
    if not rootfiles:
        raise ImportFailed("This EPUB file is damaged: it does not say where its contents are.")
    opf_path = rootfiles[0]
    opf = archive.xml(opf_path)
    base = posixpath.dirname(opf_path)
    titles = [" ".join("".join(el.itertext()).split()) for el in _find_all(opf, "title")]
    manifest = {el.get("id"): el for el in _find_all(opf, "item")}
    chapters: list[str] = []
    for ref in _find_all(opf, "itemref"):
        item = manifest.get(ref.get("idref"))
        if item is None or ref.get("linear") == "no":
            continue
        if "html" not in (item.get("media-type") or "") or not item.get("href"):
            continue
        chapters.append(posixpath.normpath(posixpath.join(base, unquote(item.get("href", "")))))
    return next((t for t in titles if t), None), chapters


def _encrypted(archive: _Archive) -> set[str]:
    """Files listed in META-INF/encryption.xml (fonts are often obfuscated, chapters mean DRM)."""
    if "META-INF/encryption.xml" not in archive.names:
        return set()
    root = archive.xml("META-INF/encryption.xml")
    return {posixpath.normpath(unquote(el.get("URI", ""))) for el in _find_all(root, "CipherReference")}


def _chapter_markdown(data: bytes, number: int) -> str:
    root = parse_html(data)
    if root is None:
        return ""
    markdown = html_tree_to_markdown(root, page=False).strip()
    if not markdown:
        return ""
    first, _, rest = markdown.partition("\n\n")
    if first.startswith("#"):
        heading = first.lstrip("#").strip()
        markdown = rest
    else:
        heading = escape_line(f"Chapter {number}")
    body = _HEADING.sub(lambda m: "#" + m.group(1) + " ", markdown)
    return f"## {heading}\n\n{body}".strip()


def epub_to_article(data: bytes, origin: str, fallback_title: str,
                    progress: ProgressCallback | None = None,
                    cancel: CancelCallback | None = None) -> ImportedArticle:
    if len(data) > MAX_EPUB_BYTES:
        raise ImportFailed("This EPUB file is larger than 100 MB; it was refused.")
    archive = _Archive(data)
    title, chapters = _spine(archive)
    if not chapters:
        raise ImportFailed("This EPUB file has no readable chapters.")
    if _encrypted(archive) & set(chapters):
        raise ImportFailed("This EPUB book is protected (DRM): its text cannot be read.")
    parts: list[str] = []
    words = 0
    missing = [name for name in chapters if name not in archive.names]
    for i, name in enumerate(chapters):
        check_cancel(cancel)
        if name in missing:
            continue
        chapter = _chapter_markdown(archive.read(name), len(parts) + 1)
        if chapter:
            words += count_words(chapter)
            if words > limits.MAX_WORDS:  # stop at once: never hold the whole huge text
                raise too_many_words(words, Message("This book"))
            parts.append(chapter)
        if progress is not None:
            progress(i + 1, len(chapters))
    if not parts:
        raise ImportFailed("This EPUB file contains no text (only images?).")
    title = title or fallback_title
    body = "\n\n".join(parts)
    markdown = f"# {escape_line(title)}\n\n{body}\n"
    language, notes = language_warnings(body)
    if missing:
        notes = (f"{len(missing)} chapter(s) listed in the book are missing and were skipped.",
                 *notes)
    return ImportedArticle(title=title, source_markdown=markdown, origin=origin,
                           language=language, warnings=notes)


def import_epub_file(path: Path, progress: ProgressCallback | None = None,
                     cancel: CancelCallback | None = None) -> ImportedArticle:
    if path.stat().st_size > MAX_EPUB_BYTES:
        raise ImportFailed("This EPUB file is larger than 100 MB; it was refused.")
    return epub_to_article(path.read_bytes(), str(path), path.stem, progress, cancel)
