"""What is wrong when a library cannot be opened: damage, or a healthy file that is locked,
on a full disk or read-only.  Only real damage is reported as damage."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from visavis.core.store.errors import (
    LibraryCorrupt,
    LibraryDiskFull,
    LibraryError,
    LibraryLocked,
    LibraryReadOnly,
    LibraryUnavailable,
)

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_PROBE_BYTES = 64 * 1024
_MAX_PROCESSES = 4096  # /proc entries looked at to name a lock holder


def lock_holders(path: Path) -> list[str]:
    """``process PID (name)`` of the other processes that have the library open (Linux
    /proc; empty elsewhere or when it cannot be known)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    try:
        wanted = {str(Path(path).resolve())}
    except OSError:
        return []
    wanted |= {w + suffix for w in list(wanted) for suffix in ("-wal", "-shm")}
    found: list[str] = []
    own = os.getpid()
    try:
        entries = [e for e in os.scandir(proc) if e.name.isdigit()][:_MAX_PROCESSES]
    except OSError:
        return []
    for entry in entries:
        pid = int(entry.name)
        if pid == own:
            continue
        try:
            links = {os.readlink(fd.path) for fd in os.scandir(f"/proc/{pid}/fd")}
        except OSError:
            continue
        if links & wanted:
            try:
                name = Path(f"/proc/{pid}/comm").read_text().strip()
            except OSError:
                name = "?"
            found.append(f"process {pid}, {name}")
    return found


def write_problem(folder: Path) -> str | None:
    """``"full"`` or ``"read-only"`` when a small file cannot be written in ``folder``."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".visavis-probe-") as probe:
            probe.write(b"\0" * _PROBE_BYTES)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        if exc.errno in _FULL:
            return "full"
        if exc.errno in _READ_ONLY:
            return "read-only"
    return None


def classify(path: Path, exc: BaseException) -> LibraryError:
    """The reader-facing error for a SQLite (or OS) failure while opening ``path``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = str(exc) or type(exc).__name__
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in detail:
        return LibraryLocked(path, detail, lock_holders(path))
    if name.startswith("SQLITE_FULL") or getattr(exc, "errno", None) in _FULL:
        return LibraryDiskFull(path, detail)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return LibraryCorrupt(path, detail)
    problem = write_problem(path.parent) if path.parent.is_dir() else None
    if problem == "full":
        return LibraryDiskFull(path, detail)
    if problem == "read-only" or (path.exists() and not os.access(path, os.W_OK)) \
            or name.startswith("SQLITE_READONLY") or getattr(exc, "errno", None) in _READ_ONLY:
        return LibraryReadOnly(path, detail)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or isinstance(exc, OSError):
        return LibraryUnavailable(path, detail)
    if isinstance(exc, sqlite3.DatabaseError):
        return LibraryCorrupt(path, detail)
    return LibraryUnavailable(path, detail)
