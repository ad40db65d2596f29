from __future__ import annotations

import json

import pytest

from visavis.cli import run_command
from visavis.core.glossary.reader_glossary import ReaderGlossary
from visavis.core.platform import paths
from visavis.core.store.library import Library


def test_lookup_prints_lemma_entry_and_senses(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command("lookup", ["chevaux"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "cheval (noun, masculine)"
    assert "1. horse" in out


def test_lookup_json_of_a_multiword_term(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command("lookup", ["avaient", "l’air", "de", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["term"] == "avoir l'air de" and data["found"] is True
    assert data["senses"] == ["appear, look"]


def test_unknown_word_exits_1_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command("lookup", ["Zorglubtruc"]) == 1
    assert "not in the dictionary" in capsys.readouterr().out


def test_lookup_shows_the_readers_glossary(capsys: pytest.CaptureFixture[str]) -> None:
    with Library.open() as library:
        ReaderGlossary(library).add("licorne technologique", "tech unicorn", "valued over $1bn")
    assert run_command("lookup", ["licornes", "technologiques"]) == 0
    out = capsys.readouterr().out
    assert "your English: tech unicorn" in out and "your note: valued over $1bn" in out
    assert run_command("lookup", ["licornes", "technologiques", "--no-library"]) == 1


def test_damaged_library_falls_back_to_the_dictionary(capsys: pytest.CaptureFixture[str]) -> None:
    library_file = paths.library_path()
    library_file.write_bytes(b"garbage, not a database" * 50)
    assert run_command("lookup", ["offres"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("offre (noun, feminine)")
    assert "damaged" in captured.err
    assert library_file.read_bytes() == b"garbage, not a database" * 50  # left untouched


def test_lookup_with_context_applies_the_popup_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command("lookup", ["est", "--context", "Le projet est terminé."]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "être (verb)" and lines[1] == "  1. is"
    assert any(line.startswith("  also: est") for line in lines)


def test_lookup_context_json_and_reflexive(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command("lookup", ["s'élève", "--context", "Le montant s'élève à trois millions.",
                                  "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["term"] == "s'élever" and data["senses"][0] == "rises, amounts to"


def test_lookup_word_missing_from_the_context_is_refused(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert run_command("lookup", ["livre", "--context", "Le projet est terminé."]) == 2
    assert "not in the --context sentence" in capsys.readouterr().err
