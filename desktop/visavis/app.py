"""Entry point of the ``visavis`` command: sub-commands run headless, anything else opens the GUI.

Desktop flags: ``--install-desktop-entry`` / ``--uninstall-desktop-entry`` (launcher, icons and
metainfo for the current user) and ``--self-check [FILE]`` (render the window offscreen,
translate a little, print a report).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from visavis.cli import COMMANDS, run_command


def _desktop_entry(install: bool) -> int:
    from visavis.core.platform.desktop_entry import install_desktop_entry, uninstall_desktop_entry

    try:
        report = install_desktop_entry() if install else uninstall_desktop_entry()
    except OSError as exc:
        print(f"visavis: could not {'install' if install else 'remove'} the desktop entry: {exc}",
              file=sys.stderr)
        return 1
    verb = "installed" if install else "removed"
    print(f"visavis: {len(report.files)} desktop file(s) {verb}")
    for path in report.files:
        print(f"  {path}")
    for warning in report.warnings:
        print(f"visavis: warning: {warning}", file=sys.stderr)
    return 0


def _print_overview() -> None:
    print("usage: visavis [FILE...]            open the reading window\n"
          f"       visavis {{{','.join(COMMANDS)}}} ...  headless commands (add --help)\n"
          "       visavis --version\n"
          "       visavis --install-desktop-entry | --uninstall-desktop-entry\n"
          "       visavis --self-check [FILE] [--wait SECONDS] [--output PNG]\n")


def _unreadable_files(paths: Sequence[str]) -> list[str]:
    """One message per FILE argument that cannot be opened (checked before any window)."""
    messages = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            messages.append(f"cannot open {name}: no such file")
        elif path.is_dir():
            messages.append(f"cannot open {name}: it is a folder")
        elif not os.access(path, os.R_OK):
            messages.append(f"cannot open {name}: permission denied")
    return messages


def _prepare_gui() -> None:
    """Process-wide Qt settings that must precede the QApplication."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QGuiApplication.setDesktopFileName("visavis")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return run_command(args[0], args[1:])
    if args and args[0] in ("--version", "-V"):
        from visavis import __version__

        print(f"visavis {__version__}")
        return 0
    if args and args[0] in ("--help", "-h"):
        _print_overview()  # then the window's own options, printed by launch_gui
    if args and args[0] in ("--install-desktop-entry", "--uninstall-desktop-entry"):
        return _desktop_entry(install=args[0] == "--install-desktop-entry")
    _prepare_gui()
    if args and args[0] == "--self-check":
        from visavis.ui.shell.self_check import run_self_check

        return run_self_check(args[1:])
    if not any(a.startswith("-") for a in args):  # plain `visavis [FILE...]` launches only
        unreadable = _unreadable_files(args)
        if unreadable:
            for message in unreadable:
                print(f"visavis: {message}", file=sys.stderr)
            return 2
        from visavis.ui.common.single_instance import try_hand_off

        if try_hand_off(args):
            return 0  # the running window opened them
    from visavis.ui.shell.launch import launch_gui

    return launch_gui(args)


if __name__ == "__main__":
    sys.exit(main())
