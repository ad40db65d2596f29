"""PDF export: text order, drawn notes, real /Highlight annotations, pagination, bad input."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from visavis.core.document.markdown_parser import parse_markdown
from visavis.export.article import UNTRANSLATED_MARKER, ExportArticle, GlossaryNote
from visavis.export.errors import ExportError
from visavis.export.pdf import export_pdf


@pytest.fixture(autouse=True)
def _gui(qapp):  # a Q(Gui)Application must exist for QPdfWriter; pytest-qt provides it
    return qapp


def _annots(path: Path) -> list[tuple[int, dict]]:
    out = []
    for number, page in enumerate(PdfReader(str(path)).pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Highlight":
                out.append((number, annot))
    return out


def _render_ok(path: Path, tmp_path: Path, pages: int) -> None:
    proc = subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "pg")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == ""
    assert len(list(tmp_path.glob("pg-*.png"))) == pages


def _words_in(words, page: int, rect: tuple[float, float, float, float], page_h: float):
    x0, y0, x1, y1 = rect  # PDF points, origin bottom-left
    top, bottom = page_h - y1, page_h - y0
    return [w for w in words if w.page == page and x0 <= (w.x0 + w.x1) / 2 <= x1
            and top <= (w.y0 + w.y1) / 2 <= bottom]


def test_text_in_reading_order_in_two_columns(make_article, sample_doc, kit, tmp_path) -> None:
    out = tmp_path / "a.pdf"
    result = export_pdf(make_article(), out)
    words = kit.pdf_words(out)
    left, right = kit.column_text(words, True), kit.column_text(words, False)
    paragraphs = [b.text for b in sample_doc.blocks[1:]]
    positions = [left.find(" ".join(p.split()[:4])) for p in paragraphs]
    assert -1 not in positions and positions == sorted(positions)
    english = [f"Sentence{s.index} in English" for s in sample_doc.sentences[1:]]
    positions = [right.find(e) for e in english]
    assert -1 not in positions and positions == sorted(positions)
    assert "Sentence" not in left and "marché couvert" not in right
    assert "Une matinée au marché" in " ".join(w.text for w in words[:8])  # title first
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert re.search(rf"\b1 ?/ ?{result.pages}\b", text)
    _render_ok(out, tmp_path, result.pages)


def test_highlight_annotations_match_highlights_and_notes(make_article, sample_doc, kit,
                                                          tmp_path) -> None:
    eng = kit.english_for(sample_doc)
    anns = [kit.french(sample_doc, "maraîchers installent", "green", "market gardeners"),
            kit.french(sample_doc, "boulanger", "yellow"),
            kit.french(sample_doc, "connaît chaque client", "pink", "knows every customer"),
            kit.english(sample_doc, eng, 4, "English reads", "blue", "an English-side note")]
    out = tmp_path / "h.pdf"
    result = export_pdf(make_article(anns), out)
    found = _annots(out)
    assert result.highlights == len(found) == 4
    assert sorted(str(a["/Contents"]) for _, a in found) == sorted(a.note for a in anns)
    assert {str(a["/T"]) for _, a in found} == {"Vis-à-vis"}
    page_h = float(PdfReader(str(out)).pages[0].mediabox.height)
    words = kit.pdf_words(out)
    quotes = {a.note: a.target.exact for a in anns}
    for page, annot in found:
        quad = [float(v) for v in annot["/QuadPoints"]]
        rects = [(quad[i], quad[i + 5], quad[i + 2], quad[i + 1]) for i in range(0, len(quad), 8)]
        covered = [w.text for r in rects for w in _words_in(words, page, r, page_h)]
        expected = quotes[str(annot["/Contents"])].split()
        assert [c.strip(",.") for c in covered] == expected, (covered, expected)
    colours = {str(a["/Contents"]): [round(float(c), 2) for c in a["/C"]] for _, a in found}
    assert colours["knows every customer"] == [1.0, 0.55, 0.75]  # pink
    # notes are numbered at their highlight and printed under their paragraph
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "1. market gardeners" in text
    assert "2. an English-side note" in text and "3. knows every customer" in text


def test_languages_option(make_article, sample_doc, kit, tmp_path) -> None:
    for languages, present, absent in (("fr", "marché couvert", "Sentence2"),
                                       ("en", "Sentence2", "marché couvert")):
        out = tmp_path / f"{languages}.pdf"
        export_pdf(make_article([kit.french(sample_doc, "boulanger", note="baker")]), out,
                   languages=languages)
        text = " ".join(w.text for w in kit.pdf_words(out))
        assert present.split()[0] in text and absent not in text
        assert "baker" in text  # the note survives even when its side is not printed
    with pytest.raises(ValueError):
        export_pdf(make_article(), tmp_path / "x.pdf", languages="de")


def test_article_without_translation_is_exported_with_markers(make_article, sample_doc,
                                                              tmp_path) -> None:
    out = tmp_path / "u.pdf"
    result = export_pdf(make_article(translated=False), out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    n = len(sample_doc.sentences)
    assert f"{n} of {n} sentences are not translated yet" in text
    assert text.count(UNTRANSLATED_MARKER) >= n
    assert "Madame Leroux" in text
    _render_ok(out, tmp_path, result.pages)


def test_long_paragraph_splits_across_pages_by_lines(kit, tmp_path) -> None:
    words = [f"mot{i}" for i in range(2500)]
    doc = parse_markdown("Court début.\n\n" + " ".join(words) + ".\n\nFin courte.", "Long")
    out = tmp_path / "long.pdf"
    result = export_pdf(ExportArticle(doc, {}), out)
    assert result.pages >= 3
    found = kit.pdf_words(out)
    left = [w.text.strip(".") for w in sorted(found, key=lambda w: (w.page, round(w.y0), w.x0))
            if w.x0 < 297 and w.text.startswith("mot")]
    assert left == words  # every word once, in order, nothing lost at page breaks
    assert {w.page for w in found if w.text.startswith("mot")} == set(range(result.pages))
    _render_ok(out, tmp_path, result.pages)


def test_bad_notes_long_emoji_and_right_to_left(make_article, sample_doc, kit, tmp_path) -> None:
    long_note = ("Une très longue note. " * 460)[:10_000]
    odd_note = "Super 😀👍 — שלום עולם — مرحبا"
    anns = [kit.french(sample_doc, "fromages", "orange", long_note),
            kit.french(sample_doc, "pigeons", "blue", odd_note)]
    out = tmp_path / "bad.pdf"
    result = export_pdf(make_article(anns), out)
    contents = sorted(str(a["/Contents"]) for _, a in _annots(out))
    assert contents == sorted([long_note, odd_note])
    assert result.pages >= 2  # the long note flows over pages
    _render_ok(out, tmp_path, result.pages)


def test_annotation_spanning_paragraphs_is_one_highlight(make_article, sample_doc, kit,
                                                         tmp_path) -> None:
    plain = sample_doc.plain
    start = plain.index("baguettes du four")
    end = plain.index("Madame Leroux vend") + len("Madame Leroux vend")
    span = kit.french(sample_doc, plain[start:end], "green", "across two paragraphs")
    out = tmp_path / "span.pdf"
    export_pdf(make_article([span]), out)
    found = _annots(out)
    assert len(found) == 1
    quad = found[0][1]["/QuadPoints"]
    assert len(quad) // 8 >= 2  # at least one rectangle in each paragraph
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert text.count("across two paragraphs") == 1


def test_thousand_annotations_on_one_paragraph(make_article, sample_doc, tmp_path) -> None:
    block = sample_doc.blocks[2]
    from visavis.core.annotations.model import Annotation, Side, quote_target
    plain = sample_doc.plain
    anns = []
    for i in range(1000):
        start = block.plain_start + (i * 7) % (len(block.text) - 12)
        anns.append(Annotation(article_id=7, side=Side.FRENCH, colour="yellow",
                               note=f"n{i}" if i % 10 == 0 else "",
                               target=quote_target(plain, start, start + 10), reading_pos=start))
    out = tmp_path / "many.pdf"
    result = export_pdf(make_article(anns), out)
    assert len(_annots(out)) == result.highlights == 1000
    _render_ok(out, tmp_path, result.pages)


def test_french_spacing_keeps_guillemets_with_their_words(tmp_path) -> None:
    para = " ".join(f"On dit « mot{i} » ici ; pourquoi pas ?" for i in range(60))
    doc = parse_markdown(para, "Guillemets")
    out = tmp_path / "g.pdf"
    export_pdf(ExportArticle(doc, {}), out, languages="fr")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert sum("«" in line for line in lines) >= 10
    for line in lines:
        assert not line.endswith("«") and not line.startswith(("»", ";", "?"))


def test_glossary_appendix_and_orphans(make_article, sample_doc, kit, tmp_path) -> None:
    from dataclasses import replace

    from visavis.core.annotations.model import AnchorStatus
    orphan = replace(kit.french(sample_doc, "pigeons", note="gone"), status=AnchorStatus.ORPHAN)
    article = make_article([orphan], glossary=[GlossaryNote("maraîcher", "market gardener",
                                                            "sells vegetables")])
    out = tmp_path / "g.pdf"
    export_pdf(article, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Glossary notes" in text and "sells vegetables" in text
    assert "no longer in the text" in text and "gone" in text
    assert _annots(out) == []


def test_unwritable_destination_gives_a_clear_error(make_article, tmp_path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(make_article(), tmp_path / "missing" / "a.pdf")
    with pytest.raises(ExportError, match="folder"):
        export_pdf(make_article(), tmp_path)
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"old")
    calls = iter([False, True])
    from visavis.export.errors import ExportCancelled
    with pytest.raises(ExportCancelled):
        export_pdf(make_article(), existing, cancel=lambda: next(calls, True))
    assert existing.read_bytes() == b"old"  # a failed export never replaces the old file
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["keep.pdf"]
    assert list(tmp_path.glob(".visavis-*")) == []


def test_fonts_are_embedded(make_article, tmp_path) -> None:
    out = tmp_path / "fonts.pdf"
    export_pdf(make_article(), out)
    rows = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)  # the "emb" column
    assert any("DejaVuSerif" in row for row in rows)
