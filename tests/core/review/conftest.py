"""Fixtures of the review tests: a library with articles, translations and glossary entries,
a settable clock and a scheduler without fuzz (deterministic intervals)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fsrs import Scheduler

from fixtures.review_fakes import Clock
from visavis.core.glossary.reader_glossary import ReaderGlossary
from visavis.core.store.library import Library
from visavis.core.translation.types import Translation

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

SENTENCE_FR = "Les start-up recrutées cette année sont des jeunes pousses."
SENTENCE_EN = "The start-ups recruited this year are young shoots."


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(enable_fuzzing=False)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


@pytest.fixture
def reading_library(library: Library) -> Library:
    """One article, its cached translation with an alignment, two glossary entries."""
    article = library.articles.add("Les jeunes pousses", SENTENCE_FR)
    # recrutées (13..22) -> recruited (14..23); jeunes pousses (44..58) -> young shoots (38..50)
    alignment = ((13, 22, 14, 23), (44, 50, 38, 43), (51, 58, 44, 50))
    library.translations.put("fixture-model", SENTENCE_FR, Translation(SENTENCE_EN, alignment))
    glossary = ReaderGlossary(library)
    glossary.add("jeunes pousses", "start-ups", "a calque of 'start-up'", article_id=article,
                 context=SENTENCE_FR)
    glossary.add("recrutées", "recruited", article_id=article, context=SENTENCE_FR)
    return library
