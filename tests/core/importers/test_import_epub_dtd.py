"""An EPUB chapter with an internal DTD subset shows no stray « ]> » (issue 18 item 13)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from visavis.core.importers import html_to_article, import_path

CHAPTER = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
  <!ENTITY auteur "Jeanne">
  <!ENTITY lieu "le canal <b>">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
<body><h1>Le pont</h1><p>Le pont grince chaque matin, dit &auteur;.</p></body></html>"""

OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Contes</dc:title></metadata>
<manifest><item id="c0" href="c.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="c0"/></spine></package>"""

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>"""


def test_internal_dtd_leaves_no_stray_text(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", CONTAINER)
        zf.writestr("OEBPS/content.opf", OPF)
        zf.writestr("OEBPS/c.xhtml", CHAPTER)
    path = tmp_path / "livre.epub"
    path.write_bytes(buffer.getvalue())
    article = import_path(path)
    assert "Le pont grince chaque matin" in article.source_markdown
    assert "]>" not in article.source_markdown and "ENTITY" not in article.source_markdown


def test_internal_dtd_in_a_web_page_leaves_no_stray_text() -> None:
    article = html_to_article(CHAPTER.replace("<h1>Le pont</h1>", "<h1>Le pont</h1>" + (
        "<p>Une phrase de plus pour que la page soit un article lisible.</p>" * 3)),
        "https://exemple.fr/p", "p")
    assert "]>" not in article.source_markdown and "ENTITY" not in article.source_markdown
