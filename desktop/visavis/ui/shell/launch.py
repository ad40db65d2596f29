"""Start the GUI: ``launch_gui(argv) -> int`` (called by ``visavis.app.main``).

``visavis [FILE]`` opens FILE (imported into the library); without FILE, the first
run shows the bundled sample article and later runs the last article read.
``--screenshot PATH [--screenshot-timeout SECONDS]`` renders the window once the
translation is finished (or after the timeout), saves a PNG and quits.
"""

from __future__ import annotations

import argparse
import ctypes
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from visavis.core.platform.resources import sample_article_path
from visavis.core.store.library import open_library_or_explain, start_new_library
from visavis.ui.common.reader_messages import reader_text
from visavis.ui.reading.translation_controller import preload_native_modules
from visavis.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # pyside6-lupdate collects translate(ctx, text)

log = logging.getLogger(__name__)


class _Probe(QObject):
    ping = Signal()


_IMMORTAL = 1 << 40


GIL_SWITCH_S = 0.001  # Python's default is 0.005


def prefer_the_gui_thread() -> float:
    """Let the GUI thread get the GIL back sooner from the workers (engine post-processing,
    word alignment, word counting) that run Python while it lays out and paints.

    Every paint and hover goes through Python overrides; with the default 5 ms switch
    interval each of those waits up to 5 ms per worker, which added up to 55-97 ms freezes on
    a 6,000-word article while it translated.  At 1 ms the same run stayed at 38-46 ms with
    no gap over 50 ms (bench/README.md), and the translation was no slower.
    """
    sys.setswitchinterval(GIL_SWITCH_S)
    return sys.getswitchinterval()


def protect_against_emit_refcount_bug() -> bool:
    """Work around PySide6 6.12.0 on Python 3.11: its calls return ``None`` (every void
    method: ``setText``, ``update``…) and ``True`` (``Signal.emit``) without taking a
    reference, so each call lowers their reference count until the interpreter aborts
    ("none_dealloc: deallocating None", "bool_dealloc: deallocating True or False").

    Detected by measuring one call of each kind; when affected, ``None``/``True``/``False``
    get a huge reference count — what Python 3.12 does anyway (immortal singletons, never
    freed).  Returns True when the workaround was applied.
    """
    if sys.version_info >= (3, 12):
        return False  # immortal objects: the missing references do no harm
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    probe.setObjectName("probe")
    probe.ping.emit()
    leaky = sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before
    if not leaky:
        return False
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < _IMMORTAL:
            ctypes.c_ssize_t.from_address(id(singleton)).value += _IMMORTAL
    log.info("applied the PySide6 refcount workaround (None/True/False made immortal)")
    return True


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="visavis", add_help=True)
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles to open (Markdown, text, HTML, EPUB…)")
    parser.add_argument("--screenshot", metavar="PATH", help="save a PNG of the window and quit")
    parser.add_argument("--screenshot-timeout", type=float, default=60.0, metavar="SECONDS")
    parser.add_argument("--size", default="1200x800", help="window size for --screenshot")
    return parser.parse_args(list(argv))


def ensure_app(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "visavis", *argv])
    app.setApplicationName("Vis-à-vis")
    app.setOrganizationName("visavis")
    app.setDesktopFileName("visavis")
    return app  # type: ignore[return-value]


def open_library(interactive: bool, ask: Any = None) -> tuple[Any | None, str | None]:
    """The reader's library, or None (with the reason) when it cannot be used.

    A healthy library that is locked, on a full disk or read-only is never set aside: the
    reader may try again or open it read-only.  Only a damaged one may be replaced by a
    new library (the old file kept beside it).  ``ask(error) -> "retry" | "read_only" |
    "new" | None`` stands in for the dialog (tests).
    """
    from visavis.core.store.errors import LibraryCorrupt, LibraryError, LibraryUnavailable
    from visavis.core.store.library import Library

    ask = ask or _ask_what_to_do
    while True:
        try:
            return Library.open(), None
        except LibraryError as exc:
            error: LibraryError = exc
        except Exception:  # noqa: BLE001 - OSError / sqlite3.Error: the reader-facing wording
            _none, message = open_library_or_explain()
            if message is None:
                return _none, None
            error = LibraryError(message)
        message = reader_text(error)
        if not interactive:
            return None, message
        choice = ask(error)
        if choice == "retry":
            continue
        if choice == "read_only" and isinstance(error, LibraryUnavailable):
            try:
                return Library.open(read_only=True), None
            except (LibraryError, OSError) as exc:
                return None, reader_text(exc)
        if choice == "new" and isinstance(error, LibraryCorrupt):
            try:
                return start_new_library(), None
            except Exception as exc:  # noqa: BLE001 - reader-facing message, app continues
                return None, translate("Launch", "A new library could not be created: {error}"
                                       ).format(error=exc)
        return None, message


