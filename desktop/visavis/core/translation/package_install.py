"""Install and remove Argos model packages without ever leaving a half-written model.

A package is validated, unpacked into a hidden staging folder next to the packages
folder (same file system), then renamed into place.  A package of the same name is
replaced only once the new one unpacked completely; cancelling or failing leaves the
packages folder exactly as it was.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

from visavis.core.translation.discovery import (
    InstalledPackage,
    default_packages_dirs,
    read_package,
)
from visavis.core.translation.package_archive import (
    PackageCancelled,
    PackageError,
    damaged_message,
    ensure_free_space,
    open_zip,
    validate_archive,
)
from visavis.core.translation.types import CancelCallback, ProgressCallback

COPY_CHUNK_BYTES = 1024 * 1024
STAGING_PREFIX = ".visavis-staging-"
STALE_STAGING_S = 24 * 3600  # staging folders this old were left by a crash


def default_packages_dir() -> Path:
    """Where new packages go: Argos' packages folder (``ARGOS_PACKAGES_DIR`` wins)."""
    return default_packages_dirs()[0]


def remove_stale_staging(parent: Path, max_age_s: float = STALE_STAGING_S) -> None:
    """Delete staging folders an interrupted install (crash, power cut) left behind."""
    now = time.time()
    for folder in parent.glob(STAGING_PREFIX + "*"):
        try:
            if now - folder.stat().st_mtime > max_age_s:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


def _extract(archive: zipfile.ZipFile, staging: Path, total: int,
             progress: ProgressCallback | None, cancel: CancelCallback | None) -> None:
    done = 0
    for member in archive.infolist():
        target = staging.joinpath(*member.filename.split("/"))
        if not target.resolve().is_relative_to(staging.resolve()):
            raise PackageError("Unsafe file name in the package: {name}", name=member.filename)
        if member.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(member) as source, target.open("wb") as out:
            while True:
                if cancel is not None and cancel():
                    raise PackageCancelled("installation cancelled")
                chunk = source.read(COPY_CHUNK_BYTES)
                if not chunk:
                    break
                out.write(chunk)
                done += len(chunk)
                if done > total:  # the directory lied about the sizes
                    raise PackageError("The package holds more data than it declares; "
                                       "it was rejected.")
                if progress is not None:
                    progress(done, total)


def swap_into_place(new: Path, target: Path, staging: Path) -> None:
    """Rename ``new`` to ``target``; an existing ``target`` is set aside and removed after."""
    old = staging / "previous"
    had_old = target.exists()
    if had_old:
        target.replace(old)
    try:
        new.replace(target)
    except OSError:
        if had_old:
            old.replace(target)  # put the previous package back
        raise


def install_from_file(path: str | Path, packages_dir: Path | None = None,
                      progress: ProgressCallback | None = None,
                      cancel: CancelCallback | None = None,
                      expected: tuple[str, str] | None = ("fr", "en")) -> InstalledPackage:
    """Validate and install the package file ``path``; returns the installed package.

    ``progress(done, total)`` counts unpacked bytes.  Raises PackageError (the
    message is for the reader) or PackageCancelled; in both cases nothing changed.
    """
    path = Path(path)
    info = validate_archive(path, expected, check_crc=False)  # CRCs are checked while unpacking
    packages_dir = Path(packages_dir) if packages_dir is not None else default_packages_dir()
    try:
        packages_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(packages_dir.parent)
        ensure_free_space(packages_dir.parent, info.uncompressed_size, "to install the model")
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=packages_dir.parent))
    except OSError as exc:
        raise PackageError("Cannot write in {folder}: {reason}", folder=str(packages_dir),
                           reason=str(exc.strerror or exc)) from exc
    try:
        with open_zip(path) as archive:
            try:
                _extract(archive, staging / "new", info.uncompressed_size, progress, cancel)
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise PackageError(damaged_message(path)) from exc
        if cancel is not None and cancel():
            raise PackageCancelled("installation cancelled")
        swap_into_place(staging / "new" / info.root, packages_dir / info.root, staging)
    except OSError as exc:
        raise PackageError("Could not install the model in {folder}: {reason}",
                           folder=str(packages_dir), reason=str(exc.strerror or exc)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    try:
        return read_package(packages_dir / info.root)
    except ValueError as exc:  # validated above, so only a vanished folder gets here
        raise PackageError("The model was installed but cannot be read: {reason}",
                           reason=str(exc)) from exc


def uninstall(package: InstalledPackage | Path) -> None:
    """Remove an installed package (or package folder) and everything in it."""
    folder = package.path if isinstance(package, InstalledPackage) else Path(package)
    if not (folder / "metadata.json").is_file():
        raise PackageError("{folder} is not an installed model package; nothing was removed.",
                           folder=str(folder))
    # Rename first so the package disappears at once, even if deleting it takes a while.
    try:
        trash = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder.parent.parent))
        folder.replace(trash / folder.name)
    except OSError as exc:
        raise PackageError("Could not remove {name}: {reason}", name=folder.name,
                           reason=str(exc.strerror or exc)) from exc
    shutil.rmtree(trash, ignore_errors=True)
