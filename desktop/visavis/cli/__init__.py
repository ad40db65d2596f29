"""Headless sub-commands of ``visavis``.

Each sub-command lives in its own module that defines ``HELP`` (one line),
``add_arguments(parser)`` and ``run(args) -> int``.  Modules are imported only
when their command runs, so ``visavis --version`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Sequence

COMMANDS: dict[str, str] = {
    "translate": "visavis.cli.translate_cmd",
    "models": "visavis.cli.models_cmd",
    "lookup": "visavis.cli.lookup_cmd",
    "library": "visavis.cli.library_cmd",
    "export": "visavis.cli.export_cmd",
    "words": "visavis.cli.words_cmd",
    "status": "visavis.cli.status_cmd",
    "speak": "visavis.cli.speak_cmd",
    "voices": "visavis.cli.voices_cmd",
    "review": "visavis.cli.review_cmd",
}


class CommandError(Exception):
    """A user-facing error: printed as ``visavis: <message>`` with exit code 2."""


def run_command(name: str, argv: Sequence[str]) -> int:
    module = importlib.import_module(COMMANDS[name])
    parser = argparse.ArgumentParser(prog=f"visavis {name}", description=module.HELP)
    module.add_arguments(parser)
    args = parser.parse_args(list(argv))
    try:
        code = int(module.run(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit flush
        return code
    except BrokenPipeError:  # `visavis library list | head -1`: the reader has what it wanted
        _silence_stdout()
        return 0
    except CommandError as exc:
        print(f"visavis {name}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    """Point stdout at /dev/null so nothing more is written to the closed pipe (Python's
    advice for SIGPIPE-less programs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
