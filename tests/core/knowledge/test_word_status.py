from __future__ import annotations

import pytest

from visavis.core.knowledge.statuses import TermStatus
from visavis.core.store.library import Library


def test_get_set_and_history(library: Library) -> None:
    ws = library.word_status
    assert ws.get("chat") == TermStatus.UNKNOWN
    assert ws.set("chat", TermStatus.NEW, when="2026-01-01T10:00:00.000000Z") is None
    assert ws.set("Chat", TermStatus.KNOWN, when="2026-01-02T10:00:00.000000Z") == TermStatus.NEW
    assert ws.get("chat") == TermStatus.KNOWN
    changes = ws.history("chat")
    assert [(c.old_status, c.new_status) for c in changes] == [
        (None, TermStatus.NEW), (TermStatus.NEW, TermStatus.KNOWN)]
    assert changes[0].changed_at.startswith("2026-01-01")


def test_a_form_can_have_its_own_status(library: Library) -> None:
    ws = library.word_status
    ws.set("recruter", TermStatus.KNOWN)
    ws.set("recruter", TermStatus.LEARNING_1, form="recrutées")
    assert ws.get("recruter", form="recrutées") == TermStatus.LEARNING_1
    assert ws.get("recruter", form="recrute") == TermStatus.KNOWN
    assert ws.get("recruter") == TermStatus.KNOWN
    found = ws.get_many(["recruter", ("recruter", "recrutées"), "absent"])
    assert found == {"recruter": TermStatus.KNOWN, ("recruter", "recrutées"): TermStatus.LEARNING_1}
    assert ws.counts()[TermStatus.KNOWN] == 1  # forms are not terms


def test_multiword_terms(library: Library) -> None:
    library.word_status.set("jeune pousse", TermStatus.LEARNING_2)
    assert library.word_status.get("jeune  pousse") == TermStatus.LEARNING_2
    assert library.word_status.multiword_statuses() == {"jeune pousse": TermStatus.LEARNING_2}


def test_set_many_and_undo(library: Library) -> None:
    ws = library.word_status
    ws.set("chat", TermStatus.NEW)
    previous = ws.set_many([("chat", TermStatus.KNOWN), ("chien", TermStatus.KNOWN),
                            ("chat", TermStatus.IGNORED)])
    assert {p.lemma: p.status for p in previous} == {"chat": TermStatus.NEW, "chien": None}
    ws.restore(previous)
    assert ws.get("chat") == TermStatus.NEW
    assert ws.explicit("chien") is None
    assert ws.history("chien")[-1].new_status is None


def test_unchanged_status_is_not_recorded(library: Library) -> None:
    library.word_status.set("chat", TermStatus.KNOWN)
    assert library.word_status.set_many([("chat", TermStatus.KNOWN)]) == []
    assert len(library.word_status.history("chat")) == 1


def test_bad_input(library: Library) -> None:
    with pytest.raises(ValueError, match="needs a word"):
        library.word_status.set("  ", TermStatus.KNOWN)
    with pytest.raises(ValueError):
        library.word_status.set("chat", 9)
    assert library.word_status.explicit("chat") is None


def test_statuses_survive_reopening(library: Library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    library.word_status.set("chat", TermStatus.KNOWN)
    path = library.path
    library.close()
    with Library.open(path) as again:
        assert again.word_status.get("chat") == TermStatus.KNOWN