def _ask_what_to_do(error: Any) -> str | None:
    """The dialog for a library that cannot be opened: what is wrong and the ways out."""
    from visavis.core.store.errors import LibraryCorrupt, LibraryUnavailable

    box = QMessageBox(QMessageBox.Icon.Warning, "Vis-à-vis", reader_text(error))
    choices = {}
    if isinstance(error, LibraryUnavailable):
        box.setInformativeText(translate(
            "Launch", "Your library is not damaged and is left as it is. You can try again, "
            "open it read-only (what you change is not saved) or continue without a library."))
        choices[box.addButton(translate("Launch", "Try again"),
                              QMessageBox.ButtonRole.AcceptRole)] = "retry"
        choices[box.addButton(translate("Launch", "Open read-only"),
                              QMessageBox.ButtonRole.ActionRole)] = "read_only"
    elif isinstance(error, LibraryCorrupt):
        box.setInformativeText(translate(
            "Launch", "Your file is left as it is. You can start a new, empty library "
            "(the old file is kept aside) or continue without a library."))
        choices[box.addButton(translate("Launch", "Start a new library"),
                              QMessageBox.ButtonRole.AcceptRole)] = "new"
    box.addButton(translate("Launch", "Continue without library"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return choices.get(box.clickedButton())


def first_article(window: MainWindow, files: Sequence[str]) -> None:
    """Open the FILEs (the last one stays on screen), else the article read last, else the sample."""
    if files:
        for file in files:
            window.open_file(file)
        return
    library = window.library
    if library is not None and library.articles.count() > 0:
        latest = library.articles.list(order="opened", limit=1)
        if latest:
            window.open_article(latest[0].id)
            return
    try:
        window.open_file(sample_article_path())
    except FileNotFoundError as exc:
        window.status_message(str(exc))


def schedule_screenshot(window: MainWindow, path: Path, timeout_s: float) -> None:
    app = QApplication.instance()
    done = {"taken": False}

    def take() -> None:
        if done["taken"]:
            return
        done["taken"] = True
        window.reading.aligner.align()
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path))
        print(f"visavis: screenshot {'saved to' if ok else 'FAILED for'} {path}", flush=True)
        window.close()
        app.exit(0 if ok else 1)  # type: ignore[union-attr]

    later = lambda: QTimer.singleShot(400, take)  # noqa: E731 - let the last paint settle
    window.translation.finished.connect(later)
    window.translation.modelMissing.connect(lambda: QTimer.singleShot(1500, take))
    window.translation.failed.connect(lambda _m: QTimer.singleShot(1500, take))
    QTimer.singleShot(int(timeout_s * 1000), take)


def launch_gui(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    protect_against_emit_refcount_bug()
    prefer_the_gui_thread()
    app = ensure_app(argv)
    from visavis.ui.common.preferences import apply_startup_preferences

    apply_startup_preferences(app)  # language and theme before any widget exists
    screenshot = Path(args.screenshot).resolve() if args.screenshot else None
    library, message = open_library(interactive=screenshot is None)
    preload_native_modules()
    window = MainWindow(library)
    if screenshot is not None:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
        schedule_screenshot(window, screenshot, args.screenshot_timeout)
    window.show()
    if message:
        window.status_message(message)
    elif getattr(library, "read_only", False):
        window.setWindowTitle(translate("Launch", "{title} (read-only library)").format(
            title=window.windowTitle()))
        window.status_message(translate("Launch", "The library is open read-only: what you "
                                        "change in this session is not saved."))
    window.start()
    first_article(window, args.files)
    code = app.exec()
    if library is not None:
        library.close()
    return code
