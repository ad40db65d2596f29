"""Undo/redo sequences over add, delete, colour and note edits."""

from __future__ import annotations

import pytest

from visavis.core.annotations.history import AnnotationHistory
from visavis.core.annotations.model import Annotation, Side, quote_target
from visavis.core.annotations.repository import AnnotationRepository

TEXT = "Il fait beau aujourd'hui sur la côte bretonne."


def _state(repo: AnnotationRepository, article: int) -> list[tuple[str, str, str]]:
    return [(a.target.exact, a.colour, a.note) for a in repo.for_article(article)]


def test_undo_redo_sequence(open_db, add_article) -> None:
    db = open_db()
    article = add_article(db)
    repo = AnnotationRepository(db)
    changes: list[tuple[object, object]] = []
    history = AnnotationHistory(repo, on_change=lambda old, new: changes.append((old, new)))
    beau = history.add(Annotation(article_id=article, side=Side.FRENCH, colour="yellow",
                                  target=quote_target(TEXT, 8, 12)))
    cote = history.add(Annotation(article_id=article, side=Side.FRENCH, colour="green",
                                  target=quote_target(TEXT, 32, 36), reading_pos=32))
    history.change_colour(beau.id, "pink")
    history.edit_note(cote.id, "coast")
    history.delete(beau.id)
    assert _state(repo, article) == [("côte", "green", "coast")]
    assert history.undo_label() == "Delete highlight"

    expected_back = [
        [("beau", "pink", ""), ("côte", "green", "coast")],
        [("beau", "pink", ""), ("côte", "green", "")],
        [("beau", "yellow", ""), ("côte", "green", "")],
        [("beau", "yellow", "")],
        [],
    ]
    for expected in expected_back:
        assert history.undo()
        assert _state(repo, article) == expected
    assert not history.undo() and not history.can_undo()

    for expected in reversed([[("côte", "green", "coast")], *expected_back[:-1]]):
        assert history.redo()
        assert _state(repo, article) == expected
    assert not history.redo()
    assert len(changes) == 15


def test_new_edit_clears_redo(open_db, add_article) -> None:
    db = open_db()
    article = add_article(db)
    repo = AnnotationRepository(db)
    history = AnnotationHistory(repo)
    ann = history.add(Annotation(article_id=article, side=Side.FRENCH, colour="yellow",
                                 target=quote_target(TEXT, 8, 12)))
    history.change_colour(ann.id, "blue")
    history.undo()
    assert history.can_redo()
    history.edit_note(ann.id, "nice")
    assert not history.can_redo()
    assert _state(repo, article) == [("beau", "yellow", "nice")]


def test_bad_edits_are_refused_without_changing_anything(open_db, add_article) -> None:
    db = open_db()
    article = add_article(db)
    repo = AnnotationRepository(db)
    history = AnnotationHistory(repo)
    ann = history.add(Annotation(article_id=article, side=Side.FRENCH, colour="yellow",
                                 target=quote_target(TEXT, 8, 12)))
    with pytest.raises(ValueError):
        history.change_colour(ann.id, "purple")
    with pytest.raises(KeyError):
        history.delete("nope")
    assert history.undo_label() == "Add highlight"
    assert _state(repo, article) == [("beau", "yellow", "")]
