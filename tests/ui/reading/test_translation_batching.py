"""Results reported sentence by sentence reach the screen, the library and the progress
signal in a few updates, not one per sentence (the GUI thread stays free while translating)."""

from __future__ import annotations


def test_a_batch_of_results_is_shown_stored_and_counted_together(qtbot, make_window, helpers, tmp_path, library) -> None:  # type: ignore[no-untyped-def]
    engine = helpers.FakeEngine()
    window = make_window(loader=lambda: engine)
    path = tmp_path / "article.fr.md"
    path.write_text(helpers.article_source(4), encoding="utf-8")
    shown: list[list[int]] = []
    original = window.reading.show_translations
    window.reading.show_translations = lambda blocks: (shown.append(list(blocks)), original(blocks))[1]
    progress: list[tuple[int, int]] = []
    window.translation.progressChanged.connect(lambda done, total: progress.append((done, total)))
    helpers.open_and_translate(qtbot, window, path)
    sentences = len(window.session.document.sentences)
    assert len(engine.sentences_translated) == sentences  # each reported on its own
    assert sum(len(b) for b in shown) >= len(window.session.document.blocks) - 1
    assert len(shown) <= len(engine.calls) + 2, (len(shown), len(engine.calls))
    assert len(progress) <= len(engine.calls) + 3
    assert progress[-1][0] == progress[-1][1]
    qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=10000)
    stored = library.translations.get_many(engine.model_id, {s.text for s in window.session.document.sentences})
    assert len(stored) == len({s.text for s in window.session.document.sentences})
