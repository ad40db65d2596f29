"""HTML pages keep the article's structure (headings, lists, quotes, tables, captions, pre)."""

from __future__ import annotations

from pathlib import Path

import pytest

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers.html import html_to_article

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "importers" / "corpus" / "structure-page.html"
FURNITURE = ("Accueil", "Sport du jour", "Publicité", "achetez", "Partager", "Commentaires",
             "Enfin une bonne nouvelle", "tramway", "Mentions légales", "tracker", "console.log")


def _blocks(html: str) -> list[tuple[str, str]]:
    doc = parse_markdown(html_to_article(html, "page.html", "page").source_markdown)
    return [(b.kind, b.text) for b in doc.blocks]


def _check(blocks: list[tuple[str, str]]) -> None:
    headings = [t for k, t in blocks if k == "heading"]
    assert headings == ["La ville adopte un plan vélo", "Des pistes séparées",
                        "Un budget de vingt millions", "Et ensuite ?"]
    assert ("blockquote", "« Nous voulons que les enfants puissent aller à l'école à vélo », "
            "a déclaré le maire.") in blocks
    assert ("paragraph", "Une piste cyclable du centre-ville, photographiée en janvier.") in blocks
    assert [t for k, t in blocks if k == "table_cell"] == ["Année", "Budget", "2024", "8 millions",
                                                          "2025", "12 millions"]
    assert ("paragraph", "Horaires de la consultation :\nlundi au vendredi, 9 h - 17 h") in blocks
    assert [t for k, t in blocks if k == "list_item"] == ["Boulevard de la Gare, en 2024.",
                                                         "Avenue du Port, en 2025."]
    text = "\n".join(t for _, t in blocks)
    for word in FURNITURE:
        assert word not in text, word
    assert "|" not in text


def test_page_structure_survives() -> None:
    _check(_blocks(PAGE.read_text(encoding="utf-8")))


def test_subheadings_survive_when_trafilatura_drops_them(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    real = trafilatura.extract

    def without_h2(*args: object, **kwargs: object) -> str | None:
        text = real(*args, **kwargs)
        return "\n".join(line for line in (text or "").split("\n") if not line.startswith("## "))

    monkeypatch.setattr(trafilatura, "extract", without_h2)
    _check(_blocks(PAGE.read_text(encoding="utf-8")))


def test_wrong_element_falls_back_on_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    from visavis.core.importers import html_structure

    tiny = html_structure.parse_html("<div><p>Rien.</p></div>")
    monkeypatch.setattr(html_structure, "main_content", lambda root: tiny)
    import visavis.core.importers.html as html_module

    monkeypatch.setattr(html_module, "html_tree_to_markdown",
                        lambda root, **kw: "Rien.")
    blocks = _blocks(PAGE.read_text(encoding="utf-8"))
    assert any("Quarante kilomètres" in t for _, t in blocks)


def test_layout_table_is_read_as_blocks() -> None:
    html = ("<html><body><table><tr><td><h1>Titre de la page</h1><p>Un long paragraphe d'article "
            "qui se trouve dans une table de mise en page, comme en 2005.</p><p>Un second "
            "paragraphe de la même table de mise en page, assez long lui aussi.</p></td></tr>"
            "</table></body></html>")
    blocks = _blocks(html)
    assert ("heading", "Titre de la page") in blocks
    assert all(k != "table_cell" for k, _ in blocks)


def test_inline_emphasis_and_links_never_leak() -> None:
    html = ("<html><body><article><h1>Titre</h1><p>Un <b>gras </b>et <em>« cité »</em> puis "
            "<a href='https://x.org/a'>un lien</a>, <a href='javascript:alert(1)'>Cliquez ici</a> "
            "et <b>(gras)</b>x, un texte assez long pour être un article de presse.</p>"
            "<p>Un second paragraphe du même article, pour que la page compte.</p></article>"
            "</body></html>")
    doc = parse_markdown(html_to_article(html, "p.html", "p").source_markdown)
    para = doc.blocks[1]
    assert para.text.startswith("Un gras et « cité » puis un lien, Cliquez ici et (gras)x")
    assert [href for *_, href in para.links] == ["https://x.org/a"]
    assert "*" not in doc.plain and "javascript" not in doc.source
