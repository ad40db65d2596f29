"""The hover popup: content, placement near screen edges, pinning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication

from visavis.core.glossary.dictionary import default_dictionary
from visavis.core.glossary.lookup import LookupResult, lookup
from visavis.core.glossary.reader_glossary import ReaderEntry
from visavis.core.glossary.terms import Glossary
from visavis.core.translation.types import Translation
from visavis.ui.features.glossary.popup import GlossaryPopup, popup_html, popup_position

SCREEN = QRect(0, 0, 1280, 800)
SIZE = QSize(300, 140)


def _check(word: QRect, screen: QRect = SCREEN, size: QSize = SIZE) -> QRect:
    placed = QRect(popup_position(size, word, screen), size)
    assert screen.contains(placed), (placed, screen)
    assert not placed.intersects(word), (placed, word)
    return placed


def test_popup_goes_below_the_word_when_there_is_room() -> None:
    word = QRect(400, 300, 60, 20)
    placed = _check(word)
    assert placed.top() > word.bottom() and placed.left() == word.left()


def test_popup_goes_above_a_word_near_the_bottom_edge() -> None:
    word = QRect(400, 760, 60, 20)
    placed = _check(word)
    assert placed.bottom() < word.top()


@pytest.mark.parametrize("word", [
    QRect(1250, 300, 28, 20),  # right edge
    QRect(1250, 775, 28, 20),  # bottom-right corner
    QRect(0, 0, 40, 20),  # top-left corner
    QRect(-30, 400, 40, 20),  # partly off the left edge
    QRect(600, 0, 80, 18),  # top edge
])
def test_popup_stays_on_screen_and_off_the_word_near_edges(word: QRect) -> None:
    _check(word)


def test_popup_on_a_second_screen_with_an_offset_geometry() -> None:
    screen = QRect(1280, 100, 1024, 700)
    _check(QRect(2280, 780, 20, 18), screen)


def test_screen_too_small_for_either_side_still_clamps_inside() -> None:
    screen = QRect(0, 0, 400, 200)
    placed = QRect(popup_position(SIZE, QRect(10, 90, 50, 20), screen), SIZE)
    assert screen.contains(placed)


def test_popup_shows_the_lemma_of_a_hovered_word() -> None:
    result = lookup("recrutées", Glossary(default_dictionary()))
    text = popup_html(result)
    assert "recrutées →" in text and "<b style='font-size:115%'>recruter</b>" in text
    assert "1. recruited" in text and "verb" in text


def test_popup_of_a_noted_term_shows_the_note_and_aligned_english() -> None:
    entry = ReaderEntry(1, "jeune pousse", "jeune pousse", "start-up", "Quebec <usage>", None,
                        "", "", "")
    sentence = "Deux jeunes pousses."
    translation = Translation("Two young shoots.", ((0, 4, 0, 3), (5, 11, 4, 9), (12, 19, 10, 16)))
    result = lookup("jeunes pousses", Glossary(default_dictionary(), [entry]), sentence=sentence,
                    translation=translation)
    text = popup_html(result)
    assert "Quebec &lt;usage&gt;" in text
    assert "here:</span> <b>young shoots</b>" in text
    assert "your English:</span> start-up" in text


def test_unknown_word_says_so() -> None:
    assert "not in the dictionary" in popup_html(LookupResult("Zorg", "Zorg", "zorg", "word"))


def test_shown_popup_is_on_screen_not_over_the_word_and_does_not_take_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    popup = GlossaryPopup()
    qtbot.addWidget(popup)
    available = QGuiApplication.primaryScreen().availableGeometry()
    result = lookup("chevaux", Glossary(default_dictionary()))
    for word in (QRect(available.right() - 10, available.bottom() - 10, 40, 18),
                 QRect(available.left() + 5, available.top() + 5, 40, 18)):
        popup.show_result(result, word)
        assert popup.isVisible()
        assert available.contains(popup.geometry())
        assert not popup.geometry().intersects(word)
    assert popup.windowFlags() & Qt.WindowType.ToolTip
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert "cheval" in popup.plain_text() and "horse" in popup.plain_text()


def test_pin_makes_text_selectable_and_escape_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    popup = GlossaryPopup()
    qtbot.addWidget(popup)
    popup.show_result(lookup("offres", Glossary(default_dictionary())), QRect(100, 100, 50, 18))
    popup.pin()
    assert popup.pinned
    assert popup.label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    position = popup.pos()
    popup.show_result(lookup("chevaux", Glossary(default_dictionary())), QRect(400, 400, 50, 18))
    assert "offre" in popup.plain_text() and popup.pos() == position  # pinned: unchanged
    with qtbot.waitSignal(popup.closed):
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and not popup.pinned
