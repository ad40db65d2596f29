"""Full-text search: accents, prefixes, phrases, snippets, ranking, odd input, consistency."""

from __future__ import annotations

import pytest

from visavis.core.store.library import Library
from visavis.core.store.search import MATCH_END, MATCH_START, strip_markers
from visavis.core.store.search_query import parse_terms, to_match


@pytest.fixture
def filled(library: Library) -> dict[str, int]:
    ids = {
        "ecole": library.articles.add(
            "La rentrée scolaire", "# Rentrée\n\nLes élèves retournent à l'**école** lundi matin. "
            "Les enseignants préparent les classes depuis une semaine."),
        "meteo": library.articles.add(
            "Météo du week-end", "Il fera beau samedi, mais la pluie reviendra dimanche soir "
            "sur toute la région."),
        "titre": library.articles.add("École et numérique", "Un débat sur les tablettes en classe."),
    }
    return ids


def _ids(library: Library, query: str, **kw: object) -> list[int]:
    return [h.article_id for h in library.search_index.search(query, **kw)]  # type: ignore[arg-type]


def test_accent_insensitive_both_ways(library: Library, filled: dict[str, int]) -> None:
    assert set(_ids(library, "ecole ")) == {filled["ecole"], filled["titre"]}
    assert _ids(library, "METEO ") == [filled["meteo"]]
    assert _ids(library, "élèves ") == [filled["ecole"]]


def test_prefix_explicit_and_automatic_on_last_word(library: Library, filled: dict[str, int]) -> None:
    assert _ids(library, "ensei*") == [filled["ecole"]]
    assert _ids(library, "ensei") == [filled["ecole"]]  # typing: last word is a prefix
    assert _ids(library, "ensei ") == []  # finished word: exact
    assert _ids(library, "ensei", auto_prefix=False) == []


def test_phrase_queries(library: Library, filled: dict[str, int]) -> None:
    assert _ids(library, '"pluie reviendra"') == [filled["meteo"]]
    assert _ids(library, '"reviendra pluie"') == []


def test_exclusion(library: Library, filled: dict[str, int]) -> None:
    assert _ids(library, "class* -tablettes ") == [filled["ecole"]]
    assert _ids(library, "-classe") == []  # nothing positive to search


def test_title_hit_ranks_first_and_snippet_is_highlighted(library: Library,
                                                         filled: dict[str, int]) -> None:
    hits = library.search_index.search("école ")
    assert hits[0].article_id == filled["titre"]
    assert hits[0].title == f"{MATCH_START}École{MATCH_END} et numérique"
    body = next(h for h in hits if h.article_id == filled["ecole"])
    assert f"{MATCH_START}école{MATCH_END}" in body.snippet
    assert "**" not in body.snippet and "#" not in body.snippet  # markdown stripped
    assert strip_markers(body.title) == "La rentrée scolaire"


@pytest.mark.parametrize("query", [
    '"', '""', '"unterminated', "*", "**", "-", "--", "-*", "NEAR", "NEAR(école pluie)",
    "école NOT", "AND OR", "title:école", ":", "(", ")", "(école", "école)", "^école", "+",
    "école + pluie", "a'b", "l'école", "\\", "'", "%", "_", "{title}: x", "école*pluie",
    "\x00", "\x02\x03", "é" * 500, "x " * 200,
])
def test_odd_queries_never_raise(library: Library, filled: dict[str, int], query: str) -> None:
    hits = library.search_index.search(query)
    assert isinstance(hits, list)
    match = to_match(query)
    if match is not None:  # the expression itself is valid FTS5
        library.connection.execute(
            "SELECT count(*) FROM article_search WHERE article_search MATCH ?", (match,)).fetchone()


def test_syntax_characters_are_searched_as_text(library: Library, filled: dict[str, int]) -> None:
    assert _ids(library, "l'école ") == [filled["ecole"]]
    assert _ids(library, "(école) ")[0] == filled["titre"]
    assert _ids(library, "NEAR ") == []
    assert parse_terms('-"a b" c*')[0].negated and parse_terms('-"a b" c*')[0].phrase


def test_english_translation_and_notes_are_searchable(library: Library,
                                                      filled: dict[str, int]) -> None:
    library.search_index.update_article(filled["meteo"], english_plain="The rain will be back.")
    library.search_index.update_notes(filled["ecole"], "Penser à relire le passage sur les profs.")
    assert _ids(library, "rain ") == [filled["meteo"]]
    assert _ids(library, "profs ") == [filled["ecole"]]
    hit = library.search_index.search("rain ")[0]
    assert f"{MATCH_START}rain{MATCH_END}" in hit.snippet
    library.search_index.update_article(filled["meteo"], english_plain="Sunny.")
    assert _ids(library, "rain ") == []  # old translation no longer indexed


def test_index_follows_rename_source_update_trash_and_purge(library: Library,
                                                           filled: dict[str, int]) -> None:
    library.articles.rename(filled["meteo"], "Prévisions")
    assert _ids(library, "previsions ") == [filled["meteo"]]
    assert _ids(library, "week ") == []
    library.articles.update_source(filled["meteo"], "Grand soleil attendu.")
    assert _ids(library, "soleil ") == [filled["meteo"]] and _ids(library, "pluie ") == []
    library.trash.delete([filled["meteo"]])
    assert _ids(library, "soleil ") == []
    library.trash.undo_last_delete()
    assert _ids(library, "soleil ") == [filled["meteo"]]
    library.trash.delete([filled["meteo"]])
    library.trash.empty()
    count = library.connection.execute(
        "SELECT count(*) FROM article_search WHERE article_search MATCH 'soleil'").fetchone()[0]
    assert count == 0


def test_tag_filter_limit_and_rebuild(library: Library, filled: dict[str, int]) -> None:
    library.tags.add(filled["titre"], "Débat")
    assert _ids(library, "class* ", tag="débat") == [filled["titre"]]
    assert len(library.search_index.search("class*", limit=1)) == 1
    library.connection.execute("DELETE FROM search_documents")
    assert _ids(library, "class*") == []
    library.search_index.rebuild()
    assert set(_ids(library, "class*")) == {filled["ecole"], filled["titre"]}
    assert library.search_index.count("class*") == 2


def test_stop_words_and_one_letter_prefixes_are_dropped_when_other_words_remain() -> None:
    assert to_match("millions de dollars ") == '"millions" AND "dollars"'
    assert to_match("millions d") == '"millions"'  # still typing the next word
    assert to_match('"millions de dollars"') == '"millions de dollars"'  # phrases untouched
    assert to_match("la ") == '"la"'  # nothing else to search: kept
    assert to_match("é") == '"é"'  # a lone letter is not a prefix of every word
    assert to_match("le chat -de ") == '("chat") NOT ("de")'


def test_stop_word_queries_still_find_articles(library: Library, filled: dict[str, int]) -> None:
    assert _ids(library, "la pluie ") == [filled["meteo"]]
    assert _ids(library, "les ")  # alone, a stop word is searched
