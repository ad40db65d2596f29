"""Collect what an export needs from the library: document, English, annotations, glossary.

Pure Python (no Qt); used by ``visavis export`` and the window's File → Export actions.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from visavis.core.annotations.anchoring import reanchor
from visavis.core.annotations.model import Annotation
from visavis.core.annotations.repository import library_annotations
from visavis.core.document import Document
from visavis.core.document.markdown_parser import parse_markdown
from visavis.export.article import ExportArticle, GlossaryNote


def installed_model_id() -> str | None:
    """The id under which the installed French → English model caches translations."""
    try:
        from visavis.core.translation.discovery import find_package
    except ImportError:
        return None
    package = find_package("fr", "en")
    return package.model_id if package is not None else None


def english_from_library(library: Any, document: Document, article_id: int | None,
                         model_id: str | None) -> dict[str, str]:
    """Sentence id -> English: the reader's corrections first, then cached translations."""
    english: dict[str, str] = {}
    if model_id is not None:
        cached = library.translations.get_many(model_id, {s.text for s in document.sentences})
        for s in document.sentences:
            if s.text in cached and cached[s.text].text.strip():
                english[s.id] = cached[s.text].text
    if article_id is not None:
        for sentence_id, correction in library.corrections.get_all(article_id).items():
            english[sentence_id] = correction.english
    return english


def glossary_for(library: Any, document: Document, article_id: int | None) -> list[GlossaryNote]:
    """The reader's glossary entries with a note that belong to or occur in this article."""
    try:
        from visavis.core.glossary.reader_glossary import ReaderGlossary
        entries = ReaderGlossary(library).list()
    except Exception:  # no glossary table yet / glossary part absent: no appendix
        return []
    plain = document.plain.casefold()
    return [GlossaryNote(e.term, e.english, e.note) for e in entries
            if e.note.strip() and (e.article_id == article_id or e.term.casefold() in plain)]


def sentence_starts(document: Document) -> dict[str, int]:
    return {s.id: document.blocks[s.block].plain_start + s.block_start for s in document.sentences}


def anchored_annotations(annotations: list[Annotation], document: Document,
                         english: Mapping[str, str]) -> list[Annotation]:
    """``annotations`` re-anchored on the current texts (status and offsets updated)."""
    plain, starts = document.plain, sentence_starts(document)
    return [reanchor(a, plain, dict(english), starts) for a in annotations]


def article_from_library(library: Any, article_id: int, *,
                         model_id: str | None = None) -> ExportArticle:
    """Everything about a library article needed to export it (raises KeyError if absent)."""
    record = library.articles.get(article_id)
    document = parse_markdown(record.source, record.title)
    english = english_from_library(library, document, article_id,
                                   model_id if model_id is not None else installed_model_id())
    annotations = anchored_annotations(library_annotations(library).for_article(article_id),
                                       document, english)
    return ExportArticle(document, english, annotations, article_id=article_id,
                         origin=record.origin or "", date=date.today().isoformat(),
                         glossary=glossary_for(library, document, article_id))
