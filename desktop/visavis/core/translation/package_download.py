"""Download a translation model from the Argos index, resumably, then install it.

The file grows as ``<name>.argosmodel.part`` in :func:`downloads_dir`; a later
download of the same package continues it with an HTTP ``Range`` request (and starts
over when the server ignores the range).  Only a complete, valid archive is installed.
"""

from __future__ import annotations

import http.client
import os
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import platformdirs

from visavis.core.platform import paths
from visavis.core.translation.discovery import InstalledPackage
from visavis.core.translation.package_archive import (
    PackageCancelled,
    PackageError,
    ensure_free_space,
    validate_archive,
)
from visavis.core.translation.package_index import (
    CONNECT_TIMEOUT_S,
    USER_AGENT,
    fetch_index,
    find_entry,
    network_error,
)
from visavis.core.translation.package_install import install_from_file
from visavis.core.translation.types import CancelCallback, ProgressCallback
from visavis.core.wording import ByteSize, Message

CHUNK_BYTES = 64 * 1024
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")

StageCallback = Callable[[str], None]


def downloads_dir() -> Path:
    """Where partial and finished downloads live (the cache, or the data dir when overridden)."""
    if os.environ.get("VISAVIS_DATA_DIR"):
        folder = paths.data_dir() / "downloads"
    else:
        folder = Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False)) / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _open(url: str, offset: int, timeout: float) -> http.client.HTTPResponse:
    headers = {"User-Agent": USER_AGENT}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    return urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=timeout)


def _start(url: str, part: Path, timeout: float) -> tuple[http.client.HTTPResponse | None, int,
                                                           int | None]:
    """Open the transfer; returns (response or None when already complete, offset, total)."""
    offset = part.stat().st_size if part.exists() else 0
    try:
        response = _open(url, offset, timeout)
    except urllib.error.HTTPError as exc:
        if exc.code != 416 or not offset:
            raise network_error(url, exc) from exc
        # Range not satisfiable: the partial file is complete, or not ours any more.
        match = re.search(r"/(\d+)", exc.headers.get("Content-Range", ""))
        if match and int(match.group(1)) == offset:
            return None, offset, offset
        part.unlink()
        return _start(url, part, timeout)
    except (urllib.error.URLError, OSError) as exc:
        raise network_error(url, exc) from exc
    length = response.headers.get("Content-Length")
    if response.status == 206:
        match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
        if match and int(match.group(1)) == offset:
            total = int(match.group(3)) if match.group(3) != "*" else None
            return response, offset, total
        response.close()  # a range we did not ask for: start over without one
        part.unlink()
        return _start(url, part, timeout)
    # 200: the server ignored the Range header and sends the whole file
    return response, 0, int(length) if length and length.isdigit() else None


def download_file(url: str, part: Path, progress: ProgressCallback | None = None,
                  cancel: CancelCallback | None = None,
                  timeout: float = CONNECT_TIMEOUT_S) -> int:
    """Fetch ``url`` into ``part``, resuming it when it exists; returns the final size.

    Raises PackageError (network, server or truncated transfer: the partial file is
    kept for a later resume) or PackageCancelled (the partial file is kept too).
    """
    response, done, total = _start(url, part, timeout)
    if progress is not None:
        progress(done, total or 0)
    if response is None:
        return done
    if total is not None:
        try:
            ensure_free_space(part.parent, total - done, "to download the model")
        except PackageError:
            response.close()
            raise
    with response, part.open("ab" if done else "wb") as out:
        while True:
            if cancel is not None and cancel():
                raise PackageCancelled("download cancelled")
            try:
                chunk = response.read(CHUNK_BYTES)
            except (OSError, http.client.HTTPException):
                break  # connection dropped: the size check below reports it
            if not chunk:
                break
            try:
                out.write(chunk)
            except OSError as exc:
                raise PackageError("Could not save the download in {folder}: {reason}",
                                   folder=str(part.parent), reason=str(exc.strerror or exc)) from exc
            done += len(chunk)
            if progress is not None:
                progress(done, total or 0)
    if total is not None and done < total:
        raise PackageError("The download stopped after {done} of {total}. "
                           "Try again: it will resume where it stopped.",
                           done=ByteSize(done), total=ByteSize(total))
    if total is not None and done > total:
        part.unlink()
        raise PackageError("The server sent more data than announced; the download was "
                           "discarded. Try again.")
    return done


def download_package(from_code: str = "fr", to_code: str = "en", *,
                     packages_dir: Path | None = None,
                     progress: ProgressCallback | None = None,
                     cancel: CancelCallback | None = None,
                     on_stage: StageCallback | None = None,
                     index_url: str | None = None,
                     timeout: float = CONNECT_TIMEOUT_S) -> InstalledPackage:
    """Find the newest ``from→to`` package in the index, download it and install it.

    ``progress(done, total)`` counts downloaded bytes, then unpacked bytes once
    ``on_stage`` said "Installing…".
    """
    def stage(text: str, **fields: object) -> None:
        if on_stage is not None:
            on_stage(Message(text, **fields))

    stage("Looking up the model index…")
    entry = find_entry(fetch_index(index_url, timeout=timeout), from_code, to_code)
    folder = downloads_dir()
    final = folder / entry.file_name
    part = folder / (entry.file_name + ".part")
    if not final.exists():
        stage("Downloading {name}…", name=entry.file_name)
        error: PackageError | None = None
        for link in entry.links:
            try:
                download_file(link, part, progress, cancel, timeout)
            except PackageError as exc:
                error = exc
                continue
            error = None
            break
        if error is not None:
            raise error
        part.replace(final)
    stage("Checking the package…")
    try:
        validate_archive(final, expected=(from_code, to_code))
    except PackageError as exc:
        final.unlink(missing_ok=True)
        raise PackageError("{error} The downloaded file was removed.", error=exc.message) from exc
    stage("Installing…")
    installed = install_from_file(final, packages_dir, progress=progress, cancel=cancel,
                                  expected=(from_code, to_code))
    final.unlink(missing_ok=True)
    return installed
