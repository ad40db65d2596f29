"""Counts in printed messages agree with their number ("1 note", never "1 notes")."""

from __future__ import annotations

import pytest

from visavis.core.store.library import Library
from visavis.core.wording import count


def test_count_agrees_with_its_number() -> None:
    assert count(0, "note") == "0 notes"
    assert count(1, "note") == "1 note"
    assert count(2, "highlight") == "2 highlights"
    assert count(1, "entry", "entries") == "1 entry" and count(5, "entry", "entries") == "5 entries"


def test_library_list_says_1_highlight_and_1_note(tmp_path, monkeypatch, capsys: pytest.CaptureFixture) -> None:  # type: ignore[no-untyped-def]
    from visavis.cli import run_command
    from visavis.core.annotations.model import Annotation, Side, quote_target
    from visavis.core.annotations.repository import library_annotations

    path = tmp_path / "library.sqlite3"
    monkeypatch.setenv("VISAVIS_LIBRARY", str(path))
    with Library.open(path) as library:
        article_id = library.articles.add("Un titre", "Une phrase assez longue pour un surlignage.\n")
        plain = "Une phrase assez longue pour un surlignage."
        library_annotations(library).save(Annotation(
            article_id=article_id, side=Side.FRENCH, colour="yellow", note="Une note.",
            target=quote_target(plain, 4, 10), reading_pos=4))
    assert run_command("library", ["list"]) == 0
    out = capsys.readouterr().out
    assert "1 highlight, 1 note" in out and "1 highlights" not in out and "1 notes" not in out
