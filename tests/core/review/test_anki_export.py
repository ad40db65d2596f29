"""The exported .apkg as the real Anki library (``anki`` on PyPI) imports it."""

from __future__ import annotations

from pathlib import Path

import pytest

from visavis.core.glossary.reader_glossary import ReaderGlossary
from visavis.core.knowledge import TermStatus
from visavis.core.review.anki_export import (
    FIELDS,
    StatusFilterError,
    export_anki,
    parse_statuses,
)
from visavis.core.review.status_rules import KNOWN, LEARNING_2, NEW

anki_collection = pytest.importorskip("anki.collection")


def import_into(collection_path: Path, package: Path):  # type: ignore[no-untyped-def]
    """Import ``package`` into the collection at ``collection_path`` with Anki's own
    default options (update notes if newer); return the import log."""
    col = anki_collection.Collection(str(collection_path))
    try:
        options = col._backend.get_import_anki_package_presets()
        response = col.import_anki_package(anki_collection.ImportAnkiPackageRequest(
            package_path=str(package), options=options))
        return response.log
    finally:
        col.close()


def rendered_cards(collection_path: Path) -> dict[str, tuple[str, str]]:
    """{term: (question HTML, answer HTML)} as Anki renders each card."""
    col = anki_collection.Collection(str(collection_path))
    try:
        out = {}
        for note_id in col.find_notes(""):
            note = col.get_note(note_id)
            (card,) = note.cards()
            out[note["Term"]] = (card.question(), card.answer())
        return out
    finally:
        col.close()


def notes_of(collection_path: Path) -> list[dict[str, str]]:
    col = anki_collection.Collection(str(collection_path))
    try:
        found = []
        for note_id in col.find_notes(""):
            note = col.get_note(note_id)
            fields = dict(note.items())
            fields["_type"] = note.note_type()["name"]
            fields["_cards"] = str(len(note.cards()))
            fields["_guid"] = note.guid
            found.append(fields)
        return sorted(found, key=lambda f: f["Term"])
    finally:
        col.close()


def test_anki_imports_the_deck_with_every_field(reading_library, tmp_path):
    out = tmp_path / "review.apkg"
    assert export_anki(reading_library, out, timestamp=1_800_000_000) == 2
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    log = import_into(collection, out)
    assert len(log.new) == 2 and not log.updated and not log.duplicate
    jeunes, recrutees = notes_of(collection)
    assert list(recrutees)[:len(FIELDS)] == FIELDS
    assert recrutees["_type"] == "Vis-à-vis reading card" and recrutees["_cards"] == "1"
    assert recrutees["Cloze"] == ("Les start-up {{c1::recrutées}} cette année sont des jeunes"
                                  " pousses.")
    assert recrutees["French sentence"].startswith('Les start-up <b class="term">recrutées</b>')
    assert recrutees["English sentence"] == ('The start-ups <b class="aligned">recruited</b>'
                                             ' this year are young shoots.')
    assert (recrutees["Term"], recrutees["Lemma"]) == ("recrutées", "recruter")
    assert recrutees["Senses"] == "recruited"
    assert recrutees["Article title"] == "Les jeunes pousses"
    assert "{{c1::jeunes pousses}}" in jeunes["Cloze"]
    assert jeunes["Note"] == "a calque of &#x27;start-up&#x27;" or jeunes["Note"] == \
        "a calque of 'start-up'"
    assert "young shoots" in jeunes["English sentence"]
    question, answer = rendered_cards(collection)["recrutées"]
    assert "recrutées" not in question and "[...]" in question  # Anki's cloze blank
    assert "The start-ups" in question  # the English sentence is the clue
    assert "recrutées" in answer and "recruter" in answer and "Les jeunes pousses" in answer


def test_reimport_updates_notes_instead_of_duplicating(reading_library, tmp_path):
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    first = tmp_path / "first.apkg"
    export_anki(reading_library, first, timestamp=1_800_000_000)
    import_into(collection, first)
    guids = {n["Term"]: n["_guid"] for n in notes_of(collection)}

    glossary = ReaderGlossary(reading_library)
    glossary.add("recrutées", "hired", "changed after the first export")
    second = tmp_path / "second.apkg"
    export_anki(reading_library, second, timestamp=1_800_000_100)
    log = import_into(collection, second)
    assert len(log.updated) == 2 and not log.new  # newer package: both notes updated in place
    notes = notes_of(collection)
    assert len(notes) == 2 and {n["Term"]: n["_guid"] for n in notes} == guids
    recrutees = next(n for n in notes if n["Term"] == "recrutées")
    assert recrutees["Senses"] == "hired" and recrutees["Note"] == "changed after the first export"
    log = import_into(collection, second)  # the same file again: nothing new
    assert not log.new and len(notes_of(collection)) == 2


def test_status_filter_chooses_the_terms(reading_library, tmp_path):
    for key, status in (("recruter", KNOWN), ("jeune pousse", LEARNING_2), ("cheval", NEW)):
        reading_library.word_status.set(key, TermStatus(status))
    out = tmp_path / "deck.apkg"
    assert export_anki(reading_library, out, parse_statuses("learning")) == 1
    assert export_anki(reading_library, out, parse_statuses("new")) == 1  # cheval, no sentence
    assert export_anki(reading_library, out, parse_statuses("known,learning")) == 2
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    export_anki(reading_library, out, parse_statuses("new"))
    import_into(collection, out)
    (cheval,) = notes_of(collection)
    assert cheval["Cloze"] == "{{c1::cheval}}" and cheval["_cards"] == "1"
    assert cheval["French sentence"] == '<b class="term">cheval</b>'


def test_a_term_met_nowhere_gets_its_english_as_the_blank_hint(library, tmp_path):
    ReaderGlossary(library).add("cheval", "horse")
    out = tmp_path / "deck.apkg"
    export_anki(library, out)
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    import_into(collection, out)
    (cheval,) = notes_of(collection)
    assert cheval["Cloze"] == "{{c1::cheval::horse}}" and cheval["_cards"] == "1"


def test_nothing_to_export_writes_no_file(library, tmp_path):
    out = tmp_path / "empty.apkg"
    assert export_anki(library, out) == 0
    assert not out.exists()


@pytest.mark.parametrize("text", ["", "nwe", "new,,bogus", " , "])
def test_bad_status_lists_are_refused_clearly(text):
    with pytest.raises(StatusFilterError, match="status"):
        parse_statuses(text)


def test_a_failed_export_leaves_the_previous_deck_untouched(reading_library, tmp_path,
                                                            monkeypatch):
    import genanki

    folder = tmp_path / "decks"
    folder.mkdir()
    out = folder / "deck.apkg"
    out.write_bytes(b"the deck exported last week")

    def broken(self, file, timestamp=None):  # type: ignore[no-untyped-def]
        Path(file).write_bytes(b"half a deck")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(genanki.Package, "write_to_file", broken)
    with pytest.raises(OSError, match="No space"):
        export_anki(reading_library, out)
    assert out.read_bytes() == b"the deck exported last week"
    assert sorted(p.name for p in folder.iterdir()) == ["deck.apkg"]  # no .part left
