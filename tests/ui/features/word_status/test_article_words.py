"""ArticleWords: the open article's tokens and statuses (pure Python, no window)."""

from __future__ import annotations

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.knowledge.statuses import TermStatus
from visavis.ui.features.word_status.article_words import ArticleWords

TEXT = "# Les chats\n\nLes chats de Paris dorment. Un chat dort à Paris.\n\nLe chien aboie."


def _slow_known_share(words: ArticleWords) -> tuple[int, int]:
    known = counted = 0
    for token in words.all_tokens():
        status = words.status(token)
        if status != TermStatus.IGNORED:
            counted += 1
            known += status == TermStatus.KNOWN
    return known, counted


def test_figures_per_group_match_token_by_token() -> None:
    words = ArticleWords.build(parse_markdown(TEXT), None)
    for change in [("chat", TermStatus.KNOWN, ""), ("le", TermStatus.KNOWN, ""),
                   ("chat", TermStatus.LEARNING_1, "chats"), ("paris", TermStatus.NEW, ""),
                   ("dormir", TermStatus.IGNORED, ""), ("paris", None, "")]:
        words.apply(*change)
        figures = words.figures()
        assert (figures.known_tokens, figures.counted_tokens) == _slow_known_share(words), change
    assert words.automatic_status("paris") == TermStatus.IGNORED
    assert words.automatic_status("chien") == TermStatus.UNKNOWN


def test_token_lookup_and_offsets() -> None:
    doc = parse_markdown(TEXT)
    words = ArticleWords.build(doc, None)
    sentence = doc.blocks[1].sentences[1]
    token = words.token_at(sentence.id, sentence.text.index("dort") + 1)
    assert token is not None and token.lemma == "dormir"
    start, end = words.plain_range(token)
    assert doc.plain[start:end] == "dort"
    assert [t.text for _s, _e, t in words.block_tokens(2)] == ["Le", "chien", "aboie"]
    assert words.token_at(sentence.id, 1).text == "Un" and words.token_at(sentence.id, 2) is None


def test_a_multiword_term_shows_its_own_status() -> None:
    words = ArticleWords.build(parse_markdown("Les jeunes pousses recrutent. Une jeune fille."), None)
    words.apply("jeune pousse", TermStatus.KNOWN)
    statuses = {(t.text, t.sentence_id): words.status(t) for t in words.all_tokens()}
    by_text = {text: status for (text, _sid), status in statuses.items()}
    assert by_text["jeunes"] == by_text["pousses"] == TermStatus.KNOWN
    assert by_text["jeune"] == TermStatus.UNKNOWN  # « jeune fille » is not the term
    words.apply("jeune pousse", None)
    assert {words.status(t) for t in words.all_tokens()} == {TermStatus.UNKNOWN}
