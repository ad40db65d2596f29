"""Fixtures for the word-knowledge tests: a library with one small French article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from visavis.core.store.library import Library

ARTICLE = (
    "# Les jeunes pousses\n\n"
    "Les pousses recrutées à Montréal travaillent. Paris est belle, dit Paris.\n\n"
    "Voir www.exemple.fr et les chats du quartier.\n"
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture
def article_id(library: Library) -> int:
    article = library.articles.add("Les jeunes pousses", ARTICLE)
    assert library.word_occurrences.index_article(article)
    return article
