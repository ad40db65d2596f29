"""``visavis export``: headless, from a file or a library article, and its error messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from visavis.core.annotations.model import Annotation, Side, quote_target
from visavis.core.annotations.repository import library_annotations
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.store.library import Library

RUN = ("import sys; from visavis.app import main; rc = main(sys.argv[1:]); "
       "assert 'PySide6.QtWidgets' not in sys.modules, 'export loaded QtWidgets'; sys.exit(rc)")

ARTICLE = "# Le jardin\n\nLes tomates mûrissent au soleil. Le jardinier arrose les salades.\n"


def _visavis(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)  # the command must pick offscreen itself
    return subprocess.run([sys.executable, "-c", RUN, "export", *args], capture_output=True,
                          text=True, env=env)


def test_export_file_without_model_marks_untranslated(tmp_path: Path) -> None:
    source = tmp_path / "jardin.md"
    source.write_text(ARTICLE, encoding="utf-8")
    pdf, md, js = tmp_path / "o.pdf", tmp_path / "o.md", tmp_path / "o.json"
    proc = _visavis(str(source), "--pdf", str(pdf), "--markdown", str(md), "--jsonld", str(js))
    assert proc.returncode == 0, proc.stderr
    assert "not translated yet" in proc.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Les tomates mûrissent" in text and "(not translated yet)" in text
    assert "3 of 3 sentences are not translated yet" in text
    assert md.read_text(encoding="utf-8").startswith("# Le jardin")
    assert json.loads(js.read_text(encoding="utf-8"))["type"] == "AnnotationCollection"


def test_export_library_article_with_its_annotations(tmp_path: Path) -> None:
    with Library.open() as library:
        article_id = library.articles.add("Le jardin", ARTICLE)
        plain = parse_markdown(ARTICLE, "Le jardin").plain
        start = plain.index("tomates")
        library_annotations(library).save(Annotation(
            article_id=article_id, side=Side.FRENCH, colour="green", note="tomatoes",
            target=quote_target(plain, start, start + 7), reading_pos=start))
    pdf, md = tmp_path / "lib.pdf", tmp_path / "lib.md"
    proc = _visavis(str(article_id), "--pdf", str(pdf), "--lang", "fr", "--markdown", str(md))
    assert proc.returncode == 0, proc.stderr
    annots = [a.get_object() for a in PdfReader(str(pdf)).pages[0]["/Annots"]]
    assert [str(a["/Contents"]) for a in annots] == ["tomatoes"]
    assert "**Note:** tomatoes" in md.read_text(encoding="utf-8")


def test_export_errors_are_reader_messages(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text(ARTICLE, encoding="utf-8")
    Library.open().close()
    cases = [
        ((str(source),), "nothing to do"),
        (("999", "--markdown", str(tmp_path / "x.md")), "no article 999"),
        ((str(tmp_path / "nope.md"), "--markdown", str(tmp_path / "x.md")), "no such file"),
        ((str(source), "--markdown", str(tmp_path / "no" / "x.md")), "does not exist"),
    ]
    for args, message in cases:
        proc = _visavis(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert message in proc.stderr and "Traceback" not in proc.stderr

def test_export_library_article_translates_with_the_installed_model(
        tmp_path: Path, installed_tiny_model: Path) -> None:
    with Library.open() as library:
        article_id = library.articles.add("Le jardin", ARTICLE)
    pdf = tmp_path / "lib.pdf"
    proc = _visavis(str(article_id), "--pdf", str(pdf))
    assert proc.returncode == 0, proc.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "not translated yet" not in text and "not translated yet" not in proc.stderr
    with Library.open() as library:  # the translations went into the cache for next time
        assert library.translations.get_many(
            next(iter(_model_ids(library))), ["Les tomates mûrissent au soleil."])


def _model_ids(library: Library) -> set[str]:
    rows = library.connection.execute("SELECT DISTINCT model_id FROM translations").fetchall()
    return {row[0] for row in rows}
