"""Annotations stored in the library: CRUD, reading order, notes index, reopening."""

from __future__ import annotations

import pytest

from visavis.core.annotations.model import AnchorStatus, Annotation, Side, quote_target
from visavis.core.annotations.repository import AnnotationRepository, library_annotations

TEXT = "Le chat dort. Le chien aboie fort dans la cour.\n\nLa pluie tombe sur les toits."


def _fr(article_id: int, word: str, colour: str = "yellow", note: str = "") -> Annotation:
    start = TEXT.index(word)
    return Annotation(article_id=article_id, side=Side.FRENCH, colour=colour, note=note,
                      target=quote_target(TEXT, start, start + len(word)), reading_pos=start)


def test_annotations_persist_across_reopening_the_library(open_db, add_article) -> None:
    db = open_db()
    article = add_article(db)
    repo = AnnotationRepository(db)
    pluie = _fr(article, "pluie", "blue", "rain — « la pluie »")
    english = Annotation(article_id=article, side=Side.ENGLISH, colour="green", note="",
                         target=quote_target("The dog barks loudly.", 4, 7, "s2"), reading_pos=14,
                         status=AnchorStatus.FUZZY)
    repo.save_many([pluie, _fr(article, "chat"), english])
    db.close()

    reopened = AnnotationRepository(open_db())
    listed = reopened.for_article(article)
    assert [a.target.exact for a in listed] == ["chat", "dog", "pluie"]  # reading order
    assert listed[2] == pluie
    assert listed[1] == english
    assert listed[1].target.sentence_id == "s2"


def test_update_and_delete(open_db, add_article) -> None:
    db = open_db()
    article, other = add_article(db), add_article(db, "Autre")
    repo = AnnotationRepository(db)
    ann = _fr(article, "chien")
    repo.save(ann)
    repo.save(_fr(other, "chat"))
    repo.save(ann.with_changes(colour="pink", note="dog"))
    got = repo.get(ann.id)
    assert got is not None and (got.colour, got.note) == ("pink", "dog")
    assert len(repo.for_article(article)) == 1
    repo.delete(ann.id)
    assert repo.get(ann.id) is None
    assert repo.for_article(article) == []
    assert len(repo.for_article(other)) == 1
    repo.delete("missing")  # no error


def test_notes_changes_reach_the_search_index_callback(open_db, add_article) -> None:
    db = open_db()
    article = add_article(db)
    calls: list[tuple[int, str]] = []
    repo = AnnotationRepository(db, on_notes_changed=lambda a, t: calls.append((a, t)))
    first = _fr(article, "chat", note="cat")
    repo.save(first)
    repo.save(_fr(article, "toits"))  # no note: the notes text does not change
    repo.save(_fr(article, "pluie", note="rain"))
    repo.delete(first.id)
    assert calls == [(article, "cat"), (article, "cat\n\nrain"), (article, "rain")]


def test_deleting_the_article_removes_its_annotations(open_db, add_article) -> None:
    db = open_db()
    article = add_article(db)
    repo = AnnotationRepository(db)
    repo.save(_fr(article, "chat"))
    with db.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (article,))
    assert repo.for_article(article) == []


def test_library_repository_makes_notes_searchable(open_db, add_article) -> None:
    library = open_db()
    article = add_article(library)
    repo = library_annotations(library)
    repo.save(_fr(article, "pluie", note="averse torrentielle"))
    assert [hit.article_id for hit in library.search_index.search("torrentielle")] == [article]


def test_a_note_and_its_search_index_are_saved_in_one_transaction(open_db, add_article) -> None:
    """A crash between the annotation's commit and the index update used to leave the note
    unsearchable for ever: now both are one transaction (all or nothing)."""
    db = open_db()
    article = add_article(db)

    def crash(article_id: int, text: str) -> None:
        raise KeyboardInterrupt  # the process dies while updating the index

    repo = AnnotationRepository(db, on_notes_changed=crash)
    ann = _fr(article, "pluie", note="averse")
    with pytest.raises(KeyboardInterrupt):
        repo.save(ann)
    assert repo.get(ann.id) is None  # rolled back with the index update
    good = library_annotations(db)
    good.save(ann)
    with pytest.raises(KeyboardInterrupt):
        repo.delete(ann.id)
    assert good.get(ann.id) is not None
    assert [h.article_id for h in db.search_index.search("averse")] == [article]


def test_notes_index_out_of_step_with_the_notes_is_repaired_on_open(open_db, add_article) -> None:
    db = open_db()
    article = add_article(db)
    AnnotationRepository(db).save(_fr(article, "pluie", note="averse"))  # index not told
    db.search_index.update_notes(article, "")
    db.close()
    reopened = open_db()
    assert [h.article_id for h in reopened.search_index.search("averse")] == [article]
