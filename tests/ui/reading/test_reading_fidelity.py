"""The reading panes show exactly the article: characters outside the BMP, French spacing,
list numbers, links, tables, long articles filled in slices, the place kept on reflow."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QPalette, QTextCursor, QTextFormat, QTextTable

from visavis.core.document import Block, Document, Sentence, TableCell
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.document.typography import NNBSP
from visavis.core.translation.types import Translation
from visavis.ui.common.preferences import apply_theme
from visavis.ui.reading import text_pane
from visavis.ui.reading.reading_view import ReadingView

EMOJI_TEXT = ("📎 Le **rapport** est [joint](https://exemple.fr/a) ici 📎\n\n"
              "Au milieu 😀 du texte, un **mot** gras.\n\n"
              "Cafe\u0301 cre\u0300me et 12\u00a0% puis\u202f! L'ensemble 𝔘 est **fermé** 𝔘\n")


def english(text: str) -> Translation:
    return Translation("EN " + text)


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    v = ReadingView()
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def show(view: ReadingView, document: Document, translate: bool = True) -> None:
    translations = {s.id: english(s.text) for s in document.sentences} if translate else {}
    view.set_document(document, translations)
    view.finish_fill()


def qt_text(pane, index: int) -> str:  # type: ignore[no-untyped-def]
    return pane.qt_block(index).text()


def format_at(pane, index: int, offset: int):  # type: ignore[no-untyped-def]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.document_position(index, offset) + 1)  # the format left of the cursor
    return cursor.charFormat()


# -- item 2: characters outside the Basic Multilingual Plane ---------------------------------
def test_emoji_start_middle_end_keep_every_character_and_format(view) -> None:  # type: ignore[no-untyped-def]
    document = parse_markdown(EMOJI_TEXT)
    show(view, document)
    for block in document.blocks:  # nothing lost, nothing moved to the next paragraph
        assert qt_text(view.french, block.index).replace(NNBSP, " ") == block.text.replace(NNBSP, " ")
    first = document.blocks[0]
    bold_start = first.text.index("rapport")
    for i in range(len("rapport")):
        assert format_at(view.french, 0, bold_start + i).fontWeight() == QFont.Weight.Bold
    assert format_at(view.french, 0, bold_start - 1).fontWeight() != QFont.Weight.Bold
    assert format_at(view.french, 0, bold_start + len("rapport")).fontWeight() != QFont.Weight.Bold
    link = first.text.index("joint")
    assert format_at(view.french, 0, link).anchorHref() == "https://exemple.fr/a"
    assert format_at(view.french, 0, link + 4).anchorHref() == "https://exemple.fr/a"
    assert not format_at(view.french, 0, link + 5).isAnchor()
    last = document.blocks[2]
    bold = last.text.index("fermé")
    assert [format_at(view.french, 2, bold + i).fontWeight() for i in range(5)] == [QFont.Weight.Bold] * 5


@pytest.mark.parametrize("word", ["rapport", "ici", "📎", "texte", "cre\u0300me", "%", "𝔘", "fermé"])
def test_highlight_paints_and_selection_reports_the_right_text(view, word) -> None:  # type: ignore[no-untyped-def]
    document = parse_markdown(EMOJI_TEXT)
    show(view, document)
    plain = document.plain
    start = plain.rindex(word)
    view.highlight_ranges("fr", [(start, start + len(word), QColor("yellow"))], "test")
    painted = view.french._layers["test"][0].cursor.selectedText()
    assert painted.replace(NNBSP, " ") == word.replace(NNBSP, " ")
    # the reader selects the same characters: the offsets come back in Document.plain
    block = next(b for b in document.blocks if b.plain_start <= start <= b.plain_start + len(b.text))
    cursor = QTextCursor(view.french.document())
    cursor.setPosition(view.french.document_position(block.index, start - block.plain_start))
    cursor.setPosition(view.french.document_position(block.index, start - block.plain_start + len(word)),
                       QTextCursor.MoveMode.KeepAnchor)
    view.french.setTextCursor(cursor)
    info = view.selection_info("fr")
    assert (info.start, info.end) == (start, start + len(word))
    assert plain[info.start:info.end] == word


def test_hover_and_english_ranges_after_an_emoji(view) -> None:  # type: ignore[no-untyped-def]
    document = parse_markdown(EMOJI_TEXT)
    show(view, document)
    sentence = document.blocks[1].sentences[0]
    english_text = view.english.block(1).text
    offset = english_text.index("gras")
    view.highlight_ranges("en", [(sentence.id, offset - 3, offset + 4, QColor("yellow"))], "t")
    assert view.english._layers["t"][0].cursor.selectedText() == english_text[offset - 3:offset + 4]
    position = view.french.document_position(1, document.blocks[1].text.index("gras"))
    cursor = QTextCursor(view.french.document())
    cursor.setPosition(position)
    found = view.french.sentence_at(view.french.cursorRect(cursor).center() + QPoint(2, 0))
    assert found is not None and found[0] == sentence.id
    assert document.blocks[1].text[found[2]] in "gras"


# -- item 16: French spacing, display only --------------------------------------------------
def test_space_before_double_punctuation_is_narrow_and_unbreakable_on_screen_only(view) -> None:  # type: ignore[no-untyped-def]
    document = parse_markdown("Pourquoi ? Parce que « tout » change : voilà !\n")
    show(view, document)
    shown = qt_text(view.french, 0)
    assert shown == f"Pourquoi{NNBSP}? Parce que «{NNBSP}tout{NNBSP}» change{NNBSP}: voilà{NNBSP}!"
    assert document.blocks[0].text == "Pourquoi ? Parce que « tout » change : voilà !"
    start = document.plain.index("change")
    view.highlight_ranges("fr", [(start, start + 6, QColor("yellow"))], "t")
    assert view.french._layers["t"][0].cursor.selectedText() == "change"


# -- item 15: block formatting of list numbers -----------------------------------------------
def test_list_numbers_are_body_text_after_a_heading_and_after_a_placeholder(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    document = parse_markdown("## Les étapes\n\n1. Ouvrir la porte.\n2. Entrer.\n")
    view.set_document(document, {})
    view.finish_fill()
    view.show_translations(list(range(len(document.blocks))))
    view.translations = {s.id: english(s.text) for s in document.sentences}
    view.show_translations(list(range(len(document.blocks))))
    for pane in (view.french, view.english):
        for index in (1, 2):
            qblock = pane.qt_block(index)
            assert qblock.textList() is not None
            marker = qblock.charFormat()  # what the list number is drawn with
            assert not marker.fontItalic()
            assert marker.property(QTextFormat.Property.FontSizeAdjustment) in (None, 0)
            assert marker.fontWeight() != QFont.Weight.Bold
            assert marker.foreground().color() != view.palette().color(QPalette.ColorRole.PlaceholderText) \
                or marker.foreground().style() == Qt.BrushStyle.NoBrush


# -- item 11: links open in the browser ------------------------------------------------------
def test_clicking_a_link_opens_the_browser_and_its_tooltip_is_the_url(view, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(text_pane.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    document = parse_markdown(EMOJI_TEXT)
    show(view, document)
    pane = view.french
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.document_position(0, document.blocks[0].text.index("joint") + 2))
    point = pane.cursorRect(cursor).center()
    assert pane.tooltip_at(point) == "https://exemple.fr/a"
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [u.toString() for u in opened] == ["https://exemple.fr/a"]
    assert pane.toPlainText().startswith("📎")  # nothing navigated: the article is still there
    cursor.setPosition(pane.document_position(0, 4))
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center())
    assert len(opened) == 1  # plain text opens nothing


# -- tables (issue 12 item 2) -----------------------------------------------------------------
def table_document() -> Document:
    rows = [["Ville", "Projet"], ["Lyon", "Un tramway neuf traversera la ville du nord au sud."],
            ["Nantes", "Un pont."]]
    blocks: list[Block] = []
    plain = 0
    texts = ["Avant le tableau."] + [c for row in rows for c in row] + ["Après le tableau."]
    for i, text in enumerate(texts):
        cell = None
        if 0 < i < len(texts) - 1:
            r, c = divmod(i - 1, 2)
            cell = TableCell(0, r, c, 3, 2, header=r == 0)
        sentences = (Sentence(f"s{i}", i, i, text, 0, len(text), 0, 0),)
        blocks.append(Block(i, "table_cell" if cell else "paragraph", 0, text, 0, 0, plain, sentences,
                            table=cell))
        plain += len(text) + 2
    return Document("", "Tableau", blocks)


def test_tables_are_tables_in_both_panes_with_rows_aligned(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    document = table_document()
    show(view, document)
    view.aligner.align()
    for pane in (view.french, view.english):
        tables = [f for f in pane.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
        assert len(tables) == 1 and (tables[0].rows(), tables[0].columns()) == (3, 2)
        assert tables[0].cellAt(1, 1).firstCursorPosition().block().text().startswith(
            "Un tramway" if pane is view.french else "EN Un tramway")
        assert pane.qt_block(len(document.blocks) - 1).text().endswith("Après le tableau.")
    tops_fr, tops_en = view.french.block_tops(), view.english.block_tops()
    for i, (a, b) in enumerate(zip(tops_fr, tops_en, strict=True)):
        assert abs(a - b) <= 2, f"block {i}: {a} vs {b}"
    assert tops_fr[3] == tops_fr[4] and tops_fr[5] > tops_fr[3]  # a row shares its top
    # a cell is hoverable and annotatable like any sentence
    cursor = QTextCursor(view.french.document())
    cursor.setPosition(view.french.document_position(4, 5))
    found = view.french.sentence_at(view.french.cursorRect(cursor).center() + QPoint(2, 0))
    assert found is not None and found[:2] == ("s4", 4)
    cursor.setPosition(view.french.document_position(4, 3))
    cursor.setPosition(view.french.document_position(4, 10), QTextCursor.MoveMode.KeepAnchor)
    view.french.setTextCursor(cursor)
    info = view.selection_info("fr")
    assert document.plain[info.start:info.end] == document.blocks[4].text[3:10]


# -- item 18: long articles are written in slices, first screen first -----------------------
def test_a_long_article_shows_its_first_screen_at_once_and_fills_the_rest_later(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    paragraph = "Le conseil municipal a voté le budget de la ville après un long débat. " * 6
    document = parse_markdown("\n\n".join(f"Partie {n}. {paragraph}" for n in range(1500)) + "\n")
    started = time.perf_counter()
    view.set_document(document, {})
    elapsed = time.perf_counter() - started
    assert not view.french.is_complete()  # the rest comes over the next turns
    assert view.french.visible_blocks()[0] == 0 and len(view.french.visible_blocks()) >= 2
    assert elapsed < 0.25, f"set_document took {elapsed * 1000:.0f} ms"
    qtbot.waitUntil(lambda: view.french.is_complete() and view.english.is_complete(), timeout=60000)
    assert view.french.qt_block(1499).text().startswith("Partie 1499.")
    view.scroll_to_block(1200)
    qtbot.wait(50)
    assert 1200 in view.french.visible_blocks()


# -- item 7: the first visible sentence stays first on reflow --------------------------------
def first_visible_sentence(pane) -> str:  # type: ignore[no-untyped-def]
    for y in range(0, 60, 2):
        for x in range(20, 200, 10):
            found = pane.sentence_at(QPoint(x, y))
            if found is not None:
                return found[0]
    return ""


@pytest.mark.parametrize("change", ["resize", "zoom", "font", "theme", "translation"])
def test_reflow_keeps_the_first_visible_sentence(view, qtbot, helpers, change) -> None:  # type: ignore[no-untyped-def]
    document = parse_markdown(helpers.article_source(4))
    translations = {s.id: Translation(helpers.FakeEngine.english(s.text)) for s in document.sentences}
    if change == "translation":  # the English above the screen arrives after the reader scrolled
        translations = {}
    view.set_document(document, translations)
    view.finish_fill()
    bar = view.french.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(60)
    before = first_visible_sentence(view.french)
    assert before
    if change == "resize":
        view.resize(560, 500)
    elif change == "zoom":
        view.zoom_in()
        view.zoom_in()
    elif change == "font":
        font = QFont("DejaVu Serif")
        font.setPointSizeF(15)
        view.apply_reading_style(font, font, 1.4)
    elif change == "theme":  # as Preferences applies it: the palette, then the same fonts again
        apply_theme("dark")
        same = QFont(view.french.document().defaultFont())
        view.apply_reading_style(same, same, 1.0)
    else:
        view.translations = {s.id: Translation(helpers.FakeEngine.english(s.text)) for s in document.sentences}
        view.show_translations(list(range(len(document.blocks))))
    qtbot.wait(200)
    after = first_visible_sentence(view.french)
    if change == "theme":
        apply_theme("system")
    assert after == before


# -- item 15: inline formatting carried to the English through the word alignment -----------
def test_bold_and_links_reach_the_english_where_the_alignment_is_clear(view, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(text_pane.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    document = parse_markdown("Le chat **noir** dort sur le [canapé](https://exemple.fr/c).\n")
    sentence = document.sentences[0]
    french, english_text = sentence.text, "The black cat sleeps on the sofa."

    def link(fr: str, en: str) -> tuple[int, int, int, int]:
        return (french.index(fr), french.index(fr) + len(fr), english_text.index(en),
                english_text.index(en) + len(en))

    translation = Translation(english_text, (link("chat", "cat"), link("noir", "black"),
                                             link("canapé", "sofa"), link("dort", "sleeps")))
    view.set_document(document, {sentence.id: translation})
    view.finish_fill()
    black, sofa = english_text.index("black"), english_text.index("sofa")
    assert format_at(view.english, 0, black).fontWeight() == QFont.Weight.Bold
    assert format_at(view.english, 0, english_text.index("cat")).fontWeight() != QFont.Weight.Bold
    assert format_at(view.english, 0, sofa).anchorHref() == "https://exemple.fr/c"
    cursor = QTextCursor(view.english.document())
    cursor.setPosition(view.english.document_position(0, sofa + 1))
    qtbot.mouseClick(view.english.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.english.cursorRect(cursor).center())
    assert [u.toString() for u in opened] == ["https://exemple.fr/c"]


def test_after_a_reflow_the_readers_own_scrolling_is_kept(view, qtbot, helpers) -> None:  # type: ignore[no-untyped-def]
    document = parse_markdown(helpers.article_source(4))
    view.set_document(document, {})
    view.finish_fill()
    view.resize(900, 420)  # height only: nothing to realign
    qtbot.wait(100)
    bar = view.french.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # then the reader scrolls
    qtbot.wait(60)
    before = first_visible_sentence(view.french)
    view.translations = {s.id: Translation(helpers.FakeEngine.english(s.text)) for s in document.sentences}
    view.show_translations(list(range(len(document.blocks))))
    qtbot.wait(200)
    assert first_visible_sentence(view.french) == before
    assert not view.anchor.held


def test_many_translations_arriving_at_once_show_the_screen_first_then_the_rest(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    paragraph = "Le conseil municipal a voté le budget de la ville après un long débat. " * 3
    document = parse_markdown("\n\n".join(f"Partie {n}. {paragraph}" for n in range(600)) + "\n")
    view.set_document(document, {})
    view.finish_fill()
    view.translations = {s.id: english(s.text) for s in document.sentences}
    started = time.perf_counter()
    with qtbot.waitSignal(view.translationsShown, timeout=30000):
        view.show_translations(list(range(len(document.blocks))))
        elapsed = time.perf_counter() - started
        assert all(not view.english.block(i).placeholder for i in view.french.visible_blocks())
        assert view.translated_blocks() < len(document.blocks)  # the rest comes over the next turns
    assert elapsed < 0.1, f"{elapsed * 1000:.0f} ms in one call"
    assert view.translated_blocks() == len(document.blocks)
