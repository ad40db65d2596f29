"""``visavis library ...`` sub-commands (run in-process through the real entry point)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from visavis.app import main
from visavis.core.platform import paths
from visavis.core.store.library import Library


@pytest.fixture
def stocked() -> list[int]:
    with Library.open() as lib:
        ids = [lib.articles.add("La rentrée", "Les élèves retournent à l'école."),
               lib.articles.add("Météo", "La pluie reviendra dimanche.")]
        lib.tags.add(ids[0], "École")
        lib.articles.set_scroll(ids[0], 0.25)
    return ids


def test_list_shows_titles_progress_and_tags(stocked: list[int], capsys: pytest.CaptureFixture) -> None:
    assert main(["library", "list"]) == 0
    out = capsys.readouterr().out
    assert "La rentrée" in out and "Météo" in out and "25% read" in out and "tags: École" in out
    assert main(["library", "list", "--tag", "école", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["title"] for d in data] == ["La rentrée"]


def test_search_marks_matches_and_reports_no_match(stocked: list[int],
                                                   capsys: pytest.CaptureFixture) -> None:
    assert main(["library", "search", "ecole"]) == 0
    out = capsys.readouterr().out
    assert "La rentrée" in out and "[école]" in out
    assert main(["library", "search", "NEAR(", '"', "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["library", "search", "introuvable"]) == 1
    assert "No article matches" in capsys.readouterr().err


def test_export_then_import_into_another_library(stocked: list[int], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture) -> None:
    archive = tmp_path / "save.zip"
    assert main(["library", "export", str(archive)]) == 0
    other = tmp_path / "other.sqlite3"
    assert main(["library", "--library", str(other), "import", str(archive)]) == 0
    assert "Restored 2 articles" in capsys.readouterr().out
    assert main(["library", "--library", str(other), "import", str(archive)]) == 0
    assert "Restored 0 articles (2 were already" in capsys.readouterr().out


def test_errors_are_reader_facing(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_text("nope")
    assert main(["library", "import", str(bad)]) == 2
    assert "not a Vis-à-vis library backup" in capsys.readouterr().err
    paths.library_path().write_bytes(b"garbage, not sqlite")
    assert main(["library", "list"]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and paths.library_path().read_bytes() == b"garbage, not sqlite"
