"""Errors raised by the library store; their messages are written for the reader."""

from __future__ import annotations

from pathlib import Path


class LibraryError(Exception):
    """Base class: ``str(error)`` is a sentence the reader can act on."""


class LibraryCorrupt(LibraryError):
    """The library file is not a SQLite database, or SQLite reports damage."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"The library file {path} is damaged or is not a Vis-à-vis library ({detail}). "
            "It was left untouched. You can start a new library; the old file is kept "
            "beside it so nothing is lost."
        )


class LibraryTooNew(LibraryError):
    """The library was written by a newer Vis-à-vis (it has migrations we do not know)."""

    def __init__(self, path: Path, unknown_versions: list[int]) -> None:
        self.path = path
        self.unknown_versions = unknown_versions
        super().__init__(
            f"The library {path} was created by a newer version of Vis-à-vis "
            f"(schema version {max(unknown_versions)}). Update Vis-à-vis to open it; "
            "the library was left untouched."
        )


class LibraryMigrationError(LibraryError):
    """A migration failed; it was rolled back, so the library keeps its previous schema."""

    def __init__(self, path: Path, name: str, detail: str) -> None:
        self.path = path
        super().__init__(
            f"Vis-à-vis could not update the library {path} to the new format "
            f"(step {name}: {detail}). The library was left as it was."
        )


class BackupError(LibraryError):
    """A backup archive could not be read or written."""
