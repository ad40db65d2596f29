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
