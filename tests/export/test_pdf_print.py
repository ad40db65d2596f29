"""PDF export prints right: black text on every page, paragraphs split across pages, one title,
a readable source line, a searchable text layer (no ligature glyphs), tables as tables."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from visavis.core.document.markdown_parser import parse_markdown
from visavis.export.article import ExportArticle
from visavis.export.pdf import export_pdf

SENTENCES = [
    "La diffusion des affiches officielles a suffi à attirer une affluence inattendue.",
    "Le financement efficace de la bibliothèque reste une difficulté pour la municipalité.",
    "Chaque fin de semaine, les fleurs du marché se vendent avant dix heures.",
    "Les habitants du quartier réfléchissent à une nouvelle façon de partager les jardins.",
    "Un comité a été formé pour suivre les travaux et informer les familles concernées.",
]


@pytest.fixture(autouse=True)
def _gui(qapp):  # a Q(Gui)Application must exist for QPdfWriter; pytest-qt provides it
    return qapp


def _article_source(paragraphs: int, sentences_per: int = 5) -> str:
    parts = ["# Les jardins partagés du quartier"]
    for p in range(paragraphs):
        if p and p % 6 == 0:
            parts.append(f"## Partie {p // 6 + 1}")
        body = " ".join(SENTENCES[(p + i) % len(SENTENCES)] for i in range(sentences_per))
        parts.append(body)
    return "\n\n".join(parts) + "\n"


def _export(tmp_path: Path, source: str, languages: str = "both", origin: str | None = None,
            name: str = "out.pdf") -> tuple[Path, ExportArticle]:
    doc = parse_markdown(source, None)
    english = {s.id: f"English sentence number {s.index} of the article." for s in doc.sentences}
    article = ExportArticle(doc, english, [], article_id=1, origin=origin, date="2026-12-01")
    path = tmp_path / name
    export_pdf(article, path, languages=languages)
    return path, article


def _pages_text(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def _darkest_body_pixel(path: Path, page: int, tmp_path: Path) -> int:
    prefix = tmp_path / f"p{page}"
    subprocess.run(["pdftoppm", "-gray", "-r", "60", "-f", str(page), "-l", str(page), "-png",
                    str(path), str(prefix)], check=True, capture_output=True)
    image = QImage(str(next(tmp_path.glob(f"p{page}-*.png"))))
    darkest = 255
    for y in range(int(image.height() * 0.1), int(image.height() * 0.85)):  # not the footer
        for x in range(0, image.width(), 2):
            darkest = min(darkest, image.pixelColor(x, y).value())
    return darkest


def test_body_text_is_black_on_every_page(tmp_path: Path) -> None:
    path, _ = _export(tmp_path, _article_source(30))
    pages = len(_pages_text(path))
    assert pages >= 3
    for page in range(1, pages + 1):
        assert _darkest_body_pixel(path, page, tmp_path) < 50, f"page {page} prints grey"


def test_long_paragraphs_are_split_across_pages_and_pages_are_full(tmp_path: Path) -> None:
    path, article = _export(tmp_path, _article_source(16, sentences_per=16))
    pages = _pages_text(path)
    words = len(article.document.plain.split())
    # before: no paragraph was ever split, so each page ended half-empty
    lines = [len([line for line in p.splitlines() if line.strip()]) for p in pages]
    assert min(lines[:-1]) >= 0.75 * max(lines), lines
    assert len(pages) <= words // 330 + 1, (len(pages), words)


def test_header_shows_the_file_name_not_the_local_path(tmp_path: Path) -> None:
    path, _ = _export(tmp_path, _article_source(2), origin="/home/lecteur/Documents/jardins.md")
    first = _pages_text(path)[0]
    assert "jardins.md" in first and "/home/lecteur" not in first
    url_pdf, _ = _export(tmp_path, _article_source(2), origin="https://example.org/jardins",
                         name="url.pdf")
    assert "https://example.org/jardins" in _pages_text(url_pdf)[0]


def test_title_is_printed_once_per_language(tmp_path: Path) -> None:
    path, _ = _export(tmp_path, _article_source(2))
    first = _pages_text(path)[0]
    assert first.count("partagés") == 1  # the title (it wraps in its column), not three times
    fr_only, _ = _export(tmp_path, _article_source(2), languages="fr", name="fr.pdf")
    assert _pages_text(fr_only)[0].count("Les jardins partagés du quartier") == 1


def test_text_layer_equals_the_article_text(tmp_path: Path) -> None:
    path, article = _export(tmp_path, _article_source(8), languages="fr")
    raw = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    assert not re.search("[\ufb00-\ufb06]", raw), "ligature glyphs in the text layer"
    body = [line for line in raw.splitlines()
            if line.strip() and not re.fullmatch(r"\d+ ?/ ?\d+", line.strip())
            and not line.startswith("Date:")]
    assert " ".join(body).split() == article.document.plain.split()


def test_tables_print_as_tables_with_their_translation(tmp_path: Path) -> None:
    source = ("# Horaires\n\nVoici les horaires de la bibliothèque.\n\n"
              "| Jour | Ouverture |\n| --- | --- |\n| Lundi | Fermé |\n| Mardi | De neuf heures à midi |\n")
    path, article = _export(tmp_path, source)
    text = _pages_text(path)[0]
    assert "|" not in text and "---" not in text
    row = next(line for line in text.splitlines() if "Lundi" in line)
    # French row cells side by side, then the English row of the same table row
    assert re.search(r"Lundi\s+Fermé\s+English sentence number \d+ of the\s+English", row) or (
        row.index("Lundi") < row.index("Fermé") < row.index("English")), row
