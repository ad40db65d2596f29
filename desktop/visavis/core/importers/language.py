"""Is this text French?  Which of its paragraphs are not?

The identifier is py3langid restricted to a few languages
(:mod:`visavis.core.document.language`), applied per paragraph: the parser marks each
block with its language, non-French blocks are shown as they are and never translated,
and the import tells the reader how many there are.
"""

from __future__ import annotations

import re

from visavis.core.document import Document
from visavis.core.document.language import NAMES, block_languages, classify, document_language

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MIN_WORDS = 8
_SAMPLE_CHARS = 20000
_REPORT_CHARS = 300_000
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def detect_language(text: str) -> tuple[str, float]:
    """Return ``(language code, confidence 0..1)``; ``("und", 0.0)`` when too short.

    The confidence is the identifier's probability times the share of the text (by
    letters, sentence by sentence) that is in that language: a mixed text is less sure.
    """
    text = text[:_SAMPLE_CHARS]
    if len(_WORD.findall(text)) < _MIN_WORDS:
        return "und", 0.0
    lang, prob = classify(text)
    pieces = [p for p in _SENTENCE.split(text) if p.strip()]
    _, share = document_language(pieces) if len(pieces) > 1 else (lang, 1.0)
    return lang, round(prob * share, 3)


def foreign_blocks(document: Document) -> dict[str, int]:
    """How many blocks of each non-French language ``document`` has."""
    counts: dict[str, int] = {}
    for block in document.blocks:
        if block.language != "fr" and block.text.strip():
            counts[block.language] = counts.get(block.language, 0) + 1
    return counts


def _paragraphs(count: int, lang: str) -> str:
    name = NAMES.get(lang, lang)
    if count == 1:
        return f"1 paragraph is in {name} and will not be translated."
    return f"{count} paragraphs are in {name} and will not be translated."


def document_warnings(document: Document) -> tuple[str, tuple[str, ...]]:
    """The article's language and reader-facing notes about what is not French.

    Mostly another language: "This text looks English, not French…"; some blocks only:
    "3 paragraphs are in English and will not be translated."
    """
    texts = [b.text for b in document.blocks]
    lang, share = document_language(texts)
    if lang in NAMES and lang != "fr" and share >= 0.5:
        return lang, (f"This text looks {NAMES[lang]}, not French: "
                      "the translation is made for French articles.",)
    counts = foreign_blocks(document)
    return "fr", tuple(_paragraphs(n, code) for code, n in sorted(counts.items()))


def language_warnings(text: str) -> tuple[str, tuple[str, ...]]:
    """:func:`document_warnings` of Markdown or plain ``text``.

    A huge text is judged on its first ``_REPORT_CHARS`` (cut at a paragraph): parsing
    20 MB only to count paragraphs would stall the import for a minute.
    """
    from visavis.core.document.markdown_parser import parse_markdown

    if len(_WORD.findall(text[:_SAMPLE_CHARS])) < _MIN_WORDS:
        return "fr", ()
    if len(text) > _REPORT_CHARS:
        cut = text.rfind("\n\n", 0, _REPORT_CHARS)
        text = text[:cut if cut > 0 else _REPORT_CHARS]
    return document_warnings(parse_markdown(text))


__all__ = ["block_languages", "detect_language", "document_warnings", "foreign_blocks",
           "language_warnings"]
