"""The library feature on a real MainWindow: menu/shortcut, dock, opening, index, undo, backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from visavis.core.store.library import Library

FEATURE = "visavis.ui.features.library"


@pytest.fixture
def window(make_window, library: Library, helpers):  # type: ignore[no-untyped-def]
    library.articles.add("Une journée au village", helpers.article_source(1))
    library.articles.add("Autre article", "Un texte sans rapport.")
    return make_window(loader=lambda: helpers.FakeEngine(), features=[FEATURE])


def _actions(menu) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {a.text(): a for a in menu.actions() if a.text()}


def test_menus_and_shortcut(window) -> None:  # type: ignore[no-untyped-def]
    assert FEATURE in window.installed_features
    library_action = _actions(window.menus["file"])["&Library…"]
    assert library_action.shortcut() == QKeySequence("Ctrl+L")
    assert "&Back up library…" in _actions(window.menus["file"])
    undo = _actions(window.menus["edit"])["Undo &delete"]
    assert not undo.isEnabled()


def test_dock_lists_articles_and_opens_one(qtbot, window, helpers) -> None:  # type: ignore[no-untyped-def]
    feature = window.library_feature
    with qtbot.waitSignal(feature.ensure_view().loaded, timeout=None):
        _actions(window.menus["file"])["&Library…"].trigger()
    view = feature.view
    assert feature.dock.isVisible() and len(view.visible_ids()) == 2
    target = view.visible_ids()[1]
    with qtbot.waitSignal(window.articleOpened, timeout=None) as opened:
        view.table.doubleClicked.emit(view.proxy.index(1, 0))
    assert opened.args[0].article_id == target
    helpers.wait_until(qtbot, lambda: window.library.articles.get(target).opened_at is not None)


def test_english_translation_becomes_searchable(qtbot, window, helpers) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    article_id = library.articles.find_by_source(helpers.article_source(1))
    assert library.search_index.search("rendering ") == []
    with qtbot.waitSignal(window.translation.finished, timeout=None):
        window.open_article(article_id)
    helpers.wait_until(qtbot, lambda: bool(library.search_index.search("rendering ")))
    hit = library.search_index.search("rendering ")[0]
    assert hit.article_id == article_id and "rendering" in hit.snippet


def test_delete_then_edit_undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.library_feature
    view = feature.ensure_view()
    with qtbot.waitSignal(view.loaded, timeout=None):
        feature.show()
    victim = view.visible_ids()[0]
    view.select_ids([victim])
    with qtbot.waitSignal(view.loaded, timeout=None):
        view.delete_selected()
    undo = _actions(window.menus["edit"])["Undo &delete"]
    assert undo.isEnabled() and victim not in view.visible_ids()
    with qtbot.waitSignal(view.loaded, timeout=None):
        undo.trigger()
    assert victim in view.visible_ids() and not undo.isEnabled()


def test_backup_and_restore_from_the_window(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feature = window.library_feature
    archive = tmp_path / "save.visavis-backup.zip"
    with qtbot.waitSignal(feature.backupFinished, timeout=None) as saved:
        feature.ask_backup(str(archive))
    assert saved.args[0].startswith("Library saved") and archive.exists()
    with qtbot.waitSignal(feature.backupFinished, timeout=None) as restored:
        feature.ask_restore(str(archive))
    assert restored.args[0] == "Restored 0 articles (2 were already in your library)."
    assert window.library.articles.count() == 2


def test_a_bad_backup_is_explained(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with qtbot.waitSignal(window.library_feature.backupFinished, timeout=None) as result:
        window.library_feature.ask_restore(str(bad))
    assert "not a Vis-à-vis library backup" in result.args[0] and shown == [result.args[0]]
    assert window.library.articles.count() == 2


def test_without_a_library_the_actions_are_disabled(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: None, library=None, features=[FEATURE])
    assert not _actions(window.menus["file"])["&Library…"].isEnabled()


def _long_article(helpers) -> str:  # type: ignore[no-untyped-def]
    return helpers.article_source(3) + "\n\nLe phare de Kerbrat éclaire la baie depuis 1890.\n"


def test_opening_from_the_library_gives_the_panes_the_room(qtbot, make_window, library, helpers) -> None:  # type: ignore[no-untyped-def]
    library.articles.add("Une journée au village", helpers.article_source(1))
    window = make_window(loader=lambda: helpers.FakeEngine(), size=(1200, 800),
                         features=[FEATURE, "visavis.ui.features.annotations"])
    window.show()
    feature = window.library_feature
    with qtbot.waitSignal(feature.ensure_view().loaded, timeout=None):
        feature.show_action.trigger()
    assert feature.dock.isVisible()
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        feature.view.table.doubleClicked.emit(feature.view.proxy.index(0, 0))
    assert not feature.dock.isVisible()  # the article replaces the library
    qtbot.waitUntil(lambda: window.reading.french.width() > 400)
    feature.show_action.trigger()  # Ctrl+L brings it back...
    assert feature.dock.isVisible()
    feature.show_action.trigger()  # ...and toggles it away
    assert not feature.dock.isVisible()


def test_a_search_result_opens_at_the_match_and_flashes_it(qtbot, make_window, library, helpers) -> None:  # type: ignore[no-untyped-def]
    article_id = library.articles.add("Le phare", _long_article(helpers))
    library.search_index.update_article(article_id, library.articles.get(article_id).source)
    library.articles.set_scroll(article_id, 0.0)
    window = make_window(loader=lambda: helpers.FakeEngine(), size=(900, 500), features=[FEATURE])
    window.show()
    feature = window.library_feature
    view = feature.ensure_view()
    feature.show()
    view.search_field.setText("Kerbrat")
    qtbot.waitUntil(view.model.is_search)
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        view.table.activated.emit(view.proxy.index(0, 0))
    pane = window.reading.french
    document = window.session.document
    target = next(b for b in document.blocks if "Kerbrat" in b.text)
    qtbot.waitUntil(lambda: pane.verticalScrollBar().value() > 0)
    qtbot.waitUntil(lambda: target.index in pane.visible_blocks())
    qtbot.waitUntil(lambda: bool(pane.extraSelections()))  # the sentence flashes...
    qtbot.waitUntil(lambda: not pane.extraSelections(), timeout=5000)  # ...then the flash fades
