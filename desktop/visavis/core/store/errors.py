"""Errors raised by the library store; their messages are written for the reader."""

from __future__ import annotations

from pathlib import Path

from visavis.core.wording import Message


class LibraryError(Exception):
    """Base class: ``str(error)`` is a sentence the reader can act on.

    ``LibraryError(template, **fields)`` keeps the template and fields (a
    :class:`~visavis.core.wording.Message`) so that an interface can translate it.
    """

    def __init__(self, message: str = "", **fields: object) -> None:
        super().__init__(Message(message, **fields) if fields else message)


class LibraryCorrupt(LibraryError):
    """The library file is not a SQLite database, or SQLite reports damage."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            "The library file {path} is damaged or is not a Vis-à-vis library ({detail}). "
            "It was left untouched. You can start a new library; the old file is kept "
            "beside it so nothing is lost.", path=str(path), detail=detail)


class LibraryTooNew(LibraryError):
    """The library was written by a newer Vis-à-vis (it has migrations we do not know)."""

    def __init__(self, path: Path, unknown_versions: list[int]) -> None:
        self.path = path
        self.unknown_versions = unknown_versions
        super().__init__(
            "The library {path} was created by a newer version of Vis-à-vis "
            "(schema version {version}). Update Vis-à-vis to open it; "
            "the library was left untouched.", path=str(path), version=max(unknown_versions))


class LibraryMigrationError(LibraryError):
    """A migration failed; it was rolled back, so the library keeps its previous schema."""

    def __init__(self, path: Path, name: str, detail: str) -> None:
        self.path = path
        super().__init__(
            "Vis-à-vis could not update the library {path} to the new format "
            "(step {name}: {detail}). The library was left as it was.",
            path=str(path), name=name, detail=detail)


class BackupError(LibraryError):
    """A backup archive could not be read or written."""


class LibraryForeign(LibraryError):
    """The file is a SQLite database of another program (no Vis-à-vis application id or
    schema): refused without writing a byte to it."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            "The file {path} is another program's SQLite database, not a Vis-à-vis library "
            "({detail}). It was left untouched; choose another file for your library.",
            path=str(path), detail=detail)


class LibraryUnavailable(LibraryError):
    """A healthy library that cannot be used right now (locked, disk full, read-only,
    an I/O error): the file is fine and is never set aside.  ``reason`` says which."""

    reason = "unavailable"

    def __init__(self, path: Path, detail: str, message: str | None = None,
                 **fields: object) -> None:
        self.path = path
        self.detail = detail
        super().__init__(message or (
            "The library {path} could not be read just now ({detail}). It is not damaged "
            "and was left untouched: try again, or open it read-only."),
            path=str(path), detail=detail, **fields)


class LibraryLocked(LibraryUnavailable):
    reason = "locked"

    def __init__(self, path: Path, detail: str, holders: list[str] | None = None) -> None:
        self.holders = holders or []
        by = f" ({', '.join(self.holders)})" if self.holders else ""
        super().__init__(path, detail, (
            "The library {path} is locked by another program{by}, so Vis-à-vis cannot open "
            "it now. The library is not damaged and was left untouched: close the other "
            "program and try again, or open the library read-only."), by=by)


class LibraryDiskFull(LibraryUnavailable):
    reason = "disk_full"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, detail, (
            "The disk holding the library {path} is full ({detail}), so Vis-à-vis cannot "
            "open it. The library is not damaged and was left untouched: free some space "
            "and try again, or open it read-only."))


class LibraryReadOnly(LibraryUnavailable):
    reason = "read_only"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, detail, (
            "The library {path} is in a read-only folder or file ({detail}), so Vis-à-vis "
            "cannot write to it. The library is not damaged and was left untouched: open it "
            "read-only (what you change is not saved), or make the folder writable and try "
            "again."))
