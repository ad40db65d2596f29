"""Markdown and W3C JSON-LD exports, and importing the JSON-LD back onto the article."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from visavis.core.annotations.jsonld_import import (
    AnnotationImportError,
    import_collection,
    read_collection_file,
)
from visavis.core.annotations.model import AnchorStatus
from visavis.export.article import GlossaryNote
from visavis.export.errors import ExportError
from visavis.export.jsonld import collection_json, export_jsonld
from visavis.export.markdown_export import export_markdown, markdown_text


@pytest.fixture
def annotated(make_article, sample_doc, kit):
    eng = kit.english_for(sample_doc)
    anns = [kit.french(sample_doc, "boulanger", "yellow", "the baker\nsecond line"),
            kit.french(sample_doc, "pigeons", "blue"),
            kit.english(sample_doc, eng, 4, "English reads", "pink", "English side")]
    return make_article(anns, glossary=[GlossaryNote("étal", "stall", "market stall")])


def _starts(doc):
    return {s.id: doc.blocks[s.block].plain_start + s.block_start for s in doc.sentences}


def test_markdown_lists_quotes_notes_colours_and_links(annotated, tmp_path) -> None:
    text = markdown_text(annotated)
    assert text.startswith("# Une matinée au marché\n")
    assert "Source: <https://example.org/marche>" in text
    order = [text.index(s) for s in ("> boulanger", "> English reads", "> pigeons")]
    assert order == sorted(order)
    assert "### 1. Yellow — French" in text and "### 2. Pink — English" in text
    assert "**Note:** the baker  \nsecond line" in text
    assert "*English:* Sentence2 in English reads well." in text  # aligned sentence
    assert "*French:* Elle connaît chaque client" in text
    assert "- **étal** — stall: market stall" in text
    annotated.origin = ""
    assert f"(visavis://article/7#annotation-{annotated.annotations[0].id})" in markdown_text(annotated)
    out = tmp_path / "notes.md"
    assert export_markdown(annotated, out) == 3
    assert out.read_text(encoding="utf-8") == markdown_text(annotated)


def test_markdown_marks_untranslated_and_orphans(make_article, sample_doc, kit) -> None:
    orphan = replace(kit.french(sample_doc, "miettes", note="lost"), status=AnchorStatus.ORPHAN)
    text = markdown_text(make_article([kit.french(sample_doc, "fromages"), orphan],
                                      translated=False))
    n = len(sample_doc.sentences)
    assert f"*{n} of {n} sentences are not translated yet.*" in text
    assert "*English:* (not translated yet)" in text
    assert text.index("no longer in the text") < text.index("> miettes")


def test_jsonld_is_a_w3c_annotation_collection(annotated, tmp_path) -> None:
    out = tmp_path / "a.jsonld"
    assert export_jsonld(annotated, out) == 3
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    items = data["first"]["items"]
    assert [i["type"] for i in items] == ["Annotation"] * 3
    baker = items[0]
    assert baker["motivation"] == "commenting"
    assert baker["body"][0] == {"type": "TextualBody", "value": "the baker\nsecond line",
                                "format": "text/plain", "purpose": "commenting"}
    quote, position = baker["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "boulanger"
    assert annotated.document.plain[position["start"]:position["end"]] == "boulanger"
    assert baker["target"]["source"] == "https://example.org/marche"
    assert baker["target"]["styleClass"] == "visavis-yellow"
    assert "#ffdd33" in baker["stylesheet"]["value"]
    english = items[1]["target"]["selector"]
    assert english["type"] == "FragmentSelector" and english["value"].startswith("en:")
    assert items[2]["motivation"] == "highlighting" and "body" not in items[2]


def test_jsonld_round_trip_recreates_annotations_on_the_same_article(annotated, sample_doc,
                                                                     kit) -> None:
    data = collection_json(annotated)
    eng = kit.english_for(sample_doc)
    result = import_collection(data, 7, sample_doc.plain, eng, _starts(sample_doc))
    assert result.skipped == []
    got = {(a.side, a.colour, a.note, a.target.exact, a.target.start, a.target.sentence_id)
           for a in result.annotations}
    want = {(a.side, a.colour, a.note, a.target.exact, a.target.start, a.target.sentence_id)
            for a in annotated.annotations}
    assert got == want
    assert all(a.status == AnchorStatus.ANCHORED for a in result.annotations)
    again = import_collection(data, 7, sample_doc.plain, eng, _starts(sample_doc))
    assert [a.id for a in again.annotations] == [a.id for a in result.annotations]
    other = import_collection(data, 8, sample_doc.plain, eng, _starts(sample_doc))
    assert not {a.id for a in other.annotations} & {a.id for a in result.annotations}


def test_import_reanchors_on_edited_text_and_skips_bad_items(annotated, sample_doc, kit) -> None:
    data = collection_json(annotated)
    data["first"]["items"].append({"type": "Annotation", "target": {"selector": []}})
    data["first"]["items"].append("nonsense")
    edited = "Nouveau début.\n\n" + sample_doc.plain.replace("les pigeons", "les moineaux")
    result = import_collection(data, 7, edited, {}, _starts(sample_doc))
    assert len(result.skipped) == 2
    by_quote = {a.target.exact: a for a in result.annotations}
    assert by_quote["boulanger"].status == AnchorStatus.ANCHORED
    assert edited[by_quote["boulanger"].target.start:].startswith("boulanger")
    assert by_quote["pigeons"].status == AnchorStatus.ORPHAN  # kept, not dropped
    assert by_quote["English reads"].status == AnchorStatus.ORPHAN  # no English any more


@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b'{"type": "Something"}', "not a W3C"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    (b"42", "does not contain"),
])
def test_import_bad_files_give_reader_messages(tmp_path, sample_doc, content, message) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(AnnotationImportError, match=message):
        import_collection(read_collection_file(path), 7, sample_doc.plain, {}, {})


def test_import_refuses_huge_and_missing_files(tmp_path, monkeypatch) -> None:
    import visavis.core.annotations.jsonld_import as mod
    monkeypatch.setattr(mod, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.json"
    big.write_text("[" + " " * 200 + "]")
    with pytest.raises(AnnotationImportError, match="too large"):
        read_collection_file(big)
    with pytest.raises(AnnotationImportError, match="could not be read"):
        read_collection_file(tmp_path / "missing.json")


def test_text_exports_refuse_bad_destinations(annotated, tmp_path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_markdown(annotated, tmp_path / "nope" / "a.md")
    with pytest.raises(ExportError, match="folder"):
        export_jsonld(annotated, tmp_path)
