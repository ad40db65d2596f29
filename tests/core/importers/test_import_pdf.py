"""PDF articles: reading order, headings, hyphenation, running headers, tables, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures.pdf_factory import heading, make_pdf, para, table
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers import ImportFailed, import_path

SENTENCES = [
    "Le conseil municipal a voté jeudi soir un plan ambitieux pour les vélos de la ville.",
    "Les travaux commenceront au printemps et dureront au moins deux années entières.",
    "Quarante kilomètres de pistes séparées seront construits avant la fin de l'année 2026.",
    "Les carrefours les plus dangereux seront réaménagés en priorité absolue selon l'adjointe.",
    "Le plan coûtera vingt millions d'euros, financés en partie par la région et par l'État.",
    "L'opposition municipale juge ce budget beaucoup trop élevé et demande un audit complet.",
    "Une consultation publique sera ouverte en ligne pendant tout le mois d'avril prochain.",
    "Les habitants pourront proposer de nouveaux itinéraires et signaler les points noirs.",
]


def _paragraphs(n: int, start: int = 0) -> list[str]:
    """n distinct paragraphs of three sentences each."""
    out = []
    for i in range(n):
        k = start + i
        out.append(f"Paragraphe {k + 1}. " + " ".join(SENTENCES[(k + j) % len(SENTENCES)]
                                                     for j in range(3)))
    return out


def _import(path: Path) -> list[tuple[str, str]]:
    article = import_path(path)
    doc = parse_markdown(article.source_markdown)
    return [(b.kind, b.text) for b in doc.blocks]


def test_one_column_headings_paragraphs_and_hyphenation(tmp_path: Path) -> None:
    texts = _paragraphs(6)
    items = [heading("Un plan vélo pour la ville"), para(texts[0]), para(texts[1]),
             heading("Des pistes séparées", 14), para(texts[2]), para(texts[3]),
             heading("Un budget contesté", 14), para(texts[4]), para(texts[5])]
    path = make_pdf(tmp_path / "article.pdf", items, hyphenate=True)
    blocks = _import(path)
    assert blocks == [("heading", "Un plan vélo pour la ville"), ("paragraph", texts[0]),
                      ("paragraph", texts[1]), ("heading", "Des pistes séparées"),
                      ("paragraph", texts[2]), ("paragraph", texts[3]),
                      ("heading", "Un budget contesté"), ("paragraph", texts[4]),
                      ("paragraph", texts[5])]
    assert import_path(path).title == "Un plan vélo pour la ville"
    levels = [b.level for b in parse_markdown(import_path(path).source_markdown).blocks
              if b.kind == "heading"]
    assert levels == [1, 2, 2]


def test_two_columns_are_read_column_by_column(tmp_path: Path) -> None:
    texts = _paragraphs(14)
    items = [heading("Deux colonnes"), *[para(t) for t in texts]]
    path = make_pdf(tmp_path / "two.pdf", items, columns=2, hyphenate=True)
    blocks = _import(path)
    assert blocks == [("heading", "Deux colonnes")] + [("paragraph", t) for t in texts]


def test_running_header_footer_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    texts = _paragraphs(16)
    items = [heading("Rapport annuel"), *[para(t) for t in texts]]
    path = make_pdf(tmp_path / "report.pdf", items, header="Le Journal — rapport 2024",
                    footer="www.lejournal.example — document public", page_numbers=True)
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) >= 3  # the furniture is on every page
    blocks = _import(path)
    assert blocks == [("heading", "Rapport annuel")] + [("paragraph", t) for t in texts]


def test_table_is_kept_as_a_table(tmp_path: Path) -> None:
    texts = _paragraphs(2)
    rows = [["Année", "Budget", "Pistes"], ["2024", "8 millions", "12 km"],
            ["2025", "12 millions", "28 km"]]
    items = [heading("Le budget"), para(texts[0]), table(rows), para(texts[1])]
    blocks = _import(make_pdf(tmp_path / "table.pdf", items))
    assert blocks == ([("heading", "Le budget"), ("paragraph", texts[0])]
                      + [("table_cell", cell) for row in rows for cell in row]
                      + [("paragraph", texts[1])])


def test_metadata_title_wins(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "t.pdf", [heading("Le titre visible"), para(_paragraphs(1)[0])],
                    title="Titre des métadonnées")
    assert import_path(path).title == "Titre des métadonnées"


def test_scanned_pdf_has_a_clear_message(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [], blank=True)
    with pytest.raises(ImportFailed, match="scanned images; there is no text to import"):
        import_path(path)


@pytest.mark.parametrize(("content", "message"), [
    (b"%PDF-1.7\n garbage garbage", "damaged"),
    (b"", "not a PDF"),
    (b"PK\x03\x04 a zip", "not a PDF"),
])
def test_damaged_pdf(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        import_path(path)


def test_password_protected_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "plain.pdf", [para(_paragraphs(1)[0])])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(ImportFailed, match="password"):
        import_path(locked)


def test_pdf_without_extension_is_detected(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "article.pdf", [heading("Sans extension"), para(_paragraphs(1)[0])])
    bare = tmp_path / "article"
    bare.write_bytes(path.read_bytes())
    assert _import(bare)[0] == ("heading", "Sans extension")


def test_progress_and_cancel(tmp_path: Path) -> None:
    from visavis.core.importers import ImportCancelled

    path = make_pdf(tmp_path / "long.pdf", [para(t) for t in _paragraphs(30)])
    seen: list[tuple[int, int]] = []
    import_path(path, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(ImportCancelled):
        import_path(path, cancel=cancel)
