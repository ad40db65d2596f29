"""Editing the French (only changed sentences retranslate) and the reader's corrections."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

OLD = "Ils installent leurs cannes sans un mot."
NEW = "Ils installent leurs cannes en silence."


def test_editing_one_sentence_retranslates_exactly_that_sentence(qtbot, make_window, helpers, article_file, library) -> None:  # type: ignore[no-untyped-def]
    engine = helpers.FakeEngine()
    window = make_window(loader=lambda: engine)
    helpers.open_and_translate(qtbot, window, article_file)
    calls_before = len(engine.calls)
    window.edit_mode.action.trigger()
    assert window.edit_mode.active
    editor = window.edit_mode.editor
    assert editor.toPlainText() == window.session.source
    unchanged = window.session.document.blocks[5].sentences[0]
    with qtbot.waitSignals([window.edit_mode.documentChanged, window.articleOpened], timeout=None):
        editor.setPlainText(editor.toPlainText().replace(OLD, NEW, 1))
    assert NEW in window.session.document.plain  # features see the edited document
    helpers.wait_until(qtbot, lambda: window.reading.translated_blocks() == len(window.session.document.blocks))
    assert engine.calls[calls_before:] == [[NEW]]
    assert helpers.FakeEngine.english(NEW) in window.reading.english.toPlainText()
    assert window.session.translations[unchanged.id].text == helpers.FakeEngine.english(unchanged.text)
    window.edit_mode.action.trigger()  # leave edit mode: the source is saved
    assert not window.edit_mode.active
    window.tasks.wait_for_writes()
    assert NEW in library.articles.get(window.session.article_id).source


def test_new_text_is_typed_translated_and_saved(qtbot, make_window, helpers, library) -> None:  # type: ignore[no-untyped-def]
    engine = helpers.FakeEngine()
    window = make_window(loader=lambda: engine)
    helpers.wait_until(qtbot, lambda: window.translation.translator is not None)
    window.edit_mode.new_text()
    assert window.edit_mode.active and window.edit_mode.editor.toPlainText() == ""
    with qtbot.waitSignal(window.edit_mode.documentChanged, timeout=None):
        QTest.keyClicks(window.edit_mode.editor, "Bonjour tout le monde. Il fait beau.")
    helpers.wait_until(qtbot, lambda: window.reading.translated_blocks() == 1)
    assert engine.sentences_translated == ["Bonjour tout le monde.", "Il fait beau."]
    window.edit_mode.leave()
    helpers.wait_until(qtbot, lambda: window.session.article_id is not None)
    record = library.articles.get(window.session.article_id)
    assert record.source == "Bonjour tout le monde. Il fait beau."
    assert record.title == "Bonjour tout le monde. Il fait beau."


def test_corrections_persist_survive_retranslation_and_revert(qtbot, make_window, helpers, article_file, library, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine())
    helpers.open_and_translate(qtbot, window, article_file)
    sentence = window.session.document.blocks[3].sentences[1]
    monkeypatch.setattr("visavis.ui.reading.correction_editor.ask_correction",
                        lambda *a, **k: "They set up their rods without a word.")
    rect = window.reading.english.sentence_rect(sentence.id)
    QTest.mouseDClick(window.reading.english.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, rect.center() + QPoint(2, 0))
    assert window.session.corrections == {sentence.id: "They set up their rods without a word."}
    english = window.reading.english
    start, end = english.sentence_range(sentence.id)
    assert english.toPlainText()[start:end] == "They set up their rods without a word."
    assert english.block(3).marked  # the discreet marker
    assert english.tooltips[sentence.id] == "Your correction — right-click to revert"
    # retranslation (new settings/model) keeps the correction on screen
    with qtbot.waitSignal(window.translation.modelReady, timeout=None):
        window.reload_translator()
    assert "They set up their rods without a word." in english.toPlainText()
    article_id = window.session.article_id
    window.close()
    assert library.corrections.get(article_id, sentence.id).english == "They set up their rods without a word."
    # reopening shows it again
    again = make_window(loader=lambda: helpers.FakeEngine())
    with qtbot.waitSignal(again.articleOpened, timeout=None):
        again.open_article(article_id)
    helpers.wait_until(qtbot, lambda: again.reading.translated_blocks() == len(again.session.document.blocks))
    assert "They set up their rods without a word." in again.reading.english.toPlainText()
    # revert to the machine translation
    again.reading.revertRequested.emit(sentence.id)
    assert sentence.id not in again.session.corrections
    assert helpers.FakeEngine.english(sentence.text) in again.reading.english.toPlainText()
    assert not again.reading.english.block(3).marked
    again.tasks.wait_for_writes()
    assert library.corrections.get(article_id, sentence.id) is None


def test_correction_menu_offers_correct_and_revert(qtbot, make_window, helpers, article_file) -> None:  # type: ignore[no-untyped-def]
    window = make_window(loader=lambda: helpers.FakeEngine())
    helpers.open_and_translate(qtbot, window, article_file)
    sid = window.session.document.blocks[4].sentences[0].id
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    window.reading._english_menu(menu, sid, 0, "")
    assert [a.text() for a in menu.actions() if a.text()] == ["Correct translation…"]
    window.correction_editor.set_correction(sid, "Market opens at eight.")
    menu = QMenu()
    window.reading._english_menu(menu, sid, 0, "")
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels == ["Correct translation…", "Revert to machine translation"]
    menu.actions()[-1].trigger()
    assert sid not in window.session.corrections


def test_the_correction_dialog_wraps_long_sentences(qtbot) -> None:  # type: ignore[no-untyped-def]
    from visavis.ui.reading.correction_editor import CorrectionDialog

    french = " ".join(["La municipalité a présenté un plan de circulation très détaillé"] * 12)
    dialog = CorrectionDialog(french + ".", "The town presented a very detailed traffic plan. " * 12)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() < 800 and dialog.french.wordWrap()
    assert dialog.editor.horizontalScrollBar().maximum() == 0  # English lines wrap too
    assert dialog.text().startswith("The town presented")
