"""Library columns "Known" and "New words", sortable, and the filter "I know ≥ 90 %"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from visavis.core.knowledge.statuses import TermStatus
from visavis.core.store.library import Library
from visavis.ui.features.library.library_model import KNOWN, NEW_WORDS
from visavis.ui.features.library.library_view import LibraryView


def test_known_share_columns_sort_and_filter(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    easy = library.articles.add("Facile", "Le chat dort. Le chat mange.")
    hard = library.articles.add("Difficile", "Le chat observe les perruches bavardes.")
    fresh = library.articles.add("Pas encore compté", "Un texte.")
    for article in (easy, hard):
        library.word_occurrences.index_article(article)
    library.word_status.set_many([(w, TermStatus.KNOWN) for w in ("le", "chat", "dormir", "manger")])
    view = LibraryView(library)
    qtbot.addWidget(view)
    model = view.model
    row = {model.summary(r).id: r for r in range(model.rowCount())}
    assert model.index(row[easy], KNOWN).data() == "100 %"
    assert model.index(row[hard], KNOWN).data() == "50 %"
    assert model.index(row[hard], NEW_WORDS).data() == "3"
    assert model.index(row[fresh], KNOWN).data() == ""
    assert "You know 50 %" in model.index(row[hard], KNOWN).data(Qt.ItemDataRole.ToolTipRole)
    view.table.sortByColumn(KNOWN, Qt.SortOrder.DescendingOrder)
    assert view.visible_ids() == [easy, hard, fresh]
    view.known_box.setChecked(True)
    assert view.visible_ids() == [easy]
    assert view.count_label.text() == "1 article"
    view.known_box.setChecked(False)
    assert len(view.visible_ids()) == 3
