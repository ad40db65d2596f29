"""Review cards and their history travel with a library backup, without duplicates."""

from __future__ import annotations

from fsrs import Rating

from visavis.core.review import Reviewer
from visavis.core.review.store import ReviewStore
from visavis.core.store.library import Library


def test_backup_restores_cards_and_history_once(reading_library, clock, scheduler, tmp_path):
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler)
    for item in reviewer.queue():
        reviewer.grade(item, Rating.Good)
    clock.advance(minutes=10)
    for item in reviewer.queue():
        reviewer.grade(item, Rating.Good)
    source = ReviewStore(reading_library.database)
    archive = reading_library.export_library(tmp_path / "backup.zip")

    with Library.open(tmp_path / "other.sqlite3") as other:
        other.articles.add("Another article", "Un autre texte.")  # ids differ from the source
        other.import_library(archive)
        other.import_library(archive)  # twice: nothing doubles
        restored = ReviewStore(other.database)
        assert restored.count() == 2
        for key in ("recruter", "jeune pousse"):
            assert restored.get(key).due == source.get(key).due
            assert restored.get(key).stability == source.get(key).stability
            assert [(r.rating, r.reviewed_at, r.french) for r in restored.history(key)] == \
                [(r.rating, r.reviewed_at, r.french) for r in source.history(key)]
        # the log's article is the restored article, not whatever had the old id
        (article_id,) = {r.article_id for r in restored.history("recruter")}
        assert other.articles.get(article_id).title == "Les jeunes pousses"


def test_a_term_reviewed_in_both_libraries_keeps_this_librarys_card(reading_library, clock,
                                                                     scheduler, tmp_path):
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler)
    item = next(i for i in reviewer.queue() if i.term.term_key == "recruter")
    reviewer.grade(item, Rating.Easy)
    archive = reading_library.export_library(tmp_path / "backup.zip")

    with Library.open(tmp_path / "other.sqlite3") as other:
        from visavis.core.glossary.reader_glossary import ReaderGlossary

        ReaderGlossary(other).add("recrutées", "recruited", context="Elles sont recrutées.")
        mine = Reviewer(other, clock=clock, scheduler=scheduler)
        clock.advance(minutes=5)
        (own,) = mine.queue()
        mine.grade(own, Rating.Again)
        before = ReviewStore(other.database).get("recruter")
        other.import_library(archive)
        store = ReviewStore(other.database)
        after = store.get("recruter")
        assert (after.id, after.due, after.reps) == (before.id, before.due, before.reps)
        assert sorted(r.rating for r in store.history("recruter")) == [1, 4]  # both grades kept
        assert store.count() == 1
