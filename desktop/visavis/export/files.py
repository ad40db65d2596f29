"""Writing export files without ever leaving a half-written file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from visavis.export.errors import ExportError


def check_destination(path: Path) -> None:
    if path.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name.")
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist.")
    if not os.access(path.parent, os.W_OK):
        raise ExportError(f"Vis-à-vis cannot write in {path.parent}; choose another folder.")


def write_text_atomically(path: Path, text: str) -> None:
    check_destination(path)
    fd, tmp = tempfile.mkstemp(prefix=".visavis-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(f"{path} could not be written: {exc.strerror or exc}.") from exc
