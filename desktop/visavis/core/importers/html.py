"""HTML pages: main article text and title, as safe Markdown.

The article's element (:func:`html_structure.main_content`: the biggest
``<article>``, ``<main>``, else the densest paragraphs) is walked by
:mod:`html_structure`, which keeps headings, lists, quotes, tables, figure captions and
``<pre>`` and drops page furniture.  trafilatura is the cross-check: it extracts the main
text well but drops subheadings, captions and quotes on real pages, so its text is only
used when the tree walk misses much of what trafilatura found (``COVERAGE``) — a page
whose article element could not be found.  Nothing is fetched: remote
images, frames and scripts are never loaded.  Links keep only http(s)/mailto
targets (``javascript:`` and others become plain text), images are removed, and
the app shows the result as text, so no HTML from the page ever runs.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from visavis.core.importers.cleanup import clean_text
from visavis.core.importers.decode import decode_text, encoding_warnings
from visavis.core.importers.html_structure import (
    html_title,
    html_tree_to_markdown,
    parse_html,
    safe_href,
)
from visavis.core.importers.language import language_warnings
from visavis.core.importers.limits import check_words
from visavis.core.importers.model import ImportedArticle, ImportFailed
from visavis.core.importers.text import escape_line
from visavis.core.wording import Message

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Bounded, bracket-free classes keep these linear on hostile input; anything they miss is
# still checked by markdown-it, which refuses javascript:/data:/file: links.
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,2000}\]\((?:<[^<>\n]{0,4000}>|[^()\s]{0,4000})\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,2000})\]\((<[^<>\n]{0,4000}>|[^()\s]{0,4000})"
                   r"(?:\s+\"[^\"\n]{0,500}\")?\)")
_RAW_TAG = re.compile(r"(?<!\\)<(?=[A-Za-z/!?])")
_WORD = re.compile(r"[^\W\d_]{3,}")
COVERAGE = 0.7  # share of trafilatura's words the tree walk must have

logging.getLogger("trafilatura").setLevel(logging.ERROR)


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode HTML bytes using the HTTP charset, then ``<meta charset>``, then sniffing."""
    declared = charset
    if declared is None:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "replace") if match else None
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if text.strip():
                return text.replace("\r\n", "\n").replace("\r", "\n"), declared.lower()
    return decode_text(data, "This page")


def _sanitize(markdown: str, base_url: str | None) -> str:
    markdown = _IMAGE.sub("", markdown)

    def link(match: re.Match[str]) -> str:
        text, href = match.group(1), match.group(2).strip("<>")
        target = safe_href(href, base_url)
        return f"[{text}]({target})" if target and text.strip() else text

    markdown = _LINK.sub(link, markdown)
    return _RAW_TAG.sub(r"\\<", markdown)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def html_to_markdown(html: str, base_url: str | None = None) -> tuple[str, str | None]:
    """Return ``(markdown, title)`` for the article in ``html``."""
    root = parse_html(html)
    if root is None:
        raise ImportFailed("This page could not be read as HTML.")
    import trafilatura  # imported on first use: it takes most of a second to load

    title = None
    try:
        metadata = trafilatura.extract_metadata(html)
        title = metadata.title if metadata is not None else None
        extracted = trafilatura.extract(
            html, output_format="markdown", include_formatting=True, include_links=True,
            include_images=False, include_tables=True, include_comments=False,
            with_metadata=False)
    except Exception:  # noqa: BLE001 - a broken page must fall back, not crash the import
        extracted = None
    title = title or html_title(root)
    tree = html_tree_to_markdown(root, page=True, main=True, base_url=base_url)
    markdown = tree
    if extracted and extracted.strip():
        wanted = _words(extracted)
        if wanted and len(wanted & _words(tree)) < COVERAGE * len(wanted):
            markdown = _sanitize(extracted, base_url)  # the tree walk picked the wrong element
    return markdown, (" ".join(title.split()) if title else None)


def html_to_article(html: str, origin: str, fallback_title: str, base_url: str | None = None,
                    warnings: tuple[str, ...] = ()) -> ImportedArticle:
    markdown, title = html_to_markdown(html, base_url)
    markdown, removed = clean_text(markdown, title)
    if not markdown.strip():
        raise ImportFailed("No article text was found in this page.")
    check_words(markdown, Message("This page"))
    first = markdown.lstrip().split("\n", 1)[0]
    if title and not first.startswith("#"):
        markdown = f"# {escape_line(title)}\n\n{markdown}"
    notes = list(warnings)
    if removed:
        notes.append(f"Removed {len(removed)} line(s) of page leftovers (menus, buttons, repeats).")
    language, lang_notes = language_warnings(markdown)
    return ImportedArticle(title=title or fallback_title, source_markdown=markdown.strip() + "\n",
                           origin=origin, language=language, warnings=tuple(notes) + lang_notes)


def import_html_file(path: Path) -> ImportedArticle:
    html, encoding = decode_html(path.read_bytes())
    return html_to_article(html, str(path), path.stem, warnings=encoding_warnings(encoding))
