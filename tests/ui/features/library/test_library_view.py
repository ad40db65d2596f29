"""Library view: list, debounced search with snippets, tags, trash and undo, opening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from visavis.core.store.library import Library
from visavis.ui.common.task_runner import TaskRunner
from visavis.ui.features.library.library_model import HTML_ROLE, MATCH
from visavis.ui.features.library.library_view import LibraryView


@pytest.fixture
def stocked(library: Library) -> dict[str, int]:
    ids = {
        "ecole": library.articles.add("La rentrée", "Les élèves retournent à l'école lundi."),
        "pluie": library.articles.add("Météo", "La pluie reviendra dimanche soir."),
        "velo": library.articles.add("Le vélo en ville", "Les pistes cyclables s'allongent."),
    }
    library.tags.add(ids["velo"], "Transport")
    return ids


@pytest.fixture
def view(qtbot, library: Library, stocked: dict[str, int]) -> LibraryView:  # type: ignore[no-untyped-def]
    widget = LibraryView(library)  # no task runner: store calls run inline
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    return widget


def test_lists_articles_newest_first(view: LibraryView, stocked: dict[str, int]) -> None:
    assert view.visible_ids() == [stocked["velo"], stocked["pluie"], stocked["ecole"]]
    assert view.count_label.text() == "3 articles"
    assert view.table.isColumnHidden(MATCH)


def test_search_shows_ranked_matches_with_bold_snippets(view: LibraryView,
                                                        stocked: dict[str, int]) -> None:
    view.search_field.setText("ecole")
    view.refresh()  # what the debounce timer calls
    assert view.visible_ids() == [stocked["ecole"]]
    assert not view.table.isColumnHidden(MATCH)
    html = view.proxy.index(0, MATCH).data(HTML_ROLE)
    assert "<b>école</b>" in html
    assert view.count_label.text() == "1 matching article"
    view.search_field.setText('"(NEAR')
    view.refresh()
    assert view.visible_ids() == [] and view.count_label.text() == "No article matches."
    view.search_field.clear()
    view.refresh()
    assert len(view.visible_ids()) == 3 and view.table.isColumnHidden(MATCH)


def test_typing_is_debounced_and_runs_in_a_worker(qtbot, library: Library,  # type: ignore[no-untyped-def]
                                                  stocked: dict[str, int]) -> None:
    tasks = TaskRunner()
    view = LibraryView(library, tasks)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=None):
        pass  # initial load
    searches = []
    original = library.search_index.search
    library.search_index.search = lambda *a, **k: searches.append(a) or original(*a, **k)  # type: ignore[method-assign]
    with qtbot.waitSignal(view.loaded, timeout=None):
        for prefix in ("p", "pl", "plu", "plui"):
            qtbot.keyClicks(view.search_field, prefix[-1])
    assert searches == [("plui",)]  # one search for the whole burst of keys
    assert view.visible_ids() == [stocked["pluie"]]
    tasks.shutdown()


def test_tag_filter(view: LibraryView, stocked: dict[str, int]) -> None:
    assert [view.tag_box.itemText(i) for i in range(view.tag_box.count())] == [
        "All tags", "Transport (1)"]
    view.tag_box.setCurrentIndex(1)
    assert view.visible_ids() == [stocked["velo"]]
    view.add_tag([stocked["ecole"]], "transport")
    assert set(view.visible_ids()) == {stocked["velo"], stocked["ecole"]}  # filter kept
    view.tag_box.setCurrentIndex(0)
    assert len(view.visible_ids()) == 3


def test_rename_and_tags_update_the_table(view: LibraryView, library: Library,
                                          stocked: dict[str, int]) -> None:
    view.rename(stocked["pluie"], "Prévisions")
    view.set_tags(stocked["pluie"], ["Météo", "Week-end"])
    assert library.articles.get(stocked["pluie"]).title == "Prévisions"
    row = view.model.row_of(stocked["pluie"])
    assert view.model.summary(row).tags == ("Météo", "Week-end")


def test_delete_to_trash_then_undo_and_restore(view: LibraryView, library: Library,
                                               stocked: dict[str, int]) -> None:
    view.select_ids([stocked["ecole"], stocked["pluie"]])
    assert view.selected_ids() == [stocked["pluie"], stocked["ecole"]]
    view.delete_selected()
    assert view.visible_ids() == [stocked["velo"]]
    assert view.can_undo() and not view.undo_button.isHidden()
    menu = view.build_context_menu()
    assert {a.text(): a.isEnabled() for a in menu.actions() if a.text()}["Undo delete"] is True
    view.undo_delete()
    assert len(view.visible_ids()) == 3 and not view.can_undo()
    view.select_ids([stocked["velo"]])
    view.delete_selected()
    view.trash_box.setChecked(True)
    assert view.visible_ids() == [stocked["velo"]]
    assert view.count_label.text() == "1 in the trash"
    view.select_ids([stocked["velo"]])
    assert [a.text() for a in view.build_context_menu().actions() if a.text()] == [
        "Restore", "Delete for good…", "Empty the trash…"]
    view.restore([stocked["velo"]])
    assert view.visible_ids() == [] and view.count_label.text() == "The trash is empty."


def test_delete_key_and_empty_trash(qtbot, view: LibraryView, library: Library,  # type: ignore[no-untyped-def]
                                    stocked: dict[str, int]) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.select_ids([stocked["velo"]])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert library.articles.count(trashed=True) == 1
    view.empty_trash(confirm=False)
    assert library.articles.count(trashed=True) == 0 and not view.can_undo()
    assert not library.articles.exists(stocked["velo"])


def test_activating_a_row_requests_opening(qtbot, view: LibraryView,  # type: ignore[no-untyped-def]
                                           stocked: dict[str, int]) -> None:
    with qtbot.waitSignal(view.openRequested) as blocker:
        view.table.doubleClicked.emit(view.proxy.index(1, 0))
    assert blocker.args == [stocked["pluie"]]
    view.search_field.setText("vélo")
    view.refresh()
    with qtbot.waitSignal(view.openRequested) as blocker:
        qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    assert blocker.args == [stocked["velo"]]


def test_store_errors_become_messages(qtbot, view: LibraryView) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.message) as blocker:
        view.rename(999, "Nope")
    assert blocker.args[0].startswith("Library:")
