from __future__ import annotations

from pathlib import Path

import genanki
import pytest

from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.word_import import WordImportError, import_file, read_terms, term_key
from visavis.core.store.library import Library


def test_term_keys() -> None:
    assert term_key("chats") == "chat"
    assert term_key("jeunes pousses") == "jeune pousse"
    assert term_key("l'homme") == "homme"
    assert term_key("la voiture") == "voiture"


def test_word_list(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "known.txt"
    path.write_text("# my words\nchats\n\nrecrutées\njeunes pousses\n", encoding="utf-8")
    report = import_file(library, path)
    assert report.added == 3
    assert library.word_status.get("chat") == TermStatus.KNOWN
    assert library.word_status.get("jeune pousse") == TermStatus.KNOWN


def test_lute_csv_keeps_what_the_reader_chose(library: Library, tmp_path: Path) -> None:
    library.word_status.set("chat", TermStatus.LEARNING_1)
    path = tmp_path / "lute.csv"
    path.write_text("term,parent,translation,language,tags,added,status\n"
                    "chat,,cat,French,,2024-01-01,99\n"
                    "chien,,dog,French,,2024-01-01,3\n"
                    "loup,,wolf,French,,2024-01-01,maybe\n", encoding="utf-8")
    report = import_file(library, path)
    assert (report.added, report.kept) == (1, 1)
    assert report.skipped == ["line 4: status 'maybe' not understood"]
    assert library.word_status.get("chat") == TermStatus.LEARNING_1
    assert library.word_status.get("chien") == TermStatus.LEARNING_2
    assert import_file(library, path, overwrite=True).changed == 1
    assert library.word_status.get("chat") == TermStatus.KNOWN


def test_headerless_csv(tmp_path: Path) -> None:
    path = tmp_path / "lingq.csv"
    path.write_text("maison;known\nvoiture;1\n", encoding="utf-8")
    terms, _ = read_terms(path)
    assert [(t.term, t.status) for t in terms] == [("maison", TermStatus.KNOWN),
                                                   ("voiture", TermStatus.NEW)]


def test_anki_deck_front_field(library: Library, tmp_path: Path) -> None:
    model = genanki.Model(1607392319, "Simple", fields=[{"name": "Front"}, {"name": "Back"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}])
    deck = genanki.Deck(2059400110, "Français")
    for front, back in [("<b>maisons</b>", "houses"), ("la&nbsp;voiture", "the car"), ("", "x")]:
        deck.add_note(genanki.Note(model=model, fields=[front, back]))
    path = tmp_path / "deck.apkg"
    genanki.Package(deck).write_to_file(str(path))
    report = import_file(library, path)
    assert report.added == 2
    assert library.word_status.get("maison") == TermStatus.KNOWN
    assert library.word_status.get("voiture") == TermStatus.KNOWN


@pytest.mark.parametrize("content,message", [
    (b"PK\x03\x04 broken", "is not an Anki deck"),
    (None, "There is no file"),
])
def test_bad_anki_files(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "deck.apkg"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(WordImportError, match=message):
        read_terms(path)


def test_binary_file_is_refused(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_bytes(b"\x00\x01\x02")
    with pytest.raises(WordImportError, match="not a text file"):
        import_file(library, path)
    assert sum(library.word_status.counts().values()) == 0


@pytest.fixture
def newest_deck(tmp_path: Path) -> Path:
    """A deck exported by Anki itself in its default (newest, zstd-compressed) format."""
    from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions

    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        deck = col.decks.id("Français")
        for front in ("maisons", "<i>la</i> voiture"):
            note = col.new_note(col.models.by_name("Basic"))
            note["Front"], note["Back"] = front, "…"
            col.add_note(note, deck)
        path = tmp_path / "newest.apkg"
        col.export_anki_package(out_path=str(path), limit=DeckIdLimit(deck), options=ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False, legacy=False))
    finally:
        col.close()
    import zipfile

    assert "collection.anki21b" in zipfile.ZipFile(path).namelist()
    return path


def test_newest_anki_format_with_the_zstandard_package(newest_deck: Path) -> None:
    pytest.importorskip("zstandard")
    terms, _ = read_terms(newest_deck)
    assert [t.term for t in terms] == ["maisons", "la voiture"]


def test_newest_anki_format_with_the_zstd_program(newest_deck: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import sys

    if shutil.which("zstd") is None:
        pytest.skip("no zstd program")
    monkeypatch.setitem(sys.modules, "zstandard", None)  # as if the package were not installed
    terms, _ = read_terms(newest_deck)
    assert [t.term for t in terms] == ["maisons", "la voiture"]


def test_newest_anki_format_without_zstd_says_what_to_do(newest_deck: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import sys

    monkeypatch.setitem(sys.modules, "zstandard", None)
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(WordImportError, match="Support older Anki versions"):
        read_terms(newest_deck)
