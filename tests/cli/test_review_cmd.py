"""``visavis review due|export-anki`` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from visavis.app import main
from visavis.core.glossary.reader_glossary import ReaderGlossary
from visavis.core.store.library import Library


@pytest.fixture
def library_with_terms(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        article = lib.articles.add("Chevaux", "Le cheval court dans le pré.")
        glossary = ReaderGlossary(lib)
        glossary.add("cheval", "horse", article_id=article, context="Le cheval court dans le pré.")
        glossary.add("pré", "meadow", article_id=article, context="Le cheval court dans le pré.")
    return path


def test_due_counts_new_terms(library_with_terms: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["review", "--library", str(library_with_terms), "due"]) == 0
    assert capsys.readouterr().out.strip() == "2 to review now: 0 due, 2 new (2 terms under review)"
    assert main(["review", "--library", str(library_with_terms), "due", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"due": 0, "new": 2, "to_review": 2, "terms": 2}


def test_export_anki_writes_a_deck(library_with_terms: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "deck.apkg"
    assert main(["review", "--library", str(library_with_terms), "export-anki", str(out),
                 "--status", "new,learning"]) == 0
    assert capsys.readouterr().out.strip() == f"Exported 2 notes to {out}"
    assert out.stat().st_size > 0


@pytest.mark.parametrize(("argv", "message"), [
    (["export-anki", "deck.txt"], "should end in .apkg"),
    (["export-anki", "/no/such/folder/deck.apkg"], "does not exist"),
    (["export-anki", "deck.apkg", "--status", "lerning"], "unknown status « lerning »"),
])
def test_bad_arguments_get_one_clear_line(library_with_terms: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture, argv: list[str],
                                          message: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["review", "--library", str(library_with_terms), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "deck.apkg").exists()


def test_nothing_to_export_says_so(library_with_terms: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "deck.apkg"
    assert main(["review", "--library", str(library_with_terms), "export-anki", str(out),
                 "--status", "known"]) == 1
    assert "No terms with status known" in capsys.readouterr().out and not out.exists()


def test_an_unreadable_library_is_explained(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    assert main(["review", "--library", str(bad), "due"]) == 2
    assert "broken.sqlite3" in capsys.readouterr().err
    assert bad.read_bytes() == b"not a database at all" * 100
