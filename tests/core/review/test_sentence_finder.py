"""The review's sentence finder: same sentences as word_occurrences, each article parsed once."""

from __future__ import annotations

from visavis.core.review.sentence_finder import SentenceFinder
from visavis.core.translation.types import Translation

ARTICLES = [
    ("Au pré", "Le cheval court dans le pré. Le cheval mange. Les jeunes pousses poussent."),
    ("À l'écurie", "Les chevaux dorment. Une jeune pousse recrute."),
    ("Météo", "Il pleut sur la ville."),
]


def _stock(library) -> list[int]:  # type: ignore[no-untyped-def]
    ids = [library.articles.add(title, text) for title, text in ARTICLES]
    for article_id in ids:
        library.word_occurrences.index_article(article_id)
    library.translations.put("m", "Les chevaux dorment.", Translation("The horses sleep."))
    return ids


def test_same_sentences_as_word_occurrences(library):
    _stock(library)
    finder = SentenceFinder(library)
    for key in ("cheval", "jeune pousse", "pleuvoir", "absent"):
        expected = [(o.article_id, o.sentence_id, o.french, o.english, o.title)
                    for o in library.word_occurrences.sentences(key, 5)]
        got = [(m.article_id, m.sentence_id, m.french, m.english, m.article_title)
               for m in finder.sentences(key, 5)]
        assert got == expected
    assert {m.english for m in finder.sentences("cheval", 5)} == {"", "The horses sleep."}


def test_each_article_is_parsed_once_for_many_terms_and_again_after_an_edit(library):
    ids = _stock(library)
    finder = SentenceFinder(library)
    for key in ("cheval", "jeune pousse", "pousse", "courir", "manger", "dormir"):
        finder.sentences(key, 5)
    assert finder.parsed == 2  # the two articles with these lemmas, once each
    library.articles.update_source(ids[0], "Le cheval galope.")
    library.word_occurrences.index_article(ids[0])
    assert [m.french for m in finder.sentences("cheval", 5)][0] in (
        "Le cheval galope.", "Les chevaux dorment.")
    assert "Le cheval galope." in [m.french for m in finder.sentences("cheval", 5)]
    assert finder.parsed == 3


def test_the_cache_is_bounded(library):
    _stock(library)
    finder = SentenceFinder(library, cache_size=1)
    finder.sentences("cheval", 5)
    assert len(finder._cache) == 1
