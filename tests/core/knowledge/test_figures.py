from __future__ import annotations

from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.tokens import document_tokens, effective_status, iter_tokens
from visavis.core.knowledge.word_index import load_document
from visavis.core.store.library import Library
from visavis.core.translation.types import Translation


def _expected(library: Library, article_id: int) -> tuple[int, int]:
    """(known tokens, counted tokens) computed the slow way, token by token."""
    doc, _ = load_document(library.database, article_id)
    statuses = library.word_status.lemma_statuses()
    known = counted = 0
    for token in iter_tokens(document_tokens(doc)):
        status = effective_status(token, statuses)
        if status != TermStatus.IGNORED:
            counted += 1
            known += status == TermStatus.KNOWN
    return known, counted


def test_figures_follow_every_status_change(library: Library, article_id: int) -> None:
    figures = library.article_figures.get(article_id)
    assert figures is not None and figures.known_tokens == 0
    assert (figures.known_tokens, figures.counted_tokens) == _expected(library, article_id)
    ws = library.word_status
    steps = [("le", TermStatus.KNOWN), ("pousse", TermStatus.LEARNING_1), ("chat", TermStatus.NEW),
             ("pousse", TermStatus.KNOWN), ("paris", TermStatus.KNOWN), ("le", None),
             ("montréal", TermStatus.UNKNOWN), ("voir", TermStatus.IGNORED)]
    for lemma, status in steps:
        ws.set_many([(lemma, status)])
        figures = library.article_figures.get(article_id)
        assert (figures.known_tokens, figures.counted_tokens) == _expected(library, article_id), lemma
    assert figures.new_words == 1


def test_statuses_before_the_article_count_too(library: Library) -> None:
    library.word_status.set("chat", TermStatus.KNOWN)
    article = library.articles.add("Chat", "Le chat dort. Le chat mange.")
    library.word_occurrences.index_article(article)
    figures = library.article_figures.get(article)
    assert (figures.known_tokens, figures.counted_tokens) == (2, 6)
    assert figures.known_percent == 33


def test_reindex_after_edit_and_filter(library: Library, article_id: int) -> None:
    library.word_status.set_many([(w, TermStatus.KNOWN) for w in ("le", "chat", "dormir")])
    easy = library.articles.add("Facile", "Le chat dort.")
    library.word_occurrences.index_article(easy)
    assert library.article_figures.known_at_least(0.9) == [easy]
    library.articles.update_source(easy, "Le chat dort. Le loup hurle.")
    assert library.word_occurrences.unindexed_ids() == [easy]
    assert library.word_occurrences.index_missing() == 1
    assert library.article_figures.get(easy).known_tokens == 4
    assert library.article_figures.known_at_least(0.9) == []
    assert not library.word_occurrences.index_article(easy)  # unchanged: nothing to do


def test_deleting_an_article_removes_its_counts(library: Library, article_id: int) -> None:
    library.word_status.set("chat", TermStatus.KNOWN)
    with library.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    assert library.article_figures.figures() == {}
    library.word_status.set("chat", TermStatus.NEW)  # triggers find nothing to update: fine


def test_sentences_for_review_cards(library: Library, article_id: int) -> None:
    found = library.word_occurrences.sentences("recruter", limit=3)
    assert [o.french for o in found] == ["Les pousses recrutées à Montréal travaillent."]
    assert found[0].article_id == article_id and found[0].english == ""
    library.translations.put("m1", found[0].french, Translation("The recruited shoots work.", ()))
    assert library.word_occurrences.sentences("recruter")[0].english == "The recruited shoots work."
    assert library.word_occurrences.sentences("jeune pousse")[0].french == "Les jeunes pousses"
    assert library.word_occurrences.sentences("absent") == []


def test_all_figures_at_once_match_each_article(library: Library, article_id: int) -> None:
    other = library.articles.add("Chat", "Le chat dort. Le chat mange à Paris.")
    third = library.articles.add("Vide", "1 2 3.")
    for article in (other, third):
        library.word_occurrences.index_article(article)
    library.word_status.set_many([("chat", TermStatus.KNOWN), ("le", TermStatus.LEARNING_1),
                                  ("paris", TermStatus.NEW)])
    every = library.article_figures.figures()
    assert set(every) == {article_id, other, third}
    for article in every:
        assert every[article] == library.article_figures.get(article)
    assert library.article_figures.figures([other, 999]) == {other: every[other]}
    assert every[third].counted_tokens == 0 and every[third].known_share == 1.0
    assert library.article_figures.get(999) is None


def test_articles_with_a_lemma_and_library_counts(library: Library, article_id: int) -> None:
    other = library.articles.add("Chats", "Les chats, les chats, les chats.")
    library.word_occurrences.index_article(other)
    assert library.word_occurrences.articles_with("chat") == [other, article_id]  # most first
    assert library.word_occurrences.lemma_counts(other) == {"le": 3, "chat": 3}
    counts = dict(library.word_occurrences.library_counts())
    assert counts["chat"] == 4
    library.articles.update_source(other, "Un chat.")
    library.word_occurrences.index_missing()
    assert dict(library.word_occurrences.library_counts())["chat"] == 2  # re-index: old text out
