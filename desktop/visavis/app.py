"""Entry point of the ``visavis`` command: sub-commands run headless, anything else opens the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from visavis.cli import COMMANDS, run_command


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return run_command(args[0], args[1:])
    if args and args[0] in ("--version", "-V"):
        from visavis import __version__

        print(f"visavis {__version__}")
        return 0
    from visavis.ui.launch import launch_gui

    return launch_gui(args)


if __name__ == "__main__":
    sys.exit(main())
