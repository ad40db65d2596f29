from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from visavis.core.glossary import DICTIONARY_CREDIT
from visavis.core.glossary.dictionary import Dictionary, DictionaryError
from visavis.core.glossary.lemmas import lookup_keys
from visavis.core.platform.resources import resource_path

from .conftest import (
    FIXTURE_ENTRIES,
    WIKTIONARY_ARTICLES,
    WIKTIONARY_FORMS,
    load_build_script,
    write_dictd,
    write_stardict,
)


def _merged(tmp_path: Path, name: str = "merged.sqlite") -> Path:
    build = load_build_script().build
    index, dict_path = write_dictd(tmp_path, FIXTURE_ENTRIES)
    archive = write_stardict(tmp_path, WIKTIONARY_ARTICLES, WIKTIONARY_FORMS)
    supplement = tmp_path / "supplement.tsv"
    supplement.write_text("# ours\ns'élever\tv\t\tto rise, to amount to | (of a voice) to rise up\n",
                          encoding="utf-8")
    output = tmp_path / name
    build(index, dict_path, output, supplement, archive)
    return output


def test_build_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    first = _merged(tmp_path, "one.sqlite").read_bytes()
    assert _merged(tmp_path, "two.sqlite").read_bytes() == first


def test_gzip_dict_gives_the_same_entries(tmp_path: Path) -> None:
    build = load_build_script().build
    plain_dir, gz_dir = tmp_path / "plain", tmp_path / "gz"
    plain_dir.mkdir()
    gz_dir.mkdir()
    build(*write_dictd(plain_dir, FIXTURE_ENTRIES), tmp_path / "plain.sqlite")
    build(*write_dictd(gz_dir, FIXTURE_ENTRIES, gzip_dict=True), tmp_path / "gz.sqlite")
    rows = []
    for name in ("plain.sqlite", "gz.sqlite"):
        con = sqlite3.connect(tmp_path / name)
        rows.append(con.execute("SELECT * FROM entries ORDER BY id").fetchall())
        con.close()
    assert rows[0] == rows[1] and len(rows[0]) == len(FIXTURE_ENTRIES)


def test_merge_keeps_wiktionary_senses_labels_freedict_gender_and_our_entries(
        tmp_path: Path) -> None:
    con = sqlite3.connect(_merged(tmp_path))
    rows = {(r[0], r[1]): r[2:] for r in con.execute(
        "SELECT h.key, e.pos, e.gender, e.senses, e.labels, e.source, h.pron FROM entries e"
        " JOIN headwords h ON h.id = e.headword_id")}
    forms = set(con.execute("SELECT f.form, h.key FROM forms f JOIN headwords h"
                            " ON h.id = f.headword_id"))
    meta = dict(con.execute("SELECT name, value FROM meta"))
    con.close()
    gender, senses, labels, source, _ = rows[("courriel", "n")]
    assert json.loads(senses) == ["email"] and json.loads(labels) == ["Internet, Quebec"]
    assert source == "wiktionary"
    assert json.loads(rows[("d'ailleurs", "adv")][1]) == ["from elsewhere", "besides, moreover"]
    # FreeDict's pronunciation and gender go to the Wiktionary headword
    assert rows[("cheval", "n")][0] == "m" and rows[("cheval", "n")][4] == "ʃəval"
    # FreeDict entries for keys Wiktionary lacks are kept; ours are there
    assert ("mettre", "v") in rows and rows[("s'élever", "v")][3] == "supplement"
    assert json.loads(rows[("s'élever", "v")][2]) == ["", "of a voice"]
    assert ("élève", "élever") in forms and ("chevaux", "cheval") in forms
    assert len(meta["wiktionary_sha256"]) == 64 and meta["forms"] == str(len(forms))


def test_supplement_with_a_bad_line_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("headword only\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.tsv:1"):
        load_build_script().read_supplement(bad)


def test_queries_on_demand(tmp_path: Path) -> None:
    dictionary = Dictionary.load(_merged(tmp_path))
    assert dictionary.headwords_of_form("élèves") == ("élève",)
    assert set(dictionary.headwords_of_form("est")) == {"être"}
    assert dictionary.find(["eleve"])[0].headword == "élève"  # accent-free key, last resort
    assert dictionary.find(["xyzzy"]) == []
    assert dictionary.has_prefix("s'élev") and not dictionary.has_prefix("zzz")


def test_bundled_dictionary_is_wiktionary_scale_and_ready_fast() -> None:
    start = time.perf_counter()
    dictionary = Dictionary.load()
    dictionary.find(["cheval"])
    assert time.perf_counter() - start < 0.5  # budget 50 ms; loose for a loaded CI machine
    assert len(dictionary) > 80_000 and dictionary.multiword_count() > 10_000
    assert resource_path("dictionary", "fr-en.sqlite").stat().st_size < 40_000_000
    cheval = dictionary.find(lookup_keys("chevaux"))
    assert cheval[0].headword == "cheval" and cheval[0].gender == "m"
    assert "recruit" in dictionary.find(lookup_keys("Recrutées"))[0].senses[0]
    for word in ("données", "utiliser", "libre", "logiciel", "algorithme", "rémunération",
                 "escalade", "PDG", "courriel"):
        assert dictionary.find(lookup_keys(word)), word


def test_each_thread_gets_its_own_read_only_connection() -> None:
    import threading

    dictionary = Dictionary.load()
    found: list[bool] = []
    thread = threading.Thread(target=lambda: found.append(bool(dictionary.find(["livre"]))))
    thread.start()
    thread.join()
    assert found == [True]
    with pytest.raises(sqlite3.OperationalError):
        dictionary._con().execute("DELETE FROM meta")


def test_missing_dictionary_gives_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="missing"):
        Dictionary.load(tmp_path / "nowhere.sqlite")


def test_damaged_dictionary_gives_a_clear_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DictionaryError, match="damaged"):
        Dictionary.load(broken)


def test_credit_names_both_sources_and_their_licences() -> None:
    assert "Wiktionary" in DICTIONARY_CREDIT and "CC BY-SA 3.0" in DICTIONARY_CREDIT
    assert "FreeDict" in DICTIONARY_CREDIT and "version 2 or later" in DICTIONARY_CREDIT
    readme = resource_path("dictionary", "README.md").read_text(encoding="utf-8")
    assert "GPL-2+" in readme and "dict-freedict-fra-eng" in readme
    assert "86a5f3c7e4734ec1cb0013fa32486cfb1c962b7b331b850d0b8a60d71f01f026" in readme
