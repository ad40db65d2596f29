"""Pasted content: the UI hands over the clipboard's HTML and plain text."""

from __future__ import annotations

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers.cleanup import clean_text
from visavis.core.importers.html_structure import html_tree_to_markdown, parse_html
from visavis.core.importers.language import language_warnings
from visavis.core.importers.limits import check_words
from visavis.core.importers.model import ImportedArticle, ImportFailed
from visavis.core.importers.text import text_to_article
from visavis.core.wording import Message

MAX_CLIPBOARD_CHARS = 20 * 1024 * 1024
ORIGIN = "clipboard"
FALLBACK_TITLE = "Pasted text"


def import_clipboard(html: str | None, text: str | None) -> ImportedArticle:
    """Import pasted content: its HTML when it has structure, else its plain text.

    A pasted selection is already the part the reader wanted, so HTML is converted
    structurally (no boilerplate guessing); scripts, styles and images are dropped.
    """
    if (html and len(html) > MAX_CLIPBOARD_CHARS) or (text and len(text) > MAX_CLIPBOARD_CHARS):
        raise ImportFailed("The clipboard holds too much text to import (over 20 MB).")
    if text:
        check_words(text, Message("The clipboard"))
    if html and html.strip():
        root = parse_html(html)
        markdown = html_tree_to_markdown(root, page=False) if root is not None else ""
        markdown, _ = clean_text(markdown)
        check_words(markdown, Message("The clipboard"))
        if markdown.strip():
            language, notes = language_warnings(markdown)
            title = parse_markdown(markdown).title[:120] or FALLBACK_TITLE
            return ImportedArticle(title=title, source_markdown=markdown + "\n",
                                   origin=ORIGIN, language=language, warnings=notes)
    if text and text.strip():
        cleaned = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        return text_to_article(cleaned, ORIGIN, FALLBACK_TITLE)
    raise ImportFailed("The clipboard holds no text to import.")
