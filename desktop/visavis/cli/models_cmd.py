"""``visavis models``: list, install, download and remove translation models."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from visavis.cli import CommandError

HELP = "Manage the Argos translation models (list, install FILE, download, uninstall NAME)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--packages-dir", type=Path, default=None,
                        help="Argos packages folder (default: ARGOS_PACKAGES_DIR or Argos' own)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="show the installed models")
    install = actions.add_parser("install", help="install a model from an .argosmodel file")
    install.add_argument("file", type=Path, metavar="FILE")
    install.add_argument("--any-pair", action="store_true",
                         help="accept a language pair other than French → English")
    download = actions.add_parser("download", help="download and install a model")
    download.add_argument("--from", dest="from_code", default="fr", metavar="CODE")
    download.add_argument("--to", dest="to_code", default="en", metavar="CODE")
    uninstall = actions.add_parser("uninstall", help="remove an installed model")
    uninstall.add_argument("name", metavar="NAME",
                           help="folder name of the package (see `visavis models list`)")


def format_size(size: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


class TextProgress:
    """``label: 12.3 MB / 56.4 MB (22%)`` on stderr, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self._last = 0.0
        self._shown = False

    def stage(self, text: str) -> None:
        self.finish()
        print(text, file=self.stream, flush=True)

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and done != total:
            return
        self._last = now
        amount = f"{format_size(done)} / {format_size(total)} ({100 * done // total}%)" \
            if total else format_size(done)
        self.stream.write(f"\r  {amount}   ")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


def _list(packages_dir: Path | None) -> int:
    from visavis.core.translation.discovery import installed_packages

    packages = installed_packages(packages_dir)
    if not packages:
        print("No translation model is installed. Use `visavis models download` "
              "or `visavis models install FILE`.")
        return 0
    for package in packages:
        print(f"{package.from_code}→{package.to_code}  {package.path.name}  "
              f"version {package.version}  {format_size(package.size_bytes)}  {package.path}")
    return 0


def _install(args: argparse.Namespace) -> int:
    from visavis.core.translation.package_install import install_from_file

    progress = TextProgress()
    progress.stage(f"Installing {args.file.name}…")
    return _install_with(progress, lambda: install_from_file(
        args.file, args.packages_dir, progress=progress,
        expected=None if args.any_pair else ("fr", "en")))


def _download(args: argparse.Namespace) -> int:
    from visavis.core.translation.package_download import download_package

    progress = TextProgress()
    return _install_with(progress, lambda: download_package(
        args.from_code, args.to_code, packages_dir=args.packages_dir,
        progress=progress, on_stage=progress.stage))


def _install_with(progress: TextProgress, install: Callable[[], Any]) -> int:
    """Run an install/download, turn its PackageError into a CommandError, report the result."""
    from visavis.core.translation.package_archive import PackageError

    try:
        package = install()
    except PackageError as exc:
        raise CommandError(exc.message) from exc
    finally:
        progress.finish()
    print(f"Installed {package.from_code}→{package.to_code} model “{package.name}” "
          f"in {package.path}")
    return 0


def _uninstall(args: argparse.Namespace) -> int:
    from visavis.core.translation.discovery import installed_packages
    from visavis.core.translation.package_archive import PackageError
    from visavis.core.translation.package_install import uninstall

    packages = installed_packages(args.packages_dir)
    matches = [p for p in packages if args.name in (p.path.name, str(p.path))]
    if not matches:
        names = ", ".join(p.path.name for p in packages) or "none"
        raise CommandError(f"No installed model is called “{args.name}” (installed: {names}).")
    try:
        uninstall(matches[0])
    except PackageError as exc:
        raise CommandError(exc.message) from exc
    print(f"Removed {matches[0].path.name}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args.packages_dir)
    if args.action == "install":
        return _install(args)
    if args.action == "download":
        return _download(args)
    return _uninstall(args)
