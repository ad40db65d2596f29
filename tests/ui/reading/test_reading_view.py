"""The reading view alone: alignment, scroll sync, hover, placeholders, painting API, zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtTest import QTest

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.translation.types import Translation
from visavis.ui.reading.pane_alignment import equalising_pads
from visavis.ui.reading.reading_view import PLACEHOLDER, ReadingView
from visavis.ui.reading.scroll_sync import map_scroll


@pytest.fixture
def document(helpers):  # type: ignore[no-untyped-def]
    return parse_markdown(helpers.article_source(3))


@pytest.fixture
def translations(document, helpers):  # type: ignore[no-untyped-def]
    return {s.id: Translation(helpers.FakeEngine.english(s.text)) for s in document.sentences}


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    v = ReadingView()
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def block_top_in_viewport(pane, index: int) -> int:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(pane.qt_block(index))
    return pane.cursorRect(cursor).top()


def assert_aligned(view: ReadingView) -> None:
    fr, en = view.french, view.english
    tops_fr, tops_en = fr.block_tops(), en.block_tops()
    assert len(tops_fr) == len(tops_en) > 0
    for i, (a, b) in enumerate(zip(tops_fr, tops_en, strict=True)):
        assert abs(a - b) <= 2, f"block {i}: French top {a}, English top {b}"
    for i in view.visible_blocks():  # and on screen, at the current scroll position
        assert abs(block_top_in_viewport(fr, i) - block_top_in_viewport(en, i)) <= 2


def test_equalising_pads_pad_the_shorter_side() -> None:
    pads_a, pads_b = equalising_pads([10, 40, 25], [30, 20, 25])
    assert pads_a == [20, 0, 0]
    assert pads_b == [0, 20, 0]
    assert [h + p for h, p in zip([10, 40, 25], pads_a, strict=True)] == \
        [h + p for h, p in zip([30, 20, 25], pads_b, strict=True)]


def test_map_scroll_is_identity_on_equal_tops_and_interpolates_otherwise() -> None:
    tops = [0.0, 100.0, 250.0]
    for value in (0, 50, 100, 175, 260, 300):
        assert map_scroll(value, tops, tops, 300, 300) == value
    other = [0.0, 200.0, 300.0]
    assert map_scroll(50, tops, other, 300, 400) == 100  # halfway through block 0
    assert map_scroll(175, tops, other, 300, 400) == 250  # halfway through block 1
    assert map_scroll(275, tops, other, 300, 400) == 350  # halfway through the last block
    assert map_scroll(10, [], [], 0, 0) == 0


def test_paragraph_tops_aligned_at_top_middle_and_bottom(qtbot, view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, translations)
    bar = view.french.verticalScrollBar()
    assert bar.maximum() > 0, "the article must be long enough to scroll"
    for value in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        qtbot.wait(1)
        assert_aligned(view)
    # the paddings really did something: some blocks differ in natural height
    assert any(view.french.pad(i) > 0 for i in range(len(document.blocks)))
    assert any(view.english.pad(i) > 0 for i in range(len(document.blocks)))


def test_realigns_after_resize_and_translation(qtbot, view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, {})
    assert_aligned(view)
    with qtbot.waitSignal(view.aligned, timeout=None):
        view.translations.update(translations)
        view.show_translations(list(range(len(document.blocks))))
    assert_aligned(view)
    with qtbot.waitSignal(view.aligned, timeout=None):
        view.resize(620, 500)
    assert_aligned(view)


def test_scrolling_one_pane_scrolls_the_other(qtbot, view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, translations)
    fr, en = view.french.verticalScrollBar(), view.english.verticalScrollBar()
    fr.setValue(fr.maximum() // 3)
    assert fr.value() > 0 and abs(en.value() - fr.value()) <= 2
    en.setValue(en.maximum() // 4 * 3)
    assert abs(fr.value() - en.value()) <= 2
    en.setValue(0)
    assert fr.value() == 0


def test_hovering_a_french_sentence_highlights_its_english_counterpart(qtbot, view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, translations)
    sentence = document.blocks[4].sentences[1]
    rect = view.french.sentence_rect(sentence.id)
    with qtbot.waitSignal(view.sentenceHovered, timeout=None) as hovered:
        QTest.mouseMove(view.french.viewport(), rect.center() + QPoint(4, 0))
    assert hovered.args == [sentence.id]
    assert view.english.sentence_range(sentence.id) in view.hovered_ranges("en")
    assert view.french.sentence_range(sentence.id) in view.hovered_ranges("fr")
    start, end = view.english.sentence_range(sentence.id)
    assert view.english.toPlainText()[start:end] == translations[sentence.id].text


def test_untranslated_paragraphs_show_a_placeholder_then_fill_in(qtbot, view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, {})
    assert view.english.block(3).placeholder and view.english.qt_block(3).text() == PLACEHOLDER
    assert view.translated_blocks() == 0
    block = document.blocks[3]
    view.translations[block.sentences[0].id] = translations[block.sentences[0].id]
    view.show_translations([3])
    assert view.english.block(3).placeholder  # only when the whole paragraph is ready
    view.translations[block.sentences[1].id] = translations[block.sentences[1].id]
    view.show_translations([3])
    expected = " ".join(translations[s.id].text for s in block.sentences)
    assert view.english.qt_block(3).text() == expected
    assert view.translated_blocks() == 1


def test_highlight_ranges_use_document_plain_offsets(qtbot, view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, translations)
    plain = document.plain
    start = plain.index("boulanger")
    view.highlight_ranges("fr", [(start, start + len("boulanger"), QColor(255, 200, 0, 120))], "notes")
    selection = view.french._layers["notes"][0]
    assert selection.cursor.selectedText() == "boulanger"
    sid = document.blocks[7].sentences[0].id
    view.underline_ranges([(sid, 0, 2, None)], side="en")
    assert view.english._layers["underline"][0].cursor.selectedText() == "EN"


def test_selection_info_gives_plain_offsets(qtbot, view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, translations)
    target = "bibliothèque municipale"
    block = document.blocks[6]
    cursor = QTextCursor(view.french.document())
    begin = view.french.qt_block(6).position() + block.text.index(target)
    cursor.setPosition(begin)
    cursor.setPosition(begin + len(target), QTextCursor.MoveMode.KeepAnchor)
    with qtbot.waitSignal(view.selectionInfoChanged, timeout=None) as blocker:
        view.french.setTextCursor(cursor)
    info = blocker.args[0]
    assert info.side == "fr" and info.block == 6
    assert document.plain[info.start:info.end] == target == info.text


def test_zoom_changes_both_panes_and_realigns(qtbot, view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, translations)
    before = view.french.document().defaultFont().pointSizeF()
    with qtbot.waitSignal(view.aligned, timeout=None):
        view.zoom_in()
    assert view.french.document().defaultFont().pointSizeF() > before
    assert view.english.document().defaultFont().pointSizeF() == view.french.document().defaultFont().pointSizeF()
    assert_aligned(view)
    view.zoom_reset()
    assert view.french.document().defaultFont().pointSizeF() == pytest.approx(before)


def test_emphasis_and_list_markup_are_rendered(view, document, translations) -> None:  # type: ignore[no-untyped-def]
    view.set_document(document, translations)
    strong = document.blocks[4].emphasis[0]
    cursor = QTextCursor(view.french.qt_block(4))
    cursor.setPosition(view.french.qt_block(4).position() + strong[0] + 1)
    assert cursor.charFormat().fontWeight() >= 700
    assert view.french.qt_block(9).textList() is not None  # list item
    assert view.english.qt_block(9).textList() is not None
    heading = QTextCursor(view.french.qt_block(0))
    heading.setPosition(1)
    assert heading.charFormat().fontWeight() >= 700
    assert view.french.qt_block(11).blockFormat().leftMargin() > 0  # quote indented
    assert view.french.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_placeholders_follow_a_palette_change(qtbot, view, document) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    view.set_document(document, {})
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor(200, 30, 30))
    view.setPalette(dark)
    view.english.setPalette(dark)
    cursor = QTextCursor(view.english.qt_block(3))
    cursor.setPosition(view.english.qt_block(3).position() + 2)
    assert cursor.charFormat().foreground().color() == QColor(200, 30, 30)
