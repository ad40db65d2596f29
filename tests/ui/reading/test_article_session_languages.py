"""An English paragraph of a French article is shown as is on both sides, never translated."""

from __future__ import annotations

from visavis.core.document.markdown_parser import parse_markdown
from visavis.ui.reading.article_session import ArticleSession
from visavis.ui.reading.reading_view import english_block

SOURCE = ("# Politique\n\nNous collectons uniquement les données nécessaires au fonctionnement du "
          "service.\n\n# Privacy policy\n\nWe only collect the data that the service needs in "
          "order to work. Your data is never sold.\n")


def test_english_blocks_are_their_own_translation() -> None:
    session = ArticleSession(parse_markdown(SOURCE))
    english = [b for b in session.document.blocks if b.language == "en"]
    assert [b.text for b in english][-1].startswith("We only collect")
    for block in english:
        shown = english_block(block, session.translations, {})
        assert not shown.placeholder and shown.text == block.text
    french = session.document.blocks[1]
    assert french.language == "fr"
    assert all(s.id not in session.translations for s in french.sentences)  # still to translate


def test_panes_mark_blocks_that_are_not_french(qtbot) -> None:  # type: ignore[no-untyped-def]
    from visavis.ui.reading.reading_view import ReadingView

    session = ArticleSession(parse_markdown(SOURCE))
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_document(session.document, session.translations, {})
    view.finish_fill()
    view.show()
    english_index = [b.index for b in session.document.blocks if b.language == "en"]
    for pane in (view.french, view.english):
        # once per run of English blocks, on its first block
        assert [i for i in range(pane.block_count()) if pane.block(i).badge] == english_index[:1]
        assert pane.block(english_index[0]).badge == "Not French — not translated"
        assert not pane.block(1).badge
        sid = session.document.blocks[english_index[-1]].sentences[0].id
        assert pane.tooltips[sid] == "Not French — not translated"
    assert view.english.block(english_index[-1]).text == session.document.blocks[english_index[-1]].text
    assert not view.grab().isNull()  # the badges paint


def test_asides_and_notes_are_styled_in_both_panes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    from visavis.ui.reading.reading_view import ReadingView

    source = ("Avant.\n\n::: tip Astuce de démarrage\nCopiez le fichier d'exemple.\n:::\n\n"
              "Un fait[^1].\n\n[^1]: La source.\n")
    view = ReadingView()
    qtbot.addWidget(view)
    view.set_document(parse_markdown(source), {}, {})
    view.finish_fill()
    for pane in (view.french, view.english):
        assert [pane.block(i).aside for i in range(pane.block_count())] == ["", "tip", "tip", "", ""]
        title, body, plain = (pane.document().findBlockByNumber(n) for n in (1, 2, 0))
        assert body.blockFormat().leftMargin() > plain.blockFormat().leftMargin()
        assert body.blockFormat().background().style() != 0  # tinted
    title_char = view.french.document().findBlockByNumber(1).begin().fragment().charFormat()
    assert title_char.fontWeight() == QFont.Weight.Bold
