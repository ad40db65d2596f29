"""Fixtures for the library store tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from visavis.core.store.library import Library


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(library_file: Path) -> Iterator[Library]:
    lib = Library.open(library_file)
    yield lib
    lib.close()
