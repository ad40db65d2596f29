"""``visavis --self-check [FILE]``: prove an installed app works, without a display.

Opens the main window offscreen (no library: the reader's data is not touched), opens FILE
or the bundled sample, waits a bounded time for the installed model (if any) to translate,
renders the window to an image and prints a short report.  Exit status: 0 when it rendered,
1 when rendering failed, 2 when an installed model failed to translate.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_WAIT_S = 60.0


@dataclass
class CheckState:
    model: str | None = None
    model_missing: bool = False
    failure: str | None = None
    progress: tuple[int, int] = (0, 0)
    finished: bool = False
    started: float = field(default_factory=time.monotonic)
    ended: float | None = None

    def settled(self) -> bool:
        return self.finished or self.model_missing or self.failure is not None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="visavis --self-check")
    parser.add_argument("file", nargs="?", help="article to open (default: the bundled sample)")
    parser.add_argument("--wait", type=float, default=DEFAULT_WAIT_S, metavar="SECONDS",
                        help="longest wait for the translation (default %(default)s)")
    parser.add_argument("--output", metavar="PNG", help="also save the rendered window here")
    return parser.parse_args(list(argv))


def distinct_colours(image, samples: int = 64) -> int:  # type: ignore[no-untyped-def]
    """How many different colours a grid of samples over ``image`` shows (1 = blank)."""
    colours = set()
    for i in range(samples):
        for j in range(samples):
            colours.add(image.pixel(i * (image.width() - 1) // (samples - 1),
                                    j * (image.height() - 1) // (samples - 1)))
    return len(colours)


def open_scratch_library(folder: Path):  # type: ignore[no-untyped-def]
    """A throw-away library (the reader's is never touched); None when the store is broken."""
    from visavis.core.store.library import Library

    try:
        library = Library.open(folder / "self-check.sqlite3")
        library.articles.count()  # the migrations created the tables
    except Exception as exc:  # reported, never raised: this is a diagnostic
        print(f"  library: FAILED — {exc}")
        return None
    return library


def run_self_check(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from visavis import __version__

    print(f"visavis {__version__} self-check")
    with tempfile.TemporaryDirectory(prefix="visavis-self-check-") as scratch:
        library = open_scratch_library(Path(scratch))
        if library is None:
            return 1
        try:
            return _check_window(args, library)
        finally:
            library.close()


def _check_window(args: argparse.Namespace, library) -> int:  # type: ignore[no-untyped-def]
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["VISAVIS_NO_SINGLE_INSTANCE"] = "1"  # never take over the reader's instance
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QEventLoop, QTimer, qVersion
    from PySide6.QtWidgets import QApplication

    from visavis.core.platform.resources import sample_article_path
    from visavis.ui.common.i18n import loaded_catalogues
    from visavis.ui.common.preferences import apply_startup_preferences
    from visavis.ui.reading.article_session import session_from_file
    from visavis.ui.shell.launch import prefer_the_gui_thread, protect_against_emit_refcount_bug
    from visavis.ui.shell.main_window import MainWindow

    protect_against_emit_refcount_bug()
    prefer_the_gui_thread()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "visavis"])
    apply_startup_preferences(app)
    print(f"  python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}, "
          f"platform {QApplication.platformName()}")
    path = Path(args.file) if args.file else sample_article_path()
    if not path.is_file():
        print(f"  file: {path} not found")
        return 1
    state = CheckState()
    window = MainWindow(library)
    window.resize(1200, 800)
    tr = window.translation
    loop = QEventLoop()

    def settle_check() -> None:
        if state.settled():
            state.ended = state.ended or time.monotonic()
            loop.quit()

    tr.modelReady.connect(lambda model: setattr(state, "model", model))
    tr.modelMissing.connect(lambda: (setattr(state, "model_missing", True), settle_check()))
    tr.failed.connect(lambda message: (setattr(state, "failure", message), settle_check()))
    tr.progressChanged.connect(lambda done, total: setattr(state, "progress", (done, total)))
    tr.finished.connect(lambda: (setattr(state, "finished", True), settle_check()))
    window.show()
    window.start()
    try:  # opened here, not in a worker, so that a bad file is reported instead of a dialog
        window.show_session(session_from_file(path, library))
    except Exception as exc:  # every failure becomes one line of the report
        print(f"  file: {path.name} could not be opened: {exc}")
        window.tasks.shutdown()
        return 1
    QTimer.singleShot(int(args.wait * 1000), loop.quit)
    loop.exec()
    app.processEvents()
    elapsed = (state.ended or time.monotonic()) - state.started
    catalogues = ", ".join(loaded_catalogues()) or "none needed"
    print(f"  interface: {app.translate('MainWindow', '&File').replace('&', '')!r} menu "
          f"(catalogues: {catalogues})")
    print(f"  file: {path.name} — {window.session.title if window.session else 'NOT OPENED'!s}")
    print(f"  library: scratch library ok ({library.articles.count()} article stored)")
    code = _report_translation(state, elapsed, args.wait)
    image = window.grab().toImage()
    colours = distinct_colours(image) if not image.isNull() else 0
    rendered = not image.isNull() and colours > 1
    print(f"  render: {image.width()}x{image.height()}, {colours} colours sampled — "
          f"{'ok' if rendered else 'FAILED (blank or empty image)'}")
    if args.output and rendered:
        image.save(args.output)
        print(f"  image saved to {args.output}")
    tr.cancel()
    window.tasks.shutdown()
    window.hide()
    window.deleteLater()
    if not rendered:
        return 1
    return code


def _report_translation(state: CheckState, elapsed: float, wait: float) -> int:
    done, total = state.progress
    if state.model_missing:
        print("  translation: no French→English model installed (skipped)")
        return 0
    if state.failure is not None:
        print(f"  translation: FAILED — {state.failure}")
        return 2
    if state.finished:
        print(f"  translation: {state.model} — {total} paragraph(s) in {elapsed:.1f} s — ok")
        return 0
    if done > 0:
        print(f"  translation: {state.model} — {done}/{total} paragraph(s) after {wait:.0f} s "
              f"(stopped waiting) — ok")
        return 0
    print(f"  translation: FAILED — nothing translated after {wait:.0f} s (model {state.model})")
    return 2
