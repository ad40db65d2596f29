"""Clipboard and Markdown-file imports, and dispatch by extension/content."""

from __future__ import annotations

from pathlib import Path

import pytest

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers import ImportCancelled, ImportFailed, import_clipboard, import_path


def test_clipboard_html_keeps_structure_and_drops_scripts() -> None:
    html = ("<meta charset='utf-8'><h2>Le titre copié</h2><p>Une phrase <b>copiée</b> depuis une page. "
            "<a href='javascript:evil()'>lien</a></p><script>alert('CLIP')</script>"
            "<ul><li>premier point</li><li>second point</li></ul><img src='http://127.0.0.1:9/x.png'>")
    article = import_clipboard(html, "texte de secours")
    doc = parse_markdown(article.source_markdown)
    assert article.origin == "clipboard" and article.title == "Le titre copié"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "list_item", "list_item"]
    assert "Une phrase copiée depuis une page. lien" in doc.plain
    assert "CLIP" not in article.source_markdown and "javascript" not in article.source_markdown


def test_clipboard_text_when_html_is_empty_or_missing() -> None:
    for html in (None, "", "<html><body><script>x()</script></body></html>"):
        article = import_clipboard(html, "Une ligne de titre\nLe texte collé. Une phrase.\r\nFin.")
        doc = parse_markdown(article.source_markdown)
        assert doc.blocks[0].text == "Une ligne de titre"
        assert "Le texte collé. Une phrase." in doc.plain and "Fin." in doc.plain


@pytest.mark.parametrize(("html", "text"), [(None, None), ("", "   "), (None, "\n\n")])
def test_empty_clipboard(html: str | None, text: str | None) -> None:
    with pytest.raises(ImportFailed, match="no text"):
        import_clipboard(html, text)


def test_markdown_file_with_front_matter(fixtures_dir: Path) -> None:
    article = import_path(fixtures_dir / "front-matter-article.md")
    assert article.title == "Les abeilles de la mairie"
    assert article.source_markdown == (fixtures_dir / "front-matter-article.md").read_text(encoding="utf-8")
    doc = parse_markdown(article.source_markdown)
    assert doc.title == "Les abeilles de la mairie"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "list_item", "list_item"]
    assert article.language == "fr" and article.warnings == ()


def test_markdown_in_utf16_and_only_code(tmp_path: Path) -> None:
    path = tmp_path / "note.markdown"
    path.write_bytes("# Titre\n\nDu texte accentué, très simple.".encode("utf-16"))
    assert import_path(path).title == "Titre"
    path.write_text("```\ncode seulement\n```\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no readable text"):
        import_path(path)


def test_dispatch_by_content_when_extension_is_unknown(tmp_path: Path) -> None:
    page = tmp_path / "page.dat"
    page.write_text("<!DOCTYPE html><html><head><title>Page sans extension</title></head><body><p>"
                    "Un paragraphe de la page, avec assez de mots pour être un vrai contenu.</p>"
                    "</body></html>", encoding="utf-8")
    assert import_path(page).title == "Page sans extension"
    text = tmp_path / "README"
    text.write_text("Note rapide\nCeci est une note en texte brut.", encoding="utf-8")
    assert import_path(text).title == "Note rapide"


def test_import_path_progress_and_cancel(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Titre\nUne phrase.", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    import_path(path, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3)
    with pytest.raises(ImportCancelled):
        import_path(path, cancel=lambda: True)


def test_imported_article_source_alias(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Titre\nUne phrase.", encoding="utf-8")
    article = import_path(path)
    assert article.source == article.source_markdown and "Une phrase." in article.source


def test_markdown_title_order_ends_with_the_file_name() -> None:
    from visavis.core.importers.markdown import markdown_to_article

    linuxfr = ("```\nTitle: Sortie de la version 2\nAuthors: Alice\n```\n\nLe texte.\n\n"
               "# Un intertitre\n\nLa suite.\n")
    assert markdown_to_article(linuxfr, "a.md", "fichier").title == "Sortie de la version 2"
    no_heading = "Un premier paragraphe ici.\n\nUn second.\n"
    assert markdown_to_article(no_heading, "b.md", "fichier").title == "fichier"
