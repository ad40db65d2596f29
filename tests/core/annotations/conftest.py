"""A real library (core.store.Library) for annotation tests."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from visavis.core.store.library import Library


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator[Callable[[], Library]]:
    """Open (again) the same library file; every opened library is closed at the end."""
    opened: list[Library] = []

    def _open() -> Library:
        library = Library.open(tmp_path / "library.sqlite3")
        opened.append(library)
        return library

    yield _open
    for library in opened:
        with contextlib.suppress(sqlite3.ProgrammingError):  # already closed by the test
            library.close()


@pytest.fixture
def add_article() -> Callable[..., int]:
    def _add(library: Library, title: str = "Un article") -> int:
        return library.articles.add(title, "Le chat dort.")
    return _add
