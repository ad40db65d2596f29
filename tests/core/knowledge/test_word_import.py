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
