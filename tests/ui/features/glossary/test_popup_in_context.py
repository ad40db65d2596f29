"""The popup in a real window: the entry and sense used in the sentence (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from visavis.core.store.library import Library
from visavis.core.translation.types import Translation
from visavis.ui.reading.article_session import session_from_text
from visavis.ui.shell.main_window import MainWindow

TEXT = "Le montant s'élève à trois millions.\n\nLe projet est terminé depuis l'été.\n"
FEATURE = "visavis.ui.features.glossary"


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = Library.open(tmp_path / "library.sqlite3")
    w = MainWindow(library=library, loader=lambda: None, features=[FEATURE])
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    yield w
    w.glossary_feature.popup.dismiss()
    w.close()
    library.close()


def _open(qtbot, window):  # type: ignore[no-untyped-def]
    feature = window.glossary_feature
    window.show_session(session_from_text(TEXT, "Test", window.library))
    qtbot.waitUntil(lambda: feature.dictionary is not None and feature.article is not None
                    and feature.document is window.session.document)
    return feature


def _hover(qtbot, window, word: str) -> None:  # type: ignore[no-untyped-def]
    pane = window.reading.french
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.toPlainText().index(word) + 2)
    qtbot.mouseMove(pane.viewport(), pane.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: window.glossary_feature.popup.isVisible())


def test_hovering_s_eleve_shows_the_pronominal_verb_rises_amounts_to(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _open(qtbot, window)
    _hover(qtbot, window, "élève")
    text = feature.popup.plain_text()
    assert text.startswith("s'élève → s'élever verb")
    assert "1. rises, amounts to" in text
    assert "pupil" not in text.split("also:")[0]  # never the noun « élève »


def test_est_is_etre_and_the_english_marks_the_sense_used_here(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _open(qtbot, window)
    sid = window.session.document.sentences[1].id
    window.reading.translations[sid] = Translation("The project has been finished since summer.")
    _hover(qtbot, window, "été")
    text = feature.popup.plain_text()
    assert text.startswith("été noun") and "1. summer" in text
    assert "here: summer" in text and "✓ used here" in text
    feature.popup.dismiss()
    feature.current = None
    _hover(qtbot, window, "est terminé")
    assert feature.popup.plain_text().startswith("est → être verb")
    assert "1. is" in feature.popup.plain_text()
    assert "also: est" in feature.popup.plain_text()


def test_a_readers_correction_is_the_english_used_for_here(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = _open(qtbot, window)
    sid = window.session.document.sentences[0].id
    window.reading.corrections[sid] = "The total amount comes to three million."
    _hover(qtbot, window, "montant")
    assert "here: amount" in feature.popup.plain_text()


def test_alignments_are_computed_in_a_worker_before_the_hover(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import threading

    from visavis.core.glossary import word_alignment

    feature = _open(qtbot, window)
    sentence = window.session.document.sentences[1]
    english = "The project has been over since the summer of the bench."
    window.reading.translations[sentence.id] = Translation(english)
    threads: list[str] = []
    original = word_alignment.align_words

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    word_alignment.align_words = spy
    try:
        feature.warm_alignments()
        qtbot.waitUntil(lambda: word_alignment.has_cached_alignment(sentence.text, english))
    finally:
        word_alignment.align_words = original
    assert threads and threading.main_thread().name not in threads
