"""The review feature on a real MainWindow: Tools → Review…, keys 1–4, status bar count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Scheduler
from PySide6.QtCore import Qt

from visavis.core.glossary.reader_glossary import ReaderGlossary
from visavis.core.review.store import ReviewStore
from visavis.core.store.library import Library
from visavis.core.translation.types import Translation
from visavis.ui.shell.main_window import MainWindow

FEATURE = "visavis.ui.features.review"
FR = "Les start-up recrutées cette année sont des jeunes pousses."
EN = "The start-ups recruited this year are young shoots."


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    lib = Library.open(tmp_path / "library.sqlite3")
    article = lib.articles.add("Les jeunes pousses", FR)
    lib.translations.put("m", FR, Translation(EN, ((13, 22, 14, 23), (44, 50, 38, 43),
                                                   (51, 58, 44, 50))))
    glossary = ReaderGlossary(lib)
    glossary.add("recrutées", "recruited", "past participle, feminine plural",
                 article_id=article, context=FR)
    glossary.add("jeunes pousses", "start-ups", article_id=article, context=FR)
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot, library):  # type: ignore[no-untyped-def]
    w = MainWindow(library=library, loader=lambda: None, features=[FEATURE])
    qtbot.addWidget(w)
    w.resize(1000, 600)
    w.show()
    clock = Clock()
    w.review_feature.reviewer.clock = clock
    w.review_feature.reviewer.scheduler = Scheduler(enable_fuzzing=False)
    w.review_feature.reviewer.senses = None
    w.clock = clock
    yield w
    if w.review_feature.dialog is not None:
        w.review_feature.dialog.close()
    w.close()


def _open(qtbot, window):  # type: ignore[no-untyped-def]
    dialog = window.review_feature.open_window()
    qtbot.waitUntil(lambda: dialog.item is not None)
    return dialog


def test_tools_review_and_the_status_bar_count(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert FEATURE in window.installed_features
    assert "&Review…" in [a.text() for a in window.menus["tools"].actions()]
    window.review_feature.refresh_counts()
    button = window.review_feature.status_button
    qtbot.waitUntil(lambda: button.isVisible())
    assert button.text() == "Review: 2 due"


def test_a_card_front_then_back_then_graded_with_keys(qtbot, window, library) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    assert dialog.counts.text() == "0 due · 2 new"
    front = dialog.card.toPlainText()
    assert "recrutées" in front or "jeunes pousses" in front
    assert EN not in front and dialog.buttons.currentWidget() is dialog.show_button
    first = dialog.item.term.term
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.answer_shown and EN in dialog.card.toPlainText()
    assert dialog.grade_buttons[1].text() == "Again\n1 min"
    assert dialog.grade_buttons[3].text() == "Good\n10 min"
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: dialog.item is not None and dialog.item.term.term != first)
    store = ReviewStore(library.database)
    assert [r.rating for r in store.history()] == [3]
    qtbot.keyClick(dialog, Qt.Key.Key_1)  # answer not shown yet: no grade
    assert len(store.history()) == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    # both cards graded; the learn-ahead brings back the one due in 1 minute
    qtbot.waitUntil(lambda: len(store.history()) == 2 and dialog.item is not None)
    assert dialog.item.term.term != first
    assert [r.rating for r in store.history()] == [3, 1]


def test_all_done_says_when_the_next_card_is_due(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.review_feature
    feature.reviewer.new_per_day = 1
    dialog = _open(qtbot, window)
    dialog.show_answer()
    dialog.grade(4)  # Easy: due in days
    qtbot.waitUntil(lambda: dialog.message.text().startswith("All done for now."))
    assert dialog.message.text().startswith("All done for now. The next card is due in")
    assert dialog.message.isVisible()
    window.clock.now += timedelta(days=30)
    feature.load_queue()
    qtbot.waitUntil(lambda: dialog.item is not None)


def test_cloze_choice_blanks_the_term_and_is_remembered(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    term = dialog.item.term.term
    dialog.cloze_box.setChecked(True)
    assert term not in dialog.card.toPlainText() and "[…]" in dialog.card.toPlainText()
    assert EN in dialog.card.toPlainText()  # the English sentence is the clue
    dialog.show_answer()
    assert term in dialog.card.toPlainText()
    assert window.settings.number("review/cloze", 0) == 1


def test_export_to_anki_runs_in_a_worker(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.review_feature.export_to(tmp_path / "deck")
    out = tmp_path / "deck.apkg"
    qtbot.waitUntil(lambda: "Exported 2 cards" in window.statusBar().currentMessage())
    assert out.stat().st_size > 0


def test_no_library_disables_review(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(library=None, loader=lambda: None, features=[FEATURE])
    qtbot.addWidget(w)
    assert not w.review_feature.action.isEnabled()
    assert w.review_feature.open_window() is None
    w.close()


def test_the_count_follows_grades_and_disappears_when_nothing_is_due(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    feature = window.review_feature
    feature.refresh_counts()
    qtbot.waitUntil(lambda: feature.counts is not None)
    dialog = _open(qtbot, window)
    for _ in range(2):
        qtbot.waitUntil(lambda: dialog.item is not None)
        dialog.show_answer()
        dialog.grade(4)  # Easy: days away
    qtbot.waitUntil(lambda: feature.counts.to_review == 0
                    and dialog.message.text().startswith("All done"))
    assert not feature.status_button.isVisible()
    window.clock.now += timedelta(days=60)
    feature.refresh_counts()
    qtbot.waitUntil(lambda: feature.status_button.isVisible())
    assert feature.status_button.text() == "Review: 2 due"
    assert feature.status_button.accessibleName() == "Review: 2 due"


def test_a_failed_export_says_why(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "no-such-folder" / "deck.apkg"
    window.review_feature.export_to(out)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The Anki export"))
    assert window.statusBar().currentMessage() == \
        f"The Anki export to {out} failed: No such file or directory"
