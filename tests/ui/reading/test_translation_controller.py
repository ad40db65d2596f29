"""Live translation in the window, with a fake engine that records its calls."""

from __future__ import annotations

import threading

from visavis.core.translation.types import TranslationError


def gated_loader(engine, gate: threading.Event | None = None):  # type: ignore[no-untyped-def]
    def load():  # type: ignore[no-untyped-def]
        if gate is not None:
            gate.wait()
        return engine
    return load


def test_first_batch_sent_to_the_engine_holds_the_visible_paragraphs(qtbot, make_window, helpers, article_file) -> None:  # type: ignore[no-untyped-def]
    engine, release = helpers.FakeEngine(), threading.Event()
    window = make_window(loader=gated_loader(engine, release), size=(900, 450))
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(article_file)
    bar = window.reading.french.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    visible = window.reading.visible_blocks()  # what the controller reads when it starts
    assert visible and visible[0] > 3, "scrolled to the middle of the article"
    release.set()
    helpers.wait_until(qtbot, lambda: window.reading.translated_blocks() == len(window.session.document.blocks))
    document = window.session.document
    visible_texts = [s.text for b in visible for s in document.blocks[b].sentences]
    first_calls = [s for call in engine.calls for s in call][: len(visible_texts)]
    assert first_calls == visible_texts  # the visible paragraphs before anything else
    assert engine.calls[0][0] == visible_texts[0]  # starting with the first one on screen
    after = [s for call in engine.calls for s in call][len(visible_texts)]
    next_block = document.blocks[max(visible) + 1].sentences[0].text
    assert after == next_block  # then reading order from the end of the screen
    assert len(engine.calls) > 1  # the rest followed, in further batches
    assert sorted(engine.sentences_translated) == sorted(s.text for s in document.sentences)
    assert window.statusBar().currentMessage() == (
        f"Translated {len(document.blocks)} / {len(document.blocks)} paragraphs")


def test_opening_another_article_cancels_pending_work(qtbot, make_window, helpers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    engine = helpers.FakeEngine(gate=gate)
    window = make_window(loader=gated_loader(engine))
    first = tmp_path / "first.md"
    first.write_text(helpers.article_source(2), encoding="utf-8")
    second = tmp_path / "second.md"
    second.write_text("# Autre texte\n\nUne seule phrase ici. Et une autre phrase là.\n", encoding="utf-8")
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(first)
    helpers.wait_until(qtbot, engine.started.is_set)  # the first batch is in the engine
    calls_before = len(engine.calls)
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(second)
    gate.set()
    helpers.wait_until(qtbot, lambda: window.reading.translated_blocks() == 2)
    second_doc = window.session.document
    later = [s for call in engine.calls[calls_before:] for s in call]
    assert sorted(later) == sorted(s.text for s in second_doc.sentences)  # nothing more of the first
    english = window.reading.english.toPlainText()
    assert "Une seule phrase ici." in english and "rivière" not in english


def test_reopening_a_translated_article_makes_no_model_call(qtbot, make_window, helpers, article_file, library) -> None:  # type: ignore[no-untyped-def]
    engine = helpers.FakeEngine()
    window = make_window(loader=gated_loader(engine))
    helpers.open_and_translate(qtbot, window, article_file)
    assert window.translation.model_calls > 0
    english = window.reading.english.toPlainText()
    window.close()  # waits for the writer: translations are in the library
    fresh = helpers.FakeEngine()
    again = make_window(loader=gated_loader(fresh))
    helpers.open_and_translate(qtbot, again, article_file)
    assert fresh.calls == [] and again.translation.model_calls == 0
    assert again.reading.english.toPlainText() == english
    assert library.articles.count() == 1  # the same file is not imported twice


def test_a_model_that_fails_to_load_leaves_the_window_usable(qtbot, make_window, helpers, article_file) -> None:  # type: ignore[no-untyped-def]
    def broken():  # type: ignore[no-untyped-def]
        raise TranslationError("the model file is damaged")

    window = make_window(loader=broken)
    with qtbot.waitSignal(window.translation.failed, timeout=None) as blocker:
        pass
    assert "the model file is damaged" in blocker.args[0]
    assert window.banner.isVisible() and "damaged" in window.banner.label.text()
    assert "damaged" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(article_file)
    assert "Le matin, la rivière est calme" in window.reading.french.toPlainText()
    assert window.reading.english.block(3).placeholder
    # a working model can be loaded afterwards without restarting
    window.translation.loader = gated_loader(helpers.FakeEngine())
    window.reload_translator()
    helpers.wait_until(qtbot, lambda: window.reading.translated_blocks() == len(window.session.document.blocks))


def test_a_crash_while_translating_is_reported(qtbot, make_window, helpers, article_file) -> None:  # type: ignore[no-untyped-def]
    class Crashing(helpers.FakeEngine):
        def translate(self, sentences, **kwargs):  # type: ignore[no-untyped-def]
            raise TranslationError("CTranslate2 ran out of memory")

    window = make_window(loader=gated_loader(Crashing()))
    with qtbot.waitSignal(window.translation.failed, timeout=None) as blocker:
        window.open_file(article_file)
    assert "out of memory" in blocker.args[0]
    assert window.reading.french.toPlainText().startswith("Une journée au village")


def test_scrolling_during_translation_reprioritises_the_next_batch(qtbot, make_window, helpers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    engine = helpers.FakeEngine(gate=gate)
    window = make_window(loader=gated_loader(engine), size=(900, 450))
    long_article = tmp_path / "long.md"
    long_article.write_text(helpers.article_source(6), encoding="utf-8")
    with qtbot.waitSignal(window.articleOpened, timeout=None):
        window.open_file(long_article)
    helpers.wait_until(qtbot, engine.started.is_set)  # first batch (the top) is in the engine
    bar = window.reading.french.verticalScrollBar()
    with qtbot.waitSignal(window.reading.visibleBlocksChanged, timeout=None,
                          check_params_cb=lambda blocks: bool(blocks) and blocks[0] > 20) as blocker:
        bar.setValue(bar.maximum())
    bottom = blocker.args[0]
    gate.set()
    helpers.wait_until(qtbot, lambda: len(engine.calls) >= 2)
    document = window.session.document
    expected = [s.text for b in bottom for s in document.blocks[b].sentences]
    assert engine.calls[1] == expected[: len(engine.calls[1])]  # the paragraphs now on screen
    assert engine.calls[1]  # came next, from the first one on screen
    helpers.wait_until(qtbot, lambda: window.reading.translated_blocks() == len(document.blocks))
