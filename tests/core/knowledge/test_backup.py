"""Statuses, their history and reading sessions are reader data: backed up and merged once."""

from __future__ import annotations

from pathlib import Path

from visavis.core.knowledge.statuses import TermStatus
from visavis.core.store.library import Library


def test_backup_restore_merges_statuses_without_duplicates(library: Library, article_id: int,
                                                           tmp_path: Path) -> None:
    library.word_status.set("chat", TermStatus.KNOWN)
    library.word_status.set("recruter", TermStatus.LEARNING_1, form="recrutées")
    library.reading_log.record(article_id, 120, 60)
    archive = library.export_library(tmp_path / "backup.zip")
    for _ in range(2):  # restoring twice adds nothing the second time
        library.import_library(archive, merge=True)
    assert library.word_status.counts()[TermStatus.KNOWN] == 1
    assert len(library.word_status.history()) == 2
    assert len(library.reading_log.sessions()) == 1

    with Library.open(tmp_path / "other.sqlite3") as other:
        other.word_status.set("chien", TermStatus.NEW)
        report = other.import_library(archive, merge=True)
        assert report.articles_added == 1
        assert other.word_status.get("chat") == TermStatus.KNOWN
        assert other.word_status.get("recruter", form="recrutées") == TermStatus.LEARNING_1
        assert other.word_status.get("chien") == TermStatus.NEW
        assert other.reading_log.words_per_day() and other.reading_log.sessions()[0].article_id
        # derived counts are not copied: they are rebuilt, consistent with the merged statuses
        new_id = other.articles.ids()[0]
        assert other.article_figures.get(new_id) is None
        assert other.word_occurrences.index_missing() == 1
        assert other.article_figures.get(new_id).known_tokens == 1  # « chats »


def test_replace_restore_keeps_statuses(library: Library, article_id: int, tmp_path: Path) -> None:
    library.word_status.set("chat", TermStatus.KNOWN)
    archive = library.export_library(tmp_path / "backup.zip")
    library.word_status.set("chat", TermStatus.NEW)
    library.import_library(archive, merge=False)
    assert library.word_status.get("chat") == TermStatus.KNOWN
    library.word_occurrences.index_missing()
    assert library.article_figures.get(library.articles.ids()[0]).known_tokens == 1
