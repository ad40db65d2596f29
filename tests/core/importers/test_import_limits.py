"""Huge inputs (issue 18 item 11): a limit a reader understands — words and pages — checked
before the expensive work, so an oversized text is refused at once with a message, and what
is accepted stays within memory."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from visavis.core.importers import ImportFailed, import_clipboard, import_path, limits

DESKTOP = str(Path(__file__).resolve().parents[3] / "desktop")
SENTENCE = "Le vieux port s'éveille lentement sous la brume du matin. "  # 10 words


def test_a_20_mb_text_is_refused_at_once_in_words_and_pages(tmp_path: Path) -> None:
    path = tmp_path / "enorme.txt"
    path.write_text(SENTENCE * (19 * 1024 * 1024 // len(SENTENCE.encode())), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ImportFailed) as caught:
        import_path(path)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert "words" in message and "pages" in message
    assert str(limits.MAX_WORDS) in message


def test_the_limit_is_in_words_for_every_kind_of_input(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(limits, "MAX_WORDS", 1000)
    text = SENTENCE * 120  # 1,200 words
    for name, body in [("a.md", text), ("a.txt", text),
                       ("a.html", f"<html><body><article><p>{text}</p></article></body></html>")]:
        (tmp_path / name).write_text(body, encoding="utf-8")
        with pytest.raises(ImportFailed, match="words"):
            import_path(tmp_path / name)
    with pytest.raises(ImportFailed, match="words"):
        import_clipboard(None, text)
    (tmp_path / "ok.md").write_text(SENTENCE * 90, encoding="utf-8")  # 900 words: accepted
    assert import_path(tmp_path / "ok.md").source_markdown


def _huge_epub(path: Path, chapters: int, words_per_chapter: int) -> None:
    body = "<p>" + SENTENCE * (words_per_chapter // 10) + "</p>"
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Gros</dc:title>'
           "</metadata><manifest>"
           + "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
                     for i in range(chapters))
           + "</manifest><spine>" + "".join(f'<itemref idref="c{i}"/>' for i in range(chapters))
           + "</spine></package>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                    'opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf"'
                    ' media-type="application/oebps-package+xml"/></rootfiles></container>')
        zf.writestr("content.opf", opf)
        for i in range(chapters):
            zf.writestr(f"c{i}.xhtml", f"<html><body><h1>Chapitre {i}</h1>{body}</body></html>")
    path.write_bytes(buffer.getvalue())


def test_a_small_epub_holding_a_huge_text_is_refused_within_memory(tmp_path: Path) -> None:
    """The issue's case: a small EPUB of 20 chapters holding far more text than the limit
    (it ran out of memory at 11.6 GB)."""
    path = tmp_path / "gros.epub"
    _huge_epub(path, chapters=20, words_per_chapter=1_000_000)  # 20 chapters of 6 MB
    assert path.stat().st_size < 2 * 1024 * 1024
    code = ("import resource, time\n"
            "from visavis.core.importers import import_path, ImportFailed\n"
            "t = time.monotonic()\n"
            "try:\n"
            f"    import_path({str(path)!r})\n"
            "    print('IMPORTED')\n"
            "except ImportFailed as exc:\n"
            "    print('REFUSED', exc)\n"
            "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
            "print('TIME', time.monotonic() - t)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=DESKTOP), timeout=300, check=False)
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "REFUSED" in lines, result.stdout + result.stderr
    assert "words" in lines["REFUSED"]
    assert int(lines["RSS"]) < 1024, lines  # MB
    assert float(lines["TIME"]) < 60
