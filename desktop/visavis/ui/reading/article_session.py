"""The article being read: its document, translations and the reader's corrections.

Loading functions here are plain Python (they run in task-runner workers); the
window passes the resulting ``ArticleSession`` around and emits ``articleOpened``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from visavis.core.document import Document
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.translation.alignment import identity_links
from visavis.core.translation.types import Translation
from visavis.ui.common.locale_format import data_size
from visavis.ui.common.reader_messages import reader_text

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

MAX_TEXT_BYTES = 20 * 1024 * 1024


class OpenError(Exception):
    """A file or article could not be opened; the message is for the reader."""


@dataclass
class ArticleSession:
    document: Document
    article_id: int | None = None  # None when no library is available
    translations: dict[str, Translation] = field(default_factory=dict)  # sentence id -> machine
    corrections: dict[str, str] = field(default_factory=dict)  # sentence id -> reader's English
    origin: str | None = None
    scroll_fraction: float = 0.0  # where the reader left off

    def __post_init__(self) -> None:
        # A block not in French is its own "translation": shown as is, never sent to the model.
        for block in self.document.blocks:
            if block.language != "fr":
                for s in block.sentences:
                    self.translations.setdefault(s.id, Translation(s.text, identity_links(s.text)))

    @property
    def title(self) -> str:
        return self.document.title

    @property
    def source(self) -> str:
        return self.document.source


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise OpenError(translate("ArticleSession", "“{name}” is too large to open ({size}; "
                                      "the limit is {limit}).").format(
                name=path.name, size=data_size(size), limit=data_size(MAX_TEXT_BYTES)))
        data = path.read_bytes()
    except OSError as exc:
        raise OpenError(translate("ArticleSession", "“{name}” could not be read: {error}.").format(
            name=path.name, error=exc.strerror or exc)) from exc
    if b"\x00" in data[:4096]:
        raise OpenError(translate("ArticleSession", "“{name}” is not a text file.").format(name=path.name))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise OpenError(translate("ArticleSession", "“{name}” is not in a text encoding Vis-à-vis can read.")
                    .format(name=path.name))


def import_file(path: Path) -> tuple[str, str, str]:
    """(title, markdown source, origin) for a file, through the importers when available."""
    try:
        from visavis.core.importers import import_path  # type: ignore[attr-defined]
    except ImportError:
        import_path = None
    if import_path is not None:
        try:
            result: Any = import_path(path)
        except Exception as exc:  # the importers' messages are for the reader
            raise OpenError(reader_text(exc) or translate("ArticleSession", "“{name}” could not be imported.")
                            .format(name=path.name)) from exc
        if isinstance(result, tuple):
            title, source, origin = (list(result) + [str(path)])[:3]
        else:
            title, origin = result.title, getattr(result, "origin", str(path))
            source = getattr(result, "source_markdown", None) or result.source
        return str(title), str(source), str(origin or path)
    return path.stem.removesuffix(".fr"), _read_text(path), str(path)


def parse(source: str, title: str | None) -> Document:
    try:
        return parse_markdown(source, title=title)
    except NotImplementedError:
        raise
    except Exception as exc:
        raise OpenError(translate("ArticleSession", "The text could not be read as an article: {error}")
                        .format(error=exc)) from exc


def session_from_file(path: Path, library: Any | None) -> ArticleSession:
    """Import a file, save it into the library (reusing an identical article) and load it."""
    title, source, origin = import_file(Path(path))
    if library is None:
        return ArticleSession(parse(source, title), None, origin=origin)
    article_id = library.articles.find_by_source(source)
    if article_id is None:
        document = parse(source, title)
        article_id = library.articles.add(document.title or title, source, origin=origin)
    return load_session(library, article_id)


def session_from_text(source: str, title: str | None, library: Any | None,
                      origin: str | None = None) -> ArticleSession:
    document = parse(source, title)
    if library is None:
        return ArticleSession(document, None, origin=origin)
    article_id = library.articles.add(document.title or title or "Untitled", source, origin=origin)
    return ArticleSession(document, article_id, corrections={}, origin=origin)


def load_session(library: Any, article_id: int) -> ArticleSession:
    """Load an article and the reader's corrections from the library."""
    try:
        record = library.articles.get(article_id)
    except KeyError as exc:
        raise OpenError(translate("ArticleSession", "This article is no longer in your library.")) from exc
    document = parse(record.source, record.title)
    corrections = {sid: c.english for sid, c in library.corrections.get_all(article_id).items()}
    library.articles.touch_opened(article_id)
    return ArticleSession(document, article_id, corrections=corrections, origin=record.origin,
                          scroll_fraction=record.scroll_fraction)
