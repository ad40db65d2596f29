"""Articles repository: add/get/update/rename/reading position/duplicates/list."""

from __future__ import annotations

import pytest

from visavis.core.store.articles import ArticleNotFound, source_hash
from visavis.core.store.library import Library


def test_add_and_get_round_trip(library: Library) -> None:
    article_id = library.articles.add("Le titre", "# Titre\n\nUne phrase.", origin="https://ex.fr/a",
                                      source_format="markdown")
    rec = library.articles.get(article_id)
    assert (rec.id, rec.title, rec.source, rec.origin) == (
        article_id, "Le titre", "# Titre\n\nUne phrase.", "https://ex.fr/a")
    assert rec.language == "fr" and rec.source_format == "markdown"
    assert rec.opened_at is None and rec.scroll_fraction == 0.0 and rec.tags == ()
    assert rec.created_at == rec.updated_at and rec.created_at.endswith("Z")
    assert rec.source_hash == source_hash("# Titre\n\nUne phrase.")


def test_missing_article_raises(library: Library) -> None:
    with pytest.raises(ArticleNotFound):
        library.articles.get(42)
    with pytest.raises(ArticleNotFound):
        library.articles.rename(42, "x")
    with pytest.raises(ArticleNotFound):
        library.articles.set_scroll(42, 0.5)


def test_update_source_rename_touch_and_scroll(library: Library) -> None:
    article_id = library.articles.add("A", "Premier texte.")
    library.articles.update_source(article_id, "Second texte.")
    library.articles.rename(article_id, "  B  ")
    library.articles.touch_opened(article_id)
    library.articles.set_scroll(article_id, 0.42)
    rec = library.articles.get(article_id)
    assert rec.source == "Second texte." and rec.title == "B"
    assert rec.opened_at is not None and rec.updated_at >= rec.created_at
    assert rec.scroll_fraction == pytest.approx(0.42)
    assert rec.source_hash == source_hash("Second texte.")
    library.articles.set_scroll(article_id, 3.0)
    assert library.articles.get(article_id).scroll_fraction == 1.0
    with pytest.raises(ValueError):
        library.articles.rename(article_id, "   ")


def test_find_by_source_detects_duplicates_modulo_line_endings(library: Library) -> None:
    article_id = library.articles.add("A", "Ligne un.\nLigne deux.\n")
    assert library.articles.find_by_source("Ligne un.\r\nLigne deux.") == article_id
    assert library.articles.find_by_source_hash(source_hash("Ligne un.\nLigne deux.")) == article_id
    assert library.articles.find_by_source("Autre chose.") is None


def test_list_returns_summaries_newest_first(library: Library) -> None:
    first = library.articles.add("Premier", "un")
    second = library.articles.add("Second", "deux")
    library.articles.touch_opened(first)
    rows = library.articles.list()
    assert [r.id for r in rows] == [second, first]
    assert [r.id for r in library.articles.list(order="opened")][0] == first
    assert [r.title for r in library.articles.list(order="title")] == ["Premier", "Second"]
    assert [r.id for r in library.articles.list(limit=1, offset=1)] == [first]
    assert [r.id for r in library.articles.list(ids=[first])] == [first]
    assert library.articles.list(ids=[]) == []
    assert rows[0].highlight_count == 0 and rows[0].note_count == 0


def test_reading_progress_is_the_furthest_point_seen(library: Library) -> None:
    article_id = library.articles.add("Un long article", "# Titre\n\nUne phrase.\n")
    library.articles.set_scroll(article_id, 0.9, seen=1.0)   # read to the end
    library.articles.set_scroll(article_id, 0.1, seen=0.2)   # then went back up
    record = library.articles.get(article_id)
    assert record.scroll_fraction == 0.1 and record.read_fraction == 1.0
    (summary,) = library.articles.list()
    assert summary.scroll_fraction == 0.1 and summary.read_fraction == 1.0
    # without a 'seen' figure the position itself counts as read; never goes down
    other = library.articles.add("Autre", "Une autre phrase.\n")
    library.articles.set_scroll(other, 0.4)
    library.articles.set_scroll(other, 0.3)
    assert library.articles.get(other).read_fraction == 0.4
