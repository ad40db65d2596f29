"""Text files: encodings, binary/empty refusal, size cap, markup-looking lines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers import ImportFailed, import_path
from visavis.core.importers.decode import MAX_TEXT_BYTES, decode_text
from visavis.core.importers.text import plain_text_to_markdown

FRENCH = ("Le café de la gare a fermé ses portes. Les habitués regrettent déjà "
          "l'accueil chaleureux et les croissants du matin.")


@pytest.mark.parametrize(("encoding", "prefix"), [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("utf-16-le", b""),
    ("utf-16-be", b""),
    ("cp1252", b""),
    ("latin-1", b""),
])
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "Titre : « Œuvre » déjà vu\n\n" + FRENCH if encoding == "cp1252" else FRENCH
    path = tmp_path / "article.txt"
    path.write_bytes(prefix + text.encode(encoding))
    article = import_path(path)
    doc = parse_markdown(article.source_markdown)
    assert "café de la gare" in doc.plain and "l'accueil chaleureux" in doc.plain
    assert "\ufeff" not in article.source_markdown and "\x00" not in article.source_markdown
    assert article.language == "fr"
    if encoding == "cp1252":
        assert "Titre : « Œuvre » déjà vu" in doc.plain
    if encoding in ("cp1252", "latin-1"):
        assert any("not UTF-8" in w for w in article.warnings)
    else:
        assert not any("not UTF-8" in w for w in article.warnings)


def test_decode_reports_encoding() -> None:
    assert decode_text("é".encode("cp1252") + b" abc")[1] == "cp1252"
    assert decode_text(b"\x81\x8d abc \xe9")[1] == "latin-1"
    assert decode_text("déjà\r\nvu\rici".encode())[0] == "déjà\nvu\nici"


def test_binary_renamed_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(ImportFailed, match="not a text file"):
        import_path(path)


def test_control_characters_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 200)
    with pytest.raises(ImportFailed, match="not a text file"):
        import_path(path)


@pytest.mark.parametrize("content", [b"", b"   \n\n\t ", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vide.txt"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match="empty"):
        import_path(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="does not exist"):
        import_path(tmp_path / "absent.txt")
    with pytest.raises(ImportFailed, match="not a file"):
        import_path(tmp_path)


def test_20_mb_text_file_is_refused_in_words_and_bigger_refused(tmp_path: Path) -> None:
    # 20 MB of text is some 3 million words: over the word limit (issue 18), refused at once
    paragraph = (FRENCH + " ") * 4 + "\n\n"
    data = (paragraph * (MAX_TEXT_BYTES // len(paragraph.encode()) - 1)).encode()
    assert MAX_TEXT_BYTES - 2000 < len(data) <= MAX_TEXT_BYTES
    path = tmp_path / "grand.txt"
    path.write_bytes(data)
    started = time.perf_counter()
    with pytest.raises(ImportFailed, match="words"):
        import_path(path)
    assert time.perf_counter() - started < 5
    path.write_bytes(data + b"x" * 2048)
    with pytest.raises(ImportFailed, match="too large"):
        import_path(path)


def test_markup_looking_lines_are_kept_as_text(tmp_path: Path) -> None:
    lines = ["<b>Attention</b> au <script>x</script> piège.", "---", "# 3 raisons", "1. Premier",
             "    code indenté", "[1]: https://example.org", "> pas une citation", "*étoile* et _tiret_",
             "&amp; entité", "```", "=====", "+ plus", "Fin \\ barre."]
    path = tmp_path / "markup.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = parse_markdown(import_path(path).source_markdown)
    assert [b.text for b in doc.blocks] == [line.strip() for line in lines]
    assert {b.kind for b in doc.blocks} == {"paragraph"}


def test_one_paragraph_per_line_and_hard_wrapped_text() -> None:
    markdown, title = plain_text_to_markdown("Titre court\nUne phrase longue ici.\nUne autre ligne.")
    doc = parse_markdown(markdown)
    assert title == "Titre court"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Titre court"), ("paragraph", "Une phrase longue ici."),
        ("paragraph", "Une autre ligne.")]
    wrapped = "Première ligne d'un paragraphe\ncoupé à la main.\n\nSecond paragraphe\nlui aussi."
    doc = parse_markdown(plain_text_to_markdown(wrapped)[0])
    assert [b.text for b in doc.blocks] == [
        "Première ligne d'un paragraphe coupé à la main.", "Second paragraphe lui aussi."]


def test_copied_news_page_is_cleaned(fixtures_dir: Path) -> None:
    article = import_path(fixtures_dir / "copied-news-page.txt")
    doc = parse_markdown(article.source_markdown)
    assert article.title == "La boulangerie du quartier Saint-Roch rouvre après six mois de travaux"
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == article.title
    texts = [b.text for b in doc.blocks]
    assert texts.count(article.title) == 1
    for gone in ("menu", "close", "Rechercher", "Partager", "Publicité", "Fermer", "Source:", "Photo :",
                 "À lire aussi", "Un nouveau marché couvert en projet"):
        assert gone not in texts
    assert not any("cookies" in t for t in texts)
    assert "Source: La Gazette de Saint-Roch" in texts
    # six sentences of the article plus the "Source: ..." attribution line
    assert sum(len(b.sentences) for b in doc.blocks[1:]) == 7
    assert any("leftovers" in w for w in article.warnings)


def test_english_text_gets_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text("The city council voted on Monday for a new cycling plan. It will cost "
                    "fourteen million euros and the work should start in the spring.", encoding="utf-8")
    article = import_path(path)
    assert article.language == "en"
    assert any("English" in w for w in article.warnings)
