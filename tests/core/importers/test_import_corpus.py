"""The fixture corpus: every document imports to exactly its expected blocks.

tests/fixtures/importers/corpus/ holds Markdown and HTML documents with a
``<name>.expected.json`` beside them, and specs of EPUB books (``*.epub.json``) and PDF
files (``*.pdf.json``) that the test builds (fixtures.epub_factory, fixtures.pdf_factory)
with their expected blocks inside.  For each document the imported blocks are diffed
against the expected ones: nothing lost, nothing extra (no leaked furniture), no leaked
markup, same order, same title; plus per-document checks (table shape, languages,
sentences, texts that must be absent).
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

from fixtures.epub_factory import make_epub
from fixtures.pdf_factory import Item, make_pdf
from visavis.core.document import Document
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.importers import import_path

CORPUS = Path(__file__).resolve().parents[2] / "fixtures" / "importers" / "corpus"
MARKUP = re.compile(r"^\s*(?:#{1,6}\s|>\s|[-*+]\s|\d+[.)]\s)|\|\s*:?-{3}|:::|\[\[|\]\]|\[\^|"
                    r"<[a-zA-Z/!]|\*\*|(?<!\w)_[^_\s]|`|^-{3,}$|^(?:title|Title)\s*:|\\[|*_#>]",
                    re.MULTILINE)


def _documents() -> list[str]:
    names = [p.name.removesuffix(".expected.json") for p in CORPUS.glob("*.expected.json")]
    names += [p.name.removesuffix(".json") for p in CORPUS.glob("*.epub.json")]
    names += [p.name.removesuffix(".json") for p in CORPUS.glob("*.pdf.json")]
    return sorted(names)


def _build(name: str, tmp_path: Path) -> tuple[Path, dict]:
    if name.endswith(".epub"):
        spec = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        return make_epub(tmp_path / name, spec["title"], spec["chapters"]), spec["expected"]
    if name.endswith(".pdf"):
        spec = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        items = []
        for kind, content, *rest in spec["items"]:
            if kind == "table":
                items.append(Item("table", rows=content))
            elif kind == "heading":
                items.append(Item("heading", content, float(rest[0]) if rest else 16.0, True))
            else:
                items.append(Item("para", content))
        return make_pdf(tmp_path / name, items, **spec["options"]), spec["expected"]
    source = next(p for p in CORPUS.iterdir() if p.stem == name and not p.name.endswith(".json"))
    expected = json.loads((CORPUS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return source, expected


def test_corpus_has_every_format() -> None:
    names = _documents()
    assert len(names) >= 12
    kinds = {n.rsplit(".", 1)[-1] if "." in n else "" for n in names}
    sources = {p.suffix for p in CORPUS.iterdir() if not p.name.endswith(".json")}
    assert {"epub", "pdf"} <= kinds and {".md", ".html"} <= sources


def _diff(doc: Document, expected: dict) -> list[str]:
    got = [(b.kind, b.text) for b in doc.blocks]
    want = [tuple(b) for b in expected["blocks"]]
    problems: list[str] = []
    matcher = difflib.SequenceMatcher(a=want, b=got, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            problems += [f"lost: {w}" for w in want[a1:a2]]
        if op in ("insert", "replace"):
            problems += [f"extra: {g}" for g in got[b1:b2]]
    for kind, text in got:
        match = MARKUP.search(text)
        if match and kind != "table_cell" or (kind == "table_cell" and "|" in text):
            problems.append(f"markup {match.group(0) if match else '|'!r} in {kind}: {text!r}")
    if doc.title != expected["title"]:
        problems.append(f"title {doc.title!r} != {expected['title']!r}")
    return problems


@pytest.mark.parametrize("name", _documents())
def test_document_imports_to_its_expected_blocks(name: str, tmp_path: Path) -> None:
    path, expected = _build(name, tmp_path)
    article = import_path(path)
    doc = parse_markdown(article.source_markdown, article.title)
    problems = _diff(doc, expected)
    assert problems == [], "\n".join(problems)
    if "languages" in expected:
        assert [b.language for b in doc.blocks] == expected["languages"]
    for index, sentences in expected.get("sentences", {}).items():
        assert [s.text for s in doc.blocks[int(index)].sentences] == sentences
    for table_id, (rows, cols) in enumerate(expected.get("tables", [])):
        cells = [b.table for b in doc.blocks if b.table and b.table.table_id == table_id]
        assert cells and cells[0].rows == rows and cells[0].cols == cols
        assert [(c.row, c.col) for c in cells] == [(r, c) for r in range(rows) for c in range(cols)]
    for text in expected.get("absent", []):
        assert text.lower() not in doc.plain.lower(), text
