from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from visavis.core.glossary import DICTIONARY_CREDIT
from visavis.core.glossary.dictionary import Dictionary, DictionaryError
from visavis.core.glossary.lemmas import lookup_keys
from visavis.core.platform.resources import resource_path

from .conftest import FIXTURE_ENTRIES, load_build_script, write_dictd


def test_build_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    build = load_build_script().build
    index, dict_path = write_dictd(tmp_path, FIXTURE_ENTRIES)
    first, second = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    assert build(index, dict_path, first) == len(FIXTURE_ENTRIES)
    build(index, dict_path, second)
    assert first.read_bytes() == second.read_bytes()


def test_gzip_dict_gives_the_same_database(tmp_path: Path) -> None:
    build = load_build_script().build
    plain_dir, gz_dir = tmp_path / "plain", tmp_path / "gz"
    plain_dir.mkdir()
    gz_dir.mkdir()
    build(*write_dictd(plain_dir, FIXTURE_ENTRIES), tmp_path / "plain.sqlite")
    build(*write_dictd(gz_dir, FIXTURE_ENTRIES, gzip_dict=True), tmp_path / "gz.sqlite")
    assert (tmp_path / "plain.sqlite").read_bytes() == (tmp_path / "gz.sqlite").read_bytes()


def test_built_rows_hold_headword_keys_pos_gender_and_senses(fixture_dictionary_path: Path) -> None:
    con = sqlite3.connect(fixture_dictionary_path)
    rows = con.execute("SELECT headword, key, plain_key, pos, gender, senses FROM entries"
                       " WHERE headword IN ('élève', 'jeune pousse', 'mettre', 'aujourd''hui')"
                       " ORDER BY id").fetchall()
    con.close()
    assert rows == [
        ("aujourd'hui", "aujourd'hui", "aujourd'hui", "adv", "", '["today"]'),
        ("jeune pousse", "jeune pousse", "jeune pousse", "n", "f", '["start-up company"]'),
        ("mettre", "mettre", "mettre", "v", "", '["put", "place", "put on", "set"]'),
        ("élève", "élève", "eleve", "n", "", '["pupil"]'),
    ]


def test_bundled_dictionary_loads_and_finds_words_through_lemmas(
        bundled_dictionary: Dictionary) -> None:
    assert len(bundled_dictionary) > 8000
    assert resource_path("dictionary", "fr-en.sqlite").stat().st_size < 3_000_000
    cheval = bundled_dictionary.find(lookup_keys("chevaux"))
    assert cheval[0].headword == "cheval" and cheval[0].gender == "m"
    assert "recruit" in bundled_dictionary.find(lookup_keys("Recrutées"))[0].senses[0]
    assert len(bundled_dictionary.multiword_entries()) > 500


def test_accent_stripped_key_is_the_last_resort(fixture_dictionary: Dictionary) -> None:
    assert fixture_dictionary.find(["eleve"])[0].headword == "élève"
    assert fixture_dictionary.find(["xyzzy"]) == []


def test_missing_dictionary_gives_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="missing"):
        Dictionary.load(tmp_path / "nowhere.sqlite")


def test_damaged_dictionary_gives_a_clear_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DictionaryError, match="damaged"):
        Dictionary.load(broken)


def test_credit_names_freedict_and_its_licence() -> None:
    assert "FreeDict" in DICTIONARY_CREDIT and "version 2 or later" in DICTIONARY_CREDIT
    readme = resource_path("dictionary", "README.md").read_text(encoding="utf-8")
    assert "GPL-2+" in readme and "dict-freedict-fra-eng" in readme
