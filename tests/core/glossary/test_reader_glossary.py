from __future__ import annotations

import csv
import sqlite3
import zipfile
from pathlib import Path

import pytest

from visavis.core.glossary.dictionary import Dictionary
from visavis.core.glossary.glossary_export import bold_term, export_anki, export_csv
from visavis.core.glossary.reader_glossary import GlossaryEntryError, ReaderGlossary
from visavis.core.glossary.terms import Glossary


def test_add_list_get_and_lemma_key(glossary_db) -> None:  # type: ignore[no-untyped-def]
    repo = ReaderGlossary(glossary_db)
    entry = repo.add("Jeunes pousses", "start-ups", "Quebec usage", context="Les jeunes pousses.")
    assert entry.lemma_key == "jeune pousse"
    assert entry.created_at == entry.updated_at
    assert repo.list() == [entry]
    assert repo.get(entry.id) == entry
    assert repo.find_term("jeune pousse") == entry


def test_adding_the_same_term_again_updates_it(glossary_db) -> None:  # type: ignore[no-untyped-def]
    repo = ReaderGlossary(glossary_db)
    first = repo.add("cheval", "horse")
    second = repo.add("chevaux", "steed", "plural seen")
    assert second.id == first.id and second.english == "steed" and second.note == "plural seen"
    assert len(repo.list()) == 1


def test_edit_delete_and_search(glossary_db) -> None:  # type: ignore[no-untyped-def]
    repo = ReaderGlossary(glossary_db)
    a = repo.add("offre", "offer", "job offer")
    b = repo.add("prime à la signature", "signing bonus")
    repo.update(a.id, note="a job offer, 100% sure")
    assert repo.get(a.id).note == "a job offer, 100% sure"
    assert [e.id for e in repo.search("BONUS")] == [b.id]
    assert [e.id for e in repo.search("100%")] == [a.id]  # LIKE wildcards are literal
    assert repo.search("_") == []
    with pytest.raises(GlossaryEntryError, match="already in your glossary"):
        repo.update(b.id, term="offres")
    repo.delete(a.id)
    assert [e.id for e in repo.list()] == [b.id]
    with pytest.raises(KeyError):
        repo.get(a.id)


@pytest.mark.parametrize("term", ["", "   ", "😀 !", "x" * 300])
def test_bad_terms_are_refused_with_a_message(glossary_db, term: str) -> None:  # type: ignore[no-untyped-def]
    repo = ReaderGlossary(glossary_db)
    with pytest.raises(GlossaryEntryError):
        repo.add(term, "x")
    assert repo.list() == []


def test_entries_survive_reopening_the_database(tmp_path: Path, glossary_db) -> None:  # type: ignore[no-untyped-def]
    ReaderGlossary(glossary_db).add("embaucher", "hire")
    glossary_db.close()
    con = sqlite3.connect(tmp_path / "library.sqlite3")
    assert con.execute("SELECT term, english FROM glossary_entries").fetchall() == [
        ("embaucher", "hire")]
    con.close()


def test_csv_export(tmp_path: Path, glossary_db, fixture_dictionary: Dictionary) -> None:  # type: ignore[no-untyped-def]
    repo = ReaderGlossary(glossary_db)
    repo.add("cheval", "horse", "=SUM(A1)", context="Un cheval blanc.")
    repo.add("jeune pousse", "start-up")
    out = tmp_path / "glossary.csv"
    assert export_csv(repo.list(), out, Glossary(fixture_dictionary, repo.list())) == 2
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["term"] for r in rows] == ["cheval", "jeune pousse"]
    assert rows[0]["senses"] == "horse" and rows[0]["note"] == "'=SUM(A1)"
    assert rows[0]["context"] == "Un cheval blanc."
    assert rows[1]["senses"] == "start-up company"
    assert not list(tmp_path.glob("*.part"))


def test_anki_export_front_bolds_the_term_in_context(
        tmp_path: Path, glossary_db, fixture_dictionary: Dictionary) -> None:  # type: ignore[no-untyped-def]
    repo = ReaderGlossary(glossary_db)
    entry = repo.add("jeune pousse", "start-up", "<informal>",
                     context="Deux jeunes pousses & un géant.")
    glossary = Glossary(fixture_dictionary, repo.list())
    assert bold_term(entry.context, entry, glossary) == \
        "Deux <b>jeunes pousses</b> &amp; un géant."
    out = tmp_path / "deck.apkg"
    assert export_anki(repo.list(), out, glossary) == 1
    with zipfile.ZipFile(out) as z, z.open("collection.anki2") as db_file:
        (tmp_path / "col.sqlite").write_bytes(db_file.read())
    con = sqlite3.connect(tmp_path / "col.sqlite")
    fields = con.execute("SELECT flds FROM notes").fetchone()[0].split("\x1f")
    con.close()
    assert fields == ["jeune pousse", "Deux <b>jeunes pousses</b> &amp; un géant.", "start-up",
                      "&lt;informal&gt;", "start-up company"]
