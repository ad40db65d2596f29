"""EPUB books built in the tests: chapters, title, damaged and malicious archives."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers import ImportFailed, import_path
from visavis.core.importers import epub as epub_importer

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="{opf}" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></metadata>
<manifest>{items}<item id="css" href="style.css" media-type="text/css"/></manifest>
<spine>{refs}</spine>
</package>"""

CHAPTER = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
<script>alert("EPUB_SCRIPT")</script></head>
<body>{body}</body></html>"""


def build_epub(chapters: list[tuple[str, str]], title: str = "Contes du canal",
               opf_path: str = "OEBPS/content.opf", extra: dict[str, bytes] | None = None) -> bytes:
    base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
    items = "".join(f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>'
                    for i, (name, _) in enumerate(chapters))
    refs = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml", CONTAINER.format(opf=opf_path))
        zf.writestr(opf_path, OPF.format(title=title, items=items, refs=refs))
        for name, body in chapters:
            zf.writestr(base + unquote(name), CHAPTER.format(body=body))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


BOOK = [
    ("chap1.xhtml", "<h1>Le pont</h1><p>Le pont grince chaque matin. Personne ne sait pourquoi.</p>"
                    "<h2>La rumeur</h2><p>On raconte qu'un chat y dort.</p>"),
    ("chap%202.xhtml", "<p>Sans titre, ce chapitre parle du quai et des péniches.</p>"
                       "<ul><li>Une péniche rouge</li><li>Une péniche verte</li></ul>"
                       "<ol><li><p>Premier quai.</p><p>Il est loin.</p></li></ol>"),
]


def test_book_becomes_one_article_with_chapters(tmp_path: Path) -> None:
    path = tmp_path / "contes.epub"
    path.write_bytes(build_epub(BOOK))  # the 2nd file name has a space, its href is %-encoded
    progress: list[tuple[int, int]] = []
    article = import_path(path, progress=lambda d, t: progress.append((d, t)))
    doc = parse_markdown(article.source_markdown)
    assert article.title == "Contes du canal" and doc.title == "Contes du canal"
    headings = [(b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert headings == [(1, "Contes du canal"), (2, "Le pont"), (3, "La rumeur"), (2, "Chapter 2")]
    assert [b.text for b in doc.blocks if b.kind == "list_item"] == [
        "Une péniche rouge", "Une péniche verte", "Premier quai. Il est loin."]
    assert "Le pont grince chaque matin." in doc.plain and "EPUB_SCRIPT" not in article.source_markdown
    assert progress[-1] == (2, 2)


def test_missing_chapter_is_skipped_with_a_warning(tmp_path: Path) -> None:
    data = _replace_member(build_epub(BOOK), "OEBPS/content.opf", lambda opf: opf.replace(
        b'<itemref idref="c1"/>', b'<itemref idref="c1"/><itemref idref="ghost"/>').replace(
        b"<manifest>", b'<manifest><item id="ghost" href="absent.xhtml" media-type="application/xhtml+xml"/>'))
    path = tmp_path / "trou.epub"
    path.write_bytes(data)
    article = import_path(path)
    assert "Le pont grince" in article.source_markdown
    assert any("missing" in w for w in article.warnings)


def test_traversal_names_are_only_keys(tmp_path: Path) -> None:
    chapters = [("../../escape.xhtml", "<p>Texte venu d'un nom piégé, lu en mémoire seulement.</p>")]
    path = tmp_path / "piege.epub"
    path.write_bytes(build_epub(chapters, opf_path="content.opf"))
    before = set(tmp_path.parent.rglob("*"))
    article = import_path(path)
    assert "Texte venu d'un nom piégé" in article.source_markdown
    assert set(tmp_path.parent.rglob("*")) == before


def test_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epub_importer, "MAX_UNCOMPRESSED", 4 * 1024 * 1024)
    bomb = b"<p>" + b"a" * (8 * 1024 * 1024) + b"</p>"
    path = tmp_path / "bombe.epub"
    path.write_bytes(build_epub(BOOK, extra={"OEBPS/bomb.bin": bomb}))
    assert path.stat().st_size < 100_000
    with pytest.raises(ImportFailed, match="200 MB|refused"):
        import_path(path)


def test_oversized_chapter_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epub_importer, "MAX_MEMBER", 1024 * 1024)
    path = tmp_path / "gros.epub"
    path.write_bytes(build_epub([("big.xhtml", "<p>" + "mot " * 400_000 + "</p>")]))
    with pytest.raises(ImportFailed, match="oversized"):
        import_path(path)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET_LOCAL_FILE", encoding="utf-8")
    data = build_epub(BOOK, title="&xxe;")
    data = _replace_member(data, "OEBPS/content.opf", lambda opf: opf.replace(
        b'<?xml version="1.0" encoding="utf-8"?>',
        b'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file://'
        + str(secret).encode() + b'">]>'))
    path = tmp_path / "xxe.epub"
    path.write_bytes(data)
    try:
        article = import_path(path)
    except ImportFailed:
        return
    assert "SECRET_LOCAL_FILE" not in article.source_markdown and "SECRET" not in article.title


def _replace_member(data: bytes, name: str, change) -> bytes:  # type: ignore[no-untyped-def]
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in source.infolist():
            content = source.read(info)
            zf.writestr(info.filename, change(content) if info.filename == name else content)
    return out.getvalue()


@pytest.mark.parametrize(("content", "message"), [
    (b"PK\x03\x04 ceci n'est pas un zip", "damaged"),
    (b"", "damaged"),
])
def test_damaged_epub(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "casse.epub"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=message):
        import_path(path)


def test_epub_without_container_or_chapters(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
    path = tmp_path / "sans.epub"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFailed, match="container.xml"):
        import_path(path)
    path.write_bytes(build_epub([]))
    with pytest.raises(ImportFailed, match="no readable chapters"):
        import_path(path)


def test_epub_detected_by_content_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "livre.bin"
    path.write_bytes(build_epub(BOOK))
    assert import_path(path).title == "Contes du canal"


ENCRYPTION = """<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData>
</encryption>"""


def test_drm_protected_book_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "drm.epub"
    path.write_bytes(build_epub(BOOK, extra={"META-INF/encryption.xml":
                                             ENCRYPTION.format(uri="OEBPS/chap1.xhtml").encode()}))
    with pytest.raises(ImportFailed, match="DRM"):
        import_path(path)
    path.write_bytes(build_epub(BOOK, extra={"META-INF/encryption.xml":
                                             ENCRYPTION.format(uri="OEBPS/font.otf").encode()}))
    assert import_path(path).title == "Contes du canal"  # only an obfuscated font
