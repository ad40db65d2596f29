from __future__ import annotations

from visavis.core.knowledge.iplus1 import find_sentences
from visavis.core.knowledge.mark_rest import mark_rest_known
from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.tokens import document_tokens, iter_tokens
from visavis.core.knowledge.word_index import load_document
from visavis.core.store.library import Library
from visavis.core.translation.types import Translation


def test_mark_the_rest_known_leaves_learning_and_ignored_and_undoes(library: Library,
                                                                   article_id: int) -> None:
    ws = library.word_status
    ws.set("pousse", TermStatus.LEARNING_2)
    ws.set("chat", TermStatus.NEW)
    doc, _ = load_document(library.database, article_id)
    tokens = list(iter_tokens(document_tokens(doc)))
    previous = mark_rest_known(library, tokens)
    assert ws.get("pousse") == TermStatus.LEARNING_2
    assert ws.get("chat") == TermStatus.KNOWN and ws.get("recruter") == TermStatus.KNOWN
    assert ws.explicit("paris") is None  # ignored automatically: untouched
    figures = library.article_figures.get(article_id)
    assert figures.known_tokens == figures.counted_tokens - 2  # all but « pousses » (twice)
    ws.restore(previous)
    assert ws.get("chat") == TermStatus.NEW and ws.explicit("recruter") is None
    assert library.article_figures.get(article_id).known_tokens == 0


def test_i_plus_one_sentences(library: Library) -> None:
    article = library.articles.add("Chats", "Le chat noir dort ici. Le chien noir dort ici. "
                                   "Le loup gris hurle là.")
    library.word_occurrences.index_article(article)
    library.word_status.set_many([(w, TermStatus.KNOWN) for w in ("le", "noir", "dormir", "ici")])
    library.word_status.set("chien", TermStatus.KNOWN)
    library.translations.put("m", "Le chat noir dort ici.", Translation("The black cat sleeps here.", ()))
    found = find_sentences(library)
    assert [(s.french, s.word, s.lemma) for s in found] == [("Le chat noir dort ici.", "chat", "chat")]
    assert found[0].english == "The black cat sleeps here."
    assert found[0].french[found[0].start:found[0].end] == "chat"
    assert found[0].article_id == article
    assert find_sentences(library, cancel=lambda: True) == []
