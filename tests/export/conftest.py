"""Helpers for export tests: a small French article, fake English, PDF inspection tools."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from types import SimpleNamespace

import pytest

from visavis.core.annotations.model import Annotation, Side, quote_target
from visavis.core.document import Document
from visavis.core.document.markdown_parser import parse_markdown
from visavis.export.article import ExportArticle

SAMPLE = """# Une matinée au marché

Le marché couvert ouvre ses portes à sept heures. Les maraîchers installent leurs étals \
de légumes pendant que le boulanger sort les premières baguettes du four.

Madame Leroux vend des fromages depuis trente ans. Elle connaît chaque client par son prénom \
et recommande toujours un « petit chèvre bien frais » aux nouveaux venus !

Vers midi, la foule se disperse lentement. Il ne reste que les pigeons, qui picorent les \
miettes tombées sous les tables.
"""


def english_for(doc: Document) -> dict[str, str]:
    """Deterministic stand-in English: 'EN' + the sentence number + words (distinct from French)."""
    return {s.id: f"Sentence{s.index} in English reads well." for s in doc.sentences}


def french(doc: Document, quote: str, colour: str = "yellow", note: str = "",
           occurrence: int = 0) -> Annotation:
    plain = doc.plain
    start = -1
    for _ in range(occurrence + 1):
        start = plain.index(quote, start + 1)
    return Annotation(article_id=7, side=Side.FRENCH, colour=colour, note=note,
                      target=quote_target(plain, start, start + len(quote)), reading_pos=start)


def english(doc: Document, english_map: dict[str, str], sentence_index: int, quote: str,
            colour: str = "blue", note: str = "") -> Annotation:
    s = doc.sentences[sentence_index]
    text = english_map[s.id]
    start = text.index(quote)
    return Annotation(article_id=7, side=Side.ENGLISH, colour=colour, note=note,
                      target=quote_target(text, start, start + len(quote), s.id),
                      reading_pos=doc.blocks[s.block].plain_start + s.block_start)


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float  # from the top of the page, points
    x1: float
    y1: float
    text: str


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pdf_words(path: Path) -> list[Word]:
    """Words with their boxes, from ``pdftotext -bbox`` (poppler)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    words = []
    for page, chunk in enumerate(html.split("<page ")[1:]):
        for m in _WORD.finditer(chunk):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            words.append(Word(page, x0, y0, x1, y1, unescape(m.group(5))))
    return words


def column_text(words: list[Word], left: bool, middle: float = 297.6 / 1.0) -> str:
    """Text of one column in reading order (page, then line, then x)."""
    chosen = [w for w in words if (w.x0 < middle) == left]
    chosen.sort(key=lambda w: (w.page, round(w.y0), w.x0))
    return " ".join(w.text for w in chosen)


@pytest.fixture
def sample_doc() -> Document:
    return parse_markdown(SAMPLE, "Une matinée au marché")


@pytest.fixture
def make_article(sample_doc: Document) -> Callable[..., ExportArticle]:
    def _make(annotations: list[Annotation] = (), translated: bool = True, **kw) -> ExportArticle:
        eng = english_for(sample_doc) if translated else {}
        return ExportArticle(sample_doc, eng, list(annotations), article_id=7,
                             origin="https://example.org/marche", date="2026-11-27", **kw)
    return _make


@pytest.fixture
def kit() -> SimpleNamespace:
    """The helper functions above, for test modules (importlib mode cannot import conftest)."""
    return SimpleNamespace(english_for=english_for, french=french, english=english,
                           pdf_words=pdf_words, column_text=column_text, SAMPLE=SAMPLE)
