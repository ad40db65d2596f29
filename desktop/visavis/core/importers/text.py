"""Plain-text files: decode, clean up, and turn into Markdown that renders back to the text.

Paragraphs: text that is hard-wrapped (mostly short lines with blank lines between
paragraphs) keeps blank-line paragraphs; otherwise (text copied from a web page,
one paragraph per line) every line is a paragraph.  Markdown-looking characters are
backslash-escaped, so a line such as ``<b>``, ``---``, ``# 3`` or ``1. item`` is
kept as text and never vanishes or turns into markup.  A short first line that
reads like a title becomes a ``#`` heading.
"""

from __future__ import annotations

import re
from pathlib import Path

from visavis.core.importers.cleanup import clean_text
from visavis.core.importers.decode import decode_text, encoding_warnings
from visavis.core.importers.language import language_warnings
from visavis.core.importers.model import ImportedArticle, ImportFailed
from visavis.core.wording import Message

_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]<&]")
_LINE_START_SPECIAL = re.compile(r"^[#>+\-=~|:]")
_LIST_NUMBER = re.compile(r"^(\d{1,9})([.)])")
_TITLE_MAX = 150


def escape_line(line: str) -> str:
    """One line of plain text as Markdown that renders to the same (stripped) text."""
    line = _INLINE_SPECIAL.sub(lambda m: "\\" + m.group(0), line.strip())
    if _LINE_START_SPECIAL.match(line):
        return "\\" + line
    return _LIST_NUMBER.sub(r"\1\\\2", line)


def _is_hard_wrapped(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    if not filled or len(filled) == len(lines):
        return False
    short = sum(1 for line in filled if len(line) <= 100)
    return short / len(filled) >= 0.8 and len(filled) > len(lines) - len(filled)


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= _TITLE_MAX and not re.search(r"[.!?:;,…]$", line)


def plain_text_to_markdown(text: str) -> tuple[str, str | None]:
    """Escape plain ``text`` into Markdown; returns ``(markdown, title or None)``."""
    lines = text.split("\n")
    wrapped = _is_hard_wrapped(lines)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                paragraphs.append(current)
            current = []
        elif wrapped:
            current.append(line)
        else:
            paragraphs.append([line])
    if current:
        paragraphs.append(current)
    if not paragraphs:
        return "", None
    title = None
    out: list[str] = []
    first = paragraphs[0]
    if len(first) == 1 and len(paragraphs) > 1 and _looks_like_title(first[0]):
        title = " ".join(first[0].split())
        out.append("# " + escape_line(first[0]))
        paragraphs = paragraphs[1:]
    out.extend("\n".join(escape_line(line) for line in para) for para in paragraphs)
    return "\n\n".join(out) + "\n", title


def text_to_article(text: str, origin: str, fallback_title: str,
                    warnings: tuple[str, ...] = ()) -> ImportedArticle:
    """Clean up decoded plain ``text`` and wrap it as an :class:`ImportedArticle`."""
    cleaned, removed = clean_text(text)
    markdown, title = plain_text_to_markdown(cleaned)
    if not markdown.strip():
        raise ImportFailed("There is no readable text to import.")
    notes = list(warnings)
    if removed:
        notes.append(f"Removed {len(removed)} line(s) of page leftovers (menus, buttons, repeats).")
    language, lang_notes = language_warnings(cleaned)
    if title is None:
        title = fallback_title
    return ImportedArticle(title=title, source_markdown=markdown, origin=origin,
                           language=language, warnings=tuple(notes) + lang_notes)


def import_text_file(path: Path) -> ImportedArticle:
    text, encoding = decode_text(path.read_bytes(), Message("The file “{name}”", name=path.name))
    return text_to_article(text, str(path), path.stem, encoding_warnings(encoding))
