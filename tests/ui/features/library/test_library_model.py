"""Library table model and proxy: display, raw sort values, tag filter, search snippets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from visavis.core.store.listing import ArticleSummary
from visavis.core.store.search import MATCH_END, MATCH_START, SearchHit
from visavis.ui.features.library.library_model import (
    ADDED,
    ARTICLE_ID_ROLE,
    HTML_ROLE,
    MARKS,
    MATCH,
    READ,
    SORT_ROLE,
    TAGS,
    TITLE,
    LibraryFilterProxy,
    LibraryTableModel,
    local_date,
    marked_to_html,
)


def _summary(i: int, title: str, **kw: object) -> ArticleSummary:
    base = dict(id=i, title=title, origin=None, created_at=f"2026-01-0{i}T10:00:00.000000Z",
                opened_at=None, updated_at="x", scroll_fraction=0.0)
    base.update(kw)
    return ArticleSummary(**base)  # type: ignore[arg-type]


ROWS = [
    _summary(1, "Zèbre", scroll_fraction=0.5, read_fraction=0.5, tags=("Animaux",), highlight_count=3, note_count=1),
    _summary(2, "avion", scroll_fraction=0.1, read_fraction=0.1, tags=("Transport", "animaux")),
    _summary(3, "Bateau <b>", scroll_fraction=1.0, read_fraction=1.0),
]


def test_display_and_roles(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = LibraryTableModel()
    model.set_rows(ROWS)
    assert model.rowCount() == 3
    assert model.index(0, TITLE).data() == "Zèbre"
    assert model.index(0, READ).data() == "50 %"
    assert model.index(0, MARKS).data() == "3 · 1 notes"
    assert model.index(1, TAGS).data() == "Transport, animaux"
    assert model.index(1, 0).data(ARTICLE_ID_ROLE) == 2
    assert model.index(2, TITLE).data(HTML_ROLE) == "Bateau &lt;b&gt;"  # escaped
    assert model.index(0, ADDED).data() == local_date("2026-01-01T10:00:00.000000Z")


def test_proxy_sorts_on_raw_values_and_filters_by_tag(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = LibraryTableModel()
    model.set_rows(ROWS)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(3)] == [2, 3, 1]
    proxy.sort(READ, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(3)] == [3, 1, 2]
    proxy.set_tag("ANIMAUX")
    assert sorted(proxy.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(proxy.rowCount())) == [1, 2]
    proxy.set_tag(None)
    assert proxy.rowCount() == 3


def test_search_hits_keep_rank_order_and_bold_matches(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = LibraryTableModel()
    hits = [SearchHit(3, f"{MATCH_START}Bateau{MATCH_END}", f"un {MATCH_START}bateau{MATCH_END} <x>", -2.0),
            SearchHit(1, "Zèbre", f"… le {MATCH_START}bateau{MATCH_END}", -1.0)]
    model.set_rows(ROWS, hits)
    assert model.is_search() and model.rowCount() == 2
    assert [model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(2)] == [3, 1]
    assert model.index(0, MATCH).data(HTML_ROLE) == "un <b>bateau</b> &lt;x&gt;"
    assert model.index(0, TITLE).data(HTML_ROLE) == "<b>Bateau</b>"
    assert model.index(0, MATCH).data() == "un bateau <x>"
    assert model.index(1, MATCH).data(SORT_ROLE) == 1


def test_marked_to_html_and_dates() -> None:
    assert marked_to_html(f"a & {MATCH_START}b{MATCH_END}") == "a &amp; <b>b</b>"
    assert local_date(None) == "" and local_date("garbage") == "garbage"


def test_titles_and_tags_sort_in_french_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    titles = ["Zèbre", "À la une", "école du soir", "Été indien", "abeille", "Œuvres", "Oasis",
              "Article 10", "Article 9"]
    model = LibraryTableModel()
    model.set_rows([_summary(i + 1, t, tags=(t,)) for i, t in enumerate(titles)])
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    expected = ["À la une", "abeille", "Article 9", "Article 10", "école du soir", "Été indien",
                "Oasis", "Œuvres", "Zèbre"]
    for column in (TITLE, TAGS):
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        shown = [titles[proxy.index(r, 0).data(ARTICLE_ID_ROLE) - 1] for r in range(len(titles))]
        assert shown == expected, column


def test_read_column_shows_progress_and_last_position(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = LibraryTableModel()
    model.set_rows([_summary(1, "Lu", scroll_fraction=0.1, read_fraction=1.0),
                    _summary(2, "Commencé", scroll_fraction=0.3, read_fraction=0.35)])
    assert model.index(0, READ).data() == "100 %"
    assert "10 %" in model.index(0, READ).data(Qt.ItemDataRole.ToolTipRole)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(READ, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(2)] == [1, 2]
