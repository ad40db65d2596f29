"""HTML pages: article extraction, nothing fetched, nothing executable kept."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers import ImportFailed, import_path
from visavis.core.importers.html import decode_html, html_to_article

if TYPE_CHECKING:
    from conftest import LocalServer

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers"

MARKERS_THAT_MUST_GO = ("PISTEUR_SCRIPT", "STYLE_MARQUEUR", "NAVIGATION", "ANNONCE_PUB", "ONERROR_XSS",
                        "JS_LINK", "SCRIPT_DANS_ARTICLE", "ASIDE_MARQUEUR", "FOOTER_MARQUEUR",
                        "javascript:", "onerror", "<script", "<img", "<iframe")


def _page(server: LocalServer) -> str:
    return (FIXTURES / "article-page.html").read_text(encoding="utf-8").replace("{PORT}", str(server.port))


def test_article_page_is_extracted_without_any_request(tmp_path: Path, local_server: LocalServer) -> None:
    for path in ("/style.css", "/tracker.js", "/photo.jpg", "/frame.html"):
        local_server.routes[path] = lambda h: local_server.send_body(h, b"x", "text/plain")
    page = tmp_path / "tram.html"
    page.write_text(_page(local_server), encoding="utf-8")
    article = import_path(page)
    assert local_server.requests == []
    doc = parse_markdown(article.source_markdown)
    assert article.title == "Le tramway arrive à Belvaux"
    assert article.language == "fr" and article.origin == str(page)
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "Le tramway arrive à Belvaux"
    assert any(b.kind == "heading" and b.text == "Des horaires élargis" for b in doc.blocks)
    assert [b.text for b in doc.blocks if b.kind == "list_item"] == [
        "Douze stations sur la première ligne", "Un parking relais de 400 places"]
    assert "douze minutes, contre vingt-cinq en bus." in doc.plain
    assert "rues piétonnes" in doc.plain
    for marker in MARKERS_THAT_MUST_GO:
        assert marker not in article.source_markdown, marker
    hrefs = [href for b in doc.blocks for *_, href in b.links]
    assert hrefs == ["https://example.org/tram/plan"]
    assert "Cliquez ici" in doc.plain


def test_fallback_structure_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch,
                                                          local_server: LocalServer) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: None)
    article = html_to_article(_page(local_server), "page.html", "page")
    doc = parse_markdown(article.source_markdown)
    assert local_server.requests == []
    assert article.title == "Le tramway arrive à Belvaux"  # from the page metadata
    assert "Le chantier a coûté 96 millions d'euros" in doc.plain
    assert "Des horaires élargis" in [b.text for b in doc.blocks if b.kind == "heading"]
    for marker in ("PISTEUR_SCRIPT", "STYLE_MARQUEUR", "NAVIGATION", "SCRIPT_DANS_ARTICLE",
                   "FOOTER_MARQUEUR", "ASIDE_MARQUEUR", "javascript:", "<script"):
        assert marker not in article.source_markdown, marker


def test_literal_markup_in_page_text_stays_text() -> None:
    page = ("<html><body><article><h1>Balises</h1><p>Écrire &lt;b&gt; ne met pas en gras, et "
            "*ceci* reste une étoile. Voilà un texte assez long pour un article entier.</p>"
            "<p>Un second paragraphe pour que l'extracteur garde bien le contenu de la page.</p>"
            "</article></body></html>")
    doc = parse_markdown(html_to_article(page, "x.html", "x").source_markdown)
    assert "Écrire <b> ne met pas en gras" in doc.plain


def test_meta_charset_and_cp1252_page(tmp_path: Path) -> None:
    body = ("<html><head><meta charset='windows-1252'><title>Été</title></head><body><article>"
            "<p>« Déjà l'été », dit-il. Les enfants sont à la plage depuis une semaine entière.</p>"
            "<p>Les parents se reposent à l'ombre, loin de la ville et de son bruit.</p>"
            "</article></body></html>")
    page = tmp_path / "ete.htm"
    page.write_bytes(body.encode("cp1252"))
    doc = parse_markdown(import_path(page).source_markdown)
    assert "« Déjà l'été », dit-il." in doc.plain
    assert decode_html(b"<p>caf\xe9</p>", "iso-8859-1")[0] == "<p>café</p>"


@pytest.mark.parametrize("content", [b"", b"<html><body></body></html>", b"<script>x()</script>"])
def test_page_without_text_is_refused(tmp_path: Path, content: bytes) -> None:
    page = tmp_path / "vide.html"
    page.write_bytes(content)
    with pytest.raises(ImportFailed):
        import_path(page)
