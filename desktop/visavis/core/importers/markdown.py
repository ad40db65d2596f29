"""Markdown files: decoded like text files, kept as written (front matter included)."""

from __future__ import annotations

from pathlib import Path

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers.decode import decode_text, encoding_warnings
from visavis.core.importers.language import document_warnings
from visavis.core.importers.model import ImportedArticle, ImportFailed
from visavis.core.wording import Message


def markdown_to_article(source: str, origin: str, fallback_title: str,
                        warnings: tuple[str, ...] = ()) -> ImportedArticle:
    document = parse_markdown(source, first_line_title=False)
    if not document.blocks:
        if document.warnings:  # its text is nested too deep to be shown
            raise ImportFailed(document.warnings[0])
        raise ImportFailed("This Markdown file has no readable text (only code, HTML or nothing).")
    language, lang_notes = document_warnings(document)
    # front matter title, Title: metadata, leading H1, first heading, else the file name
    return ImportedArticle(title=document.title or fallback_title, source_markdown=source,
                           origin=origin, language=language,
                           warnings=warnings + tuple(document.warnings) + lang_notes)


def import_markdown_file(path: Path) -> ImportedArticle:
    source, encoding = decode_text(path.read_bytes(), Message("The file “{name}”", name=path.name))
    return markdown_to_article(source, str(path), path.stem, encoding_warnings(encoding))
